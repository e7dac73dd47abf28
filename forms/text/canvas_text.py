"""Shaped text drawn straight onto a canvas: page headers, footers, page numbers.

``canvas.drawString(..., shaping=True)`` silently does nothing without rlbidi (thai-printing.md
§2.1); ``draw_text`` shapes with HarfBuzz and writes an /ActualText span like the paragraphs do.
"""

from __future__ import annotations

from typing import Any, Literal

from forms.fonts import DEFAULT_SIZE, REGULAR, font_variant, register_fonts
from forms.text.layout import Piece
from forms.text.markup import escape, parse
from forms.text.measure import shape
from forms.text.pdfops import emit_line

Align = Literal["left", "center", "centre", "right"]


def _pieces(text: str, font: str, markup: bool) -> list[Piece]:
    register_fonts()
    lines = parse(text if markup else escape(text))
    if len(lines) > 1:
        raise ValueError(f"draw_text() draws one line; got a line break in {text!r}")
    pieces: list[Piece] = []
    for run in lines[0]:
        face = font_variant(font, bold=run.bold, italic=run.italic)
        pieces.append(Piece(run.text, face, run.underline, shape(run.text, face)))
    return pieces


def measure_text(
    text: str, font: str = REGULAR, size: float = DEFAULT_SIZE, *, markup: bool = False
) -> float:
    """Width in points that :func:`draw_text` uses for ``text``."""
    return sum(p.shaped.advance for p in _pieces(text, font, markup)) * size / 1000.0


def draw_text(
    canvas: Any,
    x: float,
    y: float,
    text: str,
    font: str = REGULAR,
    size: float = DEFAULT_SIZE,
    *,
    align: Align = "left",
    color: Any = None,
    markup: bool = False,
) -> float:
    """Draw one line of ``text`` with its baseline at ``y``; returns its width in points.

    ``align`` says what ``x`` is: the left end, the centre or the right end of the text.
    ``color`` defaults to the canvas's current fill colour. ``markup=True`` allows <b>/<i>/<u>.
    """
    pieces = _pieces(text, font, markup)
    width = sum(p.shaped.advance for p in pieces) * size / 1000.0
    if align in ("center", "centre"):
        x -= width / 2.0
    elif align == "right":
        x -= width
    elif align != "left":
        raise ValueError(f"align must be left, center or right, not {align!r}")
    emit_line(canvas, x, y, size, pieces, "".join(p.text for p in pieces), color)
    return width
