"""Line edits for amounts of money and quantities: Thai or Arabic digits in, ``Decimal`` out.

Text that cannot be read is never thrown away: it stays in the field, :meth:`error` says why in
Thai, and the field is tinted until it is fixed.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from db.thai import ThaiParseError, format_money, parse_money, parse_quantity
from desktop.widgets.error_label import mark_invalid

_CENT = Decimal("0.01")


class ParsedLineEdit(QLineEdit):
    """Base for a line edit whose text stands for a value; subclasses give ``_parse``/``_format``."""

    #: The Thai message for the current text when editing finished, or "" once it is fine.
    errorChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown_error: str | None = None
        self.editingFinished.connect(self._on_editing_finished)
        self.textChanged.connect(self._on_text_changed)

    def _parse(self, text: str) -> object:
        raise NotImplementedError

    def _format(self, value: object) -> str:
        raise NotImplementedError

    def error(self) -> str | None:
        """Why the text cannot be read (Thai), or ``None`` when it can."""
        try:
            self._parse(self.text())
        except ThaiParseError as exc:
            return exc.message
        return None

    def parsedValue(self) -> object:
        try:
            return self._parse(self.text())
        except ThaiParseError:
            return None

    def setParsedValue(self, value: object) -> None:
        self.setText("" if value is None else self._format(value))
        self._show(None)

    def _on_editing_finished(self) -> None:
        message = self.error()
        if message is None:
            value = self.parsedValue()
            tidy = "" if value is None else self._format(value)
            if tidy != self.text():
                self.setText(tidy)
        self._show(message)

    def _on_text_changed(self, _text: str) -> None:
        if self._shown_error is not None and self.error() is None:
            self._show(None)

    def _show(self, message: str | None) -> None:
        if message == self._shown_error:
            return
        self._shown_error = message
        mark_invalid(self, message)
        self.errorChanged.emit(message or "")


class _DecimalEdit(ParsedLineEdit):
    """A right-aligned field whose value is a ``Decimal`` (or ``None`` when blank)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def value(self) -> Decimal | None:
        value = self.parsedValue()
        assert value is None or isinstance(value, Decimal)
        return value

    def setValue(self, value: Decimal | None) -> None:
        self.setParsedValue(value)


class MoneyEdit(_DecimalEdit):
    """Baht: "๖๕,๐๐๐.๕๐", "65000.5", "65,000 บาท"; blank or "-" means none. Shown as "65,000.50"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("-")

    def _parse(self, text: str) -> Decimal | None:
        return parse_money(text)

    def _format(self, value: object) -> str:
        assert isinstance(value, Decimal | int)
        amount = Decimal(value)
        if amount != amount.quantize(_CENT):  # more than satang: show it all rather than round
            return f"{amount:,f}"
        return format_money(amount, thai_digits=False)


class QuantityEdit(_DecimalEdit):
    """A non-negative ``Decimal`` (a quantity, a target or a baseline); blank or "-" means none."""

    def _parse(self, text: str) -> Decimal | None:
        return parse_quantity(text)

    def _format(self, value: object) -> str:
        assert isinstance(value, Decimal | int)
        return f"{Decimal(value):,f}"


__all__ = ["MoneyEdit", "ParsedLineEdit", "QuantityEdit"]
