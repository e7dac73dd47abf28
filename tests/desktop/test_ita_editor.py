"""The ITA measures report editor: the seed report in and out, Thai typing, reordering, errors next to
their fields, the findings panel, and asking before anything typed is thrown away."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from db.errors import FieldError, StorageUnavailable
from db.services.ita import (
    ItaMeasureDraft,
    ItaReferenceDraft,
    ItaReportDraft,
    ItaResultBlockDraft,
    check_ita_report,
    get_ita_report,
    save_ita_report,
    validate_ita_report,
)
from db.services.offices import create_office
from desktop.fonts import load_ui_font
from desktop.ita import ItaEditor
from desktop.ita.reference_table import ReferenceRow
from tests.fixtures.ita001 import FISCAL_YEAR, ITA001, OFFICE

SCREENSHOT = Path("/tmp/ita_editor.png")


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


@pytest.fixture(autouse=True)
def discard_when_asked(monkeypatch) -> None:
    """Closing an edited dialog (pytest-qt closes it after each test) asks first; tests say "discard"."""

    def question(*_args: Any) -> QMessageBox.StandardButton:
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))


@pytest.fixture(autouse=True)
def ui_font(qapp) -> Iterator[None]:
    before = qapp.font()
    qapp.setFont(load_ui_font())
    yield
    qapp.setFont(before)


@pytest.fixture
def make_editor(qtbot) -> Callable[..., ItaEditor]:
    def make(draft: ItaReportDraft | None = None, **kwargs: Any) -> ItaEditor:
        options: dict[str, Any] = {
            "office_name": OFFICE.name,
            "fiscal_year": FISCAL_YEAR,
            "validate": partial(validate_ita_report, fiscal_year=FISCAL_YEAR),
            "check": check_ita_report,
        }
        editor = ItaEditor(draft=draft, **(options | kwargs))
        qtbot.addWidget(editor)
        with qtbot.waitActive(editor):
            editor.show()
            editor.activateWindow()
        return editor

    return make


def reference_row(editor: ItaEditor, measure: int, block: int, reference: int) -> ReferenceRow:
    return editor.pages()[measure].blocks.boxes[block].references.rows[reference]


def titles(editor: ItaEditor) -> list[str]:
    return [measure.title for measure in editor.draft().measures]


# values in, values out


def test_the_seed_report_comes_back_unchanged(make_editor) -> None:
    editor = make_editor(ITA001)
    assert editor.draft() == ITA001
    assert not editor.isModified()
    assert editor.windowTitle().endswith("พ.ศ. ๒๕๖๗")
    measures = editor.measureList.list
    assert measures.count() == 8
    assert measures.item(0).text().startswith("๑. มาตรการการปฏิบัติหรือให้บริการแก่บุคคลภายนอก")
    assert measures.item(7).text() == "๘. มาตรการการป้องกันและแก้ไขการทุจริตของ หน่วยงาน"
    first = editor.pages()[0]
    assert first.actions.list.item(3).text().startswith("๔. จัดให้มีบริการในรูปแบบออนไลน์")
    box = first.blocks.boxes[0]
    assert box.title() == "ผลลัพธ์ของข้อ ๑–๓"
    assert (box.first.text(), box.last.text(), box.last.maximum()) == ("๑", "๓", 4)
    assert first.blocks.boxes[1].title() == "ผลลัพธ์ของข้อ ๔"
    row = reference_row(editor, 0, 0, 0)
    assert (row.code.text(), row.score.text()) == ("ตัวชี้วัดที่ ๑", "๙๘.๓๘")
    assert row.preview.text() == (
        "พิมพ์ว่า: ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ ได้คะแนนไม่ต่ำกว่าร้อยละ ๘๕\nคะแนนตัวชี้วัดที่ ๑ ได้ ๙๘.๓๘"
    )
    assert reference_row(editor, 6, 0, 0).score.text() == "๑๐๐.๐๐"
    assert reference_row(editor, 0, 0, 1).score.text() == ""
    assert editor.parseErrors() == ()
    editor.okButton.click()  # the seed's findings were shown on opening: saving closes at once
    assert editor.result() == QDialog.DialogCode.Accepted
    assert editor.draft() == ITA001


def test_a_saved_report_round_trips(make_editor, database) -> None:
    office = create_office(database, OFFICE)
    saved = save_ita_report(database, office_uuid=office.uuid, fiscal_year=FISCAL_YEAR, draft=ITA001)
    detail = get_ita_report(database, office_uuid=office.uuid, fiscal_year=FISCAL_YEAR)
    assert detail == saved and detail is not None
    editor = make_editor(detail)
    assert editor.draft() == detail.as_draft()
    assert not editor.isModified()
    assert reference_row(editor, 0, 0, 1).code.text() == "IND-6"  # stored canonically, still readable
    assert reference_row(editor, 0, 0, 1).preview.text().startswith("พิมพ์ว่า: ตัวชี้วัดที่ ๖")


def test_a_new_report_starts_with_one_blank_measure(make_editor) -> None:
    editor = make_editor()
    assert editor.draft() == ItaReportDraft(measures=(ItaMeasureDraft("", ()),))
    assert not editor.isModified()
    assert editor.measureList.list.item(0).text() == "๑. (ยังไม่มีชื่อ)"
    assert editor.findingsPanel.summary.text() == "ไม่พบข้อสังเกต"
    editor.buttons.button(editor.buttons.StandardButton.Cancel).click()  # nothing to lose: no question
    assert editor.result() == QDialog.DialogCode.Rejected


def test_typing_a_measure_with_actions_a_result_and_references_in_thai_digits(make_editor) -> None:
    editor = make_editor()
    page = editor.pages()[0]
    type_text(page.title, "มาตรการเผยแพร่ข้อมูลต่อสาธารณะ")
    assert editor.measureList.list.item(0).text() == "๑. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ"
    actions = page.actions
    actions.addButton.click()
    type_text(actions.textEdit, "จัดทำข้อมูลพื้นฐานของหน่วยงาน ดังนี้")
    QTest.keyClick(actions.textEdit, Qt.Key.Key_Return)
    type_text(actions.textEdit, "(๑) โครงสร้างหน่วยงาน")
    actions.list.setFocus()
    QTest.keyClick(actions.list, Qt.Key.Key_Insert)
    type_text(actions.textEdit, "เผยแพร่ทางเว็บไซต์ของหน่วยงาน")
    page.blocks.addButton.click()
    box = page.blocks.boxes[0]
    assert (box.first.value(), box.last.value(), box.last.maximum()) == (1, 1, 2)
    box.last.setFocus()
    box.last.selectAll()
    type_text(box.last, "๒")
    assert box.last.value() == 2
    assert box.title() == "ผลลัพธ์ของข้อ ๑–๒"
    type_text(box.result_text, "ประชาชนเข้าถึงข้อมูลได้สะดวก")
    box.references.addButton.click()
    row = box.references.rows[0]
    assert row.code.hasFocus()
    type_text(row.code, "e๙")
    type_text(row.label, "การใช้บริการออนไลน์")
    row.claims_threshold.click()
    retype(row.score, "๙๘.๓๘")
    assert row.score.text() == "๙๘.๓๘"
    assert row.preview.text() == ("พิมพ์ว่า: ข้อ e๙ การใช้บริการออนไลน์ ได้คะแนนไม่ต่ำกว่าร้อยละ ๘๕\nคะแนนข้อ e๙ ได้ ๙๘.๓๘")
    box.references.addButton.click()
    second = box.references.rows[1]
    type_text(second.code, "i14")
    retype(second.score, "100")
    assert second.score.text() == "๑๐๐.๐๐"
    assert second.preview.text() == "พิมพ์ว่า: ข้อ i๑๔\nคะแนนข้อ i๑๔ ได้ ๑๐๐.๐๐"
    expected = ItaReportDraft(
        measures=(
            ItaMeasureDraft(
                "มาตรการเผยแพร่ข้อมูลต่อสาธารณะ",
                ("จัดทำข้อมูลพื้นฐานของหน่วยงาน ดังนี้\n(๑) โครงสร้างหน่วยงาน", "เผยแพร่ทางเว็บไซต์ของหน่วยงาน"),
                (
                    ItaResultBlockDraft(
                        1,
                        2,
                        "ประชาชนเข้าถึงข้อมูลได้สะดวก",
                        (
                            ItaReferenceDraft("e๙", "การใช้บริการออนไลน์", True, Decimal("98.38")),
                            ItaReferenceDraft("i14", "", False, Decimal("100")),
                        ),
                    ),
                ),
            ),
        )
    )
    assert editor.draft() == expected
    assert editor.isModified()
    editor.okButton.click()
    assert editor.result() == QDialog.DialogCode.Accepted
    assert editor.draft() == expected


def test_other_codes_as_clerks_type_them(make_editor) -> None:
    editor = make_editor(ITA001)
    row = reference_row(editor, 1, 0, 0)
    for typed, printed in (
        ("ตัวชี้วัดที่ ๖", "ตัวชี้วัดที่ ๖"),
        ("o28", "แบบวัด OIT ข้อ o๒๘"),
        ("๐๒๔", "แบบวัด OIT ข้อ o๒๔"),
        ("ภาพรวม", "ภาพรวม"),
        ("i๑๔", "ข้อ i๑๔"),
    ):
        retype(row.code, typed)
        assert row.code.text() == typed  # kept as typed; the service stores the canonical code
        assert row.errorLabel.isHidden()
        assert row.preview.text().startswith(f"พิมพ์ว่า: {printed} การใช้งบประมาณ"), typed
    row.label.clear()
    row.claims_threshold.setChecked(False)
    row.score.clear()
    row.score.editingFinished.emit()
    assert row.preview.text() == "พิมพ์ว่า: ข้อ i๑๔"
    assert editor.draft().measures[1].result_blocks[0].references[0] == ItaReferenceDraft("i๑๔")


# reordering


def test_reordering_measures_by_keyboard_buttons_and_drag(make_editor) -> None:
    editor = make_editor(ITA001)
    m = [measure.title for measure in ITA001.measures]
    measures = editor.measureList
    measures.list.setFocus()
    measures.select(0)
    QTest.keyClick(measures.list, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert titles(editor) == [m[1], m[0], *m[2:]]
    assert measures.list.currentRow() == 1
    assert editor.stack.currentWidget() is editor.pages()[1]
    assert measures.list.item(0).text().startswith("๑. มาตรการสร้างความโปร่งใสเกี่ยวกับการ")
    measures.select(7)
    measures.upButton.click()
    assert titles(editor) == [m[1], m[0], *m[2:6], m[7], m[6]]
    QTest.keyClick(measures.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert titles(editor) == [m[1], m[0], *m[2:5], m[7], m[5], m[6]]
    assert measures.list.model().moveRow(QModelIndex(), 0, QModelIndex(), 8)  # as a drag and drop does
    assert titles(editor) == [m[0], *m[2:5], m[7], m[5], m[6], m[1]]
    assert [measures.list.item(r).text()[:2] for r in range(8)] == [f"{d}." for d in "๑๒๓๔๕๖๗๘"]
    assert editor.draft().measures[4] == ITA001.measures[7]  # each measure keeps its actions and results
    assert editor.isModified()
    assert editor.findingsPanel.staleNote.isVisibleTo(editor.findingsPanel)


def test_reordering_and_inserting_actions(make_editor) -> None:
    editor = make_editor(ITA001)
    page = editor.selectMeasure(0)
    actions = page.actions
    a = ITA001.measures[0].actions
    ranges = lambda: [(b.first_action, b.last_action) for b in editor.draft().measures[0].result_blocks]  # noqa: E731
    actions.list.setFocus()
    actions.list.setCurrentRow(0)
    QTest.keyClick(actions.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert editor.draft().measures[0].actions == (a[1], a[0], a[2], a[3])
    assert ranges() == [(1, 3), (4, 4)]  # a move keeps the ranges: they cover places, not texts
    actions.list.setCurrentRow(1)
    QTest.keyClick(actions.list, Qt.Key.Key_Insert)  # a new action ๓, inside the first result
    type_text(actions.textEdit, "ติดตามผลการใช้คู่มือ")
    assert editor.draft().measures[0].actions == (a[1], a[0], "ติดตามผลการใช้คู่มือ", a[2], a[3])
    assert ranges() == [(1, 4), (5, 5)]
    assert page.blocks.boxes[1].title() == "ผลลัพธ์ของข้อ ๕"
    actions.list.setFocus()
    QTest.keyClick(actions.list, Qt.Key.Key_Delete)
    assert ranges() == [(1, 3), (4, 4)]
    actions.list.setCurrentRow(0)
    QTest.keyClick(actions.list, Qt.Key.Key_Delete)  # removing action ๑ shrinks the first result
    assert ranges() == [(1, 2), (3, 3)]
    assert page.blocks.boxes[0].last.maximum() == 3


# local parse errors


@pytest.mark.parametrize(
    ("field", "typed", "message"),
    [
        ("code", "x๙", "ไม่รู้จักรหัสอ้างอิง ITA “x๙”"),
        ("code", "ตัวชี้วัดที่ ๑๒๐", "เลขข้อในรหัส “ตัวชี้วัดที่ ๑๒๐” ต้องอยู่ระหว่าง ๑ ถึง ๙๙"),
        ("score", "101", "คะแนนต้องอยู่ระหว่าง ๐ ถึง ๑๐๐ (กรอกไว้ “101”)"),
        ("score", "๙๘.๓๘๕", "คะแนนมีทศนิยมได้ไม่เกิน ๒ ตำแหน่ง (กรอกไว้ “๙๘.๓๘๕”)"),
        ("score", "เก้าสิบ", "อ่านคะแนน “เก้าสิบ” ไม่ได้"),
    ],
)
def test_an_unreadable_code_or_score_keeps_its_text_and_blocks_saving(
    make_editor, field, typed, message
) -> None:
    asked: list[ItaReportDraft] = []

    def validate(draft: ItaReportDraft) -> list[FieldError]:
        asked.append(draft)
        return validate_ita_report(draft, fiscal_year=FISCAL_YEAR)

    editor = make_editor(ITA001, validate=validate)
    editor.selectMeasure(4)
    row = reference_row(editor, 4, 0, 0)
    edit = getattr(row, field)
    retype(edit, typed)
    assert row.errorLabel.text().startswith(message)  # shown as soon as the field is left
    assert not row.errorLabel.isHidden()
    assert row.preview.isHidden() == (field == "code")  # a reference without a readable code cannot print
    assert edit.property("invalid")
    key = f"measures[4].result_blocks[0].references[0].{field}"
    assert [e.field for e in editor.parseErrors()] == [key]
    editor.selectMeasure(0)
    editor.okButton.click()
    assert editor.isVisible() and editor.result() != QDialog.DialogCode.Accepted
    assert edit.text() == typed
    assert editor.stack.currentWidget() is editor.pages()[4]
    assert edit.hasFocus()
    assert row.errorLabel.messages() == (editor.parseErrors()[0].message_th,)  # once, not repeated
    assert editor.messages.messages()[0] == "อ่านค่าที่กรอกบางช่องไม่ได้ กรุณาแก้ไขช่องที่มีข้อความสีแดง"
    retype(edit, "ตัวชี้วัดที่ ๔" if field == "code" else "๙๕.๖๑")
    assert row.errorLabel.isHidden()
    editor.okButton.click()
    assert editor.result() == QDialog.DialogCode.Accepted
    assert editor.draft() == ITA001
    assert asked[-1] == ITA001


# errors from the service


def test_field_errors_from_validate_appear_next_to_their_widgets(make_editor) -> None:
    errors = (
        FieldError("fiscal_year", "ปีงบประมาณ พ.ศ. ๒๖๐๐ อยู่นอกช่วง"),
        FieldError("measures[3].title", "กรุณากรอกชื่อมาตรการหรือกิจกรรมที่ดำเนินการ"),
        FieldError("measures[3].actions[1]", "รายละเอียดการดำเนินการต้องไม่ว่าง"),
        FieldError("measures[5].actions", "กรุณากรอกรายละเอียดการดำเนินการอย่างน้อยหนึ่งข้อ"),
        FieldError("measures[5].result_blocks[0]", "ผลลัพธ์ต้องครอบคลุมเฉพาะข้อที่มีในมาตรการนี้ (ข้อ ๑–๖)"),
        FieldError("measures[7].result_blocks[2].references[0].score", "คะแนนต้องอยู่ระหว่าง ๐ ถึง ๑๐๐"),
        FieldError("measures[7].result_blocks[2].references[0].code", "ไม่รู้จักรหัสอ้างอิง ITA"),
        FieldError("measures[2]", "มาตรการนี้ซ้ำกับมาตรการอื่น"),
        FieldError("measures[20].title", "ไม่มีมาตรการนี้"),
    )
    editor = make_editor(ITA001, validate=lambda _d: errors)
    editor.selectMeasure(6)
    editor.okButton.click()
    assert editor.isVisible()
    pages = editor.pages()
    assert editor.stack.currentWidget() is pages[2]  # the first measure with an error
    assert pages[2].pageErrors.text() == "มาตรการนี้ซ้ำกับมาตรการอื่น"
    assert pages[2].title.hasFocus()
    assert pages[3].boxes["title"].errorLabel.text() == "กรุณากรอกชื่อมาตรการหรือกิจกรรมที่ดำเนินการ"
    assert pages[3].boxes["actions"].errorLabel.text() == "ข้อ ๒: รายละเอียดการดำเนินการต้องไม่ว่าง"
    assert pages[3].actions.list.item(1).toolTip() == "รายละเอียดการดำเนินการต้องไม่ว่าง"
    assert pages[5].boxes["actions"].errorLabel.text().startswith("กรุณากรอกรายละเอียดการดำเนินการ")
    assert pages[5].blocks.boxes[0].errorLabel.text().startswith("ผลลัพธ์ต้องครอบคลุมเฉพาะข้อ")
    row = reference_row(editor, 7, 2, 0)
    assert row.errorLabel.messages() == ("คะแนนต้องอยู่ระหว่าง ๐ ถึง ๑๐๐", "ไม่รู้จักรหัสอ้างอิง ITA")
    assert row.score.property("invalid") and row.code.property("invalid")
    assert not reference_row(editor, 7, 1, 0).code.property("invalid")
    assert editor.messages.messages() == (
        "ยังบันทึกไม่ได้ กรุณาแก้ไขตามข้อความสีแดง",
        "ปีงบประมาณ พ.ศ. ๒๖๐๐ อยู่นอกช่วง",
        "ไม่มีมาตรการนี้",
    )
    tinted = [editor.measureList.list.item(r).background().color().name() for r in range(8)]
    assert [r for r, colour in enumerate(tinted) if colour == "#fdecea"] == [2, 3, 5, 7]
    # a second try starts clean
    editor._validate = lambda _d: (FieldError("measures[5].title", "ชื่อซ้ำ"),)
    editor.okButton.click()
    assert editor.stack.currentWidget() is pages[5]
    assert pages[3].boxes["title"].errorLabel.isHidden()
    assert pages[3].actions.list.item(1).toolTip() == ""
    assert row.errorLabel.isHidden() and not row.score.property("invalid")
    assert editor.measureList.list.item(2).background().style() == Qt.BrushStyle.NoBrush
    editor._validate = lambda _d: ()
    editor.okButton.click()
    assert editor.result() == QDialog.DialogCode.Accepted


def test_the_real_service_finds_a_blank_measure_and_overlapping_results(make_editor) -> None:
    editor = make_editor(ITA001)
    editor.selectMeasure(7)
    editor.measureList.addButton.click()
    assert editor.measureList.list.count() == 9
    editor.selectMeasure(0)
    editor.pages()[0].actions.list.setCurrentRow(3)
    editor.pages()[0].actions.removeCurrent()  # the result of ข้อ ๔ now covers ข้อ ๓, as the first does
    editor.okButton.click()
    assert editor.isVisible()
    first, new = editor.pages()[0], editor.pages()[8]
    assert editor.stack.currentWidget() is first
    assert first.blocks.boxes[1].errorLabel.text() == "ข้อ ๓ ซ้ำกับช่วงของผลลัพธ์อื่นในมาตรการเดียวกัน"
    assert new.boxes["title"].errorLabel.text() == "กรุณากรอกชื่อมาตรการหรือกิจกรรมที่ดำเนินการ"
    assert new.boxes["actions"].errorLabel.text() == "กรุณากรอกรายละเอียดการดำเนินการอย่างน้อยหนึ่งข้อ"
    first.blocks.removeBlock(first.blocks.boxes[1])
    type_text(new.title, "มาตรการส่งเสริมการมีส่วนร่วม")
    type_text(new.actions.textEdit, "เปิดรับฟังความคิดเห็นของประชาชน")  # typing into an empty list adds ข้อ ๑
    editor.okButton.click()
    assert editor.result() == QDialog.DialogCode.Accepted
    draft = editor.draft()
    assert draft.measures[8] == ItaMeasureDraft("มาตรการส่งเสริมการมีส่วนร่วม", ("เปิดรับฟังความคิดเห็นของประชาชน",))
    assert draft.measures[0].actions == ITA001.measures[0].actions[:3]


def test_a_storage_problem_is_shown_and_nothing_is_lost(make_editor) -> None:
    def validate(_draft: ItaReportDraft) -> list[FieldError]:
        raise StorageUnavailable("ไฟล์ข้อมูลถูกเปิดใช้งานอยู่ กรุณาลองใหม่อีกครั้ง")

    editor = make_editor(ITA001, validate=validate)
    editor.okButton.click()
    assert editor.isVisible()
    assert editor.messages.text() == "ไฟล์ข้อมูลถูกเปิดใช้งานอยู่ กรุณาลองใหม่อีกครั้ง"
    assert editor.draft() == ITA001


# findings


def test_the_seeds_claim_contradicted_by_82_55_is_shown(make_editor) -> None:
    editor = make_editor(ITA001)
    panel = editor.findingsPanel
    assert panel.summary.text() == "พบ ๒ เรื่องที่ผู้อ่านรายงานอาจสงสัย"
    assert panel.messages() == (
        "มาตรการที่ ๑ ผลลัพธ์ของข้อ ๑–๓: ตัวชี้วัดที่ ๖ อ้างว่าได้คะแนนไม่ต่ำกว่าร้อยละ ๘๕ "
        "แต่คะแนนตัวชี้วัดที่ ๖ ในมาตรการที่ ๓ คือ ๘๒.๕๕",
        "มาตรการที่ ๓ ผลลัพธ์ของข้อ ๑: ตัวชี้วัดที่ ๖ อ้างว่าได้คะแนนไม่ต่ำกว่าร้อยละ ๘๕ แต่คะแนนที่ได้คือ ๘๒.๕๕",
    )
    assert editor.findings() == check_ita_report(ITA001)
    row = reference_row(editor, 2, 0, 0)
    assert row.warningLabel.text().endswith("แต่คะแนนที่ได้คือ ๘๒.๕๕")
    assert row.warningLabel.isVisibleTo(row)
    assert not reference_row(editor, 2, 1, 0).warningLabel.isVisibleTo(row)
    editor.selectMeasure(7)
    panel.list.itemActivated.emit(panel.list.item(1))  # double-click or Enter on the finding
    assert editor.stack.currentWidget() is editor.pages()[2]
    assert row.score.hasFocus()


def test_findings_are_rechecked_on_demand_and_read_before_closing(make_editor) -> None:
    editor = make_editor(ITA001)
    panel = editor.findingsPanel
    row = reference_row(editor, 1, 0, 0)  # ตัวชี้วัดที่ ๒ claims the pass mark with ๙๙.๐๓
    retype(row.score, "๘๐")
    assert row.score.text() == "๘๐.๐๐"
    assert panel.staleNote.isVisibleTo(panel)
    assert len(panel.messages()) == 2
    panel.checkButton.click()
    assert not panel.staleNote.isVisibleTo(panel)
    assert len(panel.messages()) == 3
    assert panel.messages()[1] == (
        "มาตรการที่ ๒ ผลลัพธ์ของข้อ ๑–๓: ตัวชี้วัดที่ ๒ อ้างว่าได้คะแนนไม่ต่ำกว่าร้อยละ ๘๕ แต่คะแนนที่ได้คือ ๘๐.๐๐"
    )
    assert row.warningLabel.isVisibleTo(row)
    retype(reference_row(editor, 4, 0, 0).score, "๗๐")  # a new finding the clerk has not seen yet
    editor.okButton.click()
    assert editor.isVisible()  # shown first, not refused
    assert len(panel.messages()) == 4
    assert editor.notice.text().startswith("มีข้อสังเกตที่ยังไม่ได้ตรวจดู")
    editor.okButton.click()
    assert editor.result() == QDialog.DialogCode.Accepted
    assert len(editor.findings()) == 4
    assert editor.draft().measures[4].result_blocks[0].references[0].score == Decimal("70")


# keyboard and closing


def test_ctrl_s_saves_but_enter_alone_does_not(make_editor) -> None:
    editor = make_editor(ITA001)
    row = reference_row(editor, 0, 0, 0)
    row.code.setFocus()
    QTest.keyClick(row.code, Qt.Key.Key_Return)
    assert editor.isVisible()
    QTest.keyClick(row.code, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.result() == QDialog.DialogCode.Accepted
    assert not editor.isVisible()


def test_cancelling_unsaved_changes_asks_first(make_editor, monkeypatch) -> None:
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    editor = make_editor(ITA001)
    editor.buttons.button(editor.buttons.StandardButton.Cancel).click()
    assert editor.result() == QDialog.DialogCode.Rejected and not editor.isVisible()
    assert asked == []  # nothing changed: no question
    editor = make_editor(ITA001)
    retype(reference_row(editor, 0, 0, 0).score, "หนึ่งร้อย")  # unreadable text counts as a change
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert asked == ["ข้อมูลที่แก้ไขยังไม่ได้บันทึก ต้องการปิดโดยไม่บันทึกหรือไม่"]
    assert editor.isVisible()
    editor.buttons.button(editor.buttons.StandardButton.Cancel).click()
    assert len(asked) == 2
    assert editor.result() == QDialog.DialogCode.Rejected and not editor.isVisible()


def test_removing_a_measure_asks_unless_it_is_blank(make_editor, monkeypatch) -> None:
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return answers.pop(0) if answers else QMessageBox.StandardButton.Discard  # then closing

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    editor = make_editor(ITA001)
    measures = editor.measureList
    measures.select(2)
    measures.list.setFocus()
    QTest.keyClick(measures.list, Qt.Key.Key_Delete)
    assert asked == ["ลบมาตรการที่ ๓ พร้อมรายละเอียดและผลลัพธ์ทั้งหมดหรือไม่"]
    assert len(editor.draft().measures) == 8
    measures.removeButton.click()
    assert editor.draft().measures == ITA001.measures[:2] + ITA001.measures[3:]
    assert editor.stack.currentWidget() is editor.pages()[2]
    QTest.keyClick(measures.list, Qt.Key.Key_Insert)
    assert measures.list.item(3).text() == "๔. (ยังไม่มีชื่อ)"
    measures.list.setFocus()
    QTest.keyClick(measures.list, Qt.Key.Key_Delete)  # blank: removed without a question
    assert len(asked) == 2
    assert editor.draft() == replace(ITA001, measures=ITA001.measures[:2] + ITA001.measures[3:])
    editor.done(QDialog.DialogCode.Rejected)


def test_the_english_ui_shows_arabic_digits(make_editor, english) -> None:
    editor = make_editor(ITA001)
    assert reference_row(editor, 0, 0, 0).score.text() == "98.38"
    box = editor.pages()[0].blocks.boxes[0]
    assert (box.first.text(), box.last.text()) == ("1", "3")
    assert editor.measureList.list.item(7).text().startswith("8. ")
    assert editor.draft() == ITA001


def test_screenshot_with_the_seed_report(make_editor, qapp) -> None:
    editor = make_editor(ITA001)
    editor.selectMeasure(2)
    qapp.processEvents()
    assert editor.grab().save(str(SCREENSHOT))
    editor.selectMeasure(0)
    retype(reference_row(editor, 0, 1, 0).code, "ข้อ x")
    editor._validate = lambda _d: (FieldError("measures[0].title", "กรุณากรอกชื่อมาตรการหรือกิจกรรมที่ดำเนินการ"),)
    editor.okButton.click()
    qapp.processEvents()
    assert editor.grab().save(str(SCREENSHOT.with_name("ita_editor_errors.png")))
