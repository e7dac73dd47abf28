"""The round's summary page (ปัจจัยสนับสนุน, ปัญหา/อุปสรรค, ข้อเสนอแนะ), its reporter and the
announcement's date and signer.

On บันทึก the dates are read first (text that cannot be read stays with a Thai message under it),
then ``validate`` is asked; each FieldError is shown under its field and the dialog stays open
until nothing is wrong. A submitted (locked) round is shown read-only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from db.errors import FieldError, UserFacingError
from db.services.rounds import RoundSummary
from desktop.widgets import ErrorLabel, FieldBox, ThaiDateEdit
from desktop.widgets.editor_dialog import EditorDialog

Validate = Callable[[RoundSummary], Iterable[FieldError]]
TEXT_FIELDS = ("supporting_factors", "problems", "suggestions")
LINE_FIELDS = (
    "reporter_name",
    "reporter_position",
    "reporter_phone",
    "reporter_fax",
    "reporter_email",
    "signer_name",
    "signer_position",
)
DATE_FIELDS = ("report_date", "announcement_date")


class RoundSummaryDialog(EditorDialog):
    def __init__(
        self,
        summary: RoundSummary,
        *,
        round_title: str = "",
        validate: Validate | None = None,
        read_only: bool = False,
        default_signer: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        title = self.tr("สรุปผลและผู้รายงาน")
        self.setWindowTitle(f"{title} — {round_title}" if round_title else title)
        self._validate, self._read_only, self._original = validate, read_only, summary
        self.texts = {name: QPlainTextEdit() for name in TEXT_FIELDS}
        self.lines = {name: QLineEdit() for name in LINE_FIELDS}
        self.dates = {name: ThaiDateEdit() for name in DATE_FIELDS}
        for edit in self.texts.values():
            edit.setTabChangesFocus(True)
        self.lines["reporter_email"].setPlaceholderText("saraban@example.go.th")
        if default_signer:  # the form prints the office's executive when no signer is given
            self.lines["signer_name"].setPlaceholderText(default_signer)
            self.lines["signer_name"].setToolTip(self.tr("ว่างไว้ จะใช้ชื่อผู้บริหารในข้อมูลหน่วยงาน"))
        self.boxes: dict[str, FieldBox] = {}
        self.messages = ErrorLabel()
        self._build()
        self._fill(summary)
        if read_only:
            self._make_read_only()
        self.resize(960, 620)

    # -- construction ------------------------------------------------------------------------------
    def _box(self, name: str, widget: QWidget, caption: str = "") -> FieldBox:
        box = FieldBox(widget, caption)
        self.boxes[name] = box
        return box

    def _build(self) -> None:
        summary = QGroupBox(self.tr("สรุปผลการดำเนินงาน"))
        column = QVBoxLayout(summary)
        for name, caption in (
            ("supporting_factors", self.tr("ปัจจัยสนับสนุน")),
            ("problems", self.tr("ปัญหา/อุปสรรค")),
            ("suggestions", self.tr("ข้อเสนอแนะ")),
        ):
            column.addWidget(self._box(name, self.texts[name], caption), 1)

        reporter = QGroupBox(self.tr("ผู้รายงาน"))
        form = QFormLayout(reporter)
        for name, caption in (
            ("reporter_name", self.tr("ชื่อ-สกุล")),
            ("reporter_position", self.tr("ตำแหน่ง")),
            ("reporter_phone", self.tr("โทรศัพท์")),
            ("reporter_fax", self.tr("โทรสาร")),
            ("reporter_email", self.tr("อีเมล")),
        ):
            form.addRow(caption, self._box(name, self.lines[name]))
        form.addRow(self.tr("วันที่รายงาน"), self._box("report_date", self.dates["report_date"]))

        announcement = QGroupBox(self.tr("ประกาศผลการดำเนินงาน"))
        form = QFormLayout(announcement)
        form.addRow(self.tr("วันที่ประกาศ"), self._box("announcement_date", self.dates["announcement_date"]))
        form.addRow(self.tr("ผู้ลงนามประกาศ"), self._box("signer_name", self.lines["signer_name"]))
        form.addRow(self.tr("ตำแหน่ง"), self._box("signer_position", self.lines["signer_position"]))

        right = QVBoxLayout()
        right.addWidget(reporter)
        right.addWidget(announcement)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addWidget(summary, 1)
        columns.addLayout(right, 1)

        self.buttons = QDialogButtonBox()
        if self._read_only:
            self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
            self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("ปิด"))
        else:
            self.buttons.setStandardButtons(
                QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
            )
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("บันทึก"))
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if self._read_only:
            note = QLabel(self.tr("รอบนี้ส่งรายงานแล้ว (ล็อกไว้) แก้ไขได้หลังปลดล็อกพร้อมระบุเหตุผล"))
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addWidget(self.messages)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)

    def _fill(self, summary: RoundSummary) -> None:
        for name, edit in self.texts.items():
            edit.setPlainText(getattr(summary, name))
        for name, line in self.lines.items():
            line.setText(getattr(summary, name))
        for name, date_edit in self.dates.items():
            date_edit.setValue(getattr(summary, name))

    def _make_read_only(self) -> None:
        for edit in self.texts.values():
            edit.setReadOnly(True)
        for line in (*self.lines.values(), *(d.lineEdit for d in self.dates.values())):
            line.setReadOnly(True)
            line.setPlaceholderText("")  # an example in an empty field could be taken for the value
        for date_edit in self.dates.values():
            date_edit.calendarButton.setEnabled(False)

    # -- values ------------------------------------------------------------------------------------
    def summary(self) -> RoundSummary:
        values: dict[str, object] = {name: edit.toPlainText() for name, edit in self.texts.items()}
        values.update({name: line.text() for name, line in self.lines.items()})
        values.update({name: date_edit.value() for name, date_edit in self.dates.items()})
        return RoundSummary(**values)  # type: ignore[arg-type]

    def isModified(self) -> bool:
        """Changed since opened (a read-only dialog never is: nothing typed there can be saved)."""
        if self._read_only:
            return False
        return any(d.error() for d in self.dates.values()) or self.summary() != self._original

    # -- closing -----------------------------------------------------------------------------------
    def accept(self) -> None:
        if self._read_only:
            super().reject()
            return
        self.clearErrors()
        unreadable = [FieldError(name, e) for name, d in self.dates.items() if (e := d.error())]
        try:
            problems = [*unreadable, *(self._validate(self.summary()) if self._validate else ())]
        except UserFacingError as exc:  # e.g. the file is locked: say so, keep everything typed
            self.showErrors(unreadable)
            self.messages.setMessages([*self.messages.messages(), exc.message_th])
            return
        if problems:
            self.showErrors(problems, self.tr("ยังบันทึกไม่ได้ กรุณาแก้ไขช่องที่มีข้อความสีแดง"))
            return
        super().accept()

    # -- errors ------------------------------------------------------------------------------------
    def clearErrors(self) -> None:
        self.messages.setMessage(None)
        for box in self.boxes.values():
            box.errorLabel.setMessage(None)

    def showErrors(self, errors: Iterable[FieldError], summary: str = "") -> None:
        """Each message under its field; messages about no field of this dialog go to the top."""
        unplaced: list[str] = []
        first: QWidget | None = None
        for error in errors:
            box = self.boxes.get(error.field)
            if box is None:
                unplaced.append(error.message_th)
                continue
            box.errorLabel.setMessages([*box.errorLabel.messages(), error.message_th])
            first = first or box.widget
        self.messages.setMessages([summary, *unplaced] if summary else unplaced)
        if first is not None:
            first.setFocus()

    def errors(self) -> dict[str, tuple[str, ...]]:
        """The messages shown under the fields, by field (for tests and the English UI check)."""
        return {
            name: box.errorLabel.messages() for name, box in self.boxes.items() if box.errorLabel.messages()
        }
