"""The multi-year plan and its summary of counts as an xlsx workbook (same columns as the PDF)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from db.exchange.xlsx_common import (
    BODY,
    BOLD,
    CENTER_TOP,
    HEADER,
    LINE_HEIGHT,
    RIGHT_TOP,
    TITLE,
    WRAP_TOP,
    draw_borders,
    money_format,
    money_value,
    put,
    row_height,
    save_workbook,
    set_up_a4_landscape,
)
from db.services.multiyear import MultiYearGroup, MultiYearPlan, framework_counts
from db.thai import apply_digits

SHADE = {1: PatternFill("solid", fgColor="DCDCDC"), 2: PatternFill("solid", fgColor="EDEDED")}
TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
NAME_WIDTH, MONEY_WIDTH, RESPONSIBLE_WIDTH = 48.0, 14.0, 18.0


def export_multiyear_xlsx(
    plan: MultiYearPlan, destination: Path | BinaryIO, *, thai_digits: bool = False
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    _PlanSheet(sheet, plan, thai_digits).write()
    _summary_sheet(workbook.create_sheet("สรุปจำนวนโครงการ"), plan, thai_digits)
    save_workbook(workbook, destination)


class _PlanSheet:
    def __init__(self, sheet: Worksheet, plan: MultiYearPlan, thai: bool) -> None:
        self.sheet, self.plan, self.thai = sheet, plan, thai
        self.years = len(plan.fiscal_years)
        self.columns = 4 + self.years  # ที่, name, years…, รวม, responsible
        self.row = 1

    def digits(self, text: str) -> str:
        return apply_digits(text, self.thai)

    def merged(
        self,
        text: str,
        *,
        font: Font,
        first: int = 1,
        last: int | None = None,
        fill: PatternFill | None = None,
        center: bool = False,
    ) -> None:
        put(self.sheet, self.row, first, text, font=font, align=HEADER if center else WRAP_TOP)
        self.sheet.merge_cells(
            start_row=self.row, start_column=first, end_row=self.row, end_column=last or self.columns
        )
        if fill is not None:
            for column in range(first, (last or self.columns) + 1):
                self.sheet.cell(self.row, column).fill = fill

    def write(self) -> None:
        first, last = self.plan.fiscal_years[0] + 543, self.plan.fiscal_years[-1] + 543
        self.sheet.title = self.digits(f"แผน {first}-{last}")
        span = self.digits(f"{self.years} ปี (พ.ศ. {first} – {last})")
        for line in (f"แผนปฏิบัติการป้องกันการทุจริต {span}", self.plan.office.name, self.plan.office.location):
            if line:
                self.merged(line, font=TITLE, center=True)
                self.row += 1
        self.row += 1
        header_first = self.row
        self._header()
        body_first = self.row
        for dimension in self.plan.dimensions:
            self._group(dimension)
        self._total_row(f"รวมทั้งสิ้น {self.plan.item_count} โครงการ", self.plan.totals())
        draw_borders(self.sheet, header_first, self.row - 1, self.columns)
        self.row += 1
        put(self.sheet, self.row, 1, "หมายเหตุ: ช่องว่าง = ไม่ได้บรรจุไว้ในปีนั้น, - = ไม่ได้ระบุงบประมาณหรือไม่ใช้งบประมาณ")
        widths = [6.0, NAME_WIDTH, *([MONEY_WIDTH] * (self.years + 1)), RESPONSIBLE_WIDTH]
        for index, width in enumerate(widths, start=1):
            self.sheet.column_dimensions[get_column_letter(index)].width = width
        set_up_a4_landscape(
            self.sheet,
            title_rows=f"{header_first}:{header_first + 1}",
            freeze_at=self.sheet.cell(body_first, 1),
        )

    def _header(self) -> None:
        top, sub = self.row, self.row + 1
        for column, title in ((1, "ที่"), (2, "โครงการ/กิจกรรม/มาตรการ"), (self.columns, "หน่วยงานรับผิดชอบ")):
            put(self.sheet, top, column, title, font=BOLD, align=HEADER)
            self.sheet.merge_cells(start_row=top, start_column=column, end_row=sub, end_column=column)
        put(self.sheet, top, 3, "งบประมาณ (บาท)", font=BOLD, align=HEADER)
        self.sheet.merge_cells(start_row=top, start_column=3, end_row=top, end_column=3 + self.years)
        for offset, year in enumerate(self.plan.fiscal_years):
            put(self.sheet, sub, 3 + offset, self.digits(f"พ.ศ. {year + 543}"), font=BOLD, align=HEADER)
        put(self.sheet, sub, 3 + self.years, "รวม", font=BOLD, align=HEADER)
        self.sheet.row_dimensions[top].height = self.sheet.row_dimensions[sub].height = LINE_HEIGHT
        self.row = sub + 1

    def _money(self, column: int, amount: Decimal | None, *, font: Font = BODY) -> None:
        cell = put(self.sheet, self.row, column, money_value(amount, self.thai), font=font, align=RIGHT_TOP)
        money_format(cell, amount)

    def _group(self, group: MultiYearGroup) -> None:
        prefix = "มิติที่ " if group.level == 1 else ""
        self.merged(
            self.digits(f"{prefix}{group.code} ") + group.title, font=BOLD, fill=SHADE.get(group.level)
        )
        self.sheet.row_dimensions[self.row].height = row_height([(group.title, NAME_WIDTH + 60)])
        self.row += 1
        for number, item in enumerate(group.rows, start=1):
            put(self.sheet, self.row, 1, self.digits(f"({number})"), align=CENTER_TOP)
            put(self.sheet, self.row, 2, item.name, align=WRAP_TOP)
            for offset, (included, amount) in enumerate(zip(item.included, item.budgets, strict=True)):
                if included:
                    self._money(3 + offset, amount)
            self._money(3 + self.years, item.total)
            put(self.sheet, self.row, self.columns, item.responsible, align=WRAP_TOP)
            self.sheet.row_dimensions[self.row].height = row_height(
                [(item.name, NAME_WIDTH), (item.responsible, RESPONSIBLE_WIDTH)]
            )
            self.row += 1
        for child in group.children:
            self._group(child)
        if group.level < 3:
            label = f"รวมมิติที่ {group.code}" if group.level == 1 else f"รวม {group.code}"
            self._total_row(f"{label} ({group.item_count} รายการ)", group.totals(self.years))

    def _total_row(self, label: str, totals: tuple[Decimal | None, ...]) -> None:
        self.merged(self.digits(label), font=BOLD, last=2, fill=TOTAL_FILL)
        for offset, amount in enumerate(totals):
            self._money(3 + offset, amount, font=BOLD)
        present = [t for t in totals if t is not None]
        self._money(3 + self.years, sum(present, Decimal("0.00")) if present else None, font=BOLD)
        for column in range(3, self.columns + 1):
            self.sheet.cell(self.row, column).fill = TOTAL_FILL
        self.row += 1


def _summary_sheet(sheet: Worksheet, plan: MultiYearPlan, thai: bool) -> None:
    def digits(text: str) -> str:
        return apply_digits(text, thai)

    put(sheet, 1, 1, "ตารางสรุปจำนวนโครงการ/กิจกรรม/มาตรการ ตามกรอบการจัดทำแผน", font=TITLE)
    headers = ("กรอบการจัดทำแผน", "วัตถุประสงค์", "จำนวนโครงการ")
    for column, title in enumerate(headers, start=1):
        put(sheet, 3, column, title, font=BOLD, align=HEADER)
    row = 4
    counts = framework_counts(plan)
    for dimension in plan.dimensions:
        first = row
        put(sheet, row, 1, digits(f"มิติที่ {dimension.code} ") + dimension.title, font=BOLD, align=WRAP_TOP)
        for line in counts:
            if line.level == 1 or line.code.split(".")[0] != dimension.code:
                continue
            put(
                sheet,
                row,
                2,
                digits(f"{line.code} ") + line.title,
                font=BOLD if line.level == 2 else BODY,
                align=WRAP_TOP,
            )
            put(sheet, row, 3, digits(f"{line.count} โครงการ"), align=CENTER_TOP)
            sheet.row_dimensions[row].height = row_height([(line.title, 70.0)])
            row += 1
        if row - 1 > first:
            sheet.merge_cells(start_row=first, start_column=1, end_row=row - 1, end_column=1)
        put(sheet, row, 1, digits(f"รวม มิติที่ {dimension.code}"), font=BOLD)
        put(sheet, row, 3, digits(f"{dimension.item_count} โครงการ"), font=BOLD, align=CENTER_TOP)
        row += 1
    put(sheet, row, 1, "รวมทั้งสิ้น", font=BOLD)
    put(sheet, row, 3, digits(f"{plan.item_count} โครงการ"), font=BOLD, align=CENTER_TOP)
    draw_borders(sheet, 3, row, 3)
    for column, width in zip("ABC", (30.0, 70.0, 16.0), strict=True):
        sheet.column_dimensions[column].width = width
    set_up_a4_landscape(sheet, title_rows="3:3", freeze_at=sheet.cell(4, 1))
