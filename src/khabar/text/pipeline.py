"""The repair pipeline: original text -> Document with repaired text and offset map."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from khabar.model import Document
from khabar.text import characters, layout, segment, zwnj
from khabar.text.offsets import Edit, OffsetMap, apply_edits

Step = tuple[str, Callable[[str], list[Edit]]]

# Order matters: furniture is removed before wraps are rejoined (a wrapped last line would
# swallow «انتهای پیام»), and ZWNJ is restored last, on clean letters and whole paragraphs.
STEPS: list[Step] = [
    ("characters", characters.character_edits),
    ("spacing", characters.spacing_edits),
    ("boilerplate", layout.boilerplate_edits),
    ("line_wraps", layout.line_wrap_edits),
    ("repeated_paragraphs", layout.repeated_paragraph_edits),
    ("zwnj", zwnj.zwnj_edits),
]
_MAX_ROUNDS = 3  # a step can expose work for an earlier one (a new edge line); rarely > 2


def repair_text(text: str, offset_map: OffsetMap | None = None) -> tuple[str, OffsetMap]:
    """Run the steps until none changes anything; returns the text and the map to the input."""
    offset_map = offset_map or OffsetMap()
    for _ in range(_MAX_ROUNDS):
        changed = False
        for name, step in STEPS:
            edits = step(text)
            if edits:
                text, applied = apply_edits(text, edits, name)
                if len(applied):
                    offset_map.steps.append(applied)
                    changed = True
        if not changed:
            break
    return text, offset_map


def repair(original: str, meta: dict[str, Any] | None = None) -> Document:
    """Repair ``original`` into a segmented Document whose spans map back to ``original``."""
    meta = dict(meta or {})
    offset_map = OffsetMap()
    text = original
    header_edits, header_date = layout.date_header(text)
    if header_edits:
        text, applied = apply_edits(text, header_edits, "date_header")
        offset_map.steps.append(applied)
        meta.setdefault("published", header_date)
    text, offset_map = repair_text(text, offset_map)
    paras = segment.paragraphs(text)
    return Document(
        original=original,
        text=text,
        offset_map=offset_map,
        meta=meta,
        paragraphs=paras,
        sentences=segment.sentences(text, paras),
        tokens=segment.tokens(text),
    )
