"""Finding the seed-003 plan table in an xlsx workbook: the header, the data rows and the lines around them.

Nothing here touches the database. :func:`read_plan_sheet` turns the bytes of a file into a
:class:`PlanSheet` (raw cell values keyed by column) or raises ``BadInput`` with a Thai message.
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import openpyxl
from openpyxl.utils import get_column_letter

from db.errors import BadInput
from db.thai import to_arabic_digits

MAX_COLUMNS = 40
HEADER_SEARCH_ROWS = 60
TRAILER_SEARCH_ROWS = 60

QUARTER_KEYS = ("q1", "q2", "q3", "q4")
SUB_KEYS = frozenset({"unit", "quantity", *QUARTER_KEYS})
REQUIRED_KEYS = ("name", "dimension", *QUARTER_KEYS)
STANDARD_TITLES = {
    "no": "ที่",
    "name": "แผนงาน/โครงการ/กิจกรรม",
    "unit": "หน่วยนับ",
    "quantity": "ปริมาณงาน",
    "budget": "งบประมาณ",
    "dimension": "มิติ",
    "indicators": "ตัวชี้วัด",
    "outcome": "ผลลัพธ์",
    "q1": "ไตรมาส 1",
    "q2": "ไตรมาส 2",
    "q3": "ไตรมาส 3",
    "q4": "ไตรมาส 4",
    "responsible": "หน่วยงานรับผิดชอบ",
    "code": "รหัส",
}
TARGET_GROUP_TITLE = "เป้าหมายที่ดำเนินงาน"
PERIOD_GROUP_TITLE = "ระยะเวลาดำเนินการ"

_KIND_WORD = "(?:แผนงาน|โครงการ|กิจกรรม|มาตรการ|แนวปฏิบัติ)"
_YEAR = r"(?:ปี)?(?:พ\.ศ\.)?[0-9]{4}"
_TITLE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (key, re.compile(pattern))
    for key, pattern in (
        ("no", r"ที่|ลำดับ|ลำดับที่"),
        ("name", rf"(?:ชื่อ)?{_KIND_WORD}(?:/{_KIND_WORD})*"),
        ("unit", r"หน่วยนับ"),
        ("quantity", r"ปริมาณ(?:งาน)?|จำนวน"),
        ("budget", rf"งบประมาณ(?:{_YEAR})?(?:\(บาท\))?"),
        ("dimension", r"มิติ(?:ที่)?"),
        ("indicators", r"ตัวชี้วัด(?:/?ผลผลิต|\(ผลผลิต\))?"),
        ("outcome", r"ผลลัพธ์(?:ที่คาดว่าจะได้รับ)?"),
        ("responsible", r"(?:หน่วยงาน|ส่วนราชการ)?(?:ที่)?(?:ผู้)?รับผิดชอบ"),
        ("code", r"รหัส(?:กรอบแผน|ข้อ)?"),
        ("target_group", r"เป้าหมาย(?:ที่)?(?:ดำเนินงาน|ดำเนินการ)?"),
        ("period", rf"ระยะเวลา(?:ดำเนินการ|ดำเนินงาน)(?:\({_YEAR}\)|{_YEAR})?"),
    )
)
_QUARTER_TITLE = re.compile(r"ไตรมาส(?:ที่)?([1-4])")
_EMPTY_MARKS = frozenset({"", "-", "–", "—"})
_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MAX_FILE_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class SheetLayout:
    """Where the header is and which physical column holds which field."""

    sheet_name: str
    first_header_row: int
    last_header_row: int
    columns: dict[str, int]
    titles: dict[str, str]

    def label(self, key: str) -> str:
        """ "ไตรมาส 3 (J)": the header title as printed in the file, and the column letter."""
        return f"{self.titles[key]} ({get_column_letter(self.columns[key] + 1)})"


@dataclass(frozen=True)
class RawRow:
    """One data row: the cell value of every mapped column, and which of them are uncomputed formulas."""

    number: int
    cells: dict[str, object]
    formulas: frozenset[str]


@dataclass(frozen=True)
class PlanSheet:
    layout: SheetLayout
    rows: tuple[RawRow, ...]
    title_lines: tuple[tuple[int, tuple[str, ...]], ...]
    trailer_lines: tuple[tuple[int, tuple[str, ...]], ...]


@dataclass(frozen=True)
class _Grid:
    """The non-empty rows of one worksheet (1-based row number → values), plus formula cells."""

    name: str
    rows: dict[int, tuple[object, ...]]
    formulas: frozenset[tuple[int, int]]


def compact(value: object) -> str:
    """Cell text with Arabic digits and no white space at all, for matching titles."""
    return "".join(to_arabic_digits(cell_text(value)).split())


def cell_text(value: object) -> str:
    """A cell value as text, outer white space trimmed; whole floats lose their ".0"."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def classify_title(value: object) -> str | None:
    """The field a header cell names ("ไตรมาสที่ ๒" → "q2"), or None for anything else."""
    text = compact(value)
    if not text:
        return None
    if quarter := _QUARTER_TITLE.fullmatch(text):
        return QUARTER_KEYS[int(quarter[1]) - 1]
    return next((key for key, pattern in _TITLE_PATTERNS if pattern.fullmatch(text)), None)


# ---------------------------------------------------------------------------- the file


def read_plan_sheet(data: bytes) -> PlanSheet:
    """Find the plan table in the first worksheet that has one; BadInput when there is none."""
    grids = _load_grids(data)
    for grid in grids:
        layout = _find_layout(grid)
        if layout is not None:
            return _split(grid, layout)
    raise BadInput(
        "ไม่พบหัวตารางแผนปฏิบัติการในไฟล์นี้ ตารางต้องมีหัวคอลัมน์ เช่น ที่, แผนงาน/โครงการ/กิจกรรม, "
        "งบประมาณ, มิติ, ตัวชี้วัด, ผลลัพธ์, ไตรมาส 1–4 และหน่วยงานรับผิดชอบ"
    )


def _load_grids(data: bytes) -> list[_Grid]:
    if not data:
        raise BadInput("ไฟล์ว่างเปล่า ไม่มีข้อมูลให้นำเข้า")
    if len(data) > _MAX_FILE_BYTES:
        raise BadInput("ไฟล์มีขนาดใหญ่เกินไป (เกิน 50 MB) ไม่น่าจะเป็นตารางแผนปฏิบัติการ")
    if data.startswith(_OLE_SIGNATURE):
        raise BadInput(
            "ไฟล์นี้เป็น Excel รุ่นเก่า (.xls) หรือไฟล์ที่ตั้งรหัสผ่านไว้ "
            'กรุณาเปิดใน Excel แล้วบันทึกเป็น "Excel Workbook (.xlsx)" โดยไม่ตั้งรหัสผ่าน'
        )
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise BadInput("ไฟล์นี้ไม่ใช่ไฟล์ Excel (.xlsx) กรุณาเลือกไฟล์ที่บันทึกจาก Excel เป็นนามสกุล .xlsx")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            formulas = _formula_cells(data)
            return [_grid(name, rows, formulas.get(name, set())) for name, rows in _value_rows(data)]
    except Exception as exc:  # openpyxl raises almost anything on a damaged or foreign zip
        raise BadInput(
            "เปิดไฟล์นี้เป็นสมุดงาน Excel ไม่ได้ ไฟล์อาจเสียหายหรือไม่ใช่ไฟล์ .xlsx "
            'กรุณาเปิดใน Excel แล้วบันทึกใหม่เป็น "Excel Workbook (.xlsx)"'
        ) from exc


def _value_rows(data: bytes) -> list[tuple[str, dict[int, tuple[object, ...]]]]:
    workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        return [
            (sheet.title, _non_empty_rows(sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True)))
            for sheet in workbook.worksheets
        ]
    finally:
        workbook.close()


def _formula_cells(data: bytes) -> dict[str, set[tuple[int, int]]]:
    workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    try:
        found: dict[str, set[tuple[int, int]]] = {}
        for sheet in workbook.worksheets:
            cells = found.setdefault(sheet.title, set())
            for number, row in enumerate(sheet.iter_rows(max_col=MAX_COLUMNS), start=1):
                cells.update((number, i) for i, cell in enumerate(row) if _is_formula(cell))
        return found
    finally:
        workbook.close()


def _is_formula(cell: object) -> bool:
    return getattr(cell, "data_type", "") == "f"


def _non_empty_rows(rows: Iterable[tuple[object, ...]]) -> dict[int, tuple[object, ...]]:
    return {
        number: tuple(values)
        for number, values in enumerate(rows, start=1)
        if values.count(None) < len(values) and any(cell_text(value) for value in values)
    }


def _grid(name: str, rows: dict[int, tuple[object, ...]], formulas: set[tuple[int, int]]) -> _Grid:
    """Rows with only uncomputed formulas (no values) are kept, so they are reported, not skipped."""
    for number in {row for row, _ in formulas} - rows.keys():
        rows[number] = (None,) * MAX_COLUMNS
    return _Grid(name, rows, frozenset(formulas))


# ---------------------------------------------------------------------------- the header


def _find_layout(grid: _Grid) -> SheetLayout | None:
    for number in sorted(grid.rows)[:HEADER_SEARCH_ROWS]:
        keys = [classify_title(value) for value in grid.rows[number]]
        if "name" in keys and len({k for k in keys if k is not None and k != "name"}) >= 2:
            return _layout(grid, number)
    return None


def _layout(grid: _Grid, top_number: int) -> SheetLayout:
    top = grid.rows[top_number]
    below = grid.rows.get(top_number + 1, ())
    has_sub_row = any(classify_title(value) in SUB_KEYS for value in below)
    columns: dict[str, int] = {}
    titles: dict[str, str] = {}
    duplicates: list[str] = []
    for index in range(max(len(top), len(below))):
        sub_value = below[index] if has_sub_row and index < len(below) else None
        top_value = top[index] if index < len(top) else None
        key, title = classify_title(sub_value), sub_value
        if key not in SUB_KEYS:
            key, title = classify_title(top_value), top_value
        if key is None or key in {"target_group", "period"}:
            continue
        if key in columns:
            duplicates.append(
                f"{STANDARD_TITLES[key]} (คอลัมน์ {get_column_letter(columns[key] + 1)} "
                f"และ {get_column_letter(index + 1)})"
            )
            continue
        columns[key] = index
        titles[key] = " ".join(cell_text(title).split())
    _check_columns(grid, top_number, columns, duplicates)
    last = top_number + 1 if has_sub_row else top_number
    return SheetLayout(grid.name, top_number, last, columns, titles)


def _check_columns(grid: _Grid, top_number: int, columns: dict[str, int], duplicates: list[str]) -> None:
    where = f'หัวตารางที่แถว {top_number} ของแผ่นงาน "{grid.name}"'
    if duplicates:
        raise BadInput(f"{where} มีคอลัมน์ซ้ำกัน: {', '.join(duplicates)} กรุณาเหลือไว้คอลัมน์เดียว")
    missing = [STANDARD_TITLES[key] for key in REQUIRED_KEYS if key not in columns]
    if missing:
        raise BadInput(f"{where} ไม่มีคอลัมน์ {', '.join(missing)} ซึ่งจำเป็นต้องมี")


# ---------------------------------------------------------------------------- rows around the header


def _split(grid: _Grid, layout: SheetLayout) -> PlanSheet:
    numbers = sorted(grid.rows)
    titles = tuple((n, _texts(grid.rows[n])) for n in numbers if n < layout.first_header_row)
    data: list[RawRow] = []
    trailer_start: int | None = None
    for number in (n for n in numbers if n > layout.last_header_row):
        row = _raw_row(grid, layout, number)
        if _is_end_of_table(row, _texts(grid.rows[number])):
            trailer_start = number
            break
        if not _is_blank(row) and not _is_repeated_header(row):
            data.append(row)
    trailer = (
        ()
        if trailer_start is None
        else tuple(
            (n, _texts(grid.rows[n]))
            for n in numbers
            if trailer_start <= n < trailer_start + TRAILER_SEARCH_ROWS
        )
    )
    return PlanSheet(layout, tuple(data), titles, trailer)


def _texts(values: tuple[object, ...]) -> tuple[str, ...]:
    return tuple(text for text in (cell_text(v) for v in values) if text)


def _raw_row(grid: _Grid, layout: SheetLayout, number: int) -> RawRow:
    values = grid.rows[number]
    cells = {key: (values[i] if i < len(values) else None) for key, i in layout.columns.items()}
    formulas = frozenset(
        key for key, i in layout.columns.items() if (number, i) in grid.formulas and not cell_text(cells[key])
    )
    return RawRow(number, cells, formulas)


def _is_blank(row: RawRow) -> bool:
    """Nothing but (perhaps) a row number and dashes: an empty line of a template."""
    return not any(
        key != "no" and (key in row.formulas or compact(value) not in _EMPTY_MARKS)
        for key, value in row.cells.items()
    )


def _is_repeated_header(row: RawRow) -> bool:
    """The header printed again after a page break: at least two cells are column titles, and the name
    cell is a title too or empty (its lower half), so a real item is never taken for a header."""
    name = row.cells.get("name")
    if cell_text(name) and classify_title(name) != "name":
        return False
    return sum(1 for value in row.cells.values() if classify_title(value) is not None) >= 2


_END_MARKS = ("รวม", "คำอธิบาย", "ข้อมูลณวันที่", "ผู้ออกรายงาน", "ชื่อ-สกุล")
_DETAIL_KEYS = ("dimension", "indicators", "outcome", "responsible")


def _is_end_of_table(row: RawRow, texts: tuple[str, ...]) -> bool:
    """The "รวมทั้งสิ้น …" footer, or (when a file has none) the first line printed under the table.

    A row that has a มิติ, ตัวชี้วัด, ผลลัพธ์ or หน่วยงาน is data, whatever its first word.
    """
    if not texts or any(cell_text(row.cells.get(key)) for key in _DETAIL_KEYS):
        return False
    first = compact(texts[0]).lstrip("*")
    return first.startswith(_END_MARKS)


def iter_lines(lines: Iterable[tuple[int, tuple[str, ...]]]) -> Iterator[tuple[int, str]]:
    """(row, cell text) for every non-empty cell of the given lines."""
    for number, texts in lines:
        for text in texts:
            yield number, text
