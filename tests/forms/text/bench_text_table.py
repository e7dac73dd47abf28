"""Benchmark: a 100-row Thai table (about 300 Thai characters a row), A4 landscape, 14 pt, 5 columns.

Run: ``.venv/bin/python tests/forms/text/bench_text_table.py [--qt] [--no-a85] [--profile]``

Compares the Thai text engine (ReportLab + ThaiParagraph) with Qt's QTextDocument -> QPdfWriter on
the same rows, as measured in thai-printing.md §5.1: the median of 5 in-process builds after a
warm-up build. "fresh" builds clear the engine's segmentation and shaping caches first (the
first print of new data in a running app); "warm" builds keep them (re-printing the same data).
Not collected by pytest (the file name does not start with ``test_``).
"""

from __future__ import annotations

import io
import json
import statistics
import sys
import time
from collections.abc import Callable
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


def build_qt_pdf(rows: list[list[str]]) -> bytes:  # pragma: no cover - comparison only
    import html
    import tempfile

    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QFont, QFontDatabase, QPageLayout, QPageSize, QPdfWriter, QTextDocument
    from PySide6.QtWidgets import QApplication

    from db.paths import resource_path

    app = QApplication.instance() or QApplication(["bench"])
    family = getattr(build_qt_pdf, "family", None)
    if family is None:
        fid = QFontDatabase.addApplicationFont(str(resource_path("fonts", "Sarabun-Regular.ttf")))
        QFontDatabase.addApplicationFont(str(resource_path("fonts", "Sarabun-Bold.ttf")))
        family = build_qt_pdf.family = QFontDatabase.applicationFontFamilies(fid)[0]  # type: ignore[attr-defined]
    cols = "".join(f'<col width="{w}">' for w in COL_MM)
    td = 'style="border:0.4px solid grey; padding:3px; line-height:140%"'
    head = "".join(f"<th {td}>{html.escape(h)}</th>" for h in HEADER)
    body = "".join("<tr>" + "".join(f"<td {td}>{html.escape(t)}</td>" for t in r) + "</tr>" for r in rows)
    markup = f'<table cellspacing="0" width="100%">{cols}<thead><tr>{head}</tr></thead>{body}</table>'
    with tempfile.NamedTemporaryFile(suffix=".pdf") as tmp:
        writer = QPdfWriter(tmp.name)
        writer.setResolution(300)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Landscape,
                QMarginsF(12.7, 12.7, 12.7, 12.7),
                QPageLayout.Unit.Millimeter,
            )
        )
        document = QTextDocument()
        document.documentLayout().setPaintDevice(writer)
        font = QFont(family)
        font.setPointSizeF(14)
        document.setDefaultFont(font)
        document.setDocumentMargin(0)
        document.setHtml(markup)
        document.setPageSize(QSizeF(writer.width(), writer.height()))
        document.print_(writer)
        del writer
        data = Path(tmp.name).read_bytes()
    del app
    return data


def clear_engine_caches() -> None:
    from forms.text import clear_caches

    clear_caches()


def timed(build: Callable[[], bytes], runs: int = 5, before: Callable[[], None] | None = None) -> list[float]:
    times = []
    for _ in range(runs):
        if before:
            before()
        t0 = time.perf_counter()
        build()
        times.append(time.perf_counter() - t0)
    return times


def main(argv: list[str]) -> None:
    if "--no-a85" in argv:  # ReportLab's pure-Python ASCII85 stream encoding (no rl_accel installed)
        from reportlab import rl_config

        rl_config.useA85 = 0
    t0 = time.perf_counter()
    rows = benchmark_rows()
    pdf = build_engine_pdf(rows)
    cold = time.perf_counter() - t0
    chars = statistics.mean(sum(len(t) for t in r) for r in rows)
    print(f"rows: {len(rows)}, mean characters per row: {chars:.0f}, pages: {pdf.count(b'/Type /Page') - 1}")
    print(f"engine cold (imports, fonts, dictionary, first build): {cold:.3f} s")
    fresh = timed(lambda: build_engine_pdf(rows), before=clear_engine_caches)
    warm = timed(lambda: build_engine_pdf(rows))
    print(f"engine fresh caches: median {statistics.median(fresh):.3f} s  {[round(t, 3) for t in fresh]}")
    print(f"engine warm caches:  median {statistics.median(warm):.3f} s  {[round(t, 3) for t in warm]}")
    if "--qt" in argv:
        build_qt_pdf(rows)
        qt = timed(lambda: build_qt_pdf(rows))
        runs = [round(t, 3) for t in qt]
        print(f"Qt QTextDocument -> QPdfWriter: median {statistics.median(qt):.3f} s  {runs}")
    if "--profile" in argv:
        import cProfile
        import pstats

        clear_engine_caches()
        profiler = cProfile.Profile()
        profiler.runcall(build_engine_pdf, rows)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(35)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
    main(sys.argv[1:])
