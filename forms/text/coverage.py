"""What happens to characters the font has no glyph for, and the strict mode that tests switch on.

Policy, per character of the source text (the first rule that applies wins):

1. the font's own cmap has it: drawn as is;
2. invisible format characters (zero-width space/joiners, word joiner, BOM, direction marks; Unicode
   category Cf) are not drawn; a tab is drawn as a space;
3. legacy Thai private-use code points (U+F700–U+F71A, written by old Thai fonts and still found in
   text copied out of old PDFs) are mapped back to the Thai characters they stand for (paragraphs
   and canvas text already do this when normalising their text: ``markup.normalize_text``);
4. a small table of look-alikes (``SUBSTITUTES``);
5. the NFKC form, then the NFD form, then the NFD base letter, if the font has all of its characters;
6. otherwise :data:`REPLACEMENT` ("?") is drawn, and a warning is logged. In strict mode
   :class:`MissingGlyphError` is raised instead.

Whatever is drawn, the PDF's text layer (``/ActualText``) keeps the (normalised) source character.
Separately, a shaping result containing glyph 0 (.notdef) is never drawn: strict mode raises,
otherwise the replacement glyph is drawn (``measure.shape``).
"""

from __future__ import annotations

import logging
import threading
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager

log = logging.getLogger("forms")

REPLACEMENT = "?"

SUBSTITUTES: dict[str, str] = {
    "\t": " ",
    "\u2011": "-",  # non-breaking hyphen
    "\u2713": "\u221a",  # check mark -> square root sign (the font has no dingbats)
    "\u2714": "\u221a",
    "\u2116": "No.",
    "\ufffd": REPLACEMENT,
    "\u25cc": "",  # dotted circle: only ever a placeholder for a missing base
    "\u2610": "\u25a1",  # ballot box (falls through to the replacement if the font lacks U+25A1)
}

# Legacy Thai PUA (Microsoft/Apple "Thai font" encodings): shifted or tail-less forms.
LEGACY_THAI_PUA = dict(
    zip(
        range(0xF700, 0xF71B),
        "\u0e10\u0e34\u0e35\u0e36\u0e37\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e48\u0e49\u0e4a\u0e4b\u0e4c"
        "\u0e0d\u0e31\u0e4d\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e38\u0e39\u0e3a",
        strict=True,
    )
)

_state = threading.local()
_global_strict = False


class MissingGlyphError(ValueError):
    """Raised in strict mode when text needs a glyph the font does not have."""

    def __init__(self, text: str, font_name: str) -> None:
        codes = ", ".join(f"U+{ord(c):04X}" for c in dict.fromkeys(text))
        super().__init__(f"font {font_name} has no glyph for {codes} ({text!r})")
        self.text = text
        self.font_name = font_name


def is_strict() -> bool:
    return getattr(_state, "strict", _global_strict)


def set_strict(on: bool) -> None:
    """Switch strict mode on or off for the whole process (tests do this)."""
    global _global_strict
    _global_strict = on


@contextmanager
def strict_glyphs(on: bool = True) -> Iterator[None]:
    """Strict mode for the current thread only, for the duration of the ``with`` block."""
    old = getattr(_state, "strict", None)
    _state.strict = on
    try:
        yield
    finally:
        if old is None:
            del _state.strict
        else:
            _state.strict = old


def report_missing(chars: str, font_name: str) -> None:
    """Fail (strict mode) or log that ``chars`` are drawn as the replacement character."""
    if is_strict():
        raise MissingGlyphError(chars, font_name)
    log.warning("font %s has no glyph for %r; printing %r instead", font_name, chars, REPLACEMENT)


def display_char(char: str, coverage: frozenset[int]) -> tuple[str, bool]:
    """What to draw for ``char`` with a font covering ``coverage``; the flag says "replacement"."""
    code = ord(char)
    if code in coverage and not 0xE000 <= code <= 0xF8FF:
        return char, False
    if char in SUBSTITUTES:
        sub = SUBSTITUTES[char]
        if all(ord(c) in coverage for c in sub):
            return sub, False
    if unicodedata.category(char) == "Cf":
        return "", False
    legacy = LEGACY_THAI_PUA.get(code)
    if legacy is not None:
        return legacy, False
    if unicodedata.category(char).startswith("Z"):  # any other space
        return " ", False
    for form in ("NFKC", "NFD"):
        alt = unicodedata.normalize(form, char)
        if alt != char and alt and all(ord(c) in coverage for c in alt):
            return alt, False
    base = unicodedata.normalize("NFD", char)[:1]
    if base != char and base and ord(base) in coverage:
        return base, False
    return REPLACEMENT, True
