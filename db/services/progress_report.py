"""Data of the round report (seed 004), built once for the PDF, the xlsx and the summary statistics.

Rows follow the framework tree มิติ → x.y → x.y.z; an item is numbered by its framework item and its
place there, "1.1.1 (2)". Each มิติ closes with a รวม row: money is the exact sum of its rows, and a
แนวทาง column is ticked when at least one row of the มิติ is (the seed ticked three of four by hand,
wrongly).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from db.models import ItemKind, ProgressStatus
from db.services.frameworks import FrameworkNode, get_framework
from db.services.items import ItemDetail, list_items
from db.services.offices import OfficeInfo, list_offices
from db.services.plans import get_plan
from db.services.rounds import ItemProgressDetail, RoundInfo, RoundSummary, get_round, round_progress
from db.session import Database
from db.thai.fiscal import RoundKind

NOT_DONE = "ไม่ได้ดำเนินการ"
#: the three แนวทางตามแผนบูรณาการ columns, in the form's order
TRACK_HEADERS = (
    "สร้างจิตสำนึกและปลูกฝังความซื่อสัตย์สุจริต",
    "สร้างกลไกการป้องกันการทุจริต",
    "สร้างประสิทธิภาพในการป้องกันการทุจริต",
)


def percent(part: Decimal | int, whole: Decimal | int | None) -> Decimal | None:
    """``part`` of ``whole`` in percent, rounded half-up to two places; None when there is no whole."""
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _sum(amounts: list[Decimal | None]) -> Decimal | None:
    present = [a for a in amounts if a is not None]
    return sum(present, Decimal("0.00")) if present else None


def item_title(kind: ItemKind, name: str) -> str:
    """ "โครงการ…" once: names that already start with their kind word keep it."""
    return name if name.startswith(kind.label_th) else f"{kind.label_th}{name}"


@dataclass(frozen=True)
class ProgressRow:
    item_uuid: str
    code: str
    ordinal: int
    kind: ItemKind
    name: str
    indicators_text: str
    target_text: str
    outcome_text: str
    progress: ItemProgressDetail
    objectives: tuple[str, ...]
    method_steps: tuple[str, ...]
    responsible: str

    @property
    def number(self) -> str:
        """ "1.1.1 (2)": the framework item and the item's place under it."""
        return f"{self.code} ({self.ordinal})"

    @property
    def label(self) -> str:
        return f"{self.number} {item_title(self.kind, self.name)}"

    @property
    def status(self) -> ProgressStatus | None:
        return self.progress.status if self.progress.reported or self.progress.carried else None

    @property
    def result_text(self) -> str:
        """What the form's ผลการดำเนินงาน column says: the result, or why nothing was done."""
        progress = self.progress
        if self.status is ProgressStatus.NOT_POSSIBLE and progress.not_possible_reason is not None:
            reason = progress.not_possible_reason.label_th
            if progress.not_possible_note:
                reason = f"{reason} ({progress.not_possible_note})"
            return f"{ProgressStatus.NOT_POSSIBLE.label_th}: {reason}"
        return progress.results_text or self.outcome_text


@dataclass(frozen=True)
class Heading:
    code: str
    level: int
    title: str


@dataclass(frozen=True)
class DimensionTotals:
    integrated: Decimal | None
    own: Decimal | None
    disbursed: Decimal | None
    #: rows ticked in each แนวทาง column (the form prints "/" when > 0)
    tracks: tuple[int, int, int]


@dataclass(frozen=True)
class StatusCounts:
    done: int = 0
    in_progress: int = 0
    in_ordinance: int = 0
    not_possible: int = 0
    not_reported: int = 0

    @property
    def total(self) -> int:
        return self.done + self.in_progress + self.in_ordinance + self.not_possible + self.not_reported


@dataclass(frozen=True)
class ProgressDimension:
    heading: Heading
    #: headings (x.y, x.y.z) and rows in print order
    entries: tuple[Heading | ProgressRow, ...]

    @property
    def rows(self) -> tuple[ProgressRow, ...]:
        return tuple(e for e in self.entries if isinstance(e, ProgressRow))

    @property
    def totals(self) -> DimensionTotals:
        progress = [r.progress for r in self.rows]
        return DimensionTotals(
            integrated=_sum([p.amount_integrated for p in progress]),
            own=_sum([p.amount_own for p in progress]),
            disbursed=_sum([p.amount_disbursed for p in progress]),
            tracks=(
                sum(p.track_conscience for p in progress),
                sum(p.track_mechanism for p in progress),
                sum(p.track_efficiency for p in progress),
            ),
        )

    @property
    def status_counts(self) -> StatusCounts:
        statuses = [r.status for r in self.rows]
        return StatusCounts(
            done=statuses.count(ProgressStatus.DONE),
            in_progress=statuses.count(ProgressStatus.IN_PROGRESS),
            in_ordinance=statuses.count(ProgressStatus.IN_ORDINANCE),
            not_possible=statuses.count(ProgressStatus.NOT_POSSIBLE),
            not_reported=statuses.count(None),
        )


@dataclass(frozen=True)
class ProgressReport:
    office: OfficeInfo
    plan_first_fiscal_year: int
    plan_last_fiscal_year: int
    round: RoundInfo
    dimensions: tuple[ProgressDimension, ...]

    @property
    def fiscal_year(self) -> int:
        return self.round.fiscal_year

    @property
    def kind(self) -> RoundKind:
        return self.round.kind

    @property
    def date_range(self) -> tuple[date, date]:
        return self.round.date_range

    @property
    def summary(self) -> RoundSummary:
        return self.round.summary

    @property
    def rows(self) -> tuple[ProgressRow, ...]:
        return tuple(r for d in self.dimensions for r in d.rows)

    @property
    def budget(self) -> Decimal | None:
        """The round's budget: งบหน่วยงาน plus งบบูรณาการ of every row."""
        return _sum([_sum([r.progress.amount_own, r.progress.amount_integrated]) for r in self.rows])

    @property
    def disbursed(self) -> Decimal | None:
        return _sum([r.progress.amount_disbursed for r in self.rows])


def _row(item: ItemDetail, ordinal: int, progress: ItemProgressDetail) -> ProgressRow:
    target = item.target_group
    if item.target_quantity is not None:
        quantity = f"{item.target_quantity.normalize():f}"
        if quantity not in target:  # the seed's เป้าหมาย often says "จำนวน ๕๐ คน" already
            target = f"{target} จำนวน {quantity} {item.target_unit}".strip()
    return ProgressRow(
        item_uuid=item.uuid,
        code=item.framework_codes[0],
        ordinal=ordinal,
        kind=item.kind,
        name=item.name,
        indicators_text="\n".join(i.statement for i in item.outputs()),
        target_text=target,
        outcome_text="\n".join(i.statement for i in item.outcomes()),
        progress=progress,
        objectives=item.objectives,
        method_steps=item.method_steps,
        responsible=item.responsible,
    )


def _entries(node: FrameworkNode, rows_by_code: dict[str, list[ProgressRow]]) -> list[Heading | ProgressRow]:
    """The node's heading and rows, then its children's; nodes with no item under them are left out."""
    below: list[Heading | ProgressRow] = list(rows_by_code.get(node.code, []))
    for child in node.children:
        below.extend(_entries(child, rows_by_code))
    if not below:
        return []
    return [Heading(node.code, node.level, node.title), *below]


def build_progress_report(database: Database, *, round_uuid: str) -> ProgressReport:
    round_ = get_round(database, round_uuid)
    plan = get_plan(database, round_.plan_uuid)
    office = next(o for o in list_offices(database) if o.uuid == plan.office_uuid)
    framework = get_framework(database, plan.framework_code)
    progress = {p.item_uuid: p for p in round_progress(database, round_uuid)}
    ordinals: dict[str, int] = {}
    rows_by_code: dict[str, list[ProgressRow]] = {}
    for item in list_items(database, plan.uuid):
        if item.uuid not in progress:
            continue  # not carried out in this fiscal year
        code = item.framework_codes[0]
        ordinals[code] = ordinals.get(code, 0) + 1
        row = _row(item, ordinals[code], progress[item.uuid])
        rows_by_code.setdefault(code, []).append(row)
    dimensions = []
    for node in framework.dimensions:
        entries = _entries(node, rows_by_code)
        if entries:
            heading = entries[0]
            assert isinstance(heading, Heading)
            dimensions.append(ProgressDimension(heading=heading, entries=tuple(entries[1:])))
    return ProgressReport(
        office=office,
        plan_first_fiscal_year=plan.first_fiscal_year,
        plan_last_fiscal_year=plan.last_fiscal_year,
        round=round_,
        dimensions=tuple(dimensions),
    )
