"""Fixtures for the printed forms: fonts registered, strict glyph mode on for every test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from forms.text import register_fonts, set_strict


@pytest.fixture(autouse=True)
def strict_glyph_mode() -> Iterator[None]:
    """Any text that would need a missing glyph (or draw .notdef) raises MissingGlyphError."""
    register_fonts()
    set_strict(True)
    yield
    set_strict(False)
