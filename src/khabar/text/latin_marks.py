"""A Latin comma or semicolon between Persian words written as the Persian mark.

An outlet whose keyboard types «,» and «;» writes «ایران, عراق و سوریه»; every rule that
parts a list, a name from its post or a clause from the next reads «،» and «؛». Between a
Persian letter (or a closing mark after one) and a Persian word, one character for one, so
no offset moves; between digits («1,000») or in Latin text the mark stays.
"""

from __future__ import annotations

import re

from khabar.text.offsets import Edit

_PERSIAN = "\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u200c"
_MARK_RE = re.compile(f"(?<=[{_PERSIAN}»)]),|(?<=[{_PERSIAN}»)]);")
_AFTER_RE = re.compile(f" ?[«(]?[{_PERSIAN}]")
_PERSIAN_MARK = {",": "،", ";": "؛"}


def latin_mark_edits(text: str) -> list[Edit]:
    """«،» for «,» and «؛» for «;» after a Persian word and before another."""
    if "," not in text and ";" not in text:
        return []
    return [
        Edit(m.start(), m.end(), _PERSIAN_MARK[m.group()])
        for m in _MARK_RE.finditer(text)
        if _AFTER_RE.match(text, m.end())
    ]
