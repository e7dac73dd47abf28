"""What every printed form shares: page geometry, Thai digits, the running header and page numbers.

A form is a subclass of :class:`BaseRenderer` that overrides numbers (geometry as class attributes)
and three hooks: ``_story(data)`` (the flowables), ``_header_lines(data)`` (the block repeated at the
top of every page) and ``_metadata(data)`` (PDF title/subject). ``render(data)`` returns the PDF bytes
and does no database or file I/O.
"""

from __future__ import annotations

from io import BytesIO
from typing import Any, ClassVar

from reportlab.lib.pagesizes import A4, landscape, portrait
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate
from reportlab.platypus.tables import TableStyle

from db.thai import apply_digits
from forms.fonts import BOLD, DEFAULT_SIZE, REGULAR, register_fonts
from forms.text import ThaiParagraph, draw_text, escape, measure_text, thai_style

APP_NAME = "Sujarit (สุจริต)"


class NumberedCanvas(Canvas):
    """Draws "หน้า n / N" on every page once the total is known (pretix's NumberedCanvas pattern)."""

    thai_digits: ClassVar[bool] = True
    label_size: ClassVar[float] = 12.0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._page_states: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._page_states)
        for state in self._page_states:
            self.__dict__.update(state)
            if total > 1:  # a one-page form (an announcement) carries no page number
                self._draw_page_number(total)
            super().showPage()
        super().save()

    def _draw_page_number(self, total: int) -> None:
        width, _ = self._pagesize
        text = apply_digits(f"หน้า {self._pageNumber} / {total}", self.thai_digits)
        draw_text(self, width - 12 * mm, 8 * mm, text, REGULAR, self.label_size, align="right")


class BaseRenderer:
    """Template method for one printed form; subclasses change numbers and fill the hooks."""

    pagesize: ClassVar[tuple[float, float]] = portrait(A4)
    left_margin: ClassVar[float] = 20 * mm
    right_margin: ClassVar[float] = 15 * mm
    top_margin: ClassVar[float] = 15 * mm
    bottom_margin: ClassVar[float] = 15 * mm
    header_size: ClassVar[float] = 14.0
    header_gap: ClassVar[float] = 3 * mm

    def __init__(self, *, thai_digits: bool = True, body_size: float = DEFAULT_SIZE) -> None:
        register_fonts()
        self.thai_digits = thai_digits
        self.body_size = body_size
        self.styles = self._get_stylesheet()

    # -- hooks -------------------------------------------------------------------------------
    def _story(self, data: Any) -> list[Flowable]:
        raise NotImplementedError

    def _header_lines(self, data: Any) -> list[str]:
        """Lines (markup allowed) printed at the top of every page, centred."""
        return []

    def _metadata(self, data: Any) -> dict[str, str]:
        return {}

    # -- helpers for subclasses ----------------------------------------------------------------
    def digits(self, text: str) -> str:
        """Apply the form's digit setting to text that contains numbers."""
        return apply_digits(text, self.thai_digits)

    def para(self, text: str, style: str = "body", *, markup: bool = False) -> ThaiParagraph:
        """A paragraph of clerk text (escaped unless ``markup``), digits per the form's setting."""
        content = self.digits(text)
        return ThaiParagraph(content if markup else escape(content), self.styles[style])

    def fitted(self, text: str, style: str, width: float) -> ThaiParagraph:
        """One line that must not wrap (an amount, a count): shrunk to fit ``width`` if it is too wide."""
        base = self.styles[style]
        content = self.digits(text)
        natural = measure_text(content, base.fontName, base.fontSize)
        if natural <= width:
            return ThaiParagraph(escape(content), base)
        size = base.fontSize * width / natural * 0.98
        return ThaiParagraph(
            escape(content), thai_style(f"{style}-fit", size=size, parent=base, leading=base.leading)
        )

    def _get_stylesheet(self) -> dict[str, Any]:
        size = self.body_size
        return {
            "body": thai_style("body", size=size),
            "bold": thai_style("bold", size=size, font=BOLD),
            "title": thai_style("title", size=size + 2, font=BOLD, alignment="center"),
            "centre": thai_style("centre", size=size, alignment="center"),
        }

    @staticmethod
    def grid_style(commands: list[tuple[Any, ...]]) -> TableStyle:
        base: list[tuple[Any, ...]] = [
            ("GRID", (0, 0), (-1, -1), 0.5, "black"),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        return TableStyle(base + commands)

    # -- rendering -----------------------------------------------------------------------------
    @property
    def content_width(self) -> float:
        return self.pagesize[0] - self.left_margin - self.right_margin

    def _header_height(self, lines: list[str]) -> float:
        return len(lines) * self.header_size * 1.5 + (self.header_gap if lines else 0)

    def render(self, data: Any) -> bytes:
        buffer = BytesIO()
        header = self._header_lines(data)
        header_height = self._header_height(header)
        width, height = self.pagesize
        frame = Frame(
            self.left_margin,
            self.bottom_margin,
            self.content_width,
            height - self.top_margin - self.bottom_margin - header_height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )

        def on_page(canvas: Canvas, _doc: BaseDocTemplate) -> None:
            y = height - self.top_margin - self.header_size
            for line in header:
                draw_text(
                    canvas,
                    width / 2,
                    y,
                    self.digits(line),
                    BOLD,
                    self.header_size,
                    align="center",
                    markup=True,
                )
                y -= self.header_size * 1.5

        meta = {"creator": APP_NAME, "producer": APP_NAME, **self._metadata(data)}
        doc = BaseDocTemplate(
            buffer,
            pagesize=self.pagesize,
            leftMargin=self.left_margin,
            rightMargin=self.right_margin,
            topMargin=self.top_margin,
            bottomMargin=self.bottom_margin,
            pageTemplates=[PageTemplate(id="page", frames=[frame], onPage=on_page)],
            **meta,
        )
        canvas_class = type("FormCanvas", (NumberedCanvas,), {"thai_digits": self.thai_digits})
        doc.build(self._story(data), canvasmaker=canvas_class)
        return buffer.getvalue()


class TableFormRenderer(BaseRenderer):
    """A form that is mostly one wide table: A4 landscape, 13 pt, and the cell styles tables use."""

    pagesize = landscape(A4)
    left_margin = 12 * mm
    right_margin = 12 * mm
    top_margin = 12 * mm
    bottom_margin = 14 * mm

    def __init__(self, *, thai_digits: bool = True, body_size: float = 13.0) -> None:
        super().__init__(thai_digits=thai_digits, body_size=body_size)

    def _get_stylesheet(self) -> dict[str, Any]:
        styles = super()._get_stylesheet()
        size = self.body_size
        for name, font in (("cell", REGULAR), ("bold_cell", BOLD)):
            styles[name] = thai_style(name, size=size, font=font)
            styles[f"{name}_centre"] = thai_style(f"{name}_centre", size=size, font=font, alignment="center")
            styles[f"{name}_right"] = thai_style(f"{name}_right", size=size, font=font, alignment="right")
        styles["head"] = styles["bold_cell_centre"]
        return styles
