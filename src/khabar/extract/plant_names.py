"""A plant's name read as a person's: «مریم گلی» (sage) opens with a given name.

A name right after a word of what is made of a plant (an extract, an infusion, an essential
oil) or «گیاه» somewhere in its article is the plant's wherever it stands alone: «عصاره
مریم گلی با پیشگیری از ورود ویروس ...» makes «مریم گلی یکی از اعضای خانواده نعناعیان و یک
گیاه دارویی معطر است» no person.
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.people import Mention

# an extract, an infusion, an essential oil, a plant, and their plurals
_PLANT_HEADS = frozenset(
    lx.key(w) for w in "عصاره عصاره‌های دمنوش دمنوش‌های اسانس گیاه گیاهان".split()
)


def without_plant_names(keys: list[str], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the untitled names that some mention shows to be a plant's
    (module docstring)."""
    plants = {
        tuple(keys[m.i : m.j])
        for m in mentions
        if m.ti == m.i and m.i and keys[m.i - 1] in _PLANT_HEADS
    }
    if not plants:
        return mentions
    return [m for m in mentions if not (m.ti == m.i and tuple(keys[m.i : m.j]) in plants)]
