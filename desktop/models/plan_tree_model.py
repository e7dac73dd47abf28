"""The plan as a tree: มิติ → x.y → x.y.z → items, each node with its item count and budget sum."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from db.services.multiyear import MultiYearGroup, MultiYearPlan, MultiYearRow
from db.thai import format_money
from desktop.i18n import digits, thai_ui
from desktop.vocabulary import ui_label

ItemUuidRole = Qt.ItemDataRole.UserRole + 1
CodeRole = Qt.ItemDataRole.UserRole + 2


def _sum(amounts: list[Decimal | None]) -> Decimal | None:
    present = [a for a in amounts if a is not None]
    return sum(present, Decimal("0.00")) if present else None


def _money(amount: Decimal | None) -> str:
    return format_money(amount, thai_digits=thai_ui())


class PlanTreeModel(QStandardItemModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels(
            [self.tr("มิติ / ข้อ / รายการ"), self.tr("จำนวน"), self.tr("งบประมาณ (บาท)")]
        )

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
        code = digits(group.code)
        heading = self.tr("มิติที่ {code}").format(code=code) if group.level == 1 else code
        title = QStandardItem(f"{heading} {group.title}")
        title.setData(group.code, CodeRole)
        title.setToolTip(group.title)
        if group.level == 1:
            font = QFont(title.font())
            font.setBold(True)
            title.setFont(font)
        visible = [row for row in group.all_rows() if self._visible(row, index)]
        for row in group.rows:
            if self._visible(row, index):
                title.appendRow(self._item(row, index))
        for child in group.children:
            title.appendRow(self._group(child, index))
        count = QStandardItem(digits(str(len(visible))))
        budget = QStandardItem(_money(_sum([self._budget(r, index) for r in visible])))
        return [title, *self._right(count, budget)]

    def _item(self, row: MultiYearRow, index: int | None) -> list[QStandardItem]:
        named = row.name.startswith(row.kind.label_th)  # "โครงการ…" needs no "โครงการ: " before it
        title = QStandardItem(row.name if named else f"{ui_label(row.kind)}: {row.name}")
        title.setData(row.item_uuid, ItemUuidRole)
        title.setData(row.framework_code, CodeRole)
        title.setToolTip(row.name)
        budget = QStandardItem(_money(self._budget(row, index)))
        return [title, *self._right(QStandardItem(""), budget)]

    @staticmethod
    def _right(*items: QStandardItem) -> list[QStandardItem]:
        for item in items:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setEditable(False)
        return list(items)
