"""«اشغالی» after a place the tagger marks is part of its mention («قدس | اشغالی», «فلسطین |
اشغالی»), as PEYMA tags it (6 times of 6 in its training part after a listed place) and as the
tagger mostly marks it; the place keeps its listed name."""

from __future__ import annotations

from khabar.extract import lexicons as lx

_OCCUPIED = lx.key("اشغالی")


def occupied_end(keys: list[str], j: int, taken: set[int]) -> int:
    """The end of a place's mention that ends before token ``j``: past «اشغالی» when it follows
    and no name holds it; ``taken``: the tokens of names."""
    return j + 1 if j < len(keys) and keys[j] == _OCCUPIED and j not in taken else j
