"""A name that goes on past a Latin initial spelled in Persian and its period: «ساموئل ال.
جکسون» is Samuel L. Jackson, not «ساموئل ال», where the text is cut into sentences at the
period and the tagger sees the name's two halves apart."""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.namewords import FREQUENT, rank, verb
from khabar.extract.people import Mention, stopwords
from khabar.extract.spelled_letters import spelled_letter
from khabar.text.offsets import Span
from khabar.text.segment import TokenColumns


def with_initials(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions``, a name of two words or more that ends in a spelled letter before «.»
    going on with the word after it, a family name's («جیمز ال. بروکس»): a rare word or a
    known name's, no function word nor verb; a name found there is taken in."""
    at = {m.ti: m for m in mentions}
    out: list[Mention] = []
    dropped: set[int] = set()
    for m in mentions:
        if id(m) in dropped:
            continue
        j = m.j
        if m.j - m.i > 1 and j + 1 < len(keys) and spelled_letter(keys[j - 1]):
            if tokens.words[j] == "." and _family(keys[j + 1]):
                after = at.get(j + 1)
                end = j + 2
                if after is not None and after.i == j + 1:  # the family name found alone
                    end = after.j
                    dropped.add(id(after))
                span = Span(m.span.start, tokens.ends[end - 1])
                full = Span(m.full.start, span.end)
                name = " ".join(text[span.start : span.end].split())  # past a line's end
                m = Mention(m.i, end, name, m.titles, span, full, m.ti, m.quoted)
        out.append(m)
    return [m for m in out if id(m) not in dropped]


def _family(key: str) -> bool:
    if key in stopwords() or verb(key) or not key.isalpha():
        return False
    return rank(key) >= FREQUENT or key in lx.name_words()
