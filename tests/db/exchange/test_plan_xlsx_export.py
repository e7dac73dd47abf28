"""Exporting the plan table: layout, print setup, and export → import giving the same table."""

from __future__ import annotations

import dataclasses
import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from db.exchange import export_plan_xlsx, import_plan_xlsx
from db.services.plan_table import PlanTable, build_plan_table
from db.session import Database
from tests.fixtures.plan003 import FISCAL_YEAR, OFFICE_NAME, build_plan003_xlsx, load_rows


def _rows_with_budgets_and_codes() -> list[dict]:
    rows = load_rows()
    rows[0]["budget"] = Decimal("65000.50")
    rows[1]["budget"] = Decimal("20000")
    rows[4]["budget"] = Decimal("0.01")
    rows[2]["code"] = "2.1.3"
    rows[3]["code"] = "2.2.1"
    rows[13]["code"] = "3.2"
    rows[5]["quantity"] = Decimal("2.5")
    rows[6]["name_th"] = "=มาตรการ ที่ขึ้นต้นด้วยเครื่องหมายเท่ากับ"
    rows[7]["outcome_th"] = ""
    return rows


def _table(database: Database, path: Path) -> PlanTable:
    result = import_plan_xlsx(database, path, office_name=OFFICE_NAME, fiscal_year=FISCAL_YEAR)
    return build_plan_table(database, plan_uuid=result.plan_uuid, fiscal_year=FISCAL_YEAR)


def _comparable(table: PlanTable) -> tuple:
    rows = tuple(dataclasses.replace(row, item_uuid="") for row in table.rows)
    office = (table.office.name, table.office.district, table.office.province, table.office.units)
    return rows, office, table.data_as_of, table.prepared_by, table.dimension_legend


@pytest.fixture
def source_table(workspace: Database, tmp_path: Path) -> PlanTable:
    path = tmp_path / "source.xlsx"
    build_plan003_xlsx(path, _rows_with_budgets_and_codes())
    return _table(workspace, path)


@pytest.mark.parametrize("thai_digits", [False, True])
def test_export_then_import_gives_the_same_table(
    source_table: PlanTable, other_workspace: Database, tmp_path: Path, thai_digits: bool
) -> None:
    exported = tmp_path / "exported.xlsx"
    export_plan_xlsx(source_table, exported, thai_digits=thai_digits)

    again = _table(other_workspace, exported)

    assert _comparable(again) == _comparable(source_table)
    assert again.rows[0].budget == Decimal("65000.50")
    assert again.rows[2].framework_code == "2.1.3"
    assert again.rows[13].framework_code == "3.2"
    assert again.rows[6].name.startswith("=มาตรการ")
    assert again.total_budget == Decimal("85000.51")


def test_source_table_keeps_what_the_fixture_wrote(source_table: PlanTable) -> None:
    assert source_table.rows[5].target_quantity == Decimal("2.5")
    assert source_table.rows[7].outcome_text == ""
    assert source_table.data_as_of == date(2023, 3, 21)


def _sheet(table: PlanTable, **kwargs: bool) -> Worksheet:
    buffer = io.BytesIO()
    export_plan_xlsx(table, buffer, **kwargs)
    buffer.seek(0)
    sheet = load_workbook(buffer).active
    assert sheet is not None
    return sheet


def _find(sheet: Worksheet, text: str) -> int:
    for row in sheet.iter_rows():
        if row[0].value == text:
            return row[0].row
    raise AssertionError(f"{text!r} not in column A")


def test_layout_like_seed_003(workspace: Database, plan003_xlsx: Path) -> None:
    sheet = _sheet(_table(workspace, plan003_xlsx))

    assert [sheet.cell(row=r, column=1).value for r in (1, 2, 3)] == [
        "แผนปฏิบัติการป้องกันการทุจริต ประจำปี พ.ศ. 2566",
        "เทศบาลตำบลทุ่งน้อย",
        "อำเภอโพทะเล จังหวัดพิจิตร",
    ]
    header = _find(sheet, "ที่")
    top = [cell.value for cell in sheet[header]]
    sub = [cell.value for cell in sheet[header + 1]]
    assert top == [
        "ที่",
        "แผนงาน/โครงการ/กิจกรรม",
        "เป้าหมายที่ดำเนินงาน",
        None,
        "งบประมาณ",
        "มิติ",
        "ตัวชี้วัด",
        "ผลลัพธ์",
        "ระยะเวลาดำเนินการ",
        None,
        None,
        None,
        "หน่วยงานรับผิดชอบ",
    ]
    assert sub[2:4] == ["หน่วยนับ", "ปริมาณงาน"] and sub[8:12] == [
        "ไตรมาส 1",
        "ไตรมาส 2",
        "ไตรมาส 3",
        "ไตรมาส 4",
    ]
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert {f"A{header}:A{header + 1}", f"C{header}:D{header}", f"I{header}:L{header}"} <= merged
    first = [cell.value for cell in sheet[header + 2]]
    assert first[0] == "1." and first[3] == 36 and first[4] == "-" and first[5] == 1
    assert first[8:12] == ["/", "/", None, None]
    footer = _find(sheet, "รวมทั้งสิ้น 19 โครงการ")
    assert footer == header + 2 + 19
    assert [cell.value for cell in sheet[footer]][4:12] == ["-", None, None, None, 13, 16, 6, 2]
    assert _find(sheet, "ข้อมูล ณ วันที่ 21 มีนาคม 2566") > footer
    assert _find(sheet, "ชื่อ - สกุล ผู้ออกรายงาน สุพรรณษา มากพา") > footer
    legend = _find(sheet, "คำอธิบาย")
    assert sheet.cell(row=legend + 1, column=1).value == "มิติ 1 การสร้างวัฒนธรรมสุจริต"
    assert sheet.max_column == 13  # no รหัส column: every code is just the มิติ


def test_print_setup_and_fonts(workspace: Database, plan003_xlsx: Path) -> None:
    sheet = _sheet(_table(workspace, plan003_xlsx))
    header = _find(sheet, "ที่")

    assert sheet.print_title_rows == f"${header}:${header + 1}"
    assert sheet.page_setup.orientation == "landscape"
    assert int(sheet.page_setup.paperSize) == int(Worksheet.PAPERSIZE_A4)
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert (int(sheet.page_setup.fitToWidth), int(sheet.page_setup.fitToHeight)) == (1, 0)
    body = sheet.cell(row=header + 2, column=2)
    assert (body.font.name, body.font.sz, bool(body.font.b), body.alignment.wrap_text) == (
        "Sarabun",
        14,
        False,
        True,
    )
    assert body.border.left.style == "thin"
    assert sheet.cell(row=header, column=2).font.b
    assert sheet.column_dimensions["B"].width > sheet.column_dimensions["A"].width


def test_code_column_only_when_deeper_than_the_dimension(source_table: PlanTable) -> None:
    sheet = _sheet(source_table)
    header = _find(sheet, "ที่")
    assert sheet.cell(row=header, column=14).value == "รหัส"
    codes = [sheet.cell(row=header + 2 + i, column=14).value for i in range(5)]
    assert codes == [None, None, "2.1.3", "2.2.1", None]
    budget = sheet.cell(row=header + 2, column=5)
    assert budget.value == Decimal("65000.50") or budget.value == pytest.approx(65000.5)
    assert budget.number_format == "#,##0.00"


def test_thai_digits_option(source_table: PlanTable) -> None:
    sheet = _sheet(source_table, thai_digits=True)
    header = _find(sheet, "ที่")
    assert sheet.cell(row=1, column=1).value == "แผนปฏิบัติการป้องกันการทุจริต ประจำปี พ.ศ. ๒๕๖๖"
    assert sheet.cell(row=header + 1, column=9).value == "ไตรมาส ๑"
    first = [cell.value for cell in sheet[header + 2]]
    assert first[0] == "๑." and first[3] == "๓๖" and first[4] == "๖๕,๐๐๐.๕๐" and first[5] == "๑"
    assert _find(sheet, "รวมทั้งสิ้น ๑๙ โครงการ")
    assert _find(sheet, "ข้อมูล ณ วันที่ ๒๑ มีนาคม ๒๕๖๖")


def test_export_to_a_path_replaces_the_file(source_table: PlanTable, tmp_path: Path) -> None:
    target = tmp_path / "plan.xlsx"
    target.write_bytes(b"old content")
    export_plan_xlsx(source_table, target)
    assert load_workbook(target).active is not None
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".sujarit-")] == []


def test_empty_table_still_exports(workspace: Database, source_table: PlanTable) -> None:
    empty = dataclasses.replace(source_table, rows=(), data_as_of=None, prepared_by="")
    sheet = _sheet(empty)
    footer = _find(sheet, "รวมทั้งสิ้น 0 โครงการ")
    assert [cell.value for cell in sheet[footer]][8:12] == [0, 0, 0, 0]
