"""Where a line may break: Thai word boundaries, spaces, and the no-line-start/end rules.

``break_units(line)`` cuts one line of text (no newlines) into units; a line may only end between
two units. Each unit carries its trailing whitespace. Word boundaries come from ICU's line
iterator when PyICU is importable, otherwise from the "newmm" dictionary segmenter (newmm.py:
pythainlp's algorithm and word list without pythainlp's slow-to-build Trie). A word boundary only
becomes a break opportunity if these rules allow it:

- a break always may follow a space (or U+200B), but never precedes one;
- never before closing punctuation, closing quotes/brackets, ๆ or ฯ, not even after a space;
- never after an opening quote/bracket, never next to a no-break space or word joiner;
- never on either side of a straight quote (" or '), except after a space;
- never inside a grapheme cluster (before a mark or SARA AM, after a leading vowel เ แ โ ใ ไ);
- between two non-Thai, non-space characters (Latin words, numbers, "พ.ศ.๒๕๖๖") only at spaces;
- never after a hyphen-minus "-", with or without spaces after it: poppler's pdftotext joins a line
  that ends in "-" with the next one and deletes the hyphen, so the text would not extract exactly
  (the dash of a "- item" list stays with its item, which is also the right typography).
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from forms.text import newmm

NO_LINE_START = frozenset(".,;:!?)]}%”’»›…ๆฯ๚๛、。")
#: Straight quotes open or close: no break on either side of them, except after a space.
QUOTES = frozenset("\"'")
NO_LINE_END = frozenset("([{“‘«‹")
NO_BREAK_SPACES = frozenset("\u00a0\u202f\u2007\u2060\ufeff")
BREAK_SPACES = frozenset(
    " \t\u200b\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u205f\u3000"
)
LEADING_VOWELS = frozenset("เแโใไ")
_BREAK_SPACE = re.compile("[" + "".join(map(re.escape, sorted(BREAK_SPACES))) + "]")
_THAI_LETTER = re.compile("[\u0e01-\u0e4e]")


def is_break_space(ch: str) -> bool:
    return ch in BREAK_SPACES


def _is_thai_letter(ch: str) -> bool:
    """Thai consonants, vowels and marks; not the Thai digits or ฯ ๆ ๏ ๚ ๛."""
    return "\u0e01" <= ch <= "\u0e4e" and ch not in "ฯๆ฿"


def extends_cluster(ch: str) -> bool:
    """True for characters that belong to the grapheme cluster before them."""
    if ch in "\u0e33\u0e45\u200d":  # SARA AM, LAKKHANGYAO (ฤๅ), zero-width joiner
        return True
    return unicodedata.category(ch) in ("Mn", "Mc", "Me")


def grapheme_clusters(text: str) -> list[str]:
    """Split ``text`` into grapheme clusters: a base with its marks, leading vowels with their base."""
    clusters: list[str] = []
    join_next = False
    for ch in text:
        if clusters and (join_next or extends_cluster(ch)):
            clusters[-1] += ch
        else:
            clusters.append(ch)
        join_next = ch in LEADING_VOWELS
    return clusters


@lru_cache(maxsize=100_000)
def _newmm_phrase(phrase: str) -> tuple[int, ...]:
    if newmm.is_word(phrase):  # newmm keeps a dictionary word whole (fewest tokens wins)
        return (len(phrase),)

    ends: list[int] = []
    pos = 0
    for token in newmm.tokenize(phrase):
        pos += len(token)
        ends.append(pos)
    return tuple(ends)


def _newmm_boundaries(text: str) -> set[int]:
    """newmm word ends, phrase by phrase: newmm never joins across a space, and phrases recur
    (names of units, boilerplate), so the per-phrase cache saves most of the dictionary work."""
    out: set[int] = set()
    offset = 0
    for phrase in text.split(" "):
        if _THAI_LETTER.search(phrase):
            out.update(offset + end for end in _newmm_phrase(phrase))
        offset += len(phrase) + 1
        out.add(offset - 1)
    return out


def _icu_boundaries(text: str) -> set[int]:
    import icu  # type: ignore[import-not-found]

    iterator = icu.BreakIterator.createLineInstance(icu.Locale("th"))
    iterator.setText(text)
    return set(iterator)


def _pick_engine() -> tuple[str, Callable[[str], set[int]]]:
    wanted = os.environ.get("SUJARIT_THAI_SEGMENTER", "").lower()
    if wanted != "newmm":
        try:
            import icu  # type: ignore[import-not-found]  # noqa: F401

            return "icu", _icu_boundaries
        except ImportError:
            pass
    return "newmm", _newmm_boundaries


ENGINE, _boundaries = _pick_engine()


def _may_break(text: str, pos: int, candidates: set[int]) -> bool:
    before, after = text[pos - 1], text[pos]
    if after in BREAK_SPACES or after in NO_LINE_START:
        return False
    if before in NO_BREAK_SPACES or after in NO_BREAK_SPACES:
        return False
    if before in LEADING_VOWELS or extends_cluster(after):
        return False
    if before in BREAK_SPACES:
        j = pos - 2
        while j >= 0 and text[j] in BREAK_SPACES:
            j -= 1
        return j < 0 or text[j] != "-"
    if before == "-":
        return False
    if before in NO_LINE_END or before in QUOTES or after in QUOTES:
        return False
    if pos not in candidates:
        return False
    return _is_thai_letter(before) or _is_thai_letter(after)


@lru_cache(maxsize=50_000)
def break_units(line: str) -> tuple[str, ...]:
    """Cut one line (no newline) into unbreakable units; a line may end only between units."""
    if "\n" in line:
        raise ValueError("break_units() takes one line; split on newlines first")
    if not line:
        return ()
    candidates = _boundaries(line)
    after_space = {m.end() for m in _BREAK_SPACE.finditer(line)}
    units: list[str] = []
    start = 0
    for pos in sorted((candidates | after_space) - {0, len(line)}):
        if _may_break(line, pos, candidates):
            units.append(line[start:pos])
            start = pos
    units.append(line[start:])
    return tuple(units)


@lru_cache(maxsize=10_000)
def sub_units(word: str) -> tuple[str, ...]:
    """``word`` split into the fewest dictionary words (itself excluded), for when one unbreakable
    unit (a compound such as องค์การบริหารส่วนตำบล) is wider than a line: breaking between its
    words reads better than breaking between any two clusters. Pieces that are not dictionary
    words cost three times as much, so they are used only where nothing else fits. Cuts are at
    Thai character-cluster (TCC) boundaries that are also grapheme boundaries. A word without any
    dictionary piece comes back whole (the caller then cuts between grapheme clusters).
    """
    n = len(word)
    ends: set[int] = set()
    pos = 0
    for cluster in grapheme_clusters(word):
        pos += len(cluster)
        ends.add(pos)
    cuts = sorted({0} | ((newmm.tcc_pos(word) | {n}) & ends))
    best: dict[int, tuple[int, int, int]] = {0: (0, 0, 0)}  # end -> (cost, -length, start)
    found = False
    for k, i in enumerate(cuts[1:], 1):
        options = []
        for j in cuts[:k]:
            piece = word[j:i]
            if (j, i) == (0, n) or j not in best:
                continue
            if len(piece) > 1 and newmm.is_word(piece):
                options.append((best[j][0] + 1, j - i, j))
            elif j == cuts[k - 1]:  # one non-dictionary cluster
                options.append((best[j][0] + 3, j - i, j))
        if options:
            best[i] = min(options)
            found = found or (len(word[best[i][2] : i]) > 1 and newmm.is_word(word[best[i][2] : i]))
    if not found or n not in best:
        return (word,)
    pieces: list[str] = []
    end = n
    while end > 0:
        start = best[end][2]
        pieces.append(word[start:end])
        end = start
    return tuple(reversed(pieces))


def word_parts(word: str) -> tuple[str, ...]:
    """:func:`sub_units`, but only when every piece is a dictionary word; else ``(word,)``."""
    parts = sub_units(word)
    return parts if all(len(p) > 1 and newmm.is_word(p) for p in parts) else (word,)


def split_trailing_space(unit: str) -> tuple[str, str]:
    """``unit`` as (core, trailing break whitespace)."""
    end = len(unit)
    while end and is_break_space(unit[end - 1]):
        end -= 1
    return unit[:end], unit[end:]


def clear_caches() -> None:
    newmm.clear_caches()
    break_units.cache_clear()
    _newmm_phrase.cache_clear()
    sub_units.cache_clear()
