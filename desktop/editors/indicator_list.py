"""The indicators (ตัวชี้วัด) of an item: one framed row per indicator, added, removed and reordered."""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.errors import FieldError
from db.services.items import IndicatorDraft
from db.services.vocabulary import Comparison, IndicatorKind, TargetPeriod
from desktop.i18n import digits
from desktop.vocabulary import ui_label
from desktop.widgets import ErrorLabel, FieldBox, QuantityEdit, WrappingLineEdit

#: Units offered for a target (data: the chosen one is printed in the Thai plan, so never translated).
COMMON_UNITS = ("ร้อยละ", "คน", "ครั้ง", "เรื่อง", "ช่องทาง", "หน่วยงาน", "ฉบับ", "โครงการ")
VALUE_FIELDS = ("target_value", "baseline_value")


def enum_combo(members: Iterable[object], *, none_text: str | None = None) -> QComboBox:
    """A combo showing each member's UI label, with the member's value as item data."""
    combo = QComboBox()
    if none_text is not None:
        combo.addItem(none_text, "")
    for member in members:
        combo.addItem(ui_label(member), member.value)  # type: ignore[attr-defined]
    return combo


def select_value(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


class IndicatorRow(QGroupBox):
    """The widgets of one indicator."""

    changed = Signal()
    moveRequested = Signal(object, int)  # row, step (-1 up, +1 down)
    removeRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = enum_combo(IndicatorKind)
        self.statement = WrappingLineEdit(lines=2)
        self.statement.setPlaceholderText(self.tr("เช่น ร้อยละของผู้เข้าร่วมที่มีความรู้เพิ่มขึ้น"))
        self.comparison = enum_combo(Comparison)
        self.target_value = QuantityEdit()
        self.target_unit = QComboBox()
        self.target_unit.setEditable(True)
        self.target_unit.addItems(COMMON_UNITS)
        self.period = enum_combo(TargetPeriod, none_text=self.tr("ไม่ระบุ"))
        self.baseline_value = QuantityEdit()
        self.denominator_text = QLineEdit()
        self.denominator_text.setPlaceholderText(self.tr("ถ้าเป็นร้อยละ: ร้อยละของอะไร"))
        self.measurement_method = QLineEdit()
        self.upButton = QPushButton(self.tr("ขึ้น"))
        self.upButton.setToolTip(self.tr("เลื่อนตัวชี้วัดนี้ขึ้น (Alt+Shift+ลูกศรขึ้น)"))
        self.downButton = QPushButton(self.tr("ลง"))
        self.downButton.setToolTip(self.tr("เลื่อนตัวชี้วัดนี้ลง (Alt+Shift+ลูกศรลง)"))
        self.removeButton = QPushButton(self.tr("ลบ"))
        self.removeButton.setToolTip(self.tr("ลบตัวชี้วัดนี้"))
        self.rowErrors = ErrorLabel()
        self.boxes = {
            "kind": FieldBox(self.kind, self.tr("ประเภท")),
            "statement": FieldBox(self.statement, self.tr("ตัวชี้วัด")),
            "comparison": FieldBox(self.comparison, self.tr("เกณฑ์")),
            "target_value": FieldBox(self.target_value, self.tr("ค่าเป้าหมาย")),
            "target_unit": FieldBox(self.target_unit, self.tr("หน่วยนับ")),
            "period": FieldBox(self.period, self.tr("ช่วงเวลา")),
            "baseline_value": FieldBox(self.baseline_value, self.tr("ค่าฐาน")),
            "denominator_text": FieldBox(self.denominator_text, self.tr("ฐานของร้อยละ (ตัวหาร)")),
            "measurement_method": FieldBox(self.measurement_method, self.tr("วิธีการวัด")),
        }
        buttons = QHBoxLayout()
        for button in (self.upButton, self.downButton, self.removeButton):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        grid.addWidget(self.boxes["kind"], 0, 0)
        grid.addWidget(self.boxes["statement"], 0, 1, 1, 3)
        grid.addLayout(buttons, 0, 4, Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignRight)
        second = ("comparison", "target_value", "target_unit", "period", "baseline_value")
        for column, key in enumerate(second):
            grid.addWidget(self.boxes[key], 1, column)
        grid.addWidget(self.boxes["denominator_text"], 2, 0, 1, 2)
        grid.addWidget(self.boxes["measurement_method"], 2, 2, 1, 3)
        grid.addWidget(self.rowErrors, 3, 0, 1, 5)
        for column in range(5):
            grid.setColumnStretch(column, 1)
        grid.setColumnStretch(2, 2)

        for combo in (self.kind, self.comparison, self.period):
            combo.currentIndexChanged.connect(self._on_changed)
        self.target_unit.currentTextChanged.connect(self._on_changed)
        for edit in (self.statement, self.target_value, self.baseline_value, self.denominator_text):
            edit.textChanged.connect(self._on_changed)
        self.measurement_method.textChanged.connect(self._on_changed)
        for key in VALUE_FIELDS:
            label = self.boxes[key].errorLabel
            getattr(self, key).errorChanged.connect(lambda message, lb=label: lb.setMessage(message or None))
        self.upButton.clicked.connect(lambda: self.moveRequested.emit(self, -1))
        self.downButton.clicked.connect(lambda: self.moveRequested.emit(self, +1))
        self.removeButton.clicked.connect(lambda: self.removeRequested.emit(self))

    def tabOrder(self) -> list[QWidget]:
        """The row's inputs in reading order."""
        return [
            self.kind,
            self.statement,
            self.upButton,
            self.downButton,
            self.removeButton,
            self.comparison,
            self.target_value,
            self.target_unit,
            self.period,
            self.baseline_value,
            self.denominator_text,
            self.measurement_method,
        ]

    def value(self) -> IndicatorDraft:
        period = self.period.currentData()
        return IndicatorDraft(
            kind=IndicatorKind(self.kind.currentData()),
            statement=self.statement.text(),
            comparison=Comparison(self.comparison.currentData()),
            target_value=self.target_value.value(),
            target_unit=self.target_unit.currentText(),
            period=TargetPeriod(period) if period else None,
            denominator_text=self.denominator_text.text(),
            measurement_method=self.measurement_method.text(),
            baseline_value=self.baseline_value.value(),
        )

    def setValue(self, indicator: IndicatorDraft) -> None:
        with QSignalBlocker(self):
            select_value(self.kind, indicator.kind.value)
            select_value(self.comparison, indicator.comparison.value)
            select_value(self.period, indicator.period.value if indicator.period else "")
            self.target_unit.setCurrentText(indicator.target_unit)
            self.statement.setText(indicator.statement)
            self.target_value.setValue(indicator.target_value)
            self.baseline_value.setValue(indicator.baseline_value)
            self.denominator_text.setText(indicator.denominator_text)
            self.measurement_method.setText(indicator.measurement_method)
        self.changed.emit()

    def parseErrors(self) -> dict[str, str]:
        return {key: m for key in VALUE_FIELDS if (m := getattr(self, key).error()) is not None}

    def clearErrors(self) -> None:
        self.rowErrors.setMessage(None)
        for box in self.boxes.values():
            box.errorLabel.setMessage(None)

    def _on_changed(self, *_args: object) -> None:
        self.changed.emit()


class IndicatorList(QWidget):
    """``indicators()`` / ``setIndicators()``; rows keep their widgets when moved."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[IndicatorRow] = []
        self.addButton = QPushButton(self.tr("เพิ่มตัวชี้วัด"))
        self.addButton.setAutoDefault(False)
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setSpacing(8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._rows_layout)
        add_row = QHBoxLayout()
        add_row.addWidget(self.addButton)
        add_row.addStretch(1)
        layout.addLayout(add_row)
        layout.addStretch(1)
        self.addButton.clicked.connect(self._on_add)
        for keys, step in (("Alt+Shift+Up", -1), ("Alt+Shift+Down", +1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self._on_move_key(s))

    def indicators(self) -> tuple[IndicatorDraft, ...]:
        return tuple(row.value() for row in self.rows)

    def setIndicators(self, indicators: Iterable[IndicatorDraft]) -> None:
        for row in self.rows:
            self._rows_layout.removeWidget(row)
            row.deleteLater()
        self.rows = []
        for indicator in indicators:
            self.addRow(indicator, focus=False)
        self.changed.emit()

    def addRow(self, indicator: IndicatorDraft | None = None, *, focus: bool = True) -> IndicatorRow:
        row = IndicatorRow(self)
        if indicator is not None:
            row.setValue(indicator)
        self.rows.append(row)
        self._rows_layout.addWidget(row)
        row.changed.connect(self.changed)
        row.moveRequested.connect(self.moveRow)
        row.removeRequested.connect(self.removeRow)
        self._renumber()
        if focus:
            row.statement.setFocus()
        self.changed.emit()
        return row

    def moveRow(self, row: IndicatorRow, step: int) -> None:
        index = self.rows.index(row)
        target = index + step
        if not 0 <= target < len(self.rows):
            return
        focused = self.focusWidget()
        self.rows.insert(target, self.rows.pop(index))
        self._rows_layout.removeWidget(row)
        self._rows_layout.insertWidget(target, row)
        self._renumber()
        if focused is not None:
            focused.setFocus()
        self.changed.emit()

    def removeRow(self, row: IndicatorRow) -> None:
        index = self.rows.index(row)
        self.rows.pop(index)
        self._rows_layout.removeWidget(row)
        row.hide()
        row.deleteLater()
        self._renumber()
        if self.rows:
            self.rows[min(index, len(self.rows) - 1)].statement.setFocus()
        else:
            self.addButton.setFocus()
        self.changed.emit()

    def parseErrors(self) -> list[FieldError]:
        return [
            FieldError(f"indicators[{index}].{key}", message)
            for index, row in enumerate(self.rows)
            for key, message in row.parseErrors().items()
        ]

    def errorTarget(self, index: int, field: str | None) -> tuple[ErrorLabel, QWidget] | None:
        if not 0 <= index < len(self.rows):
            return None
        row = self.rows[index]
        if field is None:
            return row.rowErrors, row.statement
        box = row.boxes.get(field)
        return None if box is None else (box.errorLabel, box.widget)

    def clearErrors(self) -> None:
        for row in self.rows:
            row.clearErrors()

    def _on_move_key(self, step: int) -> None:
        focused = self.focusWidget()
        row = next((r for r in self.rows if focused is not None and r.isAncestorOf(focused)), None)
        if row is not None:
            self.moveRow(row, step)

    def _on_add(self) -> None:
        self.addRow(IndicatorDraft(IndicatorKind.OUTPUT, ""))

    def _renumber(self) -> None:
        for index, row in enumerate(self.rows):
            row.setTitle(self.tr("ตัวชี้วัดที่ {n}").format(n=digits(str(index + 1))))
            row.upButton.setEnabled(index > 0)
            row.downButton.setEnabled(index < len(self.rows) - 1)
        chain = [widget for row in self.rows for widget in row.tabOrder()] + [self.addButton]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
