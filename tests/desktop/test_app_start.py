"""Starting on a file: demo data when asked, the bundled font, nothing added twice."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from db.services.offices import list_offices
from desktop.app import open_or_create_demo
from desktop.fonts import load_ui_font


def test_an_empty_file_gets_demo_data_once(tmp_path) -> None:
    path = tmp_path / "again.db"
    open_or_create_demo(path).dispose()
    database = open_or_create_demo(path)
    try:
        assert [o.name for o in list_offices(database)] == ["เทศบาลตำบลสุจริตพัฒนา"]
    finally:
        database.dispose()


def test_the_ui_font_is_the_bundled_sarabun(qapp) -> None:
    font = load_ui_font()
    assert font.family() == "Sarabun"
    assert "Sarabun" in QFontDatabase.families()
