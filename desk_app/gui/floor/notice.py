"""The line under the floor's toolbar: what the last action did and, when it freed a
table, the waiting wishes that now fit there, bookable in one click.

"A partner who did not come leaves someone alone at a table: offer the freed slot to
someone waiting" (desk-ux.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.db.models import Participant, Slot, VenueTable
from desk_app.gui import theme
from desk_app.gui.state import DeskState

if TYPE_CHECKING:
    from desk_app.ondesk.booking import BookingProposal


class ActionNotice(QFrame):
    book_requested = Signal(object)  # BookingProposal

    def __init__(self, state: DeskState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("ActionNotice")
        self.setStyleSheet(
            f"#ActionNotice {{ background: {theme.OK_BG}; border: 1px solid "
            f"{theme.OK_BORDER}; border-radius: 6px; }} #ActionNotice QLabel "
            f"{{ color: {theme.OK_FG}; background: transparent; }}")
        self.message = QLabel()
        self.message.setFont(theme.font(11, bold=True))
        self.message.setWordWrap(True)
        self.offers = QComboBox()
        self.offers.setMinimumWidth(360)
        self.book_button = QPushButton()
        self.book_button.setProperty("role", "primary")
        self.close_button = QPushButton("✕")
        self.close_button.setFlat(True)
        self.close_button.setFixedWidth(32)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.offers)
        layout.addWidget(self.book_button)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.book_button.clicked.connect(self._book)
        self.close_button.clicked.connect(self.hide)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.book_button.setText(self.tr("Book for them"))
        self.close_button.setToolTip(self.tr("Close"))

    def show_result(self, message: str, offers: Sequence[BookingProposal] = ()) -> None:
        # Service sentences are English; their French (if any) lives under "DeskError".
        text = "✔ " + QCoreApplication.translate("DeskError", message)
        if offers:
            text += "  " + self.tr("Waiting wishes now fit:")
        self.message.setText(text)
        self.offers.clear()
        for offer in offers:
            self.offers.addItem(self._describe(offer), offer)
        self.offers.setVisible(bool(offers))
        self.book_button.setVisible(bool(offers))
        self.show()

    def _describe(self, offer: BookingProposal) -> str:
        def read(session: Session) -> tuple[str, str, str, str]:
            names = {pid: company for pid, company in session.execute(
                select(Participant.id, Participant.company)
                .where(Participant.id.in_([offer.a_id, offer.b_id])))}
            table = session.scalar(select(VenueTable.label)
                                   .where(VenueTable.id == offer.table_id)) or "?"
            start = session.scalar(select(Slot.starts_at).where(Slot.id == offer.slot_id))
            return (names.get(offer.a_id, "?"), names.get(offer.b_id, "?"),
                    f"{start:%H:%M}" if start else "?", table)

        a, b, time, table = self.state.read(read)
        return self.tr("{a} – {b}: {time}, table {table}").format(a=a, b=b, time=time,
                                                                  table=table)

    def _book(self) -> None:
        offer = self.offers.currentData()
        if offer is not None:
            self.book_requested.emit(offer)
