from __future__ import annotations

from pathlib import Path

import pytest

from desk_app.printing.fonts import ENV_FONTS_DIR, font_name, fonts_dir, text_width
from desk_app.printing.textfit import ELLIPSIS, ellipsize, fit_text, wrap_words

WIDTH = 150.0  # points


@pytest.fixture(scope="module")
def bold() -> str:
    return font_name(True)


def test_short_text_keeps_the_largest_size_on_one_line(bold: str) -> None:
    fitted = fit_text("Anna Nowak", bold, WIDTH, 40, size_max=16, size_min=8, max_lines=2)
    assert fitted.lines == ("Anna Nowak",)
    assert fitted.size == 16


def test_longer_text_shrinks_before_wrapping(bold: str) -> None:
    text = "Łucja Wąsowska-Żółć"
    assert text_width(text, bold, 16) > WIDTH
    fitted = fit_text(text, bold, WIDTH, 40, size_max=16, size_min=8, max_lines=2)
    assert fitted.lines == (text,)
    assert 8 <= fitted.size < 16
    assert text_width(text, bold, fitted.size) <= WIDTH


def test_very_long_text_wraps_within_the_box(bold: str) -> None:
    text = "Wąsowski i Synowie Sp. z o.o."
    fitted = fit_text(text, bold, WIDTH, 40, size_max=16, size_min=10, max_lines=2)
    assert len(fitted.lines) == 2
    assert " ".join(fitted.lines) == text
    assert all(text_width(line, bold, fitted.size) <= WIDTH for line in fitted.lines)
    assert fitted.height <= 40


def test_text_too_long_for_two_lines_is_ellipsized_at_minimum_size(bold: str) -> None:
    text = "Αικατερίνη Παπαδοπούλου " * 6
    fitted = fit_text(text, bold, WIDTH, 30, size_max=16, size_min=9, max_lines=2)
    assert fitted.size == 9
    assert len(fitted.lines) == 2
    assert fitted.lines[-1].endswith(ELLIPSIS)
    assert all(text_width(line, bold, 9) <= WIDTH for line in fitted.lines)


def test_ellipsize_cuts_a_single_long_word(bold: str) -> None:
    cut = ellipsize("Donaudampfschifffahrtsgesellschaft", bold, 12, 80)
    assert cut.endswith(ELLIPSIS)
    assert cut.startswith("Donau")
    assert text_width(cut, bold, 12) <= 80
    assert ellipsize("Short", bold, 12, 80) == "Short"


def test_wrap_breaks_after_hyphens_of_long_double_barrelled_names(bold: str) -> None:
    text = "Maximiliane von Hohenzollern-Sigmaringen-Wąsowska"
    lines = wrap_words(text, bold, 12, 310)
    assert len(lines) == 2
    assert lines[0].endswith("-")
    assert "".join(line if line.endswith("-") else line + " " for line in lines).strip() == text
    assert lines[0] == "Maximiliane von Hohenzollern-Sigmaringen-"
    assert all(text_width(line, bold, 12) <= 310 for line in lines)
    assert wrap_words("a -- b", bold, 12, 180) == ["a -- b"]


def test_ellipsized_hyphenated_name_keeps_its_hyphens_tight(bold: str) -> None:
    # The CR80 name box: 55 x 13 mm, 15 down to 8 points, two lines.
    text = "Maximiliane Alexandra von Hohenzollern-Sigmaringen-Wąsowska"
    fitted = fit_text(text, bold, 155.9, 36.85, size_max=15, size_min=8, max_lines=2)
    assert fitted.lines[0] == "Maximiliane Alexandra von"
    assert fitted.lines[1].startswith("Hohenzollern-Sigmaringen-W")
    assert fitted.lines[1].endswith(ELLIPSIS)


def test_fonts_ship_with_their_licence_and_can_be_relocated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = fonts_dir()
    assert (shipped / "DejaVuSans.ttf").is_file()
    assert (shipped / "DejaVuSans-Bold.ttf").is_file()
    assert "Bitstream" in (shipped / "LICENSE-DejaVu.txt").read_text()
    (tmp_path / "DejaVuSans.ttf").write_bytes((shipped / "DejaVuSans.ttf").read_bytes())
    monkeypatch.setenv(ENV_FONTS_DIR, str(tmp_path))
    assert fonts_dir() == tmp_path
