"""Spoken Persian, as song lyrics and quoted speech write it: no name's words.

«بارون یه عمره تو چشای منه», «داره بارون میاد»: a title («بارون») or the tagger finds a
name among the words of a song; a word of ``data/colloquial_words.txt`` in it says it is
none.
A song's lines run together (their breaks lost) make one long sentence with such words among
its words: no name in it is a person's.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
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
    """``mentions`` without those in a sentence that holds no quotation mark or colon and
    either ``_LYRICS_WORDS`` words or more with ``_LYRICS_SPOKEN`` words of spoken Persian or
    more among them, or a refrain: a song's lines run together, whose words («عزیزمبا»,
    «بارون», «روشنه تومادر», «نگار منگره ابروتو») are no one's name; readers quoted in spoken
    Persian are a report's sentence («برخی ... نوشتند:«حس آهنگ رو دوست داشتم ...»», the
    song's lyricist named after them)."""
    if not mentions:
        return mentions
    spoken = lx.positions(keys, _colloquial())
    lyrics = []
    starts = [a for a, _ in spans]
    held = sorted({bisect_right(starts, m.i) - 1 for m in mentions} - {-1})
    for a, b in (spans[n] for n in held):  # the sentences that hold a name
        if b - a < _REFRAIN_WORDS * _REFRAIN_TIMES or not _QUOTING.isdisjoint(keys[a:b]):
            continue
        if (
            b - a >= _LYRICS_WORDS
            and len(spoken) >= _LYRICS_SPOKEN
            and sum(a <= k < b for k in spoken) >= _LYRICS_SPOKEN
        ):
            lyrics.append((a, b))
        elif _refrain(keys, a, b):
            lyrics.append((a, b))
    if not lyrics:
        return mentions
    return [m for m in mentions if not any(a <= m.i < b for a, b in lyrics)]


# a song's refrain: a line sung again, a dozen words or more («... لمس دستت لمس دریاستبا تو از
# هر سرابی در امانمتا گلو در تبر ... لمس دستت لمس دریاستبا تو از هر سرابی در امانمتا گلو در
# تبر ...»), and no number; a speech says a clause again («فراموش نکرده و نخواهد کرد آن روزی
# را که ...», nine words), a list of results or addresses its heads with their numbers
_REFRAIN_WORDS = 12
_REFRAIN_TIMES = 2


def _refrain(keys: list[str], a: int, b: int) -> bool:
    """Tokens ``a``..``b`` hold no number and the same ``_REFRAIN_WORDS`` words
    ``_REFRAIN_TIMES`` times."""
    if len(set(keys[a:b])) > b - a - _REFRAIN_WORDS:
        return False  # too few words said again for a line sung twice: most sentences
    if any(key[:1].isdigit() for key in keys[a:b]):
        return False
    runs = Counter(tuple(keys[k : k + _REFRAIN_WORDS]) for k in range(a, b - _REFRAIN_WORDS + 1))
    return any(n >= _REFRAIN_TIMES and all(t.isalpha() for t in run) for run, n in runs.items())
