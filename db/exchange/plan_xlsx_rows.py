"""Reading the cells of the plan table: row numbers, money, quantities, มิติ, ticks, codes, report lines.

Every problem becomes a :class:`Problem` naming the Excel row and column, so an import can list them
all at once. Nothing here touches the database.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from db.exchange.plan_xlsx_read import QUARTER_KEYS, PlanSheet, RawRow, SheetLayout, cell_text, iter_lines
from db.models import ItemKind
from db.thai import ThaiParseError, parse_date, parse_money, to_arabic_digits

TICKS = frozenset({"/", "✓", "✔", "√"})
NIL_TEXTS = frozenset({"-", "–", "—"})
MAX_BUDGET = Decimal("1000000000000")  # one trillion baht: anything larger is a typing slip
_SATANG = Decimal("0.01")
_LEADING_QUOTES = "\"'“”‘’«»「『([ "
_KIND_WORDS = (
    ("มาตรการ", ItemKind.MEASURE),
    ("กิจกรรม", ItemKind.ACTIVITY),
    ("โครงการ", ItemKind.PROJECT),
    ("แนวปฏิบัติ", ItemKind.GUIDELINE),
)
_ROW_NUMBER = re.compile(r"[0-9]+[.)]?")
_DECIMAL = re.compile(r"(?P<int>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.(?P<frac>[0-9]+))?")
_DIMENSION = re.compile(r"(?:มิติ\s*(?:ที่)?\s*)?([0-9]+)\.?")
_CODE = re.compile(r"[0-9]+(?:\.[0-9]+)*")
_PLAN_YEAR = re.compile(
    r"(?:ประจำปี|ปีงบประมาณ)\s*(?:งบประมาณ\s*)?(?:พ\.\s*ศ\.\s*)?([0-9]{4})(?!\s*[-–—]\s*[0-9])"
)
_LOCATION = re.compile(r"อำเภอ\s*(\S+)\s*จังหวัด\s*(\S+)")
_DATA_DATE = re.compile(r"ข้อมูล\s*ณ\s*วันที่\s*(.*)", re.DOTALL)
_FILLER = ".…_-–\n\t"
_PREPARER = re.compile(r"ผู้ออกรายงาน\s*:?\s*(.*)", re.DOTALL)


class CellError(ValueError):
    """A cell could not be read; the argument is a Thai sentence without the row and column."""


@dataclass(frozen=True)
class Problem:
    row: int | None
    column: str | None
    message: str
    column_index: int = -1

    @classmethod
    def at(cls, row: int, layout: SheetLayout, key: str, message: str) -> Problem:
        return cls(row, layout.label(key), message, layout.columns[key])

    @property
    def sort_key(self) -> tuple[int, int]:
        return (self.row or 0, self.column_index)

    def text(self) -> str:
        if self.row is None:
            return self.message
        where = f"แถว {self.row}" + (f" คอลัมน์ {self.column}" if self.column else "")
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class ParsedRow:
    """One data row read; ``dimension`` is None only when the row gives a รหัส instead."""

    number: int
    name: str
    unit: str
    quantity: Decimal | None
    budget: Decimal | None
    dimension: int | None
    code: str | None
    indicators: str
    outcome: str
    quarters: tuple[bool, bool, bool, bool]
    responsible: str

    @property
    def framework_codes(self) -> tuple[str, ...]:
        return (self.code,) if self.code else (str(self.dimension),)


@dataclass(frozen=True)
class SheetFacts:
    """What the lines above and below the table say."""

    district: str = ""
    province: str = ""
    data_as_of: date | None = None
    prepared_by: str | None = None


def infer_item_kind(name: str) -> ItemKind:
    """The kind named by the first word: "มาตรการ …", "กิจกรรม “…”", even letter-spaced "ก ิ จ ก ร ร ม"."""
    compacted = "".join(name.split()).lstrip(_LEADING_QUOTES)
    return next((kind for word, kind in _KIND_WORDS if compacted.startswith(word)), ItemKind.PROJECT)


def _shown(value: object) -> str:
    text = " ".join(cell_text(value).split())
    return text if len(text) <= 30 else text[:29] + "…"


def _normal(value: str) -> str:
    return " ".join(to_arabic_digits(value).split())


def _reject_non_text(value: object, what: str) -> None:
    if isinstance(value, bool):
        raise CellError(f"เป็นค่าจริง/เท็จ ({value}) ไม่ใช่{what}")
    if isinstance(value, (datetime, date, time)):
        raise CellError(f"เป็นวันที่/เวลา ไม่ใช่{what} กรุณาจัดรูปแบบเซลล์เป็นตัวเลขหรือข้อความ")


def _number_decimal(value: int | float) -> Decimal:
    if isinstance(value, float):
        if not math.isfinite(value):
            raise CellError("ไม่ใช่ตัวเลขที่ใช้ได้")
        return Decimal(int(value)) if value.is_integer() else Decimal(repr(value))
    return Decimal(value)


# ---------------------------------------------------------------------------- one cell


def parse_row_number(value: object) -> None:
    _reject_non_text(value, "ลำดับที่")
    if isinstance(value, (int, float)):
        if isinstance(value, float) and not value.is_integer():
            raise CellError(f'ลำดับ "{_shown(value)}" ต้องเป็นจำนวนเต็ม เช่น 1. หรือ ๑')
        return
    text = _normal(cell_text(value))
    if text and not _ROW_NUMBER.fullmatch(text):
        raise CellError(f'ลำดับ "{_shown(value)}" ต้องเป็นตัวเลข เช่น 1. หรือ ๑')


def parse_quantity(value: object) -> Decimal | None:
    _reject_non_text(value, "ปริมาณงาน")
    if isinstance(value, (int, float)):
        amount = _number_decimal(value)
    else:
        text = _normal(cell_text(value))
        if not text or text in NIL_TEXTS:
            return None
        match = _DECIMAL.fullmatch(text)
        if match is None:
            raise CellError(f'ปริมาณงาน "{_shown(value)}" ต้องเป็นตัวเลข เช่น 36 หรือ ๓๖ (ใส่หน่วยในคอลัมน์หน่วยนับ)')
        amount = Decimal(match["int"].replace(",", "") + (f".{match['frac']}" if match["frac"] else ""))
    if amount < 0:
        raise CellError(f'ปริมาณงาน "{_shown(value)}" ติดลบ')
    return amount


def parse_budget(value: object) -> Decimal | None:
    _reject_non_text(value, "จำนวนเงิน")
    if isinstance(value, (int, float)):
        amount = _number_decimal(value)
        if amount < 0:
            raise CellError(f'จำนวนเงิน "{_shown(value)}" ติดลบ กรุณากรอกจำนวนเงินที่ไม่ติดลบ')
        if amount >= MAX_BUDGET:
            raise CellError(f'จำนวนเงิน "{_shown(value)}" มากเกินไป กรุณาตรวจสอบจำนวนเงินอีกครั้ง')
        rounded = amount.quantize(_SATANG)
        if abs(amount - rounded) >= Decimal("0.000001"):
            raise CellError(f'จำนวนเงิน "{_shown(value)}" มีทศนิยมเกิน 2 ตำแหน่ง')
        return rounded
    else:
        try:
            amount = parse_money(cell_text(value))
        except ThaiParseError as exc:
            raise CellError(exc.message) from exc
        if amount is None:
            return None
    if amount >= MAX_BUDGET:
        raise CellError(f'จำนวนเงิน "{_shown(value)}" มากเกินไป กรุณาตรวจสอบจำนวนเงินอีกครั้ง')
    return amount


def parse_dimension(value: object) -> int | None:
    _reject_non_text(value, "มิติ")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return value
    text = _normal(cell_text(value))
    if not text:
        return None
    match = _DIMENSION.fullmatch(text)
    if match is None:
        raise CellError(f'มิติ "{_shown(value)}" ไม่ถูกต้อง ใส่เลขมิติ 1–4 เช่น 2 หรือ ๒')
    return int(match[1])


def parse_tick(value: object) -> bool:
    text = "".join(cell_text(value).split())
    if not text and not isinstance(value, bool):
        return False
    if isinstance(value, str) and text in TICKS:
        return True
    raise CellError(f'เครื่องหมาย "{_shown(value)}" ไม่ถูกต้อง ใช้ "/" หรือ "✓" หรือเว้นว่าง')


def parse_code(value: object) -> str | None:
    _reject_non_text(value, "รหัส")
    text = "".join(to_arabic_digits(cell_text(value)).split())
    if not text:
        return None
    if not _CODE.fullmatch(text):
        raise CellError(f'รหัส "{_shown(value)}" ไม่ถูกต้อง ใช้รูปแบบ มิติ.ข้อ.ข้อย่อย เช่น 2.2.1')
    return text


# ---------------------------------------------------------------------------- one row


def parse_row(raw: RawRow, layout: SheetLayout) -> tuple[ParsedRow, list[Problem]]:
    """The row's values (a refused cell reads as empty) and the problems found in it."""
    problems: list[Problem] = []

    def read(key: str, parser: Callable[[object], Any], default: Any = None) -> Any:
        if key not in raw.cells:
            return default
        if key in raw.formulas and key != "no":  # the row number is never stored
            problems.append(
                Problem.at(
                    raw.number,
                    layout,
                    key,
                    "เป็นสูตรที่ยังไม่มีผลคำนวณ กรุณาเปิดไฟล์ใน Excel แล้วบันทึกใหม่ หรือพิมพ์ค่าแทนสูตร",
                )
            )
            return default
        try:
            return parser(raw.cells[key])
        except CellError as exc:
            problems.append(Problem.at(raw.number, layout, key, str(exc)))
            return default

    read("no", parse_row_number)
    name = read("name", cell_text, "")
    if not name and "name" not in raw.formulas:
        problems.append(Problem.at(raw.number, layout, "name", "ไม่มีชื่อแผนงาน/โครงการ/กิจกรรม"))
    dimension = read("dimension", parse_dimension)
    code = read("code", parse_code)
    dimension_refused = any(p.column_index == layout.columns["dimension"] for p in problems)
    if dimension is None and code is None and not dimension_refused:
        problems.append(Problem.at(raw.number, layout, "dimension", "ไม่ได้ระบุมิติ (ใส่เลข 1–4)"))
    row = ParsedRow(
        number=raw.number,
        name=name,
        unit=read("unit", cell_text, ""),
        quantity=read("quantity", parse_quantity),
        budget=read("budget", parse_budget),
        dimension=dimension,
        code=code,
        indicators=read("indicators", cell_text, ""),
        outcome=read("outcome", cell_text, ""),
        quarters=tuple(bool(read(key, parse_tick, False)) for key in QUARTER_KEYS),  # type: ignore[arg-type]
        responsible=read("responsible", cell_text, ""),
    )
    problems.sort(key=lambda p: p.sort_key)
    return row, problems


# ---------------------------------------------------------------------------- lines around the table


def sheet_facts(sheet: PlanSheet, fiscal_year: int) -> tuple[SheetFacts, list[Problem]]:
    """Location from the title lines, data date and preparer from the lines under the table."""
    problems: list[Problem] = []
    district = province = ""
    for number, text in iter_lines(sheet.title_lines):
        normal = _normal(text)
        year = _PLAN_YEAR.search(normal)
        if year and int(year[1]) >= 2400 and int(year[1]) - 543 != fiscal_year:
            problems.append(
                Problem(
                    number,
                    None,
                    f"ชื่อตารางระบุปี พ.ศ. {year[1]} แต่เลือกนำเข้าเป็นปีงบประมาณ "
                    f"พ.ศ. {fiscal_year + 543} กรุณาตรวจสอบว่าเลือกไฟล์หรือปีถูกต้อง",
                )
            )
        if not district and (location := _LOCATION.search(normal)):
            district, province = location[1], location[2]
    data_as_of, prepared_by = _report_lines(sheet, problems)
    return SheetFacts(district, province, data_as_of, prepared_by), problems


def _report_lines(sheet: PlanSheet, problems: list[Problem]) -> tuple[date | None, str | None]:
    """A template's "ข้อมูล ณ วันที่ ......" with nothing filled in counts as no line at all."""
    data_as_of: date | None = None
    prepared_by: str | None = None
    for number, texts in sheet.trailer_lines:
        for index, text in enumerate(texts):
            following = texts[index + 1] if index + 1 < len(texts) else ""
            if data_as_of is None and (match := _DATA_DATE.search(text)):
                date_text = _filled_in(match[1], ".") or _filled_in(following, ".")
                try:
                    data_as_of = parse_date(date_text) if date_text else None
                except ThaiParseError as exc:
                    problems.append(Problem(number, None, f"วันที่ของข้อมูล: {exc.message}"))
            if prepared_by is None and (match := _PREPARER.search(text)):
                prepared_by = " ".join((_filled_in(match[1]) or _filled_in(following)).split()) or None
    return data_as_of, prepared_by


def _filled_in(text: str, also: str = "") -> str:
    """``text`` without markup asterisks and colons (and ``also``), or "" when it is only dots or lines."""
    if not text.strip(_FILLER + "*: "):
        return ""
    return text.strip("*: \n\t" + also)
