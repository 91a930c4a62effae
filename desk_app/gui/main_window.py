"""The desk window: header, message bar, the four views (F1..F4), status bar (desk
name, last automatic backup).

Views other than Reception are built the first time they are shown, so the window is
usable quickly even on a large event (the floor grid of 900 tables is not built for a
desk that only scans badges).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedLayout,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.backup import AutoBackup
from desk_app.gui import theme
from desk_app.gui.backups import BackupKeeper, BackupOutcome
from desk_app.gui.header import DeskHeader
from desk_app.gui.i18n import current_language, install_language, save_language
from desk_app.gui.menus import WindowMenus
from desk_app.gui.organiser.import_dialog import install_import_actions
from desk_app.gui.participants.view import ParticipantsView
from desk_app.gui.print_centre import install_print_centre
from desk_app.gui.reception.view import ReceptionView
from desk_app.gui.settings_dialog import (
    DOCUMENT_KINDS,
    DeskSettings,
    SettingsDialog,
    save_settings,
    saved_printer,
)
from desk_app.gui.state import DeskState


class MessageBar(QWidget):
    """One sentence under the header for errors (what happened, what to do next) or
    news (red, or blue for a notice). It stays until dismissed or replaced, or 20 s, so
    nobody misses it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MessageBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.kind = "error"
        self._set_colours(theme.ERROR_BG, theme.ERROR_BORDER, theme.ERROR_FG)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.close_button = QPushButton("✕", self)
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button.setFixedWidth(40)
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 8, 12, 8)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.close_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(20_000)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def _set_colours(self, background: str, border: str, text: str) -> None:
        self.setStyleSheet(
            f"#MessageBar {{ background: {background}; border-bottom: 2px solid {border}; }}"
            f"#MessageBar QLabel {{ color: {text}; font-size: 13pt; font-weight: bold; }}")

    def show_error(self, sentence: str) -> None:
        self.kind = "error"
        self._set_colours(theme.ERROR_BG, theme.ERROR_BORDER, theme.ERROR_FG)
        self.text.setText("✖  " + sentence)
        self.show()
        self._timer.start()

    def show_notice(self, sentence: str) -> None:
        self.kind = "notice"
        self._set_colours(theme.INFO_BG, theme.INFO_BORDER, theme.INFO_FG)
        self.text.setText("ℹ  " + sentence)
        self.show()
        self._timer.start()


@dataclass
class _Page:
    key: str
    factory: Callable[[], QWidget]
    host: QWidget
    view: QWidget | None = None


def _view_class(module_names: tuple[str, ...], name: str) -> Callable[..., QWidget]:
    for module_name in module_names:
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        found = getattr(module, name, None)
        if found is not None:
            return found
    raise ImportError(f"{name} not found in {', '.join(module_names)}")


class MainWindow(QMainWindow):
    PAGE_KEYS = ("reception", "floor", "booking", "participants")

    def __init__(self, state: DeskState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.header = DeskHeader(state, self)
        self.message_bar = MessageBar(self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.settings_button = QPushButton(self)
        self.settings_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.settings_button.clicked.connect(self.open_settings)
        self.header.add_button(self.settings_button)

        self.reception = ReceptionView(state, self)
        self.pages: dict[str, _Page] = {}
        self._add_page("reception", lambda: self.reception)
        self._add_page("floor", lambda: _view_class(
            ("desk_app.gui.floor", "desk_app.gui.floor.view"), "FloorView")(state))
        self._add_page("booking", lambda: _view_class(
            ("desk_app.gui.booking", "desk_app.gui.booking.view"), "BookingView")(state))
        self._add_page("participants", lambda: ParticipantsView(state))
        self.tabs.currentChanged.connect(self._tab_changed)
        self._ensure_built(0)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        self.desk_status = QLabel(self)
        self.backup_status = QLabel(self)
        self.statusBar().addWidget(self.desk_status)
        self.statusBar().addPermanentWidget(self.backup_status)
        # The connection state is in the header; the status bar says when the desk's
        # file was last copied (SQLite only: a server is backed up by its own tools).
        self.backups = BackupKeeper(AutoBackup(state.db.url), self)
        self.backups.backed_up.connect(self._show_backup)
        self.backup_status.setVisible(self.backups.enabled)
        self.backups.start()

        for number, key in enumerate(self.PAGE_KEYS, start=1):
            shortcut = QShortcut(QKeySequence(f"F{number}"), self)
            shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
            shortcut.activated.connect(lambda k=key: self.show_page(k))

        self.menus = WindowMenus(self)
        self._build_menus()

        state.error.connect(self._show_error)
        state.notice.connect(self._show_notice)
        self.resize(1440, 900)
        self.retranslate()

    # -- menus ------------------------------------------------------------------------
    def _build_menus(self) -> None:
        self.settings_action = QAction(self)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.triggered.connect(self.open_settings)
        self.menus.add("file", self.settings_action)
        self.menus["file"].addSeparator()
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.menus.add("file", self.quit_action)
        install_import_actions(self)
        self.page_actions: dict[str, QAction] = {}
        for number, key in enumerate(self.PAGE_KEYS, start=1):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, k=key: self.show_page(k))
            self.menus.add("view", action)
            self.page_actions[key] = action
        install_print_centre(self)

    # -- pages ------------------------------------------------------------------------
    def _add_page(self, key: str, factory: Callable[[], QWidget]) -> None:
        host = QWidget(self.tabs)
        QStackedLayout(host)
        self.pages[key] = _Page(key, factory, host)
        self.tabs.addTab(host, "")

    def _ensure_built(self, index: int) -> QWidget | None:
        if not 0 <= index < len(self.PAGE_KEYS):
            return None
        page = self.pages[self.PAGE_KEYS[index]]
        if page.view is None:
            page.view = page.factory()
            layout = page.host.layout()
            assert isinstance(layout, QStackedLayout)
            layout.addWidget(page.view)
        return page.view

    def _tab_changed(self, index: int) -> None:
        self._ensure_built(index)
        if self.PAGE_KEYS[index] == "reception":
            self.reception.refocus_scan()

    def show_page(self, key: str) -> QWidget:
        index = self.PAGE_KEYS.index(key)
        self.tabs.setCurrentIndex(index)
        view = self._ensure_built(index)
        assert view is not None
        return view

    def view(self, key: str) -> QWidget:
        """The view behind a tab (built if needed)."""
        view = self._ensure_built(self.PAGE_KEYS.index(key))
        assert view is not None
        return view

    # -- messages, connection ---------------------------------------------------------
    def _show_error(self, sentence: str) -> None:
        # Core errors arrive in the desk's language (desk_app.i18n); the "DeskError"
        # lookup only catches one the core still writes in English only.
        self.message_bar.show_error(QCoreApplication.translate("DeskError", sentence))
        if self.tabs.currentIndex() == 0:
            self.reception.refocus_scan()

    def _show_notice(self, sentence: str) -> None:
        self.message_bar.show_notice(sentence)
        if self.tabs.currentIndex() == 0:
            self.reception.refocus_scan()

    def _show_backup(self, outcome: BackupOutcome | None = None) -> None:
        last = self.backups.last
        if last is None:
            self.backup_status.setText(self.tr("No backup yet (one every 5 minutes)"))
            self.backup_status.setStyleSheet("")
        elif last.error:
            self.backup_status.setText(self.tr("Backup failed: {reason}").format(
                reason=last.error))
            self.backup_status.setStyleSheet(f"color: {theme.ERROR_FG}; font-weight: bold;")
        else:
            self.backup_status.setText(self.tr("Last backup {time}").format(
                time=f"{last.at:%H:%M}" if last.at else "?"))
            self.backup_status.setToolTip(str(last.path))
            self.backup_status.setStyleSheet("")

    # -- settings ---------------------------------------------------------------------
    def open_settings(self) -> None:
        current = DeskSettings(language=current_language(), desk=self.state.desk,
                               printers={kind: saved_printer(kind) for kind in DOCUMENT_KINDS})
        dialog = SettingsDialog(current, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.apply_settings(dialog.values())
        dialog.deleteLater()
        if self.tabs.currentIndex() == 0:
            self.reception.refocus_scan()

    def apply_settings(self, values: DeskSettings) -> None:
        save_settings(values)
        if values.desk != self.state.desk:
            self.header.set_desk(values.desk)
        if values.language != current_language():
            self.set_language(values.language)
        self.retranslate()

    def set_language(self, language: str) -> None:
        """Switch the interface language now and remember it."""
        if install_language(language):
            save_language(language)
        else:
            self.message_bar.show_error(self.tr(
                "The French translation is missing from this installation; run "
                "'make translations'. The interface stays in English."))

    # -- language ---------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("{event} — desk {desk}").format(
            event=self.state.event_name, desk=self.state.desk))
        titles = {"reception": self.tr("Reception  F1"), "floor": self.tr("Floor  F2"),
                  "booking": self.tr("Walk-in booking  F3"),
                  "participants": self.tr("Participants  F4")}
        for index, key in enumerate(self.PAGE_KEYS):
            self.tabs.setTabText(index, titles[key])
            self.page_actions[key].setText(titles[key].split("  ")[0])
        self.menus.retranslate()
        self.settings_action.setText(self.tr("&Settings…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.settings_button.setText(self.tr("⚙ Settings"))
        self.desk_status.setText(self.tr("Desk: {desk}").format(desk=self.state.desk))
        self._show_backup()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() \
                and self.tabs.currentIndex() == 0:
            self.reception.refocus_scan()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.state.stop_polling()
        if self.state.offline_desk is not None:
            self.state.offline_desk.stop()
        self.backups.backup_on_close()
        super().closeEvent(event)
