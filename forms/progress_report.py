"""The round report of an อปท. (seed 004): รายงานผลการดำเนินการป้องกันการทุจริต รอบ ๖ / ๑๒ เดือน.

One PDF in the seed's order: cover, introduction, the main form "แบบรายงานผลการดำเนินงานป้องกันการทุจริต
ของ อปท." (A4 landscape, its three-line header block with the round check boxes on every page, 11
columns under a two-row header, each มิติ on a new page closed by its รวม row), the narrative
"ผลการดำเนินงาน" item by item, the summary page with the reporter block, and a page of summary
statistics the seed lacks (status counts per มิติ, share completed, budget disbursed).
"""

from __future__ import annotations

from decimal import Decimal
from io import BytesIO
from typing import Any, ClassVar

from reportlab.lib.pagesizes import A4, landscape, portrait
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
)

from db.models import ProgressStatus
from db.services.progress_report import (
    NOT_DONE,
    TRACK_HEADERS,
    Heading,
    ProgressDimension,
    ProgressReport,
    ProgressRow,
    StatusCounts,
    item_title,
    percent,
)
from db.thai import format_date_long, format_money
from db.thai.fiscal import RoundKind, round_label
from forms.base import APP_NAME, BaseRenderer, NumberedCanvas
from forms.fonts import BOLD
from forms.text import draw_text, measure_text, thai_style

TICK = "/"
FORM_TITLE = "แบบรายงานผลการดำเนินงานป้องกันการทุจริตของ อปท."
PLAN_TITLE = "แผนปฏิบัติการป้องกันการทุจริต"


def _percent(part: Decimal | int, whole: Decimal | int) -> str:
    value = percent(part, whole)
    return "-" if value is None else f"{value:.2f}"


class ProgressReportRenderer(BaseRenderer):
    """Portrait pages for the text, landscape pages with the header block for the main form."""

    table_pagesize: ClassVar[tuple[float, float]] = landscape(A4)
    table_margin: ClassVar[float] = 12 * mm
    #: งาน/กิจกรรม/โครงการ, ตัวชี้วัด, เป้าหมาย, ผลการดำเนินงาน, 3 × งบประมาณ, 3 × แนวทาง, หมายเหตุ (273 mm)
    column_mm: ClassVar[tuple[float, ...]] = (50, 32, 28, 46, 17, 17, 17, 17, 17, 17, 15)
    header_lines_count: ClassVar[int] = 3

    def __init__(self, *, thai_digits: bool = True, body_size: float = 16.0, cell_size: float = 12.0) -> None:
        super().__init__(thai_digits=thai_digits, body_size=body_size)
        self.cell_size = cell_size
        for name, font, align in (
            ("cell", None, "left"),
            ("cell_centre", None, "center"),
            ("cell_right", None, "right"),
            ("bold_cell", BOLD, "left"),
            ("bold_cell_right", BOLD, "right"),
            ("head", BOLD, "center"),
        ):
            self.styles[name] = thai_style(
                name, size=cell_size, leading=cell_size * 1.35, font=font, alignment=align
            )
        self.styles["small_head"] = thai_style(
            "small_head", size=cell_size - 2, leading=(cell_size - 2) * 1.3, font=BOLD, alignment="center"
        )
        self.styles["paragraph"] = thai_style("paragraph", size=body_size, firstLineIndent=25 * mm)
        self.styles["bullet"] = thai_style("bullet", size=body_size, leftIndent=10 * mm)
        self.styles["heading"] = thai_style("heading", size=body_size, font=BOLD)
        self.styles["cover"] = thai_style("cover", size=body_size + 8, font=BOLD, alignment="center")

    # -- the page header of the main form --------------------------------------------------------
    def _header_text(self, report: ProgressReport) -> list[str]:
        office = report.office
        return [FORM_TITLE, f"{office.name} {office.location}".strip()]

    def _draw_form_header(self, canvas: Canvas, report: ProgressReport) -> None:
        width, height = self.table_pagesize
        size = self.header_size
        y = height - self.table_margin - size
        for line in self._header_text(report):
            draw_text(canvas, width / 2, y, self.digits(line), BOLD, size, align="center")
            y -= size * 1.5
        self._draw_round_line(canvas, report, width / 2, y)

    def _draw_round_line(self, canvas: Canvas, report: ProgressReport, centre: float, y: float) -> None:
        """ "ผลงานปีงบประมาณ พ.ศ. ๒๕๖๔   ☑ รอบ ๖ เดือน   ☐ รอบ ๑๒ เดือน (ผลงานสะสม)", boxes drawn."""
        size, box, gap = self.header_size, self.header_size * 0.8, 6 * mm
        year = self.digits(f"ผลงานปีงบประมาณ พ.ศ. {report.fiscal_year + 543}")
        choices = [(kind, round_label(kind, thai_digits=self.thai_digits)) for kind in RoundKind]
        widths = [measure_text(year, BOLD, size)] + [
            box + 2 * mm + measure_text(t, BOLD, size) for _, t in choices
        ]
        x = centre - (sum(widths) + gap * len(choices)) / 2
        draw_text(canvas, x, y, year, BOLD, size)
        x += widths[0] + gap
        for (kind, text), width in zip(choices, widths[1:], strict=True):
            canvas.setLineWidth(0.8)
            canvas.rect(x, y - 1, box, box)
            if kind is report.kind:
                draw_text(canvas, x + box / 2, y + 0.5, TICK, BOLD, size, align="center")
            draw_text(canvas, x + box + 2 * mm, y, text, BOLD, size)
            x += width + gap

    @property
    def _table_header_height(self) -> float:
        return self.header_lines_count * self.header_size * 1.5 + self.header_gap

    @property
    def _form_frame_height(self) -> float:
        return self.table_pagesize[1] - self.table_margin - self._table_header_height - self.bottom_margin

    # -- the main form ---------------------------------------------------------------------------
    def _head_rows(self) -> list[list[Any]]:
        p = self.para
        top = [
            p("งาน/กิจกรรม/โครงการ", "head"),
            p("ตัวชี้วัด", "head"),
            p("เป้าหมาย", "head"),
            p("ผลการดำเนินงาน\nผลลัพธ์/ผลสัมฤทธิ์", "head"),
            p("งบประมาณ (ถ้ามี)", "head"),
            "",
            "",
            p("แนวทางตามแผนบูรณาการงบประมาณการป้องกันและปราบปรามการทุจริต", "head"),
            "",
            "",
            p("หมายเหตุ", "small_head"),
        ]
        bottom = ["", "", "", "", p("งบ\nบูรณาการ", "head"), p("งบ\nหน่วยงาน", "head"), p("ผล\nเบิกจ่าย", "head")]
        bottom += [p(text, "small_head") for text in TRACK_HEADERS] + [""]
        return [top, bottom]

    HEAD_SPANS: ClassVar[list[tuple[Any, ...]]] = [
        *(("SPAN", (c, 0), (c, 1)) for c in (0, 1, 2, 3, 10)),
        ("SPAN", (4, 0), (6, 0)),
        ("SPAN", (7, 0), (9, 0)),
    ]

    def _inner(self, column: int) -> float:
        return self.column_mm[column] * mm - 6

    def _money(self, amount: Decimal | None, column: int, style: str = "cell_right") -> Any:
        text = format_money(amount, thai_digits=self.thai_digits, decimals="auto")
        return self.fitted(text, style, self._inner(column))

    def _data_row(self, row: ProgressRow) -> list[Any]:
        p, progress = self.para, row.progress
        ticks = (progress.track_conscience, progress.track_mechanism, progress.track_efficiency)
        return [
            p(row.label, "cell"),
            p(row.indicators_text, "cell"),
            p(row.target_text, "cell"),
            p(row.result_text, "cell"),
            self._money(progress.amount_integrated, 4),
            self._money(progress.amount_own, 5),
            self._money(progress.amount_disbursed, 6),
            *(p(TICK if ticked else "-", "cell_centre") for ticked in ticks),
            p(progress.remarks, "cell"),
        ]

    def _heading_row(self, heading: Heading) -> list[Any]:
        prefix = "มิติที่ " if heading.level == 1 else ""
        return [self.para(f"{prefix}{heading.code} {heading.title}", "bold_cell")] + [""] * 10

    def _total_row(self, dimension: ProgressDimension) -> list[Any]:
        totals = dimension.totals
        return [
            self.para("รวม", "bold_cell"),
            "",
            "",
            "",
            self._money(totals.integrated, 4, "bold_cell_right"),
            self._money(totals.own, 5, "bold_cell_right"),
            self._money(totals.disbursed, 6, "bold_cell_right"),
            *(self.para(TICK if count else "-", "cell_centre") for count in totals.tracks),
            "",
        ]

    def _dimension_table(self, dimension: ProgressDimension, frame_height: float) -> Table:
        rows = self._head_rows()
        style: list[tuple[Any, ...]] = [*self.HEAD_SPANS, ("VALIGN", (0, 0), (-1, 1), "MIDDLE")]
        headings = []
        for entry in (dimension.heading, *dimension.entries):
            if isinstance(entry, Heading):
                headings.append(len(rows))
                rows.append(self._heading_row(entry))
                style.append(("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)))
            else:
                rows.append(self._data_row(entry))
        rows.append(self._total_row(dimension))
        last = len(rows) - 1
        style.append(("SPAN", (0, last), (3, last)))
        keep = self._keep_with_next(rows, style, [*headings, last - 1], frame_height)
        return Table(
            rows,
            colWidths=[w * mm for w in self.column_mm],
            repeatRows=2,
            splitByRow=0,  # a tall row starts under its heading and continues on the next page
            splitInRow=1,
            style=self.grid_style(style + keep),
        )

    def _keep_with_next(
        self, rows: list[list[Any]], style: list[tuple[Any, ...]], starts: list[int], frame_height: float
    ) -> list[tuple[Any, ...]]:
        """NOSPLIT for each heading and the row after it (and the last row with รวม), so a heading
        never ends a page; left out where the pair is too tall to move whole to the next page."""
        measure = Table(rows, colWidths=[w * mm for w in self.column_mm], style=self.grid_style(style))
        measure.wrap(self.table_pagesize[0], 10**7)  # every row measured, not just one page of them
        heights = measure._rowHeights
        room = frame_height - heights[0] - heights[1]
        return [
            ("NOSPLIT", (0, at), (-1, at + 1))
            for at in starts
            if at + 1 < len(rows) and heights[at] + heights[at + 1] <= room / 2
        ]

    # -- cover, introduction ---------------------------------------------------------------------
    def _round_text(self, report: ProgressReport, *, dash: str) -> str:
        start, end = report.date_range
        first = format_date_long(start, thai_digits=self.thai_digits, with_era=True)
        last = format_date_long(end, thai_digits=self.thai_digits, with_era=True)
        return f"({first} {dash} {last})"

    def _plan_years(self, report: ProgressReport) -> str:
        first, last = report.plan_first_fiscal_year, report.plan_last_fiscal_year
        return f"{last - first + 1} ปี (พ.ศ. {first + 543} - {last + 543})"

    def _title_block(self, report: ProgressReport, word: str, dash: str) -> list[Flowable]:
        label = round_label(report.kind, thai_digits=self.thai_digits)
        lines = [
            f"รายงานผลการดำเนิน{word}",
            f"ป้องกันการทุจริต ประจำปี พ.ศ. {report.fiscal_year + 543}",
            label,
            self._round_text(report, dash=dash),
        ]
        big = "cover" if word == "การ" else "title"  # the cover's words are larger; its dates fit one line
        return [self.para(line, big if n < 3 else "title") for n, line in enumerate(lines)]

    def _cover(self, report: ProgressReport) -> list[Flowable]:
        office = report.office
        return [
            Spacer(1, 60 * mm),
            *self._title_block(report, "การ", "–"),
            Spacer(1, 40 * mm),
            self.para(office.name, "cover"),
            self.para(office.location, "title"),
            PageBreak(),
        ]

    def _introduction(self, report: ProgressReport) -> list[Flowable]:
        org, fy = report.office.name, report.fiscal_year + 543
        plan = f"{PLAN_TITLE} {self._plan_years(report)}"
        period = self._round_text(report, dash="-").strip("()")
        label = round_label(report.kind, thai_digits=self.thai_digits).split(" (")[0]
        first = (
            f"{org} ได้มีการจัดทำ{plan} ประจำปีงบประมาณ พ.ศ. {fy} เพื่อใช้เป็นกรอบดำเนินงานในการป้องกันการทุจริต"
            f"ภายใน{org} ซึ่งในปีงบประมาณ พ.ศ. {fy} ได้จัดทำแผนปฏิบัติการในการวัดความสำเร็จของการดำเนินการ"
            f"ตามแผนปฏิบัติการป้องกันการทุจริตขึ้น"
        )
        second = (
            f"โดย{org} ได้มอบหมายให้ส่วนราชการไปดำเนินการ และบัดนี้การดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต "
            f"({label} {period}) ประจำปี พ.ศ. {fy} ได้เสร็จสิ้นแล้ว จึงขอรายงานผลการดำเนินงาน "
            f"โครงการ/กิจกรรม/มาตรการตามที่บรรจุไว้ในแผนปฏิบัติการป้องกันการทุจริตของ{org} พร้อมทั้งระบุ"
            "ปัจจัยสนับสนุน ปัญหา อุปสรรค ข้อเสนอแนะในการปรับปรุงแผนปฏิบัติการป้องกันการทุจริต "
            "ตามภารกิจและอำนาจหน้าที่ ดังนี้"
        )
        return [
            *self._title_block(report, "งาน", "-"),
            Spacer(1, 8 * mm),
            self.para(first, "paragraph"),
            Spacer(1, 3 * mm),
            self.para(second, "paragraph"),
        ]

    # -- narrative -------------------------------------------------------------------------------
    def _section(self, label: str, lines: list[str]) -> list[Flowable]:
        body = [self.para(f"- {line}", "bullet") for line in lines if line.strip()]
        if not body:
            body = [self.para("-", "bullet")]
        return [KeepTogether([self.para(label, "heading"), body[0]]), *body[1:]]

    def _narrative_item(self, row: ProgressRow) -> list[Flowable]:
        progress, status = row.progress, row.status
        done = status not in (None, ProgressStatus.NOT_POSSIBLE)
        indicators = [s for s in (row.indicators_text + "\n" + row.outcome_text).split("\n") if s.strip()]
        if status is ProgressStatus.NOT_POSSIBLE:
            actions, results = (
                [row.result_text.replace(f"{ProgressStatus.NOT_POSSIBLE.label_th}: ", f"{NOT_DONE} เนื่องจาก")],
                [NOT_DONE],
            )
        elif done:
            actions = progress.actions_text.splitlines()
            results = progress.results_text.splitlines() + ([f"สถานะ: {status.label_th}"] if status else [])
        else:
            actions, results = [NOT_DONE], [NOT_DONE]
        heading = self.para(f"{row.number} {item_title(row.kind, row.name)}", "heading")
        return [
            CondPageBreak(40 * mm),
            heading,
            *self._section("วัตถุประสงค์", list(row.objectives)),
            *self._section("วิธีดำเนินการ", list(row.method_steps)),
            *self._section("ตัวชี้วัด/ผลลัพธ์", indicators),
            *self._section("การดำเนินการ", actions),
            *self._section("ผลการดำเนินการ", results),
            Spacer(1, 3 * mm),
        ]

    def _narrative(self, report: ProgressReport) -> list[Flowable]:
        out: list[Flowable] = [self.para("ผลการดำเนินงาน", "title"), Spacer(1, 4 * mm)]
        for dimension in report.dimensions:
            out.append(CondPageBreak(50 * mm))
            out.append(self.para(f"มิติที่ {dimension.heading.code} {dimension.heading.title}", "heading"))
            for entry in dimension.entries:
                if isinstance(entry, Heading):
                    out.append(CondPageBreak(45 * mm))
                    out.append(self.para(f"{entry.code} {entry.title}", "heading"))
                else:
                    out.extend(self._narrative_item(entry))
        return out

    # -- summary page ----------------------------------------------------------------------------
    def _summary(self, report: ProgressReport) -> list[Flowable]:
        summary, org = report.summary, report.office.name
        out: list[Flowable] = [
            self.para(f"ผลการดำเนินงานของ อปท. บทสรุป/ข้อเสนอแนะ/แนวทางแก้ไขปรับปรุง {org}", "title"),
            Spacer(1, 4 * mm),
            self.para("ปัจจัยสนับสนุน", "heading"),
            self.para(
                "ในการดำเนินกิจกรรมต่างๆ ตามแผนปฏิบัติการฯ มีปัจจัยในการสนับสนุนและผลักดันในการดำเนินการประสบความสำเร็จ ดังนี้",
                "paragraph",
            ),
            *self._lines(summary.supporting_factors),
            self.para("ปัญหา/อุปสรรคในการดำเนินงาน", "heading"),
            *self._lines(summary.problems),
            self.para("ข้อเสนอแนะ", "heading"),
            *self._lines(summary.suggestions),
            Spacer(1, 8 * mm),
        ]
        date_text = (
            format_date_long(summary.report_date, thai_digits=self.thai_digits) if summary.report_date else ""
        )
        phones = "/".join(p for p in (summary.reporter_phone, summary.reporter_fax) if p)
        grid = [
            [self.para(f"ผู้รายงาน {summary.reporter_name}"), self.para(f"ตำแหน่ง {summary.reporter_position}")],
            [self.para(f"โทรศัพท์/โทรสาร {phones}"), self.para(f"E-mail : {summary.reporter_email}")],
            ["", self.para(f"วันที่ {date_text}")],
        ]
        widths = [self.content_width * 0.45, self.content_width * 0.55]
        out.append(KeepTogether(Table(grid, colWidths=widths, style=[("VALIGN", (0, 0), (-1, -1), "TOP")])))
        return out

    def _lines(self, text: str) -> list[Flowable]:
        lines = [line for line in text.splitlines() if line.strip()]
        return [self.para(line, "bullet") for line in lines] or [self.para("-", "bullet")]

    # -- summary statistics ----------------------------------------------------------------------
    def _statistics(self, report: ProgressReport) -> list[Flowable]:
        p = self.para
        head = [
            p(text, "head")
            for text in (
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
        ]
        rows: list[list[Any]] = [head]
        all_counts, budgets, disbursed = StatusCounts(), [], []
        for dimension in report.dimensions:
            counts, totals = dimension.status_counts, dimension.totals
            budget = sum((a for a in (totals.own, totals.integrated) if a is not None), Decimal(0))
            rows.append(
                self._statistics_row(f"มิติที่ {dimension.heading.code}", counts, budget, totals.disbursed)
            )
            all_counts = StatusCounts(
                *(sum(pair) for pair in zip(_counts(all_counts), _counts(counts), strict=True))
            )
            budgets.append(budget)
            disbursed.append(totals.disbursed or Decimal(0))
        rows.append(
            self._statistics_row("รวม", all_counts, sum(budgets, Decimal(0)), sum(disbursed, Decimal(0)))
        )
        widths = (40, 22, 26, 26, 30, 26, 22, 22, 22, 19, 18)
        style = self.grid_style([("VALIGN", (0, 0), (-1, 0), "MIDDLE")])
        return [
            p("สรุปผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต", "title"),
            p(
                f"{report.office.name} ปีงบประมาณ พ.ศ. {report.fiscal_year + 543} "
                f"{round_label(report.kind, thai_digits=self.thai_digits)}",
                "centre",
            ),
            Spacer(1, 4 * mm),
            Table(rows, colWidths=[w * mm for w in widths], repeatRows=1, style=style),
        ]

    def _statistics_row(
        self, label: str, counts: StatusCounts, budget: Decimal, disbursed: Decimal | None
    ) -> list[Any]:
        p = self.para
        numbers = [counts.total, *_counts(counts)]
        return [
            p(label, "cell"),
            *(p(str(n), "cell_centre") for n in numbers),
            p(_percent(counts.done, counts.total), "cell_centre"),
            self.fitted(
                format_money(budget or None, thai_digits=self.thai_digits), "cell_right", 22 * mm - 6
            ),
            self.fitted(format_money(disbursed, thai_digits=self.thai_digits), "cell_right", 19 * mm - 6),
            p(_percent(disbursed or 0, budget), "cell_centre"),
        ]

    # -- the document ----------------------------------------------------------------------------
    def _story(self, report: ProgressReport) -> list[Flowable]:
        story: list[Flowable] = [*self._cover(report), *self._introduction(report)]
        story += [NextPageTemplate("form"), PageBreak()]
        for index, dimension in enumerate(report.dimensions):
            if index:
                story.append(PageBreak())  # each มิติ on a new page, as in the seed
            story.append(self._dimension_table(dimension, self._form_frame_height))
        story += [NextPageTemplate("text"), PageBreak(), *self._narrative(report)]
        story += [PageBreak(), *self._summary(report)]
        story += [NextPageTemplate("landscape"), PageBreak(), *self._statistics(report)]
        return story

    def _metadata(self, report: ProgressReport) -> dict[str, str]:
        title = (
            f"รายงานผลการดำเนินงานป้องกันการทุจริต ประจำปี พ.ศ. {report.fiscal_year + 543} "
            f"{round_label(report.kind)} {report.office.name}"
        )
        return {"title": self.digits(title), "author": report.office.name, "subject": FORM_TITLE}

    def render(self, report: ProgressReport) -> bytes:
        buffer = BytesIO()
        portrait_size, form_size = portrait(A4), self.table_pagesize
        margin = self.table_margin

        def frame(size: tuple[float, float], top: float, name: str) -> Frame:
            left, right = (self.left_margin, self.right_margin) if size == portrait_size else (margin, margin)
            return Frame(
                left,
                self.bottom_margin,
                size[0] - left - right,
                size[1] - top - self.bottom_margin,
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
                id=name,
            )

        templates = [
            PageTemplate(
                id="text", frames=[frame(portrait_size, self.top_margin, "text")], pagesize=portrait_size
            ),
            PageTemplate(
                id="form",
                frames=[frame(form_size, margin + self._table_header_height, "form")],
                pagesize=form_size,
                onPage=lambda canvas, _doc: self._draw_form_header(canvas, report),
            ),
            PageTemplate(id="landscape", frames=[frame(form_size, margin, "landscape")], pagesize=form_size),
        ]
        meta = {"creator": APP_NAME, "producer": APP_NAME, **self._metadata(report)}
        doc = BaseDocTemplate(buffer, pagesize=portrait_size, pageTemplates=templates, **meta)
        canvas_class = type("FormCanvas", (NumberedCanvas,), {"thai_digits": self.thai_digits})
        doc.build(self._story(report), canvasmaker=canvas_class)
        return buffer.getvalue()


def _counts(counts: StatusCounts) -> tuple[int, int, int, int, int]:
    return (counts.done, counts.in_progress, counts.in_ordinance, counts.not_possible, counts.not_reported)


def render_progress_report(report: ProgressReport, *, thai_digits: bool = True) -> bytes:
    return ProgressReportRenderer(thai_digits=thai_digits).render(report)
