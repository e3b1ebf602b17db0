"""Words of the clause run on at a name's end, that the next word makes the clause's.

- A number word before «ساله» is an age, no part of the name («قتل رومینا | سیزده ساله»,
  thirteen-year-old Romina); a name of that word alone names no one.
- A noun with the indefinite «ی» before a form of «کشیدن» is the noun of a compound verb of the
  voice («ناصر کاظمی | آهی کشید», heaved a sigh; «فریادی کشید», «نعره‌ای کشید»), though
  «آهی» is a family name too; the name ends before it.
- «قهرمان» (champion) at the end of a name of three words or more, before a contest («المپیک»,
  «جهان», «لیگ»), a count («دو دوره») or a form of «شدن», is the clause's noun: «اگر روزی علی
  داودی | قهرمان المپیک شود», «روح‌الله داداشی | قهرمان دو دوره مسابقات»; «حسین قهرمان», a
  given and a family name, stands.
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
_CHAMPION = lx.key("قهرمان")
_CHAMPION_LEAST = 3  # words of the name with «قهرمان»: a given name, a family name and it
# what a champion is of (keys): the games, the world, a continent, a league, a cup, a
# tournament, a season, a round of them
_CONTESTS = frozenset(
    lx.key(w)
    for w in ("المپیک", "جهان", "آسیا", "اروپا", "کشور", "لیگ", "جام", "مسابقات", "فصل", "دوره")
)
# the forms of «شدن», to become, that follow a predicate noun (keys)
_BECOME = frozenset(
    lx.key(w)
    for w in ("شد", "شده", "شدند", "شود", "شوند", "شدم", "شدیم", "شدن", "نشد", "نشود", "بشود")
    + ("می‌شود", "می‌شوند", "شده‌است", "شده‌اند")
)


def without_clause_nouns(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions``, each ended before an age's number or a noun of the voice at its end
    (module docstring); a name of that word alone is none."""
    out = []
    for m in mentions:
        if m.j < len(keys) and (_age(keys, m.j) or _voice(keys, m.j) or _champion(keys, m)):
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


def _champion(keys: list[str], m: Mention) -> bool:
    """The name, of three words or more, ends in «قهرمان» and token ``m.j`` says what of: a
    contest, a number or «شدن» («قهرمان المپیک», «قهرمان دو دوره», «قهرمان شد»)."""
    if m.j - m.i < _CHAMPION_LEAST or keys[m.j - 1] != _CHAMPION:
        return False
    after = keys[m.j]
    return after in _CONTESTS or after in _NUMBER_WORDS or after.isdigit() or after in _BECOME
