"""The per-fiscal-year part of an item: one column per year of the plan.

Each column: whether the item runs that year, its three budget sources (and their total), the
quarters, and the planned and actual start/end dates. Years outside the plan's span that a draft
already had are kept untouched, and a year the draft did not have stays absent unless it is edited.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QWidget

from db.errors import FieldError
from db.services.items import YearDraft
from db.thai import be_year, format_money
from desktop.i18n import digits
from desktop.widgets import ErrorLabel, FieldBox, MoneyEdit, QuarterTicks, ThaiDateEdit

BUDGET_FIELDS = ("budget_own", "budget_integrated", "budget_other")
DATE_FIELDS = ("planned_start", "planned_end", "actual_start", "actual_end")


@dataclass
class YearColumn:
    """The widgets of one fiscal year (public so that tests and the editor can reach them)."""

    fiscal_year: int
    header: QLabel
    header_errors: ErrorLabel
    included: QCheckBox
    budget_own: MoneyEdit
    budget_integrated: MoneyEdit
    budget_other: MoneyEdit
    total: QLabel
    quarters: QuarterTicks
    planned_start: ThaiDateEdit
    planned_end: ThaiDateEdit
    actual_start: ThaiDateEdit
    actual_end: ThaiDateEdit
    boxes: dict[str, FieldBox]

    def money(self) -> tuple[MoneyEdit, MoneyEdit, MoneyEdit]:
        return (self.budget_own, self.budget_integrated, self.budget_other)

    def dates(self) -> tuple[ThaiDateEdit, ThaiDateEdit, ThaiDateEdit, ThaiDateEdit]:
        return (self.planned_start, self.planned_end, self.actual_start, self.actual_end)


class YearGrid(QWidget):
    changed = Signal()

    def __init__(self, fiscal_years: range, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fiscal_years = fiscal_years
        self._absent: set[int] = set()
        self._outside: tuple[YearDraft, ...] = ()
        self._budget_enabled = True
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        rows = (
            ("", None),
            ("included", self.tr("ดำเนินการในปีนี้")),
            ("budget_own", self.tr("งบหน่วยงาน (บาท)")),
            ("budget_integrated", self.tr("งบบูรณาการ (บาท)")),
            ("budget_other", self.tr("งบแหล่งอื่น (บาท)")),
            ("total", self.tr("รวม (บาท)")),
            ("quarters", self.tr("ไตรมาสที่ดำเนินการ")),
            ("planned_start", self.tr("วันเริ่ม (ตามแผน)")),
            ("planned_end", self.tr("วันสิ้นสุด (ตามแผน)")),
            ("actual_start", self.tr("วันเริ่ม (จริง)")),
            ("actual_end", self.tr("วันสิ้นสุด (จริง)")),
        )
        self._row_of = {key: row for row, (key, _text) in enumerate(rows)}
        self._labels = {key: text for key, text in rows if text}
        for row, (_key, text) in enumerate(rows):
            if text:
                label = QLabel(text)
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                label.setContentsMargins(0, 4, 0, 0)
                grid.addWidget(label, row, 0)
        self.columns: dict[int, YearColumn] = {}
        for index, fiscal_year in enumerate(fiscal_years, start=1):
            column = self._make_column(fiscal_year)
            self.columns[fiscal_year] = column
            header = QWidget()
            header_layout = QGridLayout(header)
            header_layout.setContentsMargins(0, 0, 0, 0)
            header_layout.addWidget(column.header, 0, 0)
            header_layout.addWidget(column.header_errors, 1, 0)
            grid.addWidget(header, 0, index)
            for key, box in column.boxes.items():
                grid.addWidget(box, self._row_of[key], index)
            grid.setColumnStretch(index, 1)
            grid.setColumnMinimumWidth(index, 150)
        grid.setRowStretch(len(rows), 1)

    def _make_column(self, fiscal_year: int) -> YearColumn:
        header = QLabel(self.tr("พ.ศ. {year}").format(year=digits(str(be_year(fiscal_year)))))
        header.setAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setStyleSheet("font-weight: bold;")
        included = QCheckBox(self.tr("ดำเนินการ"))
        money = [MoneyEdit() for _ in BUDGET_FIELDS]
        total = QLabel("-")
        total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        quarters = QuarterTicks(compact=True)
        dates = [ThaiDateEdit() for _ in DATE_FIELDS]
        for date_edit in dates:
            date_edit.lineEdit.setPlaceholderText("-")
        widgets: dict[str, QWidget] = {  # in row order, which is also the tab order
            "included": included,
            **dict(zip(BUDGET_FIELDS, money, strict=True)),
            "total": total,
            "quarters": quarters,
            **dict(zip(DATE_FIELDS, dates, strict=True)),
        }
        column = YearColumn(
            fiscal_year,
            header,
            ErrorLabel(),
            included,
            *money,
            total,
            quarters,
            *dates,
            boxes={key: FieldBox(widget) for key, widget in widgets.items()},
        )
        be = digits(str(be_year(fiscal_year)))
        for key, widget in widgets.items():
            name = self.tr("{field} ปี พ.ศ. {year}").format(field=self._labels[key], year=be)
            (widget.lineEdit if isinstance(widget, ThaiDateEdit) else widget).setAccessibleName(name)
        included.toggled.connect(self._on_changed)
        for edit in money:
            edit.textChanged.connect(lambda _text, c=column: self._update_total(c))
            edit.errorChanged.connect(lambda message, e=edit, c=column: self._show_own_error(c, e, message))
        quarters.changed.connect(self._on_changed)
        for date_edit in dates:
            date_edit.dateChanged.connect(self._on_changed)
            date_edit.errorChanged.connect(
                lambda message, e=date_edit, c=column: self._show_own_error(c, e, message)
            )
        return column

    # values

    def setYears(self, years: Iterable[YearDraft]) -> None:
        given = {year.fiscal_year: year for year in years}
        self._outside = tuple(y for fy, y in sorted(given.items()) if fy not in self.columns)
        self._absent = {fy for fy in self.columns if fy not in given}
        for fiscal_year, column in self.columns.items():
            year = given.get(fiscal_year) or YearDraft(fiscal_year, included=False)
            with QSignalBlocker(column.included):
                column.included.setChecked(year.included)
            for key, edit in zip(BUDGET_FIELDS, column.money(), strict=True):
                edit.setValue(getattr(year, key))
            column.quarters.setValue(year.quarters)
            for key, date_edit in zip(DATE_FIELDS, column.dates(), strict=True):
                date_edit.setValue(getattr(year, key))
            self._update_total(column)
        self.changed.emit()

    def years(self, *, needs_budget: bool = True) -> tuple[YearDraft, ...]:
        """Every year of the plan (except ones the draft lacked and nobody touched), plus kept ones."""
        result = list(self._outside)
        for fiscal_year, column in self.columns.items():
            own, integrated, other = (e.value() if needs_budget else None for e in column.money())
            year = YearDraft(
                fiscal_year=fiscal_year,
                included=column.included.isChecked(),
                budget_own=own,
                budget_integrated=integrated,
                budget_other=other,
                quarters=column.quarters.value(),
                planned_start=column.planned_start.value(),
                planned_end=column.planned_end.value(),
                actual_start=column.actual_start.value(),
                actual_end=column.actual_end.value(),
            )
            if fiscal_year in self._absent and year == YearDraft(fiscal_year, included=False):
                continue
            result.append(year)
        return tuple(sorted(result, key=lambda y: y.fiscal_year))

    def parseErrors(self, *, needs_budget: bool = True) -> list[FieldError]:
        errors = []
        for fiscal_year, column in self.columns.items():
            fields: list[tuple[str, MoneyEdit | ThaiDateEdit]] = []
            if needs_budget:
                fields += zip(BUDGET_FIELDS, column.money(), strict=True)
            fields += zip(DATE_FIELDS, column.dates(), strict=True)
            for key, widget in fields:
                if (message := widget.error()) is not None:
                    errors.append(FieldError(f"years[{fiscal_year}].{key}", message))
        return errors

    def setBudgetEnabled(self, enabled: bool) -> None:
        self._budget_enabled = enabled
        for column in self.columns.values():
            for edit in column.money():
                edit.setEnabled(enabled)
            column.total.setEnabled(enabled)
            self._update_total(column)

    # errors

    def errorTarget(self, fiscal_year: int, field: str | None) -> tuple[ErrorLabel, QWidget] | None:
        """Where a message about ``years[fiscal_year]`` (or one of its fields) goes, and what to focus."""
        column = self.columns.get(fiscal_year)
        if column is None:
            return None
        if field is None:
            return column.header_errors, column.included
        box = column.boxes.get(field)
        return None if box is None else (box.errorLabel, box.widget)

    def clearErrors(self) -> None:
        for column in self.columns.values():
            column.header_errors.setMessage(None)
            for box in column.boxes.values():
                box.errorLabel.setMessage(None)

    # reactions

    def _show_own_error(self, column: YearColumn, widget: QWidget, message: str) -> None:
        for box in column.boxes.values():
            if box.widget is widget:
                box.errorLabel.setMessage(message or None)

    def _update_total(self, column: YearColumn) -> None:
        amounts = [e.value() for e in column.money()]
        known = [a for a in amounts if a is not None]
        if not self._budget_enabled:
            text = self.tr("ไม่ใช้งบประมาณ")
        else:
            text = format_money(sum(known, Decimal(0)), thai_digits=False) if known else "-"
        column.total.setText(text)
        self.changed.emit()

    def _on_changed(self, *_args: object) -> None:
        self.changed.emit()
