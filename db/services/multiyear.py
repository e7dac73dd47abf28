"""Data of the multi-year plan: items grouped มิติ → x.y → x.y.z with budgets per fiscal year."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from db.models import ItemKind
from db.services.frameworks import FrameworkNode, get_framework
from db.services.items import ItemDetail, list_items
from db.services.offices import OfficeInfo, list_offices
from db.services.plans import get_plan
from db.session import Database


def _sum(amounts: list[Decimal | None]) -> Decimal | None:
    present = [a for a in amounts if a is not None]
    return sum(present, Decimal("0.00")) if present else None


@dataclass(frozen=True)
class MultiYearRow:
    item_uuid: str
    kind: ItemKind
    name: str
    framework_code: str
    responsible: str
    included: tuple[bool, ...]
    budgets: tuple[Decimal | None, ...]

    @property
    def total(self) -> Decimal | None:
        return _sum(list(self.budgets))


@dataclass(frozen=True)
class MultiYearGroup:
    code: str
    level: int
    title: str
    rows: tuple[MultiYearRow, ...]
    children: tuple[MultiYearGroup, ...]

    def all_rows(self) -> list[MultiYearRow]:
        out = list(self.rows)
        for child in self.children:
            out.extend(child.all_rows())
        return out

    @property
    def item_count(self) -> int:
        return len(self.all_rows())

    def totals(self, years: int) -> tuple[Decimal | None, ...]:
        rows = self.all_rows()
        return tuple(_sum([row.budgets[i] for row in rows]) for i in range(years))


@dataclass(frozen=True)
class MultiYearPlan:
    office: OfficeInfo
    framework_title: str
    fiscal_years: tuple[int, ...]
    dimensions: tuple[MultiYearGroup, ...]

    @property
    def item_count(self) -> int:
        return sum(d.item_count for d in self.dimensions)

    def totals(self) -> tuple[Decimal | None, ...]:
        per_dimension = [d.totals(len(self.fiscal_years)) for d in self.dimensions]
        return tuple(_sum([t[i] for t in per_dimension]) for i in range(len(self.fiscal_years)))

    @property
    def grand_total(self) -> Decimal | None:
        return _sum(list(self.totals()))


@dataclass(frozen=True)
class FrameworkCount:
    """One line of the summary table: a framework item and how many plan items sit under it."""

    code: str
    level: int
    title: str
    count: int


def _row(item: ItemDetail, years: tuple[int, ...]) -> MultiYearRow:
    by_year = {y.fiscal_year: y for y in item.years}
    included = tuple(year in by_year and by_year[year].included for year in years)
    budgets = tuple(
        by_year[year].budget_total if ok else None for year, ok in zip(years, included, strict=True)
    )
    return MultiYearRow(
        item_uuid=item.uuid,
        kind=item.kind,
        name=item.name,
        framework_code=item.framework_codes[0],
        responsible=item.responsible,
        included=included,
        budgets=budgets,
    )


def _group(node: FrameworkNode, rows_by_code: dict[str, list[MultiYearRow]]) -> MultiYearGroup:
    return MultiYearGroup(
        code=node.code,
        level=node.level,
        title=node.title,
        rows=tuple(rows_by_code.get(node.code, [])),
        children=tuple(_group(child, rows_by_code) for child in node.children),
    )


def build_multiyear_plan(
    database: Database, *, plan_uuid: str, items: tuple[ItemDetail, ...] | None = None
) -> MultiYearPlan:
    """The plan grouped by framework item; ``items`` saves reading them again when the caller has them."""
    plan = get_plan(database, plan_uuid)
    office = next(o for o in list_offices(database) if o.uuid == plan.office_uuid)
    framework = get_framework(database, plan.framework_code)
    years = tuple(plan.fiscal_years)
    rows_by_code: dict[str, list[MultiYearRow]] = {}
    for item in items if items is not None else list_items(database, plan_uuid):
        row = _row(item, years)
        rows_by_code.setdefault(row.framework_code, []).append(row)
    return MultiYearPlan(
        office=office,
        framework_title=framework.title,
        fiscal_years=years,
        dimensions=tuple(_group(d, rows_by_code) for d in framework.dimensions),
    )


def framework_counts(plan: MultiYearPlan) -> tuple[FrameworkCount, ...]:
    """Items per framework item, in framework order (the summary table at the start of the NACC guide)."""
    out: list[FrameworkCount] = []

    def visit(group: MultiYearGroup) -> None:
        out.append(FrameworkCount(group.code, group.level, group.title, group.item_count))
        for child in group.children:
            visit(child)

    for dimension in plan.dimensions:
        visit(dimension)
    return tuple(out)
