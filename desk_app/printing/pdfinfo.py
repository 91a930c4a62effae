"""Facts about the PDFs this package writes, without a PDF library at run time."""

from __future__ import annotations

import os
import re
from pathlib import Path

# reportlab writes page objects uncompressed ("/Type /Page" then other keys); the page
# tree root is "/Type /Pages", which the negative look-ahead skips.
_PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?![A-Za-z])")


def count_pages(pdf: bytes) -> int:
    """Number of pages of a PDF written by reportlab (this package's renderers)."""
    return len(_PAGE_OBJECT.findall(pdf))


def write_pdf(pdf: bytes, path: Path) -> Path:
    """Write atomically: a half-written file never replaces a good one, and a failed
    write (a full disk) leaves no ``.part`` file behind, not even an empty one."""
    path = path.expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    try:
        with partial.open("wb") as handle:
            handle.write(pdf)
            handle.flush()
            os.fsync(handle.fileno())  # on disk before it is recorded as handed out
        partial.replace(path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return path
