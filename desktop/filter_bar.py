"""Search and filters above the item table; emits ``changed`` with the proxy's keyword arguments."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from db.services.vocabulary import ItemKind
from desktop.i18n import digits
from desktop.vocabulary import ui_label


class FilterBar(QWidget):
    changed = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(placeholderText=self.tr("ค้นหาชื่อ หน่วยงาน หรือรหัส (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("ประเภท: ทั้งหมด"), None)
        for kind in ItemKind:
            self.kind.addItem(ui_label(kind), kind)
        self.dimension = QComboBox()
        self.dimension.addItem(self.tr("มิติ: ทั้งหมด"), None)
        for number in range(1, 5):
            self.dimension.addItem(self.tr("มิติที่ {n}").format(n=digits(str(number))), number)
        self.responsible = QComboBox()
        self.quarter = QComboBox()
        self.quarter.addItem(self.tr("ไตรมาส: ทั้งหมด"), None)
        for quarter in range(1, 5):
            self.quarter.addItem(self.tr("ไตรมาส {n}").format(n=digits(str(quarter))), quarter)
        self.incomplete = QCheckBox(self.tr("เฉพาะที่ยังไม่ครบ"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 3)
        for widget in (self.kind, self.dimension, self.responsible, self.quarter, self.incomplete):
            layout.addWidget(widget)
        self.set_units(())
        self.search.textChanged.connect(self._emit)
        for combo in (self.kind, self.dimension, self.responsible, self.quarter):
            combo.currentIndexChanged.connect(self._emit)
        self.incomplete.toggled.connect(self._emit)

    def set_units(self, units: tuple[str, ...]) -> None:
        current = self.responsible.currentData()
        self.responsible.blockSignals(True)
        self.responsible.clear()
        self.responsible.addItem(self.tr("หน่วยงาน: ทั้งหมด"), None)
        for unit in units:
            self.responsible.addItem(unit, unit)
        found = self.responsible.findData(current)
        self.responsible.setCurrentIndex(max(0, found))
        self.responsible.blockSignals(False)

    def filters(self) -> dict[str, Any]:
        return {
            "text": self.search.text(),
            "kind": self.kind.currentData(),
            "dimension": self.dimension.currentData(),
            "responsible": self.responsible.currentData(),
            "quarter": self.quarter.currentData(),
            "only_incomplete": self.incomplete.isChecked(),
        }

    def _emit(self, *_: object) -> None:
        self.changed.emit(self.filters())
