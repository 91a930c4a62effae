"""Build hook (the project's metadata is in pyproject.toml): ship the top-level
``resources/`` (fonts, translations, demo lists, icons) inside the wheel as
``desk_app/_resources``, where :func:`desk_app.resources.resource_path` finds them once
installed. A source checkout and an editable install use ``resources/`` directly.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

RESOURCES = Path(__file__).resolve().parent / "resources"


class BuildPyWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False) or not RESOURCES.is_dir():
            return  # editable installs read resources/ in place
        target = Path(self.build_lib) / "desk_app" / "_resources"
        shutil.copytree(RESOURCES, target, dirs_exist_ok=True,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))


setup(cmdclass={"build_py": BuildPyWithResources})
