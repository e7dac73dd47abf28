"""Start the desktop application on a database file."""

from __future__ import annotations

import sys
from pathlib import Path

from db.services.demo import create_demo
from db.services.offices import list_offices
from db.services.workspace import open_workspace


def open_or_create_demo(path: Path):
    """Open ``path``; a file without any office gets the demonstration data so there is something to see."""
    database = open_workspace(path)
    if not list_offices(database):
        create_demo(database)
    return database


def run_app(path: Path) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from db.errors import UserFacingError
    from desktop.fonts import load_ui_font
    from desktop.overview_window import OverviewWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Sujarit")
    app.setFont(load_ui_font())
    try:
        database = open_or_create_demo(path)
    except UserFacingError as exc:
        QMessageBox.critical(None, "สุจริต", exc.message_th)
        return 2
    window = OverviewWindow(database)
    window.show()
    try:
        return app.exec()
    finally:
        database.dispose()
