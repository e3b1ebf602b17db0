"""Round brackets written mirrored, «) … (», read as the pair they are.

Text taken out of a right-to-left layout by a tool that reverses marks writes a bracket pair
as «جان تاو ) بازیگر نقش بازرس مورس ( همیشه …», «حضرت علی ) ع ( فرمود»: every rule that
reads brackets (a post or a name in brackets after a name, «(ع)» after a holy name) was
written for «( … )». A «)» that opens a pair, standing between spaces (or a line's start) with
no «(» open before it on its line, and the next «(» of the line, between spaces (or the
line's end) with no bracket between them, become «(» and «)», one character for one, so no
offset moves. A list's marker glued to its letter («الف) …») or a pair written the right way
round (its «(» closed by the next bracket, a «)» that opens no mirrored pair) is left as
written.
"""

from __future__ import annotations

import re

from khabar.text.offsets import Edit

# a mirrored pair on one line: «)» after a space or the line's start and before a space, words
# with no bracket, «(» after a space and before a space or the line's end
_BRACKET = re.compile(r"[()]")
_MIRRORED = re.compile(r"(?:(?<=\s)|^)\)(?= )([^()\n]{1,80}?) \((?=\s|$)", re.MULTILINE)


def mirrored_bracket_edits(text: str) -> list[Edit]:
    """«(» and «)» for each round bracket pair written mirrored on one line."""
    if ") " not in text:
        return []  # most texts: one scan in C
    edits: list[Edit] = []
    for m in _MIRRORED.finditer(text):
        open_before = text.rfind("\n", 0, m.start()) + 1
        line = text[open_before : m.start()]
        if line.count("(") > line.count(")"):
            continue  # the «)» closes a bracket opened before it
        close = m.end() - 1
        end = text.find("\n", close)
        rest = text[close + 1 : None if end < 0 else end]
        after = _BRACKET.findall(rest, 0)[:2]
        if after == [")"] or after == [")", ")"]:
            continue  # the «(» opens a pair written the right way round («1 ) … ( … )»)
        edits += [Edit(m.start(), m.start() + 1, "("), Edit(close, close + 1, ")")]
    return edits
