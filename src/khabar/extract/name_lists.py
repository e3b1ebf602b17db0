"""Names in a list of names whose family name is an ordinary word («بردیا خیاطیان، امید
داوری، میلاد گودرزی»): the list's other items say what it is a list of."""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.glued_words import glued
from khabar.extract.namewords import kin, verb
from khabar.extract.people import Mention, _name_like, stopwords
from khabar.text.offsets import Span
from khabar.text.segment import TokenColumns

_SEPARATORS = frozenset({"،", ",", "و"})


def find_listed_names(
    tokens: TokenColumns, keys: list[str], text: str, taken: list[Mention]
) -> list[Mention]:
    """A listed given name and one word between separators, after a name found and before
    another name or a listed given name («بردیا خیاطیان، [امید داوری]، میلاد گودرزی»): the
    word is a family name, though an ordinary word («داوری») no rule takes alone."""
    used = {k for m in taken for k in range(m.ti, m.j)}
    ends = {m.j for m in taken}
    starts = {m.ti for m in taken}
    given = lx.first_names()
    n = len(tokens)
    out: list[Mention] = []
    for i in [i for i, k in enumerate(keys) if k in given]:
        j = i + 2
        if j + 1 >= n or i < 2 or used.intersection(range(i, j)):
            continue
        if keys[i - 1] not in _SEPARATORS or keys[j] not in _SEPARATORS:
            continue
        if i - 1 not in ends or not (j + 1 in starts or keys[j + 1] in given):
            continue
        if not _family_word(tokens, keys, j - 1):
            continue
        span = Span(tokens.starts[i], tokens.ends[j - 1])
        out.append(Mention(i, j, text[span.start : span.end], [], span, span, i))
        used.update(range(i, j))
    return out


def _family_word(tokens: TokenColumns, keys: list[str], j: int) -> bool:
    """Token ``j`` may be a family name though an ordinary word: letters, no function word,
    verb, word of kin, place or organization."""
    word = tokens.words[j]
    if not word.replace("\u200c", "").isalpha() or keys[j] in stopwords():
        return False
    if not _name_like(tokens, keys, j) or verb(keys[j]) or glued(word) or kin(keys[j]):
        return False
    return not (lx.places().match(keys, j) or lx.organizations().match(keys, j))
