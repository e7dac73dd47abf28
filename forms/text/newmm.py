"""pythainlp's "newmm" word segmenter without its Trie: cheap to start, same word boundaries.

pythainlp's newmm builds a Python ``Trie`` (235,000 node objects, most with a dict of children) from
its 62,106-word dictionary before it can cut the first word: about 0.3 s, plus 0.2 s to free it at
interpreter exit, and importing the ``pythainlp`` package costs 0.03 s more. For a process that
prints one form, that is most of its run time. This module runs the same algorithm on the same
dictionary, kept as one code-point-sorted list of strings read from
``resources/segmentation/words_th.txt`` (about 4 ms), so it needs neither the Trie nor pythainlp:

- dictionary prefixes of ``text[i:]`` come from ``bisect`` on the sorted list, one probe per Thai
  character cluster (TCC) boundary after ``i``; the search stops at the first probe that no word
  starts with, so there is no maximum word length and no word is ever left out;
- everything else is newmm as pythainlp 5.4 has it (pythainlp/tokenize/newmm.py, tcc_p.py,
  _utils.py, Apache-2.0, (c) 2016-2026 PyThaiNLP Project; the rules below are copied from there):
  TCC boundaries with newmm's improved rules, the priority queue of word ends, the fewest-tokens
  path through each unambiguous stretch, the graph-size cut-off of 50 edges, the non-dictionary
  skip (Latin, numbers, spaces and other non-Thai runs as one token each; unknown Thai up to the
  next place a dictionary word of more than two consonants or a non-Thai run starts), and
  ``word_tokenize``'s default post-processing that rejoins formatted numbers ("1,234.5").

:func:`tokenize` equals ``pythainlp.tokenize.word_tokenize(text, engine="newmm")`` (default
dictionary, ``keep_whitespace=True``); tests/forms/text/test_text_newmm.py checks that on every
sentence of the test corpus. The word list is pythainlp's ``words_th.txt`` (CC0-1.0, see
resources/segmentation/README.md); ``python -m forms.text.newmm`` rewrites it from the installed
pythainlp.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterator
from functools import cache, lru_cache
from heapq import heappop, heappush
from pathlib import Path

#: The dictionary file: one word a line, sorted by code point, Windows-874 (TIS-620) encoded, so
#: each Thai character is one byte (549 KB instead of 1.5 MB of UTF-8; it decodes in C).
WORDS_FILE = ("segmentation", "words_th.txt")
WORDS_ENCODING = "cp874"

# ---- pythainlp/tokenize/tcc_p.py: Thai character clusters with newmm's improved rules ----------
# (both TCC patterns are compiled on first use: 2-3 ms each)
_TCC_NEWMM = "|".join(
    """\
เc็ck
เcctาะk
เccีtยะk
เccีtย(?=[เ-ไก-ฮ]|$)k
เcc็ck
เcิc์ck
เcิtck
เcีtยะ?k
เcืtอะ?k
เc[ิีุู]tย(?=[เ-ไก-ฮ]|$)k
เctา?ะ?k
cัtวะk
c[ัื]tc[ุิะ]?k
c[ิุู]์
c[ะ-ู]tk
cรรc์
c็
ct[ะาำ]?k
ck
แc็c
แcc์
แctะ
แcc็c
แccc์
โctะ
[เ-ไ]ct
ก็
อึ
หึ
""".replace("k", "(cc?[dิ]?[์])?")
    .replace("c", "[ก-ฮ]")
    .replace("t", "[่-๋]?")
    .replace("d", "\u0e39\u0e38")  # DSara: lower vowels ู ุ
    .split()
)

# ---- pythainlp/tokenize/tcc.py: the original TCC rules (used by segment.sub_units) -------------
_TCC_CLASSIC = "|".join(
    """\
c[ั]([่-๋]c)?
c[ั]([่-๋]c)?k
เc็ck
เcctาะk
เccีtยะk
เccีtย(?=[เ-ไก-ฮ]|$)k
เc[ิีุู]tย(?=[เ-ไก-ฮ]|$)k
เcc็ck
เcิc์ck
เcิtck
เcีtยะ?k
เcืtอะk
เcื
เctา?ะ?k
c[ึื]tck
c[ะ-ู]tk
c[ิุู]์
cรรc์
c็
ct[ะาำ]?k
แc็ck
แcc์k
แctะk
แcc็ck
แccc์k
โctะk
[เ-ไ]ctk
ก็
อึ
หึ
""".replace("k", "(cc?[d|ิ]?[์])?")
    .replace("c", "[ก-ฮ]")
    .replace("t", "[่-๋]?")
    .replace("d", "\u0e39\u0e38")  # DSara: lower vowels ู ุ
    .split()
)

# ---- pythainlp/tokenize/newmm.py and _utils.py --------------------------------------------------
_PAT_NONTHAI = re.compile(
    r"""(?x)
[-a-zA-Z]+|        # Latin characters
\d+([,\.]\d+)*|    # numbers
[ \t]+|            # spaces
\r?\n|             # newlines
[^\u0E00-\u0E7F \t\r\n]+  # other non-Thai characters, and stops matching until space/newline
"""
)
_PAT_THAI_TWOCHARS = re.compile("[ก-ฮ]{,2}$")
_DIGITS_WITH_SEPARATOR = re.compile(r"(\d+[\.\,:])+\d+")
_DIGIT = re.compile(r"\d")
_MAX_GRAPH_SIZE = 50


def _resource_dir() -> Path:
    from db.paths import resource_dir

    return resource_dir()


@lru_cache(maxsize=1)
def words() -> list[str]:
    """The dictionary, sorted by code point (pythainlp's ``thai_words()``; loaded once)."""
    data = _resource_dir().joinpath(*WORDS_FILE).read_bytes()
    return data.decode(WORDS_ENCODING).rstrip("\n").split("\n")


def is_word(text: str) -> bool:
    """True if ``text`` is a dictionary word."""
    if not text:
        return False
    ws = words()
    i = bisect_left(ws, text)
    return i < len(ws) and ws[i] == text


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _tcc_ends(text: str, pattern: str) -> list[int]:
    ends: list[int] = []
    n, p = len(text), 0
    match = _compiled(pattern).match
    while p < n:
        m = match(text, p)
        p = m.end() if m and m.end() > p else p + 1
        ends.append(p)
    return ends


def tcc_ends(text: str) -> list[int]:
    """Where the TCCs of ``text`` end (newmm's rules), increasing: pythainlp's ``tcc_pos_array``."""
    return _tcc_ends(text, _TCC_NEWMM)


def tcc_pos(text: str) -> set[int]:
    """Ends of the TCCs of ``text`` by the original rules: ``pythainlp.tokenize.tcc.tcc_pos``."""
    return set(_tcc_ends(text, _TCC_CLASSIC))


@lru_cache(maxsize=512)
def _first_char_range(ch: str) -> tuple[int, int]:
    """Where the words that start with ``ch`` are in :func:`words`."""
    ws = words()
    lo = bisect_left(ws, ch)
    return lo, (bisect_left(ws, chr(ord(ch) + 1), lo) if ch < "\U0010ffff" else len(ws))


def _word_ends(text: str, begin: int, stops: list[int], ws: list[str]) -> list[int]:
    """Ends ``e`` (TCC ends from ``stops``, increasing) such that ``text[begin:e]`` is a dictionary
    word: what ``Trie.prefixes(text, begin)`` filtered by the TCC ends gives, in the same order.

    The words that start with a prefix are one run of the sorted list, starting where the prefix
    would go; the search stops at the first prefix that no word starts with.
    """
    lo, hi = _first_char_range(text[begin])
    out: list[int] = []
    if lo == hi:
        return out
    for end in stops[bisect_right(stops, begin) :]:
        prefix = text[begin:end]
        lo = bisect_left(ws, prefix, lo, hi)
        if lo == hi:
            break
        found = ws[lo]
        if found == prefix:
            out.append(end)
        elif not found.startswith(prefix):
            break
    return out


def _bfs_path(graph: defaultdict[int, list[int]], start: int, goal: int) -> list[int]:
    """The first path ``start`` -> ``goal`` a breadth-first search finds (fewest tokens)."""
    visited = {start}
    queue = [(start, [start])]
    while queue:
        vertex, path = queue.pop(0)
        for pos in graph[vertex]:
            if pos == goal:
                return [*path, pos]
            if pos not in visited:
                visited.add(pos)
                queue.append((pos, [*path, pos]))
    raise AssertionError("newmm: no path through the word graph")  # pragma: no cover


def _skip_end(text: str, begin: int, stops: list[int], ws: list[str]) -> int:
    """Where a non-dictionary token starting at ``begin`` ends."""
    m = _PAT_NONTHAI.match(text, begin)
    if m:
        return m.end()
    n = len(text)
    for pos in stops[bisect_right(stops, begin) :]:
        if pos >= n:
            break
        for end in _word_ends(text, pos, stops, ws):
            if not _PAT_THAI_TWOCHARS.match(text, pos, end):
                return pos
        if _PAT_NONTHAI.match(text, pos):
            return pos
    return n


def _onecut(text: str, ws: list[str]) -> Iterator[str]:
    graph: defaultdict[int, list[int]] = defaultdict(list)
    graph_size = 0
    stops = tcc_ends(text)
    n = len(text)
    pos_list = [0]
    end_pos = 0
    while pos_list[0] < n:
        begin_pos = heappop(pos_list)
        for end in _word_ends(text, begin_pos, stops, ws):
            graph[begin_pos].append(end)
            graph_size += 1
            if end not in pos_list:
                heappush(pos_list, end)
            if graph_size > _MAX_GRAPH_SIZE:
                break
        if len(pos_list) == 1:  # one candidate: no longer ambiguous
            path = _bfs_path(graph, end_pos, pos_list[0])
            graph_size = 0
            graph.clear()
            for pos in path[1:]:
                yield text[end_pos:pos]
                end_pos = pos
        elif not pos_list:  # no candidate: a non-dictionary token
            end_pos = _skip_end(text, begin_pos, stops, ws)
            graph_size = 0
            graph.clear()
            yield text[begin_pos:end_pos]
            heappush(pos_list, end_pos)


def segment(text: str) -> list[str]:
    """``pythainlp.tokenize.newmm.segment(text)`` with the default dictionary."""
    if not text or not isinstance(text, str):
        return []
    return list(_onecut(text, words()))


def _rejoin_formatted_num(segments: list[str]) -> list[str]:
    """pythainlp's ``rejoin_formatted_num``: "1", ",", "234" -> "1,234"."""
    matches = _DIGITS_WITH_SEPARATOR.finditer("".join(segments))
    joined: list[str] = []
    pos = k = 0
    match = next(matches, None)
    while k < len(segments) and match:
        if pos >= match.start():
            token = ""
            while pos < match.end() and k < len(segments):
                token += segments[k]
                pos += len(segments[k])
                k += 1
            if token:
                joined.append(token)
            match = next(matches, None)
        else:
            joined.append(segments[k])
            pos += len(segments[k])
            k += 1
    return joined + segments[k:]


def tokenize(text: str) -> list[str]:
    """``pythainlp.tokenize.word_tokenize(text, engine="newmm")`` (whitespace kept)."""
    tokens = segment(text)
    if _DIGIT.search(text):
        tokens = _rejoin_formatted_num(tokens)
    return tokens


def write_words(path: Path | None = None) -> Path:
    """(Re)write the dictionary file from the installed pythainlp's ``thai_words()``."""
    from pythainlp.corpus import thai_words

    path = path or _resource_dir().joinpath(*WORDS_FILE)
    entries = sorted({w.strip() for w in thai_words()} - {""})  # pythainlp's Trie strips them too
    bad = [w for w in entries if "\n" in w or w.encode(WORDS_ENCODING).decode(WORDS_ENCODING) != w]
    if bad:
        raise ValueError(f"words that {WORDS_ENCODING} cannot hold: {bad[:5]}")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(("\n".join(entries) + "\n").encode(WORDS_ENCODING))
    return path


if __name__ == "__main__":  # pragma: no cover
    target = write_words(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
    count = target.read_bytes().count(b"\n")
    print(f"wrote {count} words to {target}")
