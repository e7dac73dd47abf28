"""The public announcement of a round report (seed 004, last page): ประกาศ{อปท.} เรื่อง รายงานผลการ
ดำเนินการป้องกันการทุจริต, signed by the executive. One A4 portrait page; the emblem goes in the space
left at the top. A missing date or signer prints dotted lines to fill in by hand."""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Spacer

from db.services.progress_report import ProgressReport
from db.thai import MONTHS_TH
from db.thai.fiscal import RoundKind
from forms.base import BaseRenderer
from forms.fonts import BOLD
from forms.text import thai_style

BLANK_DATE = "ประกาศ ณ วันที่ ........ เดือน ...................... พ.ศ. ........"


def month_span(report: ProgressReport) -> str:
    """ "ระหว่างเดือน ตุลาคม พ.ศ. 2563 - มีนาคม พ.ศ. 2564" (the announcement names months only)."""
    start, end = report.date_range
    return (
        f"ระหว่างเดือน {MONTHS_TH[start.month - 1]} พ.ศ. {start.year + 543} - "
        f"{MONTHS_TH[end.month - 1]} พ.ศ. {end.year + 543}"
    )


def announcement_date(day: date | None) -> str:
    if day is None:
        return BLANK_DATE
    return f"ประกาศ ณ วันที่ {day.day} เดือน {MONTHS_TH[day.month - 1]} พ.ศ. {day.year + 543}"


class AnnouncementRenderer(BaseRenderer):
    top_margin = 20 * mm
    left_margin = 30 * mm
    right_margin = 20 * mm

    def _get_stylesheet(self) -> dict[str, Any]:
        styles = super()._get_stylesheet()
        size = self.body_size
        styles["heading"] = thai_style("announce-heading", size=size, font=BOLD, alignment="center")
        styles["paragraph"] = thai_style("announce-paragraph", size=size, firstLineIndent=25 * mm)
        styles["signature"] = thai_style(
            "announce-signature", size=size, alignment="center", leftIndent=60 * mm
        )
        styles["date"] = thai_style("announce-date", size=size, alignment="center", leftIndent=40 * mm)
        return styles

    def _round_words(self, report: ProgressReport) -> str:
        label = "รอบ 6 เดือน" if report.kind is RoundKind.SIX_MONTH else "รอบ 12 เดือน"
        return f"({label} {month_span(report)})"

    def _story(self, report: ProgressReport) -> list[Flowable]:
        office, summary = report.office, report.summary
        org, year = office.name, report.fiscal_year + 543
        first, last = report.plan_first_fiscal_year + 543, report.plan_last_fiscal_year + 543
        plan = f"แผนปฏิบัติการป้องกันการทุจริต {last - first + 1} ปี (พ.ศ. {first} - {last})"
        rounds = self._round_words(report)
        opening = (
            f"ตามที่{org} ได้ประกาศใช้{plan} โดยเป็นการดำเนินการภายใต้ยุทธศาสตร์ชาติว่าด้วยการป้องกันและ"
            "ปราบปรามการทุจริต ซึ่งกำหนดให้องค์กรในภาครัฐจัดทำแผนยุทธศาสตร์และแผนปฏิบัติการ เพื่อให้หน่วยงาน"
            "ภาครัฐใช้เป็นกรอบแนวทางในการจัดทำแผนปฏิบัติการของหน่วยงานที่จะก่อให้เกิดผลประโยชน์ในการปฏิบัติ"
            "ราชการ และบูรณาการในด้านการป้องกันปราบปรามและแก้ไขปัญหาการทุจริตคอร์รัปชันร่วมกันได้อย่างมี"
            "ประสิทธิภาพ และตอบสนองกับนโยบายรัฐบาล สอดคล้องกับแผนบริหารราชการแผ่นดินและแผนยุทธศาสตร์ชาติ"
            "ว่าด้วยการป้องกันและปราบปรามการทุจริต นั้น"
        )
        report_words = (
            f"ในการนี้{org} ได้รายงานผลการป้องกันการทุจริต ประจำปี พ.ศ. {year} {rounds} เพื่อใช้เป็นแนวทาง"
            f"การปฏิบัติงาน และได้ดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต ประจำปี พ.ศ. {year} ของ{org}"
            "เป็นไปตามวัตถุประสงค์นั้นแล้ว จึงขอประกาศรายงานผลการดำเนินการดังกล่าวรายละเอียดตามแนบท้าย"
            "ประกาศนี้"
        )
        signer = summary.signer_name or office.executive_name
        position = summary.signer_position or office.executive_title
        signature = [
            Spacer(1, 22 * mm),  # room to sign
            self.para(
                f"({signer})" if signer else "(...................................................)",
                "signature",
            ),
            self.para(position or "ตำแหน่ง ...................................................", "signature"),
        ]
        return [
            Spacer(1, 25 * mm),  # the emblem
            self.para(f"ประกาศ{org}", "heading"),
            self.para("เรื่อง รายงานผลการดำเนินการป้องกันการทุจริต", "heading"),
            self.para(f"ประจำปี พ.ศ. {year}", "heading"),
            self.para(rounds, "heading"),
            Spacer(1, 2 * mm),
            HRFlowable(width=40 * mm, thickness=0.8, color="black"),
            Spacer(1, 6 * mm),
            self.para(opening, "paragraph"),
            Spacer(1, 3 * mm),
            self.para(report_words, "paragraph"),
            Spacer(1, 3 * mm),
            self.para("จึงประกาศมาให้ทราบโดยทั่วกัน", "paragraph"),
            Spacer(1, 6 * mm),
            KeepTogether([self.para(announcement_date(summary.announcement_date), "date"), *signature]),
        ]

    def _metadata(self, report: ProgressReport) -> dict[str, str]:
        title = f"ประกาศ{report.office.name} เรื่อง รายงานผลการดำเนินการป้องกันการทุจริต"
        return {"title": title, "author": report.office.name, "subject": "ประกาศ"}


def render_announcement(report: ProgressReport, *, thai_digits: bool = True) -> bytes:
    # Sarabun 14 pt is as large as the TH Sarabun 16 pt of official letters, and keeps this to one page
    return AnnouncementRenderer(thai_digits=thai_digits, body_size=14).render(report)
