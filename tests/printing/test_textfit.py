from __future__ import annotations

import pytest

from desk_app.printing.fonts import font_name, text_width
from desk_app.printing.textfit import ELLIPSIS, ellipsize, fit_text

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
