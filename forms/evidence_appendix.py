"""The optional evidence appendix of a round report: photos two per page, each under the item it
documents and above its caption, then a list of the attached documents (PDFs)."""

from __future__ import annotations

from io import BytesIO
from typing import Any

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import CondPageBreak, Flowable, Image, KeepTogether, Spacer, Table

from db.services.evidence import AppendixEntry, EvidenceAppendix
from db.thai.fiscal import round_label
from forms.base import BaseRenderer
from forms.fonts import BOLD
from forms.text import thai_style

TITLE = "ภาคผนวก ภาพถ่ายและเอกสารหลักฐานการดำเนินงาน"


class EvidenceAppendixRenderer(BaseRenderer):
    header_size = 13.0

    def _get_stylesheet(self) -> dict[str, Any]:
        styles = super()._get_stylesheet()
        styles["label"] = thai_style("evidence-label", size=self.body_size, font=BOLD)
        styles["caption"] = thai_style("evidence-caption", size=self.body_size - 1, alignment="center")
        styles["problem"] = thai_style("evidence-problem", size=self.body_size - 1, alignment="center")
        return styles

    def _header_lines(self, data: EvidenceAppendix) -> list[str]:
        label = round_label(data.kind)
        return [TITLE, f"{data.office_name} ปีงบประมาณ พ.ศ. {data.fiscal_year + 543} {label}"]

    @property
    def _slot_height(self) -> float:
        """Half of the page body: two photos with their labels and captions per page."""
        body = self.pagesize[1] - self.top_margin - self.bottom_margin - self._header_height([" ", " "])
        return body / 2 - 2 * mm

    def _photo(self, number: int, entry: AppendixEntry) -> Flowable:
        evidence = entry.evidence
        caption = f"ภาพที่ {number} {evidence.caption}".strip()
        label = self.para(entry.item_label, "label")
        room = self._slot_height - 30 * mm  # label, caption and gaps
        if entry.data is None:
            picture: Flowable = self.para(f"[{entry.problem}]", "problem")
        else:
            width, height = ImageReader(BytesIO(entry.data)).getSize()
            scale = min(self.content_width / width, room / height)
            picture = Image(BytesIO(entry.data), width=width * scale, height=height * scale)
        return KeepTogether(
            [label, Spacer(1, 2 * mm), picture, Spacer(1, 1 * mm), self.para(caption, "caption")]
        )

    def _documents(self, data: EvidenceAppendix) -> list[Flowable]:
        if not data.documents:
            return []
        rows = [[self.para("ที่", "bold"), self.para("รายการ", "bold"), self.para("เอกสาร", "bold")]]
        for number, entry in enumerate(data.documents, start=1):
            evidence = entry.evidence
            name = f"{evidence.file_name} {evidence.caption}".strip()
            if entry.problem:
                name = f"{name} [{entry.problem}]"
            rows.append([self.para(str(number)), self.para(entry.item_label), self.para(name)])
        widths = [12 * mm, self.content_width * 0.5, self.content_width * 0.5 - 12 * mm]
        return [
            CondPageBreak(40 * mm),
            self.para("เอกสารแนบ", "title"),
            Spacer(1, 3 * mm),
            Table(rows, colWidths=widths, repeatRows=1, style=self.grid_style([])),
        ]

    def _story(self, data: EvidenceAppendix) -> list[Flowable]:
        if not data.entries:
            return [self.para("ไม่มีภาพถ่ายหรือเอกสารหลักฐานแนบในรอบนี้", "centre")]
        story: list[Flowable] = []
        for number, entry in enumerate(data.photos, start=1):
            story += [CondPageBreak(self._slot_height), self._photo(number, entry), Spacer(1, 4 * mm)]
        return story + self._documents(data)

    def _metadata(self, data: EvidenceAppendix) -> dict[str, str]:
        return {"title": self.digits(f"{TITLE} {data.office_name}"), "author": data.office_name}


def render_evidence_appendix(data: EvidenceAppendix, *, thai_digits: bool = True) -> bytes:
    return EvidenceAppendixRenderer(thai_digits=thai_digits, body_size=14).render(data)
