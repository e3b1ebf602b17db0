"""Files that appear whole or not at all."""

from __future__ import annotations

import os
import re
import socket
import stat
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

_HOST = re.sub(r"[^A-Za-z0-9-]", "-", socket.gethostname()) or "host"
# .NAME.HOST.PID.HEX.tmp; before the host and pid were in it: .NAME.HEX.tmp
_TEMPORARY = re.compile(r"\..+?\.(?:(?P<host>[A-Za-z0-9-]+)\.(?P<pid>\d+)\.)?[0-9a-f]{32}\.tmp")
# A temporary of another machine (a shared folder) or of an older version is left alone
# until it has not changed for this long: its writer may still be at work.
STALE_SECONDS = 3600
_cleaned: set[str] = set()  # folders whose leftovers this process has removed


@contextmanager
def replaced(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path`` that replaces it when the block ends without error
    (readers see the old file or the whole new one); removed otherwise. The name is unique:
    several writers may share a folder.

    A symbolic link is followed: its target is replaced, the link stays. A device, a FIFO or
    a socket is never replaced by a file: the path itself is given, to write through.
    """
    target = Path(os.path.realpath(path))
    try:
        mode = target.stat().st_mode
    except OSError:  # not there yet
        mode = stat.S_IFREG
    if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        yield target
        return
    remove_leftovers(target.parent)
    tmp = target.with_name(f".{target.name}.{_HOST}.{os.getpid()}.{uuid.uuid4().hex}.tmp")
    try:
        yield tmp
        os.replace(tmp, target)
    finally:
        with suppress(OSError):  # nothing to remove when the folder itself is missing
            tmp.unlink(missing_ok=True)


def remove_leftovers(folder: Path) -> None:
    """Remove the temporaries that killed writers left in ``folder`` (once per process):
    those of this machine whose process is gone, and the others once stale."""
    key = str(folder)
    if key in _cleaned:
        return
    _cleaned.add(key)
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        m = _TEMPORARY.fullmatch(entry.name)
        if m is None or not entry.is_file(follow_symlinks=False):
            continue
        if m["host"] == _HOST and m["pid"]:
            gone = not _alive(int(m["pid"]))
        else:
            try:
                gone = time.time() - entry.stat().st_mtime > STALE_SECONDS
            except OSError:
                gone = False
        if gone:
            with suppress(OSError):
                os.unlink(entry.path)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True
