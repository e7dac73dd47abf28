"""The small Thai input widgets: digits, Buddhist-Era dates, ordered lists, quarters, error labels."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from db.thai import parse_quantity
from desktop.widgets import (
    ErrorLabel,
    FieldBox,
    MoneyEdit,
    OrderedListEdit,
    QuantityEdit,
    QuarterTicks,
    ThaiDateEdit,
    WrappingLineEdit,
)

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


# The offscreen platform cannot raise a popup or give it the keyboard; it says so, harmlessly.
offscreen_popup = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)


def type_text(widget: QWidget, text: str) -> None:
    """keyClicks aborts on Thai in PySide6 6.12: send one key event carrying each character."""
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def finish(widget: QWidget) -> None:
    """What leaving the field does: QLineEdit emits editingFinished."""
    widget.editingFinished.emit()  # type: ignore[attr-defined]


def shown(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    return widget


# MoneyEdit


@pytest.mark.parametrize(
    ("typed", "value", "tidy"),
    [
        ("๖๕๐๐๐", Decimal("65000"), "65,000"),
        ("๖๕,๐๐๐.๕๐", Decimal("65000.50"), "65,000.50"),
        ("65000.5", Decimal("65000.5"), "65,000.50"),
        ("1,234,567 บาท", Decimal("1234567"), "1,234,567"),
        ("-", None, ""),
        ("", None, ""),
    ],
)
def test_money_edit_reads_thai_and_arabic_digits(qtbot, typed, value, tidy) -> None:
    edit = MoneyEdit()
    qtbot.addWidget(edit)
    type_text(edit, typed)
    assert edit.value() == value
    assert edit.error() is None
    finish(edit)
    assert edit.text() == tidy
    assert edit.value() == value


def test_money_edit_shows_amounts_with_commas(qtbot) -> None:
    edit = MoneyEdit()
    qtbot.addWidget(edit)
    edit.setValue(Decimal("65000.50"))
    assert edit.text() == "65,000.50"
    edit.setValue(Decimal("65000"))
    assert edit.text() == "65,000"
    edit.setValue(Decimal("65000.00"))
    assert edit.text() == "65,000"
    assert edit.value() == Decimal("65000.00")
    edit.setValue(None)
    assert edit.text() == ""
    assert edit.value() is None


def test_money_edit_keeps_bad_text_and_explains_in_thai(qtbot) -> None:
    edit = MoneyEdit()
    qtbot.addWidget(edit)
    type_text(edit, "หกหมื่นบาท")
    with qtbot.waitSignal(edit.errorChanged) as signal:
        finish(edit)
    assert edit.text() == "หกหมื่นบาท"  # never thrown away
    assert edit.value() is None
    assert edit.error() is not None and edit.error().startswith("อ่านจำนวนเงิน")
    assert signal.args == [edit.error()]
    assert edit.property("invalid") is True
    assert edit.toolTip() == edit.error()
    edit.clear()
    type_text(edit, "๑๐๐")
    assert edit.property("invalid") is False
    assert edit.toolTip() == ""


@pytest.mark.parametrize(("typed", "fragment"), [("-500", "ติดลบ"), ("12.345", "ทศนิยมเกิน")])
def test_money_edit_refuses_negative_and_fractions_of_satang(qtbot, typed, fragment) -> None:
    edit = MoneyEdit()
    qtbot.addWidget(edit)
    type_text(edit, typed)
    assert edit.value() is None
    assert fragment in (edit.error() or "")


# QuantityEdit


def test_quantity_edit_reads_decimals_in_thai_digits(qtbot) -> None:
    edit = QuantityEdit()
    qtbot.addWidget(edit)
    type_text(edit, "๑,๒๐๐.๕")
    assert edit.value() == Decimal("1200.5")
    finish(edit)
    assert edit.text() == "1,200.5"
    edit.setValue(Decimal("80"))
    assert edit.text() == "80"
    edit.setValue(Decimal("2.50"))
    assert edit.value() == Decimal("2.50")


def test_quantity_edit_refuses_negative_and_words(qtbot) -> None:
    edit = QuantityEdit()
    qtbot.addWidget(edit)
    type_text(edit, "-5")
    assert edit.value() is None
    assert "ติดลบ" in (edit.error() or "")
    assert parse_quantity(" - ") is None
    with pytest.raises(ValueError, match="อ่านจำนวน"):
        parse_quantity("ห้าสิบ")


# ThaiDateEdit


@pytest.mark.parametrize(
    "typed",
    ["๒๑/๓/๒๕๖๖", "21/3/2566", "๒๑ มีนาคม ๒๕๖๖", "21 มี.ค. 66", "๒๑ มีนาคม พ.ศ. ๒๕๖๖"],
)
def test_date_edit_reads_buddhist_era_dates(qtbot, typed) -> None:
    edit = ThaiDateEdit()
    qtbot.addWidget(edit)
    type_text(edit.lineEdit, typed)
    assert edit.value() == date(2023, 3, 21)
    finish(edit.lineEdit)
    assert edit.text() == "21 มีนาคม 2566"


def test_date_edit_shows_buddhist_era_and_allows_empty(qtbot) -> None:
    edit = ThaiDateEdit()
    qtbot.addWidget(edit)
    edit.setValue(date(2023, 10, 1))
    assert edit.text() == "1 ตุลาคม 2566"
    edit.setValue(None)
    assert edit.text() == ""
    assert edit.value() is None
    assert edit.error() is None


@pytest.mark.parametrize(("typed", "fragment"), [("31/2/2566", "ไม่มีจริง"), ("21/3/2023", "ค.ศ.")])
def test_date_edit_keeps_bad_text_with_a_thai_message(qtbot, typed, fragment) -> None:
    edit = ThaiDateEdit()
    qtbot.addWidget(edit)
    type_text(edit.lineEdit, typed)
    with qtbot.waitSignal(edit.errorChanged):
        finish(edit.lineEdit)
    assert edit.text() == typed
    assert edit.value() is None
    assert fragment in (edit.error() or "")


@offscreen_popup
def test_date_edit_calendar_shows_the_buddhist_year_and_picks_a_day(qtbot) -> None:
    edit = shown(qtbot, ThaiDateEdit())
    edit.setValue(date(2023, 3, 21))
    popup = edit.showCalendar()
    assert popup.isVisible()
    assert popup.heading.text() == "มีนาคม 2566"
    popup.nextButton.click()
    assert popup.heading.text() == "เมษายน 2566"
    popup.calendar.clicked.emit(QDate(2023, 4, 13))
    assert not popup.isVisible()
    assert edit.value() == date(2023, 4, 13)
    assert edit.text() == "13 เมษายน 2566"


@offscreen_popup
def test_date_edit_opens_the_calendar_with_alt_down(qtbot) -> None:
    edit = shown(qtbot, ThaiDateEdit())
    edit.lineEdit.setFocus()
    QTest.keyClick(edit.lineEdit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert edit._popup is not None and edit._popup.isVisible()
    edit._popup.hide()


# OrderedListEdit


@pytest.fixture
def steps(qtbot) -> OrderedListEdit:
    edit = OrderedListEdit()
    shown(qtbot, edit)
    edit.setValues(["ประชุมวางแผน", "อบรมผู้ใหญ่บ้าน\nและผู้นำชุมชน", "ติดตามผล"])
    return edit


def test_ordered_list_round_trips_multi_line_texts(steps) -> None:
    assert steps.values() == ("ประชุมวางแผน", "อบรมผู้ใหญ่บ้าน\nและผู้นำชุมชน", "ติดตามผล")
    assert steps.list.item(1).text() == "๒. อบรมผู้ใหญ่บ้าน\nและผู้นำชุมชน"
    assert steps.currentRow() == 0
    assert steps.textEdit.toPlainText() == "ประชุมวางแผน"


def test_ordered_list_buttons_move_add_and_remove(qtbot, steps) -> None:
    steps.list.setCurrentRow(0)
    with qtbot.waitSignal(steps.changed):
        steps.downButton.click()
    assert steps.values() == ("อบรมผู้ใหญ่บ้าน\nและผู้นำชุมชน", "ประชุมวางแผน", "ติดตามผล")
    assert steps.currentRow() == 1
    steps.upButton.click()
    steps.upButton.click()  # already first: nothing happens
    assert steps.values()[0] == "ประชุมวางแผน"
    assert not steps.upButton.isEnabled()
    steps.list.setCurrentRow(2)
    steps.addButton.click()
    assert steps.currentRow() == 3
    type_text(steps.textEdit, "สรุปผลน้ำใจ")
    assert steps.values()[3] == "สรุปผลน้ำใจ"
    assert steps.list.item(3).text() == "๔. สรุปผลน้ำใจ"
    steps.list.setCurrentRow(1)
    steps.removeButton.click()
    assert steps.values() == ("ประชุมวางแผน", "ติดตามผล", "สรุปผลน้ำใจ")
    assert [steps.list.item(i).text()[:2] for i in range(3)] == ["๑.", "๒.", "๓."]


def test_ordered_list_keyboard(qtbot, steps) -> None:
    steps.list.setFocus()
    steps.list.setCurrentRow(0)
    QTest.keyClick(steps.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(steps.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert steps.values() == ("อบรมผู้ใหญ่บ้าน\nและผู้นำชุมชน", "ติดตามผล", "ประชุมวางแผน")
    assert steps.currentRow() == 2
    QTest.keyClick(steps.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert steps.values()[1] == "ประชุมวางแผน"
    # Alt+Up also works while typing in the text box
    steps.textEdit.setFocus()
    QTest.keyClick(steps.textEdit, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert steps.values()[0] == "ประชุมวางแผน"
    steps.list.setFocus()
    QTest.keyClick(steps.list, Qt.Key.Key_Insert)
    assert steps.values() == ("ประชุมวางแผน", "", "อบรมผู้ใหญ่บ้าน\nและผู้นำชุมชน", "ติดตามผล")
    assert steps.textEdit.hasFocus()
    type_text(steps.textEdit, "จัดซื้ออุปกรณ์")
    steps.list.setFocus()
    QTest.keyClick(steps.list, Qt.Key.Key_Delete)
    assert steps.values() == ("ประชุมวางแผน", "อบรมผู้ใหญ่บ้าน\nและผู้นำชุมชน", "ติดตามผล")
    # Delete in the text box deletes a character, not the item
    steps.textEdit.setFocus()
    steps.textEdit.moveCursor(steps.textEdit.textCursor().MoveOperation.Start)
    QTest.keyClick(steps.textEdit, Qt.Key.Key_Delete)
    assert len(steps.values()) == 3


def test_ordered_list_drag_reorder_renumbers(qtbot, steps) -> None:
    assert steps.list.dragDropMode() == steps.list.DragDropMode.InternalMove
    with qtbot.waitSignal(steps.changed):
        steps.list.model().moveRow(QModelIndex(), 2, QModelIndex(), 0)  # what a drop does
    assert steps.values() == ("ติดตามผล", "ประชุมวางแผน", "อบรมผู้ใหญ่บ้าน\nและผู้นำชุมชน")
    assert steps.list.item(0).text() == "๑. ติดตามผล"


def test_ordered_list_typing_into_an_empty_list_adds_an_item(qtbot) -> None:
    edit = OrderedListEdit()
    qtbot.addWidget(edit)
    edit.setValues([])
    type_text(edit.textEdit, "เพื่อสร้างจิตสำนึก")
    assert edit.values() == ("เพื่อสร้างจิตสำนึก",)
    assert edit.textEdit.toPlainText() == "เพื่อสร้างจิตสำนึก"


def test_ordered_list_marks_items_with_errors(steps) -> None:
    steps.setItemErrors({1: "รายการต้องไม่ว่าง"})
    assert steps.list.item(1).toolTip() == "รายการต้องไม่ว่าง"
    assert steps.list.item(0).toolTip() == ""
    steps.setItemErrors({})
    assert steps.list.item(1).toolTip() == ""


# QuarterTicks


def test_quarter_ticks(qtbot) -> None:
    ticks = QuarterTicks()
    qtbot.addWidget(ticks)
    assert [b.text() for b in ticks.boxes] == ["ไตรมาส ๑", "ไตรมาส ๒", "ไตรมาส ๓", "ไตรมาส ๔"]
    assert "ต.ค.–ธ.ค." in ticks.boxes[0].toolTip()
    assert "ก.ค.–ก.ย." in ticks.boxes[3].toolTip()
    assert ticks.value() == (False, False, False, False)
    with qtbot.waitSignal(ticks.changed):
        ticks.setValue((True, False, True, False))
    assert ticks.value() == (True, False, True, False)
    with qtbot.waitSignal(ticks.changed):
        ticks.boxes[3].click()
    assert ticks.value() == (True, False, True, True)
    compact = QuarterTicks(compact=True)
    qtbot.addWidget(compact)
    assert [b.text() for b in compact.boxes] == ["๑", "๒", "๓", "๔"]
    with pytest.raises(ValueError):
        compact.setValue((True,))  # type: ignore[arg-type]


# WrappingLineEdit, ErrorLabel, FieldBox


def test_wrapping_line_edit_is_one_paragraph(qtbot) -> None:
    edit = WrappingLineEdit()
    qtbot.addWidget(edit)
    type_text(edit, "โครงการปลูกจิตสำนึก")
    QTest.keyClick(edit, Qt.Key.Key_Return)
    type_text(edit, "ผู้ใหญ่บ้าน")
    assert edit.text() == "โครงการปลูกจิตสำนึกผู้ใหญ่บ้าน"
    edit.setText("ชื่อเดิม")
    assert edit.text() == "ชื่อเดิม"


def test_error_label_and_field_box(qtbot) -> None:
    box = FieldBox(MoneyEdit(), "งบประมาณ")
    qtbot.addWidget(box)
    assert isinstance(box.errorLabel, ErrorLabel)
    assert box.caption is not None and box.caption.buddy() is box.widget
    assert box.errorLabel.isHidden()
    box.errorLabel.setMessages(["ข้อหนึ่ง", "ข้อสอง"])
    assert not box.errorLabel.isHidden()
    assert box.errorLabel.messages() == ("ข้อหนึ่ง", "ข้อสอง")
    box.errorLabel.setMessage(None)
    assert box.errorLabel.isHidden()
    assert box.errorLabel.messages() == ()
