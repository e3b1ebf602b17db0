"""Spoken Persian, as song lyrics and quoted speech write it: no name's words.

«بارون یه عمره تو چشای منه», «داره بارون میاد»: a title («بارون») or the tagger finds a
name among the words of a song; a word of ``data/colloquial_words.txt`` in it says it is
none.
"""

from __future__ import annotations

from functools import cache

from khabar.extract import lexicons as lx
from khabar.lexicon import words


@cache
def _colloquial() -> frozenset[str]:
    return frozenset(lx.key(w) for w in words("colloquial_words.txt"))


def colloquial(key: str) -> bool:
    """A word of spoken Persian no name holds («یه», «میاد»)."""
    return key in _colloquial()
