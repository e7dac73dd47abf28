"""No missing-glyph boxes: substitutions, the replacement character, and the strict-mode guard."""

from __future__ import annotations

import io
import logging
from pathlib import Path

import pytest
import uharfbuzz as hb
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from text_pdf_helpers import column_pdf, drawn_notdef_count, extracted_lines, needs_pdftotext

from forms.text import (
    MissingGlyphError,
    ThaiParagraph,
    draw_text,
    is_strict,
    set_strict,
    shape,
    strict_glyphs,
    thai_style,
)
from forms.text import measure as measure_module
from forms.text.coverage import REPLACEMENT, display_char

MISSING = "漢"  # CJK: Sarabun has no glyph for it


def sarabun_has(char: str) -> bool:
    from reportlab.pdfbase import pdfmetrics

    return ord(char) in pdfmetrics.getFont("Sarabun").coverage


def test_the_test_character_really_is_missing_from_sarabun() -> None:
    assert not sarabun_has(MISSING)
    assert sarabun_has("ก")


def test_strict_mode_is_on_in_these_tests() -> None:
    assert is_strict()


def test_guard_fires_on_a_character_missing_from_sarabun() -> None:
    with pytest.raises(MissingGlyphError, match="U\\+6F22"):
        ThaiParagraph(f"ชื่อ {MISSING} ภาษาจีน", thai_style())
    canvas = Canvas(io.BytesIO())
    with pytest.raises(MissingGlyphError):
        draw_text(canvas, 10, 10, MISSING)


def test_shaping_guard_fires_on_notdef_even_without_substitution(monkeypatch: pytest.MonkeyPatch) -> None:
    """The last line of defence: glyph 0 in HarfBuzz's output is never drawn silently."""
    monkeypatch.setattr(measure_module, "display_char", lambda ch, coverage: (ch, False))
    measure_module._faces.clear()
    measure_module.clear_caches()
    try:
        with pytest.raises(MissingGlyphError):
            shape(f"ก{MISSING}ข", "Sarabun")
        with strict_glyphs(False):
            run = shape(f"ก{MISSING}ข", "Sarabun")
        assert run.missing == MISSING
        # the replacement glyph is drawn instead: no code maps to glyph 0
        from reportlab.pdfbase import pdfmetrics

        char_to_glyph = pdfmetrics.getFont("Sarabun").face.charToGlyph
        assert all(char_to_glyph[code] != 0 for code in run.codes)
    finally:
        measure_module._faces.clear()
        measure_module.clear_caches()


def test_harfbuzz_really_gives_notdef_for_the_missing_character() -> None:
    from reportlab.pdfbase import pdfmetrics

    font = hb.Font(pdfmetrics.getFont("Sarabun").hbFace)
    buf = hb.Buffer()
    buf.add_str(MISSING)
    buf.guess_segment_properties()
    hb.shape(font, buf, {})
    assert [info.codepoint for info in buf.glyph_infos] == [0]


@needs_pdftotext
def test_without_strict_mode_a_replacement_is_printed_and_the_source_kept(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    set_strict(False)
    pdf = tmp_path / "replacement.pdf"
    with caplog.at_level(logging.WARNING, logger="forms"):
        column_pdf(pdf, [f"ชื่อ {MISSING} จีน"], 150)
    assert "no glyph" in caplog.text
    data = pdf.read_bytes()
    assert drawn_notdef_count(data) == 0
    assert extracted_lines(pdf) == [f"ชื่อ {MISSING} จีน"]  # the text layer keeps what was typed


def test_strict_glyphs_context_is_per_thread_and_restores() -> None:
    set_strict(False)
    with strict_glyphs():
        assert is_strict()
        with strict_glyphs(False):
            assert not is_strict()
        assert is_strict()
    assert not is_strict()


@pytest.mark.parametrize(
    ("char", "drawn"),
    [
        ("ก", "ก"),
        ("\t", " "),
        ("\u200b", ""),  # zero-width space: a break opportunity, nothing drawn
        ("\u2060", ""),
        ("\u2713", "\u221a"),  # check mark -> square root sign
        ("\u2116", "No."),
        ("\uff21", "A"),  # fullwidth A (NFKC)
        ("\u2002", " "),  # en space
        ("\uf70a", "\u0e48"),  # legacy Thai PUA low mai ek
        ("\u01f9", "n\u0300"),  # ǹ has no precomposed glyph: base + combining grave
        (MISSING, REPLACEMENT),
    ],
)
def test_substitution_policy(char: str, drawn: str) -> None:
    from reportlab.pdfbase import pdfmetrics

    coverage = pdfmetrics.getFont("Sarabun").coverage
    assert display_char(char, coverage)[0] == drawn
    assert display_char(char, coverage)[1] is (char == MISSING)


@needs_pdftotext
def test_substituted_characters_print_without_boxes_and_extract_as_typed(tmp_path: Path) -> None:
    texts = ["ตรวจแล้ว \u2713", "เลขที่ \u2116 ๕", "ＡＢＣ", "ก\u200bข", "legacy ก\uf70a"]
    pdf = tmp_path / "subst.pdf"
    column_pdf(pdf, texts, 150)
    assert drawn_notdef_count(pdf.read_bytes()) == 0
    # the text layer has the typed characters (legacy Thai PUA normalised to real Thai)
    assert extracted_lines(pdf) == ["ตรวจแล้ว \u2713", "เลขที่ \u2116 ๕", "ＡＢＣ", "ก\u200bข", "legacy ก\u0e48"]


def test_a_stray_mark_is_drawn_without_a_dotted_circle_or_box() -> None:
    run = shape("\u0e48", "Sarabun")  # a tone mark with no base consonant
    assert run.codes and not run.missing


def test_drawn_notdef_detector_sees_a_real_box(tmp_path: Path) -> None:
    """Self-test of the PDF check: ReportLab's own drawString draws .notdef for a missing char."""
    pdf = tmp_path / "box.pdf"
    canvas = Canvas(str(pdf), pagesize=A4)
    canvas.setFont("Sarabun", 14)
    canvas.drawString(40, 800, f"ก{MISSING}")
    canvas.save()
    assert drawn_notdef_count(pdf.read_bytes()) == 1


def test_a_unit_from_the_cache_still_reports_its_missing_glyphs(caplog: pytest.LogCaptureFixture) -> None:
    """Units are cached across paragraphs (layout.py); a cached one warns, or raises, like a new one."""
    text = f"ชื่อ {MISSING} ภาษาจีนกลาง"
    with strict_glyphs(False), caplog.at_level(logging.WARNING, logger="forms"):
        ThaiParagraph(text, thai_style())
        first = caplog.text.count("no glyph")
        ThaiParagraph(text, thai_style())  # every unit comes from the cache now
        assert first >= 1
        assert caplog.text.count("no glyph") == 2 * first
    with pytest.raises(MissingGlyphError):
        ThaiParagraph(text, thai_style())


def test_a_reused_harfbuzz_buffer_shapes_like_a_new_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """measure._shape empties one buffer per thread instead of making one per run: nothing of a
    previous run (script, direction, language, contents) may leak into the next one."""
    texts = ["abc", "ภาษาไทย", "ABC ภาษา", "123.45", "\u0e48", "ﬁx", "ผู้ใหญ่บ้าน", "e\u0301", "ก", "Ａ"]
    texts = texts + texts[::-1]
    measure_module.clear_caches()
    reused = [shape(t, font) for font in ("Sarabun", "Sarabun-Bold") for t in texts]

    def new_buffer() -> hb.Buffer:
        buf = hb.Buffer()
        buf.flags = measure_module._FLAGS
        buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
        return buf

    monkeypatch.setattr(measure_module, "_buffer", new_buffer)
    measure_module.clear_caches()
    try:
        assert [shape(t, font) for font in ("Sarabun", "Sarabun-Bold") for t in texts] == reused
    finally:
        measure_module.clear_caches()
