"""A round's items with what was reported, as a table, plus the proxy that searches and filters them."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from db.services.progress_report import ProgressRow
from db.services.vocabulary import ProgressStatus
from db.thai import format_money
from desktop.i18n import digits, thai_ui
from desktop.models.rows_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex

#: the status filter's "not reported yet" (a row whose status is None)
NOT_REPORTED = "not_reported"

#: Source texts of the statuses (the Thai labels of db), translated when shown; None: not reported.
STATUS_SOURCES: dict[ProgressStatus | None, str] = {
    ProgressStatus.DONE: QT_TRANSLATE_NOOP("ProgressStatus", "ดำเนินการแล้วเสร็จ"),
    ProgressStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("ProgressStatus", "อยู่ระหว่างดำเนินการ"),
    ProgressStatus.IN_ORDINANCE: QT_TRANSLATE_NOOP("ProgressStatus", "บรรจุไว้ในข้อบัญญัติ/เทศบัญญัติ"),
    ProgressStatus.NOT_POSSIBLE: QT_TRANSLATE_NOOP("ProgressStatus", "ไม่สามารถดำเนินการได้"),
    None: QT_TRANSLATE_NOOP("ProgressStatus", "ยังไม่รายงาน"),
}
#: the order of the charts' legend and of the status filter
STATUS_ORDER: tuple[ProgressStatus | None, ...] = (
    ProgressStatus.DONE,
    ProgressStatus.IN_PROGRESS,
    ProgressStatus.IN_ORDINANCE,
    ProgressStatus.NOT_POSSIBLE,
    None,
)
STATUS_COLOURS: dict[ProgressStatus | None, str] = {
    ProgressStatus.DONE: "#2e7d32",
    ProgressStatus.IN_PROGRESS: "#1f6fb2",
    ProgressStatus.IN_ORDINANCE: "#e0a100",
    ProgressStatus.NOT_POSSIBLE: "#c0392b",
    None: "#b8bcc2",
}
CARRIED_SOURCE = QT_TRANSLATE_NOOP("ProgressTableModel", "(ยกมาจากรอบ ๖ เดือน)")


def status_label(status: ProgressStatus | None) -> str:
    return QCoreApplication.translate("ProgressStatus", STATUS_SOURCES[status])


def dimension_of(row: ProgressRow) -> int:
    return int(row.code.split(".")[0])


def row_budget(row: ProgressRow) -> Decimal | None:
    """งบประมาณ of the round: งบหน่วยงาน plus งบบูรณาการ (None when neither is given)."""
    amounts = [a for a in (row.progress.amount_own, row.progress.amount_integrated) if a is not None]
    return sum(amounts, Decimal("0.00")) if amounts else None


class ProgressTableModel(RowsTableModel):
    COL_NUMBER, COL_NAME, COL_RESPONSIBLE, COL_STATUS, COL_BUDGET, COL_DISBURSED = range(6)
    #: source texts, translated in headerData()
    HEADERS = (
        QT_TRANSLATE_NOOP("ProgressTableModel", "ข้อ"),
        QT_TRANSLATE_NOOP("ProgressTableModel", "ชื่อโครงการ/กิจกรรม/มาตรการ"),
        QT_TRANSLATE_NOOP("ProgressTableModel", "หน่วยงานรับผิดชอบ"),
        QT_TRANSLATE_NOOP("ProgressTableModel", "สถานะ"),
        QT_TRANSLATE_NOOP("ProgressTableModel", "งบประมาณ (บาท)"),
        QT_TRANSLATE_NOOP("ProgressTableModel", "ผลเบิกจ่าย (บาท)"),
    )
    _MONEY = (COL_BUDGET, COL_DISBURSED)

    #: a comparable value for sorting; and the ProgressRow itself
    SortRole = Qt.ItemDataRole.UserRole
    RowRole = Qt.ItemDataRole.UserRole + 1

    @staticmethod
    def row_key(row: Any) -> object:
        return row.item_uuid

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("ProgressTableModel", self.HEADERS[section])
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
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.FontRole and row.progress.carried and column != self.COL_NAME:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and row.status is None and column == self.COL_STATUS:
            return QColor("#6b6f76")
        if role == Qt.ItemDataRole.DecorationRole and column == self.COL_STATUS:
            return QColor(STATUS_COLOURS[row.status])
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self._MONEY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: ProgressRow, column: int) -> str:
        if column == self.COL_NUMBER:
            return digits(row.number)
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_RESPONSIBLE:
            return row.responsible
        if column == self.COL_STATUS:
            return status_label(row.status)
        if column == self.COL_BUDGET:
            return format_money(row_budget(row), thai_digits=thai_ui())
        if column == self.COL_DISBURSED:
            return format_money(row.progress.amount_disbursed, thai_digits=thai_ui())
        return ""

    def _tooltip(self, row: ProgressRow, column: int) -> str | None:
        """The whole text of a cut column (the name with its number), and where carried values came from."""
        if column == self.COL_NAME:
            lines = [digits(row.label)]
        elif column in (self.COL_RESPONSIBLE, self.COL_STATUS):
            lines = [self._display(row, column)]
        else:
            lines = []
        if row.progress.carried:
            carried = QCoreApplication.translate("ProgressTableModel", CARRIED_SOURCE)
            lines.append(carried if column == self.COL_STATUS else f"{status_label(row.status)} {carried}")
        return "\n".join(line for line in lines if line) or None

    def _sort_value(self, row: ProgressRow, column: int) -> Any:
        if column == self.COL_NUMBER:
            return (*(int(part) for part in row.code.split(".")), row.ordinal)
        if column == self.COL_STATUS:
            return STATUS_ORDER.index(row.status)
        if column == self.COL_BUDGET:
            budget = row_budget(row)
            return float(budget) if budget is not None else -1.0  # ordering only, never shown
        if column == self.COL_DISBURSED:
            disbursed = row.progress.amount_disbursed
            return float(disbursed) if disbursed is not None else -1.0
        return self._display(row, column)


class ProgressFilterProxy(QSortFilterProxyModel):
    """Search text, status, responsible unit and มิติ; an empty filter lets everything through.

    ``status``: None for every row, NOT_REPORTED for the rows not reported yet, else a ProgressStatus.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(ProgressTableModel.SortRole)
        self._text = ""
        self._status: ProgressStatus | str | None = None
        self._responsible: str | None = None
        self._dimension: int | None = None

    def set_filters(
        self,
        *,
        text: str = "",
        status: ProgressStatus | str | None = None,
        responsible: str | None = None,
        dimension: int | None = None,
    ) -> None:
        self.beginFilterChange()
        self._text = "".join(text.split()).casefold()
        if status is not None and status != NOT_REPORTED:
            status = ProgressStatus(status)  # a combo gives the member back as its plain value
        self._status, self._responsible, self._dimension = status, responsible, dimension
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        row: ProgressRow = model.data(model.index(source_row, 0, source_parent), ProgressTableModel.RowRole)
        if self._text:
            haystack = f"{row.name}{row.responsible}{row.number}{digits(row.number)}"
            if self._text not in "".join(haystack.split()).casefold():
                return False
        if self._status == NOT_REPORTED and row.status is not None:
            return False
        if isinstance(self._status, ProgressStatus) and row.status is not self._status:
            return False
        if self._responsible is not None and row.responsible != self._responsible:
            return False
        return self._dimension is None or dimension_of(row) == self._dimension

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(ProgressTableModel.SortRole), right.data(ProgressTableModel.SortRole)
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)
