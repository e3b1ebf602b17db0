"""An article's keys joined between newlines, made once for the scans that search them in C
(the triggers' «سید» keys, the court's names)."""

from __future__ import annotations

# the last list of keys joined between newlines: the triggers and the court's names read it
_joined: tuple[list[str], str] = ([], "")


def keys_joined(keys: list[str]) -> str:
    """``keys`` joined between newlines, made once a list of keys (not to be changed)."""
    global _joined
    # read once: another thread (a Dask worker's) may put its own article's in meanwhile
    cached, joined = _joined
    if cached is not keys:
        joined = "\n".join(keys)
        _joined = (keys, joined)
    return joined
