"""Two small charts of a round, painted with QPainter (the app's Qt has no QtCharts).

Both take plain values through ``set_data`` and grow in height with the number of bars (height for
width), so they fit a side panel 300–500 px wide. With nothing to show they say so.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from db.thai import format_money
from desktop.i18n import digits, thai_ui

SWATCH = 10
GAP = 8
BAR_RADIUS = 2.0
BUDGET_COLOUR = "#8aa6c8"
DISBURSED_COLOUR = "#2e7d32"


def share_percent(part: Decimal | None, whole: Decimal | None) -> str | None:
    """ "73.4" (one decimal, half up), or None when there is nothing to divide by."""
    if not whole or part is None:
        return None
    return str((part * 100 / whole).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def _text_colour(background: QColor) -> QColor:
    return QColor("#1d1f22") if background.lightnessF() > 0.6 else QColor("white")


class _Chart(QWidget):
    """Shared painting helpers: a wrapped legend and the text shown when there is no data."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumWidth(220)

    def _legend(self) -> list[tuple[str, QColor]]:
        raise NotImplementedError

    def _body_height(self, width: int) -> int:
        raise NotImplementedError

    def _paint_body(self, painter: QPainter, top: int, width: int) -> None:
        raise NotImplementedError

    def _has_data(self) -> bool:
        raise NotImplementedError

    # -- sizes -------------------------------------------------------------------------------------
    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        legend = self._legend_rows(width)
        line = self.fontMetrics().height()
        legend_height = len(legend) * line + GAP if legend else 0
        body = self._body_height(width) if self._has_data() else 3 * line
        return legend_height + body

    def sizeHint(self) -> QSize:
        return QSize(360, self.heightForWidth(360))

    def minimumSizeHint(self) -> QSize:
        return QSize(220, self.heightForWidth(max(self.width(), 220)))

    # -- painting ----------------------------------------------------------------------------------
    def _legend_rows(self, width: int) -> list[list[tuple[str, QColor, int]]]:
        metrics = self.fontMetrics()
        rows: list[list[tuple[str, QColor, int]]] = []
        x = width
        for text, colour in self._legend():
            entry = SWATCH + 4 + metrics.horizontalAdvance(text)
            if x + entry > width and (not rows or rows[-1]):
                rows.append([])
                x = 0
            rows[-1].append((text, colour, entry))
            x += entry + 2 * GAP
        return rows

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.font())
        width = self.width()
        metrics = self.fontMetrics()
        line = metrics.height()
        top = 0
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        for row in self._legend_rows(width):
            x = 0
            for text, colour, entry in row:
                swatch_top = top + (line - SWATCH) / 2
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawRoundedRect(QRectF(x, swatch_top, SWATCH, SWATCH), 2, 2)
                painter.setPen(text_colour)
                painter.drawText(x + SWATCH + 4, top + metrics.ascent(), text)
                x += entry + 2 * GAP
            top += line
        if top:
            top += GAP
        if self._has_data():
            self._paint_body(painter, top, width)
        else:
            muted = QColor(text_colour)
            muted.setAlphaF(0.6)
            painter.setPen(muted)
            area = QRectF(0, top, width, 3 * line)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("ยังไม่มีข้อมูล"))
        painter.end()

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.9 if font.pointSizeF() > 0 else 9)
        return font


class StatusChart(_Chart):
    """How many items have each status, one stacked horizontal bar per มิติ."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names: tuple[str, ...] = ()
        self._colours: tuple[QColor, ...] = ()
        self._bars: tuple[tuple[str, tuple[int, ...]], ...] = ()

    def set_data(
        self,
        legend: Sequence[str],
        colours: Sequence[str | QColor],
        bars: Sequence[tuple[str, Sequence[int]]],
    ) -> None:
        """``legend``: the status names in order, each with its colour; ``bars``: (มิติ label, the
        count of each status in that order)."""
        self._names = tuple(legend)
        self._colours = tuple(QColor(c) for c in colours)
        self._bars = tuple((label, tuple(counts)) for label, counts in bars)
        self.updateGeometry()
        self.update()

    def bars(self) -> tuple[tuple[str, tuple[int, ...]], ...]:
        return self._bars

    def _legend(self) -> list[tuple[str, QColor]]:
        return list(zip(self._names, self._colours, strict=True))

    def _has_data(self) -> bool:
        return any(sum(counts) for _label, counts in self._bars)

    def _bar_height(self) -> int:
        return max(18, QFontMetrics(self._small_font()).height() + 4)

    def _body_height(self, _width: int) -> int:
        return len(self._bars) * (self._bar_height() + 6)

    def _paint_body(self, painter: QPainter, top: int, width: int) -> None:
        metrics = self.fontMetrics()
        small = self._small_font()
        small_metrics = QFontMetrics(small)
        labels = [label for label, _counts in self._bars]
        totals = [digits(str(sum(counts))) for _label, counts in self._bars]
        label_width = max(metrics.horizontalAdvance(t) for t in labels)
        total_width = max(metrics.horizontalAdvance(t) for t in totals)
        left = label_width + GAP
        span = max(1, width - left - GAP - total_width)
        most = max(sum(counts) for _label, counts in self._bars)
        height = self._bar_height()
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        for (label, counts), total in zip(self._bars, totals, strict=True):
            painter.setFont(self.font())
            painter.setPen(text_colour)
            row = QRectF(0, top, label_width, height)
            painter.drawText(row, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
            x = float(left)
            painter.setFont(small)
            for count, colour in zip(counts, self._colours, strict=False):
                if not count:
                    continue
                segment = QRectF(x, top, span * count / most, height)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawRect(segment.adjusted(0, 0, -1, 0))  # a hairline between segments
                text = digits(str(count))
                if small_metrics.horizontalAdvance(text) + 4 <= segment.width():
                    painter.setPen(_text_colour(colour))
                    painter.drawText(segment, Qt.AlignmentFlag.AlignCenter, text)
                x += segment.width()
            painter.setFont(self.font())
            painter.setPen(text_colour)
            end = QRectF(x + GAP, top, total_width + GAP, height)
            painter.drawText(end, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, total)
            top += height + 6


class BudgetChart(_Chart):
    """งบประมาณ and ผลเบิกจ่าย of each มิติ as a pair of bars, with the share disbursed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: tuple[tuple[str, Decimal | None, Decimal | None], ...] = ()

    def set_data(self, bars: Sequence[tuple[str, Decimal | None, Decimal | None]]) -> None:
        """``bars``: (มิติ label, budget, disbursed) in baht; None where nothing was given."""
        self._bars = tuple(bars)
        self.updateGeometry()
        self.update()

    def bars(self) -> tuple[tuple[str, Decimal | None, Decimal | None], ...]:
        return self._bars

    def _legend(self) -> list[tuple[str, QColor]]:
        return [(self.tr("งบประมาณ"), QColor(BUDGET_COLOUR)), (self.tr("ผลเบิกจ่าย"), QColor(DISBURSED_COLOUR))]

    def _has_data(self) -> bool:
        return any(budget or disbursed for _label, budget, disbursed in self._bars)

    def _thin(self) -> int:
        return max(10, QFontMetrics(self._small_font()).height())

    def _group_height(self) -> int:
        return self.fontMetrics().height() + 2 * (self._thin() + 2) + GAP

    def _body_height(self, _width: int) -> int:
        return len(self._bars) * self._group_height()

    def _amount(self, amount: Decimal | None) -> str:
        return format_money(amount, thai_digits=thai_ui())

    def _share(self, budget: Decimal | None, disbursed: Decimal | None) -> str:
        percent = share_percent(disbursed, budget)
        if percent is None:
            return "–"
        return digits(self.tr("เบิกจ่าย {percent}%").format(percent=percent))

    def _paint_body(self, painter: QPainter, top: int, width: int) -> None:
        metrics = self.fontMetrics()
        small = self._small_font()
        small_metrics = QFontMetrics(small)
        amounts = [self._amount(a) for _label, budget, disbursed in self._bars for a in (budget, disbursed)]
        amount_width = max(small_metrics.horizontalAdvance(a) for a in amounts)
        span = max(1, width - GAP - amount_width)
        most = max(max(budget or 0, disbursed or 0) for _label, budget, disbursed in self._bars)
        thin = self._thin()
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        muted = QColor(text_colour)
        muted.setAlphaF(0.7)
        line = metrics.height()
        for label, budget, disbursed in self._bars:
            painter.setFont(self.font())
            painter.setPen(text_colour)
            heading = QRectF(0, top, width, line)
            painter.drawText(heading, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
            painter.setPen(muted)
            share = self._share(budget, disbursed)
            painter.drawText(heading, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, share)
            y = top + line
            painter.setFont(small)
            for amount, colour in ((budget, BUDGET_COLOUR), (disbursed, DISBURSED_COLOUR)):
                length = span * float(amount / most) if amount and most else 0.0
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(colour))
                if length > 0:
                    painter.drawRoundedRect(
                        QRectF(0, y + 1, max(2.0, length), thin - 2), BAR_RADIUS, BAR_RADIUS
                    )
                painter.setPen(text_colour)
                text_box = QRectF(length + GAP / 2, y, amount_width + GAP, thin)
                painter.drawText(
                    text_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self._amount(amount)
                )
                y += thin + 2
            top += self._group_height()
