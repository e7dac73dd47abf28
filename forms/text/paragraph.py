"""``ThaiParagraph``: a ReportLab flowable that breaks, shapes and draws Thai text itself."""

from __future__ import annotations

from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus.flowables import Flowable

from forms.fonts import DEFAULT_SIZE, REGULAR, default_leading, register_fonts
from forms.text.layout import Line, Unit, build_units, fill, tail
from forms.text.markup import escape, parse
from forms.text.pdfops import emit_line

_ALIGN_NAMES = {"left": TA_LEFT, "center": TA_CENTER, "centre": TA_CENTER, "right": TA_RIGHT}


def thai_style(
    name: str = "thai-body",
    *,
    size: float | None = None,
    leading: float | None = None,
    font: str | None = None,
    alignment: int | str | None = None,
    parent: ParagraphStyle | None = None,
    **kwargs: Any,
) -> ParagraphStyle:
    """A ParagraphStyle for Thai text.

    Without ``parent``: Sarabun, 16 pt, left-aligned, leading 1.5 × size. With ``parent``, whatever
    is not given is inherited (the leading too, unless ``size`` is given without ``leading``).
    ``alignment`` may be a ReportLab constant or "left", "center"/"centre", "right".
    """
    if isinstance(alignment, str):
        alignment = _ALIGN_NAMES[alignment.lower()]
    values: dict[str, Any] = dict(kwargs)
    if parent is None:
        size = DEFAULT_SIZE if size is None else size
        font = REGULAR if font is None else font
        alignment = TA_LEFT if alignment is None else alignment
    if size is not None:
        values["fontSize"] = size
        if leading is None:
            leading = default_leading(size)
    if leading is not None:
        values["leading"] = leading
    if font is not None:
        values["fontName"] = font
    if alignment is not None:
        values["alignment"] = alignment
    return ParagraphStyle(name, parent=parent, **values)


def baseline_offset(font_name: str, size: float, leading: float) -> float:
    """Distance from the top of a line box to its baseline: the font's ascent-to-descent box is
    centred in the leading (as CSS does), so stacked marks and descenders stay inside the line."""
    face = pdfmetrics.getFont(font_name).face
    ascent, descent = face.ascent / 1000.0 * size, -face.descent / 1000.0 * size
    return (leading - ascent - descent) / 2.0 + ascent


class ThaiParagraph(Flowable):
    """A paragraph of Thai (and Latin) text: word-boundary breaking, HarfBuzz shaping, exact text layer.

    ``text`` is markup (``<b> <i> <u> <br/>``, ``&amp; &lt; &gt;``; see ``markup.py``) unless
    ``markup=False``, in which case it is plain text printed as is. "\\n" always starts a new line.
    The style's fontName, fontSize, leading, textColor, alignment (left/centre/right; justify
    prints left-aligned), leftIndent, rightIndent, firstLineIndent, spaceBefore and spaceAfter
    are honoured. Usable standalone, in frames, and in Table cells (also in rows that split
    across pages with ``splitInRow``). Plain-string Table cells are never shaped: use this.
    """

    def __init__(self, text: str, style: ParagraphStyle | None = None, *, markup: bool = True) -> None:
        super().__init__()
        register_fonts()
        self.style = style if style is not None else thai_style()
        self.text = text
        blocks = build_units(parse(text if markup else escape(text)), self.style.fontName)
        self._setup(blocks if any(blocks) else [])

    def _setup(
        self, blocks: list[list[Unit]], frozen: list[Line] | None = None, continued: bool = False
    ) -> None:
        self._blocks = blocks
        self._frozen = frozen  # lines of a split-off head: printed as they are
        self._continued = continued  # the second half of a split: no first-line indent
        self._layouts: dict[float, list[Line]] = {}
        self._wrap_width: float | None = None

    def _part(self, blocks: list[list[Unit]], frozen: list[Line] | None, continued: bool) -> ThaiParagraph:
        part = self.__class__.__new__(self.__class__)
        Flowable.__init__(part)
        part.style = self.style
        part.text = self.text
        part.hAlign = self.hAlign
        part._setup(blocks, frozen, continued)
        return part

    # -- layout ---------------------------------------------------------------------------------
    def _first_indent(self) -> float:
        return 0.0 if self._continued else self.style.firstLineIndent

    def lines(self, width: float) -> list[Line]:
        """The lines this paragraph prints in a box ``width`` points wide (indents included)."""
        if self._frozen is not None:
            return self._frozen
        layout = self._layouts.get(width)
        if layout is None:
            st = self.style
            inner = width - st.leftIndent - st.rightIndent
            layout = self._layouts[width] = fill(self._blocks, inner, st.fontSize, self._first_indent())
        return layout

    def line_texts(self, width: float) -> list[str]:
        return [line.text for line in self.lines(width)]

    def getPlainText(self, identify: Any = None) -> str:
        if self._frozen is not None:
            return "\n".join(line.text for line in self._frozen)
        return "\n".join("".join("".join(p.text for p in u.core + u.space) for u in b) for b in self._blocks)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = self._wrap_width = availWidth
        self.height = len(self.lines(availWidth)) * self.style.leading
        return availWidth, self.height

    def minWidth(self) -> float:
        st = self.style
        widest = max((u.core_width for b in self._blocks for u in b), default=0.0)
        return widest * st.fontSize / 1000.0 + st.leftIndent + st.rightIndent + max(0.0, st.firstLineIndent)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        # Like ReportLab's Paragraph, split at the width of the last wrap(): Table._splitCell passes
        # the column width without the cell padding that it subtracted when wrapping.
        width = self._wrap_width if self._wrap_width is not None else availWidth
        lines = self.lines(width)
        leading = self.style.leading
        fit = max(0, int(availHeight // leading))
        while fit * leading > availHeight:  # same comparison as the callers make with self.height
            fit -= 1
        while (fit + 1) * leading <= availHeight:
            fit += 1
        if fit <= 0:
            return []
        if fit >= len(lines):
            return [self]
        head = self._part([], lines[:fit], self._continued)
        if self._frozen is not None:
            rest = self._part([], lines[fit:], True)
        else:
            rest = self._part(tail(self._blocks, lines[fit]), None, True)
        head.width = rest.width = head._wrap_width = rest._wrap_width = width
        head.spaceAfter = 0
        rest.spaceBefore = 0
        return [head, rest]

    # -- drawing --------------------------------------------------------------------------------
    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        # no saveState/translate: every line is drawn with absolute coordinates inside its own q/Q
        self._draw(canvas, self._hAlignAdjust(x, _sW), y)

    def draw(self) -> None:
        self._draw(self.canv, 0.0, 0.0)

    def _draw(self, canvas: Any, x: float, y: float) -> None:
        st = self.style
        size, leading = st.fontSize, st.leading
        lines = self.lines(self.width)
        inner = self.width - st.leftIndent - st.rightIndent
        top = y + len(lines) * leading
        base = baseline_offset(st.fontName, size, leading)
        for i, line in enumerate(lines):
            if not line.pieces:
                continue
            indent = self._first_indent() if i == 0 else 0.0
            room = inner - indent - line.width
            if st.alignment == TA_CENTER:
                indent += room / 2.0
            elif st.alignment == TA_RIGHT:
                indent += room
            emit_line(
                canvas,
                x + st.leftIndent + indent,
                top - i * leading - base,
                size,
                line.pieces,
                line.text,
                st.textColor,
            )
