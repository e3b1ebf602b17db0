"""An interview's answer under its speaker's label: «...؟ رئیس‌جمهور: این بحث، بحث خیلی
زودرسی است ...», «...؟کدخدایی: بله همین‌طور است.» A sentence opened by exactly a person or a
post and a colon, right after a question or at the very start of the text (there with no
verb of saying after the colon: a title run into its lead), is that speaker's direct quote
with no verb, to the sentence's end (``answers``). The interviewer's label
(«فارس: ...؟») asks and says nothing; a label that opens a question is no answer either."""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.quotes_without_verb import Cue
from khabar.extract.registry import Registry
from khabar.extract.speaker_refs import named_subject
from khabar.model import Quote
from khabar.text.offsets import Span
from khabar.text.segment import trim_span

_QUESTIONS = frozenset({"؟", "?"})
_LABEL = 6  # words of a label before its colon at most: «دکتر محمدرضا عارف:»


def answers(
    tokens, keys, text, sentences, reg: Registry, post_at, held: set[Span]
) -> dict[Span, Cue]:
    """The answers under a label in ``sentences``, by sentence (``held``: sentences already
    quoted)."""
    out: dict[Span, Cue] = {}
    verbs = lx.reporting_verbs()
    for n, (sent, a, b) in enumerate(sentences):
        if sent in held or ":" not in keys[a + 1 : a + _LABEL + 1]:
            continue
        if n and not (_QUESTIONS & set(keys[sentences[n - 1][2] - 2 : a])):
            continue  # the sentence before asks nothing (the first of the text may answer)
        colon = keys.index(":", a + 1, a + _LABEL + 1)
        ref, end = named_subject(keys, a, colon, reg, post_at)
        if ref is None or end != colon or keys[b - 1] in _QUESTIONS or colon + 2 >= b:
            continue
        if not n and any(verbs.match(keys, k) for k in range(colon + 1, b)):
            continue  # a title run into its lead («وزیر بهداشت: وزیر بهداشت ... گفت: ...»)
        span = trim_span(text, tokens.ends[colon], tokens.ends[b - 1])
        if span:
            cue = Span(tokens.starts[a], tokens.ends[colon])
            out[sent] = Cue(Quote(None, "direct", "", span, sent, cue), ref, False)
    return out
