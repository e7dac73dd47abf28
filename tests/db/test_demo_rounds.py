"""The demonstration office's rounds: a submitted 6-month round and a cumulative 12-month one."""

from __future__ import annotations

from db.models import ProgressStatus
from db.services.demo import create_demo
from db.services.progress_report import build_progress_report
from db.services.rounds import list_rounds, round_progress
from db.thai.fiscal import RoundKind


def test_the_demo_has_a_submitted_half_year_and_a_cumulative_year(database) -> None:
    demo = create_demo(database, with_rounds=True)
    six, twelve = list_rounds(database, demo.plan.uuid)
    assert (six.kind, six.locked, twelve.kind, twelve.locked) == (
        RoundKind.SIX_MONTH,
        True,
        RoundKind.TWELVE_MONTH,
        False,
    )
    first = {p.item_uuid: p for p in round_progress(database, six.uuid)}
    second = round_progress(database, twelve.uuid)
    assert sum(p.reported for p in first.values()) > 0.9 * len(first)
    assert any(p.carried for p in second) and any(p.reported for p in second)
    for progress in second:
        earlier = first[progress.item_uuid]
        if earlier.reported and earlier.status is ProgressStatus.DONE:
            assert progress.status is ProgressStatus.DONE
        if earlier.amount_disbursed is not None and progress.amount_disbursed is not None:
            assert progress.amount_disbursed >= earlier.amount_disbursed
    year = build_progress_report(database, round_uuid=twelve.uuid)
    half = build_progress_report(database, round_uuid=six.uuid)
    assert year.disbursed > half.disbursed > 0
    assert six.summary.reporter_name and six.summary.report_date is not None
