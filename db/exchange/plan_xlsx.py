"""The one-year plan table (seed 003 layout) as an Excel workbook: import it all-or-nothing, export it.

:func:`import_plan_xlsx` reads the file completely, checks every row, and only then writes, all in one
transaction; any problem refuses the whole file with one ``BadInput`` listing every problem found.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.errors import BadInput, FieldError, ValidationFailed
from db.exchange.plan_xlsx_read import PlanSheet, SheetLayout, read_plan_sheet
from db.exchange.plan_xlsx_rows import ParsedRow, Problem, SheetFacts, infer_item_kind, parse_row, sheet_facts
from db.exchange.plan_xlsx_write import export_plan_xlsx
from db.models import (
    Framework,
    IndicatorKind,
    Office,
    OfficeUnit,
    Plan,
    PlanItem,
    PlanItemYear,
)
from db.services.frameworks import framework_for_year
from db.services.items import (
    IndicatorDraft,
    ItemDraft,
    YearDraft,
    add_items_in_session,
    known_codes,
    validate_item,
)
from db.services.offices import OfficeDraft, add_office, clean_text, infer_office_kind, office_named
from db.services.plans import add_plan, plan_covering
from db.session import Database

__all__ = ["ImportResult", "PlanImportRefused", "export_plan_xlsx", "import_plan_xlsx", "infer_item_kind"]

MAX_SHOWN_PROBLEMS = 50
_UNIT_BREAKS = frozenset("/,;\n")


@dataclass(frozen=True)
class ImportResult:
    office_uuid: str
    plan_uuid: str
    fiscal_year: int
    item_count: int
    quarter_counts: tuple[int, int, int, int]
    created_office: bool
    created_plan: bool


class PlanImportRefused(BadInput):
    """The file was refused; ``problems`` lists every problem found, each naming its row and column."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = tuple(problems)
        shown = list(self.problems[:MAX_SHOWN_PROBLEMS])
        if len(self.problems) > MAX_SHOWN_PROBLEMS:
            shown.append(f"… และปัญหาอื่นอีก {len(self.problems) - MAX_SHOWN_PROBLEMS} รายการ")
        head = (
            f"นำเข้าไม่ได้ พบปัญหา {len(self.problems)} รายการ จึงไม่ได้นำเข้าข้อมูลใดเลย กรุณาแก้ไขในไฟล์แล้วนำเข้าอีกครั้ง:"
        )
        super().__init__("\n".join([head, *shown]))


@dataclass(frozen=True)
class _Row:
    parsed: ParsedRow
    draft: ItemDraft


def import_plan_xlsx(
    database: Database, path: Path | str | BinaryIO, *, office_name: str, fiscal_year: int
) -> ImportResult:
    """Import a one-year plan table into the office's plan covering ``fiscal_year`` (CE).

    The office is found by name or created; the plan is the office's plan covering the year or a
    new one spanning the framework of that year. Raises ``BadInput`` (nothing written) on any problem.
    """
    _check_arguments(office_name, fiscal_year)
    sheet = read_plan_sheet(_read_bytes(path))
    facts, problems = sheet_facts(sheet, fiscal_year)
    parsed = _parse_rows(sheet, problems)
    framework = framework_for_year(database, fiscal_year)
    with database.session() as session:
        office, created_office = _office(session, office_name, facts)
        plan, created_plan = _plan(session, office, framework.code, fiscal_year)
        _refuse_if_year_taken(session, plan, fiscal_year)
        problems += _framework_problems(session, plan, parsed, sheet.layout)
        if not parsed and not problems:
            raise BadInput("ไม่พบรายการโครงการ/กิจกรรม/มาตรการในตาราง จึงไม่ได้นำเข้าข้อมูลใดเลย")
        rows = [_Row(row, _draft(row, fiscal_year)) for row in parsed]
        problems += _validation_problems(session, plan, rows, sheet.layout, problems)
        if problems:
            raise PlanImportRefused([p.text() for p in sorted(problems, key=lambda p: p.sort_key)])
        _write(session, office, plan, rows, facts, sheet.layout)
        return ImportResult(
            office_uuid=office.uuid,
            plan_uuid=plan.uuid,
            fiscal_year=fiscal_year,
            item_count=len(rows),
            quarter_counts=_quarter_counts(rows),
            created_office=created_office,
            created_plan=created_plan,
        )


def _check_arguments(office_name: str, fiscal_year: int) -> None:
    if not office_name or not office_name.strip():
        raise BadInput("กรุณาระบุชื่อองค์กรปกครองส่วนท้องถิ่นที่จะนำเข้าแผน")
    if isinstance(fiscal_year, bool) or not isinstance(fiscal_year, int) or not 1900 < fiscal_year < 2400:
        raise BadInput(f"ปีงบประมาณ {fiscal_year} ไม่ถูกต้อง (ต้องเป็นปี ค.ศ. เช่น 2023 สำหรับ พ.ศ. 2566)")


def _read_bytes(source: Path | str | BinaryIO) -> bytes:
    try:
        data = Path(source).read_bytes() if isinstance(source, (str, Path)) else source.read()
    except OSError as exc:
        name = Path(source).name if isinstance(source, (str, Path)) else "ที่เลือก"
        raise BadInput(
            f"เปิดไฟล์ {name} ไม่ได้ กรุณาตรวจสอบว่าไฟล์ยังอยู่ ไม่ได้เปิดค้างในโปรแกรมอื่น และมีสิทธิ์อ่านไฟล์"
        ) from exc
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise BadInput("ไฟล์ที่ส่งมาไม่ได้เปิดแบบไบนารี จึงอ่านเป็นไฟล์ Excel ไม่ได้")
    return bytes(data)


def _parse_rows(sheet: PlanSheet, problems: list[Problem]) -> list[ParsedRow]:
    parsed: list[ParsedRow] = []
    for raw in sheet.rows:
        row, found = parse_row(raw, sheet.layout)
        problems.extend(found)
        parsed.append(row)
    return parsed


# ---------------------------------------------------------------------------- office and plan


def _office(session: Session, office_name: str, facts: SheetFacts) -> tuple[Office, bool]:
    office = office_named(session, office_name)
    if office is not None:
        return office, False
    kind = infer_office_kind(office_name)
    if kind is None:
        raise BadInput(
            f'ไม่พบหน่วยงาน "{clean_text(office_name)}" ในฐานข้อมูล และไม่ทราบประเภทจากชื่อ '
            "กรุณาใช้ชื่อเต็มที่ขึ้นต้นด้วย องค์การบริหารส่วนตำบล เทศบาลตำบล เทศบาลเมือง เทศบาลนคร "
            "หรือองค์การบริหารส่วนจังหวัด เช่น เทศบาลตำบลทุ่งน้อย"
        )
    draft = OfficeDraft(name=office_name, kind=kind, district=facts.district, province=facts.province)
    try:
        return add_office(session, draft), True
    except ValidationFailed as exc:
        raise BadInput(" ".join(error.message_th for error in exc.errors)) from exc


def _plan(session: Session, office: Office, framework_code: str, fiscal_year: int) -> tuple[Plan, bool]:
    plan = plan_covering(session, office, fiscal_year)
    if plan is not None:
        return plan, False
    framework = session.scalar(select(Framework).where(Framework.code == framework_code))
    if framework is None:  # framework_for_year has just listed it
        raise BadInput(f"ไม่มีกรอบแผนที่ครอบคลุมปีงบประมาณ พ.ศ. {fiscal_year + 543}")
    plan = add_plan(
        session,
        office=office,
        framework=framework,
        first_fiscal_year=framework.first_fiscal_year,
        last_fiscal_year=framework.last_fiscal_year,
    )
    return plan, True


def _refuse_if_year_taken(session: Session, plan: Plan, fiscal_year: int) -> None:
    count = session.scalar(
        select(func.count(func.distinct(PlanItem.id)))
        .join(PlanItemYear, PlanItemYear.plan_item_id == PlanItem.id)
        .where(PlanItem.plan_id == plan.id, PlanItemYear.fiscal_year == fiscal_year, PlanItemYear.included)
    )
    if count:
        raise BadInput(
            f"แผนของ{plan.office.name} มีโครงการ/กิจกรรม/มาตรการในปีงบประมาณ พ.ศ. {fiscal_year + 543} "
            f"อยู่แล้ว {count} รายการ จึงไม่ได้นำเข้าข้อมูลใดเลย "
            "หากต้องการนำเข้าใหม่ กรุณาลบรายการเดิมของปีนี้ก่อน"
        )


# ---------------------------------------------------------------------------- checks


def _framework_problems(
    session: Session, plan: Plan, rows: list[ParsedRow], layout: SheetLayout
) -> list[Problem]:
    codes = known_codes(session, plan)
    dimensions = sorted(int(code) for code in codes if "." not in code)
    span = f"{dimensions[0]}–{dimensions[-1]}" if dimensions else "-"
    problems: list[Problem] = []
    for row in rows:
        if row.dimension is not None and str(row.dimension) not in codes:
            message = f"ไม่มีมิติ {row.dimension} ในกรอบแผน ({plan.framework.title}) ใช้ได้เฉพาะมิติ {span}"
            problems.append(Problem.at(row.number, layout, "dimension", message))
        if row.code is None:
            continue
        if row.code not in codes:
            message = f"ไม่มีรหัส {row.code} ในกรอบแผน ({plan.framework.title})"
            problems.append(Problem.at(row.number, layout, "code", message))
        elif row.dimension is not None and row.code.split(".")[0] != str(row.dimension):
            message = f"รหัส {row.code} ไม่อยู่ในมิติ {row.dimension} ที่ระบุในคอลัมน์ {layout.label('dimension')}"
            problems.append(Problem.at(row.number, layout, "code", message))
    return problems


def _validation_problems(
    session: Session, plan: Plan, rows: list[_Row], layout: SheetLayout, found: list[Problem]
) -> list[Problem]:
    """The item service's own checks, for rows that have no problem yet."""
    codes = known_codes(session, plan)
    flagged = {p.row for p in found}
    problems: list[Problem] = []
    for row in rows:
        if row.parsed.number not in flagged:
            errors = validate_item(row.draft, plan=plan, known_codes=codes)
            problems.extend(_field_problem(row, error, layout) for error in errors)
    return problems


def _field_problem(row: _Row, error: FieldError, layout: SheetLayout) -> Problem:
    key: str | None = {"name": "name", "target_quantity": "quantity"}.get(error.field)
    if error.field == "framework_codes":
        key = "code" if row.parsed.code else "dimension"
    elif error.field.endswith(".budget_own"):
        key = "budget"
    elif error.field.startswith("indicators["):
        index = int(error.field[len("indicators[") :].split("]")[0])
        key = "indicators" if row.draft.indicators[index].kind is IndicatorKind.OUTPUT else "outcome"
    if key is not None and key in layout.columns:
        return Problem.at(row.parsed.number, layout, key, error.message_th)
    return Problem(row.parsed.number, None, error.message_th)


# ---------------------------------------------------------------------------- writing


def _draft(row: ParsedRow, fiscal_year: int) -> ItemDraft:
    indicators = tuple(
        IndicatorDraft(kind=kind, statement=text)
        for kind, text in ((IndicatorKind.OUTPUT, row.indicators), (IndicatorKind.OUTCOME, row.outcome))
        if text
    )
    year = YearDraft(fiscal_year=fiscal_year, included=True, budget_own=row.budget, quarters=row.quarters)
    return ItemDraft(
        kind=infer_item_kind(row.name),
        name=row.name,
        framework_codes=row.framework_codes,
        target_unit=row.unit,
        target_quantity=row.quantity,
        responsible=row.responsible,
        years=(year,),
        indicators=indicators,
    )


def _write(
    session: Session, office: Office, plan: Plan, rows: list[_Row], facts: SheetFacts, layout: SheetLayout
) -> None:
    try:
        _add_units(office, rows)
        session.flush()
        for row in rows:
            try:
                add_items_in_session(session, plan, [row.draft])
            except ValidationFailed as exc:
                problems = [_field_problem(row, error, layout) for error in exc.errors]
                raise PlanImportRefused([p.text() for p in problems]) from exc
        if facts.data_as_of is not None:
            plan.data_as_of = facts.data_as_of
        if facts.prepared_by is not None:
            plan.prepared_by = " ".join(facts.prepared_by.split())
        session.flush()
    except IntegrityError as exc:
        raise BadInput(f"บันทึกข้อมูลที่นำเข้าไม่ได้ จึงไม่ได้นำเข้าข้อมูลใดเลย ({exc.orig})") from exc


def looks_like_unit(responsible: str) -> bool:
    """ "สำนักปลัด" or "กองคลัง" is one unit; "ทุกส่วนราชการ" or "สำนักปลัด/กองคลัง" is not."""
    compacted = "".join(responsible.split())
    return (
        bool(compacted)
        and not compacted.startswith("ทุก")
        and len(compacted) <= 100
        and not (_UNIT_BREAKS & set(responsible))
    )


def _add_units(office: Office, rows: list[_Row]) -> None:
    known = {"".join(unit.name.split()) for unit in office.units}
    for row in rows:
        name = clean_text(row.draft.responsible)
        key = "".join(name.split())
        if looks_like_unit(row.draft.responsible) and key not in known:
            office.units.append(OfficeUnit(name=name, position=len(office.units)))
            known.add(key)


def _quarter_counts(rows: list[_Row]) -> tuple[int, int, int, int]:
    counts = [sum(1 for row in rows if row.parsed.quarters[q]) for q in range(4)]
    return (counts[0], counts[1], counts[2], counts[3])
