"""Plan items (โครงการ/กิจกรรม/มาตรการ/แนวปฏิบัติ): add, replace, read, list, delete.

An item is written as a whole from an :class:`ItemDraft`, so a caller (editor, importer,
catalog copy) states everything the item is and the service checks it in one place.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from db.errors import BadInput, FieldError, ValidationFailed
from db.models import (
    Comparison,
    FrameworkItem,
    Indicator,
    IndicatorKind,
    ItemKind,
    ItemProgress,
    Plan,
    PlanItem,
    PlanItemFramework,
    PlanItemMethodStep,
    PlanItemObjective,
    PlanItemYear,
    TargetPeriod,
)
from db.services.plans import plan_by_uuid
from db.session import Database

NO_QUARTERS = (False, False, False, False)


@dataclass(frozen=True)
class YearDraft:
    fiscal_year: int
    included: bool = True
    budget_own: Decimal | None = None
    budget_integrated: Decimal | None = None
    budget_other: Decimal | None = None
    quarters: tuple[bool, bool, bool, bool] = NO_QUARTERS
    planned_start: date | None = None
    planned_end: date | None = None
    actual_start: date | None = None
    actual_end: date | None = None

    @property
    def budget_total(self) -> Decimal | None:
        amounts = [a for a in (self.budget_own, self.budget_integrated, self.budget_other) if a is not None]
        return sum(amounts, Decimal("0.00")) if amounts else None


@dataclass(frozen=True)
class IndicatorDraft:
    kind: IndicatorKind
    statement: str
    comparison: Comparison = Comparison.QUALITATIVE
    target_value: Decimal | None = None
    target_unit: str = ""
    period: TargetPeriod | None = None
    denominator_text: str = ""
    measurement_method: str = ""
    baseline_value: Decimal | None = None


@dataclass(frozen=True)
class ItemDraft:
    kind: ItemKind
    name: str
    framework_codes: tuple[str, ...]
    rationale: str = ""
    objectives: tuple[str, ...] = ()
    target_group: str = ""
    target_unit: str = ""
    target_quantity: Decimal | None = None
    method_steps: tuple[str, ...] = ()
    responsible: str = ""
    duration_text: str = ""
    remarks: str = ""
    needs_budget: bool = True
    catalog_seq: int | None = None
    years: tuple[YearDraft, ...] = ()
    indicators: tuple[IndicatorDraft, ...] = ()

    def year(self, fiscal_year: int) -> YearDraft | None:
        return next((y for y in self.years if y.fiscal_year == fiscal_year), None)

    def as_draft(self) -> ItemDraft:
        """Just the draft's fields (an ItemDetail without its identity), to compare with an editor."""
        return ItemDraft(**{name: getattr(self, name) for name in ItemDraft.__dataclass_fields__})


@dataclass(frozen=True)
class ItemDetail(ItemDraft):
    uuid: str = ""
    plan_uuid: str = ""
    position: int = 0
    responsible_unit: str | None = field(default=None, compare=False)

    def outputs(self) -> tuple[IndicatorDraft, ...]:
        return tuple(i for i in self.indicators if i.kind is IndicatorKind.OUTPUT)

    def outcomes(self) -> tuple[IndicatorDraft, ...]:
        return tuple(i for i in self.indicators if i.kind is IndicatorKind.OUTCOME)


def _blank(text: str) -> bool:
    return not text or not text.strip()


def validate_item(draft: ItemDraft, *, plan: Plan, known_codes: set[str]) -> list[FieldError]:
    """Field-keyed Thai messages for everything wrong with ``draft`` in ``plan``."""
    errors: list[FieldError] = []
    if _blank(draft.name):
        errors.append(FieldError("name", "กรุณากรอกชื่อโครงการ/กิจกรรม/มาตรการ"))
    if not draft.framework_codes:
        errors.append(FieldError("framework_codes", "กรุณาเลือกมิติหรือข้อของกรอบแผนอย่างน้อยหนึ่งข้อ"))
    for code in draft.framework_codes:
        if code not in known_codes:
            errors.append(FieldError("framework_codes", f"ไม่มีข้อ {code} ในกรอบแผนของแผนนี้"))
    if len(set(draft.framework_codes)) != len(draft.framework_codes):
        errors.append(FieldError("framework_codes", "เลือกข้อของกรอบแผนซ้ำกัน"))
    if draft.target_quantity is not None and draft.target_quantity < 0:
        errors.append(FieldError("target_quantity", "ปริมาณงานต้องไม่ติดลบ"))
    for key, items in (("objectives", draft.objectives), ("method_steps", draft.method_steps)):
        for index, text in enumerate(items):
            if _blank(text):
                errors.append(FieldError(f"{key}[{index}]", "รายการต้องไม่ว่าง"))
    seen_years: set[int] = set()
    for year in draft.years:
        prefix = f"years[{year.fiscal_year}]"
        if year.fiscal_year in seen_years:
            errors.append(FieldError(prefix, "ปีงบประมาณซ้ำกัน"))
        seen_years.add(year.fiscal_year)
        if not plan.first_fiscal_year <= year.fiscal_year <= plan.last_fiscal_year:
            errors.append(
                FieldError(
                    prefix,
                    f"ปีงบประมาณ พ.ศ. {year.fiscal_year + 543} อยู่นอกช่วงของแผน "
                    f"(พ.ศ. {plan.first_fiscal_year + 543}–{plan.last_fiscal_year + 543})",
                )
            )
        for name in ("budget_own", "budget_integrated", "budget_other"):
            amount = getattr(year, name)
            if amount is not None and (amount < 0 or amount != amount.quantize(Decimal("0.01"))):
                errors.append(FieldError(f"{prefix}.{name}", "งบประมาณต้องไม่ติดลบและมีทศนิยมไม่เกิน ๒ ตำแหน่ง"))
        for start, end, label in (
            ("planned_start", "planned_end", "วันที่เริ่มตามแผน"),
            ("actual_start", "actual_end", "วันที่เริ่มจริง"),
        ):
            first, last = getattr(year, start), getattr(year, end)
            if first and last and first > last:
                errors.append(FieldError(f"{prefix}.{end}", f"{label}ต้องไม่อยู่หลังวันที่สิ้นสุด"))
    for index, indicator in enumerate(draft.indicators):
        prefix = f"indicators[{index}]"
        if _blank(indicator.statement):
            errors.append(FieldError(f"{prefix}.statement", "กรุณากรอกข้อความตัวชี้วัด"))
        needs_value = indicator.comparison not in {
            Comparison.QUALITATIVE,
            Comparison.DIRECTION_DECREASE,
            Comparison.DIRECTION_INCREASE,
        }
        if needs_value and indicator.target_value is None:
            errors.append(FieldError(f"{prefix}.target_value", "กรุณากรอกค่าเป้าหมายของตัวชี้วัด"))
        if (
            indicator.target_unit == "ร้อยละ"
            and indicator.target_value is not None
            and not (0 <= indicator.target_value <= 100)
        ):
            errors.append(FieldError(f"{prefix}.target_value", "ค่าร้อยละต้องอยู่ระหว่าง ๐ ถึง ๑๐๐"))
    return errors


def _framework_items(session: Session, plan: Plan, codes: tuple[str, ...]) -> dict[str, FrameworkItem]:
    rows = session.scalars(
        select(FrameworkItem).where(
            FrameworkItem.framework_id == plan.framework_id, FrameworkItem.code.in_(codes)
        )
    )
    return {row.code: row for row in rows}


def known_codes(session: Session, plan: Plan) -> set[str]:
    """Every framework code an item of ``plan`` may use."""
    return set(
        session.scalars(select(FrameworkItem.code).where(FrameworkItem.framework_id == plan.framework_id))
    )


def _match_unit(plan: Plan, responsible: str):
    wanted = "".join(responsible.split())
    return next((u for u in plan.office.units if "".join(u.name.split()) == wanted), None) if wanted else None


def _write(session: Session, item: PlanItem, plan: Plan, draft: ItemDraft) -> None:
    item.kind = draft.kind
    item.name = draft.name.strip()
    item.rationale = draft.rationale.strip()
    item.target_group = draft.target_group.strip()
    item.target_unit = draft.target_unit.strip()
    item.target_quantity = draft.target_quantity
    item.duration_text = draft.duration_text.strip()
    item.remarks = draft.remarks.strip()
    item.needs_budget = draft.needs_budget
    item.catalog_seq = draft.catalog_seq
    unit = _match_unit(plan, draft.responsible)
    item.responsible_unit = unit
    item.responsible_text = "" if unit is not None else draft.responsible.strip()
    linked = _framework_items(session, plan, draft.framework_codes)
    item.framework_links = [
        PlanItemFramework(framework_item=linked[code], position=index)
        for index, code in enumerate(draft.framework_codes)
    ]
    item.objectives = [PlanItemObjective(position=i, text=t.strip()) for i, t in enumerate(draft.objectives)]
    item.method_steps = [
        PlanItemMethodStep(position=i, text=t.strip()) for i, t in enumerate(draft.method_steps)
    ]
    current_years = {y.fiscal_year: y for y in item.years}
    new_years = []
    for year in sorted(draft.years, key=lambda y: y.fiscal_year):
        row = current_years.get(year.fiscal_year) or PlanItemYear(fiscal_year=year.fiscal_year)
        row.included = year.included
        row.budget_own, row.budget_integrated, row.budget_other = (
            year.budget_own,
            year.budget_integrated,
            year.budget_other,
        )
        row.q1, row.q2, row.q3, row.q4 = year.quarters
        row.planned_start, row.planned_end = year.planned_start, year.planned_end
        row.actual_start, row.actual_end = year.actual_start, year.actual_end
        new_years.append(row)
    item.years = new_years
    item.indicators = _indicators(item.indicators, draft.indicators)


def _indicators(current: list[Indicator], wanted: tuple[IndicatorDraft, ...]) -> list[Indicator]:
    """The item's indicators as ``wanted``, keeping each existing row whose statement (else place)
    matches, so results already reported against an indicator survive an edit of the plan."""
    unused = list(current)
    rows = []
    for index, draft in enumerate(wanted):
        statement = draft.statement.strip()
        row = next((r for r in unused if r.statement == statement), None)
        if row is None and index < len(current) and current[index] in unused:
            row = current[index]
        if row is None:
            row = Indicator()
        else:
            unused.remove(row)
        row.position, row.kind, row.statement = index, draft.kind, statement
        row.comparison, row.target_value, row.period = draft.comparison, draft.target_value, draft.period
        row.target_unit = draft.target_unit.strip()
        row.denominator_text = draft.denominator_text.strip()
        row.measurement_method = draft.measurement_method.strip()
        row.baseline_value = draft.baseline_value
        rows.append(row)
    return rows


def to_detail(item: PlanItem) -> ItemDetail:
    return ItemDetail(
        kind=item.kind,
        name=item.name,
        framework_codes=tuple(link.framework_item.code for link in item.framework_links),
        rationale=item.rationale,
        objectives=tuple(o.text for o in item.objectives),
        target_group=item.target_group,
        target_unit=item.target_unit,
        target_quantity=item.target_quantity,
        method_steps=tuple(s.text for s in item.method_steps),
        responsible=item.responsible_unit.name if item.responsible_unit else item.responsible_text,
        duration_text=item.duration_text,
        remarks=item.remarks,
        needs_budget=item.needs_budget,
        catalog_seq=item.catalog_seq,
        years=tuple(
            YearDraft(
                fiscal_year=y.fiscal_year,
                included=y.included,
                budget_own=y.budget_own,
                budget_integrated=y.budget_integrated,
                budget_other=y.budget_other,
                quarters=y.quarters,
                planned_start=y.planned_start,
                planned_end=y.planned_end,
                actual_start=y.actual_start,
                actual_end=y.actual_end,
            )
            for y in item.years
        ),
        indicators=tuple(
            IndicatorDraft(
                kind=i.kind,
                statement=i.statement,
                comparison=i.comparison,
                target_value=i.target_value,
                target_unit=i.target_unit,
                period=i.period,
                denominator_text=i.denominator_text,
                measurement_method=i.measurement_method,
                baseline_value=i.baseline_value,
            )
            for i in item.indicators
        ),
        uuid=item.uuid,
        plan_uuid=item.plan.uuid,
        position=item.position,
        responsible_unit=item.responsible_unit.name if item.responsible_unit else None,
    )


def _check(session: Session, plan: Plan, draft: ItemDraft) -> None:
    errors = validate_item(draft, plan=plan, known_codes=known_codes(session, plan))
    if errors:
        raise ValidationFailed(tuple(errors))


def add_items_in_session(session: Session, plan: Plan, drafts: list[ItemDraft]) -> list[PlanItem]:
    """Append ``drafts`` to ``plan`` inside an open transaction (used by importers for all-or-nothing)."""
    next_position = (
        session.scalar(select(func.max(PlanItem.position)).where(PlanItem.plan_id == plan.id)) or 0
    ) + 1
    added = []
    for offset, draft in enumerate(drafts):
        _check(session, plan, draft)
        with session.no_autoflush:
            item = PlanItem(plan=plan, position=next_position + offset)
            session.add(item)
            _write(session, item, plan, draft)
        added.append(item)
    session.flush()
    return added


def add_item(database: Database, *, plan_uuid: str, draft: ItemDraft) -> ItemDetail:
    with database.session() as session:
        plan = plan_by_uuid(session, plan_uuid)
        (item,) = add_items_in_session(session, plan, [draft])
        return to_detail(item)


def restore_item(database: Database, item: ItemDetail) -> ItemDetail:
    """Put a deleted item back exactly: same UUID and place in its plan (undo of a delete or of an add)."""
    with database.session() as session:
        plan = plan_by_uuid(session, item.plan_uuid)
        _check(session, plan, item)
        for later in session.scalars(
            select(PlanItem).where(PlanItem.plan_id == plan.id, PlanItem.position >= item.position)
        ):
            later.position += 1
        with session.no_autoflush:
            restored = PlanItem(plan=plan, uuid=item.uuid, position=item.position)
            session.add(restored)
            _write(session, restored, plan, item)
        session.flush()
        return to_detail(restored)


def check_item_draft(database: Database, *, plan_uuid: str, draft: ItemDraft) -> tuple[FieldError, ...]:
    """What an editor should show before saving: the same checks ``add_item``/``replace_item`` make."""
    with database.session() as session:
        plan = plan_by_uuid(session, plan_uuid)
        return tuple(validate_item(draft, plan=plan, known_codes=known_codes(session, plan)))


def item_by_uuid(session: Session, item_uuid: str) -> PlanItem:
    item = session.scalar(select(PlanItem).where(PlanItem.uuid == item_uuid))
    if item is None:
        raise KeyError(item_uuid)
    return item


def replace_item(database: Database, *, item_uuid: str, draft: ItemDraft) -> ItemDetail:
    with database.session() as session:
        item = item_by_uuid(session, item_uuid)
        _check(session, item.plan, draft)
        with session.no_autoflush:
            _write(session, item, item.plan, draft)
        session.flush()
        return to_detail(item)


def get_item(database: Database, item_uuid: str) -> ItemDetail:
    with database.session() as session:
        return to_detail(item_by_uuid(session, item_uuid))


def _items_query(*where: Any) -> Any:
    return (
        select(PlanItem)
        .where(*where)
        .order_by(PlanItem.position, PlanItem.id)
        .options(
            selectinload(PlanItem.framework_links).selectinload(PlanItemFramework.framework_item),
            selectinload(PlanItem.objectives),
            selectinload(PlanItem.method_steps),
            selectinload(PlanItem.years),
            selectinload(PlanItem.indicators),
            selectinload(PlanItem.responsible_unit),
        )
    )


def list_items(database: Database, plan_uuid: str) -> tuple[ItemDetail, ...]:
    with database.session() as session:
        plan = plan_by_uuid(session, plan_uuid)
        items = session.scalars(_items_query(PlanItem.plan_id == plan.id))
        return tuple(to_detail(item) for item in items)


def refresh_items(
    database: Database, plan_uuid: str, known: tuple[ItemDetail, ...], changed: Collection[str]
) -> tuple[ItemDetail, ...]:
    """The plan's items as ``list_items`` gives them, reading again only what may differ from ``known``.

    ``changed`` names the items whose content may have changed since ``known`` was read; items
    added since are read, deleted ones dropped, and a moved item keeps its object with the new
    position. On a large plan an edit then costs one item's read instead of the whole plan's.
    """
    previous = {item.uuid: item for item in known}
    with database.session() as session:
        plan = plan_by_uuid(session, plan_uuid)
        order = session.execute(
            select(PlanItem.uuid, PlanItem.position)
            .where(PlanItem.plan_id == plan.id)
            .order_by(PlanItem.position, PlanItem.id)
        ).all()
        wanted = [uuid for uuid, _ in order if uuid in changed or uuid not in previous]
        fresh = {
            item.uuid: to_detail(item)
            for start in range(0, len(wanted), 500)  # SQLite's bound-parameter limit, with room
            for item in session.scalars(_items_query(PlanItem.uuid.in_(wanted[start : start + 500])))
        }
    items = []
    for uuid, position in order:
        item = fresh.get(uuid) or previous[uuid]
        items.append(item if item.position == position else replace(item, position=position))
    return tuple(items)


def delete_item(database: Database, item_uuid: str) -> None:
    """Delete the item; one with results reported in a round is refused (they would be lost)."""
    with database.session() as session:
        item = item_by_uuid(session, item_uuid)
        reported = session.scalar(select(func.count()).where(ItemProgress.plan_item_id == item.id))
        if reported:
            raise BadInput(
                f'ลบ "{item.name}" ไม่ได้ เพราะมีผลการดำเนินงานที่รายงานไว้แล้ว {reported} รอบ '
                "หากต้องการลบ ให้ล้างผลการดำเนินงานของรายการนี้ในรอบรายงานก่อน"
            )
        session.delete(item)


def resolve_item_uuid(database: Database, text: str) -> str:
    """The item whose UUID is ``text`` or starts with it (at least 4 characters); KeyError otherwise."""
    wanted = text.strip().lower()
    if len(wanted) < 4:
        raise KeyError(text)
    with database.session() as session:
        query = select(PlanItem.uuid).where(PlanItem.uuid.startswith(wanted, autoescape=True)).limit(2)
        matches = session.scalars(query).all()
    if len(matches) != 1:
        raise KeyError(text)
    return matches[0]
