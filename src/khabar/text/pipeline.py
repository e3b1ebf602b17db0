"""The repair pipeline: original text -> Document with repaired text and offset map."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from khabar.model import Document
from khabar.text import (
    characters,
    glued_numbers,
    latin_marks,
    layout,
    mirrored_brackets,
    quote_marks,
    segment,
    zwnj,
)
from khabar.text.offsets import Edit, OffsetMap, apply_edits, output_spans

Step = tuple[str, Callable[[str], list[Edit]]]

# Order matters: furniture is removed before wraps are rejoined (a wrapped last line would
# swallow «انتهای پیام»), and ZWNJ is restored last, on clean letters and whole paragraphs.
STEPS: list[Step] = [
    ("characters", characters.character_edits),
    ("quote_marks", quote_marks.quote_mark_edits),
    ("mirrored_brackets", mirrored_brackets.mirrored_bracket_edits),
    ("latin_marks", latin_marks.latin_mark_edits),
    ("spacing", characters.spacing_edits),
    ("boilerplate", layout.boilerplate_edits),
    ("line_wraps", layout.line_wrap_edits),
    ("repeated_paragraphs", layout.repeated_paragraph_edits),
    ("glued_verbs", characters.glued_verb_edits),
    ("glued_numbers", glued_numbers.glued_number_edits),
    ("zwnj", zwnj.zwnj_edits),
]
# Steps whose work another step can expose again (a furniture line that a removed repeat
# leaves at the edge); the character step's output never needs it again, and ZWNJ is
# rerun only when these changed something.
LINE_FIELDS = ("title", "surtitle", "source")  # the meta fields shown and searched
_RECHECK = {"spacing", "boilerplate", "line_wraps", "repeated_paragraphs"}
_MAX_ROUNDS = 3
_CLEAN = 5  # the steps after which the characters are clean (characters to spacing)


def _run(text: str, offset_map: OffsetMap, steps: list[Step]) -> tuple[str, set[str]]:
    """Apply ``steps`` in order; returns the text and the names of the steps that changed it."""
    changed = set()
    for name, step in steps:
        edits = step(text)
        if not edits:
            continue
        text = _apply(text, edits, name, offset_map)
        changed.add(name)
        # spacing fixes can uncover one another, around what they changed only
        for _ in range(_MAX_ROUNDS - 1 if name == "spacing" else 0):
            edits = characters.spacing_edits(text, output_spans(edits))
            if not edits:
                break
            text = _apply(text, edits, name, offset_map)
    return text, changed


def _apply(text: str, edits: list[Edit], name: str, offset_map: OffsetMap) -> str:
    text, applied = apply_edits(text, edits, name)
    if len(applied):  # a step of same-length replacements only maps nothing
        offset_map.steps.append(applied)
    return text


def repair_text(text: str, offset_map: OffsetMap | None = None) -> tuple[str, OffsetMap]:
    """Run the steps, then recheck the layout steps until nothing changes."""
    offset_map = offset_map or OffsetMap()
    text, changed = _run(text, offset_map, STEPS)
    return _recheck(text, offset_map, changed), offset_map


def _recheck(text: str, offset_map: OffsetMap, changed: set[str]) -> str:
    """Layout edits can expose more layout work; without them one round is final."""
    if not changed & _RECHECK - {"spacing"}:
        return text
    for _ in range(_MAX_ROUNDS):
        text, changed = _run(text, offset_map, [s for s in STEPS if s[0] in _RECHECK])
        if not changed:
            break
        text, _ = _run(text, offset_map, [s for s in STEPS if s[0] == "zwnj"])
    return text


# A one-line field has no furniture lines, wraps or paragraphs for the layout steps to act on.
_LINE_STEPS = [s for s in STEPS if s[0] in ("characters", "spacing", "zwnj")]


def repair_line(text: str) -> str:
    """A title, an outlet's name or another one-line field repaired as article text is
    (letters, spacing, ZWNJ); such fields carry no facts, so no offset map is kept."""
    text, _ = _run(" ".join(text.split()), OffsetMap(), _LINE_STEPS)
    return " ".join(text.split())


def repair(original: str, meta: dict[str, Any] | None = None) -> Document:
    """Repair ``original`` into a segmented Document whose spans map back to ``original``;
    the one-line fields of ``meta`` (``title``, ``source``) are repaired too."""
    meta = dict(meta or {})
    for key in LINE_FIELDS:
        if isinstance(meta.get(key), str):
            # when nothing is left, extraction may find the field in the text
            meta[key] = repair_line(meta[key])
            if not meta[key]:
                del meta[key]
    offset_map = OffsetMap()
    # the «date» header is read once the characters are clean («ـdate 2025-11-26»)
    text, _ = _run(original, offset_map, STEPS[:_CLEAN])
    header_edits, header_date = layout.date_header(text)
    if header_edits:
        text = _apply(text, header_edits, "date_header", offset_map)
        meta.setdefault("published", header_date)
    text, changed = _run(text, offset_map, STEPS[_CLEAN:])
    text = _recheck(text, offset_map, changed)
    paras = segment.paragraphs(text)
    return Document(
        original=original,
        text=text,
        offset_map=offset_map,
        meta=meta,
        paragraphs=paras,
        sentences=segment.sentences(text, paras),
    )
