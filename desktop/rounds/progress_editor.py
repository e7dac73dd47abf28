"""The dialog that records what one plan item achieved in a reporting round.

The caller gives the item, its printed number, what is recorded so far (or the defaults the round
shows), ``validate`` (normally ``check_progress_draft`` of ``db.services.rounds`` bound to the round
and the item) and, once the item has saved progress, an :class:`EvidenceStore`. On บันทึก the dialog
first reads every typed value; text it cannot read stays where it is with a Thai message under it.
Only then is ``validate`` asked, and each ``FieldError`` is shown under its field (unknown keys at
the top). The dialog closes only when nothing is wrong; :meth:`ProgressEditor.draft` then gives the
result. A submitted round opens read only.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from db.errors import FieldError, UserFacingError
from db.services.items import ItemDetail
from db.services.progress_report import item_title
from db.services.rounds import IndicatorResultDraft, ItemProgressDetail, ProgressDraft
from db.services.vocabulary import NotPossibleReason, ProgressStatus
from desktop.editors.indicator_list import select_value
from desktop.editors.item_pages import scrolled
from desktop.i18n import digits
from desktop.rounds.evidence_box import EvidenceBox, EvidenceStore, ServiceEvidenceStore
from desktop.rounds.progress_fields import GREY, IndicatorResultRow, ProgressFields
from desktop.widgets import ErrorLabel, FieldBox
from desktop.widgets.editor_dialog import EditorDialog

Validate = Callable[[ProgressDraft], Iterable[FieldError]]

_RESULT_KEY = re.compile(r"indicator_results\[(\d+)\](?:\.(\w+))?")
BANNER_STYLE = (
    "background: #fdecea; color: #8c1d18; border: 1px solid #f2b8b5; border-radius: 4px;"
    " padding: 8px; font-weight: bold;"
)


class ProgressEditor(EditorDialog):
    def __init__(
        self,
        *,
        item: ItemDetail,
        label: str,
        progress: ItemProgressDetail,
        round_title: str,
        validate: Validate,
        evidence: EvidenceStore | None = None,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("ผลการดำเนินงาน {label}").format(label=digits(label)))
        self._validate = validate
        self._read_only = read_only
        self.title = QLabel(f"{digits(label)} {item_title(item.kind, item.name)}")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet("font-weight: bold; font-size: 12pt;")
        self.roundLabel = QLabel(round_title)
        self.note = QLabel(self._note_text(progress))
        self.note.setWordWrap(True)
        self.note.setStyleSheet(GREY)
        self.banner = QLabel(self.tr("รอบนี้ส่งรายงานแล้ว (ล็อก) แก้ไขไม่ได้ — ปลดล็อกก่อนหากต้องแก้ไข"))
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setVisible(read_only)
        self.messages = ErrorLabel()
        self.fields = ProgressFields()
        self.rows = [IndicatorResultRow(n, indicator) for n, indicator in enumerate(item.indicators, 1)]
        indicators = QWidget()
        rows_layout = QVBoxLayout(indicators)
        rows_layout.setContentsMargins(0, 0, 0, 0)
        for row in self.rows:
            rows_layout.addWidget(row)
        if not self.rows:
            rows_layout.addWidget(QLabel(self.tr("รายการนี้ไม่มีตัวชี้วัด")))
        self.indicatorsBox = FieldBox(indicators, self.tr("ผลตามตัวชี้วัด"))
        assert self.indicatorsBox.caption is not None
        self.indicatorsBox.caption.setStyleSheet("font-weight: bold;")
        self.evidenceBox = EvidenceBox(evidence, read_only=read_only)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.fields)
        body_layout.addSpacing(8)
        body_layout.addWidget(self.indicatorsBox)
        body_layout.addStretch(1)
        self.scroll = scrolled(body)
        if read_only:
            self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
            self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("ปิด"))
            self.okButton = None
        else:
            self.buttons = QDialogButtonBox(
                QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
            )
            self.okButton = self.buttons.button(QDialogButtonBox.StandardButton.Save)
            self.okButton.setText(self.tr("บันทึก"))
            self.okButton.setToolTip(self.tr("บันทึก (Ctrl+S)"))
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        for button in self.buttons.buttons():
            button.setAutoDefault(False)  # Enter alone never closes a half-filled dialog
        header = QVBoxLayout()
        header.setSpacing(2)
        for widget in (self.title, self.roundLabel, self.note):
            header.addWidget(widget)
        columns = QHBoxLayout()
        columns.addWidget(self.scroll, 1)
        columns.addWidget(self.evidenceBox)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.banner)
        layout.addWidget(self.messages)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.fields.status.currentIndexChanged.connect(self._update_enabled)
        self.fields.not_possible_reason.currentIndexChanged.connect(self._update_enabled)
        for keys in (QKeySequence.StandardKey.Save, "Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.accept)

        self.setProgress(progress)
        self._set_tab_order()
        self.resize(1120, 720)

    def _note_text(self, progress: ItemProgressDetail) -> str:
        if progress.reported:
            return self.tr("บันทึกผลของรอบนี้ไว้แล้ว")
        if progress.carried:
            return self.tr(
                "ยังไม่ได้บันทึกในรอบนี้: ค่าที่แสดงยกมาจากรอบ ๖ เดือน "
                "รอบ ๑๒ เดือนเป็นผลงานสะสมทั้งปี กรุณาปรับให้เป็นผลทั้งปีแล้วบันทึก"
            )
        return self.tr("ยังไม่ได้รายงานในรอบนี้: งบประมาณที่แสดงมาจากแผน")

    # values

    def setProgress(self, progress: ProgressDraft) -> None:
        """Show ``progress``; what the dialog then shows is what :meth:`isModified` compares with."""
        fields = self.fields
        with QSignalBlocker(fields.status), QSignalBlocker(fields.not_possible_reason):
            select_value(fields.status, progress.status.value if progress.status else "")
            reason = progress.not_possible_reason
            select_value(fields.not_possible_reason, reason.value if reason else "")
        fields.not_possible_note.setText(progress.not_possible_note)
        fields.actions_text.setPlainText(progress.actions_text)
        fields.results_text.setPlainText(progress.results_text)
        fields.amount_integrated.setValue(progress.amount_integrated)
        fields.amount_own.setValue(progress.amount_own)
        fields.amount_disbursed.setValue(progress.amount_disbursed)
        fields.track_conscience.setChecked(progress.track_conscience)
        fields.track_mechanism.setChecked(progress.track_mechanism)
        fields.track_efficiency.setChecked(progress.track_efficiency)
        fields.remarks.setPlainText(progress.remarks)
        results = list(progress.indicator_results)
        for index, row in enumerate(self.rows):
            result = results[index] if index < len(results) else IndicatorResultDraft()
            row.actual_value.setValue(result.actual_value)
            row.actual_text.setText(result.actual_text)
            row.note.setText(result.note)
        self._update_enabled()
        self._original = self.draft()
        self.clearErrors()

    def draft(self) -> ProgressDraft:
        """The progress as the widgets show it; unreadable numbers count as empty here, and a reason
        counts only while its status (and, for its note, the reason อื่น ๆ) is chosen."""
        fields = self.fields
        status = ProgressStatus(fields.status.currentData()) if fields.status.currentData() else None
        reason = self._reason()
        return ProgressDraft(
            status=status,
            not_possible_reason=reason,
            not_possible_note=fields.not_possible_note.text() if reason is NotPossibleReason.OTHER else "",
            actions_text=fields.actions_text.toPlainText(),
            results_text=fields.results_text.toPlainText(),
            amount_integrated=fields.amount_integrated.value(),
            amount_own=fields.amount_own.value(),
            amount_disbursed=fields.amount_disbursed.value(),
            track_conscience=fields.track_conscience.isChecked(),
            track_mechanism=fields.track_mechanism.isChecked(),
            track_efficiency=fields.track_efficiency.isChecked(),
            remarks=fields.remarks.toPlainText(),
            indicator_results=tuple(
                IndicatorResultDraft(row.actual_value.value(), row.actual_text.text(), row.note.text())
                for row in self.rows
            ),
        )

    def _reason(self) -> NotPossibleReason | None:
        fields = self.fields
        if fields.status.currentData() != ProgressStatus.NOT_POSSIBLE.value:
            return None
        value = fields.not_possible_reason.currentData()
        return NotPossibleReason(value) if value else None

    def parseErrors(self) -> tuple[FieldError, ...]:
        """Typed text that cannot be read as an amount or a number, keyed like the services' errors."""
        errors = [
            FieldError(key, message)
            for key in ("amount_integrated", "amount_own", "amount_disbursed")
            if (message := getattr(self.fields, key).error()) is not None
        ]
        errors += [
            FieldError(f"indicator_results[{index}].actual_value", message)
            for index, row in enumerate(self.rows)
            if (message := row.actual_value.error()) is not None
        ]
        return tuple(errors)

    def isModified(self) -> bool:
        return not self._read_only and (bool(self.parseErrors()) or self.draft() != self._original)

    # closing

    def accept(self) -> None:
        if self._read_only:
            return
        self.clearErrors()
        problems = self.parseErrors()
        if problems:
            self.showErrors(problems, self.tr("อ่านค่าที่กรอกบางช่องไม่ได้ กรุณาแก้ไขช่องที่มีข้อความสีแดง"))
            return
        try:
            problems = tuple(self._validate(self.draft()))
        except UserFacingError as exc:  # e.g. the file is locked: say so, keep everything typed
            self.messages.setMessage(exc.message_th)
            return
        if problems:
            self.showErrors(problems, self.tr("ยังบันทึกไม่ได้ กรุณาแก้ไขตามข้อความสีแดง"))
            return
        super().accept()

    # errors

    def clearErrors(self) -> None:
        self.messages.setMessage(None)
        self.indicatorsBox.errorLabel.setMessage(None)
        for box in self.fields.boxes.values():
            box.errorLabel.setMessage(None)
        for row in self.rows:
            row.rowErrors.setMessage(None)
            for box in row.boxes.values():
                box.errorLabel.setMessage(None)

    def showErrors(self, errors: Iterable[FieldError], summary: str = "") -> None:
        """Put each message under its field; messages about no known field go to the top."""
        by_label: dict[ErrorLabel, list[str]] = {}
        unplaced: list[str] = []
        first_focus: QWidget | None = None
        for error in errors:
            target = self._target(error.field)
            if target is None:
                unplaced.append(error.message_th)
                continue
            by_label.setdefault(target.errorLabel, []).append(error.message_th)
            first_focus = first_focus or target.widget
        for label, messages in by_label.items():
            label.setMessages([*label.messages(), *messages])
        self.messages.setMessages([summary, *unplaced] if summary else unplaced)
        if first_focus is not None:
            self.scroll.ensureWidgetVisible(first_focus)
            first_focus.setFocus()

    def _target(self, key: str) -> FieldBox | None:
        if (box := self.fields.boxes.get(key)) is not None:
            return box
        if key == "indicator_results":
            return self.indicatorsBox
        if (match := _RESULT_KEY.fullmatch(key)) is None or not 0 <= int(match[1]) < len(self.rows):
            return None
        return self.rows[int(match[1])].boxes.get(match[2] or "actual_value")

    # reactions

    def _update_enabled(self) -> None:
        fields = self.fields
        editable = not self._read_only
        not_possible = fields.status.currentData() == ProgressStatus.NOT_POSSIBLE.value
        fields.not_possible_reason.setEnabled(editable and not_possible)
        fields.not_possible_note.setEnabled(editable and self._reason() is NotPossibleReason.OTHER)
        if self._read_only:
            for widget in self.inputs():
                widget.setEnabled(False)

    def inputs(self) -> list[QWidget]:
        """Every input of the draft, in Tab order."""
        return [*self.fields.inputs(), *(w for row in self.rows for w in row.inputs())]

    def _set_tab_order(self) -> None:
        chain = [
            *self.inputs(),
            self.evidenceBox.list,
            *self.evidenceBox.buttons(),
            *self.buttons.buttons(),
        ]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)


__all__ = ["EvidenceStore", "ProgressEditor", "ServiceEvidenceStore", "Validate"]
