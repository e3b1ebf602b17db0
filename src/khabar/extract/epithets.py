"""Epithets and plans read as persons' names.

«سردار آسمانی» (the heavenly commander) praises a martyr the article names elsewhere or not
at all: a word of ``data/epithet_words.txt`` alone after «سردار» is no family name, but
where the article names someone by it with a given name («سردار حسن آسمانی»). «طرح هادی»
(the guide plan of a village, «طرح هادی روستایی») is a plan: «هادی» right after «طرح» is
its adjective, no given name.
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.people import Mention, full_names_families

_COMMANDER = frozenset({"سردار", "سرداران"})
_PLAN = frozenset({"طرح", "طرحهای"})  # keys: «طرح‌های» is keyed «طرحهای»
_GUIDE = "هادی"


def _epithet(keys: list[str], m: Mention, named: set[str]) -> bool:
    if m.j - m.i != 1 or not m.i or keys[m.i - 1] not in _COMMANDER:
        return False
    return keys[m.i] in lx.keyed_words("epithet_words.txt") and keys[m.i] not in named


def _plan(keys: list[str], m: Mention) -> bool:
    return keys[m.i] == _GUIDE and m.i > 0 and m.ti == m.i and keys[m.i - 1] in _PLAN


def without_epithets(keys: list[str], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without a commander's epithet («سردار آسمانی») and a guide plan («طرح
    هادی روستایی»)."""
    named = full_names_families(keys, mentions)
    return [m for m in mentions if not (_epithet(keys, m, named) or _plan(keys, m))]
