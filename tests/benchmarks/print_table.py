"""Our engine printing the benchmark table: what one process of the app does to print it.

Imported by bench_thai_table.py for the in-process runs, and run by itself for the whole-process
runs (``python print_table.py ROWS_JSON OUT_PDF``), so the child process imports nothing but the
standard library it needs and our engine — not the benchmark's own tools.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

FONT_SIZE = 14.0
LEADING = 21.0  # our default: 1.5 x size
MARGIN_MM = 12.0
#: ที่, name, indicators, outcome, responsible (mm; 273 = 297 - 2 x 12)
COLUMN_MM = (12.0, 75.0, 80.0, 70.0, 36.0)
TITLE = "แผนปฏิบัติการป้องกันการทุจริต ตารางทดสอบความเร็วการพิมพ์ ๑๐๐ แถว"
HEADER = ("ที่", "แผนงาน/โครงการ/กิจกรรม", "ตัวชี้วัด/ผลผลิต", "ผลลัพธ์", "หน่วยงานรับผิดชอบ")

_styles: dict[str, Any] = {}


def setup_ours() -> None:
    """Font registration and styles: once, outside any timed region."""
    from forms.fonts import BOLD
    from forms.text import register_fonts, thai_style

    register_fonts()
    if not _styles:
        _styles["cell"] = thai_style("bench-cell", size=FONT_SIZE, leading=LEADING)
        _styles["centre"] = thai_style("bench-centre", size=FONT_SIZE, leading=LEADING, alignment="center")
        _styles["head"] = thai_style(
            "bench-head", size=FONT_SIZE, leading=LEADING, font=BOLD, alignment="center"
        )
        _styles["title"] = thai_style("bench-title", size=FONT_SIZE + 2, font=BOLD, spaceAfter=6)


def render_ours(rows: list[list[str]], out: Path) -> None:
    """Build the flowables from the row strings, lay out, write the PDF file (all timed)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    from forms.text import ThaiParagraph, escape

    setup_ours()
    cell, centre, head = _styles["cell"], _styles["centre"], _styles["head"]
    # cells as lists: with splitInRow ReportLab's row splitter drops a bare flowable (paragraph.py)
    data: list[list[Any]] = [[[ThaiParagraph(escape(h), head)] for h in HEADER]]
    for row in rows:
        data.append(
            [[ThaiParagraph(escape(row[0]), centre)]] + [[ThaiParagraph(escape(t), cell)] for t in row[1:]]
        )
    # splitInRow=1 as the app's tables do (plan_table.py): rows split across pages, as in Qt and LibreOffice
    table = Table(data, colWidths=[w * mm for w in COLUMN_MM], repeatRows=1, splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    margin = MARGIN_MM * mm
    doc = SimpleDocTemplate(
        str(out),
        pagesize=landscape(A4),
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title="bench",
    )
    doc.build([ThaiParagraph(escape(TITLE), _styles["title"]), table])


def clear_ours_caches() -> None:
    from forms.text import clear_caches

    clear_caches()


def child_render(rows_json: str, out_pdf: str) -> None:
    """The whole-process run: imports, font registration, one render, exit. Prints how long the
    imports + font registration and the render took (the parent adds interpreter start-up/exit)."""
    t0 = time.perf_counter()
    rows = json.loads(Path(rows_json).read_text(encoding="utf-8"))
    setup_ours()
    t1 = time.perf_counter()
    render_ours(rows, Path(out_pdf))
    t2 = time.perf_counter()
    print(json.dumps({"setup": t1 - t0, "render": t2 - t1}))


if __name__ == "__main__":
    child_render(sys.argv[1], sys.argv[2])
