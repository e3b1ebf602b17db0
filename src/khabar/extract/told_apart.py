"""Two cues told apart by the writer: a sentence of the writer's own, ended by a full stop, in
the paragraph of the later cue, between the earlier cue's words and the later cue's sentence.
A text that runs several stories in one paragraph (ARMAN's news: «... اسپایک لی ... گفت ...
. نوزدهمین نمایشگاه کتاب مالزی ... دائر خواهد بود. ... عضو فراکسیون مشارکت مجلس، ... گفت:»)
tells a new item so; a news article opens a new paragraph for each, and a speech that runs on
stays in its quote or runs past a line break."""

from __future__ import annotations

import re
from typing import Protocol

from khabar.text.offsets import Span

_TOLD = re.compile(r"[.!](?=\s|$)")
_OPENING = " \t.!?؟»”\"'\u200c"  # the earlier sentence's own end


class Said(Protocol):
    @property
    def span(self) -> Span: ...
    @property
    def sentence(self) -> Span: ...


def told_apart(text: str | None, earlier: Said, later: Said) -> bool:
    """Whether the writer tells a sentence of their own between ``earlier`` and ``later`` in
    the paragraph of ``later`` (``text`` None: never)."""
    if text is None:
        return False
    end = later.sentence.start
    start = earlier.span.end
    if start > end:  # a quote that runs to its paragraph's end, over the later cue
        start = earlier.sentence.end
    start = max(start, earlier.sentence.end)
    if start >= end:
        return False
    line = text[start:end].rsplit("\n", 1)[-1].lstrip(_OPENING)
    return _TOLD.search(line) is not None
