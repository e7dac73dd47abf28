"""What every printable workbook shares: Sarabun styles, A4 landscape set-up, safe saving, row heights."""

from __future__ import annotations

import math
import unicodedata
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from db.files import write_atomically
from db.thai import format_money

FONT_NAME = "Sarabun"
FONT_SIZE = 14
LINE_HEIGHT = 26.0  # points per line of Sarabun 14 pt (win ascent + descent = 1.85 em)

THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BODY = Font(name=FONT_NAME, size=FONT_SIZE)
BOLD = Font(name=FONT_NAME, size=FONT_SIZE, bold=True)
TITLE = Font(name=FONT_NAME, size=16, bold=True)
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
CENTER_TOP = Alignment(wrap_text=True, vertical="top", horizontal="center")
RIGHT_TOP = Alignment(wrap_text=True, vertical="top", horizontal="right")
HEADER = Alignment(wrap_text=True, vertical="center", horizontal="center")


def save_workbook(workbook: Workbook, destination: Path | BinaryIO) -> None:
    """Save to an open file, or to a path through a temporary file so a failure leaves no half file."""
    if isinstance(destination, (str, Path)):
        write_atomically(Path(destination), workbook.save)
    else:
        workbook.save(destination)


def put(
    sheet: Worksheet,
    row: int,
    column: int,
    value: object,
    *,
    font: Font = BODY,
    align: Alignment | None = None,
) -> Cell:
    """Write a cell; text is always text ("=…" never becomes a formula), illegal characters dropped."""
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    cell.value = value
    if isinstance(value, str) and cell.data_type != "s":
        cell.data_type = "s"
    cell.font = font
    if align is not None:
        cell.alignment = align
    return cell


def money_value(amount: Decimal | None, thai_digits: bool) -> object:
    """A number Excel can sum, or the printed text when Thai digits are wanted; "-" for no amount."""
    if amount is None:
        return "-"
    return format_money(amount, thai_digits=True) if thai_digits else amount


def money_format(cell: Cell, amount: Decimal | None) -> None:
    if isinstance(amount, Decimal) and isinstance(cell.value, Decimal):
        cell.number_format = "#,##0.00" if amount != amount.to_integral_value() else "#,##0"


def draw_borders(sheet: Worksheet, first_row: int, last_row: int, columns: int) -> None:
    for row in sheet.iter_rows(min_row=first_row, max_row=last_row, max_col=columns):
        for cell in row:
            cell.border = BORDER


def set_up_a4_landscape(sheet: Worksheet, *, title_rows: str, freeze_at: Cell) -> None:
    """Print on A4 landscape, one page wide, header rows on every page, numbered pages."""
    sheet.freeze_panes = freeze_at
    sheet.print_title_rows = title_rows
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.5
    sheet.oddFooter.center.text = "หน้า &P / &N"


def line_count(text: str, width: float) -> int:
    """Lines that ``text`` takes in a column ``width`` characters wide (Sarabun 14 pt, estimated)."""
    per_line = max(1.0, width * 0.7 - 1)  # Sarabun averages 0.53 em a character: about 10 px at 14 pt
    total = 0
    for paragraph in text.split("\n"):
        visible = sum(1 for ch in paragraph if unicodedata.category(ch) not in {"Mn", "Me", "Cf"})
        total += max(1, math.ceil(visible / per_line))
    return total


def row_height(texts_and_widths: list[tuple[object, float]]) -> float:
    """A row tall enough for wrapped Thai text (Excel does not grow rows written by a program)."""
    lines = max((line_count(v, w) for v, w in texts_and_widths if isinstance(v, str) and v), default=1)
    return min(409.0, lines * LINE_HEIGHT)
