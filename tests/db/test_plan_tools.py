"""Completeness check, roll-over, approval and ordering of a plan."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from db.errors import ValidationFailed
from db.exchange import import_plan_xlsx
from db.models import IndicatorKind, ItemKind, OfficeKind, PlanStatus
from db.services.completeness import Problem, check_plan, misspelt_office_names
from db.services.items import IndicatorDraft, ItemDraft, YearDraft, add_item, get_item, list_items
from db.services.offices import OfficeInfo
from db.services.plan_tools import approve_plan, move_item, reopen_plan, roll_over_year
from tests.db.item_drafts import DRAFT
from tests.fixtures.plan003 import build_plan003_xlsx

TUNGNOI = OfficeInfo(name="เทศบาลตำบลทุ่งน้อย", kind=OfficeKind.SUBDISTRICT_MUNICIPALITY)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("มาตรการบริหารความเสี่ยงของเทศบาลตำบลฟุ้งน้อย", ["เทศบาลตำบลฟุ้งน้อย"]),
        ("ของเทศบาลตำบล ทุ่ง น้อย ทั้งหมด", []),
        ("ร่วมกับเทศบาลตำบลวังทอง", []),  # another office: not a misspelling
        ("เทศบาลตำบลทุ่งนอ้ย และเทศบาลตำบลทุ่งน้อย", ["เทศบาลตำบลทุ่งนอ้ย"]),
    ],
)
def test_misspelt_office_names(text: str, found: list[str]) -> None:
    assert misspelt_office_names(text, TUNGNOI) == found


def test_seed_003_flags_its_own_typo_and_missing_budgets(database, tmp_path) -> None:
    build_plan003_xlsx(tmp_path / "p.xlsx")
    result = import_plan_xlsx(database, tmp_path / "p.xlsx", office_name="เทศบาลตำบลทุ่งน้อย", fiscal_year=2023)
    findings = check_plan(database, plan_uuid=result.plan_uuid, fiscal_year=2023)
    counts = Counter(f.problem for f in findings)
    assert counts[Problem.NO_BUDGET] == 19  # the seed prints "-" everywhere
    assert counts[Problem.NO_INDICATOR] == counts[Problem.NO_QUARTER] == counts[Problem.NO_RESPONSIBLE] == 0
    misspelt = [f for f in findings if f.problem is Problem.OFFICE_NAME]
    assert {f.item_name.startswith(("มาตรการบริหารจัดการ", "ก ิ จ")) for f in misspelt} == {True}
    assert "เทศบาลตำบลฟุ้งน้อย" in misspelt[0].message_th


def test_each_missing_piece_is_reported_once(database, plan) -> None:
    bare = ItemDraft(
        kind=ItemKind.ACTIVITY,
        name="กิจกรรมที่ยังไม่ครบ",
        framework_codes=("1",),
        years=(YearDraft(2024), YearDraft(2025, included=False)),
    )
    item = add_item(database, plan_uuid=plan.uuid, draft=bare)
    no_budget_needed = replace(
        bare,
        name="ไม่ใช้งบ",
        needs_budget=False,
        responsible="สำนักปลัด",
        indicators=(IndicatorDraft(IndicatorKind.OUTPUT, "มีรายงาน 1 ฉบับ"),),
        years=(YearDraft(2024, quarters=(True, False, False, False)),),
    )
    add_item(database, plan_uuid=plan.uuid, draft=no_budget_needed)
    findings = check_plan(database, plan_uuid=plan.uuid)
    assert {(f.item_uuid, f.problem, f.fiscal_year) for f in findings} == {
        (item.uuid, Problem.NO_INDICATOR, None),
        (item.uuid, Problem.NO_RESPONSIBLE, None),
        (item.uuid, Problem.NO_QUARTER, 2024),
        (item.uuid, Problem.NO_BUDGET, 2024),
    }
    assert check_plan(database, plan_uuid=plan.uuid, fiscal_year=2025) == ()


def test_roll_over_copies_a_year_a_year_later(database, plan) -> None:
    first = add_item(database, plan_uuid=plan.uuid, draft=DRAFT)  # 2023 and 2024
    only_2023 = add_item(
        database,
        plan_uuid=plan.uuid,
        draft=replace(
            DRAFT,
            name="เฉพาะปี 2566",
            years=(
                YearDraft(
                    2023,
                    budget_own=Decimal("100.00"),
                    quarters=(False, True, False, False),
                    planned_start=date(2023, 1, 10),
                    actual_start=date(2023, 1, 12),
                ),
            ),
        ),
    )
    result = roll_over_year(database, plan_uuid=plan.uuid, from_year=2023, to_year=2024)
    assert (result.copied, result.already_there) == (1, 1)
    rolled = get_item(database, only_2023.uuid).year(2024)
    assert rolled.budget_own == Decimal("100.00") and rolled.quarters == (False, True, False, False)
    assert rolled.planned_start == date(2024, 1, 10) and rolled.actual_start is None
    assert get_item(database, first.uuid).year(2024) == DRAFT.year(2024)  # left as it was
    with pytest.raises(ValidationFailed):
        roll_over_year(database, plan_uuid=plan.uuid, from_year=2027, to_year=2028)


def test_approve_and_reopen(database, plan) -> None:
    approved = approve_plan(database, plan_uuid=plan.uuid, approved_on=date(2022, 9, 30))
    assert (approved.status, approved.approved_on) == (PlanStatus.APPROVED, date(2022, 9, 30))
    reopened = reopen_plan(database, plan_uuid=plan.uuid)
    assert (reopened.status, reopened.approved_on) == (PlanStatus.DRAFT, None)


def test_move_item_renumbers_the_plan(database, plan) -> None:
    names = ["หนึ่ง", "สอง", "สาม"]
    items = [add_item(database, plan_uuid=plan.uuid, draft=replace(DRAFT, name=n)) for n in names]
    move_item(database, item_uuid=items[2].uuid, new_index=0)
    assert [i.name for i in list_items(database, plan.uuid)] == ["สาม", "หนึ่ง", "สอง"]
    move_item(database, item_uuid=items[2].uuid, new_index=99)
    assert [i.name for i in list_items(database, plan.uuid)] == ["หนึ่ง", "สอง", "สาม"]
    assert [i.position for i in list_items(database, plan.uuid)] == [1, 2, 3]
