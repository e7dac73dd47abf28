"""A table of frozen rows (one service dataclass a row) that repaints only what changed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex

Index = QModelIndex | QPersistentModelIndex


class RowsTableModel(QAbstractTableModel):
    """Subclasses give ``row_key`` (what identifies a row's item) and the columns."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[Any, ...] = ()

    @staticmethod
    def row_key(row: Any) -> object:
        raise NotImplementedError

    def set_rows(self, rows: tuple[Any, ...]) -> None:
        """Show ``rows``; when they are the same items in the same order, only changed rows repaint
        (an edit of one item then costs one row, not a reset that loses the selection and scroll)."""
        rows = tuple(rows)
        if [self.row_key(r) for r in rows] != [self.row_key(r) for r in self._rows]:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
            return
        changed = [n for n, (old, new) in enumerate(zip(self._rows, rows, strict=True)) if old != new]
        self._rows = rows
        last = self.columnCount() - 1
        for n in changed:
            self.dataChanged.emit(self.index(n, 0), self.index(n, last))

    def rows(self) -> tuple[Any, ...]:
        return self._rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._rows)
