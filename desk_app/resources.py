"""Where the application's data files are (fonts, translations, demo lists, icons).

They live in ``resources/`` at the top of the repository, outside the ``desk_app``
package, so each way of running the app finds them somewhere else:

1. a PyInstaller bundle: ``sys._MEIPASS/resources`` (packaging/pyinstaller/desk_app.spec
   puts them there);
2. a source checkout or an editable install: the repository's ``resources/``;
3. an installed wheel: ``desk_app/_resources``, copied into the wheel at build time by
   ``setup.py``'s build step.

Use :func:`resource_path` rather than paths relative to a module's ``__file__``.
"""

from __future__ import annotations

import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
WHEEL_RESOURCES = PACKAGE_DIR / "_resources"
REPO_ROOT = PACKAGE_DIR.parent


def resource_roots() -> list[Path]:
    """The folders that may hold the resources, most specific first."""
    roots = []
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        roots.append(Path(bundle) / "resources")
    # The parent of the package is a checkout only when it has the project file: an
    # installed package's parent is site-packages, where "resources" could be anyone's.
    if (REPO_ROOT / "pyproject.toml").is_file():
        roots.append(REPO_ROOT / "resources")
    roots.append(WHEEL_RESOURCES)
    return roots


def resources_dir() -> Path:
    """The resources folder in use: the first of :func:`resource_roots` that exists
    (the last one when none does, so that error messages name a real place)."""
    roots = resource_roots()
    return next((root for root in roots if root.is_dir()), roots[-1])


def resource_path(*parts: str) -> Path:
    """``resources/<parts...>``: the first root where that file or folder exists, else
    the path under :func:`resources_dir` (callers check existence and say what is
    missing; a path that does not exist yet, e.g. a .qm to compile, stays usable)."""
    for root in resource_roots():
        candidate = root.joinpath(*parts)
        if candidate.exists():
            return candidate
    return resources_dir().joinpath(*parts)
