"""Files that appear whole or not at all."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path


@contextmanager
def replaced(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path`` that replaces it when the block ends without error
    (readers see the old file or the whole new one); removed otherwise. The name is unique:
    several writers may share a folder."""
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        with suppress(OSError):  # nothing to remove when the folder itself is missing
            tmp.unlink(missing_ok=True)
