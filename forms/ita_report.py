"""The ITA measures report (seed 001): รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน.

Above the table, on every page: the title with the fiscal year and the office with its district and
province. The table has four columns, its header repeated on every page: ลำดับที่ | มาตรการหรือกิจกรรม
ที่ดำเนินการ | รายละเอียดการดำเนินการ | ผลลัพธ์หรือความสำเร็จของการดำเนินการ. As in the seed, one row
holds the actions that one result covers, numbered "๑." "๒." … within their measure (nested "(๑)" lines
below them), with that result beside them: its text, then the ITA citation ("(อ้างอิงจากผลการประเมิน ITA
ข้อ i๑๔ ได้คะแนนไม่ต่ำกว่าร้อยละ ๘๕)") and the score ("คะแนนข้อ i๑๔ ได้ ๙๖.๕๙"). The measure's number and
title print on its first row only. Rows longer than the rest of a page continue on the next one, as
they do in the seed, but a page break leaves at least two lines of a paragraph on each side and never
cuts a measure's title or a result's citations. The codes and the wording of the citations are
described in ``db.services.ita``; ``render_ita_report(document)`` gives the PDF bytes.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from db.services.ita import ItaReportDocument, ItaRow
from forms.base import TableFormRenderer
from forms.text import ThaiParagraph, escape, measure_text, thai_style

HEADINGS = (
    "ลำดับที่",
    "มาตรการหรือกิจกรรมที่ดำเนินการ",
    "รายละเอียดการดำเนินการ",
    "ผลลัพธ์หรือความสำเร็จของการดำเนินการ",
)

#: what opens a detail line of an action: "(๑) ", "(12) ", "- "
DETAIL_MARKER = re.compile(r"(?:\([^()\s]{1,4}\)|[-•])\s+")


class CellParagraph(ThaiParagraph):
    """A paragraph of a cell that a page break leaves at least two lines of on each side."""

    #: a paragraph of at most this many lines is never split
    whole_up_to: ClassVar[int] = 3

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        leading = self.style.leading
        count = len(self.lines(self._wrap_width if self._wrap_width is not None else availWidth))
        fit = min(int(availHeight // leading), count - 2)
        if count <= self.whole_up_to or fit < 2:
            return []
        return super().split(availWidth, fit * leading)


class WholeParagraph(CellParagraph):
    """A paragraph kept on one page: a measure's title, the citations and scores of a result."""

    whole_up_to = 12  # short enough to fit on any page


class ItaReportRenderer(TableFormRenderer):
    # A4 landscape (TableFormRenderer's page), not portrait: the seed's lines run to about 46 Thai
    # characters in each of the two wide columns and 36 in the measure column. Side by side that is
    # some 240 mm at a readable size, more than a portrait page holds; across a landscape page at
    # 13 pt the columns below give the seed's line lengths.
    #: ลำดับที่, measure, actions, results (mm; 273 in all)
    column_mm: ClassVar[tuple[float, ...]] = (14, 67, 96, 96)

    def _get_stylesheet(self) -> dict[str, Any]:
        styles = super()._get_stylesheet()
        styles["result"] = thai_style("result", parent=styles["cell"], spaceBefore=3)
        return styles

    def _hanging(self, marker: str, indent: float = 0, space_before: float = 0) -> ParagraphStyle:
        """A cell style whose wrapped lines start under the text that follows ``marker`` ("๑. ", "(๒) ")."""
        cell = self.styles["cell"]
        hang = measure_text(self.digits(marker), cell.fontName, cell.fontSize)
        return thai_style(
            "hanging", parent=cell, leftIndent=indent + hang, firstLineIndent=-hang, spaceBefore=space_before
        )

    def _header_lines(self, data: ItaReportDocument) -> list[str]:
        return [data.title, data.office_line]

    def _metadata(self, data: ItaReportDocument) -> dict[str, str]:
        return {"title": f"{data.title} {data.office.name}", "author": data.office.name, "subject": "ITA"}

    def _inner(self, column: int) -> float:
        """Width available to the text of ``column`` (the grid style pads 3 pt on each side)."""
        return self.column_mm[column] * mm - 6

    def _cell(
        self, text: str, style: ParagraphStyle, kind: type[CellParagraph] = CellParagraph
    ) -> CellParagraph:
        return kind(escape(self.digits(text)), style)

    def action_paragraphs(self, number: int, text: str) -> list[CellParagraph]:
        """An action: its numbered first line, then its detail lines ("(๑) …", "- …") under its text."""
        first, *details = [line.strip() for line in text.split("\n") if line.strip()]
        marker = f"{number}. "
        numbered = self._hanging(marker, space_before=3)
        paragraphs = [self._cell(marker + first, numbered)]
        for line in details:
            bullet = DETAIL_MARKER.match(line)
            paragraphs.append(
                self._cell(line, self._hanging(bullet[0] if bullet else "", numbered.leftIndent))
            )
        return paragraphs

    def result_paragraphs(self, row: ItaRow) -> list[CellParagraph]:
        """The result's text, then its citations and scores kept together on one page."""
        style = self.styles["result"]
        paragraphs = [self._cell(text, style) for text in row.result_paragraphs]
        if row.citation_lines:
            paragraphs.append(self._cell("\n".join(row.citation_lines), style, WholeParagraph))
        return paragraphs

    def _row(self, row: ItaRow) -> list[Any]:
        actions = [
            paragraph
            for number, text in enumerate(row.actions, start=row.first_action)
            for paragraph in self.action_paragraphs(number, text)
        ]
        if not row.opens_measure:
            return ["", "", actions, self.result_paragraphs(row)]
        number = self._cell(str(row.measure_number), self.styles["cell_centre"], WholeParagraph)
        title = self._cell(row.measure_title, self.styles["cell"], WholeParagraph)
        return [number, title, actions, self.result_paragraphs(row)]

    def _table(self, data: ItaReportDocument) -> Table:
        head = [self.para(text, "head") for text in HEADINGS]
        style = self.grid_style([("VALIGN", (0, 0), (-1, 0), "MIDDLE")])
        return Table(
            [head, *(self._row(row) for row in data.rows)],
            colWidths=[w * mm for w in self.column_mm],
            repeatRows=1,
            splitByRow=0,
            splitInRow=1,
            style=style,
        )

    def _story(self, data: ItaReportDocument) -> list[Flowable]:
        return [self._table(data)]


def render_ita_report(data: ItaReportDocument, *, thai_digits: bool = True) -> bytes:
    return ItaReportRenderer(thai_digits=thai_digits).render(data)
