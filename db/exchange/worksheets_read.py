"""Reading one filled division worksheet: the file, its three sheets and every cell the clerk may fill.

Nothing here touches the database. :func:`read_worksheet_file` turns the bytes of a file into a
:class:`WorksheetFile` (typed values per row) and a list of :class:`Problem`, each naming the file, the
row and the column, so a batch can be refused with every problem listed at once.
"""

from __future__ import annotations

import io
import math
import re
import warnings
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal

import openpyxl
from openpyxl.utils import get_column_letter

from db.exchange.plan_xlsx_read import cell_text
from db.exchange.plan_xlsx_rows import CellError, parse_budget, parse_tick
from db.exchange.worksheets_layout import (
    FORMAT_NAME,
    FORMAT_VERSION,
    INDICATOR_COLUMNS,
    INDICATOR_ID,
    INDICATOR_TEXT_KEYS,
    ITEM_COLUMNS,
    ITEM_ID,
    META_SHEET,
    MONEY_KEYS,
    REASON_LABELS,
    ROUND_ID,
    STATUS_LABELS,
    TEXT_KEYS,
    TRACK_KEYS,
    Column,
)
from db.models import NotPossibleReason, ProgressStatus
from db.thai import ThaiParseError, format_date_long, parse_quantity

MAX_COLUMNS = 40
HEADER_SEARCH_ROWS = 40
MAX_INDICATOR_VALUE = Decimal(10) ** 15
_MAX_FILE_BYTES = 50 * 1024 * 1024
_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_NIL_MARKS = frozenset({"-", "–", "—"})
_MARKER = re.compile(rf"{re.escape(FORMAT_NAME)}/([0-9]+)")
NOT_OURS = (
    "ไฟล์นี้ไม่ใช่แบบรายงานผลที่ส่งออกจากโปรแกรมสุจริต กรุณาใช้ไฟล์ที่ส่งออกจากเมนูส่งออกแบบรายงาน "
    "แล้วกรอกในไฟล์นั้นโดยไม่คัดลอกไปไว้ในสมุดงานอื่น"
)


class _Refused(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Problem:
    """One problem found; ``sheet`` is named only outside the items sheet."""

    source: str
    message: str
    sheet: str | None = None
    row: int | None = None
    column: str | None = None
    order: tuple[int, int, int] = (0, 0, 0)

    def text(self) -> str:
        parts = [self.source]
        if self.sheet:
            parts.append(f"แผ่นงาน {self.sheet}")
        if self.row is not None:
            parts.append(f"แถว {self.row}")
        if self.column:
            parts.append(f"คอลัมน์ {self.column}")
        return f"{', '.join(parts)}: {self.message}"


@dataclass(frozen=True)
class SheetRow:
    """One data row: its identity and the typed value of every fill-in column that could be read."""

    sheet: str
    #: 0 for the items sheet, 1 for the indicator sheet (problems are listed in that order)
    sheet_order: int
    row: int
    item_uuid: str
    round_uuid: str
    indicator_uuid: str
    values: dict[str, object]
    #: key -> "สถานะ (F)": the header as printed and the column letter, for messages
    labels: dict[str, str] = field(compare=False)
    indexes: dict[str, int] = field(compare=False)

    def problem(self, source: str, key: str | None, message: str) -> Problem:
        return Problem(
            source,
            message,
            sheet=self.sheet if self.sheet_order else None,
            row=self.row,
            column=self.labels.get(key) if key else None,
            order=(self.sheet_order, self.row, self.indexes.get(key, -1) if key else -1),
        )


@dataclass(frozen=True)
class WorksheetFile:
    source: str
    meta: dict[str, str]
    items: tuple[SheetRow, ...]
    indicators: tuple[SheetRow, ...]


@dataclass(frozen=True)
class _Grid:
    title: str
    rows: dict[int, tuple[object, ...]]
    formulas: frozenset[tuple[int, int]]


# ---------------------------------------------------------------------------- the file


def read_worksheet_file(data: bytes, source: str) -> tuple[WorksheetFile | None, list[Problem]]:
    """The rows of one worksheet file (None when the file itself is refused) and every problem found."""
    try:
        grids = _load(data)
        meta = _meta(grids)
    except _Refused as refused:
        return None, [Problem(source, refused.message)]
    problems: list[Problem] = []
    tables: dict[str, tuple[SheetRow, ...]] = {}
    for key, identity, columns, order in (
        ("items", ROUND_ID, ITEM_COLUMNS, 0),
        ("indicators", INDICATOR_ID, INDICATOR_COLUMNS, 1),
    ):
        found = _find_table(grids, identity)
        if found is None:
            problems.append(Problem(source, f"{NOT_OURS} (ไม่พบตารางของแผ่นงาน{_sheet_name(columns)})"))
            continue
        grid, header = found
        rows, row_problems = _read_table(grid, header, columns, order, source)
        tables[key] = rows
        problems.extend(row_problems)
    if problems and not tables:
        return None, problems
    return WorksheetFile(source, meta, tables.get("items", ()), tables.get("indicators", ())), problems


def _sheet_name(columns: tuple[Column, ...]) -> str:
    return "ผลตามตัวชี้วัด" if columns is INDICATOR_COLUMNS else "แบบรายงานผล"


def _load(data: bytes) -> dict[str, _Grid]:
    if not data:
        raise _Refused("ไฟล์ว่างเปล่า ไม่มีข้อมูลให้อ่าน")
    if len(data) > _MAX_FILE_BYTES:
        raise _Refused("ไฟล์มีขนาดใหญ่เกินไป (เกิน 50 MB) ไม่น่าจะเป็นแบบรายงานผล")
    if data.startswith(_OLE_SIGNATURE):
        raise _Refused(
            "ไฟล์นี้เป็น Excel รุ่นเก่า (.xls) หรือไฟล์ที่ตั้งรหัสผ่านไว้ "
            'กรุณาเปิดใน Excel แล้วบันทึกเป็น "Excel Workbook (.xlsx)" โดยไม่ตั้งรหัสผ่าน'
        )
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise _Refused("ไฟล์นี้ไม่ใช่ไฟล์ Excel (.xlsx) กรุณาเลือกแบบรายงานที่บันทึกเป็นนามสกุล .xlsx")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            values = _sheets(data, data_only=True)
            formulas = _sheets(data, data_only=False)
    except Exception as exc:  # openpyxl raises almost anything on a damaged or foreign zip
        raise _Refused(
            "เปิดไฟล์นี้เป็นสมุดงาน Excel ไม่ได้ ไฟล์อาจเสียหายหรือไม่ใช่ไฟล์ .xlsx "
            'กรุณาเปิดใน Excel แล้วบันทึกใหม่เป็น "Excel Workbook (.xlsx)"'
        ) from exc
    grids = {}
    for title, rows in values.items():
        formula_cells = {
            (number, index)
            for number, row in formulas.get(title, {}).items()
            for index, value in enumerate(row)
            if isinstance(value, str) and value.startswith("=")
        }
        for number, _ in formula_cells:
            rows.setdefault(number, ())
        grids[title] = _Grid(title, rows, frozenset(formula_cells))
    return grids


def _sheets(data: bytes, *, data_only: bool) -> dict[str, dict[int, tuple[object, ...]]]:
    workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=data_only)
    try:
        out = {}
        for sheet in workbook.worksheets:
            out[sheet.title] = {
                number: tuple(values)
                for number, values in enumerate(
                    sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True), start=1
                )
                if any(value is not None and value != "" for value in values)
            }
        return out
    finally:
        workbook.close()


def _meta(grids: dict[str, _Grid]) -> dict[str, str]:
    grid = grids.get(META_SHEET)
    if grid is None:
        raise _Refused(NOT_OURS)
    meta = {cell_text(row[0]): cell_text(row[1]) for row in grid.rows.values() if len(row) >= 2}
    marker = _MARKER.fullmatch(meta.get("format", ""))
    if marker is None:
        raise _Refused(NOT_OURS)
    if int(marker[1]) > FORMAT_VERSION:
        raise _Refused(
            "แบบรายงานนี้ส่งออกจากโปรแกรมสุจริตรุ่นที่ใหม่กว่าโปรแกรมที่ใช้อยู่ กรุณาปรับปรุงโปรแกรมเป็นรุ่นล่าสุดก่อน แล้วนำเข้าอีกครั้ง"
        )
    if int(marker[1]) != FORMAT_VERSION:
        raise _Refused(NOT_OURS)
    return meta


# ---------------------------------------------------------------------------- the tables


def _find_table(grids: dict[str, _Grid], identity: str) -> tuple[_Grid, int] | None:
    """The sheet whose header has the hidden identity titles: ITEM_ID in A, ``identity`` in B or C."""
    for grid in grids.values():
        for number in sorted(grid.rows)[:HEADER_SEARCH_ROWS]:
            row = grid.rows[number]
            if row and cell_text(row[0]) == ITEM_ID and identity in (cell_text(v) for v in row[1:3]):
                return grid, number
    return None


def _squash(value: object) -> str:
    return " ".join(cell_text(value).split())


def _read_table(
    grid: _Grid, header: int, columns: tuple[Column, ...], order: int, source: str
) -> tuple[tuple[SheetRow, ...], list[Problem]]:
    by_title = {column.title: column for column in columns}
    indexes: dict[str, int] = {}
    for index, value in enumerate(grid.rows[header]):
        column = by_title.get(_squash(value))
        if column is not None and column.key not in indexes:
            indexes[column.key] = index
    needed = [c for c in columns if c.fill or c.hidden]
    missing = [c.title for c in needed if c.key not in indexes]
    sheet = grid.title if order else None
    if missing:
        message = (
            f"หัวตารางที่แถว {header} ถูกแก้ไข ไม่พบคอลัมน์ {', '.join(missing)} กรุณาส่งออกแบบรายงานใหม่แล้วกรอกอีกครั้ง"
        )
        return (), [Problem(source, message, sheet=sheet, row=header, order=(order, header, -1))]
    labels = {
        key: f"{_squash(grid.rows[header][i])} ({get_column_letter(i + 1)})" for key, i in indexes.items()
    }
    fill_keys = [c.key for c in columns if c.fill]
    rows: list[SheetRow] = []
    problems: list[Problem] = []
    for number in sorted(n for n in grid.rows if n > header):
        cells = grid.rows[number]
        raw = {key: cells[i] if i < len(cells) else None for key, i in indexes.items()}
        formulas = {
            key for key, i in indexes.items() if (number, i) in grid.formulas and not cell_text(raw[key])
        }
        row = SheetRow(
            sheet=grid.title,
            sheet_order=order,
            row=number,
            item_uuid=cell_text(raw.get("item_uuid")),
            round_uuid=cell_text(raw.get("round_uuid")),
            indicator_uuid=cell_text(raw.get("indicator_uuid")),
            values={},
            labels=labels,
            indexes=indexes,
        )
        if not row.item_uuid or (order and not row.indicator_uuid):
            if formulas or any(cell_text(raw[key]) for key in fill_keys):
                problems.append(
                    row.problem(
                        source,
                        None,
                        "แถวนี้ไม่มีรหัสรายการที่ซ่อนไว้ จึงไม่รู้ว่าเป็นผลของรายการใด "
                        "(เพิ่มแถวในแบบรายงานเองไม่ได้ ให้เพิ่มรายการในโปรแกรมแล้วส่งออกแบบรายงานใหม่)",
                    )
                )
            continue
        found = _parse_cells(row, raw, fill_keys, formulas, source)
        problems.extend(found)
        if not found:
            rows.append(row)
    return tuple(rows), problems


def _parse_cells(
    row: SheetRow, raw: dict[str, object], keys: list[str], formulas: set[str], source: str
) -> list[Problem]:
    problems = []
    for key in keys:
        if key in formulas:
            problems.append(
                row.problem(
                    source,
                    key,
                    "เซลล์นี้เป็นสูตรที่ยังไม่ได้คำนวณ กรุณาพิมพ์ค่าแทนสูตร หรือเปิดไฟล์ใน Excel แล้วบันทึกอีกครั้ง",
                )
            )
            continue
        try:
            row.values[key] = parse_cell(key, raw[key])
        except CellError as exc:
            problems.append(row.problem(source, key, str(exc)))
    return problems


# ---------------------------------------------------------------------------- one cell


def parse_cell(key: str, value: object) -> object:
    """The typed value of one fill-in cell, or CellError with a Thai sentence."""
    if key == "status":
        return _choice(value, ProgressStatus, STATUS_LABELS, "สถานะ")
    if key == "not_possible_reason":
        return _choice(value, NotPossibleReason, REASON_LABELS, "เหตุผล")
    if key in MONEY_KEYS:
        return parse_budget(value)
    if key in TRACK_KEYS:
        return False if _compact(value) in _NIL_MARKS else parse_tick(value)
    if key == "actual_value":
        return _indicator_value(value)
    if key in TEXT_KEYS or key in INDICATOR_TEXT_KEYS:
        return _text(value)
    raise KeyError(key)


def _compact(value: object) -> str:
    return "".join(cell_text(value).split())


def _shown(value: object) -> str:
    text = " ".join(cell_text(value).split())
    return text if len(text) <= 30 else text[:29] + "…"


def _choice(
    value: object, kind: type[ProgressStatus] | type[NotPossibleReason], labels: tuple[str, ...], what: str
) -> object:
    if _compact(value) in {"", *_NIL_MARKS}:
        return None
    if isinstance(value, str):
        try:
            return kind.from_label(value)
        except KeyError:
            pass
    choices = ", ".join(f'"{label}"' for label in labels)
    raise CellError(f'{what} "{_shown(value)}" ไม่ถูกต้อง เลือกได้: {choices} หรือเว้นว่าง')


def _text(value: object) -> str:
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return format_date_long(value) if 1900 < value.year < 2400 else value.isoformat()
    if isinstance(value, time):
        return value.isoformat(timespec="minutes")
    text = cell_text(value)
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def _indicator_value(value: object) -> Decimal | None:
    if isinstance(value, (bool, date, datetime, time)):
        raise CellError(f'ผลตามตัวชี้วัด "{_shown(value)}" ต้องเป็นตัวเลข เช่น 85 หรือ ๘๕ (ข้อความให้กรอกในช่องข้อความ)')
    if isinstance(value, (int, float)):
        if isinstance(value, float) and not math.isfinite(value):
            raise CellError("ผลตามตัวชี้วัดไม่ใช่ตัวเลขที่ใช้ได้")
        whole = isinstance(value, int) or value.is_integer()
        amount = Decimal(int(value)) if whole else Decimal(repr(value))
        if amount < 0:
            raise CellError(f'ผลตามตัวชี้วัด "{_shown(value)}" ติดลบ กรุณากรอกจำนวนที่ไม่ติดลบ')
    else:
        try:
            amount = parse_quantity(cell_text(value))
        except ThaiParseError as exc:
            raise CellError(f"{exc.message} (ข้อความให้กรอกในช่องผลตามตัวชี้วัด (ข้อความ))") from exc
        if amount is None:
            return None
    if amount >= MAX_INDICATOR_VALUE:
        raise CellError(f'ผลตามตัวชี้วัด "{_shown(value)}" มากเกินไป กรุณาตรวจสอบตัวเลขอีกครั้ง')
    return amount
