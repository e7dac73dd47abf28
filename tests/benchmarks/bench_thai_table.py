"""Benchmark: a 100-row Thai table printed to PDF by our engine, by Qt and by LibreOffice.

Run on demand (not part of the test suite)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_thai_table.py
    ... bench_thai_table.py --profile        # also cProfile one render of ours (top 15)

Every engine prints the same document: a bold title line and a 5-column table (ที่, แผนงาน/โครงการ,
ตัวชี้วัด, ผลลัพธ์, หน่วยงานรับผิดชอบ) with a repeated header row and 100 body rows of about 300 Thai
characters each, A4 landscape, 12 mm margins, Sarabun 14 pt. The rows come deterministically from
tests/fixtures/data/sample-plan-003.json and resources/catalog/nacc-2566-2570-catalog.json.

Measurements (see tests/benchmarks/README.md for what they mean):

(a) ours, in-process: ReportLab ``Table`` of ``ThaiParagraph`` cells, ``repeatRows=1``, fonts
    registered before timing; one warm-up render, then the median of N renders (each builds the
    flowables from the row strings and writes the PDF file). Also reported, not judged: the same
    with the engine's segmentation/shaping caches cleared before every render.
(b) Qt, in-process: ``QTextDocument`` with an HTML ``<table>`` (``<thead>`` repeats), the bundled
    Sarabun registered with ``QFontDatabase.addApplicationFont``, printed to a ``QPdfWriter``;
    ``QApplication`` and the fonts are set up before timing; same warm-up/median protocol.
(c) whole process: a fresh Python process that imports our engine, renders once and exits, vs
    ``soffice --headless --convert-to pdf`` on an equivalent .docx (written here with zipfile, no
    python-docx needed); one untimed warm-up of each, then the median of M runs.

Targets: ours/Qt in-process <= 1.0, LibreOffice/ours whole-process >= 4.0.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as xml_escape

# Only the standard library at module level: the whole-process child (--child-render) must pay
# for exactly what the app pays for (our engine), not for Qt.
REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

PLAN_JSON = REPO / "tests" / "fixtures" / "data" / "sample-plan-003.json"
CATALOG_JSON = REPO / "resources" / "catalog" / "nacc-2566-2570-catalog.json"
FONT_DIR = REPO / "resources" / "fonts"

ROWS = 100
TARGET_THAI = 300  # Thai characters per row (all cells together)
NAME_MAX = 90  # Thai characters in the name column
#: Qt's proportional line height is relative to the font's natural height (Sarabun: 1.3 em), so
#: 115 % is about our 1.5 em leading. thai-printing.md §4 used 140 % for looks.
QT_LINE_HEIGHT_PCT = 115
NEEDLE_CHARS = 20

TARGET_OURS_OVER_QT = 1.0  # ours / Qt, in-process: at most
TARGET_LO_OVER_OURS = 4.0  # LibreOffice / ours, whole process: at least


# ------------------------------------------------------------------------------------------------
# Data: 100 deterministic rows of realistic Thai text
# ------------------------------------------------------------------------------------------------
def thai_count(text: str) -> int:
    return sum("\u0e00" <= ch <= "\u0e7f" for ch in text)


#: Thai above/below vowels, SARA AM, tone marks and other marks: they join the cluster before them.
_MARKS = (
    frozenset("\u0e31\u0e33")
    | frozenset(map(chr, range(0x0E34, 0x0E3B)))
    | frozenset(map(chr, range(0x0E47, 0x0E4F)))
)


def _clusters(text: str) -> list[str]:
    """Grapheme clusters (a base with its marks; a leading vowel with its base), so a cut never
    leaves a stray mark. Self-contained: the engine's own helpers are cached and would warm up."""
    out: list[str] = []
    join_next = False
    for ch in text:
        mark = ch in _MARKS
        if out and (join_next or mark):
            out[-1] += ch
        else:
            out.append(ch)
        join_next = ch in "เแโใไ"
    return out


def trim(text: str, budget: int) -> str:
    """``text`` cut to at most ``budget`` Thai characters: at a space if one is in the last 40 %,
    otherwise between two grapheme clusters."""
    text = " ".join(text.split())
    if thai_count(text) <= budget:
        return text
    kept, count, last_space = [], 0, -1
    for cl in _clusters(text):
        n = thai_count(cl)
        if count + n > budget:
            break
        if cl == " ":
            last_space = len(kept)
        kept.append(cl)
        count += n
    if last_space >= 0 and last_space >= 0.6 * len(kept):
        kept = kept[:last_space]
    return "".join(kept).strip()


def _joined(value: Any) -> str:
    if isinstance(value, list):
        return " ".join(str(v) for v in value)
    return "" if value is None else str(value)


def _fit(name: str, indicators: str, outcome: str, responsible: str, pad: str) -> list[str]:
    """Share TARGET_THAI Thai characters between the cells; short rows are padded from ``pad``."""
    name = trim(name, NAME_MAX)
    responsible = trim(responsible, 40)
    rest = TARGET_THAI - thai_count(name) - thai_count(responsible)
    ind_budget = max(rest // 2, rest - thai_count(" ".join(outcome.split())))
    indicators = trim(indicators, ind_budget)
    outcome_budget = rest - thai_count(indicators)
    if thai_count(outcome) < outcome_budget and pad:
        outcome = f"{' '.join(outcome.split())} {pad}".strip()
    outcome = trim(outcome, outcome_budget)
    return [name, indicators, outcome, responsible]


def build_rows() -> list[list[str]]:
    """100 rows of [no, name, indicators, outcome, responsible]; the same on every run."""
    plan = json.loads(PLAN_JSON.read_text(encoding="utf-8"))
    catalog = json.loads(CATALOG_JSON.read_text(encoding="utf-8"))
    rows: list[list[str]] = []
    for i, item in enumerate(plan):  # 19 rows from the sample annual plan
        pad = _joined(catalog[i % len(catalog)]["outcomes"])
        rows.append(
            _fit(
                item["name_th"],
                item["indicators_th"] or "",
                item["outcome_th"] or "",
                item["responsible_th"] or "",
                pad,
            )
        )
    for entry in catalog:  # 62 rows: the NACC catalog projects
        rows.append(
            _fit(
                entry["name_th"],
                _joined(entry["outputs"]),
                _joined(entry["outcomes"]),
                entry["responsible"] or "",
                _joined(entry["objectives"]),
            )
        )
    k = 0
    while len(rows) < ROWS:  # the rest: objectives / method steps / rationale of the same projects
        entry = catalog[k % len(catalog)]
        rows.append(
            _fit(
                _joined(entry["objectives"][:1]),
                _joined(entry["method_steps"]),
                _joined(entry["rationale"]),
                entry["target_group"] or "",
                _joined(entry["outputs"]),
            )
        )
        k += 1
    return [[str(n), *cells] for n, cells in enumerate(rows[:ROWS], start=1)]


def row_needle(row: list[str]) -> str:
    """What must be findable in the PDF text for this row: the first 20 characters of its first
    text cell, white space removed (cells wrap, so a line break may fall inside)."""
    return "".join(row[1].split())[:NEEDLE_CHARS]


# ------------------------------------------------------------------------------------------------
# (a) our engine
# ------------------------------------------------------------------------------------------------
sys.path.insert(0, str(Path(__file__).resolve().parent))
from print_table import (  # noqa: E402 - found beside this file
    COLUMN_MM,
    FONT_SIZE,
    HEADER,
    LEADING,
    MARGIN_MM,
    TITLE,
    clear_ours_caches,
    render_ours,
    setup_ours,
)


# ------------------------------------------------------------------------------------------------
# (b) Qt
# ------------------------------------------------------------------------------------------------
def table_html(rows: list[list[str]], *, line_height_pct: int = QT_LINE_HEIGHT_PCT) -> str:
    total = sum(COLUMN_MM)
    widths = [f"{100 * w / total:.2f}%" for w in COLUMN_MM]
    td = f'style="line-height:{line_height_pct}%; vertical-align:top"'
    parts = [
        "<html><head><meta charset='utf-8'></head><body>",
        f"<p style='font-weight:bold; font-size:{FONT_SIZE + 2:g}pt; margin-bottom:6pt'>"
        f"{html.escape(TITLE)}</p>",
        "<table border='1' cellspacing='0' cellpadding='3' width='100%' style='border-collapse:collapse; "
        "border-color:black'>",
        "<thead><tr style='background-color:#dde6f0'>",
    ]
    parts += [f"<th width='{w}' {td}>{html.escape(h)}</th>" for w, h in zip(widths, HEADER, strict=True)]
    parts.append("</tr></thead><tbody>")
    for row in rows:
        cells = [f"<td align='center' {td}>{html.escape(row[0])}</td>"]
        cells += [f"<td {td}>{html.escape(t)}</td>" for t in row[1:]]
        parts.append("<tr>" + "".join(cells) + "</tr>")
    parts.append("</tbody></table></body></html>")
    return "".join(parts)


class QtRenderer:
    """QApplication and the bundled Sarabun set up once; ``render`` is what gets timed."""

    def __init__(self) -> None:
        from PySide6.QtGui import QFontDatabase
        from PySide6.QtWidgets import QApplication

        self.app = QApplication.instance() or QApplication(["bench"])
        families: list[str] = []
        for name in ("Sarabun-Regular.ttf", "Sarabun-Bold.ttf"):
            fid = QFontDatabase.addApplicationFont(str(FONT_DIR / name))
            if fid == -1:
                raise RuntimeError(f"Qt could not load {name}")
            families += QFontDatabase.applicationFontFamilies(fid)
        self.family = families[0]

    def render(self, html_text: str, out: Path) -> None:
        from PySide6.QtCore import QMarginsF, QSizeF
        from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

        writer = QPdfWriter(str(out))
        writer.setResolution(300)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Landscape,
                QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                QPageLayout.Unit.Millimeter,
            )
        )
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(writer)
        font = QFont(self.family)
        font.setPointSizeF(FONT_SIZE)
        doc.setDefaultFont(font)
        doc.setDocumentMargin(0)
        doc.setHtml(html_text)
        doc.setPageSize(QSizeF(writer.width(), writer.height()))  # else print_() adds margins + numbers
        doc.print_(writer)
        del doc
        del writer  # the file is complete once the writer is gone


# ------------------------------------------------------------------------------------------------
# (c) LibreOffice: an equivalent .docx written by hand
# ------------------------------------------------------------------------------------------------
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_TWIPS_PER_MM = 1440 / 25.4


def _docx_run(text: str, *, bold: bool = False) -> str:
    rpr = "<w:rPr><w:b/><w:bCs/></w:rPr>" if bold else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{xml_escape(text)}</w:t></w:r>'


def _docx_para(text: str, *, bold: bool = False, align: str = "", size_pt: float | None = None) -> str:
    ppr = f'<w:jc w:val="{align}"/>' if align else ""
    if size_pt is not None:
        half = round(size_pt * 2)
        ppr += f'<w:rPr><w:sz w:val="{half}"/><w:szCs w:val="{half}"/></w:rPr>'
        rpr = "<w:b/><w:bCs/>" if bold else ""
        run = f'<w:r><w:rPr>{rpr}<w:sz w:val="{half}"/><w:szCs w:val="{half}"/></w:rPr>'
        run += f'<w:t xml:space="preserve">{xml_escape(text)}</w:t></w:r>'
        return f"<w:p><w:pPr>{ppr}</w:pPr>{run}</w:p>"
    return f"<w:p><w:pPr>{ppr}</w:pPr>{_docx_run(text, bold=bold)}</w:p>"


def write_docx(rows: list[list[str]], out: Path) -> None:
    """A minimal WordprocessingML package: Sarabun 14 pt in the Latin and complex-script slots,
    exact 21 pt line spacing, fixed column widths, a repeating header row, A4 landscape."""
    cols = [round(w * _TWIPS_PER_MM) for w in COLUMN_MM]
    margin = round(MARGIN_MM * _TWIPS_PER_MM)
    half = round(FONT_SIZE * 2)
    line = round(LEADING * 20)
    border = "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    body = [_docx_para(TITLE, bold=True, size_pt=FONT_SIZE + 2)]
    body.append(
        f'<w:tbl><w:tblPr><w:tblW w:w="{sum(cols)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
        f"<w:tblBorders>{border}</w:tblBorders>"
        '<w:tblCellMar><w:top w:w="20" w:type="dxa"/><w:left w:w="60" w:type="dxa"/>'
        '<w:bottom w:w="60" w:type="dxa"/><w:right w:w="60" w:type="dxa"/></w:tblCellMar></w:tblPr>'
        "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{c}"/>' for c in cols) + "</w:tblGrid>"
    )

    def tc(width: int, para: str, shade: str = "") -> str:
        fill = f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>' if shade else ""
        return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{fill}</w:tcPr>{para}</w:tc>'

    head = "".join(
        tc(c, _docx_para(h, bold=True, align="center"), "DDE6F0") for c, h in zip(cols, HEADER, strict=True)
    )
    body.append(f"<w:tr><w:trPr><w:tblHeader/></w:trPr>{head}</w:tr>")
    for row in rows:
        cells = [tc(cols[0], _docx_para(row[0], align="center"))]
        cells += [tc(c, _docx_para(t)) for c, t in zip(cols[1:], row[1:], strict=True)]
        body.append("<w:tr>" + "".join(cells) + "</w:tr>")
    body.append("</w:tbl><w:p/>")
    sect = (
        '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
        f'<w:pgMar w:top="{margin}" w:right="{margin}" w:bottom="{margin}" w:left="{margin}" '
        'w:header="0" w:footer="0" w:gutter="0"/></w:sectPr>'
    )
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{_W}"><w:body>'
        + "".join(body)
        + sect
        + "</w:body></w:document>"
    )
    styles = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{_W}"><w:docDefaults>'
        "<w:rPrDefault><w:rPr>"
        '<w:rFonts w:ascii="Sarabun" w:hAnsi="Sarabun" w:eastAsia="Sarabun" w:cs="Sarabun"/>'
        f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/><w:lang w:val="th-TH" w:bidi="th-TH"/>'
        "</w:rPr></w:rPrDefault>"
        f'<w:pPrDefault><w:pPr><w:spacing w:before="0" w:after="0" w:line="{line}" w:lineRule="exact"/>'
        "</w:pPr></w:pPrDefault></w:docDefaults></w:styles>"
    )
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/styles.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>'
    )
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    package_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="word/document.xml"/></Relationships>'
    )
    document_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{rel}/styles" Target="styles.xml"/></Relationships>'
    )
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", content_types)
        z.writestr("_rels/.rels", package_rels)
        z.writestr("word/document.xml", document)
        z.writestr("word/_rels/document.xml.rels", document_rels)
        z.writestr("word/styles.xml", styles)


def fontconfig_file(work: Path) -> Path:
    """A private fontconfig setup: the system's plus the app's font folder (nothing installed)."""
    conf = work / "fonts.conf"
    cache = work / "fc-cache"
    cache.mkdir(exist_ok=True)
    conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        "<include ignore_missing='yes'>/etc/fonts/fonts.conf</include>"
        f"<dir>{FONT_DIR}</dir><cachedir>{cache}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    return conf


# ------------------------------------------------------------------------------------------------
# Measuring and checking
# ------------------------------------------------------------------------------------------------
def timed(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def in_process(
    fn: Callable[[], Any], runs: int, before: Callable[[], Any] | None = None
) -> tuple[float, list[float]]:
    """(warm-up time, timed runs); ``before`` runs untimed ahead of every render."""
    if before:
        before()
    first = timed(fn)
    times = []
    for _ in range(runs):
        if before:
            before()
        times.append(timed(fn))
    return first, times


def whole_process(
    cmd: list[str], runs: int, env: dict[str, str], check: Callable[[], None]
) -> tuple[float, list[float], list[str]]:
    """(warm-up run, timed runs, stdout of each timed run) of a command; ``check`` verifies each output."""
    outputs: list[str] = []

    def once() -> float:
        start = time.perf_counter()
        result = subprocess.run(cmd, env=env, cwd=REPO, capture_output=True, check=False)
        took = time.perf_counter() - start
        if result.returncode != 0:
            raise RuntimeError(f"{cmd[0]} failed ({result.returncode}): {result.stderr.decode()[-2000:]}")
        check()
        outputs.append(result.stdout.decode("utf-8", "replace"))
        return took

    first = once()
    times = [once() for _ in range(runs)]
    return first, times, outputs[1:]


def page_count(pdf: Path) -> int:
    if shutil.which("pdfinfo"):
        out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, check=True, text=True).stdout
        for line in out.splitlines():
            if line.startswith("Pages:"):
                return int(line.split()[1])
    import re

    return len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))


def pdf_fonts(pdf: Path) -> str:
    if not shutil.which("pdffonts"):
        return "?"
    lines = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, check=True, text=True
    ).stdout.splitlines()
    names = sorted({line.split()[0].split("+")[-1] for line in lines[2:] if line.strip()})
    return ", ".join(names)


def text_check(pdf: Path, rows: list[list[str]]) -> tuple[int, list[int]] | None:
    """How many rows' needles the PDF text contains (pdftotext -raw, white space removed)."""
    if not shutil.which("pdftotext"):
        return None
    raw = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-raw", str(pdf), "-"], capture_output=True, check=True
    )
    text = "".join(raw.stdout.decode("utf-8").split())
    missing = [int(r[0]) for r in rows if row_needle(r) not in text]
    return len(rows) - len(missing), missing


def fmt_runs(first: float, times: list[float]) -> str:
    return (
        f"median {statistics.median(times):.3f} s  (warm-up {first:.3f}; runs "
        + " ".join(f"{t:.3f}" for t in times)
        + ")"
    )


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def profile_ours(rows: list[list[str]], out: Path, *, cold: bool, limit: int = 15) -> None:
    import cProfile
    import pstats

    if cold:
        clear_ours_caches()
    prof = cProfile.Profile()
    prof.enable()
    render_ours(rows, out)
    prof.disable()
    which = "caches cleared first" if cold else "warm caches, as in the timed median"
    for key in ("cumulative", "tottime"):
        print(f"\n--- cProfile of one render of ours ({which}), top {limit} by {key} ---")
        stats = pstats.Stats(prof, stream=sys.stdout)
        stats.strip_dirs().sort_stats(key).print_stats(limit)


def loadavg() -> str:
    try:
        return " ".join(f"{v:.2f}" for v in os.getloadavg())
    except OSError:
        return "?"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="timed in-process renders per engine (>= 5)")
    parser.add_argument(
        "--process-runs", type=int, default=3, help="timed whole-process runs per engine (>= 3)"
    )
    parser.add_argument("--profile", action="store_true", help="also cProfile one render of ours")
    parser.add_argument("--out", type=Path, help="keep the PDFs and inputs in this folder")
    parser.add_argument("--qt-line-height", type=int, default=QT_LINE_HEIGHT_PCT, help="Qt td line-height %%")
    parser.add_argument("--skip-qt", action="store_true")
    parser.add_argument("--skip-process", action="store_true", help="skip (c), the whole-process comparison")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)

    if args.runs < 5 or args.process_runs < 3:
        parser.error("--runs must be >= 5 and --process-runs >= 3")

    work = args.out or Path(tempfile.mkdtemp(prefix="bench-thai-table-"))
    work.mkdir(parents=True, exist_ok=True)
    rows = build_rows()
    counts = [sum(thai_count(c) for c in row) for row in rows]
    load_start = loadavg()

    from forms.text import ENGINE

    print(
        f"Thai table benchmark: {len(rows)} rows, Thai characters per row min {min(counts)} / median "
        f"{statistics.median(counts):g} / max {max(counts)} (total {sum(counts)}), {len(COLUMN_MM)} columns, "
        f"A4 landscape, {FONT_SIZE:g} pt"
    )
    print(
        f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, word segmenter: {ENGINE}, output in {work}"
    )
    print(f"load average at start: {load_start}")

    results: dict[str, float] = {}
    pdfs: dict[str, Path] = {}

    # (a) ours, in-process
    setup_ours()
    ours_pdf = pdfs["ours (in-process)"] = work / "ours.pdf"
    first, times = in_process(lambda: render_ours(rows, ours_pdf), args.runs)
    results["ours"] = statistics.median(times)
    print(f"\n(a) ours, in-process:          {fmt_runs(first, times)}")
    cold_pdf = work / "ours-cold.pdf"
    first_c, times_c = in_process(lambda: render_ours(rows, cold_pdf), args.runs, before=clear_ours_caches)
    results["ours_cold"] = statistics.median(times_c)
    print(f"    ours, caches cleared:       {fmt_runs(first_c, times_c)}")

    # (b) Qt, in-process
    if args.skip_qt:
        print("\n(b) Qt: skipped (--skip-qt)")
    else:
        try:
            qt = QtRenderer()
        except ImportError as exc:
            qt = None
            print(f"\n(b) Qt: skipped, PySide6 not importable ({exc})")
        if qt is not None:
            html_text = table_html(rows, line_height_pct=args.qt_line_height)
            (work / "table.html").write_text(html_text, encoding="utf-8")
            qt_pdf = pdfs["Qt (in-process)"] = work / "qt.pdf"
            first_q, times_q = in_process(lambda: qt.render(html_text, qt_pdf), args.runs)
            results["qt"] = statistics.median(times_q)
            print(
                f"\n(b) Qt, in-process:            {fmt_runs(first_q, times_q)}  "
                f"[family {qt.family!r}, line-height {args.qt_line_height}%]"
            )

    # (c) whole process
    if args.skip_process:
        print("\n(c) whole process: skipped (--skip-process)")
    else:
        rows_json = work / "rows.json"
        rows_json.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
        child_pdf = pdfs["ours (whole process)"] = work / "ours-process.pdf"
        env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
        cmd = [
            sys.executable,
            str(Path(__file__).resolve().with_name("print_table.py")),
            str(rows_json),
            str(child_pdf),
        ]

        def check_child() -> None:
            if not child_pdf.exists() or child_pdf.stat().st_size == 0:
                raise RuntimeError("the child wrote no PDF")

        first_p, times_p, outs = whole_process(cmd, args.process_runs, env, check_child)
        results["ours_process"] = statistics.median(times_p)
        print(f"\n(c) ours, whole process:       {fmt_runs(first_p, times_p)}")
        parts = [json.loads(o.strip().splitlines()[-1]) for o in outs]
        setup_s = statistics.median(p["setup"] for p in parts)
        render_s = statistics.median(p["render"] for p in parts)
        print(
            f"    of which (medians): imports + fonts {setup_s:.3f} s, first render {render_s:.3f} s, "
            f"interpreter start/exit and the rest {results['ours_process'] - setup_s - render_s:.3f} s"
        )

        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if soffice is None:
            print(
                "    LibreOffice: skipped, `soffice` is not on PATH "
                "(apt-get install --no-install-recommends libreoffice-writer-nogui to measure it)"
            )
        else:
            docx = work / "table.docx"
            write_docx(rows, docx)
            lo_out = work / "lo"
            lo_out.mkdir(exist_ok=True)
            lo_pdf = pdfs["LibreOffice (whole process)"] = lo_out / "table.pdf"
            lo_env = dict(env, FONTCONFIG_FILE=str(fontconfig_file(work)))
            profile_url = (work / "lo-profile").resolve().as_uri()
            lo_cmd = [
                soffice,
                f"-env:UserInstallation={profile_url}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(lo_out),
                str(docx),
            ]

            def check_lo() -> None:
                if not lo_pdf.exists() or lo_pdf.stat().st_size == 0:
                    raise RuntimeError("soffice wrote no PDF")
                lo_pdf.rename(lo_pdf.with_suffix(".last.pdf"))  # each run must write a new one

            first_l, times_l, _ = whole_process(lo_cmd, args.process_runs, lo_env, check_lo)
            lo_pdf.with_suffix(".last.pdf").rename(lo_pdf)
            results["lo_process"] = statistics.median(times_l)
            version = subprocess.run(
                [soffice, "--version"], capture_output=True, text=True, check=False
            ).stdout.strip()
            print(
                f"    LibreOffice, whole process: {fmt_runs(first_l, times_l)}  "
                f"[first run creates the profile; {version}]"
            )

    load_end = loadavg()

    # Results
    print("\nPDFs:")
    print(f"  {'pipeline':30} {'pages':>5} {'KB':>7}  {'rows found (first 20 chars)':>28}  fonts")
    sanity_ok = True
    for label, pdf in pdfs.items():
        check = text_check(pdf, rows)
        found = "n/a (no pdftotext)" if check is None else f"{check[0]}/{len(rows)}"
        if check is not None and label.startswith("ours") and check[0] != len(rows):
            sanity_ok = False
            found += f" MISSING rows {check[1][:10]}"
        print(
            f"  {label:30} {page_count(pdf):>5} {pdf.stat().st_size / 1024:>7.0f}  {found:>28}  "
            f"{pdf_fonts(pdf)}"
        )
    print("  (the sanity check is judged for our PDFs only; Qt's copy/paste is known to be lossy)")

    print("\nRatios (same run):")
    if "qt" in results:
        r = results["ours"] / results["qt"]
        print(
            f"  ours / Qt, in-process            {r:5.2f}  (target <= {TARGET_OURS_OVER_QT:g})  "
            f"{verdict(r <= TARGET_OURS_OVER_QT)}"
        )
        rc = results["ours_cold"] / results["qt"]
        print(f"  ours caches cleared / Qt         {rc:5.2f}  (not judged: every text new to the engine)")
    else:
        print("  ours / Qt, in-process            n/a (Qt not measured)")
    if "lo_process" in results:
        r = results["lo_process"] / results["ours_process"]
        print(
            f"  LibreOffice / ours, whole process {r:5.2f}  (target >= {TARGET_LO_OVER_OURS:g})  "
            f"{verdict(r >= TARGET_LO_OVER_OURS)}"
        )
        ri = results["lo_process"] / results["ours"]
        print(f"  LibreOffice process / ours in-process {ri:5.2f}  (not judged: ours inside a running app)")
    else:
        print("  LibreOffice / ours, whole process n/a (LibreOffice not measured)")
    print(f"  sanity: our PDF has every row's first {NEEDLE_CHARS} characters: {verdict(sanity_ok)}")
    print(f"\nload average at start: {load_start}; at end: {load_end}")

    if args.profile:
        profile_ours(rows, work / "ours-profile.pdf", cold=False)
        profile_ours(rows, work / "ours-profile-cold.pdf", cold=True)

    missed = ("qt" in results and results["ours"] / results["qt"] > TARGET_OURS_OVER_QT) or (
        "lo_process" in results and results["lo_process"] / results["ours_process"] < TARGET_LO_OVER_OURS
    )
    if not sanity_ok:
        return 2
    return 1 if (args.strict and missed) else 0


# ------------------------------------------------------------------------------------------------
# Optional smoke test: pytest -o addopts="" tests/benchmarks/bench_thai_table.py
# ------------------------------------------------------------------------------------------------
def test_smoke(tmp_path: Path) -> None:
    rows = build_rows()
    assert len(rows) == ROWS
    assert all(250 <= sum(thai_count(c) for c in row) <= 320 for row in rows)
    assert rows == build_rows()  # deterministic
    out = tmp_path / "smoke.pdf"
    render_ours(rows[:5], out)
    assert out.read_bytes().startswith(b"%PDF")
    check = text_check(out, rows[:5])
    assert check is None or check[0] == 5
    docx = tmp_path / "smoke.docx"
    write_docx(rows[:5], docx)
    assert zipfile.ZipFile(docx).testzip() is None


if __name__ == "__main__":
    sys.exit(main())
