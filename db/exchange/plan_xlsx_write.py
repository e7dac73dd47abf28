"""Writing the one-year plan table (seed 003 layout) as an xlsx workbook ready to print on A4 landscape."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from db.exchange.xlsx_common import (
    BODY,
    BOLD,
    CENTER_TOP,
    HEADER,
    LINE_HEIGHT,
    RIGHT_TOP,
    TITLE,
    WRAP_TOP,
    draw_borders,
    money_format,
    money_value,
    put,
    row_height,
    save_workbook,
    set_up_a4_landscape,
)
from db.services.plan_table import PlanTable, PlanTableRow
from db.thai import apply_digits, format_date_long

TICK = "/"


@dataclass(frozen=True)
class _Col:
    key: str
    title: str
    width: float
    align: Alignment


_COLUMNS = (
    _Col("no", "ที่", 6, CENTER_TOP),
    _Col("name", "แผนงาน/โครงการ/กิจกรรม", 38, WRAP_TOP),
    _Col("unit", "หน่วยนับ", 10, CENTER_TOP),
    _Col("quantity", "ปริมาณงาน", 11, CENTER_TOP),
    _Col("budget", "งบประมาณ", 14, RIGHT_TOP),
    _Col("dimension", "มิติ", 6, CENTER_TOP),
    _Col("indicators", "ตัวชี้วัด", 38, WRAP_TOP),
    _Col("outcome", "ผลลัพธ์", 34, WRAP_TOP),
    _Col("q1", "ไตรมาส 1", 8, CENTER_TOP),
    _Col("q2", "ไตรมาส 2", 8, CENTER_TOP),
    _Col("q3", "ไตรมาส 3", 8, CENTER_TOP),
    _Col("q4", "ไตรมาส 4", 8, CENTER_TOP),
    _Col("responsible", "หน่วยงานรับผิดชอบ", 16, CENTER_TOP),
)
_CODE_COLUMN = _Col("code", "รหัส", 9, CENTER_TOP)
_SPANNED = {"unit": "เป้าหมายที่ดำเนินงาน", "q1": "ระยะเวลาดำเนินการ"}
_SUB_KEYS = ("unit", "quantity", "q1", "q2", "q3", "q4")


def export_plan_xlsx(table: PlanTable, destination: Path | BinaryIO, *, thai_digits: bool = False) -> None:
    """Write ``table`` like the printed seed-003 plan; :func:`import_plan_xlsx` reads it back unchanged."""
    save_workbook(_build(table, thai_digits), destination)


class _Sheet:
    """Writes one sheet top to bottom, keeping the current row."""

    def __init__(self, sheet: Worksheet, table: PlanTable, thai_digits: bool) -> None:
        self.sheet = sheet
        self.table = table
        self.thai = thai_digits
        needs_code = any(row.framework_code != str(row.dimension) for row in table.rows)
        self.columns = (*_COLUMNS, _CODE_COLUMN) if needs_code else _COLUMNS
        self.index = {col.key: i + 1 for i, col in enumerate(self.columns)}
        self.row = 1

    def digits(self, text: str) -> str:
        return apply_digits(text, self.thai)

    def put(self, column: int, value: object, *, font: Font = BODY, align: Alignment | None = None) -> Cell:
        return put(self.sheet, self.row, column, value, font=font, align=align)

    def line(self, text: str, *, font: Font = BODY, merge: bool = False, center: bool = False) -> None:
        self.put(1, text, font=font, align=Alignment(horizontal="center") if center else None)
        if merge:
            last = len(self.columns)
            self.sheet.merge_cells(start_row=self.row, start_column=1, end_row=self.row, end_column=last)
        self.row += 1

    def number(self, value: int) -> int | str:
        return self.digits(str(value)) if self.thai else value


def _build(table: PlanTable, thai_digits: bool) -> Workbook:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = f"แผน พ.ศ. {table.fiscal_year + 543}"
    writer = _Sheet(sheet, table, thai_digits)
    _titles(writer)
    header_first = writer.row
    _header(writer)
    body_first = writer.row
    for row in table.rows:
        _data_row(writer, row)
    _footer(writer)
    draw_borders(writer.sheet, header_first, writer.row - 1, len(writer.columns))
    _report_lines(writer)
    _layout(writer, header_first, body_first)
    return workbook


def _titles(w: _Sheet) -> None:
    w.line(
        w.digits(f"แผนปฏิบัติการป้องกันการทุจริต ประจำปี พ.ศ. {w.table.fiscal_year + 543}"),
        font=TITLE,
        merge=True,
        center=True,
    )
    w.line(w.table.office.name, font=TITLE, merge=True, center=True)
    if w.table.office.location:
        w.line(w.table.office.location, font=TITLE, merge=True, center=True)
    w.row += 1


def _header(w: _Sheet) -> None:
    top, sub = w.row, w.row + 1
    for col in w.columns:
        i = w.index[col.key]
        w.row = sub if col.key in _SUB_KEYS else top
        w.put(i, w.digits(col.title), font=BOLD, align=HEADER)
        if col.key not in _SUB_KEYS:
            w.sheet.merge_cells(start_row=top, start_column=i, end_row=sub, end_column=i)
    for first, title in _SPANNED.items():
        i = w.index[first]
        w.row = top
        w.put(i, title, font=BOLD, align=HEADER)
        last = i + (1 if first == "unit" else 3)
        w.sheet.merge_cells(start_row=top, start_column=i, end_row=top, end_column=last)
    w.sheet.row_dimensions[top].height = 2 * LINE_HEIGHT
    w.sheet.row_dimensions[sub].height = LINE_HEIGHT
    w.row = sub + 1


def _data_row(w: _Sheet, row: PlanTableRow) -> None:
    values: dict[str, object] = {
        "no": w.digits(f"{row.number}."),
        "name": row.name,
        "unit": row.target_unit,
        "quantity": _quantity(row.target_quantity, w.thai),
        "budget": money_value(row.budget, w.thai),
        "dimension": w.number(row.dimension),
        "indicators": row.indicators_text,
        "outcome": row.outcome_text,
        "responsible": row.responsible,
        "code": w.digits(row.framework_code) if row.framework_code != str(row.dimension) else None,
    }
    values.update({f"q{q + 1}": TICK if ticked else None for q, ticked in enumerate(row.quarters)})
    for col in w.columns:
        cell = w.put(w.index[col.key], values[col.key], align=col.align)
        if col.key == "budget":
            money_format(cell, row.budget)
    w.sheet.row_dimensions[w.row].height = row_height([(values[c.key], c.width) for c in w.columns])
    w.row += 1


def _quantity(value: Decimal | None, thai: bool) -> object:
    if value is None:
        return None
    if value == value.to_integral_value():
        return apply_digits(str(int(value)), True) if thai else int(value)
    return apply_digits(str(value), True) if thai else value


def _footer(w: _Sheet) -> None:
    count = w.digits(f"รวมทั้งสิ้น {len(w.table.rows)} โครงการ")
    w.put(1, count, font=BOLD, align=CENTER_TOP)
    w.sheet.merge_cells(start_row=w.row, start_column=1, end_row=w.row, end_column=w.index["budget"] - 1)
    total = w.table.total_budget
    budget = w.put(w.index["budget"], money_value(total, w.thai), font=BOLD, align=RIGHT_TOP)
    money_format(budget, total)
    for q, count_in_quarter in enumerate(w.table.quarter_counts):
        w.put(w.index[f"q{q + 1}"], w.number(count_in_quarter), font=BOLD, align=CENTER_TOP)
    w.row += 1


def _report_lines(w: _Sheet) -> None:
    w.row += 1
    if w.table.data_as_of is not None:
        w.line(f"ข้อมูล ณ วันที่ {format_date_long(w.table.data_as_of, thai_digits=w.thai)}")
    if w.table.prepared_by:
        w.line(f"ชื่อ - สกุล ผู้ออกรายงาน {w.table.prepared_by}")
    if w.table.dimension_legend:
        w.row += 1
        w.line("คำอธิบาย", font=BOLD)
        for number, title in w.table.dimension_legend:
            w.line(w.digits(f"มิติ {number} ") + title)


def _layout(w: _Sheet, header_first: int, body_first: int) -> None:
    for col in w.columns:
        w.sheet.column_dimensions[get_column_letter(w.index[col.key])].width = col.width
    title_rows = f"{header_first}:{header_first + 1}"
    set_up_a4_landscape(w.sheet, title_rows=title_rows, freeze_at=w.sheet.cell(body_first, 1))
