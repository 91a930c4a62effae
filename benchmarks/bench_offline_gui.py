"""Does the desk window keep running when its PostgreSQL server goes away? (issue 7)

A real window (offscreen) on a private throw-away cluster, polling and syncing as in
production. A 20 ms timer on the GUI thread records the longest gap between two ticks
(a frozen event loop shows as a long gap) in each phase:

1. online (baseline);
2. server stopped: connections are refused at once;
3. server hung: a silent listener on the server's port accepts connections and never
   answers, so every connection attempt waits for the 2 s connect timeout (a server
   laptop that froze, or a switch that drops packets);
4. server back: time until the header says online and the queue is sent.

A badge is scanned in each phase; its answer time is reported too. Also: one scan made
in the instant the server hangs, before the window noticed (the worst single wait).

usage: .venv/bin/python benchmarks/bench_offline_gui.py [--seconds 6]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import socket
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402  (needs the path above as a script)
from PySide6.QtWidgets import QApplication  # noqa: E402

from desk_app.db.engine import open_database  # noqa: E402
from desk_app.gui.app import build_window, ensure_application  # noqa: E402
from desk_app.gui.main_window import MainWindow  # noqa: E402
from tests.gui.conftest import build_gui_event  # noqa: E402
from tests.multidesk.pg_server import PrivatePgServer  # noqa: E402

TICK_MS = 20


class GapMeter:
    """Longest gap between ticks of a GUI-thread timer since the last reset."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.reset()
        self.timer.start()

    def reset(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0
        self.ticks = 0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now
        self.ticks += 1


def run_loop(app: QApplication, seconds: float,
             until: Callable[[], bool] | None = None) -> float:
    """Process events for ``seconds`` (or until ``until()``); returns the time spent."""
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        app.processEvents()
        if until is not None and until():
            break
        time.sleep(0.002)
    return time.perf_counter() - start


@contextlib.contextmanager
def silent_listener(port: int) -> Iterator[None]:
    """Accept connections on ``port`` and never answer (a hung server)."""
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", port))
    sock.listen(64)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        sock.settimeout(0.2)
        while not stop.is_set():
            with contextlib.suppress(TimeoutError, OSError):
                held.append(sock.accept()[0])

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()
        for conn in held:
            conn.close()
        sock.close()


def scan(window: MainWindow, code: str) -> tuple[float, str]:
    start = time.perf_counter()
    window.reception.check_in_code(code)
    return time.perf_counter() - start, window.reception.card.content.kind


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=6.0, help="length of each phase")
    args = parser.parse_args()
    app = ensure_application()
    server = PrivatePgServer()
    server.start()
    db = open_database(server.url)
    try:
        gui = build_gui_event(db)
        codes = iter(gui.badge_codes[f"P{i}"] for i in range(3, 9))
        with tempfile.TemporaryDirectory() as tmp:
            window = build_window(db, gui.event_id, "Desk 1",
                                  queue_path=Path(tmp) / "queue.sqlite")
            window.show()
            meter = GapMeter()
            rows: list[tuple[str, float, str]] = []

            def phase(name: str, seconds: float) -> None:
                meter.reset()
                run_loop(app, seconds / 2)
                took, kind = scan(window, next(codes))
                run_loop(app, seconds / 2)
                rows.append((name, meter.longest, f"scan {kind} in {took * 1000:.0f} ms; "
                             f"header: {window.header.connection.text()}"))

            phase("1 online", args.seconds)
            server.stop()
            detect = run_loop(app, 15, lambda: not window.state.online)
            rows.append(("  stopped -> header offline", detect, ""))
            phase("2 server stopped (refused)", args.seconds)
            with silent_listener(server.port):
                phase("3 server hung (2 s connect timeout)", args.seconds)
            server.start()
            meter.reset()
            back = run_loop(app, 30, lambda: window.state.online
                            and window.state.connection.queued == 0)
            rows.append(("4 server back -> online, queue sent", back,
                         f"longest GUI gap {meter.longest * 1000:.0f} ms; "
                         f"header: {window.header.connection.text()}"))

            # The worst case: the server hangs and a badge is scanned before the window
            # noticed (the scan itself tries the server once).
            run_loop(app, 2)
            server.stop()
            with silent_listener(server.port):
                took, kind = scan(window, next(codes))
                rows.append(("5 scan in the instant the server hangs", took, f"scan {kind}"))
                run_loop(app, 3)
            window.close()
            meter.timer.stop()
    finally:
        db.dispose()
        server.destroy()

    print("| phase | longest GUI-thread gap / time (ms) | notes |")
    print("| --- | --- | --- |")
    for name, seconds, note in rows:
        print(f"| {name} | {seconds * 1000:.0f} | {note} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
