"""The Sarabun font family for every printed form: registered once, found through ``resources/fonts``."""

from __future__ import annotations

import logging
import threading

from reportlab.lib.fonts import ps2tt, tt2ps
from reportlab.pdfbase import pdfmetrics

log = logging.getLogger("forms")

FAMILY = "Sarabun"
REGULAR = "Sarabun"
BOLD = "Sarabun-Bold"
ITALIC = "Sarabun-Italic"
BOLD_ITALIC = "Sarabun-BoldItalic"

#: Body text size of the printed forms (points); every style takes it as the default.
DEFAULT_SIZE = 16.0
#: Leading as a multiple of the font size. Stacked Thai marks reach about 1.1 em above the
#: baseline, so the usual 1.2 is too tight (thai-printing.md §2.2).
LEADING_RATIO = 1.5

_FILES = {
    REGULAR: "Sarabun-Regular.ttf",
    BOLD: "Sarabun-Bold.ttf",
    ITALIC: "Sarabun-Italic.ttf",
    BOLD_ITALIC: "Sarabun-BoldItalic.ttf",
}
_lock = threading.Lock()
_done = False


def register_fonts() -> None:
    """Register the four Sarabun faces and the "Sarabun" family with ReportLab. Idempotent, thread-safe.

    The faces are :class:`forms.text.tounicode.ShapingTTFont` instances: ordinary ReportLab
    ``TTFont`` objects that also remember their real character coverage and write a ToUnicode map
    that names the shaped (substituted) glyphs.
    """
    global _done
    if _done and BOLD_ITALIC in pdfmetrics._fonts:
        return
    from db.paths import resource_path
    from forms.text.tounicode import ShapingTTFont

    with _lock:
        registered = pdfmetrics.getRegisteredFontNames()
        for name, filename in _FILES.items():
            current = pdfmetrics._fonts.get(name) if name in registered else None
            if isinstance(current, ShapingTTFont):
                continue
            if current is not None:
                log.warning("font %s was registered elsewhere; replacing it with the shaping face", name)
            pdfmetrics.registerFont(ShapingTTFont(name, str(resource_path("fonts", filename))))
        pdfmetrics.registerFontFamily(
            FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
        _done = True


def font_variant(font_name: str, *, bold: bool = False, italic: bool = False) -> str:
    """The face of ``font_name``'s family with bold and/or italic switched on (never off).

    A font that belongs to no registered family is returned unchanged.
    """
    if not (bold or italic):
        return font_name
    try:
        family, is_bold, is_italic = ps2tt(font_name)
        return tt2ps(family, int(is_bold or bold), int(is_italic or italic))
    except ValueError:
        return font_name


def default_leading(size: float) -> float:
    return round(size * LEADING_RATIO, 2)
