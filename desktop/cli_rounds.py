"""The ``sujarit`` commands about reporting rounds: the round report and its announcement, the
audit trail, the evidence appendix, the ITA measures report.

Each report builder takes the open database and the parsed arguments and returns
``(pdf, xlsx_writer or None, what)`` like the plan reports in ``desktop/cli.py``.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from db.errors import UserFacingError
from db.thai.fiscal import RoundKind


class RoundNotFound(UserFacingError):
    """No round (or ITA report) of that year: a refusal with a Thai message (exit code 2)."""


def _round_kind(text: str) -> RoundKind:
    try:
        return RoundKind(text.strip().translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")))
    except ValueError:
        raise argparse.ArgumentTypeError("รอบรายงานต้องเป็น 6 หรือ 12 (round must be 6 or 12)") from None


def add_round_reports(
    forms: Any, *, fiscal_year: Callable[[str], int], common: Callable[[argparse.ArgumentParser], None]
) -> None:
    """Add ``report progress|announcement|changes|evidence|ita`` to the ``report`` sub-commands."""
    progress = forms.add_parser(
        "progress", help="รายงานผลการดำเนินงานรอบ ๖/๑๒ เดือน (the round report, seed 004)"
    )
    announcement = forms.add_parser("announcement", help="ประกาศรายงานผล (the public announcement)")
    changes = forms.add_parser("changes", help="บันทึกการแก้ไขหลังปลดล็อก (the round's audit trail)")
    evidence = forms.add_parser("evidence", help="ภาคผนวกภาพถ่ายและหลักฐาน (the evidence appendix)")
    for form in (progress, announcement, changes, evidence):
        form.add_argument("--year", type=fiscal_year, required=True, help="ปีงบประมาณ พ.ศ. (fiscal year, BE)")
        form.add_argument(
            "--round", type=_round_kind, required=True, metavar="6|12", help="รอบ ๖ หรือ ๑๒ เดือน (round)"
        )
        common(form)
    progress.add_argument(
        "--xlsx", type=Path, metavar="FILE.xlsx", help="สำเนา Excel (also write an xlsx copy)"
    )
    ita = forms.add_parser("ita", help="รายงานมาตรการส่งเสริมคุณธรรมและความโปร่งใส (the ITA measures report)")
    ita.add_argument("--year", type=fiscal_year, required=True, help="ปีงบประมาณ พ.ศ. (fiscal year, BE)")
    common(ita)


def find_round(database: Any, args: argparse.Namespace, plan: Any) -> Any:
    from db.services.rounds import list_rounds

    for found in list_rounds(database, plan.uuid):
        if found.fiscal_year == args.year and found.kind is args.round:
            return found
    label = "๖" if args.round is RoundKind.SIX_MONTH else "๑๒"
    raise RoundNotFound(
        f"ยังไม่มีรอบรายงาน {label} เดือน ของปีงบประมาณ พ.ศ. {args.year + 543} ในแผนนี้ (เปิดรอบรายงานในโปรแกรมก่อน)"
    )


def progress_report(database: Any, args: argparse.Namespace, plan: Any) -> tuple[bytes, Any, str]:
    from db.exchange.progress_xlsx import export_progress_xlsx
    from db.services.progress_report import build_progress_report
    from forms.progress_report import render_progress_report

    report = build_progress_report(database, round_uuid=find_round(database, args, plan).uuid)
    thai = not args.arabic_digits
    return (
        render_progress_report(report, thai_digits=thai),
        lambda path: export_progress_xlsx(report, path, thai_digits=thai),
        f"รายงานผลการดำเนินงานปี พ.ศ. {args.year + 543} ",
    )


def announcement(database: Any, args: argparse.Namespace, plan: Any) -> tuple[bytes, Any, str]:
    from db.services.progress_report import build_progress_report
    from forms.announcement import render_announcement

    report = build_progress_report(database, round_uuid=find_round(database, args, plan).uuid)
    return render_announcement(report, thai_digits=not args.arabic_digits), None, "ประกาศรายงานผล "


def changes(database: Any, args: argparse.Namespace, plan: Any) -> tuple[bytes, Any, str]:
    from db.services.rounds import build_round_change_log
    from forms.round_changes import render_round_changes

    log = build_round_change_log(database, find_round(database, args, plan).uuid)
    return render_round_changes(log, thai_digits=not args.arabic_digits), None, "รายการแก้ไขของรอบ "


def evidence(database: Any, args: argparse.Namespace, plan: Any) -> tuple[bytes, Any, str]:
    from db.services.evidence import build_evidence_appendix
    from forms.evidence_appendix import render_evidence_appendix

    appendix = build_evidence_appendix(database, round_uuid=find_round(database, args, plan).uuid)
    return render_evidence_appendix(appendix, thai_digits=not args.arabic_digits), None, "ภาคผนวกหลักฐาน "


def ita(database: Any, args: argparse.Namespace, plan: Any) -> tuple[bytes, Any, str]:
    from db.services.ita import build_ita_report
    from forms.ita_report import render_ita_report

    try:
        document = build_ita_report(database, office_uuid=plan.office_uuid, fiscal_year=args.year)
    except KeyError:
        raise RoundNotFound(
            f"{plan.office_name} ยังไม่มีรายงานมาตรการส่งเสริมคุณธรรมและความโปร่งใสของปีงบประมาณ พ.ศ. "
            f"{args.year + 543}"
        ) from None
    return render_ita_report(document, thai_digits=not args.arabic_digits), None, "รายงานมาตรการ ITA "


ROUND_REPORTS = {
    "progress": progress_report,
    "announcement": announcement,
    "changes": changes,
    "evidence": evidence,
    "ita": ita,
}
