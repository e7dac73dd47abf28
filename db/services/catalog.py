"""The 62 NACC example projects (2566–2570) and copying one into an office's plan.

The guide's examples are written for a sample municipality (เทศบาลตำบลโคกก่อ); a copy gets
the office's own name and, for an อบต. or อบจ., that kind's titles (ปลัด…, พนักงานส่วนตำบล …).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache
from typing import Any

from db.models import Comparison, IndicatorKind, ItemKind, OfficeKind, TargetPeriod
from db.paths import resource_path
from db.services.items import IndicatorDraft, ItemDetail, ItemDraft, YearDraft, add_item
from db.services.offices import OfficeInfo, list_offices
from db.services.plans import get_plan
from db.session import Database

CATALOG_FILE = "nacc-2566-2570-catalog.json"
CATALOG_FRAMEWORK = "nacc-2566-2570"
SAMPLE_OFFICE_NAMES = ("เทศบาลตำบลโคกก่อ", "องค์การบริหารส่วนตำบลxxx", "ระบุชื่อองค์กรปกครองส่วนท้องถิ่น")

_MUNICIPAL_TERMS = {
    "นายกเทศมนตรี": "นายก{kind}",
    "ปลัดเทศบาล": "ปลัด{kind}",
    "สมาชิกสภาเทศบาล": "สมาชิกสภา{kind}",
    "เทศบัญญัติ": "ข้อบัญญัติ",
}
_STAFF_TITLE = {
    OfficeKind.SAO: "พนักงานส่วนตำบล",
    OfficeKind.PAO: "พนักงานส่วนจังหวัด",
}
_OPERATORS = {
    ">=": Comparison.AT_LEAST,
    "=": Comparison.EQUAL,
    "decrease_by": Comparison.DECREASE_BY,
    "decrease_by_at_least": Comparison.DECREASE_BY_AT_LEAST,
}
_DIRECTIONS = {"decrease": Comparison.DIRECTION_DECREASE, "increase": Comparison.DIRECTION_INCREASE}
_PERIODS = {"ปี": TargetPeriod.PER_YEAR, "ไตรมาส": TargetPeriod.PER_QUARTER}


@dataclass(frozen=True)
class CatalogExample:
    seq: int
    codes: tuple[str, ...]
    dimension: int
    kind: ItemKind
    name: str
    rationale: tuple[str, ...]
    objectives: tuple[str, ...]
    target_group: str
    method_steps: tuple[str, ...]
    duration: str
    budget_text: str
    responsible_text: str
    indicators: tuple[IndicatorDraft, ...]

    @property
    def uses_no_budget(self) -> bool:
        return self.budget_text.startswith("ไม่ใช้งบประมาณ")


def _indicators(entry: dict[str, Any]) -> tuple[IndicatorDraft, ...]:
    parsed = {(p["field"], p["index"]): p for p in entry.get("parsed_targets", [])}
    out: list[IndicatorDraft] = []
    for field_name, kind in (("outputs", IndicatorKind.OUTPUT), ("outcomes", IndicatorKind.OUTCOME)):
        for index, statement in enumerate(entry[field_name]):
            target = parsed.get((field_name, index), {})
            comparison, value, unit, period = Comparison.QUALITATIVE, None, "", None
            first = (target.get("targets") or [None])[0]
            if first is not None and not target.get("value_placeholder"):
                comparison = _OPERATORS.get(first["operator"], Comparison.QUALITATIVE)
                value = Decimal(str(first["value"])) if comparison is not Comparison.QUALITATIVE else None
                unit = first.get("unit") or ""
                period = _PERIODS.get(first.get("period") or "")
            elif target.get("direction") in _DIRECTIONS:
                comparison = _DIRECTIONS[target["direction"]]
            out.append(
                IndicatorDraft(
                    kind=kind,
                    statement=statement,
                    comparison=comparison,
                    target_value=value,
                    target_unit=unit,
                    period=period,
                    measurement_method=target.get("method") or "",
                )
            )
    return tuple(out)


def _example(entry: dict[str, Any]) -> CatalogExample:
    return CatalogExample(
        seq=entry["seq"],
        codes=tuple(entry["codes"]),
        dimension=entry["dimension"],
        kind=ItemKind(entry["kind"]),
        name=entry["name_th"],
        rationale=tuple(entry.get("rationale", [])),
        objectives=tuple(entry["objectives"]),
        target_group=entry["target_group"],
        method_steps=tuple(entry["method_steps"]),
        duration=entry["duration"],
        budget_text=entry["budget"],
        responsible_text=entry["responsible"],
        indicators=_indicators(entry),
    )


@cache
def load_catalog() -> tuple[CatalogExample, ...]:
    with resource_path("catalog", CATALOG_FILE).open(encoding="utf-8") as handle:
        return tuple(_example(entry) for entry in json.load(handle))


def get_example(seq: int) -> CatalogExample:
    for example in load_catalog():
        if example.seq == seq:
            return example
    raise KeyError(seq)


def search_catalog(text: str = "", *, code_prefix: str = "") -> tuple[CatalogExample, ...]:
    """Examples whose name contains ``text`` (spacing and case ignored) under ``code_prefix``."""
    wanted = "".join(text.split()).casefold()
    return tuple(
        e
        for e in load_catalog()
        if wanted in "".join(e.name.split()).casefold()
        and (not code_prefix or any(c == code_prefix or c.startswith(code_prefix + ".") for c in e.codes))
    )


def personalise(text: str, office: OfficeInfo) -> str:
    """Put the office's own name (and its kind's titles) where the guide names its sample office."""
    for sample in SAMPLE_OFFICE_NAMES:
        text = text.replace(sample, office.name)
    if office.kind in _STAFF_TITLE:
        for term, replacement in _MUNICIPAL_TERMS.items():
            text = text.replace(term, replacement.format(kind=office.kind.label_th))
        text = text.replace("พนักงานเทศบาล", _STAFF_TITLE[office.kind])
    else:
        text = text.replace("พนักงานส่วนตำบล", "พนักงานเทศบาล")
    return text


def _responsible(example: CatalogExample, office: OfficeInfo) -> str:
    text = example.responsible_text
    return "" if text.startswith("ระบุ") else personalise(text, office)


def example_to_draft(example: CatalogExample, office: OfficeInfo, fiscal_years: range) -> ItemDraft:
    def own(value: str) -> str:
        return personalise(value, office)

    return ItemDraft(
        kind=example.kind,
        name=own(example.name),
        framework_codes=example.codes,
        rationale="\n\n".join(own(p) for p in example.rationale),
        objectives=tuple(own(o) for o in example.objectives),
        target_group=own(example.target_group),
        method_steps=tuple(own(s) for s in example.method_steps),
        responsible=_responsible(example, office),
        duration_text=own(example.duration),
        needs_budget=not example.uses_no_budget,
        catalog_seq=example.seq,
        years=tuple(YearDraft(fiscal_year=year) for year in fiscal_years),
        indicators=tuple(
            replace(indicator, statement=own(indicator.statement)) for indicator in example.indicators
        ),
    )


def copy_example_to_plan(
    database: Database, *, plan_uuid: str, seq: int, fiscal_years: range | None = None
) -> ItemDetail:
    """Add NACC example ``seq`` to the plan, personalised, in the given years (default: all)."""
    plan = get_plan(database, plan_uuid)
    if plan.framework_code != CATALOG_FRAMEWORK:
        raise ValueError(f"the catalog belongs to {CATALOG_FRAMEWORK}, not {plan.framework_code}")
    office = next(o for o in list_offices(database) if o.uuid == plan.office_uuid)
    draft = example_to_draft(get_example(seq), office, fiscal_years or plan.fiscal_years)
    return add_item(database, plan_uuid=plan_uuid, draft=draft)
