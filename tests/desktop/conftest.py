"""Fixtures of the desktop tests: the main window over a demo database, and the UI language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop.app import open_or_create_demo
from desktop.i18n import ENGLISH, THAI, install_translations, remove_translations
from desktop.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path: Path):
    database = open_or_create_demo(tmp_path / "demo.db")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(database, settings)
    qtbot.addWidget(win)
    yield win
    win.database.dispose()
    database.dispose()


@pytest.fixture
def english(qapp):
    """The English UI for one test; afterwards no translation is installed, as in every other test."""
    assert install_translations(qapp, ENGLISH) == ("sujarit_en.qm",)
    yield
    remove_translations(qapp)


@pytest.fixture
def thai(qapp):
    """The Thai UI as the app starts it (with Qt's own texts in Thai) for one test."""
    assert install_translations(qapp, THAI) == ("qtbase_th.qm",)
    yield
    remove_translations(qapp)
