"""Shaping (HarfBuzz) and width measurement, cached per (text, font).

A shaped run is size independent: positions are kept in PDF glyph-space units (1/1000 em) and
scaled by the font size when measuring or drawing. So the cache is per (word, font) and serves
every size, and the width used for line filling is exactly the width that gets drawn.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

import uharfbuzz as hb
from reportlab.pdfbase import pdfmetrics

from forms.text.coverage import REPLACEMENT, display_char, report_missing
from forms.text.tounicode import ShapingTTFont

_FLAGS = hb.BufferFlags.DO_NOT_INSERT_DOTTED_CIRCLE | hb.BufferFlags.REMOVE_DEFAULT_IGNORABLES
_FEATURES = {"kern": True, "liga": True}


class Shaped(NamedTuple):
    """One shaped run. Per glyph: the code point ReportLab's font maps to it (a real character or a
    private one ReportLab assigned), its x position from the run start and its y offset (both in
    1/1000 em), and the width the PDF's ``/Widths`` array gives that code."""

    codes: tuple[int, ...]
    xs: tuple[float, ...]
    ys: tuple[float, ...]
    widths: tuple[float, ...]
    advance: float  # 1/1000 em
    missing: str  # source characters drawn as the replacement (no glyph in the font)


class _Face:
    """HarfBuzz font and lookup tables of one registered ReportLab font."""

    def __init__(self, font: ShapingTTFont) -> None:
        self.font = font
        self.hb_font = font.hbFont()  # also sets up ReportLab's private code assignment
        self.scale = 1000.0 / font.face.unitsPerEm
        self.coverage = font.coverage
        self.display: dict[str, tuple[str, bool]] = {}
        self.replacement_gid = font.face.charToGlyph.get(ord(REPLACEMENT), 0)

    def display_text(self, text: str) -> tuple[str, str]:
        out: list[str] = []
        missing: list[str] = []
        cache = self.display
        for ch in text:
            hit = cache.get(ch)
            if hit is None:
                hit = cache[ch] = display_char(ch, self.coverage)
            out.append(hit[0])
            if hit[1]:
                missing.append(ch)
        return "".join(out), "".join(missing)

    def code_for(self, gid: int, advance: int) -> int:
        chars = self.font.face.glyphToChar.get(gid)
        if chars:
            return chars[0]
        return self.font.hbAddPrivate(self.hb_font.glyph_to_string(gid), gid, advance)


_faces: dict[str, _Face] = {}
_faces_lock = threading.Lock()


def _face(font_name: str) -> _Face:
    face = _faces.get(font_name)
    if face is None:
        font = pdfmetrics.getFont(font_name)
        if not isinstance(font, ShapingTTFont):
            raise TypeError(f"{font_name} is not a shaping font; call forms.fonts.register_fonts()")
        with _faces_lock:
            face = _faces.setdefault(font_name, _Face(font))
    return face


_buffers = threading.local()


def _buffer() -> hb.Buffer:
    """This thread's HarfBuzz buffer, emptied: flags and cluster level are set once (emptying keeps
    them and resets the segment properties), which saves creating and setting up one per run."""
    buf = getattr(_buffers, "buf", None)
    if buf is None:
        buf = _buffers.buf = hb.Buffer()
        buf.flags = _FLAGS
        buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    else:
        buf.clear_contents()
    return buf


@lru_cache(maxsize=100_000)
def _shape(text: str, font_name: str) -> Shaped:
    face = _face(font_name)
    display, missing = face.display_text(text)
    if not display:
        return Shaped((), (), (), (), 0.0, missing)
    buf = _buffer()
    buf.add_str(display)
    buf.guess_segment_properties()
    hb.shape(face.hb_font, buf, _FEATURES)
    scale = face.scale
    char_widths = face.font.face.charWidths
    glyph_to_char = face.font.face.glyphToChar
    codes: list[int] = []
    xs: list[float] = []
    ys: list[float] = []
    widths: list[float] = []
    pen = 0
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
        gid = info.codepoint
        advance = pos.x_advance
        if gid == 0:  # .notdef: never drawn
            missing += display[info.cluster]
            gid = face.replacement_gid
            advance = round(char_widths.get(ord(REPLACEMENT), 500) / scale)
        chars = glyph_to_char.get(gid)  # code_for(), inline: most glyphs have a character
        code = chars[0] if chars else face.code_for(gid, advance)
        codes.append(code)
        xs.append((pen + pos.x_offset) * scale)
        ys.append(pos.y_offset * scale)
        widths.append(char_widths.get(code, 0))
        pen += advance
    return Shaped(tuple(codes), tuple(xs), tuple(ys), tuple(widths), pen * scale, missing)


def shape(text: str, font_name: str) -> Shaped:
    """Shape ``text`` (one line, any script) with a registered shaping font; cached.

    Characters the font lacks are handled by :mod:`forms.text.coverage`; in strict mode they raise
    :class:`~forms.text.coverage.MissingGlyphError`, as does any glyph 0 in the shaping result.
    """
    run = _shape(text, font_name)
    if run.missing:
        report_missing(run.missing, font_name)
    return run


def text_width(text: str, font_name: str, size: float) -> float:
    """Width in points of ``text`` shaped with ``font_name`` at ``size``."""
    return _shape(text, font_name).advance * size / 1000.0


#: caches built from shaping results (layout's units): cleared with the shaping cache
_dependent_caches: list[Callable[[], None]] = []


def clear_caches() -> None:
    _shape.cache_clear()
    for clear in _dependent_caches:
        clear()
