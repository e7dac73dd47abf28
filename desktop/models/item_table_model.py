"""The plan's items as a table, plus the proxy that searches and filters them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from db.services.completeness import Problem
from db.services.plan_overview import ItemRow
from db.thai import format_money
from desktop.i18n import digits, thai_ui
from desktop.models.rows_model import RowsTableModel
from desktop.vocabulary import ui_label

Index = QModelIndex | QPersistentModelIndex

#: Source texts (translated when shown): what an incomplete item lacks, in a word and in a sentence.
PROBLEM_SHORT = {
    Problem.NO_INDICATOR: QT_TRANSLATE_NOOP("ItemProblem", "ตัวชี้วัด"),
    Problem.NO_QUARTER: QT_TRANSLATE_NOOP("ItemProblem", "ไตรมาส"),
    Problem.NO_RESPONSIBLE: QT_TRANSLATE_NOOP("ItemProblem", "ผู้รับผิดชอบ"),
    Problem.NO_BUDGET: QT_TRANSLATE_NOOP("ItemProblem", "งบประมาณ"),
    Problem.OFFICE_NAME: QT_TRANSLATE_NOOP("ItemProblem", "ชื่อหน่วยงาน"),
}

PROBLEM_HELP = {
    Problem.NO_INDICATOR: QT_TRANSLATE_NOOP("ItemProblem", "ยังไม่มีตัวชี้วัด (ผลผลิตหรือผลลัพธ์)"),
    Problem.NO_QUARTER: QT_TRANSLATE_NOOP("ItemProblem", "ยังไม่ได้เลือกไตรมาสที่ดำเนินการ"),
    Problem.NO_RESPONSIBLE: QT_TRANSLATE_NOOP("ItemProblem", "ยังไม่ได้ระบุหน่วยงานรับผิดชอบ"),
    Problem.NO_BUDGET: QT_TRANSLATE_NOOP("ItemProblem", "ยังไม่ได้ระบุงบประมาณ (หรือทำเครื่องหมาย ไม่ใช้งบประมาณ)"),
    Problem.OFFICE_NAME: QT_TRANSLATE_NOOP("ItemProblem", "ชื่อหน่วยงานสะกดต่างจากข้อมูลหน่วยงาน"),
}


def _problem(source: str) -> str:
    return QCoreApplication.translate("ItemProblem", source)


class ItemTableModel(RowsTableModel):
    COL_NUMBER, COL_KIND, COL_NAME, COL_CODE, COL_RESPONSIBLE, COL_BUDGET, COL_QUARTERS, COL_CHECK = range(8)
    #: source texts, translated in headerData()
    HEADERS = (
        QT_TRANSLATE_NOOP("ItemTableModel", "ที่"),
        QT_TRANSLATE_NOOP("ItemTableModel", "ประเภท"),
        QT_TRANSLATE_NOOP("ItemTableModel", "ชื่อโครงการ/กิจกรรม/มาตรการ"),
        QT_TRANSLATE_NOOP("ItemTableModel", "มิติ/ข้อ"),
        QT_TRANSLATE_NOOP("ItemTableModel", "หน่วยงานรับผิดชอบ"),
        QT_TRANSLATE_NOOP("ItemTableModel", "งบประมาณ (บาท)"),
        QT_TRANSLATE_NOOP("ItemTableModel", "ไตรมาส"),
        QT_TRANSLATE_NOOP("ItemTableModel", "ตรวจความครบถ้วน"),
    )

    #: a comparable value for sorting; and the ItemRow itself
    SortRole = Qt.ItemDataRole.UserRole
    RowRole = Qt.ItemDataRole.UserRole + 1

    @staticmethod
    def row_key(row: Any) -> object:
        return row.uuid

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("ItemTableModel", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == self.SortRole:
            return self._sort_value(row, column)
        if role == self.RowRole:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_CHECK and row.problems:
            return "\n".join(_problem(PROBLEM_HELP[p]) for p in sorted(row.problems))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.COL_BUDGET,):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.COL_NUMBER,
            self.COL_CODE,
            self.COL_QUARTERS,
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, row: ItemRow, column: int) -> str:
        if column == self.COL_NUMBER:
            return digits(str(row.number))
        if column == self.COL_KIND:
            return ui_label(row.kind)
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_CODE:
            return digits(row.code)
        if column == self.COL_RESPONSIBLE:
            return row.responsible
        if column == self.COL_BUDGET:
            return format_money(row.budget, thai_digits=thai_ui()) if row.included else ""
        if column == self.COL_QUARTERS:
            return " ".join(digits(str(q + 1)) if ticked else "·" for q, ticked in enumerate(row.quarters))
        if column == self.COL_CHECK:
            if row.complete:
                return self.tr("ครบ")
            missing = ", ".join(_problem(PROBLEM_SHORT[p]) for p in sorted(row.problems))
            return self.tr("ขาด {missing}").format(missing=missing)
        return ""

    def _sort_value(self, row: ItemRow, column: int) -> Any:
        if column == self.COL_NUMBER:
            return row.number
        if column == self.COL_CODE:
            return tuple(int(part) for part in row.code.split("."))
        if column == self.COL_BUDGET:
            return float(row.budget) if row.budget is not None else -1.0  # ordering only, never shown
        if column == self.COL_CHECK:
            return len(row.problems)
        return self._display(row, column)


class ItemFilterProxy(QSortFilterProxyModel):
    """Search text plus the filters of the main window; an empty filter lets everything through."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(ItemTableModel.SortRole)
        self._text = ""
        self._kind = None
        self._dimension: int | None = None
        self._responsible: str | None = None
        self._quarter: int | None = None
        self._only_incomplete = False
        self._only_included = True

    def set_filters(
        self,
        *,
        text: str = "",
        kind: Any = None,
        dimension: int | None = None,
        responsible: str | None = None,
        quarter: int | None = None,
        only_incomplete: bool = False,
        only_included: bool = True,
    ) -> None:
        self.beginFilterChange()
        self._text = "".join(text.split()).casefold()
        self._kind, self._dimension, self._responsible = kind, dimension, responsible
        self._quarter, self._only_incomplete, self._only_included = quarter, only_incomplete, only_included
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        row: ItemRow = model.data(model.index(source_row, 0, source_parent), ItemTableModel.RowRole)
        if self._only_included and not row.included:
            return False
        if (
            self._text
            and self._text not in "".join(f"{row.name}{row.responsible}{row.code}".split()).casefold()
        ):
            return False
        if self._kind is not None and row.kind != self._kind:
            return False
        if self._dimension is not None and row.dimension != self._dimension:
            return False
        if self._responsible is not None and row.responsible != self._responsible:
            return False
        if self._quarter is not None and not row.quarters[self._quarter - 1]:
            return False
        return not (self._only_incomplete and row.complete)

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(ItemTableModel.SortRole), right.data(ItemTableModel.SortRole)
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)
