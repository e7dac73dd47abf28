"""Writing shaped lines into a ReportLab canvas's content stream, each inside an /ActualText span.

ReportLab's own text drawing cannot shape on the canvas without rlbidi, and its shaped paragraphs
extract badly (private code points, ำ decomposed, stray spaces: thai-printing.md §2.3). Here
every glyph is placed with a ``TJ`` adjustment (x) and ``Ts`` rise (y) computed from HarfBuzz's
positions, and each printed line is wrapped in::

    /Span <</ActualText <FEFF…UTF-16BE…>>> BDC q … BT … ET … Q EMC

so text extraction (poppler's pdftotext, Acrobat, pdf.js) returns exactly the source characters.
Drawing happens between ``q``/``Q``, so the canvas's own font and colour state are untouched.
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics

from forms.text.layout import Piece

#: Underline offset below the baseline and thickness, in em: below Sarabun's lower vowels ุ ู
#: and the tails of ฎ ฏ (down to -0.232 em) and still inside a 1.5 × size line.
UNDERLINE_POSITION = -0.27
UNDERLINE_THICKNESS = 0.05

# Per document and font: the TJ fragments of every piece text drawn so far. A fragment is a list
# of (subset, rise, tokens): glyph codes and position adjustments relative to the piece start,
# ending with the pen exactly at the piece's advance. Code assignment is per document (ReportLab
# subsets), so the cache is too.
_Fragment = list[tuple[int, float, str]]
_fragments: weakref.WeakKeyDictionary[Any, dict[str, dict[str, _Fragment]]] = weakref.WeakKeyDictionary()


def _num(v: float) -> str:
    """A TJ/Ts number: positions are in 1/1000 em, so three decimals are more than enough."""
    r = round(v)
    if abs(v - r) < 1e-3:
        return str(r)
    return f"{v:.3f}".rstrip("0")


def _fragment(canvas: Any, font_name: str, piece: Piece) -> _Fragment:
    doc = canvas._doc
    per_doc = _fragments.get(doc)
    if per_doc is None:
        per_doc = _fragments[doc] = {}
    table = per_doc.get(font_name)
    if table is None:
        table = per_doc[font_name] = {}
    frag = table.get(piece.text)
    if frag is not None:
        return frag
    font = pdfmetrics.getFont(font_name)
    shaped = piece.shaped
    # one splitString call per piece: (subset, byte) of every glyph code, in order
    glyph_codes = [
        (sub, data[k : k + 1])
        for sub, data in font.splitString("".join(map(chr, shaped.codes)), doc)
        for k in range(len(data))
    ]
    frag = []
    tokens: list[str] = []
    run = bytearray()  # glyph bytes drawn without adjustments between them: one string operand
    subset, rise, pen = -1, 0.0, 0.0
    escape = canvas._escape
    for (sub, data), gx, gy, w in zip(glyph_codes, shaped.xs, shaped.ys, shaped.widths, strict=True):
        if sub != subset or gy != rise:
            if run:
                tokens.append("(" + escape(bytes(run)) + ")")
                run.clear()
            if tokens:
                frag.append((subset, rise, " ".join(tokens)))
                tokens = []
            subset, rise = sub, gy
        if abs(gx - pen) > 1e-3:
            if run:
                tokens.append("(" + escape(bytes(run)) + ")")
                run.clear()
            tokens.append(_num(pen - gx))
        run += data
        pen = gx + w
    if run:
        tokens.append("(" + escape(bytes(run)) + ")")
    if abs(shaped.advance - pen) > 1e-3:
        tokens.append(_num(pen - shaped.advance))
    if tokens:
        frag.append((subset, rise, " ".join(tokens)))
    table[piece.text] = frag
    return frag


def actual_text(text: str) -> str:
    """The /ActualText string operand for ``text``: UTF-16BE with BOM, as a hex string."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def color_op(color: Any) -> str:
    """The fill colour operator for a ReportLab colour (or anything ``colors.toColor`` accepts)."""
    c = colors.toColor(color)
    if isinstance(c, colors.CMYKColor):
        return f"{fp_str(c.cyan, c.magenta, c.yellow, c.black)} k"
    return f"{fp_str(c.red, c.green, c.blue)} rg"


def emit_line(
    canvas: Any,
    x: float,
    y: float,
    size: float,
    pieces: Sequence[Piece],
    text: str,
    color: Any = None,
) -> None:
    """Draw ``pieces`` side by side from (x, y) on the baseline; the span's ActualText is ``text``."""
    if not pieces:
        return
    ops: list[str] = [f"/Span <</ActualText {actual_text(text)}>> BDC q"]
    if color is not None:
        ops.append(color_op(color))
    # reset the text state a previous ReportLab text object may have left (char/word spacing …)
    ops.append(f"BT 0 Tc 0 Tw 100 Tz 0 Tr 0 Ts 1 0 0 1 {_num(x)} {_num(y)} Tm")
    underlines: list[tuple[float, float]] = []
    tj: list[str] = []
    font_name = ""
    font: Any = None
    cur_subset = -1
    cur_rise = 0.0
    size_str = _num(size)
    run_x = 0.0
    for piece in pieces:
        if piece.font != font_name:
            font_name, font, cur_subset = piece.font, pdfmetrics.getFont(piece.font), -1
        for subset, rise, tokens in _fragment(canvas, font_name, piece):
            if subset != cur_subset or rise != cur_rise:
                if tj:
                    ops.append("[" + " ".join(tj) + "] TJ")
                    tj = []
                if subset != cur_subset:
                    ops.append(f"{font.getSubsetInternalName(subset, canvas._doc)} {size_str} Tf")
                    cur_subset = subset
                if rise != cur_rise:
                    ops.append(f"{_num(rise * size / 1000.0)} Ts")
                    cur_rise = rise
            tj.append(tokens)
        if piece.underline:
            underlines.append((run_x, piece.shaped.advance))
        run_x += piece.shaped.advance
    if tj:
        ops.append("[" + " ".join(tj) + "] TJ")
    ops.append("ET")
    if underlines:
        scale = size / 1000.0
        uy, th = y + UNDERLINE_POSITION * size, UNDERLINE_THICKNESS * size
        # one rectangle for touching underlined pieces
        merged: list[list[float]] = []
        for ux, uw in underlines:
            if merged and abs(merged[-1][0] + merged[-1][1] - ux) < 1e-6:
                merged[-1][1] += uw
            else:
                merged.append([ux, uw])
        ops.extend(f"{fp_str(x + ux * scale, uy - th / 2, uw * scale, th)} re f" for ux, uw in merged)
    ops.append("Q EMC")
    canvas._code.append("\n".join(ops))
