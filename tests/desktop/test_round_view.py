"""The round view over the demo's rounds: table and filters, choosing rounds, undoable progress edits
through an editor factory, submit and unlock with the audit trail, the summary dialog and the charts."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWidget

from db.errors import UserFacingError, ValidationFailed
from db.services.offices import list_offices
from db.services.plans import list_plans
from db.services.progress_report import build_progress_report
from db.services.rounds import (
    ProgressDraft,
    RoundSummary,
    get_progress,
    get_round,
    list_rounds,
    round_changes,
)
from db.services.vocabulary import AuditAction, ProgressStatus, RoundKind
from desktop.app import open_or_create_demo
from desktop.commands import ServiceCommand
from desktop.rounds.charts import BudgetChart, StatusChart
from desktop.rounds.progress_table_model import (
    NOT_REPORTED,
    STATUS_COLOURS,
    ProgressFilterProxy,
    ProgressTableModel,
    dimension_of,
)
from desktop.rounds.round_summary_dialog import RoundSummaryDialog
from desktop.rounds.round_view import RoundCheckDialog, RoundView, summary_problems
from desktop.rounds.unlock_dialog import UnlockDialog

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

YEAR = 2024  # the demo's rounds: ปีงบประมาณ พ.ศ. ๒๕๖๗
ARABIC = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def type_text(widget: QWidget, text: str) -> None:
    """keyClicks aborts on Thai in PySide6 6.12: send one key event carrying each character."""
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    """The demo with its rounds, built once; each test works on its own copy."""
    path = tmp_path_factory.mktemp("round-view") / "demo.db"
    open_or_create_demo(path).dispose()
    return path


@pytest.fixture
def database(demo_file: Path, tmp_path: Path) -> Iterator[Any]:
    copy = tmp_path / "demo.db"
    shutil.copyfile(demo_file, copy)
    db = open_or_create_demo(copy)
    yield db
    db.dispose()


class FakeEditor:
    """Stands in for the progress editor: accepts (or not) with a prepared draft."""

    def __init__(self, accepted: bool, draft: ProgressDraft | None, kwargs: dict[str, Any]) -> None:
        self.accepted, self._draft, self.kwargs = accepted, draft, kwargs

    def exec(self) -> int:
        return int(self.accepted)

    def draft(self) -> ProgressDraft:
        assert self._draft is not None
        return self._draft


class EditorFactory:
    def __init__(self) -> None:
        self.opened: list[dict[str, Any]] = []
        self.accepted = True
        self.make_draft = lambda progress: progress.as_draft()

    def __call__(self, **kwargs: Any) -> FakeEditor:
        self.opened.append(kwargs)
        return FakeEditor(self.accepted, self.make_draft(kwargs["progress"]), kwargs)


@pytest.fixture
def errors(monkeypatch) -> list[Exception]:
    shown: list[Exception] = []
    monkeypatch.setattr(ServiceCommand, "report_error", shown.append)
    return shown


@pytest.fixture
def view(qtbot, database, errors) -> Iterator[RoundView]:
    stack = QUndoStack()

    def push(command: Any) -> bool:  # as MainWindow._push
        try:
            command.apply()
        except (UserFacingError, ValidationFailed) as exc:
            errors.append(exc)
            return False
        command.pre_applied = True
        command._stack = stack
        stack.push(command)
        return True

    widget = RoundView(database, stack, push, errors.append)
    widget.editor_factory = EditorFactory()
    widget._test_stack = stack  # keep the stack alive with the view
    qtbot.addWidget(widget)
    office = list_offices(database)[0]
    plan = list_plans(database, office.uuid)[0]
    widget.set_plan(plan.uuid, plan.fiscal_years, office.units)
    yield widget


def rows(view: RoundView) -> list[Any]:
    return [view.proxy.index(n, 0).data(ProgressTableModel.RowRole) for n in range(view.proxy.rowCount())]


def shown(view: RoundView, item_uuid: str, column: int) -> str:
    row = next(n for n, r in enumerate(view.model.rows()) if r.item_uuid == item_uuid)
    return view.model.index(row, column).data()


# -- the table -----------------------------------------------------------------------------------------
def test_model_and_proxy_pass_the_model_tester(view, qtmodeltester) -> None:
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.proxy)
    view.status_filter.setCurrentIndex(view.status_filter.findData(NOT_REPORTED))
    qtmodeltester.check(view.proxy)


def test_the_proxy_alone_passes_with_filters(database, qtmodeltester) -> None:
    model = ProgressTableModel()
    proxy = ProgressFilterProxy()
    proxy.setSourceModel(model)
    round_ = list_rounds(database, plan_of(database))[-1]
    model.set_rows(build_progress_report(database, round_uuid=round_.uuid).rows)
    proxy.set_filters(dimension=2, status=ProgressStatus.DONE)
    proxy.sort(ProgressTableModel.COL_BUDGET, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    assert proxy.rowCount() > 0


def plan_of(database) -> str:
    return list_plans(database, list_offices(database)[0].uuid)[0].uuid


def test_set_rows_repaints_only_the_rows_that_changed(view, qtbot) -> None:
    before = view.model.rows()
    changed = replace(before[3], progress=replace(before[3].progress, amount_disbursed=Decimal("1.00")))
    after = (*before[:3], changed, *before[4:])
    repainted: list[tuple[int, int]] = []
    view.model.dataChanged.connect(lambda top, bottom, *_: repainted.append((top.row(), bottom.row())))
    with qtbot.assertNotEmitted(view.model.modelReset):
        view.model.set_rows(after)
    assert repainted == [(3, 3)]
    assert view.model.index(3, ProgressTableModel.COL_DISBURSED).data() == "๑"
    with qtbot.waitSignal(view.model.modelReset):
        view.model.set_rows(tuple(reversed(after)))


def test_the_newest_round_is_shown_with_its_carried_rows(view) -> None:
    assert view.round_title() == "ปีงบประมาณ ๒๕๖๗ · รอบ ๑๒ เดือน (ผลงานสะสม)"
    assert view.round.kind is RoundKind.TWELVE_MONTH and not view.round.locked
    assert view.chip.text() == "ร่าง"
    model = view.model
    assert model.rowCount() == 99
    assert model.index(0, ProgressTableModel.COL_NUMBER).data() == "๑.๑.๑ (๑)"
    carried = next(n for n, r in enumerate(model.rows()) if r.progress.carried)
    status = model.index(carried, ProgressTableModel.COL_STATUS)
    assert status.data(Qt.ItemDataRole.FontRole).italic()
    assert "(ยกมาจากรอบ ๖ เดือน)" in status.data(Qt.ItemDataRole.ToolTipRole)
    missing = next(n for n, r in enumerate(model.rows()) if r.status is None)
    assert model.index(missing, ProgressTableModel.COL_STATUS).data() == "ยังไม่รายงาน"
    assert model.index(missing, ProgressTableModel.COL_STATUS).data(Qt.ItemDataRole.DecorationRole) == QColor(
        STATUS_COLOURS[None]
    )
    assert "ตัวเอียง: ยกมาจากรอบ ๖ เดือน ๒๖ รายการ" in view.totals.text()
    assert view.totals.text().startswith("๙๙ รายการ")
    assert not view.unlock_button.isEnabled() and view.submit_button.isEnabled()


def test_filters_by_status_unit_dimension_and_search(view) -> None:
    every = view.model.rows()
    view.status_filter.setCurrentIndex(view.status_filter.findData(NOT_REPORTED))
    assert rows(view) and all(r.status is None for r in rows(view))
    assert len(rows(view)) == sum(1 for r in every if r.status is None)
    view.status_filter.setCurrentIndex(view.status_filter.findData(ProgressStatus.NOT_POSSIBLE))
    assert view.status_filter.currentText() == "ไม่สามารถดำเนินการได้"
    assert rows(view) and all(r.status is ProgressStatus.NOT_POSSIBLE for r in rows(view))
    view.status_filter.setCurrentIndex(0)
    view.unit_filter.setCurrentIndex(view.unit_filter.findData("กองคลัง"))
    assert rows(view) and {r.responsible for r in rows(view)} == {"กองคลัง"}
    view.dimension_filter.setCurrentIndex(view.dimension_filter.findData(2))
    assert rows(view) and all(dimension_of(r) == 2 and r.responsible == "กองคลัง" for r in rows(view))
    view.clear_filters()
    assert len(rows(view)) == len(every)
    type_text(view.search, "ผลประโยชน์ทับซ้อน")
    assert rows(view) and all("ผลประโยชน์ทับซ้อน" in r.name for r in rows(view))
    view.search.setText("๑.๑.๑ (๒)")
    assert [r.number for r in rows(view)] == ["1.1.1 (2)"]


def test_choosing_rounds(view, database, qtbot) -> None:
    with qtbot.waitSignal(view.round_changed) as signal:
        view.choose_round(YEAR, RoundKind.SIX_MONTH)
    assert signal.args[0].kind is RoundKind.SIX_MONTH and signal.args[0].locked
    assert view.chip.text().startswith("ส่งแล้ว ")
    assert not any(r.progress.carried for r in view.model.rows())
    assert not view.submit_button.isEnabled() and view.unlock_button.isEnabled()
    view.table.selectRow(0)
    assert not view.edit_button.isEnabled()
    begun = len(list_rounds(database, view.plan_uuid))
    view.choose_round(YEAR + 1, RoundKind.SIX_MONTH)  # begun the first time it is chosen
    assert len(list_rounds(database, view.plan_uuid)) == begun + 1
    assert view.round.fiscal_year == YEAR + 1 and view.chip.text() == "ร่าง"
    assert view.model.rowCount() > 0 and all(r.status is None for r in view.model.rows())
    view.set_plan(view.plan_uuid, range(2023, 2028), ("สำนักปลัด",))  # the same plan: the same round
    assert view.round.fiscal_year == YEAR + 1
    view.set_plan(None, (), ())
    assert view.round is None and view.model.rowCount() == 0 and not view.chip.isVisible()
    assert not view.summary_button.isEnabled()


# -- editing progress ----------------------------------------------------------------------------------
def test_an_edit_is_saved_at_once_and_undo_goes_back_to_not_reported(view, database) -> None:
    factory = view.editor_factory
    row = next(r for r in view.model.rows() if r.status is None and not r.progress.carried)
    uuid, round_uuid = row.item_uuid, view.round.uuid
    factory.make_draft = lambda progress: replace(
        progress.as_draft(), status=ProgressStatus.DONE, results_text="อบรมแล้ว ๕๐ คน"
    )
    view.select_item(uuid)
    view.edit_progress()
    opened = factory.opened[-1]
    assert opened["item"].uuid == uuid and opened["label"] == row.number
    assert opened["read_only"] is False and opened["evidence"] is None  # nothing saved yet to attach to
    assert opened["round_title"] == view.round_title()
    assert tuple(opened["validate"](opened["progress"].as_draft())) == ()
    assert get_progress(database, round_uuid=round_uuid, item_uuid=uuid).status is ProgressStatus.DONE
    assert shown(view, uuid, ProgressTableModel.COL_STATUS) == "ดำเนินการแล้วเสร็จ"
    stack = view._test_stack
    assert stack.count() == 1 and stack.undoText().startswith("บันทึกผล ")
    stack.undo()
    assert not get_progress(database, round_uuid=round_uuid, item_uuid=uuid).reported
    assert shown(view, uuid, ProgressTableModel.COL_STATUS) == "ยังไม่รายงาน"
    stack.redo()
    assert shown(view, uuid, ProgressTableModel.COL_STATUS) == "ดำเนินการแล้วเสร็จ"
    view.edit_progress(uuid)  # reported now: the editor can attach evidence
    assert factory.opened[-1]["evidence"] is not None


def test_undo_puts_reported_values_back_and_unchanged_edits_are_not_pushed(view, database) -> None:
    row = next(r for r in view.model.rows() if r.progress.reported and r.progress.amount_disbursed)
    uuid, round_uuid, old = row.item_uuid, view.round.uuid, row.progress.amount_disbursed
    view.edit_progress(uuid)  # accepted as it was
    assert view._test_stack.count() == 0
    view.editor_factory.make_draft = lambda progress: replace(
        progress.as_draft(), amount_disbursed=progress.amount_disbursed + 1
    )
    view.edit_progress(uuid)
    assert get_progress(database, round_uuid=round_uuid, item_uuid=uuid).amount_disbursed == old + 1
    view._test_stack.undo()
    assert get_progress(database, round_uuid=round_uuid, item_uuid=uuid).amount_disbursed == old
    view.editor_factory.accepted = False
    view.edit_progress(uuid)
    assert view._test_stack.count() == 1 and view._test_stack.index() == 0


def test_a_refused_edit_is_not_put_on_the_stack(view, errors) -> None:
    row = next(r for r in view.model.rows() if r.progress.reported)
    view.editor_factory.make_draft = lambda progress: replace(
        progress.as_draft(), amount_disbursed=Decimal("-5.00")
    )
    view.edit_progress(row.item_uuid)
    assert view._test_stack.count() == 0
    assert isinstance(errors[-1], ValidationFailed)


def test_the_progress_editor_takes_what_the_view_gives(view, monkeypatch) -> None:
    from desktop.rounds.progress_editor import ProgressEditor

    opened: list[ProgressEditor] = []
    monkeypatch.setattr(ProgressEditor, "exec", lambda editor: opened.append(editor) or 0)
    view.editor_factory = ProgressEditor
    row = next(r for r in view.model.rows() if r.progress.reported)
    view.edit_progress(row.item_uuid)
    assert opened and opened[0].draft() == row.progress.as_draft()
    assert opened[0].evidenceBox.addButton.isEnabled()  # reported: evidence can be attached
    assert view._test_stack.count() == 0
    opened[0].deleteLater()


def test_enter_f2_and_double_click_edit_and_ctrl_f_searches(view, qtbot) -> None:
    view.resize(1280, 800)
    view.show()
    view.activateWindow()
    assert QTest.qWaitForWindowActive(view)  # shortcuts only reach the active window
    view.table.selectRow(2)
    view.table.setFocus()
    opened = view.editor_factory.opened
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert len(opened) == 1
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    assert len(opened) == 2
    rect = view.table.visualRect(view.proxy.index(2, ProgressTableModel.COL_NAME))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a double
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # click
    assert len(opened) == 3
    assert {o["item"].uuid for o in opened} == {
        view.proxy.index(2, 0).data(ProgressTableModel.RowRole).item_uuid
    }
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search.hasFocus()


# -- submit, unlock and the audit trail -----------------------------------------------------------------
def test_submit_asks_with_the_findings_and_locks(view, database, monkeypatch) -> None:
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or answer[0])
    view.submit()
    assert not get_round(database, view.round.uuid).locked
    assert "ยังมี" in asked[0] and "เรื่องที่ควรแก้" in asked[0]
    answer[0] = QMessageBox.StandardButton.Yes
    view.submit()
    assert get_round(database, view.round.uuid).locked and view.chip.text().startswith("ส่งแล้ว")
    assert not view.edit_button.isEnabled() and view.unlock_button.isEnabled()
    assert view._test_stack.count() == 0  # submitting is not an undoable edit


def test_a_locked_round_is_read_only_until_unlocked_with_name_and_reason(view, database, monkeypatch) -> None:
    view.choose_round(YEAR, RoundKind.SIX_MONTH)
    row = next(r for r in view.model.rows() if r.progress.reported and r.progress.amount_disbursed)
    factory = view.editor_factory
    factory.make_draft = lambda progress: replace(progress.as_draft(), amount_disbursed=Decimal("0.00"))
    view.edit_progress(row.item_uuid)
    assert factory.opened[-1]["read_only"] is True and view._test_stack.count() == 0

    seen: dict[str, Any] = {}

    def fill_in(dialog: UnlockDialog) -> int:
        dialog.accept()  # nothing typed: both are required
        seen["empty"] = (dialog.clerk_box.errorLabel.messages(), dialog.reason_box.errorLabel.messages())
        type_text(dialog.clerk, "นางสาวสุดา รักงาน")
        dialog.accept()
        seen["no reason"] = dialog.reason_box.errorLabel.messages()
        type_text(dialog.reason, "แก้ไขผลเบิกจ่ายตามที่กองคลังแจ้ง")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(UnlockDialog, "exec", fill_in)
    view.unlock()
    assert seen["empty"] == (("กรุณาระบุชื่อผู้ปลดล็อก",), ("กรุณาระบุเหตุผลที่ต้องปลดล็อก",))
    assert seen["no reason"] == ("กรุณาระบุเหตุผลที่ต้องปลดล็อก",)
    assert not view.round.locked and view.chip.text() == "ร่าง"
    assert "นางสาวสุดา รักงาน" in view.chip.toolTip()
    assert not view.unlock_button.isEnabled()
    view.edit_progress(row.item_uuid)
    assert view._test_stack.count() == 1
    changes = round_changes(database, view.round.uuid)
    assert [c.action for c in changes[:2]] == [AuditAction.LOCK, AuditAction.UNLOCK]
    edit = next(c for c in changes if c.action is AuditAction.UPDATE)
    assert edit.what == row.name and edit.field == "ผลเบิกจ่าย" and edit.new_value == "0.00"
    assert edit.reason == "แก้ไขผลเบิกจ่ายตามที่กองคลังแจ้ง" and edit.clerk_name == "นางสาวสุดา รักงาน"


def test_cancelling_the_unlock_keeps_the_round_locked(view, database, monkeypatch) -> None:
    view.choose_round(YEAR, RoundKind.SIX_MONTH)
    monkeypatch.setattr(UnlockDialog, "exec", lambda dialog: 0)
    view.unlock()
    assert get_round(database, view.round.uuid).locked


# -- the summary page ----------------------------------------------------------------------------------
def test_summary_dialog_round_trip_and_an_invalid_email_shown_inline(view, database, monkeypatch) -> None:
    before = get_round(database, view.round.uuid).summary
    seen: dict[str, Any] = {}

    def edit(dialog: RoundSummaryDialog) -> int:
        seen["opened"] = dialog.summary()
        dialog.texts["problems"].setPlainText("ฝนตกหนักช่วงเดือนสิงหาคม")
        dialog.lines["reporter_email"].setText("saraban at example")
        dialog.dates["report_date"].lineEdit.setText("8 ตุลาคม 2567")
        dialog.accept()
        seen["errors"] = dialog.errors()
        seen["open"] = dialog.result()
        dialog.lines["reporter_email"].setText("saraban@example.go.th")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(RoundSummaryDialog, "exec", edit)
    view.edit_summary()
    assert seen["opened"] == before
    assert seen["errors"] == {"reporter_email": ("อีเมลไม่ถูกต้อง ตัวอย่าง: saraban@example.go.th",)}
    assert seen["open"] == 0
    after = get_round(database, view.round.uuid).summary
    assert after.problems == "ฝนตกหนักช่วงเดือนสิงหาคม" and after.report_date.isoformat() == "2024-10-08"
    view._test_stack.undo()
    assert get_round(database, view.round.uuid).summary == before


def test_summary_dialog_shows_unreadable_dates_and_is_read_only_when_locked(qtbot) -> None:
    summary = RoundSummary(reporter_name="นางสาวสุดา รักงาน", signer_name="นายสมชาย ใจซื่อ")
    dialog = RoundSummaryDialog(summary, validate=summary_problems)
    qtbot.addWidget(dialog)
    assert dialog.summary() == summary
    dialog.dates["announcement_date"].lineEdit.setText("31 กุมภาพันธ์ 2567")
    dialog.accept()
    assert "announcement_date" in dialog.errors() and dialog.result() == 0
    locked = RoundSummaryDialog(summary, read_only=True)
    qtbot.addWidget(locked)
    assert all(edit.isReadOnly() for edit in (*locked.texts.values(), *locked.lines.values()))
    assert not locked.dates["report_date"].calendarButton.isEnabled()


def test_check_lists_the_findings_and_a_double_click_selects_the_item(view, monkeypatch) -> None:
    def choose_first_item(dialog: RoundCheckDialog) -> int:
        seen["count"] = dialog.list.count()
        entry = next(
            dialog.list.item(n)
            for n in range(dialog.list.count())
            if dialog.list.item(n).data(Qt.ItemDataRole.UserRole)
        )
        seen["uuid"] = entry.data(Qt.ItemDataRole.UserRole)
        dialog.list.itemActivated.emit(entry)
        return dialog.result()

    seen: dict[str, Any] = {}
    monkeypatch.setattr(RoundCheckDialog, "exec", choose_first_item)
    view.dimension_filter.setCurrentIndex(view.dimension_filter.findData(4))  # may hide the item
    view.check()
    assert seen["count"] > 0
    assert view.selected_row().item_uuid == seen["uuid"]


# -- charts --------------------------------------------------------------------------------------------
def render(widget: QWidget, width: int) -> QImage:
    widget.resize(width, widget.heightForWidth(width))
    image = QImage(widget.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    widget.render(image)
    return image


def colours_in(image: QImage) -> set[str]:
    return {
        image.pixelColor(x, y).name() for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
    }


def test_charts_paint_with_data_and_with_none(view, qtbot) -> None:
    status, budget = view.status_chart, view.budget_chart
    assert [label for label, _counts in status.bars()] == ["มิติที่ ๑", "มิติที่ ๒", "มิติที่ ๓", "มิติที่ ๔"]
    assert sum(sum(counts) for _label, counts in status.bars()) == 99
    for width in (300, 500):
        assert STATUS_COLOURS[ProgressStatus.DONE] in colours_in(render(status, width))
        assert "#2e7d32" in colours_in(render(budget, width))
    charts = [StatusChart(), BudgetChart(), StatusChart(), BudgetChart()]
    for chart in charts:
        qtbot.addWidget(chart)
    charts[0].set_data(["ดำเนินการแล้วเสร็จ"], ["#2e7d32"], [("มิติที่ ๑", (0,))])
    charts[1].set_data([("มิติที่ ๑", None, None)])
    for chart in charts:
        image = render(chart, 320)
        assert image.height() > 0 and not image.isNull()
    view.set_plan(None, (), ())
    assert status.bars() == () and budget.bars() == ()
    render(status, 400)
    render(budget, 400)
