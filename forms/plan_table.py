"""The annual plan table (seed 003): แผนปฏิบัติการป้องกันการทุจริต ประจำปี … of one office."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, ClassVar

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from db.services.plan_table import PlanTable, PlanTableRow
from db.thai import format_date_long, format_money
from forms.base import TableFormRenderer

TICK = "/"  # the printed forms tick a quarter with a slash, not ✓


def quantity_text(value: Decimal | None) -> str:
    if value is None:
        return ""
    return str(value.quantize(Decimal(1))) if value == value.to_integral_value() else str(value.normalize())


class PlanTableRenderer(TableFormRenderer):
    #: ที่, name, unit, quantity, budget, มิติ, indicator, outcome, Q1–Q4, responsible (mm; 273 in all)
    column_mm: ClassVar[tuple[float, ...]] = (9, 47.5, 16, 17.5, 25, 9, 44, 44, 9, 9, 9, 9, 25)

    def _title(self, data: PlanTable) -> str:
        office = data.office
        where = f" {office.location}" if office.location else ""
        return f"แผนปฏิบัติการป้องกันการทุจริต ประจำปี พ.ศ. {data.fiscal_year + 543} ของ{office.name}{where}"

    def _header_lines(self, data: PlanTable) -> list[str]:
        return [self._title(data)]

    def _metadata(self, data: PlanTable) -> dict[str, str]:
        return {"title": self._title(data), "author": data.office.name, "subject": "แผนปฏิบัติการป้องกันการทุจริต"}

    def _head_rows(self) -> list[list[Any]]:
        """Three header rows: the quarters sit under ระยะเวลาดำเนินการ / ไตรมาส, numbered ๑–๔."""
        p = self.para
        top = [
            p("ที่", "head"),
            p("แผนงาน/โครงการ/กิจกรรม", "head"),
            p("เป้าหมายที่ดำเนินงาน", "head"),
            "",
            p("งบประมาณ (บาท)", "head"),
            p("มิติ", "head"),
            p("ตัวชี้วัด", "head"),
            p("ผลลัพธ์", "head"),
            p("ระยะเวลาดำเนินการ", "head"),
            "",
            "",
            "",
            p("หน่วยงานรับผิดชอบ", "head"),
        ]
        middle = ["", "", p("หน่วยนับ", "head"), p("ปริมาณงาน", "head"), "", "", "", "", p("ไตรมาส", "head")]
        middle += ["", "", "", ""]
        bottom = ["", "", "", "", "", "", "", ""] + [p(str(q), "head") for q in range(1, 5)] + [""]
        return [top, middle, bottom]

    HEAD_SPANS: ClassVar[list[tuple[str, tuple[int, int], tuple[int, int]]]] = [
        *(("SPAN", (c, 0), (c, 2)) for c in (0, 1, 4, 5, 6, 7, 12)),
        ("SPAN", (2, 0), (3, 0)),
        ("SPAN", (2, 1), (2, 2)),
        ("SPAN", (3, 1), (3, 2)),
        ("SPAN", (8, 0), (11, 0)),
        ("SPAN", (8, 1), (11, 1)),
    ]

    def _row(self, row: PlanTableRow) -> list[Any]:
        p = self.para
        ticks = [p(TICK if ticked else "", "cell_centre") for ticked in row.quarters]
        return [
            p(f"{row.number}.", "cell_centre"),
            p(row.name, "cell"),
            p(row.target_unit, "cell_centre"),
            p(quantity_text(row.target_quantity), "cell_centre"),
            self.fitted(format_money(row.budget, thai_digits=self.thai_digits), "cell_right", self._inner(4)),
            p(str(row.dimension), "cell_centre"),
            p(row.indicators_text, "cell"),
            p(row.outcome_text, "cell"),
            *ticks,
            p(row.responsible, "cell"),
        ]

    def _footer_row(self, data: PlanTable) -> list[Any]:
        counts = [
            self.fitted(str(count), "bold_cell_centre", self._inner(8)) for count in data.quarter_counts
        ]
        money = format_money(data.total_budget, thai_digits=self.thai_digits)
        total = self.fitted(money, "bold_cell_right", self._inner(4))
        label = self.para(f"รวมทั้งสิ้น {len(data.rows)} โครงการ", "bold_cell")
        return [label, "", "", "", total, "", "", "", *counts, ""]

    def _inner(self, column: int) -> float:
        """Width available to the text of ``column`` (the grid style pads 3 pt on each side)."""
        return self.column_mm[column] * mm - 6

    def _table(self, data: PlanTable) -> Table:
        rows = self._head_rows() + [self._row(r) for r in data.rows] + [self._footer_row(data)]
        last = len(rows) - 1
        spans = [*self.HEAD_SPANS, ("SPAN", (0, last), (3, last)), ("SPAN", (5, last), (7, last))]
        style = self.grid_style([*spans, ("VALIGN", (0, 0), (-1, 2), "MIDDLE")])
        # splitByRow=0: a tall row continues on the next page instead of leaving the page half empty.
        return Table(
            rows,
            colWidths=[w * mm for w in self.column_mm],
            repeatRows=3,
            splitByRow=0,
            splitInRow=1,
            style=style,
        )

    def _notes(self, data: PlanTable) -> list[Flowable]:
        out: list[Flowable] = [Spacer(1, 3 * mm)]
        if data.data_as_of is not None:
            as_of = format_date_long(data.data_as_of, thai_digits=self.thai_digits)
            out.append(self.para(f"ข้อมูล ณ วันที่ {as_of}"))
        if data.prepared_by:
            out.append(self.para(f"ชื่อ - สกุล ผู้ออกรายงาน {data.prepared_by}"))
        out.append(Spacer(1, 2 * mm))
        out.append(self.para("คำอธิบาย", "bold"))
        out.extend(self.para(f"มิติ {number} {title}") for number, title in data.dimension_legend)
        return out

    def _story(self, data: PlanTable) -> list[Flowable]:
        return [self._table(data), *self._notes(data)]


def render_plan_table(data: PlanTable, *, thai_digits: bool = True) -> bytes:
    return PlanTableRenderer(thai_digits=thai_digits).render(data)
