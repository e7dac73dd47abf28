"""The round report's workbook: the same rows, totals and statistics as the PDF."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook

from db.exchange.progress_xlsx import export_progress_xlsx
from db.models import ProgressStatus
from db.services.demo import create_demo
from db.services.progress_report import build_progress_report
from db.services.rounds import ProgressDraft, open_round, record_progress, round_progress
from db.thai.fiscal import RoundKind


def exact(value: object) -> object:
    """Excel keeps numbers as binary floats; what was written was an exact amount of satang."""
    return Decimal(str(value)) if isinstance(value, float | int) else value


def test_the_workbook_has_every_row_and_exact_totals(database, tmp_path: Path) -> None:
    demo = create_demo(database)
    round_ = open_round(database, plan_uuid=demo.plan.uuid, fiscal_year=2024, kind=RoundKind.TWELVE_MONTH)
    for n, item in enumerate(round_progress(database, round_.uuid)[:30]):
        record_progress(
            database,
            round_uuid=round_.uuid,
            item_uuid=item.item_uuid,
            draft=ProgressDraft(
                status=ProgressStatus.DONE if n % 2 else ProgressStatus.IN_PROGRESS,
                amount_own=item.amount_own,
                amount_disbursed=(item.amount_own / 3).quantize(Decimal("0.01")) if item.amount_own else None,
                track_mechanism=n % 2 == 0,
            ),
        )
    report = build_progress_report(database, round_uuid=round_.uuid)
    target = tmp_path / "round.xlsx"
    export_progress_xlsx(report, target)
    workbook = load_workbook(target)
    form, statistics = workbook.worksheets
    cells = [[c.value for c in row] for row in form.iter_rows()]
    assert "☑ รอบ 12 เดือน (ผลงานสะสม)" in cells[2][0] and "☐ รอบ 6 เดือน" in cells[2][0]
    labels = [row[0] for row in cells if isinstance(row[0], str) and " (" in row[0]]
    assert len([label for label in labels if label.split(" ")[0].count(".") == 2]) == len(report.rows)
    totals = [row for row in cells if row[0] == "รวม"]
    assert len(totals) == len(report.dimensions)
    for row, dimension in zip(totals, report.dimensions, strict=True):
        expected = dimension.totals
        assert exact(row[5]) == (expected.own if expected.own is not None else "-")
        assert exact(row[6]) == (expected.disbursed if expected.disbursed is not None else "-")
        assert row[8] == ("/" if expected.tracks[1] else "-")
    stats = [[c.value for c in row] for row in statistics.iter_rows(min_row=3)]
    assert stats[-1][0] == "รวม" and stats[-1][1] == len(report.rows)
    assert stats[-1][2] == sum(1 for r in report.rows if r.status is ProgressStatus.DONE)
    assert exact(stats[-1][9]) == report.disbursed
    assert isinstance(stats[-1][10], Decimal | float)
    assert form.print_title_rows == "$4:$5"  # the two header rows repeat on every printed page
