"""Division worksheets in the GUI: export per unit, read back with a preview, one undo step."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QMessageBox

from db.services.plans import list_plans
from db.services.rounds import get_progress, list_rounds, round_progress
from desktop.app import open_or_create_demo
from desktop.rounds import worksheet_dialogs
from desktop.rounds.worksheet_dialogs import WorksheetPreview, export_for_units, import_filled
from tests.db.exchange.test_worksheets import ITEMS, fill, rows_of


@pytest.fixture
def twelve(tmp_path: Path):
    database = open_or_create_demo(tmp_path / "demo.db")
    round_ = list_rounds(database, list_plans(database)[0].uuid)[1]  # the 12-month round, not submitted
    yield database, round_
    database.dispose()


def test_export_then_import_with_a_preview_is_one_undo_step(
    twelve, qtbot, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QWidget

    database, round_ = twelve
    parent = QWidget()
    qtbot.addWidget(parent)
    folder = tmp_path / "ส่งกอง"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    export_for_units(parent, database, round_.uuid, tmp_path)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    files = sorted(folder.glob("*.xlsx"))
    assert files and str(len(files)) in shown[0].translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789"))

    target = next(p for p in round_progress(database, round_.uuid) if not p.reported)
    path = next(p for p in files if target.item_uuid in rows_of(openpyxl.load_workbook(p)[ITEMS]))
    fill(path, target.item_uuid, {"หมายเหตุ": "ตรวจแล้ว"})
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(path)], ""))
    previews = []
    monkeypatch.setattr(WorksheetPreview, "exec", lambda self: previews.append(self) or 1)
    stack = QUndoStack()
    reloaded = []

    def push(command) -> bool:
        command.apply()
        command.pre_applied = True
        stack.push(command)
        return True

    import_filled(parent, database, round_.uuid, tmp_path, push, reloaded.append)
    qtbot.waitUntil(lambda: stack.count() == 1, timeout=10000)
    tree = previews[0].tree
    assert tree.topLevelItemCount() == 1 and tree.topLevelItem(0).child(0).text(2) == "ตรวจแล้ว"
    assert get_progress(database, round_uuid=round_.uuid, item_uuid=target.item_uuid).remarks == "ตรวจแล้ว"
    assert reloaded == [{target.item_uuid}]
    stack.undo()
    undone = get_progress(database, round_uuid=round_.uuid, item_uuid=target.item_uuid)
    assert not undone.reported and undone.remarks == target.remarks
    stack.redo()
    assert get_progress(database, round_uuid=round_.uuid, item_uuid=target.item_uuid).remarks == "ตรวจแล้ว"
    assert not worksheet_dialogs._running


def test_a_foreign_file_is_refused_with_its_thai_message(twelve, qtbot, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QWidget

    database, round_ = twelve
    parent = QWidget()
    qtbot.addWidget(parent)
    bad = tmp_path / "อื่น.xlsx"
    bad.write_bytes(b"not a workbook")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(bad)], ""))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    import_filled(parent, database, round_.uuid, tmp_path, lambda c: pytest.fail("nothing to push"), print)
    qtbot.waitUntil(lambda: bool(warnings), timeout=10000)
    assert "อ่านแบบรายงานไม่ได้" in warnings[0]
