"""Spans of a text, edits, and the offset map that ties repaired text back to the text as read.

Every repair step is a pure function ``text -> list[Edit]``. Applying the edits
gives the next text and one ``EditStep``; an ``OffsetMap`` is the chain of steps.
Mapping a span walks the chain (binary search per step), so nothing is copied
per character and any number of steps compose exactly.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import accumulate, chain
from operator import add, le
from typing import Any, NamedTuple


class Span(NamedTuple):
    """Half-open character range ``[start, end)`` of ``Document.text``.

    A tuple, so that millions of them stay cheap to make, compare and sort.
    """

    start: int
    end: int

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


class Token(NamedTuple):
    span: Span
    text: str


class Edit(NamedTuple):
    """Replace ``text[start:end]`` with ``replacement`` (insert when start == end).

    A tuple, as ``Span`` is: the character steps make one per changed character.
    """

    start: int
    end: int
    replacement: str = ""


class EditStep:
    """One applied list of edits: converts offsets between its input and its output. It
    holds the edits that move offsets (``apply_edits`` leaves out those of the same length,
    which map position to position)."""

    __slots__ = ("name", "_in_starts", "_in_ends", "_out_starts", "_out_ends")

    def __init__(self, name: str, edits: list[Edit]) -> None:
        self.name = name
        self._in_starts: list[int] = [e.start for e in edits]
        self._in_ends: list[int] = [e.end for e in edits]
        # the shift of offsets after each edit: the length changes so far
        after = list(accumulate(len(r) - (e - s) for s, e, r in edits))
        self._out_starts: list[int] = list(map(add, self._in_starts, [0, *after[:-1]]))
        self._out_ends: list[int] = list(map(add, self._in_ends, after))

    def __len__(self) -> int:
        return len(self._in_starts)

    def back_start(self, pos: int) -> int:
        """Output offset of a span start -> input offset (a replaced run maps to its start)."""
        i = bisect_right(self._out_starts, pos) - 1
        if i < 0:
            return pos
        if pos < self._out_ends[i]:
            return self._in_starts[i]
        return pos - self._out_ends[i] + self._in_ends[i]

    def back_end(self, pos: int) -> int:
        """Output offset of a span end -> input offset (a replaced run maps to its end)."""
        i = bisect_left(self._out_starts, pos) - 1
        if i < 0:
            return pos
        if pos <= self._out_ends[i]:
            return self._in_ends[i]
        return pos - self._out_ends[i] + self._in_ends[i]

    def forward_start(self, pos: int) -> int:
        """Input offset of a span start -> output offset; deleted input maps past the deletion."""
        i = bisect_right(self._in_starts, pos) - 1
        if i < 0:
            return pos
        if pos < self._in_ends[i]:
            return self._out_starts[i]
        return pos - self._in_ends[i] + self._out_ends[i]

    def forward_end(self, pos: int) -> int:
        """Input offset of a span end -> output offset."""
        i = bisect_left(self._in_starts, pos) - 1
        if i < 0:
            return pos
        if pos <= self._in_ends[i]:
            return self._out_ends[i]
        return pos - self._in_ends[i] + self._out_ends[i]


def apply_edits(text: str, edits: list[Edit], name: str = "") -> tuple[str, EditStep]:
    """Apply sorted, non-overlapping edits; returns the new text and the step that maps it."""
    edits = [e for e in edits if e.replacement or e.start != e.end]
    starts, ends = [e.start for e in edits], [e.end for e in edits]
    kept_from = [0, *ends]  # the text between edits: kept_from[i] up to starts[i]
    kept_to = [*starts, len(text)]
    if not all(map(le, kept_from, kept_to)) or not all(map(le, starts, ends)):
        last = 0
        for e in edits:  # name the first edit at fault
            if e.start < last or e.end < e.start or e.end > len(text):
                raise ValueError(f"{name or 'edit'}: overlapping or out-of-range edit {e}")
            last = e.end
    kept = [text[a:b] for a, b in zip(kept_from, kept_to, strict=True)]
    replaced = [e.replacement for e in edits]
    # a replacement of the same length maps position to position, which is what the map
    # does without it; most edits are such (ي -> ی, a space -> ZWNJ): the map stays small
    step = EditStep(name, [e for e in edits if len(e.replacement) != e.end - e.start])
    return "".join(chain.from_iterable(zip(kept, replaced + [""], strict=True))), step


def output_spans(edits: list[Edit]) -> list[tuple[int, int]]:
    """Where the replacements of sorted, non-overlapping ``edits`` stand once applied."""
    out, shift = [], 0
    for start, end, replacement in edits:
        out.append((start + shift, start + shift + len(replacement)))
        shift += len(replacement) - (end - start)
    return out


@dataclass
class OffsetMap:
    """Chain of edit steps from ``original`` to ``text``."""

    steps: list[EditStep] = field(default_factory=list)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Span of the repaired text -> span of the original text it came from."""
        for step in reversed(self.steps):  # step.back_start and step.back_end, inlined
            outs, out_ends = step._out_starts, step._out_ends
            i = bisect_right(outs, start) - 1
            if i >= 0:
                start = (
                    step._in_starts[i]
                    if start < out_ends[i]
                    else start - out_ends[i] + step._in_ends[i]
                )
            i = bisect_left(outs, end) - 1
            if i >= 0:
                end = (
                    step._in_ends[i] if end <= out_ends[i] else end - out_ends[i] + step._in_ends[i]
                )
        return start, max(start, end)

    def from_original(self, start: int, end: int) -> tuple[int, int]:
        """Span of the original text -> span of the repaired text that it became."""
        for step in self.steps:
            start, end = step.forward_start(start), step.forward_end(end)
        return start, max(start, end)

    def original_offset(self, pos: int) -> int:
        return self.to_original(pos, pos)[0]

    def to_json(self) -> list[list[Any]]:
        """``[[name, in_starts, in_ends, out_starts, out_ends], ...]``: compact, for storage."""
        return [[s.name, s._in_starts, s._in_ends, s._out_starts, s._out_ends] for s in self.steps]

    @classmethod
    def from_json(cls, data: list[list[Any]]) -> OffsetMap:
        steps = []
        for name, in_starts, in_ends, out_starts, out_ends in data:
            step = EditStep(name, [])
            step._in_starts, step._in_ends = list(in_starts), list(in_ends)
            step._out_starts, step._out_ends = list(out_starts), list(out_ends)
            steps.append(step)
        return cls(steps)
