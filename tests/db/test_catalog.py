"""The 62 NACC examples and copying one into an office's plan."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

import pytest

from db.models import Comparison, IndicatorKind, ItemKind, OfficeKind, TargetPeriod
from db.services.catalog import copy_example_to_plan, get_example, load_catalog, personalise, search_catalog
from db.services.frameworks import get_framework
from db.services.offices import OfficeDraft, OfficeInfo, create_office
from db.services.plans import create_plan


def test_there_are_62_examples_split_18_29_8_7() -> None:
    catalog = load_catalog()
    assert len(catalog) == 62
    assert [e.seq for e in catalog] == list(range(1, 63))
    assert Counter(e.dimension for e in catalog) == {1: 18, 2: 29, 3: 8, 4: 7}
    assert Counter(e.kind for e in catalog) == {
        ItemKind.PROJECT: 31,
        ItemKind.MEASURE: 19,
        ItemKind.ACTIVITY: 12,
    }
    assert sum(1 for e in catalog if "2.2.2" in e.codes) == 17


def test_every_code_exists_in_the_2566_2570_framework(database) -> None:
    framework = get_framework(database, "nacc-2566-2570")
    level3 = {n.code for n in framework.walk() if n.level == 3}
    used = {code for e in load_catalog() for code in e.codes}
    assert used <= level3
    assert used == level3  # every x.y.z has at least one example
    assert get_example(52).codes == ("3.2.1", "3.2.2", "3.2.3")


def test_structured_targets_come_from_the_guide() -> None:
    first = get_example(1)
    output = first.indicators[0]
    assert output.kind is IndicatorKind.OUTPUT
    assert (output.comparison, output.target_value, output.target_unit, output.period) == (
        Comparison.AT_LEAST,
        Decimal("2"),
        "ครั้ง",
        TargetPeriod.PER_YEAR,
    )
    assert any(i.kind is IndicatorKind.OUTCOME for i in first.indicators)


def test_search_by_text_and_code() -> None:
    assert [e.seq for e in search_catalog("No Gift")] == [23]
    assert len(search_catalog(code_prefix="2.2")) == 19
    assert len(search_catalog(code_prefix="3.2.2")) == 1


def _office(kind: OfficeKind, name: str) -> OfficeInfo:
    return OfficeInfo(name=name, kind=kind)


def test_personalise_puts_the_office_name_where_the_guide_names_its_sample() -> None:
    office = _office(OfficeKind.SUBDISTRICT_MUNICIPALITY, "เทศบาลตำบลทุ่งน้อย")
    assert personalise("มาตรการป้องกันผลประโยชน์ทับซ้อนของเทศบาลตำบลโคกก่อ", office) == (
        "มาตรการป้องกันผลประโยชน์ทับซ้อนของเทศบาลตำบลทุ่งน้อย"
    )
    assert personalise("พนักงานส่วนตำบล", office) == "พนักงานเทศบาล"


def test_personalise_uses_the_titles_of_an_sao() -> None:
    office = _office(OfficeKind.SAO, "องค์การบริหารส่วนตำบลวังทอง")
    text = "นายกเทศมนตรีและปลัดเทศบาลมอบหมายพนักงานเทศบาล ตามเทศบัญญัติของเทศบาลตำบลโคกก่อ"
    assert personalise(text, office) == (
        "นายกองค์การบริหารส่วนตำบลและปลัดองค์การบริหารส่วนตำบลมอบหมายพนักงานส่วนตำบล"
        " ตามข้อบัญญัติขององค์การบริหารส่วนตำบลวังทอง"
    )


def test_no_copied_example_keeps_the_sample_name(database) -> None:
    office = create_office(database, OfficeDraft(name="องค์การบริหารส่วนตำบลวังทอง", kind=OfficeKind.SAO))
    plan = create_plan(
        database,
        office_uuid=office.uuid,
        framework_code="nacc-2566-2570",
        first_fiscal_year=2023,
        last_fiscal_year=2027,
    )
    for example in load_catalog():
        item = copy_example_to_plan(
            database, plan_uuid=plan.uuid, seq=example.seq, fiscal_years=range(2024, 2026)
        )
        flat = " ".join(
            [
                item.name,
                item.rationale,
                item.target_group,
                *item.objectives,
                *item.method_steps,
                *(i.statement for i in item.indicators),
                item.responsible,
            ]
        )
        for sample in ("โคกก่อ", "xxx", "ระบุชื่อองค์กร", "นายกเทศมนตรี"):
            assert sample not in flat, (example.seq, sample)
        assert [y.fiscal_year for y in item.years] == [2024, 2025]
        assert item.catalog_seq == example.seq
        assert item.framework_codes == example.codes


def test_copy_refuses_a_plan_of_another_framework(database) -> None:
    office = create_office(database, OfficeDraft(name="องค์การบริหารส่วนตำบลพิปูน", kind=OfficeKind.SAO))
    plan = create_plan(
        database,
        office_uuid=office.uuid,
        framework_code="nacc-2561-2564",
        first_fiscal_year=2018,
        last_fiscal_year=2021,
    )
    with pytest.raises(ValueError, match="nacc-2566-2570"):
        copy_example_to_plan(database, plan_uuid=plan.uuid, seq=1)
