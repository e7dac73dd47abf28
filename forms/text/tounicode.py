"""A ReportLab ``TTFont`` whose ToUnicode map names the glyphs that shaping substitutes.

ReportLab gives every glyph without a cmap entry (``uni0E48.small``, the NIKHAHIT+tone ligature,
tail-less ญ/ฐ …) a private-use code point and writes that code point into the ToUnicode CMap, so
copy/paste and search come out as U+E000… (thai-printing.md §2.3). :class:`ShapingTTFont` rewrites
those entries from the glyph names after ReportLab has written the font (§2.4), without patching
ReportLab globally. Poppler reads the ``/ActualText`` spans this package writes around every line
instead; this map is for viewers that ignore ActualText when searching.
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

_TONES = "\u0e48\u0e49\u0e4a\u0e4b"


def name_to_text(name: str) -> str | None:
    """The text a glyph name stands for: ``uni0E48.small`` -> U+0E48, ``yoYingthai.less`` -> U+0E0D."""
    base = name.split(".")[0]
    if base.startswith("uni") and len(base) > 3 and (len(base) - 3) % 4 == 0:
        try:
            text = "".join(chr(int(base[i : i + 4], 16)) for i in range(3, len(base), 4))
        except ValueError:
            text = ""
        if text:
            if len(text) == 2 and text[0] == "\u0e4d" and text[1] in _TONES:
                text = text[1] + text[0]  # NIKHAHIT+tone ligature: tone first, as in NFKD of ้ + ำ
            return text
    from fontTools import agl  # only for names that are not uniXXXX (about 7 ms to import)

    for candidate in (base, base.lower()):
        text = agl.toUnicode(candidate)
        if text:
            return text
    return None


def _is_private(code: int) -> bool:
    return 0xE000 <= code <= 0xF8FF


def make_cmap(font_name: str, subset: list[int], texts: dict[int, str]) -> str:
    """ReportLab's ToUnicode CMap for one subset, with ``texts`` replacing private code points."""

    def target(code: int) -> str:
        text = texts.get(code)
        if text is None:
            return f"{code:04X}"
        return text.encode("utf-16-be").hex().upper()

    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({font_name})",
        f"/Ordering ({font_name})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{font_name} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{target(code)}>" for i, code in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


class ShapingTTFont(TTFont):
    """``TTFont`` that remembers its real cmap and repairs the ToUnicode map of shaped glyphs."""

    def __init__(self, name: str, filename: str, **kwargs: Any) -> None:
        super().__init__(name, filename, **kwargs)
        #: Code points the font itself maps (ReportLab later adds private ones to ``charToGlyph``).
        self.coverage: frozenset[int] = frozenset(self.face.charToGlyph)
        self._pua_text: dict[int, str] = {}

    def private_text(self, code: int) -> str | None:
        """The text of a private code point ReportLab assigned to a shaped glyph."""
        if code in self.coverage or not _is_private(code):
            return None
        if code not in self._pua_text:
            gid = self.face.charToGlyph.get(code)
            name = self.hbFont().glyph_to_string(gid) if gid is not None else ""
            text = name_to_text(name) if name else None
            if text is None:
                return None
            self._pua_text[code] = text
        return self._pua_text[code]

    def addObjects(self, doc: Any) -> None:
        state = self.state.get(doc)
        subsets = [list(s) for s in state.subsets] if state is not None else []
        super().addObjects(doc)
        for n, subset in enumerate(subsets):
            texts = {c: t for c in subset if _is_private(c) and (t := self.private_text(c)) is not None}
            if not texts:
                continue
            base = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX)).decode("pdfdoc")
            stream = doc.idToObject.get("toUnicodeCMap:" + base)
            if stream is not None:
                stream.content = make_cmap(base, subset, texts)
