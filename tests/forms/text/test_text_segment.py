"""Break units and grapheme clusters: where Thai lines may end."""

from __future__ import annotations

import itertools
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from text_pdf_helpers import HARD_WORDS

from forms.text import break_units, grapheme_clusters
from forms.text.segment import NO_LINE_END, NO_LINE_START, extends_cluster

THAI_SAMPLE = (
    "กขคงจฉชซญฎฐณดตถทนบปผพฟมยรลวศษสหฬอฮะาำเแโใไๆฯ๑๒"
    + "\u0e31\u0e34\u0e35\u0e38\u0e39\u0e47\u0e48\u0e49\u0e4c"
)
text_strategy = st.text(alphabet=THAI_SAMPLE + " ab1.,()\"'“”\u00a0\u200b-", max_size=60)


@pytest.mark.parametrize("word", [*HARD_WORDS, "ผู้ใหญ่บ้าน", "องค์กรปกครองส่วนท้องถิ่น", "ประสิทธิภาพ", "คณะกรรมการ"])
def test_dictionary_words_are_never_cut(word: str) -> None:
    assert break_units(word) == (word,)


def test_spaces_are_break_opportunities_and_stay_with_the_word_before() -> None:
    assert break_units("ผู้ใหญ่บ้าน ที่  สิ้นสุด") == ("ผู้ใหญ่บ้าน ", "ที่  ", "สิ้นสุด")


def test_thai_words_without_spaces_break_between_words() -> None:
    units = break_units("กรมส่งเสริมการปกครองท้องถิ่นแจ้งให้รายงาน")
    assert len(units) > 3
    assert "".join(units) == "กรมส่งเสริมการปกครองท้องถิ่นแจ้งให้รายงาน"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("เด็กๆ เล่น", ("เด็กๆ ", "เล่น")),
        ("เด็ก ๆ เล่น", ("เด็ก ๆ ", "เล่น")),  # ๆ never starts a line, even after a space
        ("กรุงเทพฯ เป็น", ("กรุงเทพฯ ", "เป็น")),
        ("ผลผลิต (Output) คือ", ("ผลผลิต ", "(Output) ", "คือ")),
        ("คำว่า “ผลลัพธ์” นั้น", ("คำ", "ว่า ", "“ผลลัพธ์” ", "นั้น")),
        ('มาตรการ "ส่งเสริม" ดี', ("มาตรการ ", '"ส่งเสริม" ', "ดี")),
        ("ได้รับ 65,000.50 บาท", ("ได้รับ ", "65,000.50 ", "บาท")),
        ("พ.ศ.๒๕๖๖ ไตรมาส ๑–๔", ("พ.ศ.๒๕๖๖ ", "ไตรมาส ", "๑–๔")),
        ("hello-world foo/bar", ("hello-world ", "foo/bar")),
        ("ไม่\u00a0แยก", ("ไม่\u00a0แยก",)),
        ("ก\u200bข", ("ก\u200b", "ข")),
    ],
)
def test_line_break_rules(text: str, expected: tuple[str, ...]) -> None:
    assert break_units(text) == expected


def test_punctuation_never_starts_a_unit() -> None:
    text = "ทดสอบ, คำ. ที่สุด! จริง? (ใช่) ร้อยละ 80% “ดี” ฯลฯ เป็นต้นๆ"
    for unit in break_units(text)[1:]:
        assert unit[0] not in NO_LINE_START, unit


def test_newlines_are_rejected() -> None:
    with pytest.raises(ValueError, match="one line"):
        break_units("ก\nข")


@given(text_strategy.filter(lambda t: "\n" not in t))
@settings(max_examples=200, deadline=None)
def test_units_rebuild_the_line_and_respect_the_rules(text: str) -> None:
    units = break_units(text)
    assert "".join(units) == text
    for before, unit in itertools.pairwise(units):
        assert not extends_cluster(unit[0]), (before, unit)
        assert unit[0] not in NO_LINE_START, (before, unit)
        assert unit[0] not in " \u200b", (before, unit)  # spaces stay at the end of the unit before
        assert before[-1] not in NO_LINE_END, (before, unit)
        assert before[-1] not in "เแโใไ\u00a0", (before, unit)


@pytest.mark.parametrize(
    ("text", "clusters"),
    [
        ("น้ำ", ["น้ำ"]),
        ("ปั้น", ["ปั้", "น"]),
        ("เกี๋ยว", ["เกี๋", "ย", "ว"]),
        ("ฤๅษี", ["ฤๅ", "ษี"]),
        ("ผู้ใหญ่", ["ผู้", "ให", "ญ่"]),
    ],
)
def test_grapheme_clusters(text: str, clusters: list[str]) -> None:
    assert grapheme_clusters(text) == clusters


@given(text_strategy)
@settings(max_examples=200, deadline=None)
def test_clusters_rebuild_text_and_never_start_with_a_mark(text: str) -> None:
    clusters = grapheme_clusters(text)
    assert "".join(clusters) == text
    assert all(not extends_cluster(c[0]) for c in clusters[1:])


class _FakeBreakIterator:
    """Stands in for PyICU's line BreakIterator (PyICU has no wheels; not installed here)."""

    def __init__(self) -> None:
        self.text = ""

    def setText(self, text: str) -> None:  # PyICU's name
        self.text = text

    def __iter__(self):  # type: ignore[no-untyped-def]
        # ICU's Thai line breaking puts boundaries between dictionary words and after spaces
        from pythainlp.tokenize import word_tokenize

        pos = 0
        for token in word_tokenize(self.text, engine="newmm", keep_whitespace=True):
            pos += len(token)
            yield pos


def test_icu_engine_is_used_when_pyicu_is_importable(monkeypatch: pytest.MonkeyPatch) -> None:
    import types

    from forms.text import segment

    fake = types.ModuleType("icu")
    fake.Locale = lambda name: name  # type: ignore[attr-defined]
    fake.BreakIterator = types.SimpleNamespace(createLineInstance=lambda locale: _FakeBreakIterator())  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "icu", fake)
    monkeypatch.delenv("SUJARIT_THAI_SEGMENTER", raising=False)
    name, boundaries = segment._pick_engine()
    assert name == "icu"
    assert boundaries("ผู้ใหญ่บ้าน ที่") == {11, 12, 15}
    monkeypatch.setenv("SUJARIT_THAI_SEGMENTER", "newmm")
    assert segment._pick_engine()[0] == "newmm"


def test_phrase_by_phrase_newmm_gives_the_same_units_as_whole_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    """The per-phrase cache (segment._newmm_boundaries) changes nothing on the real corpus."""
    from pythainlp.tokenize import word_tokenize
    from text_pdf_helpers import corpus_sentences

    from forms.text import segment

    def whole_line(line: str) -> set[int]:
        ends, pos = set(), 0
        for token in word_tokenize(line, engine="newmm", keep_whitespace=True):
            pos += len(token)
            ends.add(pos)
        return ends

    lines = [line for s in corpus_sentences() for line in s.split("\n") if line]
    monkeypatch.setattr(segment, "_boundaries", segment._newmm_boundaries)
    segment.break_units.cache_clear()
    per_phrase = [segment.break_units(line) for line in lines]
    monkeypatch.setattr(segment, "_boundaries", whole_line)
    segment.break_units.cache_clear()
    try:
        assert [segment.break_units(line) for line in lines] == per_phrase
    finally:
        segment.break_units.cache_clear()
