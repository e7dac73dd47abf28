"""Writing the one-year plan table (seed 003 layout) as an xlsx workbook ready to print on A4 landscape."""

from __future__ import annotations

import contextlib
import math
import os
import tempfile
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from db.errors import BadInput
from db.services.plan_table import PlanTable, PlanTableRow
from db.thai import apply_digits, format_date_long, format_money

FONT_NAME = "Sarabun"
FONT_SIZE = 14
LINE_HEIGHT = 26.0  # points per line of Sarabun 14 pt (win ascent + descent = 1.85 em)
TICK = "/"

_THIN = Side(style="thin")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_BODY = Font(name=FONT_NAME, size=FONT_SIZE)
_BOLD = Font(name=FONT_NAME, size=FONT_SIZE, bold=True)
_TITLE = Font(name=FONT_NAME, size=16, bold=True)
_WRAP_TOP = Alignment(wrap_text=True, vertical="top")
_CENTER_TOP = Alignment(wrap_text=True, vertical="top", horizontal="center")
_RIGHT_TOP = Alignment(wrap_text=True, vertical="top", horizontal="right")
_HEADER = Alignment(wrap_text=True, vertical="center", horizontal="center")


@dataclass(frozen=True)
class _Col:
    key: str
    title: str
    width: float
    align: Alignment


_COLUMNS = (
    _Col("no", "ที่", 6, _CENTER_TOP),
    _Col("name", "แผนงาน/โครงการ/กิจกรรม", 38, _WRAP_TOP),
    _Col("unit", "หน่วยนับ", 10, _CENTER_TOP),
    _Col("quantity", "ปริมาณงาน", 11, _CENTER_TOP),
    _Col("budget", "งบประมาณ", 14, _RIGHT_TOP),
    _Col("dimension", "มิติ", 6, _CENTER_TOP),
    _Col("indicators", "ตัวชี้วัด", 38, _WRAP_TOP),
    _Col("outcome", "ผลลัพธ์", 34, _WRAP_TOP),
    _Col("q1", "ไตรมาส 1", 8, _CENTER_TOP),
    _Col("q2", "ไตรมาส 2", 8, _CENTER_TOP),
    _Col("q3", "ไตรมาส 3", 8, _CENTER_TOP),
    _Col("q4", "ไตรมาส 4", 8, _CENTER_TOP),
    _Col("responsible", "หน่วยงานรับผิดชอบ", 16, _CENTER_TOP),
)
_CODE_COLUMN = _Col("code", "รหัส", 9, _CENTER_TOP)
_SPANNED = {"unit": "เป้าหมายที่ดำเนินงาน", "q1": "ระยะเวลาดำเนินการ"}
_SUB_KEYS = ("unit", "quantity", "q1", "q2", "q3", "q4")


def export_plan_xlsx(table: PlanTable, destination: Path | BinaryIO, *, thai_digits: bool = False) -> None:
    """Write ``table`` like the printed seed-003 plan; :func:`import_plan_xlsx` reads it back unchanged."""
    workbook = _build(table, thai_digits)
    if isinstance(destination, (str, Path)):
        _save_atomically(workbook, Path(destination))
    else:
        workbook.save(destination)


def _save_atomically(workbook: Workbook, path: Path) -> None:
    temporary: str | None = None
    try:
        handle, temporary = tempfile.mkstemp(prefix=".sujarit-", suffix=".xlsx", dir=path.parent)
        os.close(handle)
        workbook.save(temporary)
        os.replace(temporary, path)
        temporary = None
    except OSError as exc:
        raise BadInput(
            f"บันทึกไฟล์ {path.name} ไม่ได้ ไฟล์อาจเปิดอยู่ในโปรแกรมอื่น หรือโฟลเดอร์ไม่อนุญาตให้เขียน กรุณาปิดไฟล์หรือเลือกที่บันทึกอื่น"
        ) from exc
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


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

    def put(self, column: int, value: object, *, font: Font = _BODY, align: Alignment | None = None) -> Cell:
        cell = self.sheet.cell(row=self.row, column=column)
        if isinstance(value, str):
            value = ILLEGAL_CHARACTERS_RE.sub("", value)
        cell.value = value
        if isinstance(value, str) and cell.data_type != "s":
            cell.data_type = "s"  # "=…" and "#N/A" are text here, never formulas or errors
        cell.font = font
        if align is not None:
            cell.alignment = align
        return cell

    def line(self, text: str, *, font: Font = _BODY, merge: bool = False, center: bool = False) -> None:
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
    _borders(writer, header_first, writer.row - 1)
    _report_lines(writer)
    _layout(writer, header_first, body_first)
    return workbook


def _titles(w: _Sheet) -> None:
    w.line(
        w.digits(f"แผนปฏิบัติการป้องกันการทุจริต ประจำปี พ.ศ. {w.table.fiscal_year + 543}"),
        font=_TITLE,
        merge=True,
        center=True,
    )
    w.line(w.table.office.name, font=_TITLE, merge=True, center=True)
    if w.table.office.location:
        w.line(w.table.office.location, font=_TITLE, merge=True, center=True)
    w.row += 1


def _header(w: _Sheet) -> None:
    top, sub = w.row, w.row + 1
    for col in w.columns:
        i = w.index[col.key]
        w.row = sub if col.key in _SUB_KEYS else top
        w.put(i, w.digits(col.title), font=_BOLD, align=_HEADER)
        if col.key not in _SUB_KEYS:
            w.sheet.merge_cells(start_row=top, start_column=i, end_row=sub, end_column=i)
    for first, title in _SPANNED.items():
        i = w.index[first]
        w.row = top
        w.put(i, title, font=_BOLD, align=_HEADER)
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
        "budget": _money(row.budget, w.thai),
        "dimension": w.number(row.dimension),
        "indicators": row.indicators_text,
        "outcome": row.outcome_text,
        "responsible": row.responsible,
        "code": w.digits(row.framework_code) if row.framework_code != str(row.dimension) else None,
    }
    values.update({f"q{q + 1}": TICK if ticked else None for q, ticked in enumerate(row.quarters)})
    for col in w.columns:
        cell = w.put(w.index[col.key], values[col.key], align=col.align)
        if col.key == "budget" and isinstance(row.budget, Decimal) and not w.thai:
            cell.number_format = "#,##0.00" if row.budget != row.budget.to_integral_value() else "#,##0"
    w.sheet.row_dimensions[w.row].height = _height(w, values)
    w.row += 1


def _quantity(value: Decimal | None, thai: bool) -> object:
    if value is None:
        return None
    if value == value.to_integral_value():
        return apply_digits(str(int(value)), True) if thai else int(value)
    return apply_digits(str(value), True) if thai else value


def _money(value: Decimal | None, thai: bool) -> object:
    if value is None:
        return "-"
    return format_money(value, thai_digits=True) if thai else value


def _footer(w: _Sheet) -> None:
    count = w.digits(f"รวมทั้งสิ้น {len(w.table.rows)} โครงการ")
    w.put(1, count, font=_BOLD, align=_CENTER_TOP)
    w.sheet.merge_cells(start_row=w.row, start_column=1, end_row=w.row, end_column=w.index["budget"] - 1)
    total = w.table.total_budget
    budget = w.put(w.index["budget"], _money(total, w.thai), font=_BOLD, align=_RIGHT_TOP)
    if isinstance(total, Decimal) and not w.thai:
        budget.number_format = "#,##0.00" if total != total.to_integral_value() else "#,##0"
    for q, count_in_quarter in enumerate(w.table.quarter_counts):
        w.put(w.index[f"q{q + 1}"], w.number(count_in_quarter), font=_BOLD, align=_CENTER_TOP)
    w.row += 1


def _borders(w: _Sheet, first: int, last: int) -> None:
    for row in w.sheet.iter_rows(min_row=first, max_row=last, max_col=len(w.columns)):
        for cell in row:
            cell.border = _BORDER


def _report_lines(w: _Sheet) -> None:
    w.row += 1
    if w.table.data_as_of is not None:
        w.line(f"ข้อมูล ณ วันที่ {format_date_long(w.table.data_as_of, thai_digits=w.thai)}")
    if w.table.prepared_by:
        w.line(f"ชื่อ - สกุล ผู้ออกรายงาน {w.table.prepared_by}")
    if w.table.dimension_legend:
        w.row += 1
        w.line("คำอธิบาย", font=_BOLD)
        for number, title in w.table.dimension_legend:
            w.line(w.digits(f"มิติ {number} ") + title)


def _layout(w: _Sheet, header_first: int, body_first: int) -> None:
    sheet = w.sheet
    for col in w.columns:
        sheet.column_dimensions[get_column_letter(w.index[col.key])].width = col.width
    sheet.freeze_panes = sheet.cell(row=body_first, column=1)
    sheet.print_title_rows = f"{header_first}:{header_first + 1}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.5
    sheet.oddFooter.center.text = "หน้า &P / &N"


def _height(w: _Sheet, values: dict[str, object]) -> float:
    """Rows tall enough for wrapped Thai text (Excel does not grow rows written by a program)."""
    lines = 1
    for col in w.columns:
        value = values[col.key]
        if isinstance(value, str) and value:
            lines = max(lines, _line_count(value, col.width))
    return min(409.0, lines * LINE_HEIGHT)


def _line_count(text: str, width: float) -> int:
    per_line = max(1.0, width * 0.7 - 1)  # Sarabun averages 0.53 em a character: about 10 px at 14 pt
    total = 0
    for paragraph in text.split("\n"):
        visible = sum(1 for ch in paragraph if unicodedata.category(ch) not in {"Mn", "Me", "Cf"})
        total += max(1, math.ceil(visible / per_line))
    return total
