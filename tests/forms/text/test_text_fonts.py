"""The Sarabun family is registered once and styles default to 16 pt."""

from __future__ import annotations

import subprocess
import sys

from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.fonts import tt2ps
from reportlab.pdfbase import pdfmetrics

from forms import fonts
from forms.text import register_fonts, thai_style
from forms.text.tounicode import ShapingTTFont, name_to_text


def test_register_fonts_is_idempotent() -> None:
    register_fonts()
    before = {
        name: pdfmetrics.getFont(name)
        for name in (fonts.REGULAR, fonts.BOLD, fonts.ITALIC, fonts.BOLD_ITALIC)
    }
    register_fonts()
    register_fonts()
    for name, font in before.items():
        assert pdfmetrics.getFont(name) is font
        assert isinstance(font, ShapingTTFont)
        assert font.face.name.decode().startswith("Sarabun")


def test_family_mapping() -> None:
    assert tt2ps(fonts.FAMILY, 0, 0) == fonts.REGULAR
    assert tt2ps(fonts.FAMILY, 1, 0) == fonts.BOLD
    assert tt2ps(fonts.FAMILY, 0, 1) == fonts.ITALIC
    assert tt2ps(fonts.FAMILY, 1, 1) == fonts.BOLD_ITALIC
    assert fonts.font_variant(fonts.REGULAR, bold=True) == fonts.BOLD
    assert fonts.font_variant(fonts.BOLD, italic=True) == fonts.BOLD_ITALIC
    assert fonts.font_variant(fonts.BOLD) == fonts.BOLD  # never switches bold off
    assert fonts.font_variant("NoSuchFont", bold=True) == "NoSuchFont"


def test_default_style_is_16pt_sarabun_with_room_for_stacked_marks() -> None:
    style = thai_style()
    assert (style.fontName, style.fontSize, style.leading, style.alignment) == ("Sarabun", 16, 24, TA_LEFT)
    small = thai_style("small", size=14, alignment="centre")
    assert (small.fontSize, small.leading, small.alignment) == (14, 21, TA_CENTER)


def test_glyph_names_to_text() -> None:
    assert name_to_text("uni0E48.small") == "\u0e48"
    assert name_to_text("uni0E4D0E49") == "\u0e49\u0e4d"
    assert name_to_text("yoYingthai.less") == "\u0e0d"
    assert name_to_text("thoThanthai.less") == "\u0e10"
    assert name_to_text("nonsense.glyph") is None


def test_forms_text_never_imports_qt() -> None:
    code = "import sys; sys.modules['PySide6'] = None; import forms.text, forms.fonts; print('ok')"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_style_with_a_parent_inherits_what_is_not_given() -> None:
    base = thai_style("base", size=14, font="Sarabun-Bold", alignment="right")
    fit = thai_style("fit", size=11.5, parent=base, leading=base.leading)
    assert (fit.fontName, fit.fontSize, fit.leading, fit.alignment) == ("Sarabun-Bold", 11.5, 21, 2)
    same = thai_style("same", parent=base)
    assert (same.fontName, same.fontSize, same.leading, same.alignment) == ("Sarabun-Bold", 14, 21, 2)
    resized = thai_style("resized", parent=base, size=20)
    assert resized.leading == 30
