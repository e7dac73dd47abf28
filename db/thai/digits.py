"""Conversion between Arabic (0-9) and Thai (๐-๙) digits."""

from __future__ import annotations

__all__ = ["ARABIC_DIGITS", "THAI_DIGITS", "apply_digits", "to_arabic_digits", "to_thai_digits"]

ARABIC_DIGITS = "0123456789"
THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"

_TO_THAI = str.maketrans(ARABIC_DIGITS, THAI_DIGITS)
_TO_ARABIC = str.maketrans(THAI_DIGITS, ARABIC_DIGITS)


def to_thai_digits(s: str) -> str:
    """Replace every 0-9 in ``s`` with ๐-๙; everything else is unchanged."""
    return s.translate(_TO_THAI)


def to_arabic_digits(s: str) -> str:
    """Replace every ๐-๙ in ``s`` with 0-9; everything else is unchanged."""
    return s.translate(_TO_ARABIC)


def apply_digits(s: str, thai: bool) -> str:
    """Return ``s`` with all digits Thai (``thai=True``) or all digits Arabic (``thai=False``)."""
    return to_thai_digits(s) if thai else to_arabic_digits(s)
