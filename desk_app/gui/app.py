"""Starting the desk window: application, theme, language, event, window."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.orm import Session

from desk_app.cli.context import CliContext, default_desk_name
from desk_app.db.engine import Database
from desk_app.db.models import Event
from desk_app.errors import DeskError
from desk_app.gui import theme
from desk_app.gui.error_guard import install_error_guard
from desk_app.gui.i18n import install_language, preferred_language
from desk_app.gui.main_window import MainWindow
from desk_app.gui.offline_desk import OfflineDesk, default_queue_path
from desk_app.gui.settings_dialog import saved_desk_name
from desk_app.gui.state import DeskState
from desk_app.logs import setup_logging
from desk_app.services.events import get_event
from desk_app.sync.outage import ResilientCheckIn

ORGANISATION = "desk_app"
APPLICATION = "desk-app"
DEMO_PROFILE = "artois"


def ensure_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, themed and in the preferred language."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    theme.apply_theme(app)
    install_language(preferred_language())
    return app


def build_window(db: Database, event_id: int, desk: str, *,
                 queue_path: Path | None = None) -> MainWindow:
    """The desk window, polling for other desks' changes. On a server (several desks)
    check-in goes through an offline queue file (``queue_path``, by default in the
    user data dir) so the desk keeps checking people in through an outage."""
    state = DeskState(db, event_id, desk)
    offline_desk: OfflineDesk | None = None
    if not db.is_sqlite:
        resilient = ResilientCheckIn(db, queue_path or default_queue_path(db.url, desk),
                                     desk=desk, event_ref=event_id)
        offline_desk = OfflineDesk(state, resilient)
    window = MainWindow(state)
    state.start_polling()
    if offline_desk is not None:
        offline_desk.start()
    return window


def create_demo(db: Database, *, profile: str = DEMO_PROFILE, seed: int = 1,
                desk: str = "Accueil 1", time_limit: float | None = None) -> int:
    """A scheduled demo event of ``profile`` in the middle of its day; returns its id."""
    demo: Any = importlib.import_module("desk_app.demo")
    solving: Any = importlib.import_module("desk_app.exchange.solving")
    midday: Any = importlib.import_module("desk_app.demo.midday")
    chosen = demo.get_profile(profile)
    with db.session() as session:
        event_id = int(demo.create_demo_event(session, chosen, seed=seed).id)
    solving.schedule_event(db, event_id, time_limit=time_limit or chosen.time_limit,
                           from_slot=0, desk=desk)
    with db.session() as session:
        midday.make_midday(session, session.get_one(Event, event_id), seed=seed, desk=desk)
    return event_id


def _pick_event(db: Database, ref: str | None) -> int | None:
    """The event to open; offers a demo when the database has none."""
    try:
        with db.session() as session:
            return _event_id(session, ref)
    except DeskError as exc:
        if exc.code != "no_event":
            QMessageBox.critical(None, QApplication.translate("App", "Cannot open the event"),
                                 exc.message)
            return None
    answer = QMessageBox.question(
        None, QApplication.translate("App", "No event yet"),
        QApplication.translate(
            "App", "There is no event in this database yet. Create a demo event (a fair "
            "in Arras, in the middle of its day) to try the desk?\n\nTo work on a real "
            "event, close this and import it with 'desk-app import'."))
    if answer != QMessageBox.StandardButton.Yes:
        return None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return create_demo(db)
    except (ImportError, DeskError) as exc:
        QMessageBox.critical(None, QApplication.translate("App", "Cannot create the demo"),
                             str(exc))
        return None
    finally:
        QApplication.restoreOverrideCursor()


def _event_id(session: Session, ref: str | None) -> int:
    return get_event(session, ref).id


def desk_name(ctx: CliContext) -> str:
    """--desk / $DESK_APP_DESK first, then the name saved in the settings, else the
    host name."""
    if ctx.desk != default_desk_name():
        return ctx.desk
    return saved_desk_name() or ctx.desk


def run_gui(ctx: CliContext) -> int:
    setup_logging()  # the CLI set it up already (with --verbose); idempotent
    app = ensure_application()
    event_id = _pick_event(ctx.db, ctx.event_ref)
    if event_id is None:
        return 1
    window = build_window(ctx.db, event_id, desk_name(ctx))
    install_error_guard(window.message_bar.show_error)
    window.show()
    return int(app.exec())
