"""The first window shows the office and its plan by มิติ, in the bundled Thai font."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from desktop.app import open_or_create_demo
from desktop.fonts import load_ui_font
from desktop.overview_window import OverviewWindow


def test_an_empty_file_opens_with_demo_data(qtbot, tmp_path) -> None:
    database = open_or_create_demo(tmp_path / "first-start.db")
    try:
        window = OverviewWindow(database)
        qtbot.addWidget(window)
        assert window.windowTitle() == "สุจริต — เทศบาลตำบลสุจริตพัฒนา"
        plan = window.tree.topLevelItem(0)
        assert plan.text(0).startswith("แผนปฏิบัติการป้องกันการทุจริต พ.ศ. ๒๕๖๖–๒๕๗๐")
        dimensions = [plan.child(i).text(0) for i in range(plan.childCount())]
        assert dimensions[0] == "มิติที่ ๑ การสร้างวัฒนธรรมสุจริต"
        assert (
            sum(
                int(plan.child(i).text(1).translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")))
                for i in range(4)
            )
            == 78
        )
    finally:
        database.dispose()


def test_reopening_does_not_add_demo_data_twice(tmp_path) -> None:
    path = tmp_path / "again.db"
    open_or_create_demo(path).dispose()
    database = open_or_create_demo(path)
    try:
        from db.services.offices import list_offices

        assert len(list_offices(database)) == 1
    finally:
        database.dispose()


def test_the_ui_font_is_the_bundled_sarabun(qapp) -> None:
    font = load_ui_font()
    assert font.family() == "Sarabun"
    assert "Sarabun" in QFontDatabase.families()
