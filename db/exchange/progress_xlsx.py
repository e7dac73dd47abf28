"""The round report's tables as a workbook: the main form (seed 004) and the summary statistics.

Written from the same ``ProgressReport`` as the PDF, so the two never disagree. Amounts are numbers
Excel can sum (or printed text with Thai digits when asked).
"""

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
from db.models import ProgressStatus
from db.services.progress_report import (
    TRACK_HEADERS,
    Heading,
    ProgressDimension,
    ProgressReport,
    ProgressRow,
    StatusCounts,
    item_title,
    percent,
)
from db.thai import apply_digits, format_money
from db.thai.fiscal import round_label

TICK = "/"
WIDTHS = (34.0, 22.0, 20.0, 30.0, 12.0, 12.0, 12.0, 13.0, 13.0, 13.0, 12.0)
HEADING_FILL = PatternFill("solid", fgColor="F2F2F2")
TOTAL_FILL = PatternFill("solid", fgColor="E6E6E6")


def export_progress_xlsx(
    report: ProgressReport, destination: Path | BinaryIO, *, thai_digits: bool = False
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    _FormSheet(sheet, report, thai_digits).write()
    _statistics_sheet(workbook.create_sheet("สรุปผล"), report, thai_digits)
    save_workbook(workbook, destination)


class _FormSheet:
    columns = len(WIDTHS)

    def __init__(self, sheet: Worksheet, report: ProgressReport, thai: bool) -> None:
        self.sheet, self.report, self.thai = sheet, report, thai
        self.row = 1

    def digits(self, text: str) -> str:
        return apply_digits(text, self.thai)

    def merged(
        self,
        text: str,
        *,
        font: Font = BODY,
        last: int | None = None,
        fill: PatternFill | None = None,
        center: bool = False,
    ) -> None:
        put(self.sheet, self.row, 1, text, font=font, align=HEADER if center else WRAP_TOP)
        self.sheet.merge_cells(
            start_row=self.row, start_column=1, end_row=self.row, end_column=last or self.columns
        )
        if fill is not None:
            for column in range(1, (last or self.columns) + 1):
                self.sheet.cell(self.row, column).fill = fill

    def write(self) -> None:
        report = self.report
        self.sheet.title = self.digits(f"ผลการดำเนินงาน {report.fiscal_year + 543}")
        office = f"{report.office.name} {report.office.location}".strip()
        tick = {kind: "☑" if kind is report.kind else "☐" for kind in type(report.kind)}
        round_line = "   ".join(
            [f"ผลงานปีงบประมาณ พ.ศ. {report.fiscal_year + 543}"]
            + [f"{tick[kind]} {round_label(kind, thai_digits=self.thai)}" for kind in tick]
        )
        for line in ("แบบรายงานผลการดำเนินงานป้องกันการทุจริตของ อปท.", office, round_line):
            self.merged(self.digits(line), font=TITLE, center=True)
            self.row += 1
        header_first = self.row
        self._header()
        body_first = self.row
        for dimension in report.dimensions:
            self._dimension(dimension)
        draw_borders(self.sheet, header_first, self.row - 1, self.columns)
        for index, width in enumerate(WIDTHS, start=1):
            self.sheet.column_dimensions[get_column_letter(index)].width = width
        set_up_a4_landscape(
            self.sheet,
            title_rows=f"{header_first}:{header_first + 1}",
            freeze_at=self.sheet.cell(body_first, 1),
        )

    def _header(self) -> None:
        top, sub = self.row, self.row + 1
        singles = {
            1: "งาน/กิจกรรม/โครงการ",
            2: "ตัวชี้วัด",
            3: "เป้าหมาย",
            4: "ผลการดำเนินงาน\nผลลัพธ์/ผลสัมฤทธิ์",
            11: "หมายเหตุ",
        }
        for column, title in singles.items():
            put(self.sheet, top, column, title, font=BOLD, align=HEADER)
            self.sheet.merge_cells(start_row=top, start_column=column, end_row=sub, end_column=column)
        put(self.sheet, top, 5, "งบประมาณ (ถ้ามี)", font=BOLD, align=HEADER)
        self.sheet.merge_cells(start_row=top, start_column=5, end_row=top, end_column=7)
        put(
            self.sheet,
            top,
            8,
            "แนวทางตามแผนบูรณาการงบประมาณการป้องกันและปราบปรามการทุจริต",
            font=BOLD,
            align=HEADER,
        )
        self.sheet.merge_cells(start_row=top, start_column=8, end_row=top, end_column=10)
        for column, title in zip(
            range(5, 11), ("งบบูรณาการ", "งบหน่วยงาน", "ผลเบิกจ่าย", *TRACK_HEADERS), strict=True
        ):
            put(self.sheet, sub, column, title, font=BOLD, align=HEADER)
        self.sheet.row_dimensions[top].height = 2 * LINE_HEIGHT
        self.sheet.row_dimensions[sub].height = 4 * LINE_HEIGHT
        self.row = sub + 1

    def _money(self, column: int, amount: Decimal | None, *, font: Font = BODY) -> None:
        cell = put(self.sheet, self.row, column, money_value(amount, self.thai), font=font, align=RIGHT_TOP)
        money_format(cell, amount)

    def _dimension(self, dimension: ProgressDimension) -> None:
        for entry in (dimension.heading, *dimension.entries):
            if isinstance(entry, Heading):
                prefix = "มิติที่ " if entry.level == 1 else ""
                self.merged(self.digits(f"{prefix}{entry.code} ") + entry.title, font=BOLD, fill=HEADING_FILL)
                self.sheet.row_dimensions[self.row].height = row_height([(entry.title, sum(WIDTHS) - 10)])
            else:
                self._row(entry)
            self.row += 1
        totals = dimension.totals
        self.merged("รวม", font=BOLD, last=4, fill=TOTAL_FILL)
        for column, amount in zip((5, 6, 7), (totals.integrated, totals.own, totals.disbursed), strict=True):
            self._money(column, amount, font=BOLD)
        for column, count in zip((8, 9, 10), totals.tracks, strict=True):
            put(self.sheet, self.row, column, TICK if count else "-", font=BOLD, align=CENTER_TOP)
        for column in range(5, self.columns + 1):
            self.sheet.cell(self.row, column).fill = TOTAL_FILL
        self.row += 1

    def _row(self, row: ProgressRow) -> None:
        progress = row.progress
        label = f"{self.digits(row.number)} {item_title(row.kind, row.name)}"
        texts = [label, row.indicators_text, row.target_text, row.result_text]
        for column, text in enumerate(texts, start=1):
            put(self.sheet, self.row, column, text, align=WRAP_TOP)
        for column, amount in zip(
            (5, 6, 7),
            (progress.amount_integrated, progress.amount_own, progress.amount_disbursed),
            strict=True,
        ):
            self._money(column, amount)
        flags = (progress.track_conscience, progress.track_mechanism, progress.track_efficiency)
        for column, ticked in zip((8, 9, 10), flags, strict=True):
            put(self.sheet, self.row, column, TICK if ticked else "-", align=CENTER_TOP)
        put(self.sheet, self.row, 11, progress.remarks, align=WRAP_TOP)
        self.sheet.row_dimensions[self.row].height = row_height(list(zip(texts, WIDTHS[:4], strict=True)))


def _statistics_sheet(sheet: Worksheet, report: ProgressReport, thai: bool) -> None:
    head = (
        "มิติ",
        "จำนวนรายการ",
        ProgressStatus.DONE.label_th,
        ProgressStatus.IN_PROGRESS.label_th,
        ProgressStatus.IN_ORDINANCE.label_th,
        ProgressStatus.NOT_POSSIBLE.label_th,
        "ยังไม่รายงาน",
        "ร้อยละที่แล้วเสร็จ",
        "งบประมาณ (บาท)",
        "ผลเบิกจ่าย (บาท)",
        "ร้อยละการเบิกจ่าย",
    )
    year = f"ปีงบประมาณ พ.ศ. {report.fiscal_year + 543}"
    title = f"สรุปผลการดำเนินงาน {report.office.name} {year} {round_label(report.kind)}"
    put(sheet, 1, 1, apply_digits(title, thai), font=TITLE)
    for column, text in enumerate(head, start=1):
        put(sheet, 2, column, text, font=BOLD, align=HEADER)
        sheet.column_dimensions[get_column_letter(column)].width = 16.0
    sheet.row_dimensions[2].height = 3 * LINE_HEIGHT
    lines: list[tuple[str, StatusCounts, Decimal, Decimal]] = []
    for dimension in report.dimensions:
        totals = dimension.totals
        budget = sum((a for a in (totals.own, totals.integrated) if a is not None), Decimal("0.00"))
        lines.append(
            (f"มิติที่ {dimension.heading.code}", dimension.status_counts, budget, totals.disbursed or Decimal(0))
        )
    counts = StatusCounts(
        *(sum(getattr(c, f) for _, c, _, _ in lines) for f in StatusCounts.__dataclass_fields__)
    )
    lines.append(
        ("รวม", counts, sum((b for *_, b, _ in lines), Decimal(0)), sum((d for *_, d in lines), Decimal(0)))
    )
    for offset, (label, c, budget, disbursed) in enumerate(lines):
        row = 3 + offset
        font = BOLD if label == "รวม" else BODY
        values: list[object] = [apply_digits(label, thai), c.total, c.done, c.in_progress, c.in_ordinance]
        values += [c.not_possible, c.not_reported, percent(c.done, c.total), budget, disbursed]
        values.append(percent(disbursed, budget))
        for column, value in enumerate(values, start=1):
            if thai and isinstance(value, (int, Decimal)):
                value = format_money(value) if column in (9, 10) else apply_digits(str(value), True)
            put(sheet, row, column, value, font=font, align=WRAP_TOP if column == 1 else RIGHT_TOP)
        for column in (8, 11):
            sheet.cell(row, column).number_format = "0.00"
        for column in (9, 10):
            sheet.cell(row, column).number_format = "#,##0.00"
    draw_borders(sheet, 2, 2 + len(lines), len(head))
