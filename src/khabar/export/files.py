"""Output files that appear whole or not at all, and the export's error."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from khabar.atomic import replaced
from khabar.errors import KhabarError


class ExportError(KhabarError):
    """An export cannot be written as asked; the message says why."""


def output_dir(path: Path) -> Path:
    """``path`` as a directory to write into, created when missing."""
    if path.exists() and not path.is_dir():
        raise ExportError(f"{path}: not a directory (--out is a directory for this format)")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise ExportError(f"{path}: cannot create the directory: {e.strerror}") from None
    if not os.access(path, os.W_OK | os.X_OK):
        raise ExportError(f"{path}: directory is not writable")
    return path


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """``khabar.atomic.replaced``, so that a failed re-export leaves the previous file as it
    was, with the failure as an ``ExportError``."""
    try:
        with replaced(path) as tmp:
            yield tmp
    except OSError as e:
        raise ExportError(f"{path}: cannot write: {e.strerror or e}") from None
