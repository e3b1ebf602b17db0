"""A two-word item of a list of full names that no rule took, between two of them: «...، عیسی
سلمانی‌لطف‌آبادی، [کامور بخشایش]، مجید واعظی، [نظام وفا] و ضیاءالدین شفیعی اضافه شده‌اند».

Its words are ordinary ones or a town's («نظام», «وفا», «بخشایش»), which ``list_items`` takes
for no name's; the names on both sides, each a given name and a family name at least, and a
third one beside them say the list is of persons. The item stands alone between its commas (or
a comma and «و»): two words of letters, no function word, verb, post, title or plural, neither
a body's name nor opened by a place's.
"""

from __future__ import annotations

from bisect import bisect_left

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import COMMAS, LIST_SEPARATORS
from khabar.extract.namewords import light_verb, verb
from khabar.extract.people import Mention, held_tokens, name_like, untitled_mention
from khabar.extract.tagged_entities import KIND_WORDS
from khabar.text.segment import TokenColumns

_LEAST_NAMES = 3  # mentions a sentence holds before a list of names may stand in it
_PLURALS = ("ها", "های")


def with_flanked_items(
    tokens: TokenColumns,
    keys: list[str],
    text: str,
    mentions: list[Mention],
    sentences: list[tuple[int, int]],
) -> list[Mention]:
    """``mentions`` and the two-word items of lists of full names between two of them."""
    by_start = {m.ti: m for m in mentions}
    by_end = {m.j: m for m in mentions}
    used = held_tokens(mentions)
    starts = sorted(by_start)
    added: list[Mention] = []
    for a, b in sentences:
        if bisect_left(starts, b) - bisect_left(starts, a) < _LEAST_NAMES:
            continue  # most sentences: no list of three names
        for s in range(a + 1, b - 3):
            if keys[s - 1] not in COMMAS or keys[s + 2] not in LIST_SEPARATORS:
                continue
            before, after = by_end.get(s - 1), by_start.get(s + 3)
            if not (_full(before) and _full(after)) or used.intersection((s, s + 1)):
                continue
            assert before is not None and after is not None  # _full's
            if not (_third(keys, by_end, before) or _third_after(keys, by_start, after)):
                continue
            if not _plain_item(tokens, keys, s):
                continue
            m = untitled_mention(tokens, text, s, s + 2)
            added.append(m)
            by_start[s], by_end[s + 2] = m, m
            used.update((s, s + 1))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: m.ti)


def _full(m: Mention | None) -> bool:
    """A name of two words or more, no title before it (a list's item is a name alone)."""
    return m is not None and m.j - m.i >= 2 and m.ti == m.i


def _third(keys: list[str], by_end: dict[int, Mention], m: Mention) -> bool:
    """A full name ends right before the separator before ``m``."""
    return m.i > 1 and keys[m.i - 1] in COMMAS and _full(by_end.get(m.i - 1))


def _third_after(keys: list[str], by_start: dict[int, Mention], m: Mention) -> bool:
    """A full name opens right past the separator after ``m``."""
    return m.j < len(keys) and keys[m.j] in LIST_SEPARATORS and _full(by_start.get(m.j + 1))


def _plain_item(tokens: TokenColumns, keys: list[str], s: int) -> bool:
    """Tokens ``s`` and ``s + 1`` may be a name's words, though ordinary ones: letters, no
    function word, verb, post, title, plural or body's word; no body's name or place's
    opening them («خلیج فارس»; a town as the family name stands, «کامور بخشایش»)."""
    for k in (s, s + 1):
        key = keys[k]
        if not tokens.words[k].replace("\u200c", "").isalpha() or not name_like(tokens, keys, k):
            return False
        if verb(key) or light_verb(key) or key in KIND_WORDS or key.endswith(_PLURALS):
            return False
        if lx.post_heads().match(keys, k) or lx.honorifics().match(keys, k):
            return False
    orgs = lx.organizations()
    return not (lx.places().match(keys, s) or orgs.match(keys, s) or orgs.match(keys, s + 1))
