"""Start the desktop application on a database file."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any

from db.services.demo import create_demo
from db.services.offices import list_offices
from db.services.workspace import open_workspace
from db.thai import fiscal_year_of

ORGANISATION, APPLICATION = "Sujarit", "Sujarit"


def open_or_create_demo(path: Path) -> Any:
    """Open ``path``; a file without any office gets the demonstration data so there is something to see."""
    database = open_workspace(path)
    if not list_offices(database):
        create_demo(database, with_rounds=True)
    return database


def first_start(database: Any, parent: Any = None, *, today: date | None = None) -> bool:
    """Ask a new file's clerk for the office profile (or demo data); False when they cancel.

    The office gets a plan over the framework in force for the current fiscal year (the newest
    framework when none covers it yet).
    """
    from db.errors import BadInput, ValidationFailed
    from db.services.frameworks import framework_for_year, list_frameworks
    from db.services.offices import create_office, validate_office
    from db.services.plans import create_plan
    from desktop.editors.office_wizard import OfficeWizard

    wizard = OfficeWizard(validate=lambda draft: tuple(validate_office(draft)), parent=parent)
    if not wizard.exec():
        return False
    if wizard.choice() == "demo":
        create_demo(database)
        return True
    try:
        office = create_office(database, wizard.office_draft())
    except ValidationFailed:  # the wizard validated already; a race is the only way here
        return False
    try:
        framework = framework_for_year(database, fiscal_year_of(today or date.today()))
    except BadInput:
        framework = list_frameworks(database)[-1]
    create_plan(
        database,
        office_uuid=office.uuid,
        framework_code=framework.code,
        first_fiscal_year=framework.first_fiscal_year,
        last_fiscal_year=framework.last_fiscal_year,
    )
    return True


def run_app(path: Path, *, demo_if_empty: bool = False, language: str | None = None) -> int:
    """Open the main window on ``path``; ``language`` ("th"/"en") overrides the saved UI language."""
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from db.errors import UserFacingError
    from desktop.fonts import load_ui_font
    from desktop.i18n import choose_language, install_translations
    from desktop.main_window import MainWindow
    from desktop.qt_workarounds import keep_singletons_alive

    keep_singletons_alive()
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setFont(load_ui_font())
    install_translations(app, choose_language(QSettings(), language))
    try:
        database = open_or_create_demo(path) if demo_if_empty else open_workspace(path)
    except UserFacingError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("MainWindow", "สุจริต"), exc.message_th)
        return 2
    try:
        if not list_offices(database) and not first_start(database):
            return 0
        window = MainWindow(database, QSettings())
        window.show()
        return app.exec()
    finally:
        database.dispose()
