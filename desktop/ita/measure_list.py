"""The measures of the ITA report, numbered ๑, ๒, … : added, removed, moved by buttons, keys or drag.

Each measure is edited on its own :class:`MeasurePage`, which this list creates and owns; the
dialog shows the page of the chosen measure. Keys in the list: Insert adds, Delete removes (asking
first unless the measure is blank), Ctrl+Up / Ctrl+Down move the chosen measure.
"""

from __future__ import annotations

from functools import partial
from itertools import count

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.services.ita import ItaMeasureDraft
from desktop.i18n import digits
from desktop.ita.measure_page import MeasurePage
from desktop.widgets.error_label import INVALID_BASE

KEY_ROLE = Qt.ItemDataRole.UserRole
TITLE_SHOWN = 90  # characters of a measure's title shown in the list (the tooltip has all of it)


class MeasureList(QWidget):
    """``pages()`` in the report's order; ``pageAdded`` / ``pageRemoved`` / ``currentPageChanged``
    let the dialog show them; ``edited`` fires when measures are added, removed, moved or edited."""

    pageAdded = Signal(object)
    pageRemoved = Signal(object)
    currentPageChanged = Signal(object)  # MeasurePage, or None when there is no measure
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keys = count()
        self._pages: dict[int, MeasurePage] = {}
        self.list = QListWidget()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)  # re-wrap the titles when resized
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.addButton = QPushButton(self.tr("เพิ่ม"))
        self.addButton.setToolTip(self.tr("เพิ่มมาตรการต่อจากมาตรการที่เลือก (Insert)"))
        self.removeButton = QPushButton(self.tr("ลบ"))
        self.removeButton.setToolTip(self.tr("ลบมาตรการที่เลือก (Delete)"))
        self.upButton = QPushButton(self.tr("ขึ้น"))
        self.upButton.setToolTip(self.tr("เลื่อนมาตรการที่เลือกขึ้น (Ctrl+ลูกศรขึ้น)"))
        self.downButton = QPushButton(self.tr("ลง"))
        self.downButton.setToolTip(self.tr("เลื่อนมาตรการที่เลือกลง (Ctrl+ลูกศรลง)"))
        buttons = QGridLayout()
        for index, button in enumerate((self.addButton, self.removeButton, self.upButton, self.downButton)):
            button.setAutoDefault(False)
            buttons.addWidget(button, index // 2, index % 2)
        caption = QLabel(self.tr("มาตรการ"))
        caption.setBuddy(self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(caption)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.list)

        self.addButton.clicked.connect(lambda: self.addMeasure())
        self.removeButton.clicked.connect(self.removeCurrent)
        self.upButton.clicked.connect(lambda: self.move(-1))
        self.downButton.clicked.connect(lambda: self.move(+1))
        self.list.currentRowChanged.connect(self._on_current_changed)
        self.list.model().rowsMoved.connect(self._on_rows_moved)
        self.list.installEventFilter(self)
        for keys, step in (("Ctrl+Up", -1), ("Ctrl+Down", +1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(partial(self.move, step))
        self._update_buttons()

    # values

    def pages(self) -> list[MeasurePage]:
        return [self._page(row) for row in range(self.list.count())]

    def currentPage(self) -> MeasurePage | None:
        return self._page(self.list.currentRow()) if self.list.currentRow() >= 0 else None

    def setMeasures(self, measures: tuple[ItaMeasureDraft, ...]) -> None:
        for page in self._pages.values():
            self.pageRemoved.emit(page)
            page.deleteLater()
        self._pages = {}
        with QSignalBlocker(self.list):
            self.list.clear()
        for measure in measures:
            self._insert(self.list.count(), measure)
        self.select(0 if measures else -1)
        self._on_current_changed()

    def select(self, row: int) -> None:
        self.list.setCurrentRow(row)

    # actions

    def addMeasure(self, measure: ItaMeasureDraft | None = None) -> MeasurePage:
        row = self.list.currentRow() + 1 if self.list.currentRow() >= 0 else self.list.count()
        page = self._insert(row, measure or ItaMeasureDraft("", ()))
        self._renumber()
        self.select(row)
        page.title.setFocus()
        self.edited.emit()
        return page

    def removeCurrent(self) -> None:
        row = self.list.currentRow()
        page = self.currentPage()
        if page is None:
            return
        if not page.isBlank():
            answer = QMessageBox.question(
                self,
                self.window().windowTitle(),
                self.tr("ลบมาตรการที่ {n} พร้อมรายละเอียดและผลลัพธ์ทั้งหมดหรือไม่").format(n=digits(str(row + 1))),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        with QSignalBlocker(self.list):
            item = self.list.takeItem(row)
        del self._pages[item.data(KEY_ROLE)]
        self.pageRemoved.emit(page)
        page.deleteLater()
        self._renumber()
        with QSignalBlocker(self.list):
            self.select(min(row, self.list.count() - 1))
        self._on_current_changed()
        self.edited.emit()

    def move(self, step: int) -> None:
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
        self.edited.emit()

    def setErrorRows(self, rows: set[int]) -> None:
        """Tint the measures that have something to fix; an empty set clears."""
        for row in range(self.list.count()):
            self.list.item(row).setBackground(QBrush(QColor(INVALID_BASE)) if row in rows else QBrush())

    # reactions

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.modifiers() == Qt.KeyboardModifier.NoModifier:
                if event.key() == Qt.Key.Key_Insert:
                    self.addMeasure()
                    return True
                if event.key() == Qt.Key.Key_Delete:
                    self.removeCurrent()
                    return True
        return False  # QObject.eventFilter does nothing more

    def _on_current_changed(self, *_args: object) -> None:
        self._update_buttons()
        self.currentPageChanged.emit(self.currentPage())

    def _on_rows_moved(self, *_args: object) -> None:
        self._renumber()
        self._on_current_changed()
        self.edited.emit()

    def _on_page_changed(self, page: MeasurePage) -> None:
        for row in range(self.list.count()):
            if self._page(row) is page:
                self._label(row)
        self.edited.emit()

    # helpers

    def _page(self, row: int) -> MeasurePage:
        return self._pages[self.list.item(row).data(KEY_ROLE)]

    def _insert(self, row: int, measure: ItaMeasureDraft) -> MeasurePage:
        key = next(self._keys)
        page = MeasurePage()
        page.setValue(measure)
        self._pages[key] = page
        self.pageAdded.emit(page)
        item = QListWidgetItem()
        item.setData(KEY_ROLE, key)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )
        with QSignalBlocker(self.list):
            self.list.insertItem(row, item)
        self._label(row)
        page.changed.connect(partial(self._on_page_changed, page))
        return page

    def _label(self, row: int) -> None:
        item = self.list.item(row)
        title = " ".join(self._page(row).title.text().split())
        shown = title if len(title) <= TITLE_SHOWN else title[:TITLE_SHOWN].rstrip() + "…"
        untitled = self.tr("(ยังไม่มีชื่อ)")
        item.setText(f"{digits(str(row + 1))}. {shown or untitled}")
        item.setToolTip(title)

    def _renumber(self) -> None:
        for row in range(self.list.count()):
            self._label(row)

    def _update_buttons(self) -> None:
        row, rows = self.list.currentRow(), self.list.count()
        self.removeButton.setEnabled(row >= 0)
        self.upButton.setEnabled(row > 0)
        self.downButton.setEnabled(0 <= row < rows - 1)
