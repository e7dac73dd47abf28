"""Reporting rounds: status rules, cumulative 12-month figures, locking and the audit trail."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.errors import BadInput, ValidationFailed
from db.models import AuditAction, NotPossibleReason, ProgressStatus
from db.services.demo import create_demo
from db.services.items import delete_item, get_item, replace_item
from db.services.rounds import (
    IndicatorResultDraft,
    ProgressDraft,
    RoundLocked,
    RoundSummary,
    clear_progress,
    get_progress,
    get_round,
    list_rounds,
    open_round,
    record_progress,
    round_changes,
    round_progress,
    submit_round,
    unlock_round,
    update_round_summary,
)
from db.thai.fiscal import RoundKind
from tests.conftest import dump_database

YEAR = 2024  # ปีงบประมาณ พ.ศ. ๒๕๖๗
SIX, TWELVE = RoundKind.SIX_MONTH, RoundKind.TWELVE_MONTH


@pytest.fixture
def demo(database):
    return create_demo(database)


@pytest.fixture
def six(database, demo):
    return open_round(database, plan_uuid=demo.plan.uuid, fiscal_year=YEAR, kind=SIX)


def budgeted_item(database, round_uuid):
    """An item of the round with a งบหน่วยงาน in the plan and at least one indicator."""
    return next(
        p
        for p in round_progress(database, round_uuid)
        if p.amount_own and p.amount_own > 0 and p.indicator_results
    )


DONE = ProgressDraft(
    status=ProgressStatus.DONE,
    actions_text="จัดอบรมให้ความรู้แก่พนักงาน ๒ ครั้ง",
    results_text="ผู้เข้าร่วมร้อยละ ๙๐ มีความรู้เพิ่มขึ้น",
    track_conscience=True,
)


def test_a_round_is_opened_once_per_plan_year_and_kind(database, demo, six) -> None:
    again = open_round(database, plan_uuid=demo.plan.uuid, fiscal_year=YEAR, kind=SIX)
    assert again.uuid == six.uuid
    twelve = open_round(database, plan_uuid=demo.plan.uuid, fiscal_year=YEAR, kind=TWELVE)
    assert twelve.uuid != six.uuid
    assert [(r.fiscal_year, r.kind) for r in list_rounds(database, demo.plan.uuid)] == [
        (YEAR, SIX),
        (YEAR, TWELVE),
    ]
    assert six.date_range[1].isoformat() == "2024-03-31"  # the seed's "๓๐ มีนาคม" is not copied
    with pytest.raises(ValidationFailed) as refused:
        open_round(database, plan_uuid=demo.plan.uuid, fiscal_year=2030, kind=SIX)
    assert "ไม่มีปี พ.ศ. ๒๕๗๓" in refused.value.for_field("fiscal_year")[0].replace("2573", "๒๕๗๓")


def test_unreported_items_show_the_plans_budgets(database, demo, six) -> None:
    progress = round_progress(database, six.uuid)
    assert progress and not any(p.reported for p in progress)
    item = get_item(database, progress[0].item_uuid)
    year = item.year(YEAR)
    assert progress[0].amount_own == year.budget_own
    assert progress[0].amount_integrated == year.budget_integrated
    assert len(progress[0].indicator_results) == len(item.indicators)
    included = [i for i in (get_item(database, p.item_uuid) for p in progress)]
    assert all(i.year(YEAR).included for i in included)


def test_progress_is_saved_whole_and_read_back(database, six) -> None:
    target = budgeted_item(database, six.uuid)
    draft = replace(
        DONE,
        amount_own=target.amount_own,
        amount_disbursed=Decimal("1500.50"),
        indicator_results=(IndicatorResultDraft(Decimal("90"), "ร้อยละ ๙๐", " ตามแบบประเมิน "),),
        remarks="  ",
    )
    saved = record_progress(database, round_uuid=six.uuid, item_uuid=target.item_uuid, draft=draft)
    assert saved.reported and saved.status is ProgressStatus.DONE
    assert saved.indicator_results[0] == IndicatorResultDraft(Decimal("90"), "ร้อยละ ๙๐", "ตามแบบประเมิน")
    assert saved.remarks == ""
    assert get_progress(database, round_uuid=six.uuid, item_uuid=target.item_uuid) == saved


@pytest.mark.parametrize(
    ("draft", "field", "words"),
    [
        (ProgressDraft(status=ProgressStatus.NOT_POSSIBLE), "not_possible_reason", "กรุณาเลือกเหตุผล"),
        (
            ProgressDraft(status=ProgressStatus.DONE, not_possible_reason=NotPossibleReason.NO_BUDGET),
            "not_possible_reason",
            "เฉพาะรายการที่มีสถานะ",
        ),
        (
            ProgressDraft(status=ProgressStatus.NOT_POSSIBLE, not_possible_reason=NotPossibleReason.OTHER),
            "not_possible_note",
            "อื่น ๆ",
        ),
        (ProgressDraft(amount_disbursed=Decimal("-1")), "amount_disbursed", "ต้องไม่ติดลบ"),
        (ProgressDraft(amount_own=Decimal("10") / 3), "amount_own", "ทศนิยมได้ไม่เกิน ๒ ตำแหน่ง"),
        (
            ProgressDraft(amount_own=Decimal("1000"), amount_disbursed=Decimal("10000")),
            "amount_disbursed",
            "มากกว่างบประมาณ ๑,๐๐๐ บาท",
        ),
        (
            ProgressDraft(indicator_results=(IndicatorResultDraft(),) * 9),
            "indicator_results",
            "ตัวชี้วัด",
        ),
    ],
)
def test_status_and_amount_rules_refuse_and_write_nothing(database, six, draft, field, words) -> None:
    target = budgeted_item(database, six.uuid)
    before = dump_database(database.path)
    with pytest.raises(ValidationFailed) as refused:
        record_progress(database, round_uuid=six.uuid, item_uuid=target.item_uuid, draft=draft)
    assert any(words in message for message in refused.value.for_field(field)), refused.value
    assert dump_database(database.path) == before


def test_not_possible_with_a_reason_is_accepted(database, six) -> None:
    target = budgeted_item(database, six.uuid)
    draft = ProgressDraft(
        status=ProgressStatus.NOT_POSSIBLE,
        not_possible_reason=NotPossibleReason.OTHER,
        not_possible_note="สถานการณ์น้ำท่วม",
    )
    saved = record_progress(database, round_uuid=six.uuid, item_uuid=target.item_uuid, draft=draft)
    assert saved.not_possible_reason is NotPossibleReason.OTHER and saved.not_possible_note == "สถานการณ์น้ำท่วม"


def test_the_twelve_month_round_is_cumulative(database, demo, six) -> None:
    target = budgeted_item(database, six.uuid)
    first = replace(DONE, amount_own=target.amount_own, amount_disbursed=Decimal("2000"))
    record_progress(database, round_uuid=six.uuid, item_uuid=target.item_uuid, draft=first)
    twelve = open_round(database, plan_uuid=demo.plan.uuid, fiscal_year=YEAR, kind=TWELVE)
    carried = get_progress(database, round_uuid=twelve.uuid, item_uuid=target.item_uuid)
    assert carried.carried and not carried.reported
    assert carried.amount_disbursed == Decimal("2000") and carried.results_text == DONE.results_text

    with pytest.raises(ValidationFailed) as less:
        record_progress(
            database,
            round_uuid=twelve.uuid,
            item_uuid=target.item_uuid,
            draft=replace(first, amount_disbursed=Decimal("1500")),
        )
    assert "ต้องไม่น้อยกว่ารอบ ๖ เดือน (๒,๐๐๐ บาท)" in less.value.for_field("amount_disbursed")[0]
    record_progress(
        database,
        round_uuid=twelve.uuid,
        item_uuid=target.item_uuid,
        draft=replace(first, amount_disbursed=Decimal("3000")),
    )
    with pytest.raises(ValidationFailed) as more:
        record_progress(
            database,
            round_uuid=six.uuid,
            item_uuid=target.item_uuid,
            draft=replace(first, amount_disbursed=Decimal("3500")),
        )
    assert "ต้องไม่มากกว่ายอดสะสมรอบ ๑๒ เดือน" in more.value.for_field("amount_disbursed")[0]


def test_a_submitted_round_is_read_only_until_unlocked_with_a_reason(database, six) -> None:
    target = budgeted_item(database, six.uuid)
    record_progress(database, round_uuid=six.uuid, item_uuid=target.item_uuid, draft=DONE)
    assert submit_round(database, round_uuid=six.uuid, clerk="นางสาวสมศรี").locked
    before = dump_database(database.path)
    with pytest.raises(RoundLocked) as locked:
        record_progress(database, round_uuid=six.uuid, item_uuid=target.item_uuid, draft=ProgressDraft())
    assert "ปลดล็อก" in locked.value.message_th
    with pytest.raises(RoundLocked):
        update_round_summary(database, round_uuid=six.uuid, summary=RoundSummary(problems="x"))
    with pytest.raises(RoundLocked):
        clear_progress(database, round_uuid=six.uuid, item_uuid=target.item_uuid)
    with pytest.raises(ValidationFailed) as refused:
        unlock_round(database, round_uuid=six.uuid, reason="  ", clerk="")
    assert {e.field for e in refused.value.errors} == {"reason", "clerk"}
    assert dump_database(database.path) == before
    assert get_round(database, six.uuid).locked


def test_every_change_after_an_unlock_is_recorded_and_printable(database, six) -> None:
    target = budgeted_item(database, six.uuid)
    record_progress(
        database, round_uuid=six.uuid, item_uuid=target.item_uuid, draft=DONE
    )  # before: not audited
    submit_round(database, round_uuid=six.uuid, clerk="นางสาวสมศรี")
    unlocked = unlock_round(database, round_uuid=six.uuid, reason=" จังหวัดขอให้แก้ ผลเบิกจ่าย ", clerk="นายสมชาย")
    assert not unlocked.locked and unlocked.unlock_reason == "จังหวัดขอให้แก้ ผลเบิกจ่าย"
    record_progress(
        database,
        round_uuid=six.uuid,
        item_uuid=target.item_uuid,
        draft=replace(DONE, amount_own=target.amount_own, amount_disbursed=Decimal("500")),
    )
    update_round_summary(database, round_uuid=six.uuid, summary=RoundSummary(problems="งบประมาณล่าช้า"))
    clear_progress(database, round_uuid=six.uuid, item_uuid=target.item_uuid)
    changes = round_changes(database, six.uuid)
    assert [c.action for c in changes[:2]] == [AuditAction.LOCK, AuditAction.UNLOCK]
    updates = [c for c in changes if c.action is AuditAction.UPDATE]
    item = get_item(database, target.item_uuid)
    assert {(c.what, c.field, c.new_value) for c in updates} >= {
        (item.name, "ผลเบิกจ่าย", "500"),
        ("สรุปผลและผู้รายงาน", "ปัญหา/อุปสรรค", "งบประมาณล่าช้า"),
    }
    amount = next(c for c in updates if c.field == "งบหน่วยงาน")
    assert amount.old_value is None and amount.new_value == str(target.amount_own)
    assert all(c.reason == "จังหวัดขอให้แก้ ผลเบิกจ่าย" and c.clerk_name == "นายสมชาย" for c in changes[1:])
    cleared = changes[-1]
    assert cleared.action is AuditAction.DELETE and cleared.new_value == "ยังไม่รายงาน"
    assert not any(c.field == "การดำเนินการ" for c in updates)  # unchanged fields are not listed


def test_indicator_results_survive_an_edit_of_the_plan_item(database, six) -> None:
    target = budgeted_item(database, six.uuid)
    result = IndicatorResultDraft(Decimal("12"), "๑๒ ครั้ง")
    record_progress(
        database,
        round_uuid=six.uuid,
        item_uuid=target.item_uuid,
        draft=replace(DONE, indicator_results=(result,)),
    )
    item = get_item(database, target.item_uuid)
    replace_item(database, item_uuid=item.uuid, draft=replace(item.as_draft(), name=item.name + " (แก้ไข)"))
    assert get_progress(database, round_uuid=six.uuid, item_uuid=item.uuid).indicator_results[0] == result
    replace_item(
        database, item_uuid=item.uuid, draft=replace(item.as_draft(), indicators=item.indicators[1:])
    )
    after = get_progress(database, round_uuid=six.uuid, item_uuid=item.uuid)
    assert result not in after.indicator_results  # its indicator is gone, and so is its result


def test_an_item_with_reported_results_cannot_be_deleted(database, six) -> None:
    target = budgeted_item(database, six.uuid)
    record_progress(database, round_uuid=six.uuid, item_uuid=target.item_uuid, draft=DONE)
    with pytest.raises(BadInput) as refused:
        delete_item(database, target.item_uuid)
    assert "มีผลการดำเนินงานที่รายงานไว้แล้ว ๑ รอบ" in refused.value.message_th.replace(" 1 ", " ๑ ")
    clear_progress(database, round_uuid=six.uuid, item_uuid=target.item_uuid)
    delete_item(database, target.item_uuid)


def test_the_summary_and_reporter_block_are_saved(database, six) -> None:
    from datetime import date

    summary = RoundSummary(
        supporting_factors="ผู้บริหารให้ความสำคัญ",
        reporter_name=" นางสาววันเพ็ญ  ",
        reporter_email="saraban@example.go.th",
        report_date=date(2024, 4, 8),
        signer_name="นายทรงศักดิ์",
    )
    saved = update_round_summary(database, round_uuid=six.uuid, summary=summary)
    assert saved.summary == replace(summary, reporter_name="นางสาววันเพ็ญ")
    with pytest.raises(ValidationFailed) as refused:
        update_round_summary(database, round_uuid=six.uuid, summary=replace(summary, reporter_email="ไม่มี"))
    assert refused.value.for_field("reporter_email")
    assert not round_changes(database, six.uuid)  # never locked: nothing audited


amounts = st.one_of(
    st.none(),
    st.decimals(min_value=-10, max_value=10**6, places=2, allow_nan=False),
    st.decimals(min_value=0, max_value=10**4, places=4, allow_nan=False),
)
drafts = st.builds(
    ProgressDraft,
    status=st.one_of(st.none(), st.sampled_from(ProgressStatus)),
    not_possible_reason=st.one_of(st.none(), st.sampled_from(NotPossibleReason)),
    not_possible_note=st.sampled_from(["", " ", "น้ำท่วม"]),
    results_text=st.text(max_size=30),
    amount_own=amounts,
    amount_integrated=amounts,
    amount_disbursed=amounts,
    track_mechanism=st.booleans(),
    indicator_results=st.lists(
        st.builds(IndicatorResultDraft, actual_value=amounts, actual_text=st.text(max_size=10)), max_size=3
    ).map(tuple),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(draft=drafts)
def test_any_draft_is_either_saved_as_given_or_refused_with_nothing_written(database, six, draft) -> None:
    target = budgeted_item(database, six.uuid)
    before = get_progress(database, round_uuid=six.uuid, item_uuid=target.item_uuid)
    try:
        saved = record_progress(database, round_uuid=six.uuid, item_uuid=target.item_uuid, draft=draft)
    except ValidationFailed as refused:
        assert refused.errors and all(e.message_th for e in refused.errors)
        assert get_progress(database, round_uuid=six.uuid, item_uuid=target.item_uuid) == before
        return
    assert saved.status == draft.status and saved.amount_disbursed == draft.amount_disbursed
    assert saved.results_text == draft.results_text.strip()
    assert (saved.status is ProgressStatus.NOT_POSSIBLE) == (saved.not_possible_reason is not None)


def test_the_round_check_lists_what_to_complete(database, demo, six) -> None:
    from datetime import date

    from db.services.round_check import RoundProblem, check_round

    progress = round_progress(database, six.uuid)
    first = check_round(database, six.uuid)
    assert sum(f.problem is RoundProblem.NOT_REPORTED for f in first) == len(progress)
    assert {f.problem for f in first if f.item_uuid is None} == {
        RoundProblem.NO_SUMMARY,
        RoundProblem.NO_REPORTER,
        RoundProblem.NO_REPORT_DATE,
    }  # the demo office has an executive: the announcement has its signer
    target = budgeted_item(database, six.uuid)
    record_progress(
        database,
        round_uuid=six.uuid,
        item_uuid=target.item_uuid,
        draft=ProgressDraft(status=ProgressStatus.DONE, amount_own=target.amount_own),
    )
    about_target = {f.problem for f in check_round(database, six.uuid) if f.item_uuid == target.item_uuid}
    assert about_target == {
        RoundProblem.NO_RESULT,
        RoundProblem.NO_DISBURSEMENT,
        RoundProblem.NO_INDICATOR_RESULT,
    }
    record_progress(
        database,
        round_uuid=six.uuid,
        item_uuid=target.item_uuid,
        draft=replace(
            DONE,
            amount_own=target.amount_own,
            amount_disbursed=Decimal(0),
            indicator_results=tuple(
                IndicatorResultDraft(actual_text="ครบ") for _ in target.indicator_results
            ),
        ),
    )
    update_round_summary(
        database,
        round_uuid=six.uuid,
        summary=RoundSummary(
            problems="-", reporter_name="ก", reporter_position="ข", report_date=date(2024, 4, 1)
        ),
    )
    remaining = check_round(database, six.uuid)
    assert not any(f.item_uuid == target.item_uuid or f.item_uuid is None for f in remaining)
    assert all(f.message_th and f.item_name for f in remaining)


def test_many_items_are_saved_together_or_not_at_all(database, six) -> None:
    from db.services.rounds import record_many_progress

    first, second = round_progress(database, six.uuid)[:2]
    before = dump_database(database.path)
    bad = ProgressDraft(status=ProgressStatus.NOT_POSSIBLE)
    with pytest.raises(ValidationFailed) as refused:
        record_many_progress(
            database, round_uuid=six.uuid, drafts=[(first.item_uuid, DONE), (second.item_uuid, bad)]
        )
    assert [e.field for e in refused.value.errors] == [f"items[{second.item_uuid}].not_possible_reason"]
    assert dump_database(database.path) == before
    saved = record_many_progress(
        database, round_uuid=six.uuid, drafts=[(first.item_uuid, DONE), (second.item_uuid, DONE)]
    )
    assert [s.item_uuid for s in saved] == [first.item_uuid, second.item_uuid]
    assert all(p.reported for p in round_progress(database, six.uuid)[:2])


def test_an_editor_can_check_a_draft_without_writing(database, demo, six) -> None:
    from db.services.rounds import check_progress_draft

    target = budgeted_item(database, six.uuid)
    before = dump_database(database.path)
    bad = ProgressDraft(status=ProgressStatus.NOT_POSSIBLE)
    errors = check_progress_draft(database, round_uuid=six.uuid, item_uuid=target.item_uuid, draft=bad)
    assert [e.field for e in errors] == ["not_possible_reason"]
    assert check_progress_draft(database, round_uuid=six.uuid, item_uuid=target.item_uuid, draft=DONE) == ()
    assert dump_database(database.path) == before
