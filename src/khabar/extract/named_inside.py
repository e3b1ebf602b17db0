"""«وی» whose own clause names the last speaker as someone spoken of: «جوزف اشتیگلیتس گفت:
...» then «دونالد ترامپ ... اخیرا ... گفته ...» inside his talk, then «وی با بیان این‌که ترامپ در
خصوص عملکرد خود اغراق کرده است گفت:». The pronoun is not Trump, whom it names; it is the one
who spoke right before him and whose words told his."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from khabar.extract.asked import QUESTION
from khabar.extract.clause_words import PRONOUNS
from khabar.extract.quotes_without_verb import Cue
from khabar.extract.registry import Registry
from khabar.extract.speaker_refs import Ref


def speaker_before(
    keys: list[str],
    verb_at: int,
    cues: Sequence[Cue],
    last_ref: Ref,
    reg: Registry,
    opens: Callable[[int], int],
) -> str | None:
    """The person of the cue before the last when «وی» or «او» opens the clause of the verb at
    ``verb_at`` (where ``opens``, ``subject_start``, puts it) and the clause names the person of
    the last cue, ``last_ref``, before its verb (no question put there: «او از روحانی پرسید» is
    the one asking); None otherwise."""
    if not isinstance(last_ref, str) or len(cues) < 2:
        return None
    before, last = cues[-2].ref, cues[-1].ref
    if last != last_ref or not isinstance(before, str) or before == last_ref:
        return None  # most cues: the same speaker going on, or a body
    s = opens(verb_at)
    if keys[s] not in PRONOUNS or not QUESTION.isdisjoint(keys[s : verb_at + 1]):
        return None
    if all(reg.by_token.get(k) != last_ref for k in range(s + 1, verb_at)):
        return None
    return before
