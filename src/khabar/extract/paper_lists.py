"""A paper named in a list of papers, read as a person's name: «با استقبال خوب روزنامه‌های
خراسان، رسالت، همشهری، انتخاب، سیاست روز، جوان، نسیم صبا و کیهان روبرو شد».

A list of a few words an item, parted by commas and «و», that opens right after a word for
papers («روزنامه‌های», «نشریات») and holds two listed outlets or more («همشهری», «جوان») is a
list of papers: its other items are papers too, not people.
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import LIST_SEPARATORS
from khabar.extract.no_name_words import an_outlet
from khabar.extract.people import Mention

_HEADS = frozenset(
    lx.key(w) for w in ("روزنامه‌های", "روزنامه‌ها", "نشریات", "نشریه‌های", "هفته‌نامه‌های")
)
_PARTS = LIST_SEPARATORS
_ITEM_WORDS = 3  # «سیاست روز», «جمهوری اسلامی»
_ITEMS = 15
_OUTLETS_LEAST = 2


def without_listed_papers(keys: list[str], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the untitled names that are items of a list of papers (module
    docstring)."""
    heads = lx.positions(keys, _HEADS)
    if not heads:
        return mentions  # most articles
    items = [item for h in heads if _outlets(keys, item := _items(keys, h + 1))]
    if not items:
        return mentions
    held = {span for listed in items for span in listed}
    return [m for m in mentions if not (m.ti == m.i and (m.i, m.j) in held)]


def _items(keys: list[str], k: int) -> list[tuple[int, int]]:
    """The items of the list that opens at token ``k``: runs of a few words parted by
    commas and «و», up to the first other sign or a longer run."""
    out: list[tuple[int, int]] = []
    start = k
    while len(out) < _ITEMS:
        end = start
        while end < len(keys) and end - start <= _ITEM_WORDS and keys[end].isalpha():
            if keys[end] in _PARTS:
                break
            end += 1
        if end == start or end - start > _ITEM_WORDS or end >= len(keys):
            break
        out.append((start, end))
        if keys[end] not in _PARTS:
            break
        start = end + 1
    return out


def _outlets(keys: list[str], items: list[tuple[int, int]]) -> bool:
    return len(items) > _OUTLETS_LEAST and (
        sum(an_outlet(keys, a, b) for a, b in items) >= _OUTLETS_LEAST
    )
