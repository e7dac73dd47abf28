"""Data of the one-year plan table (seed 003 layout), built once for the PDF and the xlsx."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from db.services.frameworks import get_framework
from db.services.items import ItemDetail, list_items
from db.services.offices import OfficeInfo, list_offices
from db.services.plans import get_plan
from db.session import Database


@dataclass(frozen=True)
class PlanTableRow:
    number: int
    item_uuid: str
    name: str
    target_unit: str
    target_quantity: Decimal | None
    budget: Decimal | None
    dimension: int
    framework_code: str
    indicators_text: str
    outcome_text: str
    quarters: tuple[bool, bool, bool, bool]
    responsible: str


@dataclass(frozen=True)
class PlanTable:
    office: OfficeInfo
    fiscal_year: int
    plan_first_fiscal_year: int
    plan_last_fiscal_year: int
    dimension_legend: tuple[tuple[int, str], ...]
    rows: tuple[PlanTableRow, ...]
    data_as_of: date | None
    prepared_by: str

    @property
    def total_budget(self) -> Decimal | None:
        amounts = [row.budget for row in self.rows if row.budget is not None]
        return sum(amounts, Decimal("0.00")) if amounts else None

    @property
    def quarter_counts(self) -> tuple[int, int, int, int]:
        """Rows ticked in each quarter, as the footer of seed 003 counts them."""
        return tuple(sum(1 for row in self.rows if row.quarters[q]) for q in range(4))  # type: ignore[return-value]


def _row(number: int, item: ItemDetail, fiscal_year: int) -> PlanTableRow:
    year = item.year(fiscal_year)
    assert year is not None
    code = item.framework_codes[0]
    return PlanTableRow(
        number=number,
        item_uuid=item.uuid,
        name=item.name,
        target_unit=item.target_unit,
        target_quantity=item.target_quantity,
        budget=year.budget_total,
        dimension=int(code.split(".")[0]),
        framework_code=code,
        indicators_text="\n".join(i.statement for i in item.outputs()),
        outcome_text="\n".join(i.statement for i in item.outcomes()),
        quarters=year.quarters,
        responsible=item.responsible,
    )


def build_plan_table(database: Database, *, plan_uuid: str, fiscal_year: int) -> PlanTable:
    plan = get_plan(database, plan_uuid)
    if fiscal_year not in plan.fiscal_years:
        raise ValueError(
            f"fiscal year {fiscal_year} is outside plan {plan.first_fiscal_year}-{plan.last_fiscal_year}"
        )
    office = next(o for o in list_offices(database) if o.uuid == plan.office_uuid)
    framework = get_framework(database, plan.framework_code)
    included = [
        item
        for item in list_items(database, plan_uuid)
        if (year := item.year(fiscal_year)) is not None and year.included
    ]
    return PlanTable(
        office=office,
        fiscal_year=fiscal_year,
        plan_first_fiscal_year=plan.first_fiscal_year,
        plan_last_fiscal_year=plan.last_fiscal_year,
        dimension_legend=tuple((d.dimension, d.title) for d in framework.dimensions),
        rows=tuple(_row(n, item, fiscal_year) for n, item in enumerate(included, start=1)),
        data_as_of=plan.data_as_of,
        prepared_by=plan.prepared_by,
    )
