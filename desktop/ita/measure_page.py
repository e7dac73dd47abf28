"""One measure of the ITA report: its title, its numbered actions and its results, side by side as
the printed report has them."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QScrollArea, QSplitter, QVBoxLayout, QWidget

from db.errors import FieldError
from db.services.ita import ItaMeasureDraft
from desktop.i18n import digits
from desktop.ita.reference_table import ReferenceRow
from desktop.ita.result_blocks import ResultBlockList
from desktop.widgets import ErrorLabel, FieldBox, OrderedListEdit, WrappingLineEdit

BLOCKS_MIN_WIDTH, ACTIONS_MIN_WIDTH = 560, 240
_ACTION_KEY = re.compile(r"actions\[(\d+)\]")
_BLOCK_KEY = re.compile(r"result_blocks\[(\d+)\](?:\.(.+))?")


class ActionListEdit(OrderedListEdit):
    """The numbered actions; says which action is inserted or removed, so that results follow."""

    inserted = Signal(int)  # the 1-based number of the new action, once it is in the list
    removing = Signal(int)  # the 1-based number of the action about to be removed

    def addItem(self, text: str = "") -> None:
        super().addItem(text)
        self.inserted.emit(self.list.currentRow() + 1)

    def removeCurrent(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.removing.emit(row + 1)
        super().removeCurrent()


class MeasurePage(QWidget):
    """``value()`` / ``setValue()`` of one :class:`ItaMeasureDraft`; ``changed`` on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pageErrors = ErrorLabel()
        self.title = WrappingLineEdit(lines=2)
        self.title.setPlaceholderText(self.tr("เช่น มาตรการสร้างความโปร่งใสในการใช้งบประมาณและการจัดซื้อจัดจ้าง"))
        self.actions = ActionListEdit(
            placeholder=self.tr("ข้อความของข้อที่เลือก รายละเอียดย่อย (๑) (๒) … ให้ขึ้นบรรทัดใหม่ทีละข้อ")
        )
        self.actions.textEdit.setFixedHeight(self.actions.textEdit.fontMetrics().lineSpacing() * 6 + 14)
        self.blocks = ResultBlockList()
        self.boxes = {
            "title": FieldBox(self.title, self.tr("มาตรการหรือกิจกรรมที่ดำเนินการ")),
            "actions": FieldBox(self.actions, self.tr("รายละเอียดการดำเนินการ")),
            "result_blocks": FieldBox(self.blocks, self.tr("ผลลัพธ์หรือความสำเร็จของการดำเนินการ")),
        }
        self.blocksArea = QScrollArea()
        self.blocksArea.setWidgetResizable(True)
        self.blocksArea.setFrameShape(QScrollArea.Shape.NoFrame)
        self.blocksArea.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.blocksArea.setWidget(self.boxes["result_blocks"])
        # no horizontal scrolling: the area is as wide as a result's widest row of references
        self.blocksArea.setMinimumWidth(BLOCKS_MIN_WIDTH)
        self.boxes["actions"].setMinimumWidth(ACTIONS_MIN_WIDTH)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.boxes["actions"])
        self.splitter.addWidget(self.blocksArea)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([400, 600])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pageErrors)
        layout.addWidget(self.boxes["title"])
        layout.addWidget(self.splitter, 1)
        self._action_errors: dict[int, str] = {}

        self.title.textChanged.connect(self.changed)
        self.actions.changed.connect(self._on_actions_changed)
        self.actions.inserted.connect(self.blocks.actionInserted)
        self.actions.removing.connect(self.blocks.actionRemoving)
        self.blocks.changed.connect(self.changed)

    def value(self) -> ItaMeasureDraft:
        return ItaMeasureDraft(
            title=self.title.text(), actions=self.actions.values(), result_blocks=self.blocks.blocks()
        )

    def setValue(self, measure: ItaMeasureDraft) -> None:
        self.title.setText(measure.title)
        self.actions.setValues(measure.actions)
        self.blocks.setBlocks(measure.result_blocks)

    def isBlank(self) -> bool:
        measure = self.value()
        return (
            not measure.title.strip()
            and not any(a.strip() for a in measure.actions)
            and not self.blocks.boxes
        )

    def parseErrors(self, key: str) -> list[FieldError]:
        return self.blocks.parseErrors(f"{key}.result_blocks")

    # messages

    def showError(self, rest: str | None, message: str) -> QWidget | None:
        """Show a message about the part ``rest`` of the measure ("title", "actions[2]",
        "result_blocks[0].references[1].score", ``None`` for the measure itself); returns the widget
        to focus, or ``None`` when no such part is shown."""
        if rest is None:
            self.pageErrors.setMessages([*self.pageErrors.messages(), message])
            return self.title
        if rest in self.boxes:
            self._add(self.boxes[rest], message)
            return self.boxes[rest].widget
        if (match := _ACTION_KEY.fullmatch(rest)) is not None:
            index = int(match[1])
            self._action_errors[index] = message
            self.actions.setItemErrors(self._action_errors)
            self._add(self.boxes["actions"], self.tr("ข้อ {n}: ").format(n=digits(str(index + 1))) + message)
            if index < self.actions.list.count():
                self.actions.list.setCurrentRow(index)
            return self.actions.textEdit
        if (match := _BLOCK_KEY.fullmatch(rest)) is not None and int(match[1]) < len(self.blocks.boxes):
            return self.blocks.boxes[int(match[1])].showError(match[2], message)
        return None

    def referenceRow(self, rest: str) -> ReferenceRow | None:
        """The row of "result_blocks[0].references[1]", if shown."""
        match = _BLOCK_KEY.fullmatch(rest)
        if match is None or match[2] is None or int(match[1]) >= len(self.blocks.boxes):
            return None
        return self.blocks.boxes[int(match[1])].referenceRow(match[2])

    def referenceRows(self) -> list[ReferenceRow]:
        return [row for box in self.blocks.boxes for row in box.references.rows]

    def clearErrors(self) -> None:
        self.pageErrors.setMessage(None)
        for box in self.boxes.values():
            box.errorLabel.setMessage(None)
        self._action_errors = {}
        self.actions.setItemErrors({})
        self.blocks.clearErrors()

    @staticmethod
    def _add(box: FieldBox, message: str) -> None:
        box.errorLabel.setMessages([*box.errorLabel.messages(), message])

    def _on_actions_changed(self) -> None:
        self.blocks.setActionCount(len(self.actions.values()))
        self.changed.emit()
