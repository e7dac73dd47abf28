"""pythainlp's "newmm" word segmenter without its Trie: cheap to start, same word boundaries.

pythainlp's newmm builds a Python ``Trie`` (235,000 node objects, most with a dict of children) from
its 62,106-word dictionary before it can cut the first word: about 0.3 s, plus 0.2 s to free it at
interpreter exit, and importing the ``pythainlp`` package costs 0.03 s more. For a process that
prints one form, that is most of its run time. This module runs the same algorithm on the same
dictionary, the code-point-sorted word list ``resources/segmentation/words_th.txt`` read as some
2,000 chunks of lines (about 1.5 ms; see :func:`_dictionary`), so it needs neither the Trie nor
pythainlp:

- dictionary prefixes of ``text[i:]`` come from one probe per Thai character cluster (TCC)
  boundary after ``i`` (a binary search over the chunks' first words, then ``find`` in one chunk;
  every answer is remembered, as the same prefixes come up again and again); the search stops at
  the first probe that no word starts with, so there is no maximum word length and no word is ever
  left out;
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
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable
from functools import cache, lru_cache
from heapq import heappop, heappush
from itertools import accumulate, islice
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
    """The dictionary, sorted by code point (pythainlp's ``thai_words()``; loaded once). Segmenting
    does not need it (see :func:`_dictionary`); tests and tools do."""
    return _read_words().rstrip("\n").split("\n")


def _read_words() -> str:
    return _resource_dir().joinpath(*WORDS_FILE).read_bytes().decode(WORDS_ENCODING)


#: Characters of the word list per chunk of :func:`_dictionary` (about 25 words).
_CHUNK = 256


@lru_cache(maxsize=1)
def _dictionary() -> tuple[list[str], list[str]]:
    """The word list as chunks of whole lines, each starting and ending with "\\n", and the first
    word of each chunk: about 2,000 strings instead of 62,000, which take 4 ms to make and 3 ms to
    free at exit. A look-up (:func:`_probe`) is a binary search over the first words and a
    ``find`` in one chunk."""
    blob = "\n" + _read_words().rstrip("\n") + "\n"
    chunks: list[str] = []
    firsts: list[str] = []
    start, last = 0, len(blob) - 1
    while start < last:
        end = blob.find("\n", start + _CHUNK)
        chunk = blob[start:] if end < 0 or end >= last else blob[start : end + 1]
        chunks.append(chunk)
        firsts.append(chunk[1 : chunk.index("\n", 1)])
        start = last if end < 0 else end
    return chunks, firsts


def is_word(text: str) -> bool:
    """True if ``text`` is a dictionary word."""
    if not text:
        return False
    state = _prefixes.get(text)
    if state is None:
        state = _probe(text)
    return state == _WORD


def _cluster_pattern(rules: str) -> str:
    """A TCC pattern made to cut a whole text with one ``findall``: each TCC, or else one character.

    ``findall`` continues where the previous match ended, trying the rules before the single
    character, so it gives the same cuts as matching the rules at each cut in turn (no rule matches
    the empty string). Groups become non-capturing, so ``findall`` returns the matched strings.
    """
    return re.sub(r"\((?!\?)", "(?:", rules) + "|(?s:.)"


@cache
def _cutter(rules: str, image: bool) -> Callable[[str], list[str]]:
    pattern = _cluster_pattern(rules)
    if image:  # the same pattern over WORDS_ENCODING bytes read as Latin-1 (see _tcc_ends)
        pattern = pattern.encode(WORDS_ENCODING).decode("latin-1")
    return re.compile(pattern).findall


def _tcc_ends(text: str, rules: str) -> list[int]:
    # Text that WORDS_ENCODING can hold (nearly all Thai text) is matched as its one-byte image:
    # one character for one character, Thai at 0xA1-0xFB, everything else apart from it. The
    # pattern's character classes then fall in 0-255, which ``re`` compiles about 3 times faster
    # (both patterns: about 4 -> 1.8 ms, paid by every process that prints).
    try:
        image = text.encode(WORDS_ENCODING).decode("latin-1")
    except UnicodeEncodeError:
        return list(accumulate(map(len, _cutter(rules, False)(text))))
    return list(accumulate(map(len, _cutter(rules, True)(image))))


def tcc_ends(text: str) -> list[int]:
    """Where the TCCs of ``text`` end (newmm's rules), increasing: pythainlp's ``tcc_pos_array``."""
    return _tcc_ends(text, _TCC_NEWMM)


def tcc_pos(text: str) -> set[int]:
    """Ends of the TCCs of ``text`` by the original rules: ``pythainlp.tokenize.tcc.tcc_pos``."""
    return set(_tcc_ends(text, _TCC_CLASSIC))


#: prefix -> _WORD (a dictionary word), _PREFIX (only the start of longer words) or _NONE (no word
#: starts with it). Filled on demand: the prefixes probed recur across phrases (a 100-row table
#: probes about 33,000 prefixes, only 5,000 of them different), and a look-up is cheaper than a
#: search.
_prefixes: dict[str, int] = {}
_NONE, _WORD, _PREFIX = 0, 1, 2
_PREFIXES_MAX = 200_000


def _probe(prefix: str) -> int:
    """What ``prefix`` (not empty) is in the dictionary: _WORD, _PREFIX or _NONE; remembered.

    The words that start with ``prefix`` are one run of the sorted word list, starting where
    ``prefix`` would go: in the last chunk whose first word is not after ``prefix``, or else as the
    first word of the next chunk. In a chunk, the first line that starts with ``prefix`` is that run's
    first word, which is ``prefix`` itself if ``prefix`` is a word.
    """
    if "\n" in prefix:  # no word has one (and the search below would match across lines)
        state = _NONE
    else:
        chunks, firsts = _dictionary()
        k = bisect_right(firsts, prefix) - 1
        state = _NONE
        at = chunks[k].find("\n" + prefix) if k >= 0 else -1
        if at >= 0:
            state = _WORD if chunks[k].startswith("\n", at + 1 + len(prefix)) else _PREFIX
        elif k + 1 < len(firsts) and firsts[k + 1].startswith(prefix):
            state = _WORD if len(firsts[k + 1]) == len(prefix) else _PREFIX
    if len(_prefixes) >= _PREFIXES_MAX:
        _prefixes.clear()
    _prefixes[prefix] = state
    return state


def _word_ends(text: str, begin: int, stops: list[int]) -> list[int]:
    """Ends ``e`` (TCC ends from ``stops``, increasing) such that ``text[begin:e]`` is a dictionary
    word: what ``Trie.prefixes(text, begin)`` filtered by the TCC ends gives, in the same order.

    The search stops at the first prefix that no word starts with.
    """
    out: list[int] = []
    prefixes = _prefixes
    for end in islice(stops, bisect_right(stops, begin), None):
        prefix = text[begin:end]
        state = prefixes.get(prefix)
        if state is None:
            state = _probe(prefix)
        if state == _WORD:
            out.append(end)
        elif state == _NONE:
            break
    return out


def clear_caches() -> None:
    """Forget the probed prefixes (the dictionary itself stays loaded)."""
    _prefixes.clear()


def _bfs_path(graph: defaultdict[int, list[int]], start: int, goal: int) -> list[int]:
    """The first path ``start`` -> ``goal`` a breadth-first search finds (fewest tokens)."""
    if goal in graph[start]:  # one word (the usual case): what the search finds first
        return [start, goal]
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


def _skip_end(text: str, begin: int, stops: list[int]) -> int:
    """Where a non-dictionary token starting at ``begin`` ends."""
    m = _PAT_NONTHAI.match(text, begin)
    if m:
        return m.end()
    n = len(text)
    for pos in islice(stops, bisect_right(stops, begin), None):
        if pos >= n:
            break
        for end in _word_ends(text, pos, stops):
            if not _PAT_THAI_TWOCHARS.match(text, pos, end):
                return pos
        if _PAT_NONTHAI.match(text, pos):
            return pos
    return n


def _onecut(text: str) -> list[str]:
    tokens: list[str] = []
    graph: defaultdict[int, list[int]] = defaultdict(list)
    graph_size = 0
    stops = tcc_ends(text)
    n_stops = len(stops)
    after = {stop: k + 1 for k, stop in enumerate(stops)}  # stop -> index of the next one
    after[0] = 0
    n = len(text)
    pos_list = [0]
    end_pos = 0
    prefixes = _prefixes
    while pos_list[0] < n:
        begin_pos = heappop(pos_list)
        # the word ends after begin_pos (_word_ends, inline): the dictionary words among the
        # prefixes that end at a TCC end, until a prefix that no word starts with
        k = after.get(begin_pos)
        if k is None:  # after a non-dictionary token that does not end at a TCC end
            k = bisect_right(stops, begin_pos)
        while k < n_stops:
            end = stops[k]
            k += 1
            prefix = text[begin_pos:end]
            state = prefixes.get(prefix)
            if state is None:
                state = _probe(prefix)
            if state == _WORD:
                graph[begin_pos].append(end)
                graph_size += 1
                if end not in pos_list:
                    heappush(pos_list, end)
                if graph_size > _MAX_GRAPH_SIZE:
                    break
            elif state == _NONE:
                break
        if len(pos_list) == 1:  # one candidate: no longer ambiguous
            for pos in _bfs_path(graph, end_pos, pos_list[0])[1:]:
                tokens.append(text[end_pos:pos])
                end_pos = pos
            graph_size = 0
            graph.clear()
        elif not pos_list:  # no candidate: a non-dictionary token
            end_pos = _skip_end(text, begin_pos, stops)
            graph_size = 0
            graph.clear()
            tokens.append(text[begin_pos:end_pos])
            heappush(pos_list, end_pos)
    return tokens


def segment(text: str) -> list[str]:
    """``pythainlp.tokenize.newmm.segment(text)`` with the default dictionary."""
    if not text or not isinstance(text, str):
        return []
    return _onecut(text)


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
