"""The project document (NACC template, seed 002): one sheet per โครงการ/กิจกรรม/มาตรการ with the
numbered headings ชื่อโครงการ, หลักการและเหตุผล, วัตถุประสงค์, กลุ่มเป้าหมาย, วิธีดำเนินการ,
ระยะเวลาดำเนินการ, งบประมาณดำเนินการ, ผู้รับผิดชอบโครงการ, ผลผลิต/ผลลัพธ์."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from db.services.items import YearDraft
from db.services.project_document import ProjectDocument
from db.thai import format_money
from forms.base import BaseRenderer
from forms.fonts import BOLD
from forms.plan_table import quantity_text
from forms.text import escape, thai_style

QUARTER_MONTHS = ("ต.ค. – ธ.ค.", "ม.ค. – มี.ค.", "เม.ย. – มิ.ย.", "ก.ค. – ก.ย.")
INDENT = 8 * mm


class ProjectDocumentRenderer(BaseRenderer):
    left_margin = 25 * mm
    right_margin = 20 * mm
    top_margin = 20 * mm
    bottom_margin = 18 * mm

    def _get_stylesheet(self) -> dict[str, Any]:
        styles = super()._get_stylesheet()
        size = self.body_size
        styles["heading"] = thai_style("heading", size=size, font=BOLD, spaceBefore=4)
        styles["framework"] = thai_style("framework", size=size, font=BOLD)
        styles["text"] = thai_style("text", size=size, leftIndent=INDENT, firstLineIndent=INDENT)
        styles["line"] = thai_style("line", size=size, leftIndent=INDENT * 2, firstLineIndent=-INDENT)
        styles["list"] = thai_style("list", size=size, leftIndent=INDENT * 2, firstLineIndent=-INDENT)
        styles["label"] = thai_style("label", size=size, leftIndent=INDENT, font=BOLD)
        return styles

    def _metadata(self, data: ProjectDocument) -> dict[str, str]:
        return {"title": data.item.name, "author": data.office.name, "subject": "รายละเอียดโครงการ"}

    # -- pieces ---------------------------------------------------------------------------------
    def _heading(self, number: int, label: str, inline: str = "") -> Flowable:
        text = f"<b>{number}. {escape(label)}</b>"
        if inline:
            text += f" {escape(self.digits(inline))}"
        return self.para(text, "heading", markup=True)

    def _numbered(self, items: tuple[str, ...]) -> list[Flowable]:
        return [self.para(f"{n}) {text}", "list") for n, text in enumerate(items, start=1)]

    def _paragraphs(self, text: str) -> list[Flowable]:
        blocks = [b.strip() for b in text.split("\n\n") if b.strip()]
        return [self.para(block, "text") for block in blocks] or [self.para("-", "text")]

    def _framework_lines(self, data: ProjectDocument) -> list[Flowable]:
        out = []
        for node in data.framework_path:
            prefix = "มิติที่ " if node.level == 1 else ""
            out.append(self.para(f"{prefix}{node.code} {node.title}", "framework"))
        if data.other_codes:
            out.append(self.para("(เป็นไปตามข้อ " + ", ".join(data.other_codes) + " ด้วย)", "body"))
        return out

    def _duration(self, data: ProjectDocument) -> list[Flowable]:
        item = data.item
        lines = []
        if item.duration_text:
            lines.append(item.duration_text)
        for year in item.years:
            if not year.included:
                continue
            quarters = [f"ไตรมาส {q + 1} ({QUARTER_MONTHS[q]})" for q in range(4) if year.quarters[q]]
            when = f": {', '.join(quarters)}" if quarters else ""
            lines.append(f"ปีงบประมาณ พ.ศ. {year.fiscal_year + 543}{when}")
        return [self.para(line, "line") for line in lines] or [self.para("-", "line")]

    def _budget_line(self, year: YearDraft) -> str | None:
        sources = (
            ("งบหน่วยงาน", year.budget_own),
            ("งบบูรณาการ", year.budget_integrated),
            ("อื่น ๆ", year.budget_other),
        )
        parts = [
            f"{label} {format_money(amount, thai_digits=self.thai_digits)} บาท"
            for label, amount in sources
            if amount is not None
        ]
        if not parts:
            return None
        total = format_money(year.budget_total, thai_digits=self.thai_digits)
        detail = f" ({', '.join(parts)})" if len(parts) > 1 else f" ({parts[0].split(' ')[0]})"
        return f"ปีงบประมาณ พ.ศ. {year.fiscal_year + 543} จำนวน {total} บาท{detail}"

    def _budget(self, data: ProjectDocument) -> list[Flowable]:
        lines = [line for year in data.item.years if year.included and (line := self._budget_line(year))]
        if not data.item.needs_budget:
            return [self.para("ไม่ใช้งบประมาณ", "line")]
        return [self.para(line, "line") for line in lines] or [self.para("-", "line")]

    def _target_group(self, data: ProjectDocument) -> list[Flowable]:
        item = data.item
        text = item.target_group or "-"
        if item.target_quantity is not None:
            text += f" จำนวน {quantity_text(item.target_quantity)} {item.target_unit}".rstrip()
        return [self.para(text, "line")]

    def _results(self, data: ProjectDocument) -> list[Flowable]:
        out: list[Flowable] = []
        for label, indicators in (
            ("ผลผลิต (Output)", data.item.outputs()),
            ("ผลลัพธ์ (Outcome)", data.item.outcomes()),
        ):
            out.append(self.para(label, "label"))
            out.extend(self._numbered(tuple(i.statement for i in indicators)) or [self.para("-", "text")])
        return out

    def _story(self, data: ProjectDocument) -> list[Flowable]:
        item = data.item
        story: list[Flowable] = [*self._framework_lines(data), Spacer(1, 3 * mm)]
        sections: list[tuple[str, list[Flowable]]] = [
            ("หลักการและเหตุผล", self._paragraphs(item.rationale)),
            ("วัตถุประสงค์", self._numbered(item.objectives) or [self.para("-", "text")]),
            ("กลุ่มเป้าหมาย", self._target_group(data)),
            ("วิธีดำเนินการ", self._numbered(item.method_steps) or [self.para("-", "text")]),
            ("ระยะเวลาดำเนินการ", self._duration(data)),
            ("งบประมาณดำเนินการ", self._budget(data)),
            ("ผู้รับผิดชอบโครงการ", [self.para(item.responsible or "-", "line")]),
            ("ผลผลิต/ผลลัพธ์", self._results(data)),
        ]
        story.append(self._heading(1, "ชื่อโครงการ :", item.name))
        for number, (label, body) in enumerate(sections, start=2):
            # a heading never ends a page: keep it with the first line of its section
            story.append(KeepTogether([self._heading(number, label), body[0]]))
            story.extend(body[1:])
        if item.remarks:
            story.append(
                KeepTogether([self._heading(len(sections) + 2, "หมายเหตุ"), self.para(item.remarks, "text")])
            )
        return story


def render_project_document(data: ProjectDocument, *, thai_digits: bool = True) -> bytes:
    return ProjectDocumentRenderer(thai_digits=thai_digits).render(data)
