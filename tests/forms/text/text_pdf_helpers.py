"""Helpers for the Thai text tests: build small PDFs, extract them with poppler, inspect them."""

from __future__ import annotations

import base64
import re
import shutil
import subprocess
import unicodedata
import zlib
from collections.abc import Sequence
from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from forms.text import ThaiParagraph, break_units, plain_text, thai_style

PDFTOTEXT = shutil.which("pdftotext")
needs_pdftotext = pytest.mark.skipif(
    PDFTOTEXT is None, reason="pdftotext (poppler-utils) is not installed: cannot read the PDF text back"
)
CELL_PADDING = 6.0  # ReportLab's default left and right cell padding

HARD_WORDS = [
    "ที่",
    "สิ้น",
    "ปั้น",
    "น้ำ",
    "ผู้ใหญ่",
    "กตัญญู",
    "ฐาน",
    "ฎีกา",
    "ญู",
    "ฐู",
    "ฤๅษี",
    "นั้น",
    "ทั้ง",
    "บุหรี่",
    "ถิ่น",
    "ปี่",
    "ฝั่ง",
    "กำหนด",
    "ดำเนินการ",
    "ทำ",
    "จำนวน",
]


def extract(pdf: Path, *, raw: bool = False) -> str:
    assert PDFTOTEXT is not None
    args = [PDFTOTEXT, "-enc", "UTF-8", *(["-raw"] if raw else []), str(pdf), "-"]
    return subprocess.run(args, capture_output=True, check=True, timeout=120).stdout.decode("utf-8")


def extracted_lines(pdf: Path, *, raw: bool = False) -> list[str]:
    """The non-empty lines pdftotext gives, NFC-normalised, page breaks dropped."""
    text = extract(pdf, raw=raw).replace("\f", "\n")
    return [unicodedata.normalize("NFC", line) for line in text.split("\n") if line.strip()]


def column_pdf(
    path: Path,
    texts: Sequence[str],
    width_mm: float,
    style: ParagraphStyle | None = None,
    *,
    markup: bool = False,
) -> list[ThaiParagraph]:
    """One-column table, one text per row, cells ``width_mm`` wide; returns the paragraphs."""
    style = style or thai_style("test", size=14)
    paragraphs = [ThaiParagraph(t, style, markup=markup) for t in texts]
    table = Table([[[p]] for p in paragraphs], colWidths=[width_mm * mm], splitInRow=1)
    table.setStyle(
        TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    )
    SimpleDocTemplate(str(path), pagesize=A4).build([table])
    return paragraphs


def cell_lines(paragraph: ThaiParagraph, width_mm: float) -> list[str]:
    return paragraph.line_texts(width_mm * mm - 2 * CELL_PADDING)


def reconstructs(source: str, lines: Sequence[str]) -> bool:
    """The documented invariant: ``source`` (one hard line) == s0 + L1 + s1 + … + Ln + sn, where
    every si is a (possibly empty) run of break whitespace."""
    ws = r"[ \u200b\u1680\u2000-\u2006\u2008-\u200a\u205f\u3000]*"
    pattern = ws + ws.join(re.escape(line) for line in lines) + ws
    return re.fullmatch(pattern, source) is not None


def line_ends_ok(
    source: str, lines: Sequence[str], width_pt: float, size: float, font: str = "Sarabun"
) -> bool:
    """Every line ends at a break-unit boundary, unless the unit it cuts is wider than the line."""
    from forms.text import text_width

    units = break_units(source)
    ends, pos = {}, 0
    for unit in units:
        ends[pos] = None
        pos += len(unit)
    ends[pos] = None
    starts_of_units = sorted(ends)
    pos = 0
    for line in lines:
        start = source.index(line, pos)
        end = start + len(line)
        pos = end
        while end < len(source) and source[end] in " \u200b":
            end += 1
        if end in ends:
            continue
        # inside a unit: allowed only if that unit alone (without trailing spaces) is too wide
        unit_start = max(s for s in starts_of_units if s < end)
        unit_end = min(s for s in starts_of_units if s > end)
        if text_width(source[unit_start:unit_end].rstrip(), font, size) <= width_pt:
            return False
    return True


def expected_lines(paragraphs: Sequence[ThaiParagraph], width_mm: float) -> list[str]:
    return [line for p in paragraphs for line in cell_lines(p, width_mm) if line]


def pdf_streams(data: bytes, *, content_only: bool = False) -> list[bytes]:
    """Every stream of a ReportLab PDF, decoded (ASCII85 and/or Flate); or only page contents."""
    out = []
    for m in re.finditer(rb"\d+ 0 obj\s*<<((?:(?!endobj).)*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        head, body = m.group(1), m.group(2)
        if b"ASCII85Decode" in head:
            body = base64.a85decode(body.strip(), adobe=True)
        if b"FlateDecode" in head:
            body = zlib.decompress(body)
        if content_only and (b"/Length1" in head or b"/Subtype" in head or b"begincmap" in body):
            continue
        out.append(body)
    return out


_STRING = re.compile(rb"\((?:\\.|[^\\)])*\)", re.S)
_ESCAPE = re.compile(rb"\\([0-7]{1,3}|.)", re.S)
_SIMPLE = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}


def _unescape(literal: bytes) -> bytes:
    def repl(m: re.Match[bytes]) -> bytes:
        g = m.group(1)
        if g[:1].isdigit():
            return bytes([int(g, 8) & 0xFF])
        return _SIMPLE.get(g, g)

    return _ESCAPE.sub(repl, literal[1:-1])


def drawn_notdef_count(data: bytes) -> int:
    """How many glyphs with code 0 (ReportLab's .notdef in every TrueType subset) the pages draw."""
    count = 0
    for stream in pdf_streams(data, content_only=True):
        for m in _STRING.finditer(stream):
            count += _unescape(m.group()).count(0)
    return count


def base_fonts(data: bytes) -> set[str]:
    """The font names a PDF uses, without the subset tag (AAAAAA+Sarabun-Bold -> Sarabun-Bold)."""
    return {m.decode() for m in re.findall(rb"/BaseFont /(?:[A-Z]{6}\+)?([A-Za-z0-9-]+)", data)}


def source_lines(text: str) -> list[str]:
    return plain_text(text).split("\n")


SAMPLE_PLAN = Path(__file__).resolve().parents[2] / "fixtures" / "data" / "sample-plan-003.json"


def corpus_sentences() -> list[str]:
    """Real long sentences: the seed-003 sample plan and the bundled NACC catalog."""
    import json

    from db.paths import resource_path

    plan_file, catalog_file = SAMPLE_PLAN, resource_path("catalog", "nacc-2566-2570-catalog.json")
    out: list[str] = []
    for item in json.loads(plan_file.read_text(encoding="utf-8")):
        out += [item[k] for k in ("name_th", "indicators_th", "outcome_th", "responsible_th") if item.get(k)]
    for item in json.loads(catalog_file.read_text(encoding="utf-8")):
        out.append(item["name_th"])
        for key in ("objectives", "outputs", "outcomes", "rationale", "method_steps"):
            out += item.get(key) or []
    return list(dict.fromkeys(out))


def assert_layout_invariant(paragraph: ThaiParagraph, width: float) -> None:
    """Every hard line of the paragraph's text is rebuilt by its printed lines plus break
    whitespace, each line fits, and each line ends at a break-unit boundary unless a single unit
    is wider than the line."""
    from forms.text import grapheme_clusters, text_width

    style = paragraph.style
    lines = paragraph.lines(width)
    by_block: dict[int, list[str]] = {}
    for line in lines:
        by_block.setdefault(line.start[0], []).append(line.text)
        if len(grapheme_clusters(line.text)) > 1:
            assert line.width <= width + 1e-6, (line.text, line.width, width)
        assert abs(line.width - text_width(line.text, style.fontName, style.fontSize)) < 0.05
    for b, source in enumerate(paragraph.getPlainText().split("\n")):
        printed = [t for t in by_block.get(b, []) if t]
        assert reconstructs(source, printed), (source, printed)
        assert line_ends_ok(source, printed, width, style.fontSize, style.fontName), (source, printed)
