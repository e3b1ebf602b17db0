"""Bytes -> text: UTF-8 (with or without BOM), UTF-16 with BOM, Windows-1256.

Anything else (binary, empty, another encoding) is a ``ReadError`` naming the reason,
never a guess that would store mojibake as evidence.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from khabar.errors import ReadError

_MAGIC = {
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or DOCX/XLSX)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "gzip-compressed data",
    b"BZh": "bzip2-compressed data",
    b"\x7fELF": "an executable",
    b"SQLite format 3": "an SQLite database",
}
_ARABIC_BLOCK = range(0x0600, 0x0700)


def decode_bytes(data: bytes, source: str = "<bytes>") -> tuple[str, str]:
    """Return ``(text, encoding)`` or raise ``ReadError``."""
    if not data.removeprefix(codecs.BOM_UTF8).strip(b" \t\r\n\x00"):
        raise ReadError(source, "empty file")
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", source), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", source), "utf-16"
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise ReadError(source, f"binary file ({what}), not text")
    if b"\x00" in data[:8192]:
        raise ReadError(source, "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        text = data.decode("cp1256", errors="replace")
        if _looks_like_arabic_script(text):
            return text, "cp1256"
        raise ReadError(
            source,
            f"not UTF-8 (invalid byte at offset {utf8_error.start}), UTF-16 with BOM "
            "or Windows-1256 Persian text; convert it to UTF-8",
        ) from None


def _strict(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        raise ReadError(source, f"invalid {encoding} at byte {e.start}: {e.reason}") from None


def _looks_like_arabic_script(text: str) -> bool:
    """Windows-1256 decodes any byte; accept it only if the non-ASCII part is Arabic script."""
    non_ascii = [c for c in text if ord(c) > 127]
    if not non_ascii:
        return False
    arabic = sum(1 for c in non_ascii if ord(c) in _ARABIC_BLOCK or c in "\u200c\u200f\u200e")
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\r\n\t")
    return arabic >= 0.8 * len(non_ascii) and controls <= 0.01 * len(text)


def read_text_file(path: str | Path) -> tuple[str, str]:
    """Read and decode a file; ``ReadError`` names the file and the reason."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except IsADirectoryError:
        raise ReadError(str(p), "is a directory") from None
    except OSError as e:
        raise ReadError(str(p), e.strerror or str(e)) from None
    return decode_bytes(data, str(p))
