"""A listed organization's name that the tagger ran on into the clause after it: «سازو کار
مالی اینستکس | آمادگی کشورش برای پیوستن ... را اعلام کرد» (INSTEX; his country's readiness,
the object of the verb). A word that bears a possessive pronoun («کشورش», «دولتشان») or
«خود» (own) belongs to no body's name: it opens a new phrase, and the name ends with the
listed one; right after the listed name it says whose the body is («ارتش کشورش»), another
country's, and the body is none the list names.
"""

from __future__ import annotations

from functools import lru_cache

from khabar.extract import lexicons as lx
from khabar.extract.namewords import FREQUENT, rank

_POSSESSIVES = ("شان", "ش")  # his, their: run into the noun they follow
_OWN = "خود"


def listed_end(keys: list[str], i: int, j: int) -> int:
    """Where the tagger's organization at tokens ``[i, j)`` ends: at the listed name that
    opens it, where a possessed word or «خود» follows that name within the span; ``i`` (no
    body of the list) where one follows right after it: «ارتش کشورش», «وزارت خارجه کشورش»
    are his country's, not Iran's army or ministry the list names so; else ``j``."""
    if keys[i] not in lx.organizations().root:  # most spans open with no listed name
        return j
    hit = lx.organizations().match(keys, i)
    if hit is None or hit[0] >= j:
        return j
    owned = [k for k in range(hit[0], j) if keys[k] == _OWN or _possessed(keys[k])]
    if not owned:
        return j
    return i if owned[0] == hit[0] else hit[0]


@lru_cache(maxsize=16384)
def _possessed(key: str) -> bool:
    """An ordinary noun and a possessive pronoun run into it («کشورش»; not «ارتش», «دانش»,
    words of their own)."""
    if key in lx.common_words() or key in lx.name_words() or rank(key) < FREQUENT:
        return False
    for end in _POSSESSIVES:
        stem = key[: -len(end)]
        if key.endswith(end) and len(stem) > 2 and stem in lx.common_words():
            return rank(stem) < FREQUENT
    return False
