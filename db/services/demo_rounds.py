"""Reporting rounds for the demonstration office: fiscal year 2567's 6-month round, submitted, and its
12-month round under way, with believable results, budgets and disbursements."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date
from decimal import ROUND_DOWN, Decimal

from db.models import NotPossibleReason, ProgressStatus
from db.services.items import list_items
from db.services.rounds import (
    IndicatorResultDraft,
    ItemProgressDetail,
    ProgressDraft,
    RoundSummary,
    open_round,
    record_many_progress,
    round_progress,
    submit_round,
    update_round_summary,
)
from db.session import Database
from db.thai.fiscal import RoundKind

DEMO_ROUND_YEAR = 2024  # ปีงบประมาณ พ.ศ. ๒๕๖๗
REPORTER = {
    "reporter_name": "นางสาวสุดา รักงาน",
    "reporter_position": "นักวิเคราะห์นโยบายและแผนชำนาญการ",
    "reporter_phone": "0-5599-0000",
    "reporter_fax": "0-5599-0001",
    "reporter_email": "saraban@example.go.th",
}
SUMMARIES = {
    RoundKind.SIX_MONTH: RoundSummary(
        supporting_factors="๑) ผู้บริหารให้ความสำคัญและสนับสนุนการดำเนินงาน\n"
        "๒) บุคลากรทุกส่วนราชการให้ความร่วมมือ\n๓) ประชาชนมีส่วนร่วมในกิจกรรม",
        problems="งบประมาณบางโครงการได้รับจัดสรรล่าช้า ทำให้ต้องเลื่อนการดำเนินงานไปไตรมาสถัดไป",
        suggestions="๑) ควรจัดทำแผนการใช้จ่ายงบประมาณให้สอดคล้องกับระยะเวลาดำเนินการ\n"
        "๒) ควรติดตามผลการดำเนินงานทุกไตรมาส",
        report_date=date(2024, 4, 8),
        announcement_date=date(2024, 4, 8),
        **REPORTER,
    ),
    RoundKind.TWELVE_MONTH: RoundSummary(
        supporting_factors="๑) ผู้บริหารให้ความสำคัญและสนับสนุนการดำเนินงาน\n๒) มีการติดตามผลทุกไตรมาส",
        **REPORTER,
    ),
}


def _draft(
    rng: random.Random, progress: ItemProgressDetail, index: int, dimension: int, share: Decimal
) -> ProgressDraft | None:
    roll = rng.random()
    if roll < 0.05:
        return None  # not reported yet
    budget = progress.amount_own
    tracks = {
        "track_conscience": dimension == 1 or rng.random() < 0.2,
        "track_mechanism": dimension != 1 or rng.random() < 0.3,
        "track_efficiency": dimension != 1 and rng.random() < 0.8,
    }
    if roll < 0.10:
        reason = rng.choice(list(NotPossibleReason))
        note = "สถานการณ์อุทกภัยในพื้นที่" if reason is NotPossibleReason.OTHER else ""
        return ProgressDraft(
            status=ProgressStatus.NOT_POSSIBLE,
            not_possible_reason=reason,
            not_possible_note=note,
            amount_own=budget,
            amount_disbursed=Decimal("0.00") if budget else None,
            **tracks,
        )
    done = roll < 0.10 + float(share)
    status = (
        ProgressStatus.DONE if done else rng.choice((ProgressStatus.IN_PROGRESS, ProgressStatus.IN_ORDINANCE))
    )
    actions = f"ดำเนินการตามแผนที่กำหนด ครั้งที่ {index % 3 + 1} ร่วมกับส่วนราชการที่เกี่ยวข้อง"
    results = "ดำเนินการได้ตามเป้าหมายที่กำหนด ผู้เข้าร่วมมีความรู้ความเข้าใจเพิ่มขึ้น"
    spent = None
    if budget:
        part = Decimal(rng.randint(60, 100) if done else rng.randint(0, 40)) / 100
        spent = (budget * part / 100).quantize(Decimal(1), rounding=ROUND_DOWN) * 100
    return ProgressDraft(
        status=status,
        actions_text=actions,
        results_text=results if done else "อยู่ระหว่างดำเนินการตามแผน",
        amount_own=budget,
        amount_disbursed=spent,
        indicator_results=tuple(
            IndicatorResultDraft(actual_text="เป็นไปตามเป้าหมาย" if done else "อยู่ระหว่างดำเนินการ")
            for _ in progress.indicator_results
        ),
        **tracks,
    )


def add_demo_rounds(database: Database, *, plan_uuid: str, seed: int = 2567) -> None:
    """The 6-month round of 2567 (half the items done, submitted) and its 12-month round (more done,
    cumulative disbursement, not submitted yet)."""
    rng = random.Random(seed)
    six = open_round(database, plan_uuid=plan_uuid, fiscal_year=DEMO_ROUND_YEAR, kind=RoundKind.SIX_MONTH)
    dimensions = {i.uuid: int(i.framework_codes[0].split(".")[0]) for i in list_items(database, plan_uuid)}
    first: dict[str, ProgressDraft] = {}
    for index, progress in enumerate(round_progress(database, six.uuid)):
        draft = _draft(rng, progress, index, dimensions[progress.item_uuid], Decimal("0.45"))
        if draft is not None:
            first[progress.item_uuid] = draft
    record_many_progress(database, round_uuid=six.uuid, drafts=list(first.items()), clerk="นางสาวสุดา รักงาน")
    update_round_summary(database, round_uuid=six.uuid, summary=SUMMARIES[RoundKind.SIX_MONTH])
    submit_round(database, round_uuid=six.uuid, clerk="นางสาวสุดา รักงาน")

    twelve = open_round(
        database, plan_uuid=plan_uuid, fiscal_year=DEMO_ROUND_YEAR, kind=RoundKind.TWELVE_MONTH
    )
    second = []
    for index, progress in enumerate(round_progress(database, twelve.uuid)):
        draft = _draft(rng, progress, index, dimensions[progress.item_uuid], Decimal("0.75"))
        earlier = first.get(progress.item_uuid)
        if draft is None or index % 4 == 0:
            continue  # a quarter of the items still show their 6-month figures
        if earlier is not None and earlier.status is ProgressStatus.DONE:
            draft = earlier  # done in the first half stays done; the figures are cumulative
        elif earlier is not None and earlier.amount_disbursed and draft.amount_disbursed is not None:
            draft = replace(draft, amount_disbursed=max(draft.amount_disbursed, earlier.amount_disbursed))
        second.append((progress.item_uuid, draft))
    record_many_progress(database, round_uuid=twelve.uuid, drafts=second)
    update_round_summary(database, round_uuid=twelve.uuid, summary=SUMMARIES[RoundKind.TWELVE_MONTH])
