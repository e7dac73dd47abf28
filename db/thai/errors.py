"""Errors raised by the Thai parsing helpers."""

from __future__ import annotations

__all__ = ["ThaiParseError"]


class ThaiParseError(ValueError):
    """Text typed by a clerk could not be read; ``str(err)`` is a Thai sentence for the GUI.

    ``text`` holds the offending input (or ``None`` when not applicable).
    """

    def __init__(self, message: str, *, text: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.text = text
