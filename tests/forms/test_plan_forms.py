"""The plan forms printed from a real database and read back with pdftotext."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from db.exchange import import_plan_xlsx
from db.services.demo import create_demo
from db.services.items import list_items
from db.services.multiyear import build_multiyear_plan, framework_counts
from db.services.plan_table import build_plan_table
from db.services.project_document import build_project_document
from db.thai import to_thai_digits
from forms.multiyear_plan import render_multiyear_plan
from forms.plan_table import PlanTableRenderer, render_plan_table
from forms.project_document import render_project_document
from forms.text import ThaiParagraph, escape
from tests.fixtures.plan003 import build_plan003_xlsx, load_rows
from tests.forms.pdf_tools import pdf_info, pdf_pages, requires_poppler, squeeze

pytestmark = requires_poppler
THAI_DIGIT = re.compile("[๐-๙]")


@pytest.fixture
def seed003_table(database, tmp_path: Path):
    workbook = tmp_path / "plan003.xlsx"
    build_plan003_xlsx(workbook)
    result = import_plan_xlsx(database, workbook, office_name="เทศบาลตำบลทุ่งน้อย", fiscal_year=2023)
    return build_plan_table(database, plan_uuid=result.plan_uuid, fiscal_year=2023)


def test_seed_003_plan_prints_the_seed_footer(seed003_table, tmp_path: Path) -> None:
    pages = pdf_pages(render_plan_table(seed003_table), tmp_path, layout=True)
    text = "\n".join(pages)
    assert "รวมทั้งสิ้น ๑๙ โครงการ" in text
    footer = next(line for line in text.splitlines() if "รวมทั้งสิ้น ๑๙ โครงการ" in line)
    assert footer.split()[-5:] == ["-", "๑๓", "๑๖", "๖", "๒"]
    assert "ข้อมูล ณ วันที่ ๒๑ มีนาคม ๒๕๖๖" in text
    assert "ชื่อ - สกุล ผู้ออกรายงาน สุพรรณษา มากพา" in text
    assert "มิติ ๔ การยกระดับกลไกการตรวจสอบการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น" in text


def test_every_line_of_every_cell_comes_back_from_the_pdf(seed003_table, tmp_path: Path) -> None:
    """Each cell's lines, as the engine lays them out, extract exactly (rows may split across pages)."""
    renderer = PlanTableRenderer()
    text = "\n".join(pdf_pages(renderer.render(seed003_table), tmp_path))
    columns = {"name_th": 1, "indicators_th": 6, "outcome_th": 7}
    for row in load_rows():
        for field, column in columns.items():
            cell = ThaiParagraph(escape(to_thai_digits(row[field])), renderer.styles["cell"])
            for line in cell.line_texts(renderer._inner(column)):
                assert line in text, (row["no"], field, line)


def test_every_page_repeats_the_title_and_the_column_headers(seed003_table, tmp_path: Path) -> None:
    pages = pdf_pages(render_plan_table(seed003_table), tmp_path)
    assert len(pages) > 1
    for number, page in enumerate(pages, start=1):
        assert "แผนปฏิบัติการป้องกันการทุจริต ประจำปี พ.ศ. ๒๕๖๖ ของเทศบาลตำบลทุ่งน้อย" in page
        assert "แผนงาน/โครงการ/กิจกรรม" in squeeze(page) and "ไตรมาส" in page
        assert to_thai_digits(f"หน้า {number} / {len(pages)}") in page


def test_arabic_digits_switch_the_whole_form(seed003_table, tmp_path: Path) -> None:
    text = "\n".join(pdf_pages(render_plan_table(seed003_table, thai_digits=False), tmp_path, layout=True))
    assert not THAI_DIGIT.search(text)
    footer = next(line for line in text.splitlines() if "รวมทั้งสิ้น 19 โครงการ" in line)
    assert footer.split()[-5:] == ["-", "13", "16", "6", "2"]


def test_the_pdf_says_what_it_is(seed003_table, tmp_path: Path) -> None:
    info = pdf_info(render_plan_table(seed003_table), tmp_path)
    assert info["Title"].startswith("แผนปฏิบัติการป้องกันการทุจริต ประจำปี พ.ศ. 2566 ของเทศบาลตำบลทุ่งน้อย")
    assert info["Author"] == "เทศบาลตำบลทุ่งน้อย"
    assert info["Page size"].startswith("841.89 x 595.276")  # A4 landscape


@pytest.fixture
def demo(database):
    return create_demo(database)


def test_multiyear_plan_totals_and_summary(database, demo, tmp_path: Path) -> None:
    data = build_multiyear_plan(database, plan_uuid=demo.plan.uuid)
    assert data.item_count == demo.item_count
    items = list_items(database, demo.plan.uuid)
    expected = [
        sum(
            (
                y.budget_total or Decimal(0)
                for i in items
                for y in i.years
                if y.fiscal_year == year and y.included
            ),
            Decimal("0.00"),
        )
        for year in data.fiscal_years
    ]
    assert list(data.totals()) == expected
    counts = {c.code: c.count for c in framework_counts(data)}
    assert counts["2"] == sum(1 for i in items if i.framework_codes[0].startswith("2"))
    assert counts["2.2.2"] == sum(1 for i in items if i.framework_codes[0] == "2.2.2")

    pages = pdf_pages(render_multiyear_plan(data), tmp_path, layout=True)
    text = "\n".join(pages)
    assert to_thai_digits(f"รวมทั้งสิ้น {data.item_count} โครงการ") in text
    grand = f"{data.grand_total:,.0f}"
    assert to_thai_digits(grand) in text
    assert "ตารางสรุปจำนวนโครงการ/กิจกรรม/มาตรการ ตามกรอบการจัดทำแผน" in text
    assert to_thai_digits(f"{counts['2.2.2']} โครงการ") in text
    for page in pages:
        assert "แผนปฏิบัติการป้องกันการทุจริต ๕ ปี (พ.ศ. ๒๕๖๖ – ๒๕๗๐)" in page


def test_project_document_has_the_numbered_headings_in_order(database, demo, tmp_path: Path) -> None:
    item = next(i for i in list_items(database, demo.plan.uuid) if i.catalog_seq == 23)
    text = "\n".join(
        pdf_pages(render_project_document(build_project_document(database, item_uuid=item.uuid)), tmp_path)
    )
    headings = [
        "๑. ชื่อโครงการ",
        "๒. หลักการและเหตุผล",
        "๓. วัตถุประสงค์",
        "๔. กลุ่มเป้าหมาย",
        "๕. วิธีดำเนินการ",
        "๖. ระยะเวลาดำเนินการ",
        "๗. งบประมาณดำเนินการ",
        "๘. ผู้รับผิดชอบโครงการ",
        "๙. ผลผลิต/ผลลัพธ์",
    ]
    positions = [text.index(h) for h in headings]
    assert positions == sorted(positions)
    assert "มาตรการ NO Gift Policy" in text
    assert squeeze("๒.๒.๒ การจัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน") in squeeze(text)
    for objective in item.objectives:
        assert squeeze(to_thai_digits(objective)) in squeeze(text)
