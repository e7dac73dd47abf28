"""The item editor: every field of an ItemDraft in and out, Thai typing, errors next to their fields."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from db.errors import FieldError, StorageUnavailable
from db.services.demo import create_demo
from db.services.frameworks import FrameworkInfo, get_framework
from db.services.items import (
    IndicatorDraft,
    ItemDraft,
    YearDraft,
    add_item,
    check_item_draft,
    get_item,
    list_items,
)
from db.services.vocabulary import Comparison, IndicatorKind, ItemKind, TargetPeriod
from db.services.workspace import open_workspace
from desktop.editors.item_editor import ItemEditor
from desktop.fonts import load_ui_font

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

YEARS = range(2023, 2028)  # พ.ศ. 2566–2570
UNITS = ("สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา")
SCREENSHOT = Path("/tmp/item_editor.png")


def type_text(widget: QWidget, text: str) -> None:
    """keyClicks aborts on Thai in PySide6 6.12: send one key event carrying each character."""
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def retype(edit: Any, text: str) -> None:
    """Replace a line edit's text by typing, then leave the field."""
    edit.selectAll()
    type_text(edit, text)
    edit.editingFinished.emit()


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Iterator[Any]:
    database = open_workspace(tmp_path_factory.mktemp("item-editor") / "sujarit.db")
    result = create_demo(database)
    yield database, result, get_framework(database, result.plan.framework_code)
    database.dispose()


@pytest.fixture
def framework(demo) -> FrameworkInfo:
    return demo[2]


@pytest.fixture(autouse=True)
def discard_when_asked(monkeypatch) -> list[str]:
    """Closing an edited dialog asks before throwing the edits away; tests answer "discard"."""
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


@pytest.fixture(autouse=True)
def ui_font(qapp) -> Iterator[None]:
    before = qapp.font()
    qapp.setFont(load_ui_font())
    yield
    qapp.setFont(before)


@pytest.fixture
def make_editor(qtbot, framework) -> Callable[..., ItemEditor]:
    def make(draft: ItemDraft | None = None, validate=None, **kwargs) -> ItemEditor:
        options = {"framework": framework, "fiscal_years": YEARS, "units": UNITS} | kwargs
        editor = ItemEditor(draft=draft, validate=validate, **options)
        qtbot.addWidget(editor)
        with qtbot.waitActive(editor):
            editor.show()
            editor.activateWindow()
        return editor

    return make


def full_draft() -> ItemDraft:
    """Every field set, Thai text with stacked marks, five fiscal years, two indicators."""
    return ItemDraft(
        kind=ItemKind.PROJECT,
        name="โครงการส่งเสริมคุณธรรมและน้ำใจของผู้ใหญ่บ้าน ปู่ผู้ใหญ่บ้านที่กิตติศักดิ์",
        framework_codes=("1.2.1", "3.3.1"),
        rationale="ด้วยเทศบาลตำบลสุจริตพัฒนาเห็นความสำคัญของการปลูกฝังความซื่อสัตย์\nจึงจัดทำโครงการนี้",
        objectives=(
            "เพื่อสร้างจิตสำนึกที่ดีแก่ผู้นำชุมชน",
            "เพื่อให้ผู้ใหญ่บ้านมีความรู้เรื่องการขัดกันแห่งผลประโยชน์\nและนำไปใช้ได้จริง",
            "เพื่อขยายเครือข่ายต้านทุจริต",
        ),
        target_group="ผู้นำชุมชน ผู้ใหญ่บ้าน และผู้ช่วยผู้ใหญ่บ้าน",
        target_unit="คน",
        target_quantity=Decimal("120"),
        method_steps=(
            "ขออนุมัติโครงการ",
            "ประสานวิทยากร",
            "จัดอบรม ๑ วัน ณ ห้องประชุมเทศบาล",
            "ประเมินผลและรายงานผู้บริหาร",
        ),
        responsible="ทุกส่วนราชการ",
        duration_text="ไตรมาสที่ ๒ ของทุกปี",
        remarks="ใช้ห้องประชุมของเทศบาล ไม่มีค่าเช่า",
        needs_budget=True,
        catalog_seq=31,
        years=(
            YearDraft(
                2023,
                True,
                Decimal("65000.50"),
                Decimal("10000"),
                None,
                (False, True, False, False),
                date(2023, 1, 9),
                date(2023, 3, 31),
                date(2023, 1, 16),
                date(2023, 3, 30),
            ),
            YearDraft(2024, True, Decimal("20000.00"), None, Decimal("5000.25"), (True, True, False, False)),
            YearDraft(2025, False, None, None, None, (False, False, False, False), date(2025, 1, 1)),
            YearDraft(2026, True, Decimal("1234567.89"), None, None, (False, False, True, True)),
            YearDraft(
                2027, True, None, Decimal("0"), None, (True, True, True, True), None, date(2027, 9, 30)
            ),
        ),
        indicators=(
            IndicatorDraft(
                kind=IndicatorKind.OUTPUT,
                statement="ผู้นำชุมชนเข้าร่วมอบรม",
                comparison=Comparison.AT_LEAST,
                target_value=Decimal("80"),
                target_unit="ร้อยละ",
                period=TargetPeriod.PER_YEAR,
                denominator_text="ของผู้นำชุมชนทั้งหมด",
                measurement_method="ลงชื่อเข้าร่วม",
                baseline_value=Decimal("65.5"),
            ),
            IndicatorDraft(
                kind=IndicatorKind.OUTCOME,
                statement="เรื่องร้องเรียนเกี่ยวกับผู้นำชุมชนลดลง",
                comparison=Comparison.DECREASE_BY_AT_LEAST,
                target_value=Decimal("2"),
                target_unit="เรื่องต่อปี",
                period=TargetPeriod.PLAN_PERIOD,
                denominator_text="",
                measurement_method="นับจากทะเบียนเรื่องร้องเรียน",
                baseline_value=None,
            ),
        ),
    )


# values in, values out


def test_a_full_draft_round_trips(make_editor) -> None:
    draft = full_draft()
    editor = make_editor(draft)
    assert editor.draft() == draft
    assert not editor.isModified()
    assert editor.windowTitle() == "แก้ไขรายการในแผน"
    column = editor.schedulePage.years.columns[2023]
    assert column.budget_own.text() == "65,000.50"
    assert column.total.text() == "75,000.50"
    assert column.planned_start.text() == "9 มกราคม 2566"
    assert editor.mainPage.responsible.currentText() == "ทุกส่วนราชการ"
    assert editor.detailsPage.objectives.list.item(1).text().startswith("๒. เพื่อให้ผู้ใหญ่บ้าน")


def test_a_saved_item_round_trips(make_editor, demo) -> None:
    database, result, _framework = demo
    for item in list_items(database, result.plan.uuid)[:20]:
        editor = make_editor(item)
        assert editor.draft() == item.as_draft()
        assert not editor.isModified()
        editor.setDraft(full_draft())
        assert editor.draft() == full_draft()
        editor.done(QDialog.DialogCode.Rejected)


def test_a_new_item_starts_with_every_plan_year(make_editor) -> None:
    editor = make_editor()
    draft = editor.draft()
    assert editor.windowTitle() == "เพิ่มรายการในแผน"
    assert draft == ItemDraft(
        kind=ItemKind.PROJECT, name="", framework_codes=(), years=tuple(YearDraft(y) for y in YEARS)
    )
    assert not editor.isModified()


def test_years_the_draft_lacks_stay_absent_and_outside_years_are_kept(make_editor) -> None:
    outside = YearDraft(2030, budget_own=Decimal("1"))
    draft = replace(full_draft(), years=(YearDraft(2024, quarters=(True, False, False, False)), outside))
    editor = make_editor(draft)
    assert editor.draft() == draft
    assert not editor.schedulePage.years.columns[2025].included.isChecked()
    editor.schedulePage.years.columns[2025].included.setChecked(True)
    assert [y.fiscal_year for y in editor.draft().years] == [2024, 2025, 2030]


def test_typing_thai_digits_into_money_quantity_and_date_fields(make_editor) -> None:
    editor = make_editor(full_draft())
    column = editor.schedulePage.years.columns[2024]
    retype(column.budget_own, "๖๕,๐๐๐.๕๐")
    retype(column.budget_other, "๑๒๓๔")
    retype(editor.detailsPage.target_quantity, "๑,๒๐๐")
    retype(column.planned_start.lineEdit, "๑/๑๐/๒๕๖๖")
    retype(column.planned_end.lineEdit, "๓๑ มี.ค. ๖๗")
    draft = editor.draft().year(2024)
    assert draft is not None
    assert draft.budget_own == Decimal("65000.50")
    assert draft.budget_other == Decimal("1234")
    assert editor.draft().target_quantity == Decimal("1200")
    assert (draft.planned_start, draft.planned_end) == (date(2023, 10, 1), date(2024, 3, 31))
    assert column.budget_own.text() == "65,000.50"
    assert column.total.text() == "66,234.50"
    assert column.planned_end.text() == "31 มีนาคม 2567"
    assert editor.isModified()


def test_typing_thai_text_with_marks(make_editor) -> None:
    editor = make_editor()
    type_text(editor.mainPage.name, "โครงการปลูกจิตสำนึกผู้ใหญ่บ้านน้ำใจงาม")
    editor.mainPage.responsible.lineEdit().clear()
    type_text(editor.mainPage.responsible.lineEdit(), "งานป้องกันฯ")
    type_text(editor.detailsPage.rationale, "เพื่อให้ปู่ย่าตายายมีส่วนร่วม")
    draft = editor.draft()
    assert draft.name == "โครงการปลูกจิตสำนึกผู้ใหญ่บ้านน้ำใจงาม"
    assert draft.responsible == "งานป้องกันฯ"
    assert draft.rationale == "เพื่อให้ปู่ย่าตายายมีส่วนร่วม"


# local parse errors


def test_a_bad_amount_shows_a_thai_message_keeps_the_text_and_the_dialog_open(make_editor) -> None:
    asked: list[ItemDraft] = []
    editor = make_editor(full_draft(), validate=lambda d: asked.append(d) or ())
    editor.tabs.setCurrentIndex(0)
    column = editor.schedulePage.years.columns[2026]
    retype(column.budget_integrated, "หนึ่งหมื่นบาท")
    box = column.boxes["budget_integrated"]
    assert box.errorLabel.text().startswith("อ่านจำนวนเงิน")  # shown as soon as the field is left
    editor.okButton.click()
    assert editor.isVisible()
    assert editor.result() != QDialog.DialogCode.Accepted
    assert asked == []  # the services are not asked while typed text cannot be read
    assert column.budget_integrated.text() == "หนึ่งหมื่นบาท"
    assert box.errorLabel.text().startswith("อ่านจำนวนเงิน")
    assert not box.errorLabel.isHidden()
    assert editor.messages.text().startswith("อ่านค่าที่กรอกบางช่องไม่ได้")
    assert editor.tabs.currentIndex() == 2
    assert editor.parseErrors() == (FieldError("years[2026].budget_integrated", box.errorLabel.text()),)
    retype(column.budget_integrated, "10,000")
    assert box.errorLabel.isHidden()
    editor.okButton.click()
    assert editor.result() == QDialog.DialogCode.Accepted
    assert asked == [editor.draft()]
    assert editor.draft().year(2026).budget_integrated == Decimal("10000")  # type: ignore[union-attr]


def test_bad_dates_and_quantities_are_reported_too(make_editor) -> None:
    editor = make_editor(full_draft())
    retype(editor.schedulePage.years.columns[2024].actual_end.lineEdit, "31/2/2567")
    retype(editor.detailsPage.target_quantity, "-3")
    retype(editor.indicatorsPage.indicators.rows[0].target_value, "แปดสิบ")
    keys = [e.field for e in editor.parseErrors()]
    assert keys == ["target_quantity", "years[2024].actual_end", "indicators[0].target_value"]
    editor.okButton.click()
    assert editor.isVisible()
    assert editor.tabs.currentIndex() == 1  # the first problem's tab
    assert "ติดลบ" in editor.detailsPage.boxes["target_quantity"].errorLabel.text()
    year_box = editor.schedulePage.years.columns[2024].boxes["actual_end"]
    assert "ไม่มีจริง" in year_box.errorLabel.text()
    assert editor.indicatorsPage.indicators.rows[0].boxes["target_value"].errorLabel.text()
    assert editor.schedulePage.years.columns[2024].actual_end.text() == "31/2/2567"


# errors from the services


def test_field_errors_from_validate_appear_next_to_their_widgets(make_editor) -> None:
    errors = (
        FieldError("name", "กรุณากรอกชื่อโครงการ/กิจกรรม/มาตรการ"),
        FieldError("framework_codes", "ไม่มีข้อ 9.9 ในกรอบแผนของแผนนี้"),
        FieldError("objectives[1]", "รายการต้องไม่ว่าง"),
        FieldError("method_steps[0]", "รายการต้องไม่ว่าง"),
        FieldError("target_quantity", "ปริมาณงานต้องไม่ติดลบ"),
        FieldError("years[2024].budget_own", "งบประมาณต้องไม่ติดลบ"),
        FieldError("years[2024].planned_end", "วันที่เริ่มตามแผนต้องไม่อยู่หลังวันที่สิ้นสุด"),
        FieldError("years[2025]", "ปีงบประมาณซ้ำกัน"),
        FieldError("indicators[1].target_value", "กรุณากรอกค่าเป้าหมายของตัวชี้วัด"),
        FieldError("indicators[0].statement", "กรุณากรอกข้อความตัวชี้วัด"),
        FieldError("indicators[0]", "ตัวชี้วัดซ้ำ"),
        FieldError("years[2031].budget_own", "ปี พ.ศ. 2574 อยู่นอกช่วงของแผน"),
        FieldError("catalog_seq", "ไม่มีตัวอย่างลำดับนี้"),
    )
    editor = make_editor(full_draft(), validate=lambda _d: errors)
    editor.tabs.setCurrentIndex(3)
    editor.okButton.click()
    assert editor.isVisible()
    main, details = editor.mainPage, editor.detailsPage
    years, rows = editor.schedulePage.years, editor.indicatorsPage.indicators.rows
    assert main.boxes["name"].errorLabel.text() == "กรุณากรอกชื่อโครงการ/กิจกรรม/มาตรการ"
    assert main.boxes["framework_codes"].errorLabel.text() == "ไม่มีข้อ 9.9 ในกรอบแผนของแผนนี้"
    assert details.boxes["objectives"].errorLabel.text() == "ข้อ ๒: รายการต้องไม่ว่าง"
    assert details.objectives.list.item(1).toolTip() == "รายการต้องไม่ว่าง"
    assert details.boxes["method_steps"].errorLabel.text() == "ข้อ ๑: รายการต้องไม่ว่าง"
    assert details.boxes["target_quantity"].errorLabel.text() == "ปริมาณงานต้องไม่ติดลบ"
    assert years.columns[2024].boxes["budget_own"].errorLabel.text() == "งบประมาณต้องไม่ติดลบ"
    assert years.columns[2024].boxes["planned_end"].errorLabel.text().startswith("วันที่เริ่มตามแผน")
    assert years.columns[2024].boxes["planned_start"].errorLabel.isHidden()
    assert years.columns[2025].header_errors.text() == "ปีงบประมาณซ้ำกัน"
    assert rows[1].boxes["target_value"].errorLabel.text() == "กรุณากรอกค่าเป้าหมายของตัวชี้วัด"
    assert rows[0].boxes["target_value"].errorLabel.isHidden()
    assert rows[0].boxes["statement"].errorLabel.text() == "กรุณากรอกข้อความตัวชี้วัด"
    assert rows[0].rowErrors.text() == "ตัวชี้วัดซ้ำ"
    assert editor.messages.messages() == (
        "ยังบันทึกไม่ได้ กรุณาแก้ไขตามข้อความสีแดง",
        "ปี พ.ศ. 2574 อยู่นอกช่วงของแผน",
        "ไม่มีตัวอย่างลำดับนี้",
    )
    assert editor.tabs.currentIndex() == 0  # where the first error is
    assert main.name.hasFocus()
    assert all(editor.tabs.tabBar().tabTextColor(i).name() == "#b3261e" for i in range(4))
    # a second try starts clean
    editor._validate = lambda _d: (FieldError("name", "ชื่อซ้ำกับรายการอื่น"),)
    editor.okButton.click()
    assert main.boxes["name"].errorLabel.text() == "ชื่อซ้ำกับรายการอื่น"
    assert years.columns[2024].boxes["budget_own"].errorLabel.isHidden()
    assert details.objectives.list.item(1).toolTip() == ""
    assert editor.tabs.tabBar().tabTextColor(3).name() != "#b3261e"
    editor._validate = lambda _d: ()
    editor.okButton.click()
    assert editor.result() == QDialog.DialogCode.Accepted


def test_the_real_service_checks_and_saves(make_editor, demo) -> None:
    database, result, _framework = demo
    plan_uuid = result.plan.uuid

    def validate(draft: ItemDraft) -> tuple[FieldError, ...]:
        return check_item_draft(database, plan_uuid=plan_uuid, draft=draft)

    editor = make_editor(validate=validate, units=result.office.units)
    editor.okButton.click()
    assert editor.mainPage.boxes["name"].errorLabel.text() == "กรุณากรอกชื่อโครงการ/กิจกรรม/มาตรการ"
    assert editor.mainPage.boxes["framework_codes"].errorLabel.text().startswith("กรุณาเลือกมิติ")
    type_text(editor.mainPage.name, "กิจกรรมเผยแพร่ข้อมูลข่าวสารผ่านหอกระจายข่าวหมู่บ้าน")
    editor.mainPage.framework.setCodes(["2.1.1"])
    column = editor.schedulePage.years.columns[2024]
    retype(column.planned_start.lineEdit, "1/6/2567")
    retype(column.planned_end.lineEdit, "1/5/2567")
    editor.okButton.click()
    assert editor.mainPage.boxes["name"].errorLabel.isHidden()
    assert column.boxes["planned_end"].errorLabel.text() == "วันที่เริ่มตามแผนต้องไม่อยู่หลังวันที่สิ้นสุด"
    assert editor.tabs.currentIndex() == 2
    retype(column.planned_end.lineEdit, "31/8/2567")
    editor.okButton.click()
    assert editor.result() == QDialog.DialogCode.Accepted
    saved = add_item(database, plan_uuid=plan_uuid, draft=editor.draft())
    assert get_item(database, saved.uuid).as_draft() == editor.draft()


def test_a_storage_problem_is_shown_and_nothing_is_lost(make_editor) -> None:
    def validate(_draft: ItemDraft) -> tuple[FieldError, ...]:
        raise StorageUnavailable("ไฟล์ข้อมูลถูกเปิดใช้งานอยู่ กรุณาลองใหม่อีกครั้ง")

    editor = make_editor(full_draft(), validate=validate)
    editor.okButton.click()
    assert editor.isVisible()
    assert editor.messages.text() == "ไฟล์ข้อมูลถูกเปิดใช้งานอยู่ กรุณาลองใหม่อีกครั้ง"
    assert editor.draft() == full_draft()


# lists, budget, framework, indicators


def test_reordering_objectives_by_keyboard_and_buttons(make_editor) -> None:
    editor = make_editor(full_draft())
    editor.tabs.setCurrentIndex(1)
    objectives = editor.detailsPage.objectives
    first, second, third = full_draft().objectives
    objectives.list.setFocus()
    objectives.list.setCurrentRow(0)
    QTest.keyClick(objectives.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert editor.draft().objectives == (second, first, third)
    objectives.list.setCurrentRow(2)
    objectives.upButton.click()
    assert editor.draft().objectives == (second, third, first)
    QTest.keyClick(objectives.list, Qt.Key.Key_Insert)
    type_text(objectives.textEdit, "เพื่อประเมินผล")
    assert editor.draft().objectives == (second, third, "เพื่อประเมินผล", first)
    objectives.list.setFocus()
    QTest.keyClick(objectives.list, Qt.Key.Key_Delete)
    objectives.list.setCurrentRow(0)
    objectives.downButton.click()
    assert editor.draft().objectives == (third, second, first)
    assert editor.draft().method_steps == full_draft().method_steps


def test_no_budget_disables_the_budget_inputs_and_keeps_what_was_typed(make_editor) -> None:
    editor = make_editor(full_draft())
    page = editor.schedulePage
    money = [e for column in page.years.columns.values() for e in column.money()]
    assert all(e.isEnabled() for e in money)
    page.no_budget.click()
    assert not any(e.isEnabled() for e in money)
    assert page.years.columns[2023].total.text() == "ไม่ใช้งบประมาณ"
    assert page.years.columns[2023].planned_start.isEnabled()
    draft = editor.draft()
    assert not draft.needs_budget
    assert all(y.budget_total is None for y in draft.years)
    retype_disabled = page.years.columns[2024].budget_own
    retype_disabled.setText("อ่านไม่ได้")
    assert editor.parseErrors() == ()  # unused budget text does not block saving
    retype_disabled.setValue(Decimal("20000"))
    page.no_budget.click()
    assert all(e.isEnabled() for e in money)
    assert editor.draft() == full_draft()


def test_no_budget_items_load_with_the_box_ticked(make_editor) -> None:
    draft = replace(full_draft(), needs_budget=False, years=tuple(YearDraft(y) for y in YEARS))
    editor = make_editor(draft)
    assert editor.schedulePage.no_budget.isChecked()
    assert not editor.schedulePage.years.columns[2024].budget_own.isEnabled()
    assert editor.draft() == draft


def test_picking_framework_codes(make_editor) -> None:
    editor = make_editor()
    picker = editor.mainPage.framework
    items = picker._items
    items["2.2.2"].setCheckState(0, Qt.CheckState.Checked)
    items["1.1.1"].setCheckState(0, Qt.CheckState.Checked)
    items["3"].setCheckState(0, Qt.CheckState.Checked)
    assert editor.draft().framework_codes == ("2.2.2", "1.1.1", "3")
    assert picker.chosenList.item(0).text().startswith("ข้อหลัก: ๒.๒.๒ ")
    picker.chosenList.setCurrentRow(1)
    picker.primaryButton.click()
    assert editor.draft().framework_codes == ("1.1.1", "2.2.2", "3")
    picker.chosenList.setCurrentRow(2)
    picker.removeButton.click()
    assert editor.draft().framework_codes == ("1.1.1", "2.2.2")
    assert items["3"].checkState(0) == Qt.CheckState.Unchecked
    items["1.1.1"].setCheckState(0, Qt.CheckState.Unchecked)
    assert editor.draft().framework_codes == ("2.2.2",)
    type_text(picker.filterEdit, "๔.๑")
    assert items["1"].isHidden() and not items["4.1.2"].isHidden() and not items["4"].isHidden()
    picker.filterEdit.clear()
    type_text(picker.filterEdit, "ร้องเรียน")
    assert not items["3.2.2"].isHidden() and items["1.1.1"].isHidden()
    picker.filterEdit.clear()
    assert not items["1.1.1"].isHidden()


def test_an_unknown_framework_code_is_kept_until_removed(make_editor) -> None:
    editor = make_editor(replace(full_draft(), framework_codes=("9.9", "1.2.1")))
    picker = editor.mainPage.framework
    assert editor.draft().framework_codes == ("9.9", "1.2.1")
    assert "ไม่มีข้อนี้ในกรอบแผน" in picker.chosenList.item(0).text()
    picker.chosenList.setCurrentRow(0)
    picker.removeButton.click()
    assert editor.draft().framework_codes == ("1.2.1",)


def test_indicators_can_be_added_moved_and_removed(make_editor) -> None:
    editor = make_editor(full_draft())
    editor.tabs.setCurrentIndex(3)
    indicators = editor.indicatorsPage.indicators
    first, second = full_draft().indicators
    indicators.addButton.click()
    new = indicators.rows[2]
    assert new.title() == "ตัวชี้วัดที่ ๓"
    type_text(new.statement, "มีรายงานผลต่อผู้บริหาร")
    new.kind.setCurrentIndex(new.kind.findData(IndicatorKind.OUTCOME.value))
    new.comparison.setCurrentIndex(new.comparison.findData(Comparison.EQUAL.value))
    retype(new.target_value, "๑")
    new.target_unit.setCurrentText("ฉบับ")
    new.period.setCurrentIndex(new.period.findData(TargetPeriod.PER_ROUND.value))
    added = IndicatorDraft(
        IndicatorKind.OUTCOME,
        "มีรายงานผลต่อผู้บริหาร",
        Comparison.EQUAL,
        Decimal("1"),
        "ฉบับ",
        TargetPeriod.PER_ROUND,
    )
    assert editor.draft().indicators == (first, second, added)
    new.upButton.click()
    assert editor.draft().indicators == (first, added, second)
    assert indicators.rows[1].title() == "ตัวชี้วัดที่ ๒"
    indicators.rows[1].statement.setFocus()
    assert indicators.rows[1].statement.hasFocus()
    QTest.keyClick(
        indicators.rows[1].statement,
        Qt.Key.Key_Up,
        Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert editor.draft().indicators == (added, first, second)
    indicators.rows[2].removeButton.click()
    indicators.rows[0].removeButton.click()
    assert editor.draft().indicators == (first,)
    assert not indicators.rows[0].upButton.isEnabled() and not indicators.rows[0].downButton.isEnabled()


# keyboard and closing


def focus_order(start: QWidget, among: list[QWidget]) -> list[QWidget]:
    """The widgets of ``among`` in the order Tab visits them, starting from ``start``."""
    order, widget = [start], start.nextInFocusChain()
    while widget is not start and len(order) < len(among):
        if any(widget is w for w in among):
            order.append(widget)
        widget = widget.nextInFocusChain()
    return order


def test_tab_goes_down_each_year_then_to_the_next_year(make_editor) -> None:
    editor = make_editor(full_draft())
    first, second = (editor.schedulePage.years.columns[y] for y in (2023, 2024))
    expected = [
        first.included,
        first.budget_own,
        first.budget_integrated,
        first.budget_other,
        *first.quarters.boxes,
        *(d.lineEdit for d in first.dates()),
        second.included,
        second.budget_own,
    ]
    assert focus_order(expected[0], expected) == expected
    assert first.planned_end.lineEdit.accessibleName() == "วันสิ้นสุด (ตามแผน) ปี พ.ศ. ๒๕๖๖"


def test_tab_follows_indicator_rows_after_they_move(make_editor) -> None:
    editor = make_editor(full_draft())
    indicators = editor.indicatorsPage.indicators
    indicators.addButton.click()
    indicators.moveRow(indicators.rows[2], -2)
    expected = [w for row in indicators.rows for w in row.tabOrder()] + [indicators.addButton]
    assert focus_order(expected[0], expected) == expected


def test_ctrl_enter_saves_but_enter_alone_does_not(make_editor) -> None:
    editor = make_editor(full_draft(), validate=lambda _d: ())
    editor.mainPage.name.setFocus()
    QTest.keyClick(editor.mainPage.name, Qt.Key.Key_Return)
    QTest.keyClick(editor.mainPage.responsible, Qt.Key.Key_Return)
    assert editor.isVisible()
    assert editor.draft() == full_draft()
    editor.tabs.setCurrentIndex(1)
    editor.detailsPage.rationale.setFocus()
    QTest.keyClick(editor.detailsPage.rationale, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert editor.result() == QDialog.DialogCode.Accepted
    assert not editor.isVisible()


def test_cancelling_unsaved_changes_asks_first(make_editor, monkeypatch) -> None:
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    editor = make_editor(full_draft())
    editor.buttons.button(editor.buttons.StandardButton.Cancel).click()
    assert editor.result() == QDialog.DialogCode.Rejected and not editor.isVisible()
    assert asked == []  # nothing changed: no question
    editor = make_editor(full_draft())
    type_text(editor.mainPage.name, "!")
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert editor.isVisible()  # "Cancel" in the question keeps the dialog
    assert editor.mainPage.name.text().endswith("!")
    editor.reject()
    assert not editor.isVisible()
    assert asked == ["ข้อมูลที่แก้ไขยังไม่ได้บันทึก ต้องการปิดโดยไม่บันทึกหรือไม่"] * 2


# what it looks like


def test_screenshot_of_a_realistic_item(make_editor, demo, qapp) -> None:
    database, result, _framework = demo
    items = list_items(database, result.plan.uuid)
    item = max(items, key=lambda i: len(i.objectives) + len(i.method_steps) + len(i.indicators))
    years = tuple(
        replace(
            year,
            budget_integrated=Decimal("15000") if year.fiscal_year == 2024 else None,
            planned_start=date(year.fiscal_year - 1, 10, 1),
            planned_end=date(year.fiscal_year, 9, 30),
            actual_start=date(2022, 11, 15) if year.fiscal_year == 2023 else None,
        )
        for year in item.years
    )
    indicators = (
        replace(item.indicators[0], target_unit="ฉบับ", period=TargetPeriod.PER_YEAR),
        IndicatorDraft(
            IndicatorKind.OUTCOME,
            "บุคลากรมีความรู้ความเข้าใจเรื่องการขัดกันแห่งผลประโยชน์เพิ่มขึ้น",
            Comparison.AT_LEAST,
            Decimal("80"),
            "ร้อยละ",
            TargetPeriod.PER_YEAR,
            "ของผู้ตอบแบบทดสอบหลังอบรม",
            "แบบทดสอบก่อนและหลังอบรม",
            Decimal("62.5"),
        ),
        *item.indicators[1:],
    )
    draft = replace(
        item.as_draft(),
        framework_codes=(*item.framework_codes, "1.1.3"),
        years=years,
        indicators=indicators,
        remarks="ดำเนินการร่วมกับสำนักงานป้องกันและปราบปรามการทุจริตประจำจังหวัด",
    )
    editor = make_editor(draft, units=result.office.units)
    assert editor.font().family() == "Sarabun"
    assert editor.draft() == draft
    for index in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(index)
        qapp.processEvents()
        image = editor.grab()
        assert not image.isNull()
        path = SCREENSHOT if index == 0 else SCREENSHOT.with_name(f"item_editor_{index}.png")
        assert image.save(str(path))
    retype(editor.schedulePage.years.columns[2025].budget_own, "หกหมื่น")
    editor._validate = lambda _d: ()
    editor.okButton.click()
    qapp.processEvents()
    assert editor.grab().save(str(SCREENSHOT.with_name("item_editor_errors.png")))
