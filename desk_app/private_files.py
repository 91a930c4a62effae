"""Files that hold participants' data or secrets: owner-only from their first byte.

The desk's database (with the badge secret on SQLite), its backups, the outage queue
and the log are created 0600 in directories created 0700, whatever the umask, so
another account on a shared laptop cannot read them. Created here rather than chmod-ed
afterwards: there is no moment when the file exists and others may open it. Existing
directories (a USB stick, the home folder) keep their permissions.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def private_dir(path: Path) -> Path:
    """Create ``path`` (and missing parents) as 0700; an existing one is left alone."""
    missing = []
    current = path
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=PRIVATE_DIR_MODE)
        except FileExistsError:  # another process made it between the check and here
            continue
        os.chmod(folder, PRIVATE_DIR_MODE)  # mkdir's mode is masked by the umask
    return path


def private_file(path: Path) -> Path:
    """Create ``path`` empty as 0600 if it does not exist (its directory 0700)."""
    private_dir(path.parent)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    except FileExistsError:
        return path
    os.fchmod(fd, PRIVATE_FILE_MODE)
    os.close(fd)
    return path


def free_bytes(folder: Path) -> int | None:
    """Free space where ``folder`` lives (its nearest existing parent); None if unknown."""
    current = folder
    while not current.exists() and current.parent != current:
        current = current.parent
    try:
        return shutil.disk_usage(current).free
    except OSError:
        return None


# Below this, a "disk I/O error" is almost surely the disk filling up.
LOW_SPACE_BYTES = 16 * 1024 * 1024


def mount_point(path: Path) -> Path:
    current = path.resolve()
    while not current.exists() and current.parent != current:
        current = current.parent
    while not os.path.ismount(current) and current.parent != current:
        current = current.parent
    return current


def human_size(count: int) -> str:
    if count >= 1024**3:
        return f"{count / 1024**3:.1f} GB"
    if count >= 1024**2:
        return f"{count // 1024**2} MB"
    return f"{count // 1024} KB"


def disk_full_place(folder: Path, exc: BaseException) -> tuple[str, Path] | None:
    """("2 MB", Path("/media/usb")): free space and mount point, when ``exc`` is a
    write that failed for lack of space (ENOSPC, SQLite's "database or disk is
    full", or an I/O error on a nearly full disk); None for any other failure."""
    import errno
    import sqlite3

    free = free_bytes(folder)
    text = str(exc).lower()
    full = (isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT)) or (
        isinstance(exc, sqlite3.Error) and "disk is full" in text)
    io_error_low_space = ("disk i/o error" in text and free is not None
                          and free < LOW_SPACE_BYTES)
    if not (full or io_error_low_space):
        return None
    return human_size(free or 0), mount_point(folder)
