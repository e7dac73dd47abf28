"""Whole-plan operations: approve or reopen a plan, roll a year over to the next, reorder items."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from db.errors import FieldError, ValidationFailed
from db.models import PlanItem, PlanItemYear, PlanStatus
from db.services.items import item_by_uuid
from db.services.plans import PlanInfo, plan_by_uuid, to_info
from db.session import Database


def approve_plan(database: Database, *, plan_uuid: str, approved_on: date) -> PlanInfo:
    with database.session() as session:
        plan = plan_by_uuid(session, plan_uuid)
        plan.status = PlanStatus.APPROVED
        plan.approved_on = approved_on
        session.flush()
        return to_info(session, plan)


def reopen_plan(database: Database, *, plan_uuid: str) -> PlanInfo:
    """Back to draft (the approval date is forgotten), e.g. to amend an approved plan."""
    with database.session() as session:
        plan = plan_by_uuid(session, plan_uuid)
        plan.status = PlanStatus.DRAFT
        plan.approved_on = None
        session.flush()
        return to_info(session, plan)


@dataclass(frozen=True)
class RollOver:
    copied: int  # items that now appear in the new year
    already_there: int  # items that were already included in the new year (left as they were)


def _shift(day: date | None) -> date | None:
    if day is None:
        return None
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def roll_over_year(database: Database, *, plan_uuid: str, from_year: int, to_year: int) -> RollOver:
    """Copy every item of ``from_year`` into ``to_year``: quarters, budgets and planned dates (a year later).

    Items already included in ``to_year`` are left untouched; actual dates are never copied.
    """
    with database.session() as session:
        plan = plan_by_uuid(session, plan_uuid)
        if to_year not in range(plan.first_fiscal_year, plan.last_fiscal_year + 1):
            raise ValidationFailed((FieldError("to_year", f"ปี พ.ศ. {to_year + 543} อยู่นอกช่วงของแผน"),))
        copied = already = 0
        for item in session.scalars(select(PlanItem).where(PlanItem.plan_id == plan.id)):
            years = {y.fiscal_year: y for y in item.years}
            source, target = years.get(from_year), years.get(to_year)
            if source is None or not source.included:
                continue
            if target is not None and target.included:
                already += 1
                continue
            if target is None:
                target = PlanItemYear(fiscal_year=to_year)
                item.years.append(target)
            target.included = True
            target.budget_own, target.budget_integrated, target.budget_other = (
                source.budget_own,
                source.budget_integrated,
                source.budget_other,
            )
            target.q1, target.q2, target.q3, target.q4 = source.quarters
            target.planned_start, target.planned_end = (
                _shift(source.planned_start),
                _shift(source.planned_end),
            )
            target.actual_start = target.actual_end = None
            copied += 1
        session.flush()
        return RollOver(copied=copied, already_there=already)


def move_item(database: Database, *, item_uuid: str, new_index: int) -> int:
    """Put the item at ``new_index`` (0-based) in its plan's order, renumbering the others.

    Returns the index it had (positions may have gaps after a delete, so that is not position - 1).
    """
    with database.session() as session:
        item = item_by_uuid(session, item_uuid)
        items = list(
            session.scalars(
                select(PlanItem)
                .where(PlanItem.plan_id == item.plan_id)
                .order_by(PlanItem.position, PlanItem.id)
            )
        )
        old_index = items.index(item)
        items.remove(item)
        items.insert(max(0, min(new_index, len(items))), item)
        for position, each in enumerate(items, start=1):
            each.position = position
        return old_index
