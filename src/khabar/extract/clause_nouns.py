"""Words of the clause run on at a name's end, that the next word makes the clause's.

- A number word before «ساله» is an age, no part of the name («قتل رومینا | سیزده ساله»,
  thirteen-year-old Romina); a name of that word alone names no one.
- A noun with the indefinite «ی» before a form of «کشیدن» is the noun of a compound verb of the
  voice («ناصر کاظمی | آهی کشید», heaved a sigh; «فریادی کشید», «نعره‌ای کشید»), though
  «آهی» is a family name too; the name ends before it.
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.numbers import WORDS
from khabar.extract.people import Mention, ended_at
from khabar.text.segment import TokenColumns

_AGED = "ساله"  # «سیزده ساله», «سیزده‌ساله»: years old
_NUMBER_WORDS = frozenset(lx.key(w) for w in WORDS)
_DRAW = "کشید"  # the past stem of «کشیدن», to draw (a sigh, a cry), keyed
# the nouns of the voice «کشیدن» makes verbs of, with the indefinite «ی» (keys): a sigh, a
# cry, a roar, a scream, a yell
_VOICE_NOUNS = frozenset(lx.key(w) for w in ("آهی", "فریادی", "نعره‌ای", "جیغی", "عربده‌ای"))


def without_clause_nouns(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions``, each ended before an age's number or a noun of the voice at its end
    (module docstring); a name of that word alone is none."""
    out = []
    for m in mentions:
        if m.j < len(keys) and (_age(keys, m.j) or _voice(keys, m.j)):
            if m.j - m.i == 1:
                continue
            m = ended_at(m, m.j - 1, tokens.ends[m.j - 2], text)
        out.append(m)
    return out


def _age(keys: list[str], j: int) -> bool:
    """The word before token ``j`` is a number word and token ``j`` says «years old»."""
    return keys[j - 1] in _NUMBER_WORDS and keys[j].startswith(_AGED)


def _voice(keys: list[str], j: int) -> bool:
    """The word before token ``j`` is a noun of the voice and token ``j`` a form of
    «کشیدن» («کشید», «کشیدند», «می‌کشید»)."""
    return keys[j - 1] in _VOICE_NOUNS and _DRAW in keys[j]
