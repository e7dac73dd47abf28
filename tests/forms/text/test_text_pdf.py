"""Real PDFs read back with pdftotext: the printed Thai comes back exactly, line by line."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import PageBreak, SimpleDocTemplate, Table, TableStyle
from text_pdf_helpers import (
    CELL_PADDING,
    HARD_WORDS,
    assert_layout_invariant,
    base_fonts,
    column_pdf,
    corpus_sentences,
    drawn_notdef_count,
    expected_lines,
    extracted_lines,
    needs_pdftotext,
    pdf_streams,
    reconstructs,
)

from forms.text import ThaiParagraph, draw_text, escape, plain_text, text_width, thai_style

pytestmark = needs_pdftotext
PUA = re.compile("[\ue000-\uf8ff]")


def assert_clean(lines: list[str]) -> None:
    text = "\n".join(lines)
    assert not PUA.search(text), "private-use characters in the extracted text"
    assert "\u0e4d\u0e32" not in text, "ำ came back decomposed (ํ + า)"


@pytest.mark.parametrize("width_mm", [25, 150])
@pytest.mark.parametrize("raw", [False, True], ids=["reading-order", "raw"])
def test_hard_words_and_real_sentences_extract_exactly(tmp_path: Path, width_mm: float, raw: bool) -> None:
    sentences = corpus_sentences()
    texts = [*HARD_WORDS, " ".join(HARD_WORDS), *sentences[:60], *sentences[-40:]]
    pdf = tmp_path / "corpus.pdf"
    paragraphs = column_pdf(pdf, texts, width_mm)
    assert drawn_notdef_count(pdf.read_bytes()) == 0

    got = extracted_lines(pdf, raw=raw)
    assert got == expected_lines(paragraphs, width_mm)  # exact, line by line, after NFC
    assert_clean(got)
    for word in HARD_WORDS:  # each hard word printed alone in its own cell comes back alone
        fits = text_width(word, "Sarabun", 14) <= width_mm * mm - 2 * CELL_PADDING
        assert word in got if fits else word not in got
    for paragraph in paragraphs:  # and no line ends inside a dictionary word
        assert_layout_invariant(paragraph, width_mm * mm - 2 * CELL_PADDING)


def test_sara_am_and_stacked_marks_are_byte_exact(tmp_path: Path) -> None:
    words = ["น้ำ", "กำหนด", "ดำเนินการ", "ทำ", "จำนวน", "ปั้น", "ที่", "ฝั่ง", "บุหรี่", "ฤๅษี"]
    pdf = tmp_path / "am.pdf"
    column_pdf(pdf, words, 150)
    for raw in (False, True):
        assert extracted_lines(pdf, raw=raw) == words
    assert "ำ" in "".join(extracted_lines(pdf))


def test_extracted_paragraph_joins_back_to_its_source(tmp_path: Path) -> None:
    source = next(s for s in corpus_sentences() if len(s) > 400 and "\n" not in s)
    pdf = tmp_path / "join.pdf"
    column_pdf(pdf, [source], 40)
    lines = extracted_lines(pdf, raw=True)
    assert len(lines) > 5
    assert reconstructs(source, lines)  # source == s0 + L1 + s1 + … + Ln + sn, si only break spaces


def test_bold_italic_underline_labels(tmp_path: Path) -> None:
    markup = "<b>ผลผลิต (Output)</b> เผยแพร่ <i>ประมวลจริยธรรม</i> <u>๓ ช่องทาง</u> &amp; 1 &lt; 2"
    pdf = tmp_path / "markup.pdf"
    paragraphs = column_pdf(pdf, [markup, "<b><i>ตัวหนาเอียง</i></b>"], 150, markup=True)
    data = pdf.read_bytes()
    assert {"Sarabun-Regular", "Sarabun-Bold", "Sarabun-Italic", "Sarabun-BoldItalic"} <= base_fonts(data)
    assert extracted_lines(pdf, raw=True) == expected_lines(paragraphs, 150)
    assert extracted_lines(pdf)[0] == "ผลผลิต (Output) เผยแพร่ ประมวลจริยธรรม ๓ ช่องทาง & 1 < 2"
    content = b"".join(pdf_streams(data, content_only=True))
    assert content.count(b" re f") == 1  # one underline rectangle for the <u> run


def test_clerk_text_with_markup_characters_is_printed_verbatim(tmp_path: Path) -> None:
    typed = 'ค่า < 5 & > 3 "อ้างอิง" <b>ไม่ใช่ตัวหนา</b>'
    pdf = tmp_path / "escape.pdf"
    column_pdf(pdf, [escape(typed)], 150, markup=True)
    assert extracted_lines(pdf) == [typed]
    assert "Sarabun-Bold" not in base_fonts(pdf.read_bytes())


def test_paragraph_taller_than_a_page_continues_in_the_next_page(tmp_path: Path) -> None:
    text = " ".join(corpus_sentences()[:30])
    style = thai_style("tall", size=14)
    paragraph = ThaiParagraph(escape(text), style)
    label = ThaiParagraph("ข้อ ๑", style)
    table = Table([[[label], [paragraph]]], colWidths=[20 * mm, 60 * mm], splitInRow=1)
    table.setStyle(
        TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    )
    pdf = tmp_path / "tall.pdf"
    doc = SimpleDocTemplate(str(pdf), pagesize=A4)
    doc.build([table])
    expected = paragraph.line_texts(60 * mm - 2 * CELL_PADDING)
    assert len(expected) * style.leading > A4[1]  # really taller than a page

    pages = [p for p in pdftotext_pages(pdf, raw=False) if p]  # reading order keeps the columns apart
    assert len(pages) >= 2
    got = [line for page in pages for line in page if line != "ข้อ ๑"]
    assert got == expected  # nothing lost, nothing repeated, in order
    assert all(page for page in pages)  # text on every page
    assert reconstructs(plain_text(escape(text)), got)


def pdftotext_pages(pdf: Path, *, raw: bool = True) -> list[list[str]]:
    from text_pdf_helpers import extract

    return [
        [unicodedata.normalize("NFC", line) for line in page.split("\n") if line.strip()]
        for page in extract(pdf, raw=raw).split("\f")
    ]


def test_long_paragraph_splits_across_frames(tmp_path: Path) -> None:
    text = "\n".join(corpus_sentences()[:25])
    paragraph = ThaiParagraph(escape(text), thai_style("flow"))
    pdf = tmp_path / "flow.pdf"
    doc = SimpleDocTemplate(str(pdf), pagesize=A4)
    doc.build([paragraph, PageBreak()])
    expected = [line for line in paragraph.line_texts(doc.width - 2 * 6) if line]  # frame padding
    assert len(pdftotext_pages(pdf)) > 2
    assert extracted_lines(pdf, raw=True) == expected


@pytest.mark.parametrize("align", ["left", "center", "right"])
def test_canvas_text_extracts_exactly(tmp_path: Path, align: str) -> None:
    pdf = tmp_path / "canvas.pdf"
    canvas = Canvas(str(pdf), pagesize=A4)
    for page in range(1, 6):
        thai = str(page).translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))
        draw_text(canvas, A4[0] / 2, 30, f"หน้า {thai} / ๕", size=14, align=align)
        draw_text(canvas, 40, A4[1] - 40, "แบบรายงานผลการดำเนินงาน <ปปช.> & ที่ น้ำ", font="Sarabun-Bold")
        canvas.setFont("Helvetica", 10)
        canvas.drawString(40, 60, "plain Helvetica after")
        canvas.showPage()
    canvas.save()
    pages = pdftotext_pages(pdf)
    for page in range(1, 6):
        thai = str(page).translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))
        assert pages[page - 1] == [
            f"หน้า {thai} / ๕",
            "แบบรายงานผลการดำเนินงาน <ปปช.> & ที่ น้ำ",
            "plain Helvetica after",
        ]
    assert drawn_notdef_count(pdf.read_bytes()) == 0
    assert "Helvetica" in base_fonts(pdf.read_bytes())


def test_centre_and_right_alignment_positions(tmp_path: Path) -> None:
    pdf = tmp_path / "align.pdf"
    texts = ["ชิดซ้าย", "กึ่งกลาง", "ชิดขวา"]
    styles = [thai_style(f"a{k}", size=14, alignment=a) for k, a in enumerate(["left", "center", "right"])]
    canvas = Canvas(str(pdf), pagesize=A4, pageCompression=0)
    for k, (text, style) in enumerate(zip(texts, styles, strict=True)):
        paragraph = ThaiParagraph(text, style)
        paragraph.wrap(200, 100)
        paragraph.drawOn(canvas, 100, 700 - 40 * k)
    canvas.save()
    xs = [float(x) for x in re.findall(rb"1 0 0 1 ([\d.]+) [\d.]+ Tm", pdf.read_bytes())]
    widths = [ThaiParagraph(t, s).lines(200)[0].width for t, s in zip(texts, styles, strict=True)]
    assert xs[0] == pytest.approx(100)
    assert xs[1] == pytest.approx(100 + (200 - widths[1]) / 2, abs=1e-3)
    assert xs[2] == pytest.approx(300 - widths[2], abs=1e-3)
    assert extracted_lines(pdf) == texts


def test_tounicode_map_names_the_shaped_glyphs(tmp_path: Path) -> None:
    """Viewers that ignore /ActualText still search the right characters: no private-use targets."""
    pdf = tmp_path / "cmap.pdf"
    column_pdf(pdf, [" ".join(HARD_WORDS)], 150)
    cmaps = [s for s in pdf_streams(pdf.read_bytes()) if b"begincmap" in s]
    assert cmaps
    targets = [t for cmap in cmaps for t in re.findall(rb"<[0-9A-F]{2}> <([0-9A-F]+)>", cmap)]
    assert targets
    assert not [t for t in targets if 0xE000 <= int(t[:4], 16) <= 0xF8FF]
    assert b"0E490E4D" in b" ".join(targets)  # the NIKHAHIT+tone ligature of น้ำ, tone first
