"""Bad command lines get one sentence and exit 2, never a traceback."""

from __future__ import annotations

import pytest

from desk_app.cli.main import main


def test_unsupported_database_url_is_a_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", "mysql://desk@server/event", "events"]) == 2
    err = capsys.readouterr().err
    assert "only a SQLite file or a postgresql+psycopg:// address" in err
    assert "Traceback" not in err


def test_window_without_a_screen_is_a_sentence(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: object
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    assert main(["--db", f"{tmp_path}/d.sqlite"]) == 2
    assert "no screen" in capsys.readouterr().err


def test_backup_keep_must_be_positive(capsys: pytest.CaptureFixture[str],
                                      tmp_path: object) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--db", f"{tmp_path}/d.sqlite", "backup", "--keep", "0"])
    assert stop.value.code == 2
    assert "at least 1" in capsys.readouterr().err
