"""A name with a second given name in brackets between the given name and the family name:
«شهید رضا (کامران) مولایی» (the name he went by as well). The tagger and the rules take the
words apart («رضا», «کامران )», «مولایی»), three persons or two; the brackets hold one given
name and nothing else, and a listed given name opens the name before them, so the words from
the given name to the family name after the brackets are one person's name. Not where the
brackets hold anything but a given name («علی (ع) و ...», «امام زمان (پیر جماران)») or no
family name's word follows them.
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.list_items import name_words
from khabar.extract.people import Mention, first_name_at, held_tokens, stopwords, with_added
from khabar.text.offsets import Span
from khabar.text.segment import TokenColumns

_OPEN, _CLOSE = "(", ")"


def with_bracketed_given_names(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` with each name that a bracketed given name parts made one (the rule
    above): the mentions inside it go, the titles of the first stay."""
    if _OPEN not in lx.distinct(keys):
        return mentions  # most articles
    added: list[Mention] = []
    gone: set[int] = set()  # ids of the mentions a whole name replaces
    for b in lx.positions(keys, (_OPEN,)):
        i = _given_before(keys, b)
        if i is None or b + 3 >= len(keys) or keys[b + 2] != _CLOSE:
            continue
        if not first_name_at(keys, b + 1) == 1 or not _family_word(tokens, keys, b + 3):
            continue
        j = b + 4
        inside = [m for m in mentions if i <= m.i < j or i < m.j <= j]
        if any(m.i < i or m.j > j for m in inside):
            continue  # a longer name holds these words: leave it
        first = min(inside, key=lambda m: m.ti, default=None)
        ti = first.ti if first is not None and first.i == i else i
        titles = first.titles if first is not None and first.i == i else []
        span = Span(tokens.starts[i], tokens.ends[j - 1])
        full = Span(tokens.starts[ti], span.end)
        added.append(Mention(i, j, text[span.start : span.end], titles, span, full, ti))
        gone.update(id(m) for m in inside)
    if not added:
        return mentions
    used = held_tokens([m for m in mentions if id(m) not in gone])
    added = [m for m in added if used.isdisjoint(range(m.ti, m.j))]
    kept = [m for m in mentions if id(m) not in gone or not _replaced_by(m, added)]
    return with_added(kept, added)


def _given_before(keys: list[str], b: int) -> int | None:
    """The first token of the listed given name of one word that ends right before the
    bracket at ``b``, no other given name's word before it («رضا (کامران)»); else None."""
    i = b - 1
    if i < 0 or first_name_at(keys, i) != 1:
        return None
    if i > 0 and first_name_at(keys, i - 1) == 2:
        return i - 1  # «فتح الله (...)»: a given name of two words
    return i


def _family_word(tokens: TokenColumns, keys: list[str], k: int) -> bool:
    """Token ``k`` is a family name's word: listed or a word only names hold, no function
    word and no given name."""
    key = keys[k]
    if key in stopwords() or key in lx.first_names() or not tokens.words[k].isalpha():
        return False
    return key in lx.family_name_words() or name_words(tokens.words, keys, k, k + 1)


def _replaced_by(m: Mention, added: list[Mention]) -> bool:
    return any(a.i <= m.i and m.j <= a.j for a in added)
