"""Strings that can always be written, printed and opened in a spreadsheet.

A Python string may hold lone surrogates, which UTF-8 cannot encode: JSON's ``"\\ud800"``
escape reads as one, and a file name that is not UTF-8 comes from the file system with its
bad bytes as surrogates (``os.fsdecode``). SQLite, orjson and every UTF-8 output fail on
them, so text is cleaned where it is read and names where they are shown or stored.
"""

from __future__ import annotations

import json
import re

REPLACEMENT = "\ufffd"
_SURROGATE = re.compile("[\ud800-\udfff]")
# Control characters could forge a line of a report (a newline) or rewrite the terminal
# (escape sequences); U+2028/U+2029 end lines in some viewers.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# A spreadsheet takes a cell that starts with one of these for a formula (OWASP, "CSV
# Injection"); the full-width forms are read as the same by some of them.
_FORMULA_START = tuple("=+-@\t\r\uff1d\uff0b\uff0d\uff20")


def first_surrogate(text: str) -> int | None:
    """The offset of the first lone surrogate in ``text``, or ``None``."""
    m = _SURROGATE.search(text)
    return m.start() if m else None


def replace_surrogates(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD: one character for one, so every
    offset into the text stays valid."""
    return _SURROGATE.sub(REPLACEMENT, text) if _SURROGATE.search(text) else text


def json_surrogates_escaped(json_text: str) -> str:
    """JSON text with each lone surrogate (only strings can hold one) as a ``\\ud800``
    escape: valid UTF-8, and ``json.loads`` gives the same string back."""
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", json_text)


def printable(name: str) -> str:
    """``name`` (a file name, a locator, a reason) as one printable line that UTF-8 can
    encode: a byte that was not UTF-8 as ``\\xff``, another lone surrogate as ``\\ud800``,
    a control character as ``\\n``, ``\\x1b`` ..."""
    return _UNPRINTABLE.sub(_escape, name) if _UNPRINTABLE.search(name) else name


def _escape(m: re.Match[str]) -> str:
    c = m.group()
    code = ord(c)
    if 0xDC80 <= code <= 0xDCFF:  # os.fsdecode's stand-in for the byte code - 0xDC00
        return f"\\x{code - 0xDC00:02x}"
    if code > 0xFF:
        return f"\\u{code:04x}"
    return _NAMED.get(c) or f"\\x{code:02x}"


def spreadsheet_cell(value: object) -> object:
    """A CSV cell that no spreadsheet evaluates: text that would start a formula gets a
    leading ``'`` (which the spreadsheet hides); numbers, negative ones too, stay numbers."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


LIST_SEPARATOR = " | "  # between the items of a list in one CSV cell


def csv_cell(value: object) -> object:
    """A value as a CSV cell, the same in every CSV khabar writes: empty for None, a list's
    items joined with `` | ``, anything nested as JSON, a whole float as an integer
    (1500000, not 1500000.0), text safe from formulas (``spreadsheet_cell``)."""
    if value is None:
        return ""
    if isinstance(value, list) and all(not isinstance(v, (list, dict)) for v in value):
        return spreadsheet_cell(LIST_SEPARATOR.join(map(str, value)))
    if isinstance(value, (list, dict)):
        return spreadsheet_cell(json.dumps(value, ensure_ascii=False))
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return spreadsheet_cell(value)
