"""The one renderer for layouts: (layout, contexts) -> PDF bytes."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desk_app.printing.fonts import font_name, register_fonts
from desk_app.printing.layout import Item, ItemKind, Layout
from desk_app.printing.placeholders import BadgeContext, resolve
from desk_app.printing.symbols import draw_code128, draw_qr
from desk_app.printing.textfit import draw_text_in_box


def new_canvas(buffer: io.BytesIO, width_pt: float, height_pt: float, title: str) -> Canvas:
    regular, _bold = register_fonts()
    # The embedded font from the first page on: no unembedded Helvetica in the file.
    canvas = Canvas(buffer, pagesize=(width_pt, height_pt), pageCompression=1,
                    initialFontName=regular, initialFontSize=10)
    canvas.setTitle(title)
    canvas.setCreator("desk-app")
    return canvas


def _item_value(item: Item, context: BadgeContext) -> str:
    return resolve(item.placeholder, context) if item.placeholder else item.literal


def draw_item(canvas: Canvas, item: Item, context: BadgeContext, card_h_mm: float) -> None:
    """Draw one item on a card whose bottom-left corner is the current origin."""
    x = item.x_mm * mm
    width = item.w_mm * mm
    height = item.h_mm * mm
    y = (card_h_mm - item.y_mm - item.h_mm) * mm  # PDF y grows upwards
    canvas.setFillGray(item.grey)
    canvas.setStrokeGray(item.grey)
    if item.kind is ItemKind.LINE:
        canvas.setLineWidth(0.5)
        canvas.line(x, y + height, x + width, y)
        return
    if item.kind is ItemKind.BOX:
        canvas.setLineWidth(0.5)
        canvas.rect(x, y, width, height, stroke=1, fill=0)
        return
    value = _item_value(item, context)
    if not value:
        return
    if item.kind is ItemKind.QR:
        side = min(width, height)
        draw_qr(canvas, value, x + (width - side) / 2, y + (height - side) / 2, side)
    elif item.kind is ItemKind.BARCODE:
        draw_code128(canvas, value, x, y, width, height)
    else:
        draw_text_in_box(canvas, value, font_name(item.bold), x, y, width, height,
                         size_max=item.size_max, size_min=item.size_min,
                         max_lines=item.max_lines, align=item.align)


def render_layout(layout: Layout, contexts: Sequence[BadgeContext], *,
                  title: str = "Badges") -> bytes:
    """One card per context, filling each page's card positions in order."""
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, layout.page_w_mm * mm, layout.page_h_mm * mm, title)
    per_page = layout.cards_per_page
    for index, context in enumerate(contexts):
        if index and index % per_page == 0:
            canvas.showPage()
        left_mm, top_mm = layout.card_origins_mm[index % per_page]
        canvas.saveState()
        canvas.translate(left_mm * mm, (layout.page_h_mm - top_mm - layout.card_h_mm) * mm)
        if layout.cut_marks:
            canvas.setStrokeGray(0.75)
            canvas.setLineWidth(0.3)
            canvas.rect(0, 0, layout.card_w_mm * mm, layout.card_h_mm * mm, stroke=1, fill=0)
        for item in layout.items:
            draw_item(canvas, item, context, layout.card_h_mm)
        canvas.restoreState()
    canvas.showPage()  # the last page (a blank one when there is no card at all)
    canvas.save()
    return buffer.getvalue()
