"""The main window over a demo database: tree, table, filters, undoable edits, plan tools, printing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from db.services.items import list_items
from desktop.app import open_or_create_demo
from desktop.main_window import MainWindow
from desktop.models.item_table_model import ItemTableModel


def visible_names(win: MainWindow) -> list[str]:
    return [win.proxy.index(r, 0).data(ItemTableModel.RowRole).name for r in range(win.proxy.rowCount())]


def test_models_pass_the_model_tester(window, qtmodeltester) -> None:
    qtmodeltester.check(window.table_model)
    qtmodeltester.check(window.proxy)
    qtmodeltester.check(window.tree_model)


def test_whole_plan_is_listed_with_totals(window) -> None:
    assert window.windowTitle() == "สุจริต — เทศบาลตำบลสุจริตพัฒนา"
    assert window.table_model.rowCount() == 102
    assert window.tree_model.rowCount() == 4
    first = window.tree_model.index(0, 0)
    assert first.data().startswith("มิติที่ ๑ การสร้างวัฒนธรรมสุจริต")
    count = sum(
        int(window.tree_model.index(r, 1).data().translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")))
        for r in range(4)
    )
    assert count == 102
    assert window.status.text().startswith("๑๐๒ รายการ")


def test_choosing_a_year_and_filtering(window) -> None:
    window.year_box.setCurrentIndex(window.year_box.findData(2024))
    rows = window.table_model.rows()
    assert all(r.quarters == (False,) * 4 for r in rows if not r.included)
    window.filters.search.setText("No Gift")
    assert visible_names(window) == ["มาตรการ NO Gift Policy"] or visible_names(window) == []
    window.filters.search.setText("")
    window.filters.dimension.setCurrentIndex(window.filters.dimension.findData(4))
    assert visible_names(window) and all(
        window.proxy.index(r, 0).data(ItemTableModel.RowRole).dimension == 4
        for r in range(window.proxy.rowCount())
    )
    window.filters.incomplete.setChecked(True)
    assert all(
        not window.proxy.index(r, 0).data(ItemTableModel.RowRole).complete
        for r in range(window.proxy.rowCount())
    )


def reported_items(window: MainWindow) -> set[str]:
    """Items with results in a reporting round of the demo (those cannot be deleted)."""
    from db.services.rounds import list_rounds, round_progress

    return {
        p.item_uuid
        for r in list_rounds(window.database, window.plan.uuid)
        for p in round_progress(window.database, r.uuid)
        if p.reported
    }


def test_delete_is_saved_at_once_and_undoable(window, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    reported = reported_items(window)
    row = next(n for n, r in enumerate(window.table_model.rows()) if r.uuid not in reported)
    window.table.selectRow(row)
    name = window.selected_row().name
    window.delete_item()
    assert name not in visible_names(window)
    assert name not in [i.name for i in list_items(window.database, window.plan.uuid)]  # already saved
    window.undo_action.trigger()
    assert visible_names(window)[row] == name
    window.redo_action.trigger()
    assert name not in visible_names(window)
    assert window.undo_stack.count() == 1


def test_an_item_with_reported_results_is_not_deleted(window, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: warnings.append((title, text)))
    reported = reported_items(window)
    row = next(n for n, r in enumerate(window.table_model.rows()) if r.uuid in reported)
    window.table.selectRow(row)
    name = window.selected_row().name
    window.delete_item()
    assert warnings and "มีผลการดำเนินงานที่รายงานไว้แล้ว" in warnings[0][1]
    assert name in visible_names(window) and window.undo_stack.count() == 0


def test_move_item_down_and_undo(window) -> None:
    window.table.selectRow(0)
    first, second = visible_names(window)[:2]
    window.move_item(+1)
    assert visible_names(window)[:2] == [second, first]
    window.undo_stack.undo()
    assert visible_names(window)[:2] == [first, second]


def test_roll_over_and_approval_are_undoable(window, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("พ.ศ. ๒๕๖๖ → ๒๕๖๗", True))
    before = list_items(window.database, window.plan.uuid)
    window.roll_over()
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert list_items(window.database, window.plan.uuid) == before

    from desktop.approve_dialog import ApproveDialog

    monkeypatch.setattr(ApproveDialog, "exec", lambda self: 1)
    monkeypatch.setattr(ApproveDialog, "approved_on", lambda self: date(2022, 9, 30))
    window.approve()
    assert window.plan.approved_on is not None and "อนุมัติแล้ว" in window.status.text()
    window.undo_stack.undo()
    assert window.plan.approved_on is None


def test_completeness_dialog_lists_findings(window, qtbot, monkeypatch) -> None:
    from desktop.completeness_dialog import CompletenessDialog

    shown: list[CompletenessDialog] = []
    monkeypatch.setattr(CompletenessDialog, "exec", lambda self: shown.append(self) or 0)
    window.check_completeness()
    (dialog,) = shown
    incomplete = sum(1 for r in window.table_model.rows() if not r.complete)
    assert incomplete > 0 and dialog.list.count() >= incomplete


def test_print_preview_shows_the_plan_table_pdf(window, qtbot) -> None:
    window.year_box.setCurrentIndex(window.year_box.findData(2024))
    task = window.printing.preview(window.printing._plan_table, show=False)
    with qtbot.waitSignal(task.finished, timeout=30000):
        pass
    qtbot.waitUntil(lambda: window.printing.last_preview is not None, timeout=5000)
    preview = window.printing.last_preview
    assert preview.page_count >= 2
    saved = preview.save_pdf(Path(window.database.path).with_name("plan.pdf"))
    assert saved is not None and saved.read_bytes().startswith(b"%PDF")
    xlsx = preview.save_excel(Path(window.database.path).with_name("plan.xlsx"))
    assert xlsx is not None and xlsx.stat().st_size > 0


def test_geometry_and_plan_are_remembered(window, tmp_path: Path) -> None:
    window.close()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert settings.value("main/plan") == window.plan.uuid
    assert settings.value("main/geometry") is not None


def test_switching_files_remembers_them(window, tmp_path: Path) -> None:

    other = tmp_path / "other.db"
    open_or_create_demo(other).dispose()
    assert window.switch_database(other)
    assert window.database.path == other
    assert window.recent_files()[:2] == [str(other), str(tmp_path / "demo.db")]
    assert window.undo_stack.count() == 0 and window.table_model.rowCount() == 102


def test_a_corrupt_file_is_refused_with_a_message(window, tmp_path: Path, monkeypatch) -> None:
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"not a database" * 500)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    assert not window.switch_database(broken)
    assert "broken.db" in warnings[0]
    assert window.database.path == tmp_path / "demo.db"


def test_catalog_add_copies_personalised_examples_and_undoes(window, monkeypatch) -> None:
    from desktop.editors.catalog_picker import CatalogPicker

    monkeypatch.setattr(CatalogPicker, "exec", lambda self: 1)
    monkeypatch.setattr(CatalogPicker, "selected_seqs", lambda self: (23, 40))
    monkeypatch.setattr(CatalogPicker, "fiscal_years", lambda self: range(2024, 2026))
    before = window.table_model.rowCount()
    window.add_from_catalog()
    added = [i for i in list_items(window.database, window.plan.uuid)][-2:]
    assert window.table_model.rowCount() == before + 2
    assert [i.catalog_seq for i in added] == [23, 40]
    assert all("โคกก่อ" not in i.name for i in added)
    assert [y.fiscal_year for y in added[0].years] == [2024, 2025]
    assert window.selected_row().uuid == added[0].uuid
    window.undo_stack.undo()
    assert window.table_model.rowCount() == before
    window.undo_stack.redo()
    assert [i.uuid for i in list_items(window.database, window.plan.uuid)][-2:] == [i.uuid for i in added]


def test_first_start_with_the_wizard_creates_the_office_and_a_plan(tmp_path: Path, monkeypatch, qapp) -> None:
    from db.services.offices import OfficeDraft
    from db.services.plans import list_plans
    from db.services.vocabulary import OfficeKind
    from db.services.workspace import open_workspace
    from desktop.app import first_start
    from desktop.editors.office_wizard import OfficeWizard

    draft = OfficeDraft(
        name="องค์การบริหารส่วนตำบลวังทอง",
        kind=OfficeKind.SAO,
        district="ภักดีชุมพล",
        province="ชัยภูมิ",
        units=("สำนักปลัด", "กองคลัง"),
    )
    monkeypatch.setattr(OfficeWizard, "exec", lambda self: 1)
    monkeypatch.setattr(OfficeWizard, "choice", lambda self: "office")
    monkeypatch.setattr(OfficeWizard, "office_draft", lambda self: draft)
    database = open_workspace(tmp_path / "new.db")
    try:
        assert first_start(database, today=date(2026, 11, 22))
        (plan,) = list_plans(database)
        assert plan.office_name == "องค์การบริหารส่วนตำบลวังทอง"
        assert (plan.first_fiscal_year, plan.last_fiscal_year) == (2023, 2027)
        assert plan.item_count == 0
        other = open_workspace(tmp_path / "later.db")
        assert first_start(other, today=date(2031, 1, 5))  # no framework yet: the newest one
        assert list_plans(other)[0].framework_code == "nacc-2566-2570"
        other.dispose()
    finally:
        database.dispose()


def test_editing_through_the_item_editor_is_saved_and_undoable(window, monkeypatch) -> None:
    from dataclasses import replace

    from desktop.editors.item_editor import ItemEditor

    window.table.selectRow(0)
    row = window.selected_row()
    original = next(i for i in list_items(window.database, window.plan.uuid) if i.uuid == row.uuid)
    changed = replace(original.as_draft(), name="โครงการที่แก้ชื่อแล้ว", objectives=("ข้อเดียว",))
    monkeypatch.setattr(ItemEditor, "exec", lambda self: 1)
    monkeypatch.setattr(ItemEditor, "draft", lambda self: changed)
    window.edit_item()
    saved = next(i for i in list_items(window.database, window.plan.uuid) if i.uuid == row.uuid)
    assert (saved.name, saved.objectives) == ("โครงการที่แก้ชื่อแล้ว", ("ข้อเดียว",))
    assert window.undo_stack.undoText() == "แก้ไข โครงการที่แก้ชื่อแล้ว"
    window.undo_stack.undo()
    restored = next(i for i in list_items(window.database, window.plan.uuid) if i.uuid == row.uuid)
    assert restored == original


def test_an_editor_closed_without_changes_adds_no_undo_step(window, monkeypatch) -> None:
    from desktop.editors.item_editor import ItemEditor

    window.table.selectRow(0)
    monkeypatch.setattr(ItemEditor, "exec", lambda self: 1)
    window.edit_item()  # the editor returns the item exactly as loaded
    assert window.undo_stack.count() == 0


def test_sorting_by_name_and_back_to_plan_order(window) -> None:
    from PySide6.QtCore import Qt

    plan_order = visible_names(window)
    window.table.sortByColumn(ItemTableModel.COL_NAME, Qt.SortOrder.AscendingOrder)
    assert visible_names(window) == sorted(plan_order)
    window.table.sortByColumn(ItemTableModel.COL_NUMBER, Qt.SortOrder.DescendingOrder)
    assert visible_names(window) == list(reversed(plan_order))
    window.table.sortByColumn(ItemTableModel.COL_NUMBER, Qt.SortOrder.AscendingOrder)
    assert visible_names(window) == plan_order


def test_the_approval_date_is_entered_in_buddhist_era(qtbot) -> None:
    from desktop.approve_dialog import ApproveDialog

    dialog = ApproveDialog("แผน พ.ศ. ๒๕๖๖–๒๕๗๐", today=date(2022, 9, 30))
    qtbot.addWidget(dialog)
    assert dialog.approved_on() == date(2022, 9, 30)
    dialog.date.lineEdit.setText("31 ก.พ. 2566")  # no such day: refused, kept, dialog open
    dialog._accept()
    assert dialog.result() == 0 and dialog.error.isVisibleTo(dialog)
    assert dialog.date.lineEdit.text() == "31 ก.พ. 2566"
    dialog.date.lineEdit.setText("๑ ตุลาคม ๒๕๖๕")
    dialog._accept()
    assert dialog.result() == 1 and dialog.approved_on() == date(2022, 10, 1)


def test_a_failed_save_is_explained_and_not_put_on_the_undo_stack(window, monkeypatch) -> None:
    import desktop.commands
    from db.errors import StorageUnavailable

    def locked(*_args, **_kwargs) -> None:
        raise StorageUnavailable("ไฟล์ฐานข้อมูลถูกใช้งานอยู่โดยโปรแกรมอื่น")

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    monkeypatch.setattr(desktop.commands, "delete_item", locked)
    window.table.selectRow(0)
    name = window.selected_row().name
    window.delete_item()
    assert warnings == ["ไฟล์ฐานข้อมูลถูกใช้งานอยู่โดยโปรแกรมอื่น"]
    assert window.undo_stack.count() == 0
    assert visible_names(window)[0] == name


def test_an_undo_that_cannot_be_saved_leaves_the_stack_as_the_data_is(window, qtbot, monkeypatch) -> None:
    import desktop.commands
    from db.errors import StorageUnavailable

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    reported = reported_items(window)
    row = next(n for n, r in enumerate(window.table_model.rows()) if r.uuid not in reported)
    window.table.selectRow(row)
    name = window.selected_row().name
    window.delete_item()
    assert window.undo_stack.index() == 1

    def locked(*_args, **_kwargs) -> None:
        raise StorageUnavailable("พื้นที่ดิสก์เต็ม")

    monkeypatch.setattr(desktop.commands, "restore_item", locked)
    window.undo_action.trigger()  # fails: the item is still deleted in the file
    qtbot.waitUntil(lambda: window.undo_stack.index() == 1, timeout=2000)
    assert warnings == ["พื้นที่ดิสก์เต็ม"]
    assert name not in visible_names(window)
    monkeypatch.undo()  # the disk has room again
    window.undo_action.trigger()
    assert visible_names(window)[row] == name


def test_reloading_only_what_an_edit_touched_shows_what_a_full_reload_shows(window, monkeypatch) -> None:
    from dataclasses import replace

    from db.services.items import get_item
    from db.services.plan_overview import item_rows
    from desktop.commands import AddItemsCommand, DeleteItemCommand, MoveItemCommand, ReplaceItemCommand

    def tree_texts() -> list[str]:
        model, out, stack = window.tree_model, [], [window.tree_model.index(r, 0) for r in range(4)]
        while stack:
            index = stack.pop()
            out.append("|".join(index.siblingAtColumn(c).data() or "" for c in range(3)))
            stack.extend(model.index(r, 0, index) for r in range(model.rowCount(index)))
        return out

    def shows_the_database() -> None:
        shown = (window.table_model.rows(), tree_texts(), window.status.text())
        window.reload()  # everything read again
        assert shown == (window.table_model.rows(), tree_texts(), window.status.text())

    read_everything = []
    monkeypatch.setattr(
        "desktop.main_window.list_items", lambda *a: read_everything.append(a) or list_items(*a)
    )
    window.year_box.setCurrentIndex(window.year_box.findData(2024))
    read_everything.clear()
    rows = window.table_model.rows()
    free = next(r.uuid for r in rows[1:] if r.uuid not in reported_items(window))  # can be deleted
    moved = next(r.uuid for r in rows[5:] if r.uuid != free)
    first, second = get_item(window.database, rows[0].uuid), get_item(window.database, free)
    edits = [  # each made when its turn comes, from the data as it is then (as the window does)
        lambda: ReplaceItemCommand(
            window.database, first, replace(first.as_draft(), name="ชื่อใหม่", indicators=()), window.reload
        ),
        lambda: DeleteItemCommand(window.database, second, window.reload),
        lambda: MoveItemCommand(window.database, get_item(window.database, moved), 0, window.reload),
        lambda: AddItemsCommand(
            window.database, window.plan.uuid, [replace(first.as_draft(), name="ใหม่")], window.reload
        ),
    ]
    for make in edits:
        assert window._push(make())
        assert not read_everything, "an edit must not read the whole plan again"
        shows_the_database()
        read_everything.clear()
    assert window.table_model.rows()[0].uuid == moved
    assert any(r.name == "ชื่อใหม่" and not r.complete for r in window.table_model.rows())
    for _ in edits:
        window.undo_action.trigger()
        assert not read_everything
        shows_the_database()
        read_everything.clear()
    assert (
        window.table_model.rows()
        == item_rows(window.database, plan_uuid=window.plan.uuid, fiscal_year=2024)
        == rows
    )


def test_moving_after_a_delete_and_undoing_both_restores_the_order(window, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    before = visible_names(window)
    reported = reported_items(window)
    gap = next(n for n, r in enumerate(window.table_model.rows()) if r.uuid not in reported)
    window.table.selectRow(gap)
    window.delete_item()  # leaves a gap in the stored positions
    window.select_item(window.table_model.rows()[gap + 3].uuid)
    window.move_item(-1)
    assert visible_names(window)[gap + 2] == before[gap + 4]
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert visible_names(window) == before


def test_the_toolbar_keeps_short_undo_texts_and_the_history_speaks_thai(window, monkeypatch) -> None:
    from PySide6.QtWidgets import QToolBar, QUndoView

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    toolbar = window.findChild(QToolBar, "main-toolbar")
    undo, redo = (a for a in toolbar.actions() if a.text() in ("เลิกทำ", "ทำซ้ำ"))
    assert not undo.isEnabled() and not redo.isEnabled()
    assert window.findChild(QUndoView).emptyLabel() == "<ยังไม่มีการแก้ไข>"
    window.table.selectRow(0)
    window.move_item(+1)
    assert undo.isEnabled() and undo.text() == "เลิกทำ" and undo.toolTip().startswith("ย้ายลำดับ")
    undo.trigger()
    assert redo.isEnabled() and not undo.isEnabled()


def test_the_reporting_tab_shows_the_newest_round_and_takes_over_the_keys(window, qtbot) -> None:
    from db.thai.fiscal import RoundKind

    found = window.current_round()
    assert (found.fiscal_year, found.kind) == (2024, RoundKind.TWELVE_MONTH)
    assert window.tabs.count() == 2 and window.tabs.tabText(1) == "รายงานผล"
    window.reporting.show_action.trigger()
    assert window.tabs.currentIndex() == 1
    assert window.toolbar.isHidden() and window.status.isHidden() and not window.find_action.isEnabled()
    assert not window.edit_action.isEnabled() and window.reporting.view.model.rowCount() > 0
    window.tabs.setCurrentIndex(0)
    assert not window.toolbar.isHidden() and window.find_action.isEnabled()


@pytest.mark.parametrize("form", ["_progress", "_announcement", "_evidence", "_changes"])
def test_the_rounds_forms_print_from_the_menu(window, qtbot, form) -> None:
    task = window.printing.preview(getattr(window.printing, form), show=False)
    with qtbot.waitSignal(task.finished, timeout=60000):
        pass
    qtbot.waitUntil(lambda: window.printing.last_preview is not None, timeout=5000)
    assert window.printing.last_preview.page_count >= 1


def test_the_ita_report_says_when_there_is_none(window, qtbot, monkeypatch) -> None:
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    task = window.printing.preview(window.printing._ita, show=False)
    with qtbot.waitSignal(task.finished, timeout=30000):
        pass
    qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    assert "ยังไม่มีรายงานมาตรการ ITA ของปีงบประมาณ พ.ศ. ๒๕๖๗" in warnings[0]


def test_the_ita_report_is_edited_saved_undone_and_printed(window, qtbot, monkeypatch) -> None:
    from db.services.ita import get_ita_report
    from desktop.ita.ita_editor import ItaEditor
    from tests.fixtures.ita001 import ITA001

    opened = []
    monkeypatch.setattr(ItaEditor, "exec", lambda self: opened.append(self) or 1)
    monkeypatch.setattr(ItaEditor, "draft", lambda self: ITA001)
    window.reporting.ita_action.trigger()
    assert opened and "๒๕๖๗" in opened[0].windowTitle()  # the year of the round shown
    office = window.office.uuid
    saved = get_ita_report(window.database, office_uuid=office, fiscal_year=2024)
    assert saved is not None and [m.title for m in saved.measures] == [m.title for m in ITA001.measures]
    task = window.printing.preview(window.printing._ita, show=False)
    with qtbot.waitSignal(task.finished, timeout=30000):
        pass
    qtbot.waitUntil(lambda: window.printing.last_preview is not None, timeout=5000)
    assert window.printing.last_preview.page_count >= 10
    window.undo_action.trigger()
    assert get_ita_report(window.database, office_uuid=office, fiscal_year=2024) is None
