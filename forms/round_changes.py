"""The printable audit trail of a round: who changed what, when, from what to what, and why."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any, ClassVar

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from db.services.rounds import RoundChangeLog
from db.thai import MONTHS_TH_ABBR
from db.thai.fiscal import round_label
from forms.base import TableFormRenderer

#: Thailand keeps one offset all year (no daylight saving time), so no time-zone database is needed
THAI_TIME = timezone(timedelta(hours=7))


def thai_time(moment: datetime) -> str:
    """ "8 เม.ย. 67 14:05 น." in Thai time (stored times are UTC)."""
    local = (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(THAI_TIME)
    year = (local.year + 543) % 100
    return f"{local.day} {MONTHS_TH_ABBR[local.month - 1]} {year:02d} {local:%H:%M} น."


class RoundChangesRenderer(TableFormRenderer):
    #: เวลา, ผู้ดำเนินการ, การกระทำ, รายการ, ข้อมูล, เดิม, ใหม่, เหตุผล (273 mm)
    column_mm: ClassVar[tuple[float, ...]] = (30, 32, 24, 50, 32, 35, 35, 35)

    def _header_lines(self, data: RoundChangeLog) -> list[str]:
        label = round_label(data.kind)
        return [
            "บันทึกการแก้ไขรายงานผลการดำเนินงานป้องกันการทุจริต",
            f"{data.office_name} ปีงบประมาณ พ.ศ. {data.fiscal_year + 543} {label}",
        ]

    def _story(self, data: RoundChangeLog) -> list[Flowable]:
        if not data.changes:
            return [self.para("รอบนี้ยังไม่เคยส่งหรือปลดล็อก จึงไม่มีบันทึกการแก้ไข", "centre")]
        p = self.para
        head = ["วันเวลา", "ผู้ดำเนินการ", "การกระทำ", "รายการ", "ข้อมูล", "เดิม", "ใหม่", "เหตุผล"]
        rows: list[list[Any]] = [[p(text, "head") for text in head]]
        for change in data.changes:
            rows.append(
                [
                    p(thai_time(change.at), "cell"),
                    p(change.clerk_name or "-", "cell"),
                    p(change.action.label_th, "cell"),
                    p(change.what, "cell"),
                    p(change.field or "-", "cell"),
                    p(change.old_value if change.old_value is not None else "-", "cell"),
                    p(change.new_value if change.new_value is not None else "-", "cell"),
                    p(change.reason or "-", "cell"),
                ]
            )
        widths = [w * mm for w in self.column_mm]
        return [
            Table(rows, colWidths=widths, repeatRows=1, splitByRow=0, splitInRow=1, style=self.grid_style([]))
        ]

    def _metadata(self, data: RoundChangeLog) -> dict[str, str]:
        return {"title": "บันทึกการแก้ไขรายงานผลการดำเนินงาน", "author": data.office_name}


def render_round_changes(data: RoundChangeLog, *, thai_digits: bool = True) -> bytes:
    return RoundChangesRenderer(thai_digits=thai_digits, body_size=12).render(data)
