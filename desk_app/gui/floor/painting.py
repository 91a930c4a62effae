"""How the grid looks: the cell delegate, the rounds header and the free-tables footer.

Every state is drawn as colour + icon + word (never colour alone) from the shared
palette in :mod:`desk_app.gui.theme`; the current round is a warm column with a strong
header, past rounds are faded.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from desk_app.gui import theme
from desk_app.gui.floor.model import (
    CELL_ROLE,
    CURRENT_ROLE,
    FROZEN_ROLE,
    MATCH_ROLE,
    PAST_ROLE,
    TABLE_ROLE,
    ZONE_ROLE,
    FloorModel,
)
from desk_app.services.floor import CellKind, CellState, FloorTable

translate = QCoreApplication.translate

CELL_WIDTH = 184
CELL_HEIGHT = 68
ZONE_ROW_HEIGHT = 30
HEADER_HEIGHT = 54
FOOTER_HEIGHT = 40
LOCK_MARK = "⚑"
# DejaVu has no ⛔; out of service gets a glyph every desk laptop can draw.
OUT_OF_SERVICE_ICON = "▧"
ZONE_BAND = "#dde7f3"


def state_words(cell: CellState) -> tuple[str, str]:
    """(icon, word) for a cell, in the interface language."""
    style = theme.state_style(cell.state.value)
    return style.icon, theme.state_label(cell.state.value)


class CellDelegate(QStyledItemDelegate):
    """Paints one cell: state line, then both companies; zone rows as a band."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filtering = False  # a participant filter is on: dim cells that do not match

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        rect = QRect(option.rect)
        zone = index.data(ZONE_ROLE)
        painter.save()
        try:
            if zone is not None:
                self._paint_zone(painter, rect, str(zone))
                return
            cell = index.data(CELL_ROLE)
            table = index.data(TABLE_ROLE)
            if not isinstance(cell, CellState) or not isinstance(table, FloorTable):
                return
            current = bool(index.data(CURRENT_ROLE))
            selected = bool(option.state & QStyle.StateFlag.State_Selected)
            dimmed = self.filtering and not index.data(MATCH_ROLE)
            opacity = 0.3 if dimmed else 0.6 if index.data(PAST_ROLE) else 1.0
            self._paint_cell(painter, rect, cell, table, current=current,
                             selected=selected, opacity=opacity,
                             frozen=bool(index.data(FROZEN_ROLE)))
        finally:
            painter.restore()

    def _paint_zone(self, painter: QPainter, rect: QRect, zone: str) -> None:
        painter.fillRect(rect, QColor(ZONE_BAND))
        painter.setPen(QColor(theme.ACCENT))
        painter.setFont(theme.font(11, bold=True))
        # Keep the zone name in sight when the grid is scrolled to later rounds.
        left = max(rect.left(), 0) + 10
        text_rect = QRect(left, rect.top(), max(rect.right() - left, 0), rect.height())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         zone or translate("FloorGrid", "Tables"))

    def _paint_cell(self, painter: QPainter, rect: QRect, cell: CellState,
                    table: FloorTable, *, current: bool, selected: bool,
                    opacity: float, frozen: bool) -> None:
        out_of_service = not table.active and cell.is_free
        style_key = "out_of_service" if out_of_service else cell.state.value
        style = theme.state_style(style_key)
        painter.setOpacity(opacity)
        inner = rect.adjusted(2, 2, -2, -2)
        painter.fillRect(rect, QColor(theme.CURRENT_ROUND_BG if current else theme.PANEL))
        painter.fillRect(inner, QColor(style.background))
        # A coloured stripe on the left edge: the state is readable even at a glance.
        painter.fillRect(QRect(inner.left(), inner.top(), 4, inner.height()),
                         QColor(style.foreground))
        text_left = inner.adjusted(10, 4, -6, -4)
        line_height = text_left.height() // 3

        icon = OUT_OF_SERVICE_ICON if out_of_service else style.icon
        word = (translate("FloorGrid", "Out of service") if out_of_service
                else theme.state_label(style_key))
        # "table free" only where it can still be used: rounds not started yet.
        if (cell.state in (CellKind.NO_SHOW, CellKind.CANCELLED) and table.active
                and not frozen):
            word = translate("FloorGrid", "{state} · table free").format(state=word)
        painter.setPen(QColor(style.foreground))
        painter.setFont(theme.font(9, bold=True))
        first = QRect(text_left.left(), text_left.top(), text_left.width(), line_height)
        painter.drawText(first, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         f"{icon} {word}")
        if cell.locked:
            painter.drawText(first, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                             LOCK_MARK)

        if cell.meeting_id is not None:
            ended = cell.state in (CellKind.NO_SHOW, CellKind.CANCELLED)
            body = theme.font(10)
            body.setStrikeOut(ended)
            metrics = QFontMetrics(body)
            for line, (pid, company) in enumerate(
                ((cell.participant_a_id, cell.company_a),
                 (cell.participant_b_id, cell.company_b)), start=1):
                missing = pid is not None and pid == cell.missing_participant_id
                # ✖ absence recorded by staff; ○ simply not checked in yet (late).
                mark = "✖ " if cell.marked_missing else "○ "
                text = f"{mark}{company}" if missing else company
                painter.setFont(body)
                colour = (theme.INK_MUTED if ended
                          else theme.ERROR_FG if missing and cell.marked_missing
                          else theme.WARN_FG if missing else theme.INK)
                painter.setPen(QColor(colour))
                box = QRect(text_left.left(), text_left.top() + line * line_height,
                            text_left.width(), line_height)
                painter.drawText(box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                                 metrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                                    box.width()))
        if current:
            pen = QPen(QColor(theme.FOCUS), 3)
            painter.setOpacity(1.0)
            painter.setPen(pen)
            painter.drawLine(rect.topLeft(), rect.bottomLeft())
            painter.drawLine(rect.topRight(), rect.bottomRight())
        if selected:
            painter.setOpacity(1.0)
            painter.setPen(QPen(QColor(theme.ACCENT), 3))
            painter.drawRect(inner.adjusted(1, 1, -1, -1))


class RoundsHeader(QHeaderView):
    """Column headers: round number and times; the running round stands out."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(Qt.Orientation.Horizontal, view)
        self._view = view
        self.setDefaultSectionSize(CELL_WIDTH)
        self.setMinimumHeight(HEADER_HEIGHT)
        self.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

    def paintSection(self, painter: QPainter, rect: QRect, logical_index: int) -> None:
        model = self.model()
        if model is None:
            return
        current = getattr(model, "current_slot_index", None)
        painter.save()
        is_current = logical_index == current
        is_past = current is not None and logical_index < current
        painter.fillRect(rect, QColor(theme.CURRENT_ROUND_HEADER_BG if is_current
                                      else "#eef2f7"))
        painter.setPen(QColor(theme.BORDER))
        painter.drawLine(rect.topRight(), rect.bottomRight())
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        fg = QColor(theme.CURRENT_ROUND_HEADER_FG if is_current
                    else theme.PAST_ROUND_FG if is_past else theme.INK)
        painter.setPen(fg)
        top = QRect(rect.left(), rect.top() + 4, rect.width(), rect.height() // 2 - 2)
        bottom = QRect(rect.left(), rect.center().y(), rect.width(), rect.height() // 2 - 4)
        painter.setFont(theme.font(10, bold=True))
        title = translate("FloorGrid", "Round {n}").format(n=logical_index + 1)
        if is_current:
            title = "▶ " + translate("FloorGrid", "Now · {round}").format(round=title)
        painter.drawText(top, Qt.AlignmentFlag.AlignCenter, title)
        painter.setFont(theme.font(10))
        times = model.headerData(logical_index, Qt.Orientation.Horizontal)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignCenter, str(times or ""))
        painter.restore()

    def sizeHint(self):  # type: ignore[no-untyped-def]
        hint = super().sizeHint()
        hint.setHeight(HEADER_HEIGHT)
        return hint


class FreeTablesFooter(QWidget):
    """'n free' under every round, aligned with the grid's columns as it scrolls."""

    def __init__(self, view: QTableView, model: FloorModel,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self._model = model
        self.setFixedHeight(FOOTER_HEIGHT)
        view.horizontalScrollBar().valueChanged.connect(self.update)
        view.horizontalHeader().sectionResized.connect(self.update)
        view.horizontalHeader().geometriesChanged.connect(self.update)
        model.free_counts_changed.connect(self.update)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        model = self._model
        painter.fillRect(self.rect(), QColor("#eef2f7"))
        painter.setPen(QColor(theme.BORDER))
        painter.drawLine(self.rect().topLeft(), self.rect().topRight())
        header = self._view.horizontalHeader()
        offset = self._view.verticalHeader().width() + self._view.frameWidth()
        painter.setPen(QColor(theme.INK_MUTED))
        painter.setFont(theme.font(9, bold=True))
        painter.drawText(QRect(6, 0, offset - 10, self.height()),
                         Qt.AlignmentFlag.AlignCenter, translate("FloorGrid", "Free"))
        painter.setClipRect(QRect(offset, 0, self.width() - offset, self.height()))
        for column, slot in enumerate(model.slots):
            x = offset + header.sectionViewportPosition(column)
            width = header.sectionSize(column)
            if x + width < offset or x > self.width():
                continue
            free = model.free_tables(slot.id)
            box = QRect(x, 0, width, self.height())
            if column == model.current_slot_index:
                painter.fillRect(box, QColor(theme.CURRENT_ROUND_BG))
            painter.setFont(theme.font(11, bold=True))
            if model.is_past(column):
                painter.setPen(QColor(theme.PAST_ROUND_FG))
                text = translate("FloorGrid", "over")
            else:
                painter.setPen(QColor(theme.OK_FG if free else theme.ERROR_FG))
                text = (translate("FloorGrid", "○ {n} free").format(n=free) if free
                        else translate("FloorGrid", "✖ none free"))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
            painter.setPen(QColor(theme.BORDER))
            painter.drawLine(box.topRight(), box.bottomRight())
