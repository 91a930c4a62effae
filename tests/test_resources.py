from __future__ import annotations

import sys
from pathlib import Path

import pytest

import desk_app.resources as resources
from desk_app.resources import resource_path, resource_roots, resources_dir

ROOT = Path(__file__).resolve().parents[1]


def test_a_checkout_finds_the_repositorys_resources() -> None:
    assert resources_dir() == ROOT / "resources"
    assert resource_path("fonts", "DejaVuSans.ttf") == ROOT / "resources/fonts/DejaVuSans.ttf"
    assert resource_path("fonts", "DejaVuSans.ttf").is_file()
    assert resource_path("demo").is_dir()
    assert resource_path("translations", "desk_app_fr.ts").is_file()
    assert resource_path("icons", "desk-app.svg").is_file()


def test_a_missing_file_is_named_under_the_resources_in_use() -> None:
    assert resource_path("translations", "desk_app_xx.qm") == (
        ROOT / "resources" / "translations" / "desk_app_xx.qm")


def test_a_frozen_bundle_looks_in_its_own_folder_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundled = tmp_path / "resources" / "fonts"
    bundled.mkdir(parents=True)
    (bundled / "DejaVuSans.ttf").write_bytes(b"bundled font")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_roots()[0] == tmp_path / "resources"
    assert resources_dir() == tmp_path / "resources"
    assert resource_path("fonts", "DejaVuSans.ttf") == bundled / "DejaVuSans.ttf"
    # What the bundle lacks is still found further down the list.
    assert resource_path("demo") == ROOT / "resources" / "demo"


def test_an_unfrozen_process_ignores_a_stray_meipass(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "resources").mkdir()
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert tmp_path / "resources" not in resource_roots()


def test_an_installed_wheel_uses_the_copy_inside_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An installed package: its parent (site-packages) has no pyproject.toml.
    site = tmp_path / "site-packages"
    shipped = site / "desk_app" / "_resources" / "fonts"
    shipped.mkdir(parents=True)
    (shipped / "DejaVuSans.ttf").write_bytes(b"wheel font")
    (site / "resources").mkdir()  # somebody else's top-level folder: not ours
    monkeypatch.setattr(resources, "REPO_ROOT", site)
    monkeypatch.setattr(resources, "WHEEL_RESOURCES", site / "desk_app" / "_resources")
    assert resource_roots() == [site / "desk_app" / "_resources"]
    assert resource_path("fonts", "DejaVuSans.ttf") == shipped / "DejaVuSans.ttf"
