"""Badge layouts as data: a card size in millimetres, the items on it, and where the
cards go on the page (one per page for cards and labels, a grid for sheets).

Coordinates are from the card's top-left corner, as people measure on paper; the
renderer turns them into PDF coordinates.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from desk_app.errors import InvalidInput
from desk_app.i18n import t


class ItemKind(StrEnum):
    TEXT = "text"
    QR = "qr"
    BARCODE = "barcode"
    LINE = "line"
    BOX = "box"


@dataclass(frozen=True)
class Item:
    kind: ItemKind
    x_mm: float
    y_mm: float
    w_mm: float
    h_mm: float
    placeholder: str = ""  # a name in printing.placeholders.PLACEHOLDERS
    literal: str = ""  # fixed text, used when no placeholder is named
    size_max: float = 10.0  # points
    size_min: float = 6.0
    max_lines: int = 1
    bold: bool = False
    align: Literal["left", "center", "right"] = "left"
    grey: float = 0.0  # 0 black .. 1 white (text, lines and boxes)


@dataclass(frozen=True)
class Layout:
    name: str
    title: str
    card_w_mm: float
    card_h_mm: float
    page_w_mm: float
    page_h_mm: float
    # Top-left corner of each card on a page, in fill order.
    card_origins_mm: tuple[tuple[float, float], ...]
    items: tuple[Item, ...]
    cut_marks: bool = False  # thin outline around each card (sheets cut by hand)

    @property
    def cards_per_page(self) -> int:
        return len(self.card_origins_mm)


T = ItemKind.TEXT

CR80_ITEMS = (
    Item(T, 4, 2.5, 78, 5, "event_line", size_max=7, size_min=5, grey=0.35),
    Item(ItemKind.LINE, 4, 8, 78, 0, grey=0.6),
    Item(T, 4, 10, 55, 13, "name", size_max=15, size_min=8, max_lines=2, bold=True),
    Item(T, 4, 23.5, 55, 9, "company", size_max=11, size_min=6.5, max_lines=2),
    Item(T, 4, 33, 55, 4.5, "country_role", size_max=8, size_min=6, grey=0.25),
    Item(T, 4, 37.5, 55, 5, "host_table", size_max=10, size_min=7, bold=True),
    Item(ItemKind.QR, 61, 10, 22, 22, "badge_code"),
    Item(T, 59, 32.5, 26, 3, "badge_code", size_max=5, size_min=4, align="center"),
    Item(ItemKind.BARCODE, 4, 43.5, 78, 8, "badge_code"),
)

A6_ITEMS = (
    Item(T, 8, 8, 89, 8, "event_line", size_max=11, size_min=7, align="center",
         grey=0.35),
    Item(ItemKind.LINE, 8, 18, 89, 0, grey=0.6),
    Item(T, 8, 24, 89, 26, "name", size_max=28, size_min=12, max_lines=2, bold=True,
         align="center"),
    Item(T, 8, 52, 89, 16, "company", size_max=18, size_min=9, max_lines=2,
         align="center"),
    Item(T, 8, 69, 89, 7, "country_role", size_max=12, size_min=8, align="center",
         grey=0.25),
    Item(T, 8, 77, 89, 8, "host_table", size_max=16, size_min=10, bold=True,
         align="center"),
    Item(ItemKind.QR, 35, 88, 35, 35, "badge_code"),
    Item(T, 8, 123, 89, 4, "badge_code", size_max=7, size_min=5, align="center"),
    Item(ItemKind.BARCODE, 12, 129, 81, 12, "badge_code"),
)

LABEL62_ITEMS = (
    Item(T, 3, 3, 56, 5, "event_line", size_max=8, size_min=5, align="center",
         grey=0.35),
    Item(T, 3, 10, 56, 20, "name", size_max=20, size_min=9, max_lines=2, bold=True,
         align="center"),
    Item(T, 3, 31, 56, 12, "company", size_max=13, size_min=7, max_lines=2,
         align="center"),
    Item(T, 3, 44, 56, 5, "country_role", size_max=9, size_min=6, align="center",
         grey=0.25),
    Item(T, 3, 49.5, 56, 6, "host_table", size_max=12, size_min=8, bold=True,
         align="center"),
    Item(ItemKind.QR, 16, 57, 30, 30, "badge_code"),
    Item(T, 3, 87, 56, 3, "badge_code", size_max=6, size_min=4.5, align="center"),
    Item(ItemKind.BARCODE, 2, 91, 58, 7, "badge_code"),
)


def _grid(columns: int, rows: int, card_w: float, card_h: float, page_w: float,
          page_h: float, gap: float) -> tuple[tuple[float, float], ...]:
    left = (page_w - columns * card_w - (columns - 1) * gap) / 2
    top = (page_h - rows * card_h - (rows - 1) * gap) / 2
    return tuple((left + c * (card_w + gap), top + r * (card_h + gap))
                 for r in range(rows) for c in range(columns))


BADGE_LAYOUTS: dict[str, Layout] = {
    "cr80": Layout("cr80", "CR80 card 86 x 54 mm", 86, 54, 86, 54, ((0, 0),), CR80_ITEMS),
    "a6": Layout("a6", "A6 badge 105 x 148 mm", 105, 148, 105, 148, ((0, 0),), A6_ITEMS),
    # 62 mm continuous label roll (Brother QL and the like), 100 mm per badge.
    "label62": Layout("label62", "62 mm label, 100 mm long", 62, 100, 62, 100, ((0, 0),),
                      LABEL62_ITEMS),
    # Eight CR80-size badges on an A4 sheet (2 x 4), outlined for cutting.
    "a4x8": Layout("a4x8", "A4 sheet of 8 badges", 86, 54, 210, 297,
                   _grid(2, 4, 86, 54, 210, 297, gap=8), CR80_ITEMS, cut_marks=True),
}


def badge_layout(name: str) -> Layout:
    try:
        return BADGE_LAYOUTS[name.lower()]
    except KeyError:
        known = ", ".join(BADGE_LAYOUTS)
        raise InvalidInput(t("Unknown badge layout {name}; choose one of: {known}.",
                             name=repr(name), known=known),
                           code="unknown_layout") from None
