"""Malformed files are refused with one Thai BadInput naming row and column, and nothing is written."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from db.errors import BadInput
from db.exchange import PlanImportRefused, import_plan_xlsx
from db.session import Database
from tests.fixtures.plan003 import FISCAL_YEAR, OFFICE_NAME, build_plan003_xlsx, load_rows

Dump = Callable[[Database], list[str]]
TICK_MESSAGE = 'เครื่องหมาย "x" ไม่ถูกต้อง ใช้ "/" หรือ "✓" หรือเว้นว่าง'


@pytest.fixture
def populated(workspace: Database, tmp_path: Path) -> Database:
    """A workspace that already holds another office's plan, so a refused import has something to spoil."""
    path = tmp_path / "other-office.xlsx"
    build_plan003_xlsx(path, load_rows()[:2])
    import_plan_xlsx(workspace, path, office_name="องค์การบริหารส่วนตำบลวังทอง", fiscal_year=FISCAL_YEAR)
    return workspace


def _refused(database: Database, dump: Dump, source: Any, **kwargs: Any) -> str:
    before = dump(database)
    options = {"office_name": OFFICE_NAME, "fiscal_year": FISCAL_YEAR, **kwargs}
    with pytest.raises(BadInput) as caught:
        import_plan_xlsx(database, source, **options)
    assert dump(database) == before
    return caught.value.message_th


def _workbook_bytes(workbook: Workbook) -> bytes:
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _no_header() -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for line in ("แผนปฏิบัติการป้องกันการทุจริต", "ประจำปี พ.ศ. ๒๕๖๖", "ไม่มีตารางในแผ่นนี้"):
        sheet.append([line])
    sheet.append([1, 2, 3])
    return _workbook_bytes(workbook)


def _plan003_bytes(tmp_path: Path) -> bytes:
    path = tmp_path / "good.xlsx"
    build_plan003_xlsx(path)
    return path.read_bytes()


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda tmp: b"\x00\x01\x02 this is not a spreadsheet \xff\xfe" * 50, "ไม่ใช่ไฟล์ Excel (.xlsx)"),
        (lambda tmp: b"", "ไฟล์ว่างเปล่า"),
        (lambda tmp: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "Excel รุ่นเก่า (.xls)"),
        (lambda tmp: _zip({"hello.txt": b"hello"}), "เปิดไฟล์นี้เป็นสมุดงาน Excel ไม่ได้"),
        (
            lambda tmp: _zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<broken"}),
            "เปิดไฟล์นี้เป็นสมุดงาน Excel ไม่ได้",
        ),
        (lambda tmp: _plan003_bytes(tmp)[:3000], "Excel"),
        (lambda tmp: "ที่,แผนงาน/โครงการ/กิจกรรม,มิติ\n1,โครงการ,2\n".encode(), "ไม่ใช่ไฟล์ Excel (.xlsx)"),
        (lambda tmp: _no_header(), "ไม่พบหัวตารางแผนปฏิบัติการ"),
    ],
    ids=["garbage", "empty", "xls", "zip-not-workbook", "broken-workbook", "truncated", "csv", "no-header"],
)
def test_files_that_are_not_a_plan_workbook(
    populated: Database, dump: Dump, tmp_path: Path, make: Callable[[Path], bytes], expected: str
) -> None:
    path = tmp_path / "input.xlsx"
    path.write_bytes(make(tmp_path))
    assert expected in _refused(populated, dump, path)


def test_missing_file(populated: Database, dump: Dump, tmp_path: Path) -> None:
    assert "เปิดไฟล์ missing.xlsx ไม่ได้" in _refused(populated, dump, tmp_path / "missing.xlsx")


def _variant(
    tmp_path: Path, change: Callable[[list[dict[str, Any]]], Any], **options: Any
) -> tuple[Path, dict]:
    rows = load_rows()
    change(rows)
    path = tmp_path / "variant.xlsx"
    where = build_plan003_xlsx(path, rows, **options)
    return path, where


def _set(index: int, **values: Any) -> Callable[[list[dict[str, Any]]], None]:
    def change(rows: list[dict[str, Any]]) -> None:
        rows[index].update(values)

    return change


def _tick(index: int, quarter: int, mark: Any) -> Callable[[list[dict[str, Any]]], None]:
    def change(rows: list[dict[str, Any]]) -> None:
        rows[index]["quarters"][quarter] = mark

    return change


@pytest.mark.parametrize(
    ("change", "index", "column", "message"),
    [
        (_tick(11, 2, "x"), 11, "ไตรมาส 3 (K)", TICK_MESSAGE),
        (_tick(0, 0, 1), 0, "ไตรมาส 1 (I)", 'เครื่องหมาย "1" ไม่ถูกต้อง'),
        (_tick(0, 3, "//"), 0, "ไตรมาส 4 (L)", 'เครื่องหมาย "//" ไม่ถูกต้อง'),
        (_set(2, budget="-500"), 2, "งบประมาณ (E)", "ติดลบ"),
        (_set(2, budget=-500), 2, "งบประมาณ (E)", "ติดลบ"),
        (_set(2, budget="สองพันบาท"), 2, "งบประมาณ (E)", "อ่านจำนวนเงิน"),
        (_set(2, budget="1,00,0"), 2, "งบประมาณ (E)", "อ่านจำนวนเงิน"),
        (_set(2, budget="12.345"), 2, "งบประมาณ (E)", "ทศนิยมเกิน"),
        (_set(2, budget="9" * 30), 2, "งบประมาณ (E)", "มากเกินไป"),
        (_set(5, dimension=5), 5, "มิติ (F)", "ไม่มีมิติ 5 ในกรอบแผน"),
        (_set(5, dimension="๕"), 5, "มิติ (F)", "ไม่มีมิติ 5 ในกรอบแผน"),
        (_set(5, dimension="สอง"), 5, "มิติ (F)", 'มิติ "สอง" ไม่ถูกต้อง'),
        (_set(5, dimension=None), 5, "มิติ (F)", "ไม่ได้ระบุมิติ"),
        (_set(6, code="2.9.9"), 6, "รหัส (N)", "ไม่มีรหัส 2.9.9 ในกรอบแผน"),
        (_set(6, code="1.1.1"), 6, "รหัส (N)", "รหัส 1.1.1 ไม่อยู่ในมิติ 2"),
        (_set(6, code="ก.1"), 6, "รหัส (N)", 'รหัส "ก.1" ไม่ถูกต้อง'),
        (_set(7, name_th="   "), 7, "แผนงาน/โครงการ/ กิจกรรม (B)", "ไม่มีชื่อแผนงาน/โครงการ/กิจกรรม"),
        (_set(8, quantity="ประมาณ 30"), 8, "ปริมาณงาน (D)", 'ปริมาณงาน "ประมาณ 30" ต้องเป็นตัวเลข'),
        (_set(8, quantity=-3), 8, "ปริมาณงาน (D)", "ติดลบ"),
        (_set(9, no_text="ก."), 9, "ที่ (A)", 'ลำดับ "ก." ต้องเป็นตัวเลข'),
    ],
    ids=[
        "tick-x",
        "tick-number",
        "tick-double",
        "budget-negative-text",
        "budget-negative-number",
        "budget-words",
        "budget-bad-commas",
        "budget-3-decimals",
        "budget-huge",
        "dimension-5",
        "dimension-thai-5",
        "dimension-word",
        "dimension-missing",
        "code-unknown",
        "code-other-dimension",
        "code-garbled",
        "name-empty",
        "quantity-words",
        "quantity-negative",
        "row-number",
    ],
)
def test_bad_cells_name_row_and_column(
    populated: Database, dump: Dump, tmp_path: Path, change: Callable, index: int, column: str, message: str
) -> None:
    path, where = _variant(tmp_path, change)
    text = _refused(populated, dump, path)
    assert f"\nแถว {where[index]} คอลัมน์ {column}: " in text
    assert message in text
    assert text.startswith("นำเข้าไม่ได้ พบปัญหา 1 รายการ จึงไม่ได้นำเข้าข้อมูลใดเลย")


def test_exact_message_for_a_bad_tick(populated: Database, dump: Dump, tmp_path: Path) -> None:
    path, where = _variant(tmp_path, _tick(11, 2, "x"))
    with pytest.raises(PlanImportRefused) as caught:
        import_plan_xlsx(populated, path, office_name=OFFICE_NAME, fiscal_year=FISCAL_YEAR)
    assert caught.value.problems == (f"แถว {where[11]} คอลัมน์ ไตรมาส 3 (K): {TICK_MESSAGE}",)


def test_every_problem_is_reported_together_in_row_order(
    populated: Database, dump: Dump, tmp_path: Path
) -> None:
    def change(rows: list[dict[str, Any]]) -> None:
        rows[17]["quarters"][0] = "x"
        rows[17]["dimension"] = 7
        rows[3]["budget"] = "abc"
        rows[0]["name_th"] = ""

    path, where = _variant(tmp_path, change)
    with pytest.raises(PlanImportRefused) as caught:
        import_plan_xlsx(populated, path, office_name=OFFICE_NAME, fiscal_year=FISCAL_YEAR)
    problems = caught.value.problems
    assert [p.split(":")[0] for p in problems] == [
        f"แถว {where[0]} คอลัมน์ แผนงาน/โครงการ/ กิจกรรม (B)",
        f"แถว {where[3]} คอลัมน์ งบประมาณ (E)",
        f"แถว {where[17]} คอลัมน์ มิติ (F)",
        f"แถว {where[17]} คอลัมน์ ไตรมาส 1 (I)",
    ]
    assert "พบปัญหา 4 รายการ" in caught.value.message_th


def test_at_most_50_problems_are_listed(populated: Database, dump: Dump, tmp_path: Path) -> None:
    rows = [dict(load_rows()[0], no=n, quarters=["x", "x", False, False]) for n in range(1, 31)]
    path = tmp_path / "many.xlsx"
    build_plan003_xlsx(path, rows, page_breaks=False)
    text = _refused(populated, dump, path)
    assert "พบปัญหา 60 รายการ" in text
    assert text.count("เครื่องหมาย") == 50
    assert text.endswith("… และปัญหาอื่นอีก 10 รายการ")


def test_uncomputed_formula_is_refused(populated: Database, dump: Dump, tmp_path: Path) -> None:
    formula_row = [
        "20.",
        "โครงการ ก",
        "คน",
        "=1+1",
        "-",
        2,
        "ตัวชี้วัด",
        "ผลลัพธ์",
        "/",
        None,
        None,
        None,
        "กองคลัง",
    ]
    path, where = _variant(tmp_path, lambda rows: rows.append({"raw": formula_row}))
    assert f"แถว {where[19]} คอลัมน์ ปริมาณงาน (D): เป็นสูตรที่ยังไม่มีผลคำนวณ" in _refused(populated, dump, path)


def test_row_of_nothing_but_uncomputed_formulas_is_refused(
    populated: Database, dump: Dump, tmp_path: Path
) -> None:
    formula_row = ["=ROW()-6", "=Sheet2!B2", None, None, None, "=Sheet2!F2"]
    path, where = _variant(tmp_path, lambda rows: rows.insert(1, {"raw": formula_row}))
    text = _refused(populated, dump, path)
    assert f"แถว {where[1]} คอลัมน์ แผนงาน/โครงการ/ กิจกรรม (B): เป็นสูตรที่ยังไม่มีผลคำนวณ" in text
    assert f"แถว {where[1]} คอลัมน์ มิติ (F): เป็นสูตรที่ยังไม่มีผลคำนวณ" in text
    assert "พบปัญหา 2 รายการ" in text


def test_bad_data_date_line(populated: Database, dump: Dump, tmp_path: Path) -> None:
    path, _ = _variant(tmp_path, lambda rows: None, trailer=False)
    from openpyxl import load_workbook

    workbook = load_workbook(path)
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["ข้อมูล ณ วันที่ 31 กุมภาพันธ์ 2566"])
    line = sheet.max_row
    workbook.save(path)
    assert f"แถว {line}: วันที่ของข้อมูล:" in _refused(populated, dump, path)


def test_title_year_other_than_the_chosen_year(populated: Database, dump: Dump, tmp_path: Path) -> None:
    path, _ = _variant(tmp_path, lambda rows: None)
    text = _refused(populated, dump, path, fiscal_year=2024)
    assert "แถว 2: ชื่อตารางระบุปี พ.ศ. 2566 แต่เลือกนำเข้าเป็นปีงบประมาณ พ.ศ. 2567" in text


def test_header_without_a_quarter_column(populated: Database, dump: Dump) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["ที่", "แผนงาน/โครงการ/กิจกรรม", "มิติ", "ตัวชี้วัด", "ไตรมาส 1", "ไตรมาส 2", "ไตรมาส 3"])
    sheet.append(["1.", "โครงการ ก", 1, "x", "/", None, None])
    text = _refused(populated, dump, io.BytesIO(_workbook_bytes(workbook)))
    assert "ไม่มีคอลัมน์ ไตรมาส 4 ซึ่งจำเป็นต้องมี" in text


def test_header_with_a_column_twice(populated: Database, dump: Dump) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(
        ["ที่", "แผนงาน/โครงการ/กิจกรรม", "มิติ", "ตัวชี้วัด", "ตัวชี้วัด", "ไตรมาส 1", "ไตรมาส 2", "ไตรมาส 3", "ไตรมาส 4"]
    )
    text = _refused(populated, dump, io.BytesIO(_workbook_bytes(workbook)))
    assert "มีคอลัมน์ซ้ำกัน: ตัวชี้วัด (คอลัมน์ D และ E)" in text


def test_header_but_no_rows(populated: Database, dump: Dump, tmp_path: Path) -> None:
    path = tmp_path / "empty-table.xlsx"
    build_plan003_xlsx(path, [])
    assert "ไม่พบรายการโครงการ/กิจกรรม/มาตรการในตาราง" in _refused(populated, dump, path)


def test_second_import_into_the_same_year(populated: Database, dump: Dump, plan003_xlsx: Path) -> None:
    import_plan_xlsx(populated, plan003_xlsx, office_name=OFFICE_NAME, fiscal_year=FISCAL_YEAR)
    text = _refused(populated, dump, plan003_xlsx, office_name="เทศบาลตำบล ทุ่งน้อย")
    assert "พ.ศ. 2566 อยู่แล้ว 19 รายการ จึงไม่ได้นำเข้าข้อมูลใดเลย" in text


def test_office_of_unknown_kind(populated: Database, dump: Dump, plan003_xlsx: Path) -> None:
    text = _refused(populated, dump, plan003_xlsx, office_name="ทุ่งน้อย")
    assert "ไม่ทราบประเภทจากชื่อ" in text


@pytest.mark.parametrize("office_name", ["", "   ", "เทศบาลตำบล"])
def test_office_name_missing_or_bare_kind(
    populated: Database, dump: Dump, plan003_xlsx: Path, office_name: str
) -> None:
    assert _refused(populated, dump, plan003_xlsx, office_name=office_name)


@pytest.mark.parametrize("fiscal_year", [2566, 2030, 1800])
def test_fiscal_year_that_is_be_or_outside_every_framework(
    populated: Database, dump: Dump, tmp_path: Path, fiscal_year: int
) -> None:
    path = tmp_path / "no-title.xlsx"
    build_plan003_xlsx(path, load_rows()[:2])
    assert _refused(populated, dump, path, fiscal_year=fiscal_year)
