"""The core never imports Qt: every top-level module but gui is under the contract."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
import tomllib
from pathlib import Path

import desk_app

ROOT = Path(__file__).resolve().parents[1]


def test_every_core_module_is_under_the_no_qt_contract() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    contract = config["tool"]["importlinter"]["contracts"][0]
    covered = set(contract["source_modules"])
    top_level = {f"desk_app.{m.name}" for m in pkgutil.iter_modules(desk_app.__path__)}
    assert top_level - {"desk_app.gui"} <= covered, "add new core modules to the contract"


def test_core_imports_without_qt() -> None:
    # A fresh interpreter: importing the CLI and services must not load PySide6.
    code = (
        "import sys, desk_app.cli.main, desk_app.services.checkin, desk_app.db.models;"
        "import desk_app.cli.main as m; m.build_parser();"
        "assert not any(k.startswith('PySide6') for k in sys.modules), 'Qt imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_cli_start_does_not_load_the_solver() -> None:
    # OR-tools (and pandas) cost about a second: `desk-app checkin` run by a scanner
    # script, or many desk processes at once, must not pay it.
    code = (
        "import sys, desk_app.cli.main as m; m.build_parser();"
        "import desk_app.scheduling, desk_app.exchange.solving, desk_app.ondesk.booking;"
        "assert 'ortools' not in sys.modules, 'OR-tools imported at start-up'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
