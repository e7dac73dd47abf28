"""Fixtures of the desktop tests: the main window over a demo database, and the UI language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop.app import open_or_create_demo
from desktop.i18n import ENGLISH, THAI, install_translations, remove_translations
from desktop.main_window import MainWindow


@pytest.fixture(autouse=True)
def no_unexpected_modal(monkeypatch) -> None:
    """A modal box or dialog that a test did not expect would wait forever offscreen: fail instead.

    A test that expects one replaces the method itself (its monkeypatch wins over this one).
    """

    def refuse(kind: str):  # type: ignore[no-untyped-def]
        def shown(*args, **_kwargs):  # type: ignore[no-untyped-def]
            texts = [a for a in args if isinstance(a, str)]
            raise AssertionError(f"unexpected modal {kind}: {texts}")

        return shown

    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, refuse(f"QMessageBox.{name}"))
    monkeypatch.setattr(QDialog, "exec", refuse("QDialog.exec"))


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
