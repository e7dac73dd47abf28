"""An editable, ordered list of texts (objectives, method steps): add, remove, move, drag to reorder.

The list shows the numbered items; the text box under it edits the selected item and may hold
several lines. Keys: Insert adds, Delete removes (in the list), Alt+Up / Alt+Down move the item.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import digits
from desktop.widgets.error_label import INVALID_BASE

TEXT_ROLE = Qt.ItemDataRole.UserRole


class OrderedListEdit(QWidget):
    """``values()`` / ``setValues()``; ``changed`` fires on every add, remove, move or text edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, placeholder: str = "") -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setAlternatingRowColors(True)
        self.textEdit = QPlainTextEdit()
        self.textEdit.setTabChangesFocus(True)
        self.textEdit.setPlaceholderText(placeholder or self.tr("ข้อความของข้อที่เลือก"))
        self.textEdit.setFixedHeight(self.textEdit.fontMetrics().lineSpacing() * 3 + 14)
        self.addButton = QPushButton(self.tr("เพิ่ม"))
        self.addButton.setToolTip(self.tr("เพิ่มข้อใหม่ต่อจากข้อที่เลือก (Insert)"))
        self.removeButton = QPushButton(self.tr("ลบ"))
        self.removeButton.setToolTip(self.tr("ลบข้อที่เลือก (Delete)"))
        self.upButton = QPushButton(self.tr("ขึ้น"))
        self.upButton.setToolTip(self.tr("เลื่อนข้อที่เลือกขึ้น (Alt+ลูกศรขึ้น)"))
        self.downButton = QPushButton(self.tr("ลง"))
        self.downButton.setToolTip(self.tr("เลื่อนข้อที่เลือกลง (Alt+ลูกศรลง)"))
        buttons = QVBoxLayout()
        for button in (self.addButton, self.removeButton, self.upButton, self.downButton):
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            buttons.addWidget(button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.list, 1)
        top.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top, 1)
        layout.addWidget(self.textEdit)
        self.setFocusProxy(self.list)

        self.list.currentRowChanged.connect(self._on_current_changed)
        self.list.model().rowsMoved.connect(self._on_rows_moved)
        self.textEdit.textChanged.connect(self._on_text_edited)
        self.addButton.clicked.connect(lambda: self.addItem())
        self.removeButton.clicked.connect(self.removeCurrent)
        self.upButton.clicked.connect(self.moveUp)
        self.downButton.clicked.connect(self.moveDown)
        for keys, slot in (("Alt+Up", self.moveUp), ("Alt+Down", self.moveDown)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.list.installEventFilter(self)
        self._update_buttons()

    # values

    def values(self) -> tuple[str, ...]:
        return tuple(self._text(self.list.item(row)) for row in range(self.list.count()))

    def setValues(self, values: Iterable[str]) -> None:
        with QSignalBlocker(self.list), QSignalBlocker(self.textEdit):
            self.list.clear()
            for text in values:
                self.list.addItem(self._new_item(text))
            self._renumber()
            self.list.setCurrentRow(0 if self.list.count() else -1)
            self.textEdit.setPlainText(self._text(self.list.currentItem()))
        self._update_buttons()
        self.changed.emit()

    def currentRow(self) -> int:
        return self.list.currentRow()

    def setItemErrors(self, errors: Mapping[int, str]) -> None:
        """Tint the items that ``errors`` (index → Thai message) is about; an empty mapping clears."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            message = errors.get(row)
            item.setBackground(QBrush(QColor(INVALID_BASE)) if message else QBrush())
            item.setToolTip(message or "")

    # actions

    def addItem(self, text: str = "") -> None:
        row = self.list.currentRow() + 1 if self.list.currentRow() >= 0 else self.list.count()
        self.list.insertItem(row, self._new_item(text))
        self._renumber()
        self.list.setCurrentRow(row)
        self.textEdit.setFocus()
        self.changed.emit()

    def removeCurrent(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self.list.takeItem(row)
        self._renumber()
        self.list.setCurrentRow(min(row, self.list.count() - 1))
        self._on_current_changed(self.list.currentRow())
        self.changed.emit()

    def moveUp(self) -> None:
        self._move(-1)

    def moveDown(self) -> None:
        self._move(+1)

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        with QSignalBlocker(self.list):
            item = self.list.takeItem(row)
            self.list.insertItem(target, item)
            self.list.setCurrentRow(target)
        self._renumber()
        self._update_buttons()
        self.changed.emit()

    # reactions

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.modifiers() == Qt.KeyboardModifier.NoModifier:
                if event.key() == Qt.Key.Key_Insert:
                    self.addItem()
                    return True
                if event.key() == Qt.Key.Key_Delete:
                    self.removeCurrent()
                    return True
                if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
                    self.textEdit.setFocus()
                    return True
        return False  # QObject.eventFilter does nothing more

    def _on_current_changed(self, _row: int) -> None:
        with QSignalBlocker(self.textEdit):
            self.textEdit.setPlainText(self._text(self.list.currentItem()))
        self._update_buttons()

    def _on_text_edited(self) -> None:
        item = self.list.currentItem()
        if item is None:
            if not self.textEdit.toPlainText():
                return
            self.list.addItem(self._new_item(self.textEdit.toPlainText()))
            with QSignalBlocker(self.list):
                self.list.setCurrentRow(self.list.count() - 1)
            self._renumber()
            self._update_buttons()
            self.changed.emit()
            return
        item.setData(TEXT_ROLE, self.textEdit.toPlainText())
        self._label(item, self.list.row(item))
        self.changed.emit()

    def _on_rows_moved(self, *_args: object) -> None:
        self._renumber()
        self._on_current_changed(self.list.currentRow())
        self.changed.emit()

    # helpers

    @staticmethod
    def _text(item: QListWidgetItem | None) -> str:
        return "" if item is None else str(item.data(TEXT_ROLE) or "")

    def _new_item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem()
        item.setData(TEXT_ROLE, text)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )
        return item

    def _label(self, item: QListWidgetItem, row: int) -> None:
        number = digits(f"{row + 1}.")
        text = self._text(item)
        item.setText(f"{number} {text}" if text else number)

    def _renumber(self) -> None:
        for row in range(self.list.count()):
            self._label(self.list.item(row), row)

    def _update_buttons(self) -> None:
        row, count = self.list.currentRow(), self.list.count()
        self.removeButton.setEnabled(row >= 0)
        self.upButton.setEnabled(row > 0)
        self.downButton.setEnabled(0 <= row < count - 1)
