"""Showing a Thai error message next to the field it is about."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

ERROR_COLOUR = "#b3261e"
INVALID_BASE = "#fdecea"


def mark_invalid(widget: QWidget, message: str | None) -> None:
    """Tint ``widget``'s background and put ``message`` in its tooltip; ``None`` undoes it."""
    if message:
        palette = widget.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor(INVALID_BASE))
        widget.setPalette(palette)
    else:
        widget.setPalette(QPalette())
    widget.setProperty("invalid", bool(message))
    widget.setToolTip(message or "")


class ErrorLabel(QLabel):
    """A red message under a field, hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setVisible(False)

    def setMessages(self, messages: Iterable[str]) -> None:
        text = "\n".join(m for m in messages if m)
        self.setText(text)
        self.setVisible(bool(text))

    def setMessage(self, message: str | None) -> None:
        self.setMessages([message] if message else [])

    def messages(self) -> tuple[str, ...]:
        return tuple(self.text().splitlines()) if self.text() else ()


class FieldBox(QWidget):
    """A field with an optional caption above it and its :class:`ErrorLabel` below it."""

    def __init__(self, widget: QWidget, caption: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.widget = widget
        self.caption = QLabel(caption) if caption else None
        self.errorLabel = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)  # caption and field stay together at the top
        if self.caption is not None:
            self.caption.setBuddy(widget)
            self.caption.setWordWrap(True)
            layout.addWidget(self.caption)
        layout.addWidget(widget)
        layout.addWidget(self.errorLabel)
