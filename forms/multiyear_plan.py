"""The multi-year plan (2566–2570 style): items by มิติ → x.y → x.y.z with a budget column per year,
subtotals per group and overall, then the summary table of counts per framework item (as the table
that opens the NACC guide's chapter of examples)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, ClassVar

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table

from db.services.multiyear import MultiYearGroup, MultiYearPlan, framework_counts
from db.thai import format_money
from forms.base import TableFormRenderer

HEADING_BACKGROUNDS = {1: colors.Color(0.86, 0.86, 0.86), 2: colors.Color(0.93, 0.93, 0.93), 3: None}
TOTAL_BACKGROUND = colors.Color(0.95, 0.95, 0.95)


class MultiYearPlanRenderer(TableFormRenderer):
    number_mm: ClassVar[float] = 12
    name_mm: ClassVar[float] = 84
    responsible_mm: ClassVar[float] = 30

    # -- titles -----------------------------------------------------------------------------------
    def _span_text(self, data: MultiYearPlan) -> str:
        first, last = data.fiscal_years[0] + 543, data.fiscal_years[-1] + 543
        return f"{len(data.fiscal_years)} ปี (พ.ศ. {first} – {last})"

    def _header_lines(self, data: MultiYearPlan) -> list[str]:
        office = data.office
        where = f" {office.location}" if office.location else ""
        return [f"แผนปฏิบัติการป้องกันการทุจริต {self._span_text(data)}", f"{office.name}{where}"]

    def _metadata(self, data: MultiYearPlan) -> dict[str, str]:
        return {
            "title": f"แผนปฏิบัติการป้องกันการทุจริต {self._span_text(data)} {data.office.name}",
            "author": data.office.name,
            "subject": data.framework_title,
        }

    # -- the plan table ---------------------------------------------------------------------------
    def _columns(self, data: MultiYearPlan) -> list[float]:
        years = len(data.fiscal_years)
        fixed = self.number_mm + self.name_mm + self.responsible_mm
        money = (self.content_width / mm - fixed) / (years + 1)
        self._money_width = money * mm
        return [self.number_mm, self.name_mm, *([money] * (years + 1)), self.responsible_mm]

    def _money(self, amount: Decimal | None, style: str = "cell_right") -> Any:
        return self.fitted(format_money(amount, thai_digits=self.thai_digits), style, self._money_width - 6)

    def _head(self, data: MultiYearPlan) -> list[list[Any]]:
        p = self.para
        years = [p(f"พ.ศ. {y + 543}", "head") for y in data.fiscal_years]
        top = [p("ที่", "head"), p("โครงการ/กิจกรรม/มาตรการ", "head"), p("งบประมาณ (บาท)", "head")]
        top += [""] * len(data.fiscal_years) + [p("หน่วยงานรับผิดชอบ", "head")]
        sub = ["", "", *years, p("รวม", "head"), ""]
        return [top, sub]

    def _group_rows(
        self, data: MultiYearPlan, group: MultiYearGroup, out: list[tuple[str, list[Any]]]
    ) -> None:
        width = len(data.fiscal_years) + 4
        prefix = "มิติที่ " if group.level == 1 else ""
        heading = self.para(f"{prefix}{group.code} {group.title}", "bold_cell")
        out.append((f"heading{group.level}", [heading] + [""] * (width - 1)))
        for number, row in enumerate(group.rows, start=1):
            cells = [
                self.para(f"({number})", "cell_centre"),
                self.para(row.name, "cell"),
                *(
                    self.para("", "cell") if not ok else self._money(b)
                    for ok, b in zip(row.included, row.budgets, strict=True)
                ),
                self._money(row.total),
                self.para(row.responsible, "cell"),
            ]
            out.append(("item", cells))
        for child in group.children:
            self._group_rows(data, child, out)
        if group.level < 3:
            label = f"รวมมิติที่ {group.code}" if group.level == 1 else f"รวม {group.code}"
            totals = group.totals(len(data.fiscal_years))
            out.append(
                (
                    f"total{group.level}",
                    [
                        self.para(f"{label} ({group.item_count} รายการ)", "bold_cell"),
                        "",
                        *(self._money(t, "bold_cell_right") for t in totals),
                        self._money(self._sum(totals), "bold_cell_right"),
                        "",
                    ],
                )
            )

    @staticmethod
    def _sum(amounts: tuple[Decimal | None, ...]) -> Decimal | None:
        present = [a for a in amounts if a is not None]
        return sum(present, Decimal("0.00")) if present else None

    def _plan_table(self, data: MultiYearPlan) -> Table:
        widths = self._columns(data)
        rows: list[tuple[str, list[Any]]] = []
        for dimension in data.dimensions:
            self._group_rows(data, dimension, rows)
        totals = data.totals()
        rows.append(
            (
                "grand",
                [
                    self.para(f"รวมทั้งสิ้น {data.item_count} โครงการ", "bold_cell"),
                    "",
                    *(self._money(t, "bold_cell_right") for t in totals),
                    self._money(data.grand_total, "bold_cell_right"),
                    "",
                ],
            )
        )
        head = self._head(data)
        years = len(data.fiscal_years)
        commands: list[tuple[Any, ...]] = [
            ("SPAN", (0, 0), (0, 1)),
            ("SPAN", (1, 0), (1, 1)),
            ("SPAN", (2, 0), (2 + years, 0)),
            ("SPAN", (3 + years, 0), (3 + years, 1)),
            ("VALIGN", (0, 0), (-1, 1), "MIDDLE"),
        ]
        for index, (kind, _) in enumerate(rows, start=len(head)):
            if kind.startswith("bold_cell"):
                commands.append(("SPAN", (0, index), (-1, index)))
                background = HEADING_BACKGROUNDS[int(kind[-1])]
                if background is not None:
                    commands.append(("BACKGROUND", (0, index), (-1, index), background))
            elif kind.startswith("bold_cell_right") or kind == "grand":
                commands += [
                    ("SPAN", (0, index), (1, index)),
                    ("BACKGROUND", (0, index), (-1, index), TOTAL_BACKGROUND),
                ]
        return Table(
            head + [cells for _, cells in rows],
            colWidths=[w * mm for w in widths],
            repeatRows=2,
            splitByRow=1,
            splitInRow=1,
            style=self.grid_style(commands),
        )

    # -- the summary table ------------------------------------------------------------------------
    def _summary_table(self, data: MultiYearPlan) -> Table:
        p = self.para
        rows: list[list[Any]] = [
            [p("กรอบการจัดทำแผน", "head"), p("วัตถุประสงค์", "head"), p("จำนวนโครงการ", "head")]
        ]
        commands: list[tuple[Any, ...]] = []
        counts = framework_counts(data)
        for dimension in data.dimensions:
            first = len(rows)
            for line in counts:
                if line.code.split(".")[0] != dimension.code or line.level == 1:
                    continue
                style = "bold_cell" if line.level == 2 else "cell"
                rows.append(
                    ["", p(f"{line.code} {line.title}", style), p(f"{line.count} โครงการ", "cell_centre")]
                )
            rows[first] = [p(f"มิติที่ {dimension.code} {dimension.title}", "bold_cell"), *rows[first][1:]]
            commands.append(("SPAN", (0, first), (0, len(rows) - 1)))
            rows.append(
                [
                    p(f"รวม มิติที่ {dimension.code}", "bold_cell"),
                    "",
                    p(f"{dimension.item_count} โครงการ", "bold_cell_right"),
                ]
            )
            commands += [
                ("SPAN", (0, len(rows) - 1), (1, len(rows) - 1)),
                ("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), TOTAL_BACKGROUND),
            ]
        rows.append([p("รวมทั้งสิ้น", "bold_cell"), "", p(f"{data.item_count} โครงการ", "bold_cell_right")])
        commands += [
            ("SPAN", (0, len(rows) - 1), (1, len(rows) - 1)),
            ("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), TOTAL_BACKGROUND),
        ]
        width = self.content_width / mm
        return Table(
            rows,
            colWidths=[70 * mm, (width - 105) * mm, 35 * mm],
            repeatRows=1,
            splitByRow=1,
            splitInRow=1,
            style=self.grid_style(commands),
        )

    def _story(self, data: MultiYearPlan) -> list[Flowable]:
        return [
            self._plan_table(data),
            Spacer(1, 2 * mm),
            self.para("หมายเหตุ: ช่องว่าง = ไม่ได้บรรจุไว้ในปีนั้น, - = ไม่ได้ระบุงบประมาณหรือไม่ใช้งบประมาณ"),
            PageBreak(),
            self.para("ตารางสรุปจำนวนโครงการ/กิจกรรม/มาตรการ ตามกรอบการจัดทำแผน", "title"),
            Spacer(1, 2 * mm),
            self._summary_table(data),
        ]


def render_multiyear_plan(data: MultiYearPlan, *, thai_digits: bool = True) -> bytes:
    return MultiYearPlanRenderer(thai_digits=thai_digits).render(data)
