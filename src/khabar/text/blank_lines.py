"""Hard-wrapped text whose paragraphs a blank line sets apart.

An outlet (or a plain-text export) that wraps its lines at a fixed width and marks a
paragraph with a blank line says by its layout which breaks are wraps: a single line break
inside a block of lines is one, whatever the line ends with or however short the lines are.
The shared outlets write one line per paragraph, never a blank line between two (none of
the 4,617 articles holds one), so this reading is only for text laid out that way: a blank
line between two lines, a single break between two others, and no line longer than a wrap
(``WIDEST``), since a line of a whole paragraph is longer.
"""

from __future__ import annotations

WIDEST = 120  # visible characters: hard wraps are at 60 to 100 columns
_SHARE = 0.5  # of the widest line: the last line of a block is short, the others are not


def hard_wrap_width(text: str, lines: list[tuple[int, int]]) -> int | None:
    """The visible length from which a line before a single break is a wrap, when ``text``
    (its non-blank ``lines``) is hard-wrapped with blank lines between paragraphs; else
    ``None``."""
    if len(lines) < 3 or text.count("\n", lines[0][1], lines[-1][0]) < len(lines):
        return None  # one break between each two lines: no blank line, no gap to measure
    gaps = [s - e for (_, e), (s, _) in zip(lines, lines[1:], strict=False)]
    if min(gaps) > 1 or not any(text.count("\n", e, s) > 1 for (_, e), (s, _) in _pairs(lines)):
        return None
    widest = max(e - s - text.count("\u200c", s, e) for s, e in lines)
    if widest > WIDEST:
        return None
    return max(1, int(widest * _SHARE))


def _pairs(lines: list[tuple[int, int]]) -> zip[tuple[tuple[int, int], tuple[int, int]]]:
    return zip(lines, lines[1:], strict=False)
