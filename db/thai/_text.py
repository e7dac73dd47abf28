"""Small helpers shared by the parsers (not public API)."""

from __future__ import annotations

import re

from db.thai.digits import to_arabic_digits

__all__ = ["normalise_input", "quote"]

_WS = re.compile(r"\s+")
_MAX_QUOTED = 40


def normalise_input(text: str) -> str:
    """Return ``text`` with Thai digits made Arabic, runs of whitespace collapsed and ends trimmed."""
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    return _WS.sub(" ", to_arabic_digits(text)).strip()


def quote(text: str) -> str:
    """Quote clerk input for a Thai error message, shortening very long text."""
    shown = _WS.sub(" ", text).strip()
    if len(shown) > _MAX_QUOTED:
        shown = shown[: _MAX_QUOTED - 1] + "…"
    return f"“{shown}”"
