"""What to fix before printing a plan: items with no indicator, quarter, responsible unit or budget,
and the office's own name spelled differently from its profile."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from db.services.items import ItemDetail, list_items
from db.services.offices import OfficeInfo, list_offices
from db.services.plans import get_plan
from db.session import Database


class Problem(StrEnum):
    NO_INDICATOR = "no_indicator"
    NO_QUARTER = "no_quarter"
    NO_RESPONSIBLE = "no_responsible"
    NO_BUDGET = "no_budget"
    OFFICE_NAME = "office_name"


MESSAGES = {
    Problem.NO_INDICATOR: "ยังไม่มีตัวชี้วัด (ผลผลิตหรือผลลัพธ์)",
    Problem.NO_QUARTER: "ยังไม่ได้เลือกไตรมาสที่ดำเนินการในปี พ.ศ. {year}",
    Problem.NO_RESPONSIBLE: "ยังไม่ได้ระบุหน่วยงานรับผิดชอบ",
    Problem.NO_BUDGET: 'ยังไม่ได้ระบุงบประมาณปี พ.ศ. {year} (ถ้าไม่ใช้งบประมาณ ให้ทำเครื่องหมาย "ไม่ใช้งบประมาณ")',
    Problem.OFFICE_NAME: 'ชื่อหน่วยงาน "{found}" สะกดต่างจากข้อมูลหน่วยงาน "{expected}"',
}


@dataclass(frozen=True)
class Finding:
    item_uuid: str
    item_name: str
    problem: Problem
    message_th: str
    fiscal_year: int | None = None


def _distance(a: str, b: str) -> int:
    """Levenshtein distance (the strings are short office names)."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def misspelt_office_names(text: str, office: OfficeInfo) -> list[str]:
    """Spellings of the office's name in ``text`` that are close to, but not, the profile's name.

    "เทศบาลตำบลฟุ้งน้อย" is reported for เทศบาลตำบลทุ่งน้อย; another office's name (far from it) is not.
    """
    kind = office.kind.label_th
    name = "".join(office.name.split())
    if not name.startswith(kind):
        return []
    compact = "".join(text.split())
    if kind not in compact:
        return []
    tail = len(name) - len(kind)
    found = []
    for match in re.finditer(re.escape(kind), compact):
        for length in (tail - 1, tail, tail + 1):
            candidate = compact[match.start() : match.end() + length]
            if candidate == name:
                break
        else:
            candidate = compact[match.start() : match.end() + tail]
            if 0 < _distance(candidate, name) <= max(1, tail // 3):
                found.append(candidate)
    return list(dict.fromkeys(found))


def _item_texts(item: ItemDetail) -> list[str]:
    return [
        item.name,
        item.rationale,
        item.target_group,
        item.responsible,
        *item.objectives,
        *item.method_steps,
        *(i.statement for i in item.indicators),
    ]


def check_item(item: ItemDetail, office: OfficeInfo, fiscal_years: range) -> list[Finding]:
    findings: list[Finding] = []

    def add(problem: Problem, year: int | None = None, **values: str) -> None:
        message = MESSAGES[problem].format(year=year + 543 if year else "", **values)
        findings.append(Finding(item.uuid, item.name, problem, message, year))

    if not item.indicators:
        add(Problem.NO_INDICATOR)
    if not item.responsible.strip():
        add(Problem.NO_RESPONSIBLE)
    for year in item.years:
        if not year.included or year.fiscal_year not in fiscal_years:
            continue
        if not any(year.quarters):
            add(Problem.NO_QUARTER, year.fiscal_year)
        if item.needs_budget and year.budget_total is None:
            add(Problem.NO_BUDGET, year.fiscal_year)
    spellings = [s for text in _item_texts(item) for s in misspelt_office_names(text, office)]
    for spelling in dict.fromkeys(spellings):
        add(Problem.OFFICE_NAME, found=spelling, expected=office.name)
    return findings


def check_plan(database: Database, *, plan_uuid: str, fiscal_year: int | None = None) -> tuple[Finding, ...]:
    """Everything to fix in the plan (or in one fiscal year of it), item by item in plan order."""
    plan = get_plan(database, plan_uuid)
    office = next(o for o in list_offices(database) if o.uuid == plan.office_uuid)
    years = range(fiscal_year, fiscal_year + 1) if fiscal_year is not None else plan.fiscal_years
    findings: list[Finding] = []
    for item in list_items(database, plan_uuid):
        if fiscal_year is not None and not any(
            y.fiscal_year == fiscal_year and y.included for y in item.years
        ):
            continue
        findings.extend(check_item(item, office, years))
    return tuple(findings)
