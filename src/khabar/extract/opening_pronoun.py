"""A pronoun that opens a cut article: «وی افزود: ...» or «به گفته وی،» as its first words
(an article cut from a stream of news, as a corpus cuts it into pieces of 10 sentences)
stands for one named before the cut, whom nothing names there. When the next subject that
names someone is a person the article names by the family name alone («راستی، امنیت را ...
دانست و گفت:», «داوری بیان کرد:»), or a post that person holds, with no sentence the writer
tells between and no «نیز» bringing in another, the article was going on with that person:
the opening «وی»s are theirs. A person named in full there («عبدالله ویسی سرمربی ... گفت:»)
is brought in as new, and a post whose holder the article never names («مدیرعامل جمعیت هلال
احمر ... گفت:») names nobody: the «وی»s stay nobody's."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import PRONOUNS
from khabar.extract.coref import SpeakerCue
from khabar.extract.people import PostMention
from khabar.extract.registry import Registry, resolve_post
from khabar.extract.told_apart import told_apart


def opening_pronoun(
    cues: Sequence[SpeakerCue], reg: Registry, keys: list[str], starts: list[int], text: str
) -> str | None:
    """The person the pronoun opening the article stands for (see the module), given to the
    cues of the opening pronoun's run (``cues`` in order; ``starts``: the tokens' offsets),
    or None. The cues' ``ref`` are set to that person."""
    if not cues or cues[0].ref is not None:
        return None
    first = cues[0].quote.sentence
    if bisect_left(starts, first.start) != 0 or _pronoun_at(keys) is None:
        return None
    m = 1
    while m < len(cues) and cues[m].ref is None:
        sentence = cues[m].quote.sentence
        if sentence != cues[m - 1].quote.sentence and keys[_at(starts, sentence.start)] not in (
            PRONOUNS
        ):
            return None  # «یکی دیگر از تجمع‌کنندگان نیز یادآور شد:»: someone unnamed
        m += 1
    if m == len(cues) or cues[m].also:
        return None
    ref = cues[m].ref
    if isinstance(ref, PostMention):
        pkey = None if ref.anaphor else resolve_post(reg, ref)
    else:
        pkey = ref if isinstance(ref, str) else None
    if pkey is None or _named_in_full(reg, keys, pkey):
        return None
    if any(told_apart(text, cues[k].quote, cues[k + 1].quote) for k in range(m)):
        return None
    for k in range(m):
        cues[k].ref = pkey  # type: ignore[misc]
    return pkey


_ACCORDING_TO = ("به", "گفته")  # «به گفته وی، ...»


def _pronoun_at(keys: list[str]) -> int | None:
    """The token of the pronoun that opens the article, or opens it past «به گفته»."""
    k = len(_ACCORDING_TO) if tuple(keys[:2]) == _ACCORDING_TO else 0
    return k if k < len(keys) and keys[k] in PRONOUNS else None


def _at(starts: list[int], offset: int) -> int:
    return min(bisect_left(starts, offset), len(starts) - 1)


def _named_in_full(reg: Registry, keys: list[str], pkey: str) -> bool:
    """Whether the person's first mention in the article is a name of two words or more
    with a given name among its first two: someone the article brings in, not one it goes on
    naming by the family name alone («راستی», «دکتر کمالیان», «صالحی امیری»)."""
    first = min((k for k, p in reg.by_token.items() if p == pkey), default=None)
    if first is None or reg.by_token.get(first + 1) != pkey:
        return False
    given = lx.first_names()
    return any(k.replace(" ", "") in given for k in keys[first : first + 2])
