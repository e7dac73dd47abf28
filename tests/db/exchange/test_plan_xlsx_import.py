"""Importing seed-003 style workbooks: what lands in the database."""

from __future__ import annotations

from collections import Counter
from datetime import date
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook, load_workbook

from db.exchange import import_plan_xlsx
from db.models import IndicatorKind, ItemKind, OfficeKind
from db.services.items import list_items
from db.services.offices import OfficeDraft, create_office, find_office_by_name, list_offices
from db.services.plan_table import build_plan_table
from db.services.plans import create_plan, get_plan, set_report_details
from db.session import Database
from tests.fixtures.plan003 import FISCAL_YEAR, OFFICE_NAME, build_plan003_xlsx, load_rows


def _import(database: Database, path: Path, **kwargs: object):
    options = {"office_name": OFFICE_NAME, "fiscal_year": FISCAL_YEAR, **kwargs}
    return import_plan_xlsx(database, path, **options)  # type: ignore[arg-type]


def test_seed_003_gives_19_items_with_the_printed_totals(workspace: Database, plan003_xlsx: Path) -> None:
    result = _import(workspace, plan003_xlsx)

    assert result.item_count == 19
    assert result.fiscal_year == FISCAL_YEAR
    assert result.quarter_counts == (13, 16, 6, 2)
    assert result.created_office and result.created_plan
    table = build_plan_table(workspace, plan_uuid=result.plan_uuid, fiscal_year=FISCAL_YEAR)
    assert table.quarter_counts == (13, 16, 6, 2)
    assert len(table.rows) == 19
    assert table.total_budget is None
    assert Counter(row.dimension for row in table.rows) == {1: 2, 2: 10, 3: 2, 4: 5}
    items = list_items(workspace, result.plan_uuid)
    assert Counter(item.kind for item in items) == {
        ItemKind.MEASURE: 11,
        ItemKind.PROJECT: 6,
        ItemKind.ACTIVITY: 2,
    }


def test_every_text_round_trips_verbatim(workspace: Database, plan003_xlsx: Path) -> None:
    result = _import(workspace, plan003_xlsx)
    table = build_plan_table(workspace, plan_uuid=result.plan_uuid, fiscal_year=FISCAL_YEAR)
    for expected, row in zip(load_rows(), table.rows, strict=True):
        assert row.number == expected["no"]
        assert row.name == expected["name_th"]
        assert row.indicators_text == expected["indicators_th"]
        assert row.outcome_text == expected["outcome_th"]
        assert row.responsible == expected["responsible_th"]
        assert row.target_unit == expected["unit"]
        assert row.target_quantity == Decimal(expected["quantity"])
        assert row.budget is None
        assert row.dimension == expected["dimension"]
        assert row.framework_code == str(expected["dimension"])
        assert list(row.quarters) == expected["quarters"]


def test_indicator_and_outcome_become_one_output_and_one_outcome(
    workspace: Database, plan003_xlsx: Path
) -> None:
    result = _import(workspace, plan003_xlsx)
    first = list_items(workspace, result.plan_uuid)[0]
    expected = load_rows()[0]
    assert [(i.kind, i.statement) for i in first.indicators] == [
        (IndicatorKind.OUTPUT, expected["indicators_th"]),
        (IndicatorKind.OUTCOME, expected["outcome_th"]),
    ]
    year = first.year(FISCAL_YEAR)
    assert year is not None and year.included and year.budget_own is None


def test_report_lines_and_location_are_read(workspace: Database, plan003_xlsx: Path) -> None:
    result = _import(workspace, plan003_xlsx)
    plan = get_plan(workspace, result.plan_uuid)
    assert plan.data_as_of == date(2023, 3, 21)
    assert plan.prepared_by == "สุพรรณษา มากพา"
    assert (plan.first_fiscal_year, plan.last_fiscal_year, plan.framework_code) == (
        2023,
        2027,
        "nacc-2566-2570",
    )
    office = find_office_by_name(workspace, OFFICE_NAME)
    assert office is not None and office.uuid == result.office_uuid
    assert (office.kind, office.district, office.province) == (
        OfficeKind.SUBDISTRICT_MUNICIPALITY,
        "โพทะเล",
        "พิจิตร",
    )


def test_row_4_read_as_q1_q2_gives_the_rejected_totals(workspace: Database, tmp_path: Path) -> None:
    rows = load_rows()
    rows[3]["quarters"] = [True, True, False, False]
    path = tmp_path / "variant.xlsx"
    build_plan003_xlsx(path, rows)
    result = _import(workspace, path)
    table = build_plan_table(workspace, plan_uuid=result.plan_uuid, fiscal_year=FISCAL_YEAR)
    assert result.quarter_counts == table.quarter_counts == (14, 16, 5, 2)


def test_units_are_added_and_linked_but_not_everyone(workspace: Database, plan003_xlsx: Path) -> None:
    result = _import(workspace, plan003_xlsx)
    office = find_office_by_name(workspace, OFFICE_NAME)
    assert office is not None
    assert office.units == ("สำนักปลัด", "กองคลัง", "ตรวจสอบ ภายใน")
    by_responsible = {
        item.responsible: item.responsible_unit for item in list_items(workspace, result.plan_uuid)
    }
    assert by_responsible["สำนักปลัด"] == "สำนักปลัด"
    assert by_responsible["ตรวจสอบ ภายใน"] == "ตรวจสอบ ภายใน"
    assert by_responsible["ทุกส่วน ราชการ"] is None
    assert by_responsible["ทุกส่วนราชการ"] is None


def test_existing_office_plan_and_units_are_reused(workspace: Database, plan003_xlsx: Path) -> None:
    office = create_office(
        workspace,
        OfficeDraft(name="เทศบาลตำบล ทุ่งน้อย", kind=OfficeKind.SUBDISTRICT_MUNICIPALITY, units=("สำนักปลัด",)),
    )
    plan = create_plan(
        workspace,
        office_uuid=office.uuid,
        framework_code="nacc-2566-2570",
        first_fiscal_year=2023,
        last_fiscal_year=2027,
    )
    set_report_details(workspace, plan_uuid=plan.uuid, data_as_of=date(2023, 1, 1), prepared_by="คนเดิม")

    result = _import(workspace, plan003_xlsx)

    assert (result.office_uuid, result.plan_uuid) == (office.uuid, plan.uuid)
    assert not result.created_office and not result.created_plan
    assert len(list_offices(workspace)) == 1
    reused = find_office_by_name(workspace, OFFICE_NAME)
    assert reused is not None and reused.name == "เทศบาลตำบล ทุ่งน้อย"
    assert reused.units == ("สำนักปลัด", "กองคลัง", "ตรวจสอบ ภายใน")
    details = get_plan(workspace, plan.uuid)
    assert (details.data_as_of, details.prepared_by) == (date(2023, 3, 21), "สุพรรณษา มากพา")


def test_a_later_year_of_the_same_plan_is_imported_beside_the_first(
    workspace: Database, plan003_xlsx: Path, tmp_path: Path
) -> None:
    first = _import(workspace, plan003_xlsx)
    path = tmp_path / "2567.xlsx"
    build_plan003_xlsx(path, load_rows()[:3], trailer=False)
    workbook = load_workbook(path)
    sheet = workbook.active
    assert sheet is not None
    sheet["A2"] = "ประจำปี พ.ศ. ๒๕๖๗"
    sheet["A6"] = "แผนปฏิบัติการป้องกันการทุจริต พ.ศ.2567 ของเทศบาลตำบลทุ่งน้อย"
    workbook.save(path)
    second = _import(workspace, path, fiscal_year=2024)
    assert second.plan_uuid == first.plan_uuid and not second.created_plan
    assert second.item_count == 3
    assert len(list_items(workspace, first.plan_uuid)) == 22
    assert get_plan(workspace, first.plan_uuid).data_as_of == date(2023, 3, 21)  # no date line: kept


def test_thai_digits_in_every_numeric_cell(workspace: Database, tmp_path: Path) -> None:
    rows = load_rows()
    rows[0]["budget"] = Decimal("65000.50")
    rows[1]["budget"] = Decimal("1234567")
    rows[2]["code"] = "2.1.3"
    rows[2]["quantity"] = 1234
    path = tmp_path / "thai.xlsx"
    build_plan003_xlsx(path, rows, thai_digits=True)

    result = _import(workspace, path)

    table = build_plan_table(workspace, plan_uuid=result.plan_uuid, fiscal_year=FISCAL_YEAR)
    assert result.quarter_counts == (13, 16, 6, 2)
    assert [row.dimension for row in table.rows] == [row["dimension"] for row in rows]
    assert table.rows[0].budget == Decimal("65000.50")
    assert table.rows[1].budget == Decimal("1234567.00")
    assert table.rows[2].framework_code == "2.1.3"
    assert table.rows[2].target_quantity == Decimal(1234)
    assert table.data_as_of == date(2023, 3, 21)


def test_header_variants_ticks_and_dimension_words(workspace: Database, tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๖"])
    sheet.append(
        [
            "ลำดับที่",
            "โครงการ/กิจกรรม",
            "หน่วยนับ",
            "ปริมาณงาน",
            "งบประมาณ (บาท)",
            "มิติที่",
            "ตัวชี้วัด",
            "ผลลัพธ์",
            "ไตรมาสที่ ๑",
            "ไตรมาสที่ ๒",
            "ไตรมาส\n3",
            "ไตรมาส ๔",
            "หน่วยงานที่\nรับผิดชอบ",
            "รหัส",
        ]
    )
    sheet.append(
        [
            "๑",
            "  “กิจกรรม” ทดสอบ  ",
            "ครั้ง",
            "๑,๒๐๐",
            "๖๕,๐๐๐.๕๐",
            "มิติที่ ๒",
            "ตัวชี้วัด ก",
            "",
            " ✓ ",
            "✔",
            "√",
            None,
            "กองช่าง",
            "๒.๓.๒",
        ]
    )
    sheet.append(
        [
            "2)",
            "แนวปฏิบัติ ข",
            None,
            3.0,
            1500.25,
            3.0,
            None,
            None,
            "/",
            None,
            None,
            " / ",
            "สำนักปลัด/กองคลัง",
            None,
        ]
    )
    sheet.append(
        [None, "มาตรการ ค", None, None, "ไม่ใช้งบประมาณ", "4", None, None, None, None, None, None, "", ""]
    )
    sheet.append(["รวม"])
    path = tmp_path / "variants.xlsx"
    workbook.save(path)

    result = _import(workspace, path)

    items = list_items(workspace, result.plan_uuid)
    assert [(i.kind, i.name) for i in items] == [
        (ItemKind.ACTIVITY, "“กิจกรรม” ทดสอบ"),
        (ItemKind.GUIDELINE, "แนวปฏิบัติ ข"),
        (ItemKind.MEASURE, "มาตรการ ค"),
    ]
    assert [i.framework_codes for i in items] == [("2.3.2",), ("3",), ("4",)]
    assert [i.target_quantity for i in items] == [Decimal(1200), Decimal(3), None]
    assert [i.years[0].budget_own for i in items] == [Decimal("65000.50"), Decimal("1500.25"), None]
    assert [i.years[0].quarters for i in items] == [
        (True, True, True, False),
        (True, False, False, True),
        (False, False, False, False),
    ]
    assert [len(i.indicators) for i in items] == [1, 0, 0]
    assert items[1].responsible == "สำนักปลัด/กองคลัง" and items[1].responsible_unit is None
    assert find_office_by_name(workspace, OFFICE_NAME).units == ("กองช่าง",)  # type: ignore[union-attr]


def test_blank_and_numbered_empty_rows_are_skipped_and_a_missing_footer_is_fine(
    workspace: Database, tmp_path: Path
) -> None:
    rows = load_rows()[:4]
    rows[2:2] = [{"raw": []}, {"raw": ["9."]}, {"raw": [None, "   ", None, "-"]}]
    path = tmp_path / "nofooter.xlsx"
    build_plan003_xlsx(path, rows, footer=False)

    result = _import(workspace, path)

    assert result.item_count == 4
    plan = get_plan(workspace, result.plan_uuid)
    assert (plan.data_as_of, plan.prepared_by) == (date(2023, 3, 21), "สุพรรณษา มากพา")


def test_report_lines_in_separate_cells(workspace: Database, tmp_path: Path) -> None:
    path = tmp_path / "cells.xlsx"
    build_plan003_xlsx(path, load_rows()[:2], trailer=False)
    workbook = load_workbook(path)
    sheet = workbook.active
    assert sheet is not None
    sheet.append([])
    sheet.append(["ข้อมูล ณ วันที่", "๑ ต.ค. ๖๕"])
    sheet.append(["ชื่อ - สกุล ผู้ออกรายงาน", "  นาง ทดสอบ   ระบบ "])
    workbook.save(path)

    result = _import(workspace, path)

    plan = get_plan(workspace, result.plan_uuid)
    assert (plan.data_as_of, plan.prepared_by) == (date(2022, 10, 1), "นาง ทดสอบ ระบบ")


def test_workbook_given_as_an_open_binary_file(workspace: Database, plan003_xlsx: Path) -> None:
    with plan003_xlsx.open("rb") as handle:
        result = import_plan_xlsx(workspace, handle, office_name=OFFICE_NAME, fiscal_year=FISCAL_YEAR)
    assert result.item_count == 19


def test_table_on_a_later_sheet_is_found(workspace: Database, plan003_xlsx: Path, tmp_path: Path) -> None:
    workbook = load_workbook(plan003_xlsx)
    cover = workbook.create_sheet("ปก", 0)
    cover.append(["แผนปฏิบัติการป้องกันการทุจริต"])
    path = tmp_path / "two-sheets.xlsx"
    workbook.save(path)
    assert _import(workspace, path).item_count == 19


def test_unfilled_report_lines_of_a_template_are_ignored(workspace: Database, tmp_path: Path) -> None:
    path = tmp_path / "template-lines.xlsx"
    build_plan003_xlsx(path, load_rows()[:2], trailer=False)
    workbook = load_workbook(path)
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["ข้อมูล ณ วันที่ ......................"])
    sheet.append(["ชื่อ - สกุล ผู้ออกรายงาน", "____________"])
    workbook.save(path)

    plan = get_plan(workspace, _import(workspace, path).plan_uuid)

    assert (plan.data_as_of, plan.prepared_by) == (None, "")
