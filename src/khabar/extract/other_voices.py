"""Where a post named alone stops standing for one speaker: their turn ended, another voice
spoke, or a question cited it.

A post alone that leads («رئیس سابق کمیسیون اجتماعی مجلس ... گفت: ...») is held by the person
named next as a speaker, unless, before that person is named, the post's speaker is said to
end («نماینده مردم ملکان در مجلس دهم در پایان گفت: ...», ``turn_ended``) or an unnamed one
of a group speaks («یکی از فعالان صنعت هوانوردی ... می‌گوید: ...», ``unnamed_voice_between``):
whoever is named after that («اسفند 1390 ... حسین فدایی ... گفت», «(خلبان عیسی‌خان اشتوداخ)»)
is another. A post alone after a question mark in its own line is one an interviewer's
question cites («آیا دولت ...؟ وزیر بهداشت در مجلس گفته بود ...»), or opens a new item after a
heading asked run into it («متولیان امر کجا بودند؟نماینده اصلاح طلب مجلس ... انتقاد کرد»):
neither the one who answers nor the one who spoke before holds it (``asked_of_another``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from khabar.extract import lexicons as lx
from khabar.model import Quote
from khabar.text.offsets import Span

_AT_THE_END = (lx.key("در"), lx.key("پایان"))
_ONE_OF = (lx.key("یکی"), lx.key("از"))
_QUESTION_MARKS = ("؟", "?")


class _Cue(Protocol):
    @property
    def quote(self) -> Quote: ...
    @property
    def ref(self) -> object: ...


def _before_verb(text: str, quote: Quote) -> tuple[str, ...]:
    """The keys of a cue's sentence up to its verb."""
    stop = quote.cue.start if quote.cue is not None else quote.span.start
    return lx.phrase_keys(text[quote.sentence.start : max(quote.sentence.start, stop)])


def turn_ended(text: str | None, cues: Sequence[_Cue], n: int, m: int) -> bool:
    """Whether a cue from ``n`` up to ``m`` that no one named speaks in (a person's key is a
    string) says «در پایان» before its verb: the speaker of the post in cue ``n`` ended there."""
    if text is None:
        return False
    return any(
        not isinstance(cues[k].ref, str)
        and lx.runs_in(_AT_THE_END, _before_verb(text, cues[k].quote))
        for k in range(n, m)
    )


def unnamed_voice_between(text: str | None, cues: Sequence[_Cue], n: int, m: int) -> bool:
    """Whether a cue between ``n`` and ``m`` with no speaker found opens its sentence with
    «یکی از»: one of a group speaks between the two."""
    if text is None:
        return False
    return any(
        cues[k].ref is None and _before_verb(text, cues[k].quote)[:2] == _ONE_OF
        for k in range(n + 1, m)
    )


def asked_of_another(text: str | None, cues: Sequence[_Cue], n: int, post: Span) -> bool:
    """Whether a question mark ends the words of the line of cue ``n`` right before its
    sentence, outside every cue's quote, and the ``post`` stands in that sentence: the sentence
    is an interviewer's after their question, or a new item's after a heading asked; not a
    speaker's own question («وی تصریح کرد: ... چرا باید ...؟ معاونوزیر اقتصاد یادآور شد:»),
    nor one within a quotation («... نخواهد داد!؟» دبیرکل ...»), nor one a sentence before
    the post's reports («عضو کمیسیون ... در پاسخ به این سوال که ...؟ گفت:»)."""
    quote = cues[n].quote
    if text is None or post.start < quote.sentence.start:
        return False
    line = text.rfind("\n", 0, quote.sentence.start) + 1
    asked = text[line : quote.sentence.start].rstrip()
    if not asked.endswith(_QUESTION_MARKS):
        return False
    mark = line + len(asked) - 1
    return not any(c.quote.span.start <= mark <= c.quote.span.end for c in cues)
