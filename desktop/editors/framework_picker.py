"""Pick the framework items (มิติ/ข้อ) an item belongs to; the first one picked is the primary one."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.services.frameworks import FrameworkInfo, FrameworkNode
from db.thai import to_arabic_digits
from desktop.i18n import digits

CODE_ROLE = Qt.ItemDataRole.UserRole


class FrameworkPicker(QWidget):
    """A tree of the plan's framework with check boxes, and the picked codes in order below it."""

    changed = Signal()

    def __init__(self, framework: FrameworkInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._framework = framework
        self._codes: list[str] = []
        self._items: dict[str, QTreeWidgetItem] = {}
        self.filterEdit = QLineEdit()
        self.filterEdit.setPlaceholderText(self.tr("ค้นหาข้อ: พิมพ์รหัส เช่น 2.2.2 หรือคำในชื่อข้อ"))
        self.filterEdit.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.chosenList = QListWidget()
        self.chosenList.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.chosenList.setToolTip(self.tr("ข้อที่เลือก ข้อแรกเป็นข้อหลักที่ใช้จัดกลุ่มในแผน"))
        self.primaryButton = QPushButton(self.tr("ตั้งเป็นข้อหลัก"))
        self.removeButton = QPushButton(self.tr("นำออก"))
        for button in (self.primaryButton, self.removeButton):
            button.setAutoDefault(False)
        side = QVBoxLayout()
        side.addWidget(self.primaryButton)
        side.addWidget(self.removeButton)
        side.addStretch(1)
        chosen = QHBoxLayout()
        chosen.addWidget(self.chosenList, 1)
        chosen.addLayout(side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.filterEdit)
        layout.addWidget(self.tree, 3)
        layout.addLayout(chosen, 1)
        self._fill()
        row_height = self.chosenList.fontMetrics().lineSpacing() + 8
        self.chosenList.setFixedHeight(row_height * 3 + 6)
        self.tree.itemChanged.connect(self._on_item_changed)
        self.filterEdit.textChanged.connect(self._on_filter)
        self.primaryButton.clicked.connect(self._on_make_primary)
        self.removeButton.clicked.connect(self._on_remove)
        self.chosenList.currentRowChanged.connect(self._update_buttons)
        self._update_buttons()

    def codes(self) -> tuple[str, ...]:
        return tuple(self._codes)

    def setCodes(self, codes: Iterable[str]) -> None:
        self._codes = list(dict.fromkeys(codes))
        with QSignalBlocker(self.tree):
            for code, item in self._items.items():
                checked = code in self._codes
                item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                if checked:
                    self._reveal(item)
        self._refresh_chosen()
        self.changed.emit()

    def setPrimary(self, code: str) -> None:
        if code in self._codes:
            self._codes.remove(code)
            self._codes.insert(0, code)
            self._refresh_chosen(select=0)
            self.changed.emit()

    def _fill(self) -> None:
        def add(node: FrameworkNode, parent: QTreeWidgetItem | None) -> None:
            item = QTreeWidgetItem([self._node_text(node)])
            item.setData(0, CODE_ROLE, node.code)
            tooltip = self._node_text(node) + (f"\n({node.title_alt})" if node.title_alt else "")
            item.setToolTip(0, tooltip)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            if parent is None:
                self.tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
            self._items[node.code] = item
            for child in node.children:
                add(child, item)

        for dimension in self._framework.dimensions:
            add(dimension, None)

    def _node_text(self, node: FrameworkNode) -> str:
        code = digits(node.code)
        if node.level == 1:
            return self.tr("มิติที่ {code} {title}").format(code=code, title=node.title)
        return f"{code} {node.title}"

    def _reveal(self, item: QTreeWidgetItem) -> None:
        parent = item.parent()
        while parent is not None:
            parent.setExpanded(True)
            parent = parent.parent()

    def _title(self, code: str) -> str:
        try:
            return self._node_text(self._framework.node(code))
        except KeyError:
            return self.tr("{code} (ไม่มีข้อนี้ในกรอบแผนของแผนนี้)").format(code=digits(code))

    def _refresh_chosen(self, select: int | None = None) -> None:
        with QSignalBlocker(self.chosenList):
            self.chosenList.clear()
            for index, code in enumerate(self._codes):
                text = self._title(code)
                if index == 0:
                    text = self.tr("ข้อหลัก: {text}").format(text=text)
                entry = QListWidgetItem(text)
                entry.setData(CODE_ROLE, code)
                entry.setToolTip(text)
                self.chosenList.addItem(entry)
            if select is not None and 0 <= select < self.chosenList.count():
                self.chosenList.setCurrentRow(select)
        self._update_buttons()

    def _on_item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        code = str(item.data(0, CODE_ROLE))
        checked = item.checkState(0) == Qt.CheckState.Checked
        if checked and code not in self._codes:
            self._codes.append(code)
        elif not checked and code in self._codes:
            self._codes.remove(code)
        else:
            return
        self._refresh_chosen()
        self.changed.emit()

    def _on_filter(self, text: str) -> None:
        wanted = " ".join(to_arabic_digits(text).split())

        def visit(item: QTreeWidgetItem) -> bool:
            code = str(item.data(0, CODE_ROLE))
            own = not wanted or code.startswith(wanted) or wanted in item.text(0)
            shown = [visit(item.child(i)) for i in range(item.childCount())]
            visible = own or any(shown)
            item.setHidden(not visible)
            if wanted and visible:
                item.setExpanded(True)
            return visible

        for row in range(self.tree.topLevelItemCount()):
            visit(self.tree.topLevelItem(row))

    def _selected_code(self) -> str | None:
        item = self.chosenList.currentItem()
        return None if item is None else str(item.data(CODE_ROLE))

    def _on_make_primary(self) -> None:
        if (code := self._selected_code()) is not None:
            self.setPrimary(code)

    def _on_remove(self) -> None:
        code = self._selected_code()
        if code is None:
            return
        row = self.chosenList.currentRow()
        item = self._items.get(code)
        if item is not None:
            item.setCheckState(0, Qt.CheckState.Unchecked)  # _on_item_changed updates the list
        else:
            self._codes.remove(code)
            self.changed.emit()
        self._refresh_chosen(select=min(row, len(self._codes) - 1))

    def _update_buttons(self) -> None:
        row = self.chosenList.currentRow()
        self.primaryButton.setEnabled(row > 0)
        self.removeButton.setEnabled(row >= 0)
