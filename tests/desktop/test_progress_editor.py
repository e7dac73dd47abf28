"""The progress editor of a reporting round: every field in and out, the services' rules shown next to
their fields, a submitted round read only, and the item's evidence (photos, PDFs) kept through the
evidence service."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QInputDialog, QMessageBox, QWidget

from db.errors import FieldError, StorageUnavailable
from db.services.demo import create_demo
from db.services.evidence import EvidenceInfo, list_evidence, stored_path
from db.services.items import ItemDetail, list_items
from db.services.progress_report import build_progress_report
from db.services.rounds import (
    FIELD_LABELS,
    IndicatorResultDraft,
    ItemProgressDetail,
    ProgressDraft,
    RoundInfo,
    check_progress_draft,
    get_progress,
    open_round,
    record_progress,
    submit_round,
)
from db.services.vocabulary import NotPossibleReason, ProgressStatus, RoundKind
from db.session import Database
from desktop.fonts import load_ui_font
from desktop.i18n import digits
from desktop.rounds.progress_editor import ProgressEditor, ServiceEvidenceStore
from desktop.rounds.progress_fields import LABELS, progress_label

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

SCREENSHOT = Path("/tmp/progress_editor.png")
SIX_MONTHS = "ปีงบประมาณ พ.ศ. ๒๕๖๗ รอบ ๖ เดือน"
TWELVE_MONTHS = "ปีงบประมาณ พ.ศ. ๒๕๖๗ รอบ ๑๒ เดือน (ผลงานสะสม)"


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


def choose(combo: Any, value: object) -> None:
    combo.setCurrentIndex(combo.findData(getattr(value, "value", value)))


@dataclass(frozen=True)
class World:
    database: Database
    round: RoundInfo
    items: dict[str, ItemDetail]
    labels: dict[str, str]

    def item(self, *, indicators: int = 2, budget: bool = True) -> ItemDetail:
        """The first item of the round with at least ``indicators`` indicators (and a budget)."""
        for uuid in self.labels:
            item = self.items[uuid]
            year = item.year(2024)
            if len(item.indicators) >= indicators and (not budget or (year and year.budget_own)):
                return item
        raise LookupError(indicators)

    def progress(self, item: ItemDetail, round_uuid: str | None = None) -> ItemProgressDetail:
        return get_progress(self.database, round_uuid=round_uuid or self.round.uuid, item_uuid=item.uuid)

    def validate(self, item: ItemDetail, round_uuid: str | None = None) -> Callable[[ProgressDraft], Any]:
        uuid = round_uuid or self.round.uuid
        return lambda d: check_progress_draft(self.database, round_uuid=uuid, item_uuid=item.uuid, draft=d)

    def record(self, item: ItemDetail, draft: ProgressDraft) -> ItemProgressDetail:
        return record_progress(self.database, round_uuid=self.round.uuid, item_uuid=item.uuid, draft=draft)

    def evidence(self, item: ItemDetail) -> tuple[EvidenceInfo, ...]:
        return list_evidence(self.database, round_uuid=self.round.uuid, item_uuid=item.uuid)

    def store(self, item: ItemDetail) -> ServiceEvidenceStore:
        return ServiceEvidenceStore(self.database, self.round.uuid, item.uuid)


@pytest.fixture
def world(database: Database) -> World:
    demo = create_demo(database)
    six = open_round(database, plan_uuid=demo.plan.uuid, fiscal_year=2024, kind=RoundKind.SIX_MONTH)
    report = build_progress_report(database, round_uuid=six.uuid)
    items = {item.uuid: item for item in list_items(database, demo.plan.uuid)}
    return World(database, six, items, {row.item_uuid: row.number for row in report.rows})


@pytest.fixture(autouse=True)
def ui_font(qapp) -> Iterator[None]:
    before = qapp.font()
    qapp.setFont(load_ui_font())
    yield
    qapp.setFont(before)


@pytest.fixture
def asked(monkeypatch) -> list[str]:
    """Every question the dialog asks; closing with changes is answered "discard", removing "yes"."""
    questions: list[str] = []

    def question(_parent, _title, text, buttons, *_args):
        questions.append(text)
        if buttons & QMessageBox.StandardButton.Discard:
            return QMessageBox.StandardButton.Discard
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return questions


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *_a: shown.append(text)))
    return shown


@pytest.fixture
def make_editor(qtbot, world) -> Callable[..., ProgressEditor]:
    def make(item: ItemDetail, **kwargs: Any) -> ProgressEditor:
        options = {
            "label": world.labels[item.uuid],
            "progress": world.progress(item),
            "round_title": SIX_MONTHS,
            "validate": world.validate(item),
            "evidence": None,
            "read_only": False,
        } | kwargs
        editor = ProgressEditor(item=item, **options)
        qtbot.addWidget(editor)
        with qtbot.waitActive(editor):
            editor.show()
            editor.activateWindow()
        return editor

    return make


def picture(path: Path, colour: str, size: tuple[int, int] = (640, 480)) -> Path:
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path))
    return path


def attach(monkeypatch, path: Path, caption: str = "") -> None:
    """The next แนบไฟล์… picks ``path`` and gives it ``caption``."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a: (str(path), "")))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *_a: (caption, True)))


# values in, values out


def test_an_unreported_item_shows_the_plan_budget_and_reads_back_unchanged(make_editor, world) -> None:
    item = world.item()
    progress = world.progress(item)
    assert not progress.reported and not progress.carried
    editor = make_editor(item)
    fields = editor.fields
    assert editor.draft() == progress.as_draft()
    assert not editor.isModified()
    assert fields.status.currentText() == "ยังไม่รายงาน"
    assert fields.amount_own.value() == item.year(2024).budget_own  # type: ignore[union-attr]
    assert editor.note.text().startswith("ยังไม่ได้รายงานในรอบนี้")
    assert editor.title.text().startswith(digits(world.labels[item.uuid]) + " ")
    assert item.name in editor.title.text()
    assert editor.roundLabel.text() == SIX_MONTHS
    assert [row.statement.text() for row in editor.rows] == [i.statement for i in item.indicators]
    assert editor.rows[0].title().startswith("ตัวชี้วัดที่ ๑ (")
    assert not editor.evidenceBox.addButton.isEnabled() and not editor.evidenceBox.list.isEnabled()
    assert editor.evidenceBox.hint.text() == "บันทึกผลก่อน แล้วจึงแนบหลักฐาน"
    assert editor.banner.isHidden()


def test_editing_every_field_saves_through_the_service_and_opens_again(make_editor, world) -> None:
    item = world.item()
    editor = make_editor(item)
    fields = editor.fields
    choose(fields.status, ProgressStatus.DONE)
    type_text(fields.actions_text, "จัดอบรมผู้นำชุมชน ๒ รุ่น ณ ห้องประชุมเทศบาล")
    type_text(fields.results_text, "ผู้เข้าร่วมมีความรู้เรื่องการขัดกันแห่งผลประโยชน์เพิ่มขึ้น")
    retype(fields.amount_integrated, "5,000")
    retype(fields.amount_own, "๒๐,๐๐๐")
    retype(fields.amount_disbursed, "๑๘๕๐๐.๕๐")
    fields.track_conscience.click()
    fields.track_efficiency.click()
    type_text(fields.remarks, "ใช้ห้องประชุมของเทศบาล ไม่มีค่าเช่า")
    first, second = editor.rows[:2]
    retype(first.actual_value, "๙๕")
    type_text(first.actual_text, "ผู้เข้าร่วม ๙๕ คน")
    type_text(second.note, "วัดจากแบบสอบถาม")
    expected = ProgressDraft(
        status=ProgressStatus.DONE,
        actions_text="จัดอบรมผู้นำชุมชน ๒ รุ่น ณ ห้องประชุมเทศบาล",
        results_text="ผู้เข้าร่วมมีความรู้เรื่องการขัดกันแห่งผลประโยชน์เพิ่มขึ้น",
        amount_integrated=Decimal("5000"),
        amount_own=Decimal("20000"),
        amount_disbursed=Decimal("18500.50"),
        track_conscience=True,
        track_efficiency=True,
        remarks="ใช้ห้องประชุมของเทศบาล ไม่มีค่าเช่า",
        indicator_results=(
            IndicatorResultDraft(Decimal("95"), "ผู้เข้าร่วม ๙๕ คน"),
            IndicatorResultDraft(note="วัดจากแบบสอบถาม"),
            *(IndicatorResultDraft() for _ in item.indicators[2:]),
        ),
    )
    assert editor.draft() == expected
    assert editor.isModified()
    QTest.keyClick(fields.remarks, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.result() == QDialog.DialogCode.Accepted and not editor.isVisible()
    saved = world.record(item, editor.draft())
    assert saved.as_draft() == expected
    again = make_editor(item, progress=saved, evidence=world.store(item))
    assert again.draft() == expected
    assert again.note.text() == "บันทึกผลของรอบนี้ไว้แล้ว"
    assert again.fields.amount_disbursed.text() == "18,500.50"
    assert again.fields.status.currentText() == "ดำเนินการแล้วเสร็จ"
    assert again.evidenceBox.addButton.isEnabled()


def test_thai_digits_in_money(make_editor, world) -> None:
    editor = make_editor(world.item())
    retype(editor.fields.amount_own, "๖๕,๐๐๐.๕๐")
    retype(editor.fields.amount_disbursed, "๑๒๓๔ บาท")
    assert editor.draft().amount_own == Decimal("65000.50")
    assert editor.draft().amount_disbursed == Decimal("1234")
    assert editor.fields.amount_own.text() == "65,000.50"
    assert editor.parseErrors() == ()


def test_a_wrong_amount_keeps_its_text_and_blocks_saving(make_editor, world) -> None:
    item = world.item()
    checked: list[ProgressDraft] = []
    editor = make_editor(item, validate=lambda d: checked.append(d) or ())
    fields = editor.fields
    retype(fields.amount_disbursed, "หนึ่งหมื่นบาท")
    box = fields.boxes["amount_disbursed"]
    assert box.errorLabel.text().startswith("อ่านจำนวนเงิน")  # shown as soon as the field is left
    assert editor.okButton is not None
    editor.okButton.click()
    assert editor.isVisible() and editor.result() != QDialog.DialogCode.Accepted
    assert checked == []  # the services are not asked while typed text cannot be read
    assert fields.amount_disbursed.text() == "หนึ่งหมื่นบาท"
    assert not box.errorLabel.isHidden()
    assert editor.messages.text().startswith("อ่านค่าที่กรอกบางช่องไม่ได้")
    assert fields.amount_disbursed.hasFocus()
    assert editor.parseErrors() == (FieldError("amount_disbursed", box.errorLabel.text()),)
    retype(editor.rows[0].actual_value, "-3")
    assert [e.field for e in editor.parseErrors()] == [
        "amount_disbursed",
        "indicator_results[0].actual_value",
    ]
    assert "ติดลบ" in editor.rows[0].boxes["actual_value"].errorLabel.text()
    retype(fields.amount_disbursed, "10,000")
    retype(editor.rows[0].actual_value, "3")
    assert box.errorLabel.isHidden()
    editor.okButton.click()
    assert editor.result() == QDialog.DialogCode.Accepted
    assert checked == [editor.draft()]
    assert editor.draft().amount_disbursed == Decimal("10000")


def test_the_not_possible_reason_and_its_note_follow_the_status(make_editor, world) -> None:
    item = world.item()
    editor = make_editor(item)
    fields = editor.fields
    reason, note = fields.not_possible_reason, fields.not_possible_note
    assert not reason.isEnabled() and not note.isEnabled()
    choose(fields.status, ProgressStatus.NOT_POSSIBLE)
    assert reason.isEnabled() and not note.isEnabled()
    assert editor.okButton is not None
    editor.okButton.click()  # the real service: a reason is required
    assert editor.isVisible()
    assert fields.boxes["not_possible_reason"].errorLabel.text() == "กรุณาเลือกเหตุผลที่ไม่สามารถดำเนินการได้"
    assert editor.messages.text() == "ยังบันทึกไม่ได้ กรุณาแก้ไขตามข้อความสีแดง"
    assert reason.hasFocus()
    choose(reason, NotPossibleReason.OTHER)
    assert note.isEnabled()
    editor.okButton.click()
    assert fields.boxes["not_possible_reason"].errorLabel.isHidden()
    assert fields.boxes["not_possible_note"].errorLabel.text() == 'กรุณาระบุเหตุผล "อื่น ๆ"'
    type_text(note, "สถานการณ์อุทกภัยในพื้นที่")
    assert editor.draft().not_possible_reason is NotPossibleReason.OTHER
    assert editor.draft().not_possible_note == "สถานการณ์อุทกภัยในพื้นที่"
    choose(reason, NotPossibleReason.NO_BUDGET)
    assert not note.isEnabled()
    assert editor.draft().not_possible_note == ""  # only อื่น ๆ has a note
    choose(fields.status, ProgressStatus.IN_PROGRESS)
    assert not reason.isEnabled()
    assert (editor.draft().not_possible_reason, editor.draft().status) == (None, ProgressStatus.IN_PROGRESS)
    choose(fields.status, ProgressStatus.NOT_POSSIBLE)  # what was chosen comes back
    assert editor.draft().not_possible_reason is NotPossibleReason.NO_BUDGET
    editor.okButton.click()
    assert editor.result() == QDialog.DialogCode.Accepted
    saved = world.record(item, editor.draft())
    assert (saved.status, saved.not_possible_reason) == (
        ProgressStatus.NOT_POSSIBLE,
        NotPossibleReason.NO_BUDGET,
    )


def test_a_stored_reason_loads_with_its_note(make_editor, world) -> None:
    item = world.item()
    progress = replace(
        world.progress(item),
        status=ProgressStatus.NOT_POSSIBLE,
        not_possible_reason=NotPossibleReason.OTHER,
        not_possible_note="ผู้รับจ้างทิ้งงาน",
    )
    editor = make_editor(item, progress=progress)
    assert editor.fields.not_possible_note.isEnabled()
    assert editor.fields.not_possible_reason.currentText() == "อื่น ๆ"
    assert editor.draft() == progress.as_draft()
    assert not editor.isModified()


def test_indicator_results_round_trip_and_their_errors_show_on_their_row(make_editor, world) -> None:
    item = world.item(indicators=3)
    results = (
        IndicatorResultDraft(Decimal("82.5"), "ร้อยละ ๘๒.๕ ของผู้ตอบแบบสอบถาม", "สำรวจเดือนมีนาคม"),
        IndicatorResultDraft(actual_text="เผยแพร่ครบทุกช่องทาง"),
        IndicatorResultDraft(Decimal("1200")),
        *(IndicatorResultDraft() for _ in item.indicators[3:]),
    )
    progress = replace(world.progress(item), status=ProgressStatus.IN_PROGRESS, indicator_results=results)
    errors = (
        FieldError("indicator_results[1]", "ผลตามตัวชี้วัดต้องไม่ติดลบ"),
        FieldError("indicator_results[2].note", "หมายเหตุยาวเกินไป"),
        FieldError("indicator_results", "รายการนี้มีตัวชี้วัด 3 ตัว แต่ได้รับผล 4 ตัว"),
        FieldError("indicator_results[9]", "ไม่มีตัวชี้วัดนี้"),
        FieldError("item", "รายการนี้ไม่อยู่ในแผนของรอบนี้"),
    )
    editor = make_editor(item, progress=progress, validate=lambda _d: errors)
    assert editor.draft().indicator_results == results
    assert editor.rows[0].actual_value.text() == "82.5"
    assert editor.rows[2].actual_value.text() == "1,200"
    assert editor.okButton is not None
    editor.okButton.click()
    assert editor.isVisible()
    rows = editor.rows
    assert rows[1].boxes["actual_value"].errorLabel.text() == "ผลตามตัวชี้วัดต้องไม่ติดลบ"
    assert rows[2].boxes["note"].errorLabel.text() == "หมายเหตุยาวเกินไป"
    assert rows[0].boxes["actual_value"].errorLabel.isHidden()
    assert editor.indicatorsBox.errorLabel.text().startswith("รายการนี้มีตัวชี้วัด")
    assert editor.messages.messages() == (
        "ยังบันทึกไม่ได้ กรุณาแก้ไขตามข้อความสีแดง",
        "ไม่มีตัวชี้วัดนี้",
        "รายการนี้ไม่อยู่ในแผนของรอบนี้",
    )
    assert rows[1].actual_value.hasFocus()
    editor._validate = lambda _d: ()
    editor.okButton.click()
    assert editor.result() == QDialog.DialogCode.Accepted
    saved = world.record(item, editor.draft())
    assert saved.indicator_results == results


def test_a_storage_problem_is_shown_and_nothing_is_lost(make_editor, world) -> None:
    def validate(_draft: ProgressDraft) -> tuple[FieldError, ...]:
        raise StorageUnavailable("ไฟล์ข้อมูลถูกเปิดใช้งานอยู่ กรุณาลองใหม่อีกครั้ง")

    editor = make_editor(world.item(), validate=validate)
    type_text(editor.fields.remarks, "ตรวจแล้ว")
    assert editor.okButton is not None
    editor.okButton.click()
    assert editor.isVisible()
    assert editor.messages.text() == "ไฟล์ข้อมูลถูกเปิดใช้งานอยู่ กรุณาลองใหม่อีกครั้ง"
    assert editor.draft().remarks == "ตรวจแล้ว"


# a submitted round, the cumulative 12-month round


def test_a_submitted_round_opens_read_only(make_editor, world, monkeypatch, tmp_path, asked) -> None:
    item = world.item()
    draft = ProgressDraft(status=ProgressStatus.DONE, actions_text="ดำเนินการแล้ว", amount_own=Decimal("1000"))
    world.record(item, draft)
    world.store(item).add(picture(tmp_path / "อบรม.png", "#2e7d32"), "ภาพการอบรม")
    submit_round(world.database, round_uuid=world.round.uuid)
    validated: list[ProgressDraft] = []
    editor = make_editor(
        item, validate=lambda d: validated.append(d) or (), evidence=world.store(item), read_only=True
    )
    assert not editor.banner.isHidden()
    assert editor.banner.text() == "รอบนี้ส่งรายงานแล้ว (ล็อก) แก้ไขไม่ได้ — ปลดล็อกก่อนหากต้องแก้ไข"
    assert not any(widget.isEnabled() for widget in editor.inputs())
    assert len(editor.inputs()) == 12 + 3 * len(item.indicators)
    choose(editor.fields.status, ProgressStatus.NOT_POSSIBLE)
    assert not editor.fields.not_possible_reason.isEnabled()
    assert [b.text() for b in editor.buttons.buttons()] == ["ปิด"]
    assert editor.okButton is None
    box = editor.evidenceBox
    assert box.list.count() == 1 and box.list.isEnabled()  # the evidence can still be looked at
    box.list.setCurrentRow(0)
    assert not any(button.isEnabled() for button in box.buttons())
    QTest.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.isVisible() and validated == []
    editor.buttons.button(QDialogButtonBox.StandardButton.Close).click()
    assert not editor.isVisible() and editor.result() == QDialog.DialogCode.Rejected
    assert asked == []


def test_the_12_month_round_shows_the_carried_6_month_figures(make_editor, world, database) -> None:
    item = world.item()
    first_half = ProgressDraft(
        status=ProgressStatus.IN_PROGRESS,
        actions_text="อยู่ระหว่างดำเนินการตามแผน",
        amount_own=Decimal("20000"),
        amount_disbursed=Decimal("8000"),
        track_mechanism=True,
    )
    record_progress(database, round_uuid=world.round.uuid, item_uuid=item.uuid, draft=first_half)
    twelve = open_round(database, plan_uuid=item.plan_uuid, fiscal_year=2024, kind=RoundKind.TWELVE_MONTH)
    progress = world.progress(item, twelve.uuid)
    assert progress.carried and not progress.reported
    editor = make_editor(
        item, progress=progress, round_title=TWELVE_MONTHS, validate=world.validate(item, twelve.uuid)
    )
    assert "ยกมาจากรอบ ๖ เดือน" in editor.note.text()
    assert editor.roundLabel.text() == TWELVE_MONTHS
    assert editor.draft() == progress.as_draft()
    assert editor.fields.status.currentText() == "อยู่ระหว่างดำเนินการ"
    retype(editor.fields.amount_disbursed, "5,000")
    assert editor.okButton is not None
    editor.okButton.click()
    message = editor.fields.boxes["amount_disbursed"].errorLabel.text()
    assert message.startswith("ผลเบิกจ่ายรอบ ๑๒ เดือนเป็นยอดสะสมทั้งปี")
    retype(editor.fields.amount_disbursed, "19,500")
    choose(editor.fields.status, ProgressStatus.DONE)
    editor.okButton.click()
    assert editor.result() == QDialog.DialogCode.Accepted


# evidence


def test_evidence_is_attached_captioned_and_removed_at_once(
    make_editor, world, monkeypatch, tmp_path, asked, warnings
) -> None:
    item = world.item()
    world.record(item, ProgressDraft(ProgressStatus.DONE))
    editor = make_editor(item, progress=world.progress(item), evidence=world.store(item))
    box = editor.evidenceBox
    assert box.list.count() == 0 and not box.removeButton.isEnabled()
    attach(monkeypatch, picture(tmp_path / "อบรม.png", "#1565c0"), "ภาพบรรยากาศการอบรม")
    box.addButton.click()
    attach(monkeypatch, picture(tmp_path / "ป้าย.jpg", "#ef6c00", (300, 600)))
    box.addButton.click()
    saved = world.evidence(item)
    assert [(e.file_name, e.media_type, e.caption) for e in saved] == [
        ("อบรม.png", "image/png", "ภาพบรรยากาศการอบรม"),
        ("ป้าย.jpg", "image/jpeg", ""),
    ]
    assert box.evidence() == saved
    assert [box.list.item(i).text() for i in range(2)] == ["ภาพบรรยากาศการอบรม", "ป้าย.jpg"]
    assert box.list.currentRow() == 1  # the one just added
    for row, size in ((0, (120, 90)), (1, (60, 120))):
        icon = box.list.item(row).icon()
        assert not icon.isNull()
        assert icon.availableSizes()[0].toTuple() == size
    assert "ภาพบรรยากาศการอบรม" in box.list.item(0).toolTip()
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *_a: ("ป้ายประชาสัมพันธ์โครงการ", True)))
    box.captionButton.click()
    assert box.list.item(1).text() == "ป้ายประชาสัมพันธ์โครงการ"
    assert world.evidence(item)[1].caption == ("ป้ายประชาสัมพันธ์โครงการ")
    box.list.setCurrentRow(0)
    box.removeButton.click()
    assert asked == ["นำ ภาพบรรยากาศการอบรม ออกจากหลักฐานของรายการนี้หรือไม่"]
    assert [e.file_name for e in box.evidence()] == ["ป้าย.jpg"]
    assert [e.file_name for e in world.evidence(item)] == ["ป้าย.jpg"]
    assert warnings == []
    editor.reject()  # evidence is not part of the draft: nothing to ask
    assert asked == ["นำ ภาพบรรยากาศการอบรม ออกจากหลักฐานของรายการนี้หรือไม่"]
    assert not editor.isVisible()


def test_a_file_that_is_no_picture_is_refused_with_the_thai_message(
    make_editor, world, monkeypatch, tmp_path, warnings
) -> None:
    item = world.item()
    world.record(item, ProgressDraft(ProgressStatus.DONE))
    editor = make_editor(item, progress=world.progress(item), evidence=world.store(item))
    box = editor.evidenceBox
    attach(monkeypatch, picture(tmp_path / "ภาพ.png", "#6a1b9a"))
    box.addButton.click()
    before = box.evidence()
    fake = tmp_path / "รายงาน.png"
    fake.write_text("ไม่ใช่ภาพ", encoding="utf-8")
    attach(monkeypatch, fake)
    box.addButton.click()
    assert len(warnings) == 1
    assert "ไม่ใช่ภาพ JPEG/PNG หรือ PDF" in warnings[0] and "รายงาน.png" in warnings[0]
    assert box.evidence() == before
    assert world.evidence(item) == before
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a: ("", "")))
    box.addButton.click()  # nothing chosen: nothing happens
    assert box.evidence() == before and len(warnings) == 1


def test_a_pdf_gets_an_icon_and_a_damaged_file_a_placeholder(make_editor, world, tmp_path) -> None:
    item = world.item()
    world.record(item, ProgressDraft(ProgressStatus.DONE))
    store = world.store(item)
    pdf = tmp_path / "คำสั่ง.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n")
    document = store.add(pdf, "คำสั่งแต่งตั้งคณะทำงาน")
    photo = store.add(picture(tmp_path / "ภาพ.png", "#00695c"), "")
    stored_path(world.database, photo.sha256).write_bytes(b"\x89PNG\r\n\x1a\n damaged")
    editor = make_editor(item, progress=world.progress(item), evidence=store)
    box = editor.evidenceBox
    assert [e.uuid for e in box.evidence()] == [document.uuid, photo.uuid]
    assert not box.list.item(0).icon().isNull()
    assert "คำสั่งแต่งตั้งคณะทำงาน" in box.list.item(0).toolTip()
    assert not box.list.item(1).icon().isNull()
    assert "เสียหาย" in box.list.item(1).toolTip()
    stored_path(world.database, photo.sha256).unlink()
    box.reload()
    assert box.list.item(1).toolTip().startswith("ไม่พบไฟล์หลักฐาน ภาพ.png")


# keyboard, closing, labels


def test_cancelling_asks_only_after_a_change(make_editor, world, asked) -> None:
    item = world.item()
    editor = make_editor(item)
    editor.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert not editor.isVisible() and asked == []
    editor = make_editor(item)
    editor.fields.track_mechanism.click()
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert asked == ["ข้อมูลที่แก้ไขยังไม่ได้บันทึก ต้องการปิดโดยไม่บันทึกหรือไม่"]
    assert not editor.isVisible() and editor.result() == QDialog.DialogCode.Rejected


def test_cancel_in_the_question_keeps_the_dialog(make_editor, world, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_a: QMessageBox.StandardButton.Cancel))
    editor = make_editor(world.item())
    retype(editor.fields.amount_disbursed, "อ่านไม่ได้")  # unreadable text counts as a change
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert editor.isVisible()
    assert editor.fields.amount_disbursed.text() == "อ่านไม่ได้"


def test_enter_alone_does_not_save_but_ctrl_enter_does(make_editor, world) -> None:
    editor = make_editor(world.item(), validate=lambda _d: ())
    editor.rows[0].actual_text.setFocus()
    QTest.keyClick(editor.rows[0].actual_text, Qt.Key.Key_Return)
    assert editor.isVisible()
    QTest.keyClick(editor.rows[0].actual_text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert editor.result() == QDialog.DialogCode.Accepted


def focus_order(start: QWidget, among: list[QWidget]) -> list[QWidget]:
    """The widgets of ``among`` in the order Tab visits them, starting from ``start``."""
    order, widget = [start], start.nextInFocusChain()
    while widget is not start and len(order) < len(among):
        if any(widget is w for w in among):
            order.append(widget)
        widget = widget.nextInFocusChain()
    return order


def test_tab_goes_down_the_fields_then_through_the_indicators(make_editor, world) -> None:
    editor = make_editor(world.item())
    fields = editor.fields
    expected = [
        fields.status,
        fields.not_possible_reason,
        fields.not_possible_note,
        fields.actions_text,
        fields.results_text,
        fields.amount_integrated,
        fields.amount_own,
        fields.amount_disbursed,
        fields.track_conscience,
        fields.track_mechanism,
        fields.track_efficiency,
        fields.remarks,
        *(w for row in editor.rows for w in (row.actual_value, row.actual_text, row.note)),
        editor.evidenceBox.list,
    ]
    assert focus_order(expected[0], expected) == expected


def test_the_labels_are_the_services_labels(make_editor, world) -> None:
    editor = make_editor(world.item())
    fields = editor.fields
    for member in (*ProgressStatus, *NotPossibleReason):
        assert LABELS[member] == member.label_th
        assert progress_label(member) == member.label_th  # no translation installed: the Thai UI
    assert [fields.status.itemText(i) for i in range(fields.status.count())] == [
        "ยังไม่รายงาน",
        *(s.label_th for s in ProgressStatus),
    ]
    for key in ("track_conscience", "track_mechanism", "track_efficiency"):
        assert getattr(fields, key).text() == FIELD_LABELS[key]
    for key, box in fields.boxes.items():
        if box.caption is not None:
            assert box.caption.text() == FIELD_LABELS[key]
    for key in ("status", "actions_text", "results_text", "remarks"):
        assert fields.layout().labelForField(fields.boxes[key]).text() == FIELD_LABELS[key]


# what it looks like


def test_screenshot_of_a_realistic_item(make_editor, world, monkeypatch, tmp_path, qapp) -> None:
    item = world.item(indicators=3)
    results = tuple(
        IndicatorResultDraft(Decimal("86") if i.target_value else None, "เป็นไปตามเป้าหมาย")
        for i in item.indicators
    )
    draft = ProgressDraft(
        status=ProgressStatus.NOT_POSSIBLE,
        not_possible_reason=NotPossibleReason.OTHER,
        not_possible_note="สถานการณ์อุทกภัยในพื้นที่ ทำให้ต้องเลื่อนการอบรม",
        actions_text="ประสานวิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัด\nเตรียมสถานที่และเอกสารประกอบการอบรม",
        results_text="เลื่อนการอบรมไปไตรมาสที่ ๓ ผู้บริหารอนุมัติแล้ว",
        amount_integrated=Decimal("15000"),
        amount_own=Decimal("50000"),
        amount_disbursed=Decimal("12500.50"),
        track_conscience=True,
        track_mechanism=True,
        remarks="ดำเนินการร่วมกับสำนักงานป้องกันและปราบปรามการทุจริตประจำจังหวัด",
        indicator_results=results,
    )
    saved = world.record(item, draft)
    store = world.store(item)
    for name, colour, caption in (
        ("ประชุม.png", "#1565c0", "ประชุมเตรียมการ"),
        ("ป้าย.jpg", "#ef6c00", "ป้ายประชาสัมพันธ์โครงการ"),
    ):
        store.add(picture(tmp_path / name, colour), caption)
    pdf = tmp_path / "หนังสือเลื่อนการอบรม.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    store.add(pdf, "หนังสือขออนุมัติเลื่อนการอบรม")
    editor = make_editor(item, progress=saved, evidence=store)
    assert editor.font().family() == "Sarabun"
    assert editor.draft() == saved.as_draft()
    qapp.processEvents()
    assert editor.grab().save(str(SCREENSHOT))
    editor.scroll.ensureWidgetVisible(editor.rows[-1])
    qapp.processEvents()
    assert editor.grab().save(str(SCREENSHOT.with_name("progress_editor_indicators.png")))
    retype(editor.fields.amount_disbursed, "หนึ่งหมื่น")
    editor._validate = lambda _d: ()
    assert editor.okButton is not None
    editor.okButton.click()
    qapp.processEvents()
    assert editor.grab().save(str(SCREENSHOT.with_name("progress_editor_errors.png")))
    make_editor(item, progress=saved, evidence=store, read_only=True).grab().save(
        str(SCREENSHOT.with_name("progress_editor_locked.png"))
    )
