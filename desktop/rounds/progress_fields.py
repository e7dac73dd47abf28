"""The inputs of the progress editor: layout only, with every input a public attribute.

The dialog (:mod:`desktop.rounds.progress_editor`) loads and reads the values and shows errors.
``boxes`` maps a ``ProgressDraft`` field name to its :class:`~desktop.widgets.FieldBox`, where
messages about that field are shown; each :class:`IndicatorResultRow` has its own ``boxes``.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from db.services.items import IndicatorDraft
from db.services.vocabulary import Comparison, NotPossibleReason, ProgressStatus
from desktop.editors.item_pages import add_row, form_layout, text_box
from desktop.i18n import digits
from desktop.vocabulary import ui_label
from desktop.widgets import ErrorLabel, FieldBox, MoneyEdit, QuantityEdit

VOCABULARY = "Vocabulary"
#: The Thai labels of the two round vocabularies, repeated so that lupdate sees them (checked in the tests).
LABELS = {
    ProgressStatus.DONE: QT_TRANSLATE_NOOP("Vocabulary", "ดำเนินการแล้วเสร็จ"),
    ProgressStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Vocabulary", "อยู่ระหว่างดำเนินการ"),
    ProgressStatus.IN_ORDINANCE: QT_TRANSLATE_NOOP("Vocabulary", "บรรจุไว้ในข้อบัญญัติ/เทศบัญญัติ"),
    ProgressStatus.NOT_POSSIBLE: QT_TRANSLATE_NOOP("Vocabulary", "ไม่สามารถดำเนินการได้"),
    NotPossibleReason.NO_BUDGET: QT_TRANSLATE_NOOP("Vocabulary", "ไม่ได้รับงบประมาณ"),
    NotPossibleReason.POLICY_CHANGED: QT_TRANSLATE_NOOP("Vocabulary", "นโยบายผู้บริหารเปลี่ยนแปลง"),
    NotPossibleReason.STAFF_SHORTAGE: QT_TRANSLATE_NOOP("Vocabulary", "บุคลากรไม่เพียงพอ"),
    NotPossibleReason.OTHER: QT_TRANSLATE_NOOP("Vocabulary", "อื่น ๆ"),
}
GREY = "color: #5f6368;"


def progress_label(member: ProgressStatus | NotPossibleReason) -> str:
    """The UI label of a status or a reason (its Thai label in the Thai UI)."""
    return QCoreApplication.translate(VOCABULARY, LABELS[member])


def _combo(first: str, members: tuple[ProgressStatus, ...] | tuple[NotPossibleReason, ...]) -> QComboBox:
    combo = QComboBox()
    combo.addItem(first, "")
    for member in members:
        combo.addItem(progress_label(member), member.value)
    return combo


def _row(*boxes: tuple[QWidget, int]) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(12)
    for box, stretch in boxes:
        layout.addWidget(box, stretch, Qt.AlignmentFlag.AlignTop)
    return row


class ProgressFields(QWidget):
    """Status and its reason, what was done and achieved, money, แนวทาง ticks, remarks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = _combo(self.tr("ยังไม่รายงาน"), tuple(ProgressStatus))
        self.not_possible_reason = _combo(self.tr("เลือกเหตุผล"), tuple(NotPossibleReason))
        self.not_possible_note = QLineEdit()
        self.not_possible_note.setPlaceholderText(self.tr("ระบุเหตุผล เมื่อเลือก อื่น ๆ"))
        self.actions_text = text_box(3)
        self.actions_text.setPlaceholderText(self.tr("ดำเนินการอะไร เมื่อใด กับใคร"))
        self.results_text = text_box(3)
        self.results_text.setPlaceholderText(self.tr("ผลที่เกิดขึ้นจากการดำเนินการ"))
        self.amount_integrated = MoneyEdit()
        self.amount_own = MoneyEdit()
        self.amount_disbursed = MoneyEdit()
        self.track_conscience = QCheckBox(self.tr("สร้างจิตสำนึกและปลูกฝังความซื่อสัตย์สุจริต"))
        self.track_mechanism = QCheckBox(self.tr("สร้างกลไกการป้องกันการทุจริต"))
        self.track_efficiency = QCheckBox(self.tr("สร้างประสิทธิภาพในการป้องกันการทุจริต"))
        self.remarks = text_box(2)
        for edit, lines in ((self.actions_text, 5), (self.results_text, 5), (self.remarks, 3)):
            edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * lines + 14)
        self.boxes = {
            "status": FieldBox(self.status),
            "not_possible_reason": FieldBox(self.not_possible_reason, self.tr("เหตุผลที่ไม่สามารถดำเนินการได้")),
            "not_possible_note": FieldBox(self.not_possible_note, self.tr("เหตุผลอื่น ๆ")),
            "actions_text": FieldBox(self.actions_text),
            "results_text": FieldBox(self.results_text),
            "amount_integrated": FieldBox(self.amount_integrated, self.tr("งบบูรณาการ")),
            "amount_own": FieldBox(self.amount_own, self.tr("งบหน่วยงาน")),
            "amount_disbursed": FieldBox(self.amount_disbursed, self.tr("ผลเบิกจ่าย")),
            "track_conscience": FieldBox(self.track_conscience),
            "track_mechanism": FieldBox(self.track_mechanism),
            "track_efficiency": FieldBox(self.track_efficiency),
            "remarks": FieldBox(self.remarks),
        }
        for key in ("amount_integrated", "amount_own", "amount_disbursed"):
            label = self.boxes[key].errorLabel
            getattr(self, key).errorChanged.connect(lambda message, lb=label: lb.setMessage(message or None))
        self.status.setMinimumWidth(280)
        tracks = QWidget()
        tracks_layout = QVBoxLayout(tracks)
        tracks_layout.setContentsMargins(0, 2, 0, 0)
        tracks_layout.setSpacing(2)
        for key in ("track_conscience", "track_mechanism", "track_efficiency"):
            tracks_layout.addWidget(self.boxes[key])
        form = form_layout(self)
        form.setContentsMargins(0, 0, 0, 0)
        add_row(form, self.tr("สถานะ"), self.boxes["status"])
        reason = _row((self.boxes["not_possible_reason"], 2), (self.boxes["not_possible_note"], 3))
        form.addRow("", reason)
        add_row(form, self.tr("การดำเนินการ"), self.boxes["actions_text"])
        add_row(form, self.tr("ผลการดำเนินการ"), self.boxes["results_text"])
        money = _row(*((self.boxes[k], 1) for k in ("amount_integrated", "amount_own", "amount_disbursed")))
        form.addRow(self.tr("งบประมาณ (บาท)"), money)
        form.addRow(self.tr("แนวทางการดำเนินงาน"), tracks)
        add_row(form, self.tr("หมายเหตุ"), self.boxes["remarks"])

    def inputs(self) -> list[QWidget]:
        """Every input in reading order (the Tab order)."""
        return [box.widget for box in self.boxes.values()]


def target_text(indicator: IndicatorDraft) -> str:
    """ "ไม่น้อยกว่า ร้อยละ ๘๐", "๑ ฉบับ": the indicator's target as a clerk reads it ("" when none)."""
    parts = []
    if indicator.comparison is not Comparison.QUALITATIVE:
        parts.append(ui_label(indicator.comparison))
    if indicator.target_value is not None:
        value = digits(f"{indicator.target_value.normalize():,f}")
        unit = indicator.target_unit
        parts.append(f"{unit} {value}" if unit == "ร้อยละ" else f"{value} {unit}".strip())
    return " ".join(parts)


class IndicatorResultRow(QGroupBox):
    """One indicator of the item (read only) with its result: a number, a text and a note."""

    def __init__(self, number: int, indicator: IndicatorDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(
            self.tr("ตัวชี้วัดที่ {n} ({kind})").format(n=digits(str(number)), kind=ui_label(indicator.kind))
        )
        self.statement = QLabel(indicator.statement)
        self.statement.setWordWrap(True)
        self.statement.setTextFormat(Qt.TextFormat.PlainText)
        self.statement.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        target = target_text(indicator)
        self.target = QLabel(self.tr("เป้าหมาย: {target}").format(target=target) if target else "")
        self.target.setStyleSheet(GREY)
        self.target.setVisible(bool(target))
        self.actual_value = QuantityEdit()
        self.actual_value.setMaximumWidth(150)
        self.unit = QLabel(indicator.target_unit)
        value = QWidget()
        value_layout = QHBoxLayout(value)
        value_layout.setContentsMargins(0, 0, 0, 0)
        value_layout.addWidget(self.actual_value)
        value_layout.addWidget(self.unit)
        value_layout.addStretch(1)
        value.setFocusProxy(self.actual_value)
        self.actual_text = QLineEdit()
        self.actual_text.setPlaceholderText(self.tr("เช่น เป็นไปตามเป้าหมาย"))
        self.note = QLineEdit()
        self.rowErrors = ErrorLabel()
        self.boxes = {
            "actual_value": FieldBox(value, self.tr("ผล")),
            "actual_text": FieldBox(self.actual_text, self.tr("ผล (ข้อความ)")),
            "note": FieldBox(self.note, self.tr("หมายเหตุ")),
        }
        errors = self.boxes["actual_value"].errorLabel
        self.actual_value.errorChanged.connect(lambda message: errors.setMessage(message or None))
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.statement, 0, 0, 1, 3)
        grid.addWidget(self.target, 1, 0, 1, 3)
        for column, box in enumerate(self.boxes.values()):
            grid.addWidget(box, 2, column, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.rowErrors, 3, 0, 1, 3)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 3)

    def inputs(self) -> list[QWidget]:
        return [self.actual_value, self.actual_text, self.note]


__all__ = ["LABELS", "IndicatorResultRow", "ProgressFields", "progress_label", "target_text"]
