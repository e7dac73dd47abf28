"""Input fields of the ITA report editor: action numbers, reference codes and scores.

A code or a score that cannot be read is never thrown away: it stays in its field, which is tinted,
and :meth:`~desktop.widgets.money_edit.ParsedLineEdit.error` gives the Thai reason.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox, QWidget

from db.services.ita import format_score, parse_ita_code, parse_score
from db.thai import to_arabic_digits
from desktop.i18n import digits
from desktop.widgets.money_edit import ParsedLineEdit


class NumberSpinBox(QSpinBox):
    """A spin box that shows Thai digits in the Thai UI and reads Thai or Arabic digits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def textFromValue(self, value: int) -> str:
        return digits(str(value))

    def valueFromText(self, text: str) -> int:
        try:
            return int(to_arabic_digits(text).strip())
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        """Judge the text as if its digits were Arabic, and keep it as typed."""
        state, _arabic, pos = super().validate(to_arabic_digits(text), pos)
        return QValidator.State(state), text, pos


class CodeEdit(ParsedLineEdit):
    """An ITA reference code as the clerk types it ("e๙", "i14", "ตัวชี้วัดที่ ๖", "o28", "ภาพรวม").

    The text is kept as typed (the service stores the canonical code); only its meaning is checked.
    """

    def _parse(self, text: str) -> str:
        return parse_ita_code(text)

    def _format(self, value: object) -> str:
        return self.text()

    def _on_editing_finished(self) -> None:
        self._show(self.error())


class ScoreEdit(ParsedLineEdit):
    """A score from 0 to 100 with at most two decimals, Thai or Arabic digits; blank means none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText("-")

    def _parse(self, text: str) -> Decimal | None:
        return parse_score(text)

    def _format(self, value: object) -> str:
        assert isinstance(value, Decimal)
        return digits(format_score(value))

    def value(self) -> Decimal | None:
        value = self.parsedValue()
        assert value is None or isinstance(value, Decimal)
        return value

    def setValue(self, value: Decimal | None) -> None:
        self.setParsedValue(value)
