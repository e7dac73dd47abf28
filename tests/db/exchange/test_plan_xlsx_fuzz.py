"""Property: any workbook with a plan header either imports or is refused with BadInput, and a refusal
leaves the database exactly as it was."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from db.errors import BadInput
from db.exchange import import_plan_xlsx
from db.services.plan_table import build_plan_table
from db.services.workspace import open_workspace
from tests.db.exchange.xlsx_helpers import dump_database
from tests.fixtures.plan003 import FISCAL_YEAR, OFFICE_NAME, build_plan003_xlsx, load_rows

TOP = [
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
    "รหัส",
]
SUB = [
    None,
    None,
    "หน่วยนับ",
    "ปริมาณงาน",
    None,
    None,
    None,
    None,
    "ไตรมาส 1",
    "ไตรมาส 2",
    "ไตรมาส 3",
    "ไตรมาส 4",
    None,
    None,
]

_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Cn")), max_size=25)
_TOKENS = st.sampled_from(
    [
        "/",
        "✓",
        "x",
        "-",
        "–",
        "ไม่ใช้งบประมาณ",
        "๑",
        "1.",
        "มิติที่ 2",
        "2.2.1",
        "9.9.9",
        "65,000.50",
        "-5",
        "1,00,0",
        "12.345",
        "รวมทั้งสิ้น",
        "ที่",
        "ไตรมาส 1",
        "ตัวชี้วัด",
        "ข้อมูล ณ วันที่ 31 กุมภาพันธ์ 2566",
        "ทุกส่วนราชการ",
        "สำนักปลัด",
        "=1+1",
        "#N/A",
        " ",
        "9" * 25,
    ]
)
ANY_CELL = st.one_of(
    st.none(),
    _TEXT,
    _TOKENS,
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=False, allow_infinity=False),
    st.decimals(min_value=-(10**9), max_value=10**9, places=3, allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.dates(min_value=dt.date(1901, 1, 1), max_value=dt.date(2100, 12, 31)),
)
VALID_CELLS = [
    st.sampled_from(["1.", "๒", 3, None]),
    st.sampled_from(["มาตรการ ก", "โครงการ ข", "  กิจกรรม “ค”  ", "แนวปฏิบัติ ง", "งานอื่น"]),
    st.sampled_from(["คน", "ครั้ง", None]),
    st.one_of(st.integers(min_value=0, max_value=10**6), st.sampled_from(["๓๖", "1,200", "-", "2.5"])),
    st.one_of(
        st.sampled_from(["-", "ไม่ใช้งบประมาณ", "65,000.50", "๑๐,๐๐๐", None]),
        st.decimals(min_value=0, max_value=10**7, places=2),
    ),
    st.sampled_from([1, 2, 3, 4, "๒", "มิติที่ 3"]),
    _TEXT,
    _TEXT,
    st.sampled_from(["/", "✓", None, " / ", "√"]),
    st.sampled_from(["/", "✔", None]),
    st.sampled_from(["/", None]),
    st.sampled_from(["/", None]),
    st.sampled_from(["สำนักปลัด", "ทุกส่วนราชการ", "กอง คลัง", "", "สำนักปลัด/กองคลัง"]),
    st.sampled_from([None, None, "2.2.1", "1.1"]),
]


@st.composite
def _mostly_valid_row(draw: st.DrawFn) -> list[Any]:
    row = [draw(cell) for cell in VALID_CELLS]
    for column in draw(st.sets(st.integers(min_value=0, max_value=len(row) - 1), max_size=2)):
        row[column] = draw(ANY_CELL)
    return row


def _workbook(rows: list[list[Any]], footer: bool) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["แผนปฏิบัติการป้องกันการทุจริต ประจำปี พ.ศ. 2566"])
    sheet.append(TOP)
    sheet.append(SUB)
    for row in rows:
        sheet.append(row)
    if footer:
        sheet.append(["รวมทั้งสิ้น"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workspace holding another office's plan, copied afresh for every example."""
    folder = tmp_path_factory.mktemp("template")
    source = folder / "source.xlsx"
    build_plan003_xlsx(source, load_rows()[:3])
    database = open_workspace(folder / "template.sqlite")
    import_plan_xlsx(database, source, office_name="องค์การบริหารส่วนตำบลวังทอง", fiscal_year=FISCAL_YEAR)
    database.dispose()
    return folder / "template.sqlite"


def _check(template: Path, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "work.sqlite"
        shutil.copyfile(template, path)
        database = open_workspace(path)
        try:
            before = dump_database(database)
            try:
                result = import_plan_xlsx(
                    database, io.BytesIO(data), office_name=OFFICE_NAME, fiscal_year=FISCAL_YEAR
                )
            except BadInput as refused:
                event("refused")
                assert refused.message_th.strip()
                assert dump_database(database) == before
                return
            event("imported")
            table = build_plan_table(database, plan_uuid=result.plan_uuid, fiscal_year=FISCAL_YEAR)
            assert len(table.rows) == result.item_count > 0
            assert table.quarter_counts == result.quarter_counts
            assert all(row.budget is None or row.budget >= Decimal(0) for row in table.rows)
            assert all(row.name == row.name.strip() and row.name for row in table.rows)
        finally:
            database.dispose()


_SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@_SETTINGS
@given(rows=st.lists(_mostly_valid_row(), min_size=1, max_size=4), footer=st.booleans())
def test_mostly_valid_rows_import_or_are_refused_cleanly(
    template: Path, rows: list[list[Any]], footer: bool
) -> None:
    _check(template, _workbook(rows, footer))


@_SETTINGS
@given(rows=st.lists(st.lists(ANY_CELL, min_size=0, max_size=15), max_size=5), footer=st.booleans())
def test_arbitrary_cells_import_or_are_refused_cleanly(
    template: Path, rows: list[list[Any]], footer: bool
) -> None:
    _check(template, _workbook(rows, footer))


@_SETTINGS
@given(data=st.binary(max_size=400))
def test_arbitrary_bytes_are_refused(template: Path, data: bytes) -> None:
    _check(template, data)
