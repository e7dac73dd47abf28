"""Line filling: styled runs -> break units -> lines that fit a width.

Widths are kept in 1/1000 em of the paragraph's font size until a line is finished, so the unit
lists are size independent. A line ends only between break units (segment.py) unless a single
unit is wider than the line. Such a unit is cut between the dictionary words it is made of (a
compound like องค์การบริหารส่วนตำบล, see ``segment.sub_units``) and, where one word is still too
wide, between grapheme clusters; never after a "-".
"""

from __future__ import annotations

import itertools
from typing import NamedTuple

from forms.fonts import font_variant
from forms.text.coverage import report_missing
from forms.text.markup import Run
from forms.text.measure import Shaped, _dependent_caches, shape
from forms.text.segment import break_units, grapheme_clusters, split_trailing_space, sub_units, word_parts

_EPSILON = 1e-6


class Piece(NamedTuple):
    text: str  # source text (goes into /ActualText)
    font: str
    underline: bool
    shaped: Shaped


class Unit(NamedTuple):
    core: tuple[Piece, ...]
    space: tuple[Piece, ...]  # trailing break whitespace: drawn inside a line, dropped at its end
    core_width: float  # 1/1000 em
    space_width: float


class Line(NamedTuple):
    pieces: tuple[Piece, ...]
    width: float  # points
    text: str  # exactly what the line prints (source characters)
    start: tuple[int, int, int]  # (hard line, unit, character offset in the unit) where it starts


def _pieces(text: str, styles: list[tuple[int, str, bool]], start: int) -> tuple[Piece, ...]:
    """Cut ``text`` (starting at offset ``start`` of its line) at the style boundaries."""
    if len(styles) == 1:
        return (Piece(text, styles[0][1], styles[0][2], shape(text, styles[0][1])),) if text else ()
    out: list[Piece] = []
    end = start + len(text)
    for k, (s0, font, underline) in enumerate(styles):
        s1 = styles[k + 1][0] if k + 1 < len(styles) else end
        a, b = max(s0, start), min(s1, end)
        if a < b:
            part = text[a - start : b - start]
            out.append(Piece(part, font, underline, shape(part, font)))
    return tuple(out)


def _width(pieces: tuple[Piece, ...]) -> float:
    if len(pieces) == 1:
        return pieces[0].shaped.advance  # what the sum gives, without the generator
    return sum(p.shaped.advance for p in pieces)


#: (unit text, font, underline) -> the Unit of one single-style unit and the missing-glyph reports
#: that building it made. Units recur across paragraphs and table cells (words, phrases, numbers);
#: a hit repeats the reports, so strict mode and the warnings behave as if the unit were rebuilt.
_UnitEntry = tuple[Unit, tuple[tuple[str, str], ...]]
_units: dict[tuple[str, str, bool], _UnitEntry] = {}
_UNITS_MAX = 50_000


def _single_style_unit(unit: str, font: str, underline: bool) -> Unit:
    key = (unit, font, underline)
    entry = _units.get(key)
    if entry is None:
        core, space = split_trailing_space(unit)
        core_p = (Piece(core, font, underline, shape(core, font)),) if core else ()
        space_p = (Piece(space, font, underline, shape(space, font)),) if space else ()
        missing = tuple((p.shaped.missing, font) for p in core_p + space_p if p.shaped.missing)
        entry = (Unit(core_p, space_p, _width(core_p), _width(space_p)), missing)
        if len(_units) >= _UNITS_MAX:
            _units.clear()
        _units[key] = entry
    else:
        for chars, face in entry[1]:
            report_missing(chars, face)
    return entry[0]


def build_units(lines: list[list[Run]], base_font: str) -> list[list[Unit]]:
    """Break units of every hard line, shaped with the run fonts."""
    result: list[list[Unit]] = []
    for runs in lines:
        if len(runs) == 1:
            r = runs[0]
            font, underline = font_variant(base_font, bold=r.bold, italic=r.italic), r.underline
            units: list[Unit] = []
            for unit in break_units(r.text):
                entry = _units.get((unit, font, underline))
                if entry and not entry[1]:  # cached, no reports to repeat (nearly all): inline
                    units.append(entry[0])
                else:
                    units.append(_single_style_unit(unit, font, underline))
            result.append(units)
            continue
        text = "".join(r.text for r in runs)
        styles: list[tuple[int, str, bool]] = []
        pos = 0
        for r in runs:
            styles.append((pos, font_variant(base_font, bold=r.bold, italic=r.italic), r.underline))
            pos += len(r.text)
        units = []
        pos = 0
        for unit in break_units(text):
            core, space = split_trailing_space(unit)
            core_p = _pieces(core, styles, pos)
            space_p = _pieces(space, styles, pos + len(core))
            units.append(Unit(core_p, space_p, _width(core_p), _width(space_p)))
            pos += len(unit)
        result.append(units)
    return result


def clear_caches() -> None:
    _units.clear()


_dependent_caches.append(clear_caches)  # measure.clear_caches() clears the units too


def _cut(unit: Unit, offset: int) -> Unit:
    """``unit`` without its first ``offset`` characters (the rest of a unit cut between clusters)."""
    if not offset:
        return unit
    pieces: list[Piece] = []
    skip = offset
    for p in unit.core:
        if skip >= len(p.text):
            skip -= len(p.text)
            continue
        text = p.text[skip:]
        pieces.append(p if not skip else Piece(text, p.font, p.underline, shape(text, p.font)))
        skip = 0
    core = tuple(pieces)
    return Unit(core, unit.space, _width(core), unit.space_width)


def _styled_pieces(group: list[tuple[str, str, bool]]) -> tuple[Piece, ...]:
    merged: list[list] = []
    for text, font, underline in group:
        if merged and merged[-1][1:] == [font, underline]:
            merged[-1][0] += text
        else:
            merged.append([text, font, underline])
    return tuple(Piece(t, f, u, shape(t, f)) for t, f, u in merged)


def _split_wide(unit: Unit, limit: float) -> list[tuple[tuple[Piece, ...], int]]:
    """Cut an over-wide unit's core into lines: [(pieces, start offset)].

    First between the dictionary words the unit is made of (a compound), recursively, and only
    where a piece is still too wide between grapheme clusters.
    """
    clusters: list[tuple[str, str, bool]] = []
    for p in unit.core:
        clusters.extend((c, p.font, p.underline) for c in grapheme_clusters(p.text))
    starts = [0]
    for c in clusters:
        starts.append(starts[-1] + len(c[0]))
    index = {pos: k for k, pos in enumerate(starts)}
    text = "".join(c[0] for c in clusters)

    def width(a: int, b: int) -> float:
        return _width(_styled_pieces(clusters[index[a] : index[b]]))

    def atoms(a: int, b: int) -> list[tuple[int, int]]:
        if width(a, b) <= limit or index[b] - index[a] == 1:
            return [(a, b)]
        cuts, pos = [a], a
        for sub in sub_units(text[a:b]):
            pos += len(sub)
            if pos in index:
                cuts.append(pos)
        if len(cuts) <= 2:
            return [(starts[k], starts[k + 1]) for k in range(index[a], index[b])]
        return [atom for x, y in itertools.pairwise(cuts) for atom in atoms(x, y)]

    out: list[tuple[tuple[Piece, ...], int]] = []
    group: list[tuple[str, str, bool]] = []
    start = 0
    queue = atoms(0, len(text))
    queue.reverse()
    while queue:
        a, b = queue.pop()
        atom = clusters[index[a] : index[b]]
        if group and _width(_styled_pieces(group + atom)) > limit:
            if 2 * _width(_styled_pieces(group)) < limit:  # a short line: split the next word too
                cuts = [a]
                for sub in word_parts(text[a:b]):
                    cuts.append(cuts[-1] + len(sub))
                if len(cuts) > 2 and all(c in index for c in cuts):
                    queue.extend(reversed(list(itertools.pairwise(cuts))))
                    continue
            carry: list[tuple[str, str, bool]] = []
            if len(group) > 1 and group[-1][0] == "-":  # a line never ends in "-" (see segment.py)
                carry = [group.pop()]
            out.append((_styled_pieces(group), start))
            start = a - sum(len(c[0]) for c in carry)
            group = carry
        group.extend(atom)
    out.append((_styled_pieces(group), start))
    return out


def _fill_block(units: list[Unit], b: int, width: float, first_width: float, scale: float) -> list[Line]:
    out: list[Line] = []
    limit = first_width / scale + _EPSILON
    cur: list[Piece] = []
    cur_w = 0.0
    pending: tuple[Piece, ...] = ()
    pending_w = 0.0
    line_start = (b, 0, 0)

    def flush() -> None:
        nonlocal cur, cur_w, limit
        out.append(Line(tuple(cur), cur_w * scale, "".join([p.text for p in cur]), line_start))
        cur, cur_w = [], 0.0
        limit = width / scale + _EPSILON

    for u, unit in enumerate(units):
        if not unit.core:  # whitespace-only unit: leading spaces of the hard line, not printed
            if cur:
                pending, pending_w = pending + unit.space, pending_w + unit.space_width
            else:
                line_start = (b, u + 1, 0)
            continue
        if cur and cur_w + pending_w + unit.core_width <= limit:
            cur.extend(pending)
            cur.extend(unit.core)
            cur_w += pending_w + unit.core_width
        else:
            if cur:
                flush()
            line_start = (b, u, 0)
            if unit.core_width <= limit:
                cur, cur_w = list(unit.core), unit.core_width
            else:
                for pieces, offset in _split_wide(unit, limit):
                    if cur:
                        flush()
                    cur, cur_w, line_start = list(pieces), _width(pieces), (b, u, offset)
        pending, pending_w = unit.space, unit.space_width
    if cur or not out:
        flush()
    return out


def fill(blocks: list[list[Unit]], width: float, size: float, first_indent: float = 0.0) -> list[Line]:
    """Greedy line filling of ``blocks`` (hard lines of units) into lines at most ``width`` points wide.

    ``first_indent`` (points) shortens the first line only. An empty block gives one empty line.
    """
    scale = size / 1000.0
    lines: list[Line] = []
    for b, units in enumerate(blocks):
        first_width = width - first_indent if not lines else width
        lines.extend(_fill_block(units, b, width, first_width, scale))
    return lines


def tail(blocks: list[list[Unit]], line: Line) -> list[list[Unit]]:
    """The blocks that remain from ``line`` on (for the second half of a split paragraph)."""
    b, u, offset = line.start
    first = blocks[b][u:]
    if first and offset:
        first = [_cut(first[0], offset), *first[1:]]
    return [first, *blocks[b + 1 :]]
