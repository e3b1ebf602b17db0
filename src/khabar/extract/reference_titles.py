"""A book's title in a list of references, read as a person's name: «فیض کاشانی، ملامحسن،
1387، محجه البیضاء، قم، دفتر انتشارات اسلامی.», «طوسی، نصیرالدین، 1353 ق، تجرید الاعتقاد،
صیدا، مطبعه العرفان.».

A reference writes its author's family and given names, the year («1387», «1353 ق», «بی‌تا»
undated), the title, the town and the publisher, each after a comma; a name between the
year's comma and the next one is the title. A year in the running text is not set apart by
commas on both sides before a name and after it («در سال 1387، محمود احمدی‌نژاد ...»).
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import COMMAS
from khabar.extract.people import Mention

_ERAS = frozenset({lx.key("ق"), lx.key("ش"), lx.key("م")})  # lunar, solar Hijri, Gregorian
_UNDATED = frozenset({lx.key("بی‌تا"), lx.key("بیتا")})


def without_reference_titles(keys: list[str], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the untitled names a reference's year and comma open and a comma
    ends (module docstring)."""
    return [m for m in mentions if not (m.ti == m.i and _title_at(keys, m.i, m.j))]


def _title_at(keys: list[str], i: int, j: int) -> bool:
    if j >= len(keys) or keys[j] not in COMMAS or i < 3 or keys[i - 1] not in COMMAS:
        return False
    k = i - 2
    if keys[k] in _ERAS:
        k -= 1
    return k >= 1 and (_year(keys[k]) or keys[k] in _UNDATED) and keys[k - 1] in COMMAS


def _year(key: str) -> bool:
    return key.isdigit() and len(key) in (3, 4)
