"""The results of one measure: each covers a range of its actions ("ข้อ ๑–๓") and cites references.

The range is chosen with two spin boxes bounded by the measure's action count. When an action is
inserted or removed, the ranges after it move with their actions, so a result keeps covering what it
covered.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.errors import FieldError
from db.services.ita import ItaResultBlockDraft
from desktop.i18n import digits
from desktop.ita.fields import NumberSpinBox
from desktop.ita.reference_table import ReferenceRow, ReferenceTable
from desktop.widgets import ErrorLabel, FieldBox

_REFERENCE_KEY = re.compile(r"references\[(\d+)\](?:\.(\w+))?")


def range_text(first: int, last: int) -> str:
    """ "๑–๓", or "๔" for a single action (digits as the UI shows them)."""
    return digits(f"{first}–{last}" if first < last else str(first))


class ResultBlockBox(QGroupBox):
    """The widgets of one result: the range of actions, the text and the references."""

    changed = Signal()
    removeRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = NumberSpinBox()
        self.last = NumberSpinBox()
        for spin in (self.first, self.last):
            spin.setRange(1, 1)
            spin.setMinimumWidth(64)
        self.first.setToolTip(self.tr("ข้อแรกของรายละเอียดการดำเนินการที่ผลลัพธ์นี้ครอบคลุม"))
        self.last.setToolTip(self.tr("ข้อสุดท้ายของรายละเอียดการดำเนินการที่ผลลัพธ์นี้ครอบคลุม"))
        self.removeButton = QPushButton(self.tr("ลบผลลัพธ์นี้"))
        self.removeButton.setToolTip(self.tr("ลบผลลัพธ์นี้พร้อมข้ออ้างอิง"))
        self.removeButton.setAutoDefault(False)
        self.errorLabel = ErrorLabel()
        self.result_text = QPlainTextEdit()
        self.result_text.setTabChangesFocus(True)
        spacing = self.result_text.fontMetrics().lineSpacing()
        self.result_text.setFixedHeight(spacing * 5 + 14)
        self.result_text.setPlaceholderText(self.tr("ผลลัพธ์หรือความสำเร็จของการดำเนินการตามข้อเหล่านี้"))
        self.references = ReferenceTable()
        self.boxes = {
            "result_text": FieldBox(self.result_text, self.tr("ผลลัพธ์หรือความสำเร็จ")),
            "references": FieldBox(self.references, self.tr("อ้างอิงผลการประเมิน ITA")),
        }
        from_label = QLabel(self.tr("ครอบคลุมข้อ"))
        from_label.setBuddy(self.first)
        to_label = QLabel(self.tr("ถึงข้อ"))
        to_label.setBuddy(self.last)
        range_row = QHBoxLayout()
        range_row.addWidget(from_label)
        range_row.addWidget(self.first)
        range_row.addWidget(to_label)
        range_row.addWidget(self.last)
        range_row.addStretch(1)
        range_row.addWidget(self.removeButton)
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addLayout(range_row)
        layout.addWidget(self.errorLabel)
        layout.addWidget(self.boxes["result_text"])
        layout.addWidget(self.boxes["references"])

        self.first.valueChanged.connect(self._on_first_changed)
        self.last.valueChanged.connect(self._on_range_changed)
        self.result_text.textChanged.connect(self.changed)
        self.references.changed.connect(self.changed)
        self.removeButton.clicked.connect(lambda: self.removeRequested.emit(self))
        self._update_title()

    def value(self) -> ItaResultBlockDraft:
        return ItaResultBlockDraft(
            first_action=self.first.value(),
            last_action=self.last.value(),
            result_text=self.result_text.toPlainText(),
            references=self.references.references(),
        )

    def setValue(self, block: ItaResultBlockDraft) -> None:
        self.setRange(block.first_action, block.last_action)
        self.result_text.setPlainText(block.result_text)
        self.references.setReferences(block.references)

    def range(self) -> tuple[int, int]:
        return self.first.value(), self.last.value()

    def setRange(self, first: int, last: int) -> None:
        with QSignalBlocker(self.first), QSignalBlocker(self.last):
            self.first.setValue(first)
            self.last.setMinimum(self.first.value())
            self.last.setValue(last)
        self._update_title()
        self.changed.emit()

    def setActionCount(self, count: int) -> None:
        """Bound the range by the measure's ``count`` actions (at least ๑, so that it shows)."""
        top = max(count, 1)
        if top == self.first.maximum() == self.last.maximum():
            return
        with QSignalBlocker(self.first), QSignalBlocker(self.last):
            self.first.setMaximum(top)
            self.last.setMaximum(top)
            self.last.setMinimum(self.first.value())
        self._update_title()
        self.changed.emit()

    def parseErrors(self, key: str) -> list[FieldError]:
        return self.references.parseErrors(key)

    def showError(self, rest: str | None, message: str) -> QWidget | None:
        """Show a message about ``rest`` ("references[0].score", or ``None`` for the range)."""
        if rest is None:
            self.errorLabel.setMessages([*self.errorLabel.messages(), message])
            return self.first
        if rest in self.boxes:
            box = self.boxes[rest]
            box.errorLabel.setMessages([*box.errorLabel.messages(), message])
            return box.widget
        row = self.referenceRow(rest)
        if row is None:
            return None
        match = _REFERENCE_KEY.fullmatch(rest)
        assert match is not None
        return row.showError(match[2], message)

    def referenceRow(self, rest: str) -> ReferenceRow | None:
        match = _REFERENCE_KEY.fullmatch(rest)
        if match is None or int(match[1]) >= len(self.references.rows):
            return None
        return self.references.rows[int(match[1])]

    def clearErrors(self) -> None:
        self.errorLabel.setMessage(None)
        for box in self.boxes.values():
            box.errorLabel.setMessage(None)
        self.references.clearErrors()

    def _on_first_changed(self, first: int) -> None:
        with QSignalBlocker(self.last):
            self.last.setMinimum(first)  # the last action moves up with the first
        self._on_range_changed()

    def _on_range_changed(self, *_args: object) -> None:
        self._update_title()
        self.changed.emit()

    def _update_title(self) -> None:
        self.setTitle(self.tr("ผลลัพธ์ของข้อ {range}").format(range=range_text(*self.range())))


class ResultBlockList(QWidget):
    """``blocks()`` / ``setBlocks()``: the measure's results, each in a :class:`ResultBlockBox`."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: list[ResultBlockBox] = []
        self._action_count = 0
        self.addButton = QPushButton(self.tr("เพิ่มผลลัพธ์"))
        self.addButton.setAutoDefault(False)
        self.addButton.setToolTip(self.tr("เพิ่มผลลัพธ์ของข้อถัดไปที่ยังไม่มีผลลัพธ์"))
        self.emptyLabel = QLabel(self.tr("ยังไม่มีผลลัพธ์ของมาตรการนี้"))
        self.emptyLabel.setStyleSheet("color: #5f6368;")
        self._boxes_layout = QVBoxLayout()
        self._boxes_layout.setContentsMargins(0, 0, 0, 0)
        self._boxes_layout.setSpacing(10)
        add_row = QHBoxLayout()
        add_row.addWidget(self.addButton)
        add_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.emptyLabel)
        layout.addLayout(self._boxes_layout)
        layout.addLayout(add_row)
        layout.addStretch(1)
        self.addButton.clicked.connect(self._on_add)

    def blocks(self) -> tuple[ItaResultBlockDraft, ...]:
        return tuple(box.value() for box in self.boxes)

    def setBlocks(self, blocks: tuple[ItaResultBlockDraft, ...]) -> None:
        for box in self.boxes:
            self._boxes_layout.removeWidget(box)
            box.deleteLater()
        self.boxes = []
        for block in blocks:
            self.addBlock(block, focus=False)
        self.changed.emit()

    def addBlock(self, block: ItaResultBlockDraft, *, focus: bool = True) -> ResultBlockBox:
        box = ResultBlockBox(self)
        box.setActionCount(self._action_count)
        box.setValue(block)
        self.boxes.append(box)
        self._boxes_layout.addWidget(box)
        box.changed.connect(self.changed)
        box.removeRequested.connect(self.removeBlock)
        self.emptyLabel.setVisible(False)
        if focus:
            box.result_text.setFocus()
        self.changed.emit()
        return box

    def removeBlock(self, box: ResultBlockBox) -> None:
        index = self.boxes.index(box)
        self.boxes.pop(index)
        self._boxes_layout.removeWidget(box)
        box.hide()
        box.deleteLater()
        self.emptyLabel.setVisible(not self.boxes)
        self.addButton.setFocus()
        self.changed.emit()

    def setActionCount(self, count: int) -> None:
        self._action_count = count
        for box in self.boxes:
            box.setActionCount(count)

    def actionInserted(self, number: int) -> None:
        """Action ``number`` (1-based) is new: later ranges move down, a range around it grows."""
        for box in self.boxes:
            first, last = box.range()
            if first >= number:
                box.setRange(first + 1, last + 1)
            elif last >= number:
                box.setRange(first, last + 1)

    def actionRemoving(self, number: int) -> None:
        """Action ``number`` is about to go: later ranges move up, a range around it shrinks."""
        for box in self.boxes:
            first, last = box.range()
            if first > number:
                box.setRange(first - 1, last - 1)
            elif last >= number and last > first:
                box.setRange(first, last - 1)

    def parseErrors(self, key: str) -> list[FieldError]:
        return [e for index, box in enumerate(self.boxes) for e in box.parseErrors(f"{key}[{index}]")]

    def clearErrors(self) -> None:
        for box in self.boxes:
            box.clearErrors()

    def _on_add(self) -> None:
        covered = {n for box in self.boxes for n in range(box.range()[0], box.range()[1] + 1)}
        free = [n for n in range(1, self._action_count + 1) if n not in covered]
        number = free[0] if free else max(self._action_count, 1)
        self.addBlock(ItaResultBlockDraft(number, number))
