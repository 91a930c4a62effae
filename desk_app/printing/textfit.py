"""Shrink-to-fit text: a long name gets smaller, then wraps, then is cut with an
ellipsis, but never runs out of its box."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from reportlab.pdfgen.canvas import Canvas

from desk_app.printing.fonts import text_width

LINE_SPACING = 1.15  # baseline-to-baseline distance as a multiple of the font size
SIZE_STEP = 0.5
ELLIPSIS = "…"

Align = Literal["left", "center", "right"]


@dataclass(frozen=True)
class FittedText:
    lines: tuple[str, ...]
    size: float

    @property
    def height(self) -> float:
        return self.size * (1 + LINE_SPACING * (len(self.lines) - 1))


def _sizes(size_max: float, size_min: float) -> list[float]:
    sizes = []
    size = size_max
    while size > size_min:
        sizes.append(size)
        size -= SIZE_STEP
    sizes.append(size_min)
    return sizes


def ellipsize(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut at the end with "…" so that it fits ``width`` points."""
    if text_width(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    # Binary search on the kept length: widths grow with it.
    while low < high:
        middle = (low + high + 1) // 2
        if text_width(text[:middle].rstrip() + ELLIPSIS, font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS if low else ELLIPSIS


_PIECE = re.compile(r"[^\s-]*-+|[^\s-]+")  # "Żółć-Wąsowska" -> "Żółć-", "Wąsowska"


def wrap_words(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy wrap at spaces and after hyphens (double-barrelled names are long); a
    piece wider than the box stays on its own line."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        for index, piece in enumerate(_PIECE.findall(word)):
            glue = "" if index else " "  # pieces of one word join without a space
            candidate = f"{current}{glue}{piece}" if current else piece
            if not current or text_width(candidate, font, size) <= width:
                current = candidate
            else:
                lines.append(current)
                current = piece
    if current:
        lines.append(current)
    return lines


def fit_text(text: str, font: str, width: float, height: float, *, size_max: float,
             size_min: float, max_lines: int = 1) -> FittedText:
    """Largest size (down to ``size_min``) at which ``text`` fits on one line, else on
    up to ``max_lines`` lines, else at ``size_min`` with the last line ellipsized."""
    text = " ".join(text.split())
    sizes = _sizes(size_max, size_min)
    for size in sizes:
        if size <= height and text_width(text, font, size) <= width:
            return FittedText((text,), size)
    if max_lines > 1:
        for size in sizes:
            lines = wrap_words(text, font, size, width)
            fitted = FittedText(tuple(lines), size)
            if (len(lines) <= max_lines and fitted.height <= height
                    and all(text_width(line, font, size) <= width for line in lines)):
                return fitted
    size = size_min
    lines_allowed = max(1, min(max_lines, int((height / size - 1) / LINE_SPACING) + 1))
    lines = wrap_words(text, font, size, width) if lines_allowed > 1 else [text]
    kept = lines[:lines_allowed]
    if len(lines) > lines_allowed:
        for rest in lines[lines_allowed:]:
            # A line that ended at a hyphen continues without a space.
            kept[-1] += rest if kept[-1].endswith("-") else f" {rest}"
    kept = [ellipsize(line, font, size, width) for line in kept]
    return FittedText(tuple(kept), size)


def draw_fitted(canvas: Canvas, fitted: FittedText, font: str, x: float, y: float,
                width: float, height: float, *, align: Align = "left",
                valign: Literal["top", "middle", "bottom"] = "middle") -> None:
    """Draw the lines inside the box whose bottom-left corner is (x, y)."""
    if valign == "top":
        top = y + height
    elif valign == "bottom":
        top = y + fitted.height
    else:
        top = y + (height + fitted.height) / 2
    # Baseline of the first line: one size below the top, less the descender allowance.
    baseline = top - fitted.size * 0.8
    canvas.setFont(font, fitted.size)
    for line in fitted.lines:
        if align == "center":
            canvas.drawCentredString(x + width / 2, baseline, line)
        elif align == "right":
            canvas.drawRightString(x + width, baseline, line)
        else:
            canvas.drawString(x, baseline, line)
        baseline -= fitted.size * LINE_SPACING


def draw_text_in_box(canvas: Canvas, text: str, font: str, x: float, y: float,
                     width: float, height: float, *, size_max: float, size_min: float,
                     max_lines: int = 1, align: Align = "left",
                     valign: Literal["top", "middle", "bottom"] = "middle") -> FittedText:
    fitted = fit_text(text, font, width, height, size_max=size_max, size_min=size_min,
                      max_lines=max_lines)
    draw_fitted(canvas, fitted, font, x, y, width, height, align=align, valign=valign)
    return fitted
