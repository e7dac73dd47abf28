"""What to complete before a round report is printed or sent: items not reported, results missing,
budgets without disbursement, and the summary page or reporter block left empty."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from db.models import ProgressStatus
from db.services.items import list_items
from db.services.offices import list_offices
from db.services.plans import get_plan
from db.services.rounds import get_round, round_progress
from db.session import Database


class RoundProblem(StrEnum):
    NOT_REPORTED = "not_reported"
    NO_RESULT = "no_result"
    NO_DISBURSEMENT = "no_disbursement"
    NO_INDICATOR_RESULT = "no_indicator_result"
    NO_SUMMARY = "no_summary"
    NO_REPORTER = "no_reporter"
    NO_REPORT_DATE = "no_report_date"
    NO_SIGNER = "no_signer"


MESSAGES = {
    RoundProblem.NOT_REPORTED: "ยังไม่ได้รายงานผลการดำเนินงาน",
    RoundProblem.NO_RESULT: "ดำเนินการแล้วเสร็จ แต่ยังไม่ได้กรอกผลการดำเนินการ",
    RoundProblem.NO_DISBURSEMENT: "มีงบประมาณ แต่ยังไม่ได้กรอกผลเบิกจ่าย (ถ้ายังไม่เบิกจ่าย ให้กรอก ๐)",
    RoundProblem.NO_INDICATOR_RESULT: "ดำเนินการแล้วเสร็จ แต่ยังไม่ได้กรอกผลตามตัวชี้วัด",
    RoundProblem.NO_SUMMARY: "ยังไม่ได้กรอกปัจจัยสนับสนุน ปัญหา/อุปสรรค หรือข้อเสนอแนะ",
    RoundProblem.NO_REPORTER: "ยังไม่ได้กรอกชื่อและตำแหน่งผู้รายงาน",
    RoundProblem.NO_REPORT_DATE: "ยังไม่ได้กรอกวันที่รายงาน",
    RoundProblem.NO_SIGNER: "ยังไม่ได้ระบุผู้ลงนามประกาศ (หรือชื่อผู้บริหารในข้อมูลหน่วยงาน)",
}


@dataclass(frozen=True)
class RoundFinding:
    problem: RoundProblem
    message_th: str
    #: the item concerned, or None for the round's summary page and signer
    item_uuid: str | None = None
    item_name: str = ""


def check_round(database: Database, round_uuid: str) -> tuple[RoundFinding, ...]:
    """Every finding, item by item in plan order, then the round's own."""
    round_ = get_round(database, round_uuid)
    plan = get_plan(database, round_.plan_uuid)
    office = next(o for o in list_offices(database) if o.uuid == plan.office_uuid)
    names = {item.uuid: item.name for item in list_items(database, plan.uuid)}
    findings: list[RoundFinding] = []

    def add(problem: RoundProblem, item_uuid: str | None = None) -> None:
        name = names.get(item_uuid, "") if item_uuid else ""
        findings.append(RoundFinding(problem, MESSAGES[problem], item_uuid, name))

    for progress in round_progress(database, round_uuid):
        uuid = progress.item_uuid
        if not (progress.reported or progress.carried) or progress.status is None:
            add(RoundProblem.NOT_REPORTED, uuid)
            continue
        if progress.status is not ProgressStatus.DONE:
            continue
        if not progress.results_text:
            add(RoundProblem.NO_RESULT, uuid)
        if (progress.amount_own or progress.amount_integrated) and progress.amount_disbursed is None:
            add(RoundProblem.NO_DISBURSEMENT, uuid)
        if any(r.actual_value is None and not r.actual_text for r in progress.indicator_results):
            add(RoundProblem.NO_INDICATOR_RESULT, uuid)
    summary = round_.summary
    if not (summary.supporting_factors or summary.problems or summary.suggestions):
        add(RoundProblem.NO_SUMMARY)
    if not (summary.reporter_name and summary.reporter_position):
        add(RoundProblem.NO_REPORTER)
    if summary.report_date is None:
        add(RoundProblem.NO_REPORT_DATE)
    if not (summary.signer_name or office.executive_name):
        add(RoundProblem.NO_SIGNER)
    return tuple(findings)
