"""Office, plan and item services: Thai field errors, whole-item writes, the plan table data."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from db.errors import ValidationFailed
from db.models import Comparison, IndicatorKind, ItemKind, OfficeKind
from db.services.demo import create_demo
from db.services.items import (
    IndicatorDraft,
    YearDraft,
    add_item,
    check_item_draft,
    delete_item,
    get_item,
    list_items,
    replace_item,
    restore_item,
)
from db.services.offices import (
    OfficeDraft,
    create_office,
    find_office_by_name,
    infer_office_kind,
    update_office,
)
from db.services.plan_table import build_plan_table
from db.services.plans import create_plan, find_plan_covering, set_report_details
from tests.db.item_drafts import DRAFT


def test_office_kind_is_read_from_the_name() -> None:
    assert infer_office_kind("เทศบาลตำบลทุ่งน้อย") is OfficeKind.SUBDISTRICT_MUNICIPALITY
    assert infer_office_kind("องค์การบริหารส่วนตำบล วังทอง") is OfficeKind.SAO
    assert infer_office_kind("อบจ.ลำพูน") is OfficeKind.PAO
    assert infer_office_kind("เทศบาลนครเชียงใหม่") is OfficeKind.CITY_MUNICIPALITY
    assert infer_office_kind("บริษัท ตัวอย่าง") is None


def test_office_errors_are_keyed_by_field_in_thai(database) -> None:
    draft = OfficeDraft(
        name="  ", kind=OfficeKind.SAO, dla_code="12ab", email="ไม่ใช่อีเมล", units=("กองคลัง", "กอง คลัง")
    )
    with pytest.raises(ValidationFailed) as raised:
        create_office(database, draft)
    fields = {e.field for e in raised.value.errors}
    assert fields == {"name", "dla_code", "email", "units[1]"}
    assert raised.value.for_field("dla_code") == ["รหัส อปท. ต้องเป็นตัวเลข ๕–๑๐ หลัก"]


def test_office_is_cleaned_and_found_ignoring_spaces(database) -> None:
    office = create_office(
        database,
        OfficeDraft(
            name=" เทศบาลตำบล  ทุ่งน้อย ",
            kind=OfficeKind.SUBDISTRICT_MUNICIPALITY,
            dla_code="๕๖๖๐๑๐๑",
            district="โพทะเล",
            province="พิจิตร",
            units=("สำนักปลัด", "กองคลัง"),
        ),
    )
    assert office.name == "เทศบาลตำบล ทุ่งน้อย"
    assert office.dla_code == "5660101"
    assert office.location == "อำเภอโพทะเล จังหวัดพิจิตร"
    assert find_office_by_name(database, "เทศบาลตำบลทุ่งน้อย") == office
    updated = update_office(database, office.uuid, replace(office, units=("กองคลัง", "กองช่าง")))
    assert updated.units == ("กองคลัง", "กองช่าง")


def test_plan_years_must_fit_the_framework(database, plan) -> None:
    with pytest.raises(ValidationFailed) as raised:
        create_plan(
            database,
            office_uuid=plan.office_uuid,
            framework_code="nacc-2566-2570",
            first_fiscal_year=2022,
            last_fiscal_year=2027,
        )
    assert "๒๕๖๖" in raised.value.errors[0].message_th or "2566" in raised.value.errors[0].message_th
    assert find_plan_covering(database, office_uuid=plan.office_uuid, fiscal_year=2025) == plan
    assert find_plan_covering(database, office_uuid=plan.office_uuid, fiscal_year=2030) is None


def test_an_item_is_written_and_read_back_whole(database, plan) -> None:
    item = add_item(database, plan_uuid=plan.uuid, draft=DRAFT)
    again = get_item(database, item.uuid)
    assert again == item
    assert again.responsible == "สำนักปลัด" and again.responsible_unit == "สำนักปลัด"  # linked to the unit
    assert again.objectives == DRAFT.objectives and again.method_steps == DRAFT.method_steps
    assert again.year(2024).budget_total == Decimal("1300.50")
    assert again.year(2023).quarters == (True, True, False, False)
    assert [i.statement for i in again.outputs()] == ["มีประกาศนโยบาย 1 ฉบับ"]


def test_replace_rewrites_lists_and_years(database, plan) -> None:
    item = add_item(database, plan_uuid=plan.uuid, draft=DRAFT)
    changed = replace(DRAFT, objectives=("ข้อเดียว",), years=(YearDraft(2025),), responsible="ทุกส่วนราชการ")
    after = replace_item(database, item_uuid=item.uuid, draft=changed)
    assert after.objectives == ("ข้อเดียว",)
    assert [y.fiscal_year for y in after.years] == [2025]
    assert after.responsible == "ทุกส่วนราชการ" and after.responsible_unit is None


def test_item_errors_are_keyed_and_nothing_is_written(database, plan) -> None:
    bad = replace(
        DRAFT,
        name=" ",
        framework_codes=("9.9.9",),
        objectives=("",),
        years=(
            YearDraft(2030),
            YearDraft(
                2023,
                budget_own=Decimal("-5.00"),
                planned_start=date(2023, 5, 1),
                planned_end=date(2023, 1, 1),
            ),
        ),
        indicators=(
            IndicatorDraft(IndicatorKind.OUTPUT, "ร้อยละ 120", Comparison.AT_LEAST, Decimal("120"), "ร้อยละ"),
            IndicatorDraft(IndicatorKind.OUTCOME, "ไม่มีค่า", Comparison.AT_LEAST),
        ),
    )
    with pytest.raises(ValidationFailed) as raised:
        add_item(database, plan_uuid=plan.uuid, draft=bad)
    fields = {e.field for e in raised.value.errors}
    assert fields == {
        "name",
        "framework_codes",
        "objectives[0]",
        "years[2030]",
        "years[2023].budget_own",
        "years[2023].planned_end",
        "indicators[0].target_value",
        "indicators[1].target_value",
    }
    assert list_items(database, plan.uuid) == ()


def test_delete_item(database, plan) -> None:
    item = add_item(database, plan_uuid=plan.uuid, draft=DRAFT)
    delete_item(database, item.uuid)
    assert list_items(database, plan.uuid) == ()


def test_plan_table_counts_quarters_and_sums_budgets(database, plan) -> None:
    add_item(database, plan_uuid=plan.uuid, draft=DRAFT)
    add_item(
        database,
        plan_uuid=plan.uuid,
        draft=replace(
            DRAFT,
            name="กิจกรรมที่สอง",
            kind=ItemKind.ACTIVITY,
            years=(YearDraft(2023, quarters=(False, True, True, False)),),
        ),
    )
    add_item(
        database,
        plan_uuid=plan.uuid,
        draft=replace(DRAFT, name="ไม่อยู่ในปีนี้", years=(YearDraft(2023, included=False),)),
    )
    set_report_details(
        database, plan_uuid=plan.uuid, data_as_of=date(2023, 3, 21), prepared_by=" สุพรรณษา  มากพา "
    )
    table = build_plan_table(database, plan_uuid=plan.uuid, fiscal_year=2023)
    assert [r.number for r in table.rows] == [1, 2]
    assert table.quarter_counts == (1, 2, 1, 0)
    assert table.total_budget == Decimal("5000.00")
    assert table.rows[0].dimension == 2 and table.rows[0].indicators_text == "มีประกาศนโยบาย 1 ฉบับ"
    assert table.rows[1].budget is None
    assert table.prepared_by == "สุพรรณษา มากพา" and table.data_as_of == date(2023, 3, 21)
    assert table.dimension_legend[3] == (4, "การยกระดับกลไกการตรวจสอบการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น")


def test_demo_office_is_complete_and_deterministic(database, tmp_path) -> None:
    from db.services.workspace import open_workspace

    first = create_demo(database)
    assert first.item_count >= 100
    items = list_items(database, first.plan.uuid)
    assert all(item.responsible for item in items)
    assert all(len(item.years) == 5 for item in items)
    other = open_workspace(tmp_path / "other.db")
    try:
        second = create_demo(other)
        again = list_items(other, second.plan.uuid)
        assert [(i.name, i.years) for i in again] == [(i.name, i.years) for i in items]
    finally:
        other.dispose()


def test_a_deleted_item_is_restored_with_its_uuid_and_place(database, plan) -> None:
    items = [add_item(database, plan_uuid=plan.uuid, draft=replace(DRAFT, name=n)) for n in ("ก", "ข", "ค")]
    delete_item(database, items[1].uuid)
    restored = restore_item(database, items[1])
    assert restored == items[1]
    assert [i.uuid for i in list_items(database, plan.uuid)] == [i.uuid for i in items]


def test_check_item_draft_reports_without_writing(database, plan) -> None:
    errors = check_item_draft(database, plan_uuid=plan.uuid, draft=replace(DRAFT, name=""))
    assert [e.field for e in errors] == ["name"]
    assert check_item_draft(database, plan_uuid=plan.uuid, draft=DRAFT) == ()
    assert list_items(database, plan.uuid) == ()


def test_refresh_items_reads_only_what_changed_and_equals_a_full_read(database, plan) -> None:
    from db.services.items import refresh_items
    from db.services.plan_tools import move_item

    items = [add_item(database, plan_uuid=plan.uuid, draft=replace(DRAFT, name=n)) for n in "กขคงจ"]
    known = list_items(database, plan.uuid)
    replace_item(database, item_uuid=items[0].uuid, draft=replace(DRAFT, name="ก แก้แล้ว"))
    delete_item(database, items[1].uuid)
    added = add_item(database, plan_uuid=plan.uuid, draft=replace(DRAFT, name="ฉ"))
    move_item(database, item_uuid=items[4].uuid, new_index=0)

    refreshed = refresh_items(database, plan.uuid, known, {items[0].uuid})
    assert refreshed == list_items(database, plan.uuid)
    assert [i.name for i in refreshed] == ["จ", "ก แก้แล้ว", "ค", "ง", "ฉ"]
    by_uuid = {i.uuid: i for i in refreshed}
    assert by_uuid[items[2].uuid] is known[2]  # not moved, not changed: the very same object
    assert by_uuid[added.uuid].name == "ฉ" and by_uuid[added.uuid] is not added
    # an item edited but not named as changed keeps its old reading: the caller must say what it touched
    replace_item(database, item_uuid=items[2].uuid, draft=replace(DRAFT, name="ค แก้แล้ว"))
    assert refresh_items(database, plan.uuid, refreshed, ())[2].name == "ค"
    assert refresh_items(database, plan.uuid, refreshed, {items[2].uuid})[2].name == "ค แก้แล้ว"
