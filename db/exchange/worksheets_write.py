"""Writing the division worksheets of a round: one workbook per responsible unit, ready to fill in Excel.

Each workbook lists the unit's items with the round's current values in shaded cells the clerk may
change; everything else is locked (sheet protection without a password, to prevent accidents, not to
keep secrets). :func:`db.exchange.worksheets.read_worksheets` reads the filled files back.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from db.errors import BadInput
from db.exchange.worksheets_layout import (
    FORMAT_MARKER,
    INDICATOR_COLUMNS,
    INDICATOR_SHEET,
    ITEM_COLUMNS,
    ITEM_SHEET,
    META_KEYS,
    META_SHEET,
    MONEY_KEYS,
    NO_UNIT,
    REASON_LABELS,
    STATUS_LABELS,
    TICK,
    TRACK_KEYS,
    Column,
)
from db.exchange.xlsx_common import (
    BOLD,
    CENTER_TOP,
    HEADER,
    RIGHT_TOP,
    TITLE,
    WRAP_TOP,
    draw_borders,
    put,
    row_height,
    save_workbook,
    set_up_a4_landscape,
)
from db.models import PlanItem
from db.services.progress_report import ProgressReport, ProgressRow, build_progress_report, item_title
from db.session import Database
from db.thai import be_year, fiscal_year_label, format_date_long, format_date_range, round_label

FILL_SHADE = PatternFill("solid", fgColor="FFF2CC")
FILL_HEADER_SHADE = PatternFill("solid", fgColor="FFE699")
HEADER_SHADE = PatternFill("solid", fgColor="E7E6E6")
UNLOCKED = Protection(locked=False)
TITLE_TEXT = "แบบรายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต"
_UNSAFE_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]')
_MAX_UNIT_BYTES = 140  # a Thai letter is 3 bytes; many file systems allow 255 bytes a name


@dataclass(frozen=True)
class IndicatorLine:
    uuid: str
    kind: str
    statement: str


def export_worksheets(
    database: Database, *, round_uuid: str, folder: Path, as_of: date | None = None
) -> tuple[Path, ...]:
    """Write one workbook per responsible unit into ``folder``; the paths in unit order.

    Every item of the round is in exactly one workbook. ``as_of`` is the date printed as "ข้อมูล ณ
    วันที่" (today by default). Files are written whole or not at all.
    """
    report = build_progress_report(database, round_uuid=round_uuid)
    indicators = indicator_lines(database, [row.item_uuid for row in report.rows])
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BadInput(f"สร้างโฟลเดอร์ {folder.name} ไม่ได้ กรุณาเลือกที่บันทึกอื่น") from exc
    taken: set[str] = set()
    paths = []
    for unit, rows in unit_groups(report):
        path = folder / file_name(report, unit, taken)
        save_workbook(_workbook(report, unit, rows, indicators, as_of or date.today()), path)
        paths.append(path)
    return tuple(paths)


def indicator_lines(database: Database, item_uuids: Sequence[str]) -> dict[str, tuple[IndicatorLine, ...]]:
    """Each item's indicators in the order its results are kept (the item's own indicator order)."""
    with database.session() as session:
        items = session.scalars(
            select(PlanItem)
            .where(PlanItem.uuid.in_(list(item_uuids)))
            .options(selectinload(PlanItem.indicators))
        )
        return {
            item.uuid: tuple(IndicatorLine(i.uuid, i.kind.label_th, i.statement) for i in item.indicators)
            for item in items
        }


def unit_groups(report: ProgressReport) -> list[tuple[str, list[ProgressRow]]]:
    """Rows by responsible unit: the office's units in their order, then other texts, then none."""
    groups: dict[str, list[ProgressRow]] = {}
    for row in report.rows:
        groups.setdefault(" ".join(row.responsible.split()) or NO_UNIT, []).append(row)
    order = {name: index for index, name in enumerate(report.office.units)}
    first_seen = {name: index for index, name in enumerate(groups)}
    return sorted(
        groups.items(),
        key=lambda pair: (pair[0] == NO_UNIT, order.get(pair[0], len(order)), first_seen[pair[0]]),
    )


def file_name(report: ProgressReport, unit: str, taken: set[str]) -> str:
    """ "รายงานผล ปี 2567 รอบ 6 เดือน - กองคลัง.xlsx": safe on Windows, unique in ``taken`` (case-blind)."""
    label = round_label(report.kind, thai_digits=False)
    stem = f"รายงานผล ปี {be_year(report.fiscal_year)} {label} - {_safe_unit(unit)}"
    candidate, number = stem, 2
    while candidate.casefold() in taken:
        candidate, number = f"{stem} ({number})", number + 1
    taken.add(candidate.casefold())
    return f"{candidate}.xlsx"


def _safe_unit(unit: str) -> str:
    text = " ".join(_UNSAFE_IN_NAMES.sub("-", unit).split())
    if len(text.encode()) > _MAX_UNIT_BYTES:
        cut = len(text)
        while len(text[:cut].encode()) > _MAX_UNIT_BYTES or (cut < len(text) and _is_mark(text[cut])):
            cut -= 1  # never leave a vowel or tone mark without its letter
        text = text[:cut]
        if " " in text[len(text) // 2 :]:
            text = text[: text.rindex(" ")]  # whole words when a space allows it
    return text.rstrip(" .-") or NO_UNIT


def _is_mark(character: str) -> bool:
    return unicodedata.category(character) in {"Mn", "Me", "Mc"}


# ---------------------------------------------------------------------------- one workbook


def _workbook(
    report: ProgressReport,
    unit: str,
    rows: list[ProgressRow],
    indicators: dict[str, tuple[IndicatorLine, ...]],
    as_of: date,
) -> Workbook:
    workbook = Workbook()
    items = workbook.active
    assert items is not None
    items.title = ITEM_SHEET
    _item_sheet(items, report, unit, rows, indicators, as_of)
    _indicator_sheet(workbook.create_sheet(INDICATOR_SHEET), report, unit, rows, indicators)
    _meta_sheet(workbook.create_sheet(META_SHEET), report, unit, as_of)
    workbook.security = WorkbookProtection(lockStructure=True)
    return workbook


def _title_lines(report: ProgressReport, unit: str) -> list[str]:
    period = format_date_range(*report.date_range)
    return [
        TITLE_TEXT,
        f"{report.office.name} {report.office.location}".strip(),
        f"{fiscal_year_label(report.fiscal_year)} {round_label(report.kind)} ({period})",
        f"หน่วยงานที่รับผิดชอบ {unit}",
    ]


def _instructions() -> str:
    statuses = ", ".join(STATUS_LABELS)
    return (
        "วิธีกรอก: แก้ไขหรือกรอกเฉพาะช่องสีเหลือง ค่าที่มีอยู่คือข้อมูลปัจจุบันในโปรแกรม "
        f"สถานะเลือกจากรายการ ({statuses}) หรือเว้นว่างถ้ายังไม่รายงาน "
        'ถ้าเลือก "ไม่สามารถดำเนินการได้" ต้องเลือกเหตุผลด้วย และถ้าเหตุผลเป็น "อื่น ๆ" ให้อธิบายในช่องเหตุผลอื่น ๆ '
        'จำนวนเงินเป็นบาท จะมีจุลภาคหรือไม่ก็ได้ ใช้เลขไทยได้ ใส่ "-" หรือเว้นว่างถ้าไม่มี '
        'ช่องแนวทางใส่ "/" ผลตามตัวชี้วัดกรอกในแผ่นงาน "ผลตามตัวชี้วัด" '
        "กรอกเสร็จแล้วบันทึกเป็นไฟล์ .xlsx ส่งคืนผู้รวบรวมรายงาน"
    )


def _title_block(sheet: Worksheet, columns: tuple[Column, ...], lines: list[str]) -> None:
    first = next(index for index, column in enumerate(columns, start=1) if not column.hidden)
    last = len(columns)
    width = sum(column.width for column in columns if not column.hidden)
    for number, text in enumerate(lines, start=1):
        font = TITLE if number == 1 else BOLD
        put(sheet, number, first, text, font=font, align=Alignment(wrap_text=True, vertical="top"))
        sheet.merge_cells(start_row=number, start_column=first, end_row=number, end_column=last)
        sheet.row_dimensions[number].height = row_height([(text, width)])


def _columns(sheet: Worksheet, columns: tuple[Column, ...], header: int) -> None:
    for index, column in enumerate(columns, start=1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = column.width
        sheet.column_dimensions[letter].hidden = column.hidden
        cell = put(sheet, header, index, column.title, font=BOLD, align=HEADER)
        cell.fill = FILL_HEADER_SHADE if column.fill else HEADER_SHADE
    sheet.row_dimensions[header].height = row_height([(c.title, c.width) for c in columns if not c.hidden])


def _write_row(sheet: Worksheet, number: int, columns: tuple[Column, ...], values: dict[str, object]) -> None:
    for index, column in enumerate(columns, start=1):
        value = values.get(column.key)
        align = WRAP_TOP
        if column.key in MONEY_KEYS or column.key == "actual_value":
            align = RIGHT_TOP
        elif column.key in (*TRACK_KEYS, "number", "position", "kind"):
            align = CENTER_TOP
        cell = put(sheet, number, index, value, align=align)
        if isinstance(value, Decimal):
            cell.number_format = "#,##0.00" if column.key in MONEY_KEYS else "General"
        if column.fill:
            cell.fill = FILL_SHADE
            cell.protection = UNLOCKED
    sheet.row_dimensions[number].height = row_height(
        [(values.get(c.key), c.width) for c in columns if not c.hidden]
    )


def _exact_number(value: Decimal | None) -> object:
    """The number itself when Excel's binary floating point keeps it exact, else its text."""
    if value is None:
        return None
    return value if Decimal(repr(float(value))) == value else f"{value:f}"


def _protect(sheet: Worksheet) -> None:
    sheet.protection.sheet = True
    sheet.protection.formatRows = False  # rows may be made taller to read long text


def _drop_down(sheet: Worksheet, choices: tuple[str, ...], cells: str, message: str) -> None:
    validation = DataValidation(
        type="list",
        formula1='"' + ",".join(choices) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="ค่าไม่ถูกต้อง",
        error=message,
    )
    sheet.add_data_validation(validation)
    validation.add(cells)


def _item_sheet(
    sheet: Worksheet,
    report: ProgressReport,
    unit: str,
    rows: list[ProgressRow],
    indicators: dict[str, tuple[IndicatorLine, ...]],
    as_of: date,
) -> None:
    lines = [*_title_lines(report, unit), f"ข้อมูล ณ วันที่ {format_date_long(as_of)}", _instructions()]
    _title_block(sheet, ITEM_COLUMNS, lines)
    header = len(lines) + 2
    _columns(sheet, ITEM_COLUMNS, header)
    for number, row in enumerate(rows, start=header + 1):
        _write_row(sheet, number, ITEM_COLUMNS, _item_values(report, row, indicators.get(row.item_uuid, ())))
    last = header + max(1, len(rows))
    draw_borders(sheet, header, last, len(ITEM_COLUMNS))
    keys = [column.key for column in ITEM_COLUMNS]

    def cells(key: str) -> str:
        letter = get_column_letter(keys.index(key) + 1)
        return f"{letter}{header + 1}:{letter}{last}"

    _drop_down(sheet, STATUS_LABELS, cells("status"), "กรุณาเลือกสถานะจากรายการ หรือเว้นว่าง")
    _drop_down(sheet, REASON_LABELS, cells("not_possible_reason"), "กรุณาเลือกเหตุผลจากรายการ หรือเว้นว่าง")
    for key in TRACK_KEYS:
        _drop_down(sheet, (TICK,), cells(key), 'ใส่ "/" หรือเว้นว่าง')
    set_up_a4_landscape(sheet, title_rows=f"{header}:{header}", freeze_at=sheet.cell(header + 1, 5))
    _protect(sheet)


def _item_values(
    report: ProgressReport, row: ProgressRow, indicators: tuple[IndicatorLine, ...]
) -> dict[str, object]:
    progress = row.progress
    values: dict[str, object] = {
        "item_uuid": row.item_uuid,
        "round_uuid": report.round.uuid,
        "number": row.number,
        "name": item_title(row.kind, row.name),
        "indicators": "\n".join(f"{k}. {line.statement}" for k, line in enumerate(indicators, start=1)),
        "status": progress.status.label_th if progress.status else None,
        "not_possible_reason": progress.not_possible_reason.label_th
        if progress.not_possible_reason
        else None,
        "not_possible_note": progress.not_possible_note,
        "actions_text": progress.actions_text,
        "results_text": progress.results_text,
        "remarks": progress.remarks,
    }
    for key in MONEY_KEYS:
        values[key] = _exact_number(getattr(progress, key))
    for key in TRACK_KEYS:
        values[key] = TICK if getattr(progress, key) else None
    return values


def _indicator_sheet(
    sheet: Worksheet,
    report: ProgressReport,
    unit: str,
    rows: list[ProgressRow],
    indicators: dict[str, tuple[IndicatorLine, ...]],
) -> None:
    lines = [
        *_title_lines(report, unit),
        "ผลตามตัวชี้วัด: กรอกค่าที่วัดได้เป็นตัวเลขในช่อง (ตัวเลข) เช่น 85 หรือ ๘๕ "
        "และ/หรือบรรยายผลในช่อง (ข้อความ) กรอกเฉพาะช่องสีเหลือง",
    ]
    _title_block(sheet, INDICATOR_COLUMNS, lines)
    header = len(lines) + 2
    _columns(sheet, INDICATOR_COLUMNS, header)
    number = header
    for row in rows:
        results = row.progress.indicator_results
        for position, line in enumerate(indicators.get(row.item_uuid, ()), start=1):
            result = results[position - 1]
            number += 1
            values = {
                "item_uuid": row.item_uuid,
                "indicator_uuid": line.uuid,
                "round_uuid": report.round.uuid,
                "number": row.number,
                "name": item_title(row.kind, row.name),
                "position": position,
                "kind": line.kind,
                "statement": line.statement,
                "actual_value": _exact_number(result.actual_value),
                "actual_text": result.actual_text,
                "note": result.note,
            }
            _write_row(sheet, number, INDICATOR_COLUMNS, values)
    draw_borders(sheet, header, max(number, header + 1), len(INDICATOR_COLUMNS))
    set_up_a4_landscape(sheet, title_rows=f"{header}:{header}", freeze_at=sheet.cell(header + 1, 6))
    _protect(sheet)


def _meta_sheet(sheet: Worksheet, report: ProgressReport, unit: str, as_of: date) -> None:
    values: dict[str, str] = {
        "format": FORMAT_MARKER,
        "round_uuid": report.round.uuid,
        "plan_uuid": report.round.plan_uuid,
        "office_uuid": report.office.uuid,
        "office_name": report.office.name,
        "fiscal_year": str(report.fiscal_year),
        "round_kind": report.kind.value,
        "unit": unit,
        "exported_at": as_of.isoformat(),
    }
    for number, key in enumerate(META_KEYS, start=1):
        put(sheet, number, 1, key)
        put(sheet, number, 2, values[key])
    sheet.sheet_state = "veryHidden"
    _protect(sheet)
