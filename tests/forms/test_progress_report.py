"""The round report (seed 004 layout) built from a demo round and read back from the PDF."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from db.models import NotPossibleReason, ProgressStatus
from db.services.demo import create_demo
from db.services.progress_report import NOT_DONE, Heading, ProgressReport, build_progress_report
from db.services.rounds import (
    ProgressDraft,
    RoundSummary,
    open_round,
    record_progress,
    round_progress,
    update_round_summary,
)
from db.services.workspace import open_workspace
from db.thai import format_money, to_thai_digits
from db.thai.fiscal import RoundKind
from forms.progress_report import FORM_TITLE, ProgressReportRenderer, render_progress_report
from forms.text import ThaiParagraph, escape
from tests.forms.pdf_tools import pdf_pages, requires_poppler, squeeze

YEAR = 2024

SUMMARY = RoundSummary(
    supporting_factors="๑) ผู้บริหารให้ความสำคัญ\n๒) พนักงานให้ความร่วมมือ",
    problems="งบประมาณได้รับจัดสรรล่าช้า",
    suggestions="๑) ควรจัดสรรงบประมาณให้เพียงพอ",
    reporter_name="นางสาวสุดา รักงาน",
    reporter_position="นักวิเคราะห์นโยบายและแผนชำนาญการ",
    reporter_phone="๐-๕๖๖๑-๒๓๔๕",
    reporter_email="saraban@example.go.th",
    report_date=date(2024, 4, 8),
)


def _report_for(database, plan_uuid: str, kind: RoundKind) -> ProgressReport:
    round_ = open_round(database, plan_uuid=plan_uuid, fiscal_year=YEAR, kind=kind)
    for n, item in enumerate(round_progress(database, round_.uuid)):
        if n % 5 == 4:
            continue  # not reported
        if n % 7 == 3:
            draft = ProgressDraft(
                status=ProgressStatus.NOT_POSSIBLE, not_possible_reason=NotPossibleReason.STAFF_SHORTAGE
            )
        else:
            draft = ProgressDraft(
                status=ProgressStatus.DONE if n % 2 else ProgressStatus.IN_PROGRESS,
                actions_text=f"ดำเนินการครั้งที่ {n}",
                results_text=f"ผลลัพธ์ของรายการที่ {n}",
                amount_own=item.amount_own,
                amount_integrated=item.amount_integrated,
                amount_disbursed=item.amount_own / 4 if item.amount_own else None,
                track_conscience=n % 3 == 0,
                track_mechanism=n % 3 == 1,
                track_efficiency=True,
            )
        record_progress(database, round_uuid=round_.uuid, item_uuid=item.item_uuid, draft=draft)
    update_round_summary(database, round_uuid=round_.uuid, summary=SUMMARY)
    return build_progress_report(database, round_uuid=round_.uuid)


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> ProgressReport:
    database = open_workspace(tmp_path_factory.mktemp("round") / "demo.db")
    try:
        demo = create_demo(database)
        return _report_for(database, demo.plan.uuid, RoundKind.SIX_MONTH)
    finally:
        database.dispose()


@pytest.fixture(scope="module")
def pages(report, tmp_path_factory) -> list[str]:
    return pdf_pages(render_progress_report(report), tmp_path_factory.mktemp("pdf"))


def test_rows_are_numbered_by_framework_item_and_place(report) -> None:
    rows = report.rows
    assert rows[0].number == "1.1.1 (1)"
    by_code: dict[str, list[int]] = {}
    for row in rows:
        by_code.setdefault(row.code, []).append(row.ordinal)
    assert all(ordinals == list(range(1, len(ordinals) + 1)) for ordinals in by_code.values())
    for dimension in report.dimensions:
        headings = [e for e in dimension.entries if isinstance(e, Heading)]
        assert headings and all(h.code.startswith(dimension.heading.code + ".") for h in headings)


def test_dimension_totals_are_exact_sums_and_ticks_are_any_row(report) -> None:
    for dimension in report.dimensions:
        totals, rows = dimension.totals, dimension.rows
        own = [r.progress.amount_own for r in rows if r.progress.amount_own is not None]
        assert totals.own == (sum(own, Decimal("0.00")) if own else None)
        assert totals.tracks[2] == sum(r.progress.track_efficiency for r in rows)
    counts = [d.status_counts for d in report.dimensions]
    assert sum(c.total for c in counts) == len(report.rows)
    assert sum(c.not_reported for c in counts) == sum(1 for r in report.rows if r.status is None) > 0


def test_every_form_page_has_the_header_block_with_the_six_month_box_ticked(report, pages) -> None:
    form_pages = [p for p in pages if FORM_TITLE in p]
    assert len(form_pages) >= len(report.dimensions)
    office = f"{report.office.name} {report.office.location}"
    for page in form_pages:
        assert office in page
        assert "ผลงานปีงบประมาณ พ.ศ. ๒๕๖๗ / รอบ ๖ เดือน รอบ ๑๒ เดือน (ผลงานสะสม)" in page
        assert "งาน/กิจกรรม/โครงการ" in page and "ผล\nเบิกจ่าย" in page


@requires_poppler
def test_each_dimension_starts_a_new_page_and_closes_with_its_total(report, pages) -> None:
    form_pages = [p for p in pages if FORM_TITLE in p]
    for dimension in report.dimensions:
        heading = f"มิติที่ {to_thai_digits(dimension.heading.code)} "
        starts = [i for i, page in enumerate(form_pages) if heading in page]
        assert len(starts) == 1
        others = [r for d in report.dimensions if d is not dimension for r in d.rows]
        assert not any(to_thai_digits(r.number) in form_pages[starts[0]] for r in others)
    totals = [line for page in form_pages for line in page.splitlines() if line.startswith("รวม ")]
    assert len(totals) == len(report.dimensions)
    first = report.dimensions[0].totals
    expected = " ".join(format_money(a) for a in (first.integrated, first.own, first.disbursed))
    assert totals[0].startswith(f"รวม {expected}")


@requires_poppler
def test_every_line_of_every_cell_comes_back(report, pages) -> None:
    """Each cell's lines, as the engine lays them out, extract exactly (rows may split across pages)."""
    renderer = ProgressReportRenderer()
    text = "\n".join(p for p in pages if FORM_TITLE in p)
    for row in report.rows:
        for column, value in enumerate((row.label, row.indicators_text, row.target_text, row.result_text)):
            cell = ThaiParagraph(escape(to_thai_digits(value)), renderer.styles["cell"])
            for line in cell.line_texts(renderer._inner(column)):
                assert line in text, (row.number, column, line)
    not_possible = next(r for r in report.rows if r.status is ProgressStatus.NOT_POSSIBLE)
    assert "ไม่สามารถดำเนินการได้:บุคลากรไม่เพียงพอ" in squeeze(not_possible.result_text)


@requires_poppler
def test_the_narrative_summary_and_statistics_follow_the_form(report, pages) -> None:
    start = next(i for i, page in enumerate(pages) if page.startswith("ผลการดำเนินงาน\n"))
    assert all(FORM_TITLE in page for page in pages[2:start])
    narrative = squeeze("".join(pages[start:]))
    for row in report.rows:
        assert squeeze(f"{to_thai_digits(row.number)} ") in narrative
    unreported = next(r for r in report.rows if r.status is None)
    block = narrative.split(squeeze(to_thai_digits(unreported.number)), 1)[1]
    assert f"การดำเนินการ-{NOT_DONE}ผลการดำเนินการ-{NOT_DONE}" in block.split("ตัวชี้วัด/ผลลัพธ์", 2)[1]
    summary = next(p for p in pages if "บทสรุป" in p)
    for words in ("ผู้รายงาน นางสาวสุดา รักงาน", "E-mail : saraban@example.go.th", "วันที่ ๘ เมษายน ๒๕๖๗"):
        assert words in summary
    statistics = pages[-1]
    assert "สรุปผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต" in statistics
    done = sum(1 for r in report.rows if r.status is ProgressStatus.DONE)
    total_line = next(line for line in statistics.splitlines() if line.startswith("รวม"))
    assert total_line.split()[1:3] == [to_thai_digits(str(len(report.rows))), to_thai_digits(str(done))]


@requires_poppler
def test_cover_and_introduction_give_the_computed_round_dates(pages) -> None:
    assert "(๑ ตุลาคม พ.ศ. ๒๕๖๖ – ๓๑ มีนาคม พ.ศ. ๒๕๖๗)" in pages[0]
    assert "(รอบ ๖ เดือน ๑ ตุลาคม พ.ศ. ๒๕๖๖ - ๓๑ มีนาคม พ.ศ. ๒๕๖๗)" in pages[1].replace("\n", " ")


@requires_poppler
def test_the_twelve_month_round_ticks_its_box_and_arabic_digits_switch(tmp_path: Path) -> None:
    database = open_workspace(tmp_path / "demo.db")
    try:
        demo = create_demo(database)
        report = _report_for(database, demo.plan.uuid, RoundKind.TWELVE_MONTH)
    finally:
        database.dispose()
    report = replace(report, dimensions=report.dimensions[:1])
    pages = pdf_pages(render_progress_report(report, thai_digits=False), tmp_path)
    form = next(p for p in pages if FORM_TITLE in p)
    assert "ผลงานปีงบประมาณ พ.ศ. 2567 รอบ 6 เดือน / รอบ 12 เดือน (ผลงานสะสม)" in form
    assert not any(ch in "".join(pages) for ch in "๐๑๒๓๔๕๖๗๘๙")  # the clerk's own Thai digits too
    assert "(1 ตุลาคม พ.ศ. 2566 – 30 กันยายน พ.ศ. 2567)" in pages[0]


@requires_poppler
def test_the_announcement_is_one_signed_page_naming_the_months(report, tmp_path: Path) -> None:
    from forms.announcement import BLANK_DATE, render_announcement

    signed = replace(
        report,
        round=replace(
            report.round,
            summary=replace(
                report.summary,
                announcement_date=date(2024, 4, 8),
                signer_name="นายสมชาย ใจดี",
                signer_position="นายกเทศมนตรีตำบลสุจริตพัฒนา",
            ),
        ),
    )
    (page,) = pdf_pages(render_announcement(signed), tmp_path)
    lines = page.splitlines()
    assert lines[:3] == [
        "ประกาศเทศบาลตำบลสุจริตพัฒนา",
        "เรื่อง รายงานผลการดำเนินการป้องกันการทุจริต",
        "ประจำปี พ.ศ. ๒๕๖๗",
    ]
    assert lines[3] == "(รอบ ๖ เดือน ระหว่างเดือน ตุลาคม พ.ศ. ๒๕๖๖ - มีนาคม พ.ศ. ๒๕๖๗)"
    assert squeeze("แผนปฏิบัติการป้องกันการทุจริต ๕ ปี (พ.ศ. ๒๕๖๖ - ๒๕๗๐)") in squeeze(page)
    assert lines[-3:] == [
        "ประกาศ ณ วันที่ ๘ เดือน เมษายน พ.ศ. ๒๕๖๗",
        "(นายสมชาย ใจดี)",
        "นายกเทศมนตรีตำบลสุจริตพัฒนา",
    ]
    assert "หน้า" not in page
    (unsigned,) = pdf_pages(render_announcement(report), tmp_path)
    executive = f"({report.office.executive_name})"
    assert to_thai_digits(BLANK_DATE) in unsigned and executive in unsigned


@requires_poppler
def test_the_audit_trail_prints_who_what_when_and_why(tmp_path: Path) -> None:
    from db.services.rounds import build_round_change_log, submit_round, unlock_round
    from forms.round_changes import render_round_changes, thai_time

    database = open_workspace(tmp_path / "demo.db")
    try:
        demo = create_demo(database)
        round_ = open_round(database, plan_uuid=demo.plan.uuid, fiscal_year=YEAR, kind=RoundKind.SIX_MONTH)
        empty = pdf_pages(render_round_changes(build_round_change_log(database, round_.uuid)), tmp_path)
        assert "ไม่มีบันทึกการแก้ไข" in empty[0]
        item = round_progress(database, round_.uuid)[0]
        submit_round(database, round_uuid=round_.uuid, clerk="นางสาวสุดา")
        unlock_round(database, round_uuid=round_.uuid, reason="จังหวัดขอให้แก้ผลเบิกจ่าย", clerk="นายสมชาย")
        record_progress(
            database,
            round_uuid=round_.uuid,
            item_uuid=item.item_uuid,
            draft=ProgressDraft(status=ProgressStatus.IN_PROGRESS, results_text="อยู่ระหว่างจัดซื้อ"),
        )
        log = build_round_change_log(database, round_.uuid)
    finally:
        database.dispose()
    text = squeeze("".join(pdf_pages(render_round_changes(log), tmp_path)))
    assert "บันทึกการแก้ไขรายงานผลการดำเนินงานป้องกันการทุจริต" in text
    for words in ("นางสาวสุดา", "ส่งรายงาน(ล็อก)", "ปลดล็อก", "อยู่ระหว่างดำเนินการ", "อยู่ระหว่างจัดซื้อ"):
        assert words in text
    assert text.count("จังหวัดขอให้แก้ผลเบิกจ่าย") == len(log.changes) - 1  # every entry after the unlock
    assert squeeze(to_thai_digits(thai_time(log.changes[0].at))) in text


def test_audit_times_print_in_thai_time() -> None:
    from datetime import UTC, datetime

    from forms.round_changes import thai_time

    assert thai_time(datetime(2024, 4, 8, 20, 5, tzinfo=UTC)) == "9 เม.ย. 67 03:05 น."


@requires_poppler
def test_the_seed_004_round_prints_the_seeds_totals(tmp_path: Path) -> None:
    from tests.fixtures.round004 import load_round_004

    database = open_workspace(tmp_path / "round-004.db")
    try:
        report = build_progress_report(database, round_uuid=load_round_004(database).round.uuid)
    finally:
        database.dispose()
    assert [len(d.rows) for d in report.dimensions] == [13, 25, 16, 12]
    assert (report.budget, report.disbursed) == (Decimal("170000.00"), Decimal("60000.00"))
    pages = pdf_pages(render_progress_report(report), tmp_path, layout=True)
    lines = [line.split() for page in pages for line in page.splitlines()]
    totals = [" ".join(words) for words in lines if words[:1] == ["รวม"] and len(words) >= 6]
    # money as summed; a แนวทาง column ticked when any row of the มิติ is (the seed got three of four wrong)
    assert totals[:4] == [
        "รวม - ๖๕,๐๐๐ ๒๐,๐๐๐ / / /",
        "รวม - ๓๐,๐๐๐ - - / /",
        "รวม - ๓๕,๐๐๐ - - / /",
        "รวม - ๔๐,๐๐๐ ๔๐,๐๐๐ - / /",
    ]
    assert totals[4].endswith("๑๗๐,๐๐๐ ๖๐,๐๐๐ ๓๕.๒๙")
    assert "องค์การบริหารส่วนตำบลพิปูน อำเภอพิปูน จังหวัดนครศรีธรรมราช" in pages[2]
