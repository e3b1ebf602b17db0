"""Spoken Persian, as song lyrics and quoted speech write it: no name's words.

«بارون یه عمره تو چشای منه», «داره بارون میاد»: a title («بارون») or the tagger finds a
name among the words of a song; a word of ``data/colloquial_words.txt`` in it says it is
none.
A song's lines run together (their breaks lost) make one long sentence with such words among
its words: no name in it is a person's.
"""

from __future__ import annotations

from functools import cache

from khabar.extract import lexicons as lx
from khabar.extract.people import Mention
from khabar.lexicon import words


@cache
def _colloquial() -> frozenset[str]:
    return frozenset(lx.key(w) for w in words("colloquial_words.txt"))


def colloquial(key: str) -> bool:
    """A word of spoken Persian no name holds («یه», «میاد»)."""
    return key in _colloquial()


# a song's lines run together lose their breaks and full stops: one «sentence» of many words
# with spoken words among them («... تو همه خاطره هامه عزیزمبا من که کله زندگیمی واسه چی
# بی‌رحمیروزی ...»); a quoted answer in spoken Persian is short («آقا یا یه دلیل دیگه پیدا کن»)
_LYRICS_WORDS = 50
_LYRICS_SPOKEN = 3
_QUOTING = frozenset({"«", "»", ":", '"'})


def without_run_together_lyrics(
    keys: list[str], mentions: list[Mention], spans: list[tuple[int, int]]
) -> list[Mention]:
    """``mentions`` without those in a sentence of ``_LYRICS_WORDS`` words or more that holds
    ``_LYRICS_SPOKEN`` words of spoken Persian or more and no quotation mark or colon: a song's
    lines run together, whose words («عزیزمبا», «بارون») are no one's name; readers quoted in
    spoken Persian are a report's sentence («برخی ... نوشتند:«حس آهنگ رو دوست داشتم ...»»,
    the song's lyricist named after them)."""
    spoken = lx.positions(keys, _colloquial())
    if len(spoken) < _LYRICS_SPOKEN:
        return mentions  # most articles
    lyrics = []
    for a, b in spans:
        if b - a >= _LYRICS_WORDS and sum(a <= k < b for k in spoken) >= _LYRICS_SPOKEN:
            if _QUOTING.isdisjoint(keys[a:b]):
                lyrics.append((a, b))
    if not lyrics:
        return mentions
    return [m for m in mentions if not any(a <= m.i < b for a, b in lyrics)]
