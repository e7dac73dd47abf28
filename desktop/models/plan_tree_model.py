"""The plan as a tree: มิติ → x.y → x.y.z → items, each node with its item count and budget sum."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from db.services.multiyear import MultiYearGroup, MultiYearPlan, MultiYearRow
from db.thai import format_money, to_thai_digits

ItemUuidRole = Qt.ItemDataRole.UserRole + 1
CodeRole = Qt.ItemDataRole.UserRole + 2


def _sum(amounts: list[Decimal | None]) -> Decimal | None:
    present = [a for a in amounts if a is not None]
    return sum(present, Decimal("0.00")) if present else None


class PlanTreeModel(QStandardItemModel):
    HEADERS = ("มิติ / ข้อ / รายการ", "จำนวน", "งบประมาณ (บาท)")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels(list(self.HEADERS))

    def set_plan(self, plan: MultiYearPlan, fiscal_year: int | None) -> None:
        """Show the plan in ``fiscal_year`` (None: budgets over the whole plan, every item)."""
        self.removeRows(0, self.rowCount())  # not clear(): that would also reset the view's column sizes
        index = None if fiscal_year is None else plan.fiscal_years.index(fiscal_year)
        root = self.invisibleRootItem()
        for dimension in plan.dimensions:
            root.appendRow(self._group(dimension, index))

    def _visible(self, row: MultiYearRow, index: int | None) -> bool:
        return any(row.included) if index is None else row.included[index]

    def _budget(self, row: MultiYearRow, index: int | None) -> Decimal | None:
        return row.total if index is None else row.budgets[index]

    def _group(self, group: MultiYearGroup, index: int | None) -> list[QStandardItem]:
        prefix = "มิติที่ " if group.level == 1 else ""
        label = QStandardItem(to_thai_digits(f"{prefix}{group.code} ") + group.title)
        label.setData(group.code, CodeRole)
        label.setToolTip(group.title)
        if group.level == 1:
            font = QFont(label.font())
            font.setBold(True)
            label.setFont(font)
        visible = [row for row in group.all_rows() if self._visible(row, index)]
        for row in group.rows:
            if self._visible(row, index):
                label.appendRow(self._item(row, index))
        for child in group.children:
            label.appendRow(self._group(child, index))
        count = QStandardItem(to_thai_digits(str(len(visible))))
        budget = QStandardItem(format_money(_sum([self._budget(r, index) for r in visible])))
        return [label, *self._right(count, budget)]

    def _item(self, row: MultiYearRow, index: int | None) -> list[QStandardItem]:
        label = QStandardItem(
            f"{row.kind.label_th}: {row.name}" if not row.name.startswith(row.kind.label_th) else row.name
        )
        label.setData(row.item_uuid, ItemUuidRole)
        label.setData(row.framework_code, CodeRole)
        label.setToolTip(row.name)
        budget = QStandardItem(format_money(self._budget(row, index)))
        return [label, *self._right(QStandardItem(""), budget)]

    @staticmethod
    def _right(*items: QStandardItem) -> list[QStandardItem]:
        for item in items:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setEditable(False)
        return list(items)
