"""The ITA measures report (seed 001) printed from a real database and read back with pdftotext."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from db.services.ita import (
    ItaMeasureDraft,
    ItaReferenceDraft,
    ItaReportDocument,
    ItaReportDraft,
    ItaResultBlockDraft,
    build_ita_report,
    save_ita_report,
)
from db.services.offices import create_office
from db.thai import to_arabic_digits, to_thai_digits
from forms.ita_report import HEADINGS, ItaReportRenderer, render_ita_report
from tests.fixtures.ita001 import FISCAL_YEAR, ITA001, OFFICE, OFFICE_LINE, SEED_REFERENCES, TITLE
from tests.forms.pdf_tools import pdf_info, pdf_pages, requires_poppler, squeeze

pytestmark = requires_poppler
THAI_DIGIT = re.compile("[๐-๙]")


def build(database, draft: ItaReportDraft) -> ItaReportDocument:
    office = create_office(database, OFFICE)
    save_ita_report(database, office_uuid=office.uuid, fiscal_year=FISCAL_YEAR, draft=draft)
    return build_ita_report(database, office_uuid=office.uuid, fiscal_year=FISCAL_YEAR)


@pytest.fixture
def seed001(database) -> ItaReportDocument:
    return build(database, ITA001)


@pytest.fixture
def seed001_pages(seed001, tmp_path: Path) -> list[str]:
    return pdf_pages(render_ita_report(seed001), tmp_path)


def printed_lines(renderer: ItaReportRenderer, document: ItaReportDocument) -> list[tuple[str, list[str]]]:
    """(source text, lines as the renderer lays them out) of every cell paragraph of the table."""
    out = []
    for row in document.rows:
        if row.opens_measure:
            title = renderer.para(row.measure_title, "cell")
            out.append((row.measure_title, title.line_texts(renderer._inner(1))))
        for number, text in enumerate(row.actions, start=row.first_action):
            paragraphs = renderer.action_paragraphs(number, text)
            lines = [line for p in paragraphs for line in p.line_texts(renderer._inner(2))]
            out.append((f"{to_thai_digits(str(number))}. {text}", lines))
        for paragraph in renderer.result_paragraphs(row):
            out.append((paragraph.text, paragraph.line_texts(renderer._inner(3))))
    return out


def test_every_page_has_the_title_the_office_and_the_column_headings(seed001_pages) -> None:
    total = len(seed001_pages)
    for number, page in enumerate(seed001_pages, start=1):
        assert TITLE in page
        assert OFFICE_LINE in page
        for heading in HEADINGS:
            assert heading in squeeze(page)  # "ลำดับที่" wraps in its narrow column
        assert to_thai_digits(f"หน้า {number} / {total}") in page


def test_page_count_is_close_to_the_seed(seed001_pages) -> None:
    assert 12 <= len(seed001_pages) <= 22  # the seed printed 14 pages


def test_every_line_of_every_cell_comes_back_from_the_pdf(seed001, seed001_pages) -> None:
    renderer = ItaReportRenderer()
    text = "\n".join(seed001_pages)
    cells = printed_lines(renderer, seed001)
    assert len(cells) == 8 + 44 + 17 * 2  # titles, actions, result texts and citation blocks
    for source, lines in cells:
        assert squeeze("".join(lines)) == squeeze(source)
        for line in lines:
            assert line in text, (source[:30], line)


def test_measures_print_their_number_and_title_once(seed001_pages) -> None:
    text = squeeze("\n".join(seed001_pages))
    for measure in ITA001.measures:
        assert text.count(squeeze(measure.title)) == 1
    numbers = [
        line for page in seed001_pages for line in page.splitlines() if re.fullmatch("[๑-๘] มาตรการ.*", line)
    ]
    assert [line[0] for line in numbers] == list("๑๒๓๔๕๖๗๘")


def test_actions_are_numbered_within_their_measure(seed001_pages) -> None:
    lines = [line for page in seed001_pages for line in page.splitlines()]
    assert any(line.startswith("๑๑. รายงานผลการดำเนินการตามมาตรการส่งเสริม") for line in lines)
    assert not any(line.startswith("๘.๑") for line in lines)


def test_every_reference_and_score_is_printed(seed001_pages) -> None:
    text = "\n".join(seed001_pages)
    flat = squeeze(text)
    for _measure, reference, score_line in SEED_REFERENCES:
        assert squeeze(reference) in flat
        if score_line is not None:
            assert score_line in text
    assert flat.count(squeeze("ได้คะแนนไม่ต่ำกว่าร้อยละ ๘๕)")) == 14  # #1 and #2 share one sentence
    assert sum(line.startswith("คะแนน") for line in text.splitlines()) == 16


def test_arabic_digits_switch_the_whole_form(seed001, tmp_path: Path) -> None:
    pages = pdf_pages(render_ita_report(seed001, thai_digits=False), tmp_path)
    text = "\n".join(pages)
    assert not THAI_DIGIT.search(text)
    assert to_arabic_digits(TITLE) in pages[0]
    assert "คะแนนตัวชี้วัดที่ 6 ได้ 82.55" in text
    assert "แบบวัด OIT ข้อ o28" in text
    assert f"หน้า 1 / {len(pages)}" in pages[0]


def test_the_pdf_says_what_it_is(seed001, tmp_path: Path) -> None:
    info = pdf_info(render_ita_report(seed001), tmp_path)
    assert info["Title"] == f"{TITLE} องค์การบริหารส่วนตำบลวังทอง"
    assert info["Author"] == "องค์การบริหารส่วนตำบลวังทอง"
    assert info["Page size"].startswith("841.89 x 595.276")  # A4 landscape


def test_a_row_taller_than_a_page_still_prints_whole(database, tmp_path: Path) -> None:
    details = "\n".join(f"({to_thai_digits(str(n))}) รายการข้อมูลที่ต้องเผยแพร่ลำดับที่ {n}" for n in range(1, 121))
    result = "\n".join(f"ผลการดำเนินการย่อหน้าที่ {n} " + "ประชาชนเข้าถึงข้อมูลได้สะดวก " * 6 for n in range(40))
    draft = ItaReportDraft(
        measures=(
            ItaMeasureDraft(
                title="มาตรการเผยแพร่ข้อมูลต่อสาธารณะ",
                actions=(f"เผยแพร่ข้อมูลดังนี้\n{details}",),
                result_blocks=(
                    ItaResultBlockDraft(1, 1, result, (ItaReferenceDraft("o1", claims_threshold=True),)),
                ),
            ),
        )
    )
    document = build(database, draft)
    pages = pdf_pages(render_ita_report(document), tmp_path)
    assert len(pages) >= 4
    text = "\n".join(pages)
    for source, lines in printed_lines(ItaReportRenderer(), document):
        for line in lines:
            assert line in text, (source[:30], line)
    assert all(TITLE in page and "รายละเอียดการดำเนินการ" in page for page in pages)
    assert squeeze("(อ้างอิงจากผลการประเมิน ITA แบบวัด OIT ข้อ o๑ ได้คะแนนไม่ต่ำกว่าร้อยละ ๘๕)") in squeeze(text)
