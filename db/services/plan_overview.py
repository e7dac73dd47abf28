"""What the main window lists: one row per plan item for a fiscal year (or the whole plan)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from decimal import Decimal

from db.models import ItemKind
from db.services.completeness import Problem, check_item
from db.services.items import ItemDetail, list_items
from db.services.offices import list_offices
from db.services.plans import get_plan
from db.session import Database


@dataclass(frozen=True)
class ItemRow:
    uuid: str
    number: int
    kind: ItemKind
    name: str
    code: str
    dimension: int
    responsible: str
    included: bool
    quarters: tuple[bool, bool, bool, bool]
    budget: Decimal | None
    problems: frozenset[Problem]

    @property
    def complete(self) -> bool:
        return not self.problems


def _row(number: int, item: ItemDetail, fiscal_year: int | None, problems: frozenset[Problem]) -> ItemRow:
    if fiscal_year is None:
        years = [y for y in item.years if y.included]
        quarters = tuple(any(y.quarters[q] for y in years) for q in range(4))
        amounts = [y.budget_total for y in years if y.budget_total is not None]
        budget = sum(amounts, Decimal("0.00")) if amounts else None
        included = bool(years)
    else:
        year = item.year(fiscal_year)
        included = year is not None and year.included
        quarters = year.quarters if included and year else (False, False, False, False)
        budget = year.budget_total if included and year else None
    return ItemRow(
        uuid=item.uuid,
        number=number,
        kind=item.kind,
        name=item.name,
        code=item.framework_codes[0],
        dimension=int(item.framework_codes[0].split(".")[0]),
        responsible=item.responsible,
        included=included,
        quarters=quarters,  # type: ignore[arg-type]
        budget=budget,
        problems=problems,
    )


def item_rows(
    database: Database,
    *,
    plan_uuid: str,
    fiscal_year: int | None = None,
    items: tuple[ItemDetail, ...] | None = None,
    unchanged: Mapping[str, ItemRow] | None = None,
) -> tuple[ItemRow, ...]:
    """Every item of the plan in plan order, seen in ``fiscal_year`` (None: over the whole plan).

    ``items`` (the plan's items, in order) saves reading them again when the caller has them;
    ``unchanged`` holds rows, made earlier for the same fiscal year, of items that did not change
    since: they are reused (renumbered if they moved) instead of being checked again.
    """
    plan = get_plan(database, plan_uuid)
    office = next(o for o in list_offices(database) if o.uuid == plan.office_uuid)
    years = plan.fiscal_years if fiscal_year is None else range(fiscal_year, fiscal_year + 1)
    unchanged = unchanged or {}
    rows = []
    for number, item in enumerate(items if items is not None else list_items(database, plan_uuid), start=1):
        known = unchanged.get(item.uuid)
        if known is not None:
            rows.append(known if known.number == number else replace(known, number=number))
            continue
        problems = frozenset(f.problem for f in check_item(item, office, years))
        rows.append(_row(number, item, fiscal_year, problems))
    return tuple(rows)
