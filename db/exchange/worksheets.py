"""Division worksheets of a reporting round: one xlsx per responsible unit to fill, read back as a preview.

:func:`export_worksheets` writes the workbooks. :func:`read_worksheets` reads the filled files and gives
:class:`WorksheetChanges` (what would change, item by item, old → new) without writing anything; any
problem in any file refuses the whole batch with one :class:`WorksheetRefused` listing every problem by
file, row and column. :func:`apply_worksheet_changes` writes a preview in one transaction, after checking
that the round is still open and that nobody changed those items in between.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from db.errors import FieldError
from db.exchange.worksheets_apply import apply_worksheet_changes
from db.exchange.worksheets_changes import (
    FieldChange,
    ItemChange,
    WorksheetChanges,
    WorksheetRefused,
    WorksheetStale,
    changed_fields,
)
from db.exchange.worksheets_layout import INDICATOR_TEXT_KEYS, ITEM_COLUMNS
from db.exchange.worksheets_read import Problem, SheetRow, WorksheetFile, read_worksheet_file
from db.exchange.worksheets_write import export_worksheets, indicator_lines
from db.services.plans import get_plan
from db.services.progress_report import build_progress_report, item_title
from db.services.rounds import (
    IndicatorResultDraft,
    ItemProgressDetail,
    ProgressDraft,
    check_unlocked,
    clean_progress,
    get_round,
    list_rounds,
    round_by_uuid,
    round_progress,
    validate_progress,
)
from db.session import Database
from db.thai import RoundKind, fiscal_year_label, round_label

__all__ = [
    "FieldChange",
    "ItemChange",
    "WorksheetChanges",
    "WorksheetRefused",
    "WorksheetStale",
    "apply_worksheet_changes",
    "export_worksheets",
    "read_worksheets",
]

_ITEM_FILL_KEYS = tuple(column.key for column in ITEM_COLUMNS if column.fill)


@dataclass(frozen=True)
class _Item:
    number: str
    name: str
    indicators: tuple[str, ...]
    current: ItemProgressDetail


@dataclass(frozen=True)
class _Round:
    uuid: str
    plan_uuid: str
    items: dict[str, _Item]
    first_half: dict[str, ItemProgressDetail]
    second_half: dict[str, ItemProgressDetail]


@dataclass(frozen=True)
class _Read:
    source: str
    row: SheetRow
    draft: ProgressDraft


def read_worksheets(
    database: Database, *, round_uuid: str, files: Sequence[Path | bytes]
) -> WorksheetChanges:
    """What the filled worksheets would change in the round; nothing is written.

    Raises :class:`WorksheetRefused` (a ``BadInput``) listing every problem in every file, or
    ``RoundLocked`` when the round was submitted.
    """
    with database.session() as session:
        check_unlocked(round_by_uuid(session, round_uuid))
    round_ = _round(database, round_uuid)
    problems: dict[int, list[Problem]] = {}
    reads: dict[str, _Read] = {}
    unchanged = 0
    for index, source in enumerate(files, start=1):
        label, data = _source(source, index)
        found = problems.setdefault(index, [])
        if data is None:
            found.append(Problem(label, "เปิดไฟล์ไม่ได้ กรุณาตรวจสอบว่าไฟล์ยังอยู่ และไม่ได้เปิดค้างในโปรแกรมอื่น"))
            continue
        file, file_problems = read_worksheet_file(data, label)
        found.extend(file_problems)
        if file is None:
            continue
        foreign = _foreign(database, round_, file)
        if foreign:
            found.append(Problem(label, foreign))
            continue
        for read in _drafts(file, round_, found):
            first = reads.get(read.row.item_uuid)
            if first is None:
                reads[read.row.item_uuid] = read
            elif first.draft != read.draft:
                message = (
                    f"รายการนี้อยู่ใน{first.source} แถว {first.row.row} ด้วย แต่กรอกค่าไม่ตรงกัน "
                    "กรุณาแก้ให้ตรงกัน หรือส่งเพียงไฟล์เดียว"
                )
                found.append(read.row.problem(label, None, message))
    texts = [p.text() for index in sorted(problems) for p in sorted(problems[index], key=lambda p: p.order)]
    if texts:
        raise WorksheetRefused(texts)
    changes = []
    for uuid, item in round_.items.items():
        read = reads.get(uuid)
        if read is None:
            continue
        changed = changed_fields(item.current.as_draft(), read.draft)
        if not changed:
            unchanged += 1
            continue
        source = f"{read.source}, แถว {read.row.row}"
        changes.append(ItemChange(uuid, item.number, item.name, source, item.current, read.draft, changed))
    return WorksheetChanges(round_uuid=round_uuid, items=tuple(changes), unchanged=unchanged)


def _source(source: Path | bytes, index: int) -> tuple[str, bytes | None]:
    if isinstance(source, (bytes, bytearray, memoryview)):
        return f"ไฟล์ที่ {index}", bytes(source)
    path = Path(source)
    try:
        return f"ไฟล์ {path.name}", path.read_bytes()
    except OSError:
        return f"ไฟล์ {path.name}", None


def _round(database: Database, round_uuid: str) -> _Round:
    info = get_round(database, round_uuid)
    report = build_progress_report(database, round_uuid=round_uuid)
    lines = indicator_lines(database, [row.item_uuid for row in report.rows])
    items = {
        row.item_uuid: _Item(
            row.number,
            item_title(row.kind, row.name),
            tuple(line.uuid for line in lines.get(row.item_uuid, ())),
            row.progress,
        )
        for row in report.rows
    }
    halves: dict[str, dict[str, ItemProgressDetail]] = {}
    for other in list_rounds(database, info.plan_uuid):
        if other.fiscal_year == info.fiscal_year and other.kind != info.kind:
            recorded = {p.item_uuid: p for p in round_progress(database, other.uuid) if p.reported}
            halves["first" if other.kind is RoundKind.SIX_MONTH else "second"] = recorded
    return _Round(round_uuid, info.plan_uuid, items, halves.get("first", {}), halves.get("second", {}))


def _foreign(database: Database, round_: _Round, file: WorksheetFile) -> str:
    """Why the file belongs to another round, plan or office ("" when it is this round's)."""
    theirs = file.meta.get("round_uuid", "")
    if theirs == round_.uuid:
        return ""
    try:
        other = get_round(database, theirs)
    except KeyError:
        office = file.meta.get("office_name") or "หน่วยงานอื่น"
        return (
            f"ไฟล์นี้เป็นแบบรายงานของ{office} ที่ส่งออกจากฐานข้อมูลอื่น ไม่ใช่ของรอบการรายงานนี้ "
            "กรุณาใช้แบบรายงานที่ส่งออกจากรอบนี้"
        )
    which = f"{fiscal_year_label(other.fiscal_year)} {round_label(other.kind)}"
    if other.plan_uuid != round_.plan_uuid:
        office = get_plan(database, other.plan_uuid).office_name
        return f"ไฟล์นี้เป็นแบบรายงานของแผนอื่น ({office} {which}) ไม่ใช่ของแผนที่กำลังรายงาน"
    return f"ไฟล์นี้เป็นแบบรายงานของรอบอื่น ({which}) กรุณาใช้แบบรายงานที่ส่งออกจากรอบที่กำลังรายงาน"


def _drafts(file: WorksheetFile, round_: _Round, problems: list[Problem]) -> list[_Read]:
    """One draft per item of the file: its row's values over the current ones, then its indicators."""
    source = file.source
    rows: dict[str, SheetRow] = {}
    results: dict[str, dict[int, SheetRow]] = {}
    for row in (*file.items, *file.indicators):
        item = round_.items.get(row.item_uuid)
        if row.round_uuid != round_.uuid:
            problems.append(row.problem(source, None, "แถวนี้คัดลอกมาจากแบบรายงานของรอบอื่น ใช้ไม่ได้"))
        elif item is None:
            problems.append(
                row.problem(
                    source,
                    None,
                    "ไม่พบรายการนี้ในรอบการรายงานนี้ (อาจถูกลบออกจากแผน หรือไม่ได้ดำเนินการในปีงบประมาณนี้) "
                    "กรุณาส่งออกแบบรายงานใหม่",
                )
            )
        elif row.sheet_order == 0:
            _keep_one(rows, row.item_uuid, row, source, problems)
        elif row.indicator_uuid not in item.indicators:
            problems.append(
                row.problem(
                    source,
                    None,
                    "ตัวชี้วัดนี้ไม่อยู่ในรายการแล้ว (แผนถูกแก้ไขหลังส่งออกแบบรายงาน) กรุณาส่งออกแบบรายงานใหม่",
                )
            )
        else:
            _keep_one(
                results.setdefault(row.item_uuid, {}),
                item.indicators.index(row.indicator_uuid),
                row,
                source,
                problems,
            )
    out = []
    for uuid in dict.fromkeys([*rows, *results]):
        item = round_.items[uuid]
        draft = _draft(item, rows.get(uuid), results.get(uuid, {}))
        anchor = rows.get(uuid) or next(iter(results[uuid].values()))
        errors = validate_progress(
            draft,
            indicator_count=len(item.indicators),
            first_half=round_.first_half.get(uuid),
            second_half=round_.second_half.get(uuid),
        )
        problems.extend(_error_problem(source, error, anchor, results.get(uuid, {})) for error in errors)
        if not errors:
            out.append(_Read(source, anchor, draft))
    return out


def _keep_one(kept: dict, key: object, row: SheetRow, source: str, problems: list[Problem]) -> None:
    first = kept.get(key)
    if first is None:
        kept[key] = row
    elif first.values != row.values:
        message = f"ซ้ำกับแถว {first.row} แต่กรอกค่าไม่ตรงกัน กรุณาลบแถวที่ซ้ำ"
        problems.append(row.problem(source, None, message))


def _draft(item: _Item, row: SheetRow | None, results: dict[int, SheetRow]) -> ProgressDraft:
    current = item.current.as_draft()
    values: dict[str, object] = {}
    if row is not None:
        values = {key: _same_text(getattr(current, key), row.values[key]) for key in _ITEM_FILL_KEYS}
    indicator_results = list(current.indicator_results)
    for index, result_row in results.items():
        old = indicator_results[index]
        indicator_results[index] = IndicatorResultDraft(
            result_row.values["actual_value"],  # type: ignore[arg-type]
            *(_same_text(getattr(old, key), result_row.values[key]) for key in INDICATOR_TEXT_KEYS),  # type: ignore[arg-type]
        )
    draft = replace(current, **values, indicator_results=tuple(indicator_results))  # type: ignore[arg-type]
    return clean_progress(draft, len(item.indicators))


def _same_text(old: object, new: object) -> object:
    """Text the workbook could not hold (control characters) is not a change."""
    if isinstance(old, str) and isinstance(new, str) and ILLEGAL_CHARACTERS_RE.sub("", old).strip() == new:
        return old
    return new


def _error_problem(source: str, error: FieldError, row: SheetRow, results: dict[int, SheetRow]) -> Problem:
    name = error.field
    if name.startswith("indicator_results["):
        index = int(name.removeprefix("indicator_results[").split("]")[0])
        if index in results:
            return results[index].problem(source, "actual_value", error.message_th)
    if row.sheet_order == 0 and name in row.labels:
        return row.problem(source, name, error.message_th)
    return row.problem(source, None, error.message_th)
