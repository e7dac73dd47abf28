"""A 100-row Thai table (about 300 Thai characters a row, A4 landscape, 14 pt, 5 columns) built from
the bundled NACC catalog: the corpus the text tests print and read back. Timing lives in
tests/benchmarks/, never here.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

CATALOG = Path(__file__).resolve().parents[3] / "resources" / "catalog" / "nacc-2566-2570-catalog.json"
TH_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
COL_MM = [17, 76, 72, 68, 38]
HEADER = ["ลำดับ", "ชื่อโครงการ/มาตรการ", "ผลผลิต (Output)", "ผลลัพธ์ (Outcome)", "งบประมาณ (บาท)"]


def _clip(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    if cut <= 0:
        cut = text.find(" ", limit)
    # no dangling " -": poppler's reading-order mode joins a line ending in "-" with the next one
    return (text[:cut] if cut > 0 else text).rstrip(" -")


def benchmark_rows(n: int = 100) -> list[list[str]]:
    """n rows of plan-table text built from the NACC catalog; about 300 Thai characters each."""
    items = json.loads(CATALOG.read_text(encoding="utf-8"))
    rows: list[list[str]] = []
    for i in range(n):
        item = items[i % len(items)]
        other = items[(i * 7 + 3) % len(items)]
        outputs = item["outputs"] + item["objectives"]
        outcomes = other["outcomes"] + other["objectives"]
        name = item["name_th"] if i < len(items) else other["name_th"]
        k = i % len(outcomes)
        output = _clip(" ".join(outputs[i % 2 :] + outputs[: i % 2]), 150)
        outcome = _clip(" ".join(outcomes[k:] + outcomes[:k]), 150)
        budget = f"{(i + 1) * 12_500:,}.00".translate(TH_DIGITS)
        rows.append([str(i + 1).translate(TH_DIGITS), _clip(name, 80), output, outcome, budget])
    return rows


def build_engine_pdf(rows: list[list[str]]) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    from forms.text import ThaiParagraph, escape, thai_style

    body = thai_style("bench-body", size=14)
    num = thai_style("bench-num", size=14, alignment="right")
    head = thai_style("bench-head", size=14, font="Sarabun-Bold", alignment="center")
    data = [[[ThaiParagraph(escape(h), head)] for h in HEADER]]
    for row in rows:
        cells = [ThaiParagraph(escape(t), num if k in (0, 4) else body) for k, t in enumerate(row)]
        data.append([[c] for c in cells])
    table = Table(data, colWidths=[w * mm for w in COL_MM], repeatRows=1, splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    out = io.BytesIO()
    margin = 12.7 * mm
    doc = SimpleDocTemplate(
        out,
        pagesize=landscape(A4),
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
    )
    doc.build([table])
    return out.getvalue()
