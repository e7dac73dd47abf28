"""The first-start wizard: demo or the clerk's own office, validated page by page, Thai typed in."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QWidget, QWizard

from db.errors import FieldError
from db.services.offices import OfficeDraft, validate_office
from db.services.vocabulary import OfficeKind
from desktop.editors.office_wizard import (
    COMMON_UNITS,
    PAGE_CHOICE,
    PAGE_CONTACT,
    PAGE_OFFICE,
    PAGE_UNITS,
    OfficeWizard,
)

# The offscreen platform logs this warning whenever a shown top-level window gets size hints.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


def type_text(widget: QWidget, text: str) -> None:
    """keyClicks aborts on Thai in PySide6 6.12: send one key event carrying each character."""
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def press(widget: QWidget, key: Qt.Key) -> None:
    QTest.keyClick(widget, key)


@pytest.fixture
def make_wizard(qtbot) -> Callable[..., OfficeWizard]:
    def make(**kwargs) -> OfficeWizard:
        wizard = OfficeWizard(**kwargs)
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        return wizard

    return make


def click(wizard: OfficeWizard, which: QWizard.WizardButton) -> None:
    wizard.button(which).click()


def test_choosing_the_demo_finishes_at_once(make_wizard) -> None:
    wizard = make_wizard()
    assert wizard.currentId() == PAGE_CHOICE
    assert wizard.choice() == "office"
    wizard.choice_page.demo.click()
    assert wizard.choice() == "demo"
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    assert not wizard.button(QWizard.WizardButton.NextButton).isVisible()
    click(wizard, QWizard.WizardButton.FinishButton)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.choice() == "demo"


def test_switching_back_to_the_office_offers_the_next_page(make_wizard) -> None:
    wizard = make_wizard()
    wizard.choice_page.demo.click()
    wizard.choice_page.office.click()
    assert wizard.button(QWizard.WizardButton.NextButton).isVisible()
    click(wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PAGE_OFFICE


def test_a_whole_office_typed_in_thai(make_wizard) -> None:
    seen: list[OfficeDraft] = []

    def validate(draft: OfficeDraft) -> tuple[FieldError, ...]:
        seen.append(draft)
        return tuple(validate_office(draft))

    wizard = make_wizard(validate=validate)
    click(wizard, QWizard.WizardButton.NextButton)
    office = wizard.office_page
    type_text(office.name, "เทศบาลตำบลทุ่งน้อย")
    type_text(office.district, "โพทะเล")
    type_text(office.province, "พิจิตร")
    type_text(office.dla_code, "๕๖๖๐๑๐๑")
    click(wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PAGE_CONTACT
    contact = wizard.contact_page
    type_text(contact.address, "๙๙ หมู่ ๑ ตำบลทุ่งน้อย")
    type_text(contact.phone, "0-5699-1234")
    type_text(contact.email, "saraban@thungnoi.go.th")
    type_text(contact.executive_name, "นางปิยะนุช น้ำใจงาม")
    type_text(contact.executive_title, "นายกเทศมนตรีตำบลทุ่งน้อย")
    click(wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PAGE_UNITS
    click(wizard, QWizard.WizardButton.FinishButton)

    expected = OfficeDraft(
        name="เทศบาลตำบลทุ่งน้อย",
        kind=OfficeKind.SUBDISTRICT_MUNICIPALITY,
        district="โพทะเล",
        province="พิจิตร",
        dla_code="๕๖๖๐๑๐๑",
        address="๙๙ หมู่ ๑ ตำบลทุ่งน้อย",
        phone="0-5699-1234",
        email="saraban@thungnoi.go.th",
        executive_name="นางปิยะนุช น้ำใจงาม",
        executive_title="นายกเทศมนตรีตำบลทุ่งน้อย",
        units=COMMON_UNITS,
    )
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.choice() == "office"
    assert wizard.office_draft() == expected
    assert len(seen) == 3  # once per office page
    assert seen[-1] == expected


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("เทศบาลเมืองพิจิตร", OfficeKind.TOWN_MUNICIPALITY),
        ("องค์การบริหารส่วนตำบลหนองบัว", OfficeKind.SAO),
        ("องค์การบริหารส่วนจังหวัดพิจิตร", OfficeKind.PAO),
        ("อบต.หนองบัว", OfficeKind.SAO),
    ],
)
def test_the_kind_follows_the_typed_name(make_wizard, name: str, kind: OfficeKind) -> None:
    wizard = make_wizard()
    wizard.next()
    assert wizard.kind() is None
    type_text(wizard.office_page.name, name)
    assert wizard.kind() is kind
    assert wizard.office_page.kind.currentText() == kind.label_th


def test_a_kind_chosen_by_hand_is_kept_while_typing_on(make_wizard) -> None:
    wizard = make_wizard()
    wizard.next()
    office = wizard.office_page
    type_text(office.name, "เทศบาลตำบล")
    assert wizard.kind() is OfficeKind.SUBDISTRICT_MUNICIPALITY
    office.kind.setCurrentIndex(office.kind.findData(OfficeKind.TOWN_MUNICIPALITY.value))
    type_text(office.name, "บางใหญ่")
    assert wizard.kind() is OfficeKind.TOWN_MUNICIPALITY
    office.name.clear()
    type_text(office.name, "องค์การบริหารส่วนตำบลบางใหญ่")  # a different prefix: follow it again
    assert wizard.kind() is OfficeKind.SAO


def test_errors_are_shown_by_their_fields_and_the_page_stays(make_wizard) -> None:
    wizard = make_wizard()
    wizard.next()
    office = wizard.office_page
    type_text(office.name, "เทศบาลตำบล")  # only the kind: refused by the service
    type_text(office.province, "พิจิตร")
    type_text(office.dla_code, "๑๒")
    click(wizard, QWizard.WizardButton.NextButton)

    assert wizard.currentId() == PAGE_OFFICE
    assert office.errors["name"].isVisible()
    assert office.errors["name"].text() == "กรุณากรอกชื่อเต็ม เช่น เทศบาลตำบลทุ่งน้อย ไม่ใช่เฉพาะประเภท"
    assert office.errors["dla_code"].text() == "รหัส อปท. ต้องเป็นตัวเลข ๕–๑๐ หลัก"
    assert office.errors["dla_code"].isVisible()
    assert not office.errors["province"].isVisible()
    assert (office.name.text(), office.province.text(), office.dla_code.text()) == (
        "เทศบาลตำบล",
        "พิจิตร",
        "๑๒",
    )  # nothing typed is lost

    type_text(office.name, "ทุ่งน้อย")
    assert not office.errors["name"].isVisible()  # editing the field takes its message away
    office.dla_code.clear()
    type_text(office.dla_code, "๕๖๖๐๑๐๑")
    click(wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PAGE_CONTACT
    assert not office.errors["dla_code"].isVisible()


def test_a_bad_email_stops_the_contact_page_and_going_back_keeps_everything(make_wizard) -> None:
    wizard = make_wizard()
    wizard.next()
    type_text(wizard.office_page.name, "องค์การบริหารส่วนตำบลหนองบัว")
    click(wizard, QWizard.WizardButton.NextButton)
    contact = wizard.contact_page
    type_text(contact.email, "saraban-at-example")
    click(wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PAGE_CONTACT
    assert contact.errors["email"].text() == "รูปแบบอีเมลไม่ถูกต้อง เช่น saraban@example.go.th"

    click(wizard, QWizard.WizardButton.BackButton)
    assert wizard.office_page.name.text() == "องค์การบริหารส่วนตำบลหนองบัว"
    click(wizard, QWizard.WizardButton.NextButton)
    assert contact.email.text() == "saraban-at-example"


def test_without_a_kind_the_office_page_asks_for_one(make_wizard) -> None:
    wizard = make_wizard()
    wizard.next()
    type_text(wizard.office_page.name, "หนองบัว")
    click(wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PAGE_OFFICE
    assert wizard.office_page.errors["kind"].text() == "กรุณาเลือกประเภทองค์กรปกครองส่วนท้องถิ่น"
    with pytest.raises(ValueError):
        wizard.office_draft()


def test_an_error_for_an_unknown_field_is_still_shown(make_wizard) -> None:
    wizard = make_wizard(validate=lambda draft: (FieldError("website", "เว็บไซต์ไม่ถูกต้อง"),))
    wizard.next()
    type_text(wizard.office_page.name, "เทศบาลตำบลทุ่งน้อย")
    click(wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PAGE_OFFICE
    assert wizard.office_page.problems.isVisible()
    assert wizard.office_page.problems.text() == "เว็บไซต์ไม่ถูกต้อง"


def go_to_units(wizard: OfficeWizard) -> None:
    wizard.next()
    type_text(wizard.office_page.name, "เทศบาลตำบลทุ่งน้อย")
    click(wizard, QWizard.WizardButton.NextButton)
    click(wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PAGE_UNITS


def test_units_are_pre_filled_and_can_be_removed_added_renamed_and_moved(make_wizard, qtbot) -> None:
    wizard = make_wizard()
    go_to_units(wizard)
    page = wizard.units_page
    assert wizard.units() == COMMON_UNITS

    page.units.setCurrentRow(COMMON_UNITS.index("กองการศึกษา"))
    page.remove_button.click()
    assert "กองการศึกษา" not in wizard.units()

    assert not page.add_button.isEnabled()
    type_text(page.new_unit, "กองสวัสดิการสังคม")
    assert page.add_button.isEnabled()
    press(page.new_unit, Qt.Key.Key_Return)  # Enter adds; it must not press "เสร็จสิ้น"
    assert wizard.isVisible()
    assert wizard.units()[-1] == "กองสวัสดิการสังคม"
    assert page.new_unit.text() == ""

    page.units.setCurrentRow(1)  # กองคลัง
    page.rename_button.click()
    editor = page.units.viewport().findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    type_text(editor, "กองคลังและพัสดุ")
    press(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.units()[1] == "กองคลังและพัสดุ")

    page.units.setCurrentRow(len(wizard.units()) - 1)
    page.up_button.click()
    assert wizard.units() == (
        "สำนักปลัด",
        "กองคลังและพัสดุ",
        "กองช่าง",
        "กองสาธารณสุขและสิ่งแวดล้อม",
        "กองสวัสดิการสังคม",
        "หน่วยตรวจสอบภายใน",
    )
    page.units.setCurrentRow(0)
    press(page.units, Qt.Key.Key_Delete)
    assert wizard.units()[0] == "กองคลังและพัสดุ"

    click(wizard, QWizard.WizardButton.FinishButton)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.office_draft().units == (
        "กองคลังและพัสดุ",
        "กองช่าง",
        "กองสาธารณสุขและสิ่งแวดล้อม",
        "กองสวัสดิการสังคม",
        "หน่วยตรวจสอบภายใน",
    )


def test_a_duplicate_unit_is_marked_and_finishing_waits(make_wizard) -> None:
    wizard = make_wizard()
    go_to_units(wizard)
    page = wizard.units_page
    type_text(page.new_unit, "กองช่าง")
    page.add_button.click()
    click(wizard, QWizard.WizardButton.FinishButton)
    assert wizard.isVisible()
    assert wizard.currentId() == PAGE_UNITS
    assert page.problems.isVisible()
    assert page.problems.text() == 'ลำดับที่ ๗: ส่วนราชการ "กองช่าง" ซ้ำกัน'
    assert page.units.item(6).toolTip() == 'ส่วนราชการ "กองช่าง" ซ้ำกัน'

    page.units.setCurrentRow(6)
    page.remove_button.click()
    assert not page.problems.isVisible()
    click(wizard, QWizard.WizardButton.FinishButton)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.office_draft().units == COMMON_UNITS


def test_set_draft_fills_every_page_and_keeps_fields_the_wizard_does_not_ask(make_wizard) -> None:
    draft = OfficeDraft(
        name="เทศบาลเมืองตัวอย่าง",
        kind=OfficeKind.TOWN_MUNICIPALITY,
        district="เมือง",
        province="ตัวอย่าง",
        dla_code="3999901",
        address="๑ ถนนหลัก",
        phone="0-0000-0000",
        fax="0-0000-0001",
        email="a@example.go.th",
        website="https://example.go.th",
        executive_name="นายตัวอย่าง ดีมาก",
        executive_title="นายกเทศมนตรีเมืองตัวอย่าง",
        units=("สำนักปลัด", "กองคลัง"),
    )
    wizard = make_wizard()
    wizard.set_draft(draft)
    assert wizard.office_draft() == draft
