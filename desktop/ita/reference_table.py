"""The ITA references of one result: a small table of code, item name, pass-mark claim and score.

Under each reference a grey line shows how it prints; an unreadable code or score keeps its text
with a red Thai message instead, and a finding of the check (a claim its score contradicts) is
shown in amber.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.errors import FieldError
from db.services.ita import CLAIM_TEXT, ItaReferenceDraft, reference_text, score_text
from db.thai import ThaiParseError
from desktop.ita.fields import CodeEdit, ScoreEdit
from desktop.widgets import ErrorLabel, WrappingLineEdit, mark_invalid

#: Widths of the fixed columns (code, claim, score, remove); the item's name takes the rest.
CODE_WIDTH, CLAIM_WIDTH, SCORE_WIDTH, REMOVE_WIDTH = 112, 76, 80, 48
LABEL_MIN_WIDTH = 150
WARNING_COLOUR = "#8a5300"
PREVIEW_COLOUR = "#5f6368"
FIELDS = ("code", "label", "claims_threshold", "score")


def _columns(grid: QGridLayout) -> None:
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setHorizontalSpacing(6)
    grid.setVerticalSpacing(2)
    grid.setColumnStretch(1, 1)
    for column, width in ((0, CODE_WIDTH), (2, CLAIM_WIDTH), (3, SCORE_WIDTH), (4, REMOVE_WIDTH)):
        grid.setColumnMinimumWidth(column, width)


class ReferenceRow(QWidget):
    """The widgets of one reference."""

    changed = Signal()
    removeRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = CodeEdit()
        self.code.setFixedWidth(CODE_WIDTH)
        self.code.setPlaceholderText(self.tr("เช่น e๙"))
        self.code.setToolTip(self.tr("รหัสข้อ เช่น ตัวชี้วัดที่ ๖, e๙, i๑๔, o๒๘ หรือ ภาพรวม"))
        self.label = WrappingLineEdit(lines=2)
        self.label.setMinimumWidth(LABEL_MIN_WIDTH)
        self.label.setPlaceholderText(self.tr("ชื่อตัวชี้วัดหรือข้อ (ถ้ามี)"))
        self.claims_threshold = QCheckBox()
        self.claims_threshold.setToolTip(self.tr("พิมพ์ว่า {claim}").format(claim=CLAIM_TEXT))
        claim_box = QWidget()
        claim_box.setFixedWidth(CLAIM_WIDTH)
        claim_layout = QHBoxLayout(claim_box)
        claim_layout.setContentsMargins(0, 0, 0, 0)
        claim_layout.addWidget(self.claims_threshold, 0, Qt.AlignmentFlag.AlignCenter)
        self.score = ScoreEdit()
        self.score.setFixedWidth(SCORE_WIDTH)
        self.score.setToolTip(self.tr("คะแนน ๐–๑๐๐ ทศนิยมไม่เกิน ๒ ตำแหน่ง เว้นว่างถ้าไม่มีคะแนน"))
        self.removeButton = QPushButton(self.tr("ลบ"))
        self.removeButton.setFixedWidth(REMOVE_WIDTH)
        self.removeButton.setAutoDefault(False)
        self.removeButton.setToolTip(self.tr("ลบข้ออ้างอิงนี้"))
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setStyleSheet(f"color: {PREVIEW_COLOUR};")
        self.errorLabel = ErrorLabel()
        self.warningLabel = QLabel()
        self.warningLabel.setWordWrap(True)
        self.warningLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.warningLabel.setStyleSheet(f"color: {WARNING_COLOUR};")
        self.warningLabel.setVisible(False)
        self._parse_messages = {"code": "", "score": ""}
        grid = QGridLayout(self)
        _columns(grid)
        grid.addWidget(self.code, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.label, 0, 1)
        grid.addWidget(claim_box, 0, 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.score, 0, 3, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.removeButton, 0, 4, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.preview, 1, 0, 1, 4)
        grid.addWidget(self.errorLabel, 2, 0, 1, 5)
        grid.addWidget(self.warningLabel, 3, 0, 1, 5)

        for edit in (self.code, self.score):
            edit.textChanged.connect(self._on_changed)
        self.code.errorChanged.connect(lambda message: self._on_parse_message("code", message))
        self.score.errorChanged.connect(lambda message: self._on_parse_message("score", message))
        self.score.editingFinished.connect(self._update_preview)
        self.label.textChanged.connect(self._on_changed)
        self.claims_threshold.toggled.connect(self._on_changed)
        self.removeButton.clicked.connect(lambda: self.removeRequested.emit(self))
        self._update_preview()

    def tabOrder(self) -> list[QWidget]:
        return [self.code, self.label, self.claims_threshold, self.score, self.removeButton]

    def value(self) -> ItaReferenceDraft:
        """The reference as shown; an unreadable score counts as none here (see :meth:`parseErrors`)."""
        return ItaReferenceDraft(
            code=self.code.text(),
            label=self.label.text(),
            claims_threshold=self.claims_threshold.isChecked(),
            score=self.score.value(),
        )

    def setValue(self, reference: ItaReferenceDraft) -> None:
        self.code.setText(reference.code)
        self.label.setText(reference.label)
        self.claims_threshold.setChecked(reference.claims_threshold)
        self.score.setValue(reference.score)
        self._update_preview()

    def parseErrors(self, key: str) -> list[FieldError]:
        edits = {"code": self.code, "score": self.score}
        return [FieldError(f"{key}.{name}", m) for name, edit in edits.items() if (m := edit.error())]

    def field(self, name: str) -> QWidget:
        """The input of the draft field ``name`` ("code", "label", "claims_threshold", "score")."""
        fields = {"code": self.code, "label": self.label, "claims_threshold": self.claims_threshold}
        return fields.get(name, self.score)

    # messages

    def showError(self, name: str | None, message: str) -> QWidget:
        """Add ``message`` under the row, tint the field ``name`` is about; returns that field."""
        widget = self.field(name) if name in FIELDS else self.code
        if name in FIELDS:
            mark_invalid(widget, message)
        self.errorLabel.setMessages([*self.errorLabel.messages(), message])
        return widget

    def clearErrors(self) -> None:
        for name in FIELDS:
            mark_invalid(self.field(name), None)
        self.errorLabel.setMessage(None)

    def setWarning(self, message: str | None) -> None:
        self.warningLabel.setText(message or "")
        self.warningLabel.setVisible(bool(message))

    # reactions

    def _on_changed(self, *_args: object) -> None:
        self._update_preview()
        self.changed.emit()

    def _on_parse_message(self, name: str, message: str) -> None:
        self._parse_messages[name] = message
        self.errorLabel.setMessages(self._parse_messages.values())

    def _update_preview(self) -> None:
        reference = self.value()
        try:
            printed = reference_text(reference)
        except ThaiParseError:
            self.preview.setVisible(False)
            return
        if reference.claims_threshold:
            printed = f"{printed} {CLAIM_TEXT}"
        if reference.score is not None and self.score.error() is None:
            printed = f"{printed}\n{score_text(reference)}"
        self.preview.setText(self.tr("พิมพ์ว่า: {text}").format(text=printed))
        self.preview.setVisible(True)


class ReferenceTable(QWidget):
    """``references()`` / ``setReferences()``; a header over one :class:`ReferenceRow` per reference."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ReferenceRow] = []
        self.header = QWidget()
        grid = QGridLayout(self.header)
        _columns(grid)
        captions = (
            self.tr("รหัส"),
            self.tr("ชื่อข้อ"),
            self.tr("อ้างผ่านเกณฑ์ ๘๕"),
            self.tr("คะแนน"),
        )
        for column, caption in enumerate(captions):
            label = QLabel(caption)
            label.setStyleSheet("font-weight: bold;")
            label.setWordWrap(True)
            if column == 2:
                label.setAlignment(Qt.AlignmentFlag.AlignCenter)
                label.setFixedWidth(CLAIM_WIDTH)
            grid.addWidget(label, 0, column, Qt.AlignmentFlag.AlignBottom)
        self.addButton = QPushButton(self.tr("เพิ่มข้ออ้างอิง"))
        self.addButton.setAutoDefault(False)
        self.addButton.setToolTip(self.tr("เพิ่มตัวชี้วัดหรือข้อของการประเมิน ITA ที่ผลลัพธ์นี้อ้างถึง"))
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(6)
        add_row = QHBoxLayout()
        add_row.addWidget(self.addButton)
        add_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.header)
        layout.addLayout(self._rows_layout)
        layout.addLayout(add_row)
        self.addButton.clicked.connect(lambda: self.addRow())
        self._update_header()

    def references(self) -> tuple[ItaReferenceDraft, ...]:
        return tuple(row.value() for row in self.rows)

    def setReferences(self, references: tuple[ItaReferenceDraft, ...]) -> None:
        for row in self.rows:
            self._rows_layout.removeWidget(row)
            row.deleteLater()
        self.rows = []
        for reference in references:
            self.addRow(reference, focus=False)
        self.changed.emit()

    def addRow(self, reference: ItaReferenceDraft | None = None, *, focus: bool = True) -> ReferenceRow:
        row = ReferenceRow(self)
        if reference is not None:
            row.setValue(reference)
        self.rows.append(row)
        self._rows_layout.addWidget(row)
        row.changed.connect(self.changed)
        row.removeRequested.connect(self.removeRow)
        self._update_header()
        if focus:
            row.code.setFocus()
        self.changed.emit()
        return row

    def removeRow(self, row: ReferenceRow) -> None:
        index = self.rows.index(row)
        self.rows.pop(index)
        self._rows_layout.removeWidget(row)
        row.hide()
        row.deleteLater()
        self._update_header()
        if self.rows:
            self.rows[min(index, len(self.rows) - 1)].code.setFocus()
        else:
            self.addButton.setFocus()
        self.changed.emit()

    def parseErrors(self, key: str) -> list[FieldError]:
        return [
            e for index, row in enumerate(self.rows) for e in row.parseErrors(f"{key}.references[{index}]")
        ]

    def clearErrors(self) -> None:
        for row in self.rows:
            row.clearErrors()

    def _update_header(self) -> None:
        self.header.setVisible(bool(self.rows))
        chain = [widget for row in self.rows for widget in row.tabOrder()] + [self.addButton]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
