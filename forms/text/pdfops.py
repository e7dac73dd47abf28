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


def _font_fragments(canvas: Any, font_name: str) -> dict[str, _Fragment]:
    """The fragment cache of ``font_name`` in the canvas's document."""
    doc = canvas._doc
    per_doc = _fragments.get(doc)
    if per_doc is None:
        per_doc = _fragments[doc] = {}
    table = per_doc.get(font_name)
    if table is None:
        table = per_doc[font_name] = {}
    return table


def _make_fragment(canvas: Any, font_name: str, piece: Piece) -> _Fragment:
    """The TJ fragment of ``piece`` (``emit_line`` keeps it in :func:`_font_fragments`)."""
    doc = canvas._doc
    font = pdfmetrics.getFont(font_name)
    shaped = piece.shaped
    # one splitString call per piece: the subset and the byte of every glyph code, in order
    subsets: list[int] = []
    chunks: list[bytes] = []
    for sub, data in font.splitString("".join(map(chr, shaped.codes)), doc):
        subsets += [sub] * len(data)
        chunks.append(data)
    codes = b"".join(chunks)
    frag = []
    tokens: list[str] = []
    run = 0  # codes[run:k]: glyphs drawn without adjustments between them, one string operand
    subset, rise, pen = -1, 0.0, 0.0
    escape = canvas._escape
    for k, (sub, gx, gy, w) in enumerate(zip(subsets, shaped.xs, shaped.ys, shaped.widths, strict=True)):
        if sub != subset or gy != rise:
            if run < k:
                tokens.append("(" + escape(codes[run:k]) + ")")
                run = k
            if tokens:
                frag.append((subset, rise, " ".join(tokens)))
                tokens = []
            subset, rise = sub, gy
        if abs(gx - pen) > 1e-3:
            if run < k:
                tokens.append("(" + escape(codes[run:k]) + ")")
                run = k
            tokens.append(_num(pen - gx))
        pen = gx + w
    if run < len(codes):
        tokens.append("(" + escape(codes[run:]) + ")")
    if abs(shaped.advance - pen) > 1e-3:
        tokens.append(_num(pen - shaped.advance))
    if tokens:
        frag.append((subset, rise, " ".join(tokens)))
    return frag


def actual_text(text: str) -> str:
    """The /ActualText string operand for ``text``: UTF-16BE with BOM, as a hex string."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


#: (cmyk?, components) -> fill colour operator: paragraphs draw every line in one of a few colours
_color_ops: dict[tuple[bool, float, float, float, float], str] = {}


def color_op(color: Any) -> str:
    """The fill colour operator for a ReportLab colour (or anything ``colors.toColor`` accepts)."""
    c = colors.toColor(color)
    if isinstance(c, colors.CMYKColor):
        key = (True, c.cyan, c.magenta, c.yellow, c.black)
    else:
        key = (False, c.red, c.green, c.blue, 0.0)
    op = _color_ops.get(key)
    if op is None:
        if len(_color_ops) > 1000:  # colours made up per call: keep the table small
            _color_ops.clear()
        op = _color_ops[key] = f"{fp_str(*key[1:])} k" if key[0] else f"{fp_str(*key[1:4])} rg"
    return op


#: (rise, size) -> the text rise operator: a few mark offsets, over and over
_rise_ops: dict[tuple[float, float], str] = {}


def _rise_op(rise: float, size: float) -> str:
    op = _rise_ops.get((rise, size))
    if op is None:
        if len(_rise_ops) > 10_000:
            _rise_ops.clear()
        op = _rise_ops[(rise, size)] = f"{_num(rise * size / 1000.0)} Ts"
    return op


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
    table: dict[str, _Fragment] = {}
    cur_subset = -1
    cur_rise = 0.0
    size_str = _num(size)
    run_x = 0.0
    for piece in pieces:
        if piece.font != font_name:
            font_name, font, cur_subset = piece.font, pdfmetrics.getFont(piece.font), -1
            table = _font_fragments(canvas, font_name)
        frag = table.get(piece.text)
        if frag is None:
            frag = table[piece.text] = _make_fragment(canvas, font_name, piece)
        for subset, rise, tokens in frag:
            if subset != cur_subset or rise != cur_rise:
                if tj:
                    ops.append("[" + " ".join(tj) + "] TJ")
                    tj = []
                if subset != cur_subset:
                    ops.append(f"{font.getSubsetInternalName(subset, canvas._doc)} {size_str} Tf")
                    cur_subset = subset
                if rise != cur_rise:
                    ops.append(_rise_op(rise, size))
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
