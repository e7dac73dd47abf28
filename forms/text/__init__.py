"""The Thai text engine of the printed forms (ReportLab + HarfBuzz + newmm/ICU word segmentation).

Everything printed goes through here so that it is shaped (marks stack correctly), broken at
Thai word boundaries, never drawn with missing-glyph boxes, and extracts from the PDF exactly:

- :class:`ThaiParagraph` — a flowable for body text and table cells (small inline markup);
- :func:`draw_text` — one shaped line on the canvas (headers, footers, page numbers);
- :func:`escape` — plain text (what a clerk typed) -> markup that prints exactly that.

Text-layer invariant (tested in tests/forms/text): for a paragraph whose text is ``T`` (after
:func:`plain_text`, which NFC-normalises and turns tabs into spaces and every line break into
"\\n"), the PDF's text extracts (``pdftotext``, with or without ``-raw``) as the printed lines in
order, each exactly equal to :attr:`Line.text`; and for every hard line ``H`` of ``T`` the
printed lines ``L1…Ln`` satisfy ``H == s0 + L1 + s1 + L2 + … + Ln + sn`` where every ``si`` is a
(possibly empty) run of break whitespace (spaces, U+200B): only the whitespace at the start and
end of a hard line and at the line breaks is not printed; an empty hard line prints nothing.
Joining a hard line's printed lines therefore gives it back minus the break whitespace, and
joining them with the spaces that were there gives it back exactly.

Every printed line is one ``/ActualText`` span, so poppler returns exactly the source characters
(ำ stays U+0E33, no private-use code points, no stray spaces after marks) whatever glyphs were
drawn; a character the font lacks is drawn as "?" but its span still carries the character.
Known limits: ``pdftotext -raw`` joins lines of side-by-side table cells that share a baseline
(the default reading-order mode keeps columns apart); poppler's reading-order mode joins a line
that ends in "-" with the next line of its text block and drops the "-" (so no line is ever
broken after a "-"; only a hard line that itself ends in "-" can still be affected).
"""

from __future__ import annotations

from forms.fonts import register_fonts
from forms.text import measure as _measure
from forms.text import segment as _segment
from forms.text.canvas_text import draw_text, measure_text
from forms.text.coverage import MissingGlyphError, is_strict, set_strict, strict_glyphs
from forms.text.layout import Line
from forms.text.markup import MarkupError, escape, normalize_text, plain_text
from forms.text.measure import shape, text_width
from forms.text.paragraph import ThaiParagraph, thai_style
from forms.text.segment import ENGINE, break_units, grapheme_clusters


def clear_caches() -> None:
    """Forget every cached segmentation and shaping result (tests and benchmarks)."""
    _segment.clear_caches()
    _measure.clear_caches()  # and the units made from shaping results (layout.py)


__all__ = [
    "ENGINE",
    "Line",
    "MarkupError",
    "MissingGlyphError",
    "ThaiParagraph",
    "break_units",
    "clear_caches",
    "draw_text",
    "escape",
    "grapheme_clusters",
    "is_strict",
    "measure_text",
    "normalize_text",
    "plain_text",
    "register_fonts",
    "set_strict",
    "shape",
    "strict_glyphs",
    "text_width",
    "thai_style",
]
