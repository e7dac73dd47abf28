"""forms.text.newmm (pythainlp's newmm without its Trie) against pythainlp itself, the reference."""

from __future__ import annotations

import subprocess
import sys
from bisect import bisect_left
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from text_pdf_helpers import corpus_sentences

from forms.text import newmm, segment

REPO = Path(__file__).resolve().parents[3]
THAI = "กขคงจฉชซญฎฐณดตถทนบปผพฟมยรลวศษสหฬอฮะาำเแโใไๆฯ๑๒ัิีึืุู็่้๊๋์"
MIXED = THAI + " ab1.,:-\t()0"
#: also characters TIS-620 (cp874) lacks, and some it has outside the Thai block: tcc matches text
#: that cp874 can hold as its one-byte image, other text as it is (newmm._tcc_ends)
WIDE = MIXED + "éü©€…“”\u00a0\u200b\u0e5b\u0e3f\u0e4f\U0001f600\n"


def _reference_phrase(phrase: str) -> tuple[int, ...]:
    """segment._newmm_phrase as it was, on pythainlp (Trie + word_tokenize)."""
    from pythainlp.corpus import thai_words
    from pythainlp.tokenize import word_tokenize

    if phrase in thai_words():
        return (len(phrase),)
    ends, pos = [], 0
    for token in word_tokenize(phrase, engine="newmm", keep_whitespace=True):
        pos += len(token)
        ends.append(pos)
    return tuple(ends)


def _reference_boundaries(text: str) -> set[int]:
    out: set[int] = set()
    offset = 0
    for phrase in text.split(" "):
        if any("\u0e01" <= ch <= "\u0e4e" for ch in phrase):
            out.update(offset + end for end in _reference_phrase(phrase))
        offset += len(phrase) + 1
        out.add(offset - 1)
    return out


def _units(sentences: list[str], boundaries) -> list[tuple[tuple[str, ...], ...]]:  # type: ignore[no-untyped-def]
    segment.break_units.cache_clear()
    saved = segment._boundaries
    segment._boundaries = boundaries
    try:
        return [tuple(segment.break_units(line) for line in s.split("\n")) for s in sentences]
    finally:
        segment._boundaries = saved
        segment.break_units.cache_clear()


def test_word_list_is_pythainlps() -> None:
    from pythainlp.corpus import thai_words

    ours, theirs = set(newmm.words()), {w.strip() for w in thai_words()}
    assert newmm.words() == sorted(ours), "resources/segmentation/words_th.txt must be sorted by code point"
    assert ours == theirs, (
        f"{len(theirs - ours)} words missing, {len(ours - theirs)} extra: the installed pythainlp has "
        "another word list; rewrite the file with `python -m forms.text.newmm`"
    )


def test_word_file_is_what_write_words_makes(tmp_path: Path) -> None:
    from db.paths import resource_path

    shipped = resource_path(*newmm.WORDS_FILE).read_bytes()
    assert newmm.write_words(tmp_path / "words.txt").read_bytes() == shipped


def test_break_units_match_pythainlp_newmm_on_the_corpus() -> None:
    sentences = corpus_sentences()
    assert len(sentences) > 800
    ours = _units(sentences, segment._newmm_boundaries)
    reference = _units(sentences, _reference_boundaries)
    differ = [(s, a, b) for s, a, b in zip(sentences, ours, reference, strict=True) if a != b]
    assert len(differ) <= 0.01 * len(sentences), differ[:5]
    assert not differ, differ[:5]  # in fact none differ (pythainlp 5.4)


def test_tokens_match_pythainlp_word_tokenize_on_the_corpus() -> None:
    from pythainlp.tokenize import word_tokenize

    sentences = corpus_sentences()
    differ = [s for s in sentences if newmm.tokenize(s) != word_tokenize(s, engine="newmm")]
    assert not differ, [(s, newmm.tokenize(s), word_tokenize(s, engine="newmm")) for s in differ[:3]]


@st.composite
def _texts(draw: st.DrawFn) -> str:
    words = newmm.words()
    parts = draw(
        st.lists(
            st.one_of(
                st.integers(0, len(words) - 1).map(words.__getitem__),
                st.tuples(st.integers(0, len(words) - 1), st.integers(1, 5)).map(
                    lambda t: words[t[0]][: t[1]]
                ),
                st.text(alphabet=MIXED, min_size=1, max_size=4),
            ),
            max_size=8,
        )
    )
    return "".join(parts)


@given(_texts())
@settings(max_examples=300, deadline=None)
def test_tokens_match_pythainlp_on_word_salad(text: str) -> None:
    from pythainlp.tokenize import word_tokenize

    assert newmm.tokenize(text) == word_tokenize(text, engine="newmm")


@given(st.text(alphabet=MIXED, max_size=40))
@settings(max_examples=300, deadline=None)
def test_character_clusters_match_pythainlp(text: str) -> None:
    from pythainlp.tokenize.tcc import tcc_pos
    from pythainlp.tokenize.tcc_p import tcc_pos_array

    assert newmm.tcc_ends(text) == [i for i, flag in enumerate(tcc_pos_array(text)) if flag]
    assert newmm.tcc_pos(text) == tcc_pos(text)


@given(st.text(alphabet=WIDE, max_size=40))
@settings(max_examples=300, deadline=None)
def test_character_clusters_match_pythainlp_beyond_tis620(text: str) -> None:
    from pythainlp.tokenize.tcc import tcc_pos
    from pythainlp.tokenize.tcc_p import tcc_pos_array

    assert newmm.tcc_ends(text) == [i for i, flag in enumerate(tcc_pos_array(text)) if flag]
    assert newmm.tcc_pos(text) == tcc_pos(text)


def _reference_state(prefix: str) -> int:
    """What newmm._probe must say: a binary search of the word list, as newmm did before."""
    ws = newmm.words()
    i = bisect_left(ws, prefix)
    if i == len(ws) or not ws[i].startswith(prefix):
        return newmm._NONE
    return newmm._WORD if ws[i] == prefix else newmm._PREFIX


def test_dictionary_look_ups_agree_with_the_word_list() -> None:
    """Every word is a word, every word's shorter starts are prefixes or words, a word plus a line
    break is nothing (the chunked search must not run across lines); the ends of the list too."""
    ws = newmm.words()
    newmm.clear_caches()
    try:
        assert all(newmm.is_word(w) for w in ws)
        starts = {w[:k] for w in ws[::7] for k in range(1, len(w))}
        assert all(newmm._probe(p) == _reference_state(p) for p in starts)
        odd = [ws[0], ws[-1], ws[0][:1], ws[-1] + "ก", "\u0e00", "\uffff", " ", "a", "ก\nข", ws[5] + "\n"]
        assert [newmm._probe(p) for p in odd] == [_reference_state(p) for p in odd]
    finally:
        newmm.clear_caches()


@given(
    st.one_of(
        st.text(alphabet=WIDE, min_size=1, max_size=8),
        st.tuples(st.integers(0, 62_105), st.integers(1, 8), st.text(alphabet=MIXED, max_size=2)).map(
            lambda t: newmm.words()[min(t[0], len(newmm.words()) - 1)][: t[1]] + t[2]
        ),
    )
)
@settings(max_examples=500, deadline=None)
def test_dictionary_look_ups_agree_with_a_binary_search(prefix: str) -> None:
    newmm._prefixes.pop(prefix, None)
    assert newmm._probe(prefix) == _reference_state(prefix)


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("", []),
        ("ผู้ใหญ่บ้าน", ["ผู้ใหญ่บ้าน"]),
        ("ได้รับ 65,000.50 บาท", ["ได้รับ", " ", "65,000.50", " ", "บาท"]),
        ("เวลา 12:00น", ["เวลา", " ", "12:00", "น"]),
        ("ABCภาษาไทย", ["ABC", "ภาษาไทย"]),
    ],
)
def test_tokenize_examples(text: str, tokens: list[str]) -> None:
    assert newmm.tokenize(text) == tokens
    assert "".join(tokens) == text


def test_is_word() -> None:
    assert newmm.is_word("องค์การบริหารส่วนตำบล")
    assert newmm.is_word("ก.")
    assert not newmm.is_word("")
    assert not newmm.is_word("องค์การบริหารส่วนตำบลx")
    assert not newmm.is_word("\uffff")


def test_default_engine_does_not_load_pythainlp() -> None:
    """A fresh process that segments a line pays neither for pythainlp's import nor its Trie."""
    code = (
        "import sys\n"
        "from forms.text import ENGINE, break_units\n"
        "from forms.text.segment import sub_units\n"
        "assert ENGINE in ('newmm', 'icu'), ENGINE\n"
        "assert len(break_units('กรมส่งเสริมการปกครองท้องถิ่นแจ้งให้รายงาน')) > 3\n"
        "assert len(sub_units('องค์การบริหารส่วนตำบล')) > 1\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] == 'pythainlp')\n"
        "assert not loaded, loaded\n"
    )
    env = {"SUJARIT_THAI_SEGMENTER": "newmm", "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
