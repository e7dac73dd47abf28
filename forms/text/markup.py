"""The small inline markup of Thai paragraphs: <b>, <i>, <u>, <br/> and the entities &amp; &lt; &gt;.

Also accepted: <strong>/<em> (same as <b>/<i>), &quot; &apos; &nbsp; and numeric references.
Anything else that starts with "<" or "&" is a :class:`MarkupError`, so a programming mistake
fails loudly. Text typed by users must go through :func:`escape` before it is put into markup.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from forms.text.coverage import LEGACY_THAI_PUA
from forms.text.segment import extends_cluster

_TOKEN = re.compile(r"<(/?)\s*([A-Za-z]+)\s*(/?)\s*>|&(#[xX][0-9A-Fa-f]+|#[0-9]+|[A-Za-z]+);|[<&]")
_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'", "nbsp": "\u00a0"}
_TAGS = {"b": "b", "strong": "b", "i": "i", "em": "i", "u": "u"}
_NEWLINES = re.compile(r"\r\n|[\r\u2028\u2029\x0b\x0c\x85]")
_TRANSLATE = {**LEGACY_THAI_PUA, ord("\t"): " "}
#: what _TRANSLATE changes: most text has none of it, and a search is cheaper than translate()
_TO_TRANSLATE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_TRANSLATE)) + "]")


class MarkupError(ValueError):
    """The markup of a paragraph is malformed."""


class Run(NamedTuple):
    """A piece of one line of text with one style."""

    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False


def escape(text: str) -> str:
    """Plain text (e.g. what a clerk typed) as markup that prints exactly that text."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def normalize_text(text: str) -> str:
    """The canonical form of printed text: NFC, every kind of line break as "\\n", tabs as spaces,
    legacy Thai private-use characters (U+F700–U+F71A) as the Thai characters they stand for.

    The text extracted from the PDF is compared against this form (see ``forms.text`` docs).
    """
    text = _NEWLINES.sub("\n", text)
    if _TO_TRANSLATE.search(text):
        text = text.translate(_TRANSLATE)
    return unicodedata.normalize("NFC", text)


def _entity(name: str, markup: str, pos: int) -> str:
    if name.startswith(("#x", "#X")):
        return chr(int(name[2:], 16))
    if name.startswith("#"):
        return chr(int(name[1:]))
    if name in _ENTITIES:
        return _ENTITIES[name]
    raise MarkupError(f"unknown entity &{name}; at {pos} in {markup!r}")


def parse(markup: str) -> list[list[Run]]:
    """Markup -> lines (split at "\\n" and <br/>) of styled runs. Empty runs are dropped."""
    if "<" not in markup and "&" not in markup:  # no tags, no entities (most table cells)
        return [[Run(part)] if part else [] for part in normalize_text(markup).split("\n")]
    lines: list[list[Run]] = [[]]
    depth = {"b": 0, "i": 0, "u": 0}

    def add(text: str) -> None:
        text = normalize_text(text)
        style = (depth["b"] > 0, depth["i"] > 0, depth["u"] > 0)
        for k, part in enumerate(text.split("\n")):
            if k:
                lines.append([])
            if part:
                lines[-1].append(Run(part, *style))

    pos = 0
    for m in _TOKEN.finditer(markup):
        add(markup[pos : m.start()])
        pos = m.end()
        closing, tag, selfclosing, entity = m.groups()
        if entity is not None:
            add(_entity(entity, markup, m.start()))
        elif tag is None:
            raise MarkupError(f"bare {m.group()!r} at {m.start()} in {markup!r}; escape plain text first")
        elif tag.lower() == "br" and not closing:
            lines.append([])
        elif tag.lower() in _TAGS and not selfclosing:
            key = _TAGS[tag.lower()]
            depth[key] += -1 if closing else 1
            if depth[key] < 0:
                raise MarkupError(f"</{tag}> without <{tag}> at {m.start()} in {markup!r}")
        else:
            raise MarkupError(f"unsupported tag {m.group()!r} in {markup!r}")
    add(markup[pos:])
    if any(depth.values()):
        raise MarkupError(f"unclosed tag in {markup!r}")
    return [_merge(_snap_clusters(line)) for line in lines]


def _snap_clusters(runs: list[Run]) -> list[Run]:
    """A mark whose base is in the previous run joins that run (style never splits a cluster)."""
    out: list[Run] = []
    for run in runs:
        text = run.text
        if out:
            k = 0
            while k < len(text) and extends_cluster(text[k]):
                k += 1
            if k:
                out[-1] = out[-1]._replace(text=out[-1].text + text[:k])
                text = text[k:]
        if text:
            out.append(run._replace(text=text))
    return out


def _merge(runs: list[Run]) -> list[Run]:
    out: list[Run] = []
    for run in runs:
        if out and out[-1][1:] == run[1:]:
            out[-1] = out[-1]._replace(text=out[-1].text + run.text)
        else:
            out.append(run)
    return out


def plain_text(markup: str) -> str:
    """The text a markup string prints, lines joined with "\\n" (normalised; see normalize_text)."""
    return "\n".join("".join(run.text for run in line) for line in parse(markup))
