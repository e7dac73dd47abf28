"""Line filling, markup and splitting, without a PDF: the layout side of the invariant."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.units import mm
from text_pdf_helpers import HARD_WORDS, assert_layout_invariant, corpus_sentences, reconstructs

from forms.text import MarkupError, ThaiParagraph, escape, grapheme_clusters, plain_text, thai_style
from forms.text.markup import Run, parse

SIZE = 14.0
STYLE = thai_style("layout", size=SIZE)
VOCAB = [*HARD_WORDS, "ผู้ใหญ่บ้าน", "องค์กรปกครองส่วนท้องถิ่น", "(สำรวจ)", "65,000.50", "Output", "ร้อยละ", "80", "ๆ"]


def check_paragraph(text: str, width: float) -> None:
    paragraph = ThaiParagraph(text, STYLE, markup=False)
    assert paragraph.getPlainText() == plain_text(escape(text))
    assert_layout_invariant(paragraph, width)


@pytest.mark.parametrize("width_mm", [25, 60, 150])
def test_real_sentences_break_at_word_boundaries(width_mm: float) -> None:
    for sentence in corpus_sentences():
        check_paragraph(sentence, width_mm * mm)


@given(
    st.lists(st.sampled_from(VOCAB), min_size=1, max_size=30),
    st.lists(st.sampled_from(["", " ", "  ", "\n"]), min_size=30, max_size=30),
    st.floats(min_value=8, max_value=500),
)
@settings(max_examples=150, deadline=None)
def test_any_word_sequence_keeps_the_invariant(words: list[str], seps: list[str], width: float) -> None:
    check_paragraph("".join(w + s for w, s in zip(words, seps, strict=False)), width)


def test_a_word_wider_than_the_line_is_cut_between_clusters_only() -> None:
    word = "องค์กรปกครองส่วนท้องถิ่น"
    lines = ThaiParagraph(word, STYLE).line_texts(40)
    assert len(lines) > 1
    assert "".join(lines) == word
    for line in lines:
        assert "".join(grapheme_clusters(line)) == line
        assert grapheme_clusters(line)[0] in grapheme_clusters(word)


def test_explicit_newlines_and_br_are_kept() -> None:
    assert ThaiParagraph("หนึ่ง\nสอง\n\nสี่", STYLE, markup=False).line_texts(300) == ["หนึ่ง", "สอง", "", "สี่"]
    assert ThaiParagraph("หนึ่ง<br/>สอง<br>สาม", STYLE).line_texts(300) == ["หนึ่ง", "สอง", "สาม"]
    assert ThaiParagraph("ก\r\nข\rค", STYLE, markup=False).line_texts(300) == ["ก", "ข", "ค"]


def test_leading_and_break_spaces_are_not_printed() -> None:
    lines = ThaiParagraph("   นำหน้า   ตามหลัง   ", STYLE, markup=False).line_texts(300)
    assert lines == ["นำหน้า   ตามหลัง"]


def test_empty_paragraph_has_no_lines() -> None:
    paragraph = ThaiParagraph("", STYLE)
    assert paragraph.wrap(100, 100) == (100, 0)


def test_markup_runs() -> None:
    assert parse("<b>ผลผลิต (Output)</b> ค่า <i>เอียง</i> <u>เส้น</u> &amp; &lt;x&gt;") == [
        [
            Run("ผลผลิต (Output)", bold=True),
            Run(" ค่า "),
            Run("เอียง", italic=True),
            Run(" "),
            Run("เส้น", underline=True),
            Run(" & <x>"),
        ]
    ]
    assert parse("<b>a<i>b</i></b>") == [[Run("a", bold=True), Run("b", bold=True, italic=True)]]


def test_a_mark_after_a_style_change_stays_with_its_base() -> None:
    assert parse("<b>ก</b>\u0e48า") == [[Run("ก\u0e48", bold=True), Run("า")]]


@pytest.mark.parametrize(
    "bad", ["a < b", "AT&T", "<b>open", "close</b>", "<font>x</font>", "&bogus;", "<b/>"]
)
def test_bad_markup_fails_loudly(bad: str) -> None:
    with pytest.raises(MarkupError):
        parse(bad)


@given(st.text(max_size=80))
@settings(max_examples=300, deadline=None)
def test_escaped_text_prints_exactly_itself(text: str) -> None:
    from forms.text import normalize_text

    assert plain_text(escape(text)) == normalize_text(text)


def test_split_keeps_every_line_once() -> None:
    text = " ".join(corpus_sentences()[:40])
    paragraph = ThaiParagraph(text, STYLE)
    width = 60 * mm
    paragraph.wrap(width, 10_000)
    full = paragraph.line_texts(width)
    head, rest = paragraph.split(width, STYLE.leading * 7.5)
    assert head.wrap(width, 10_000)[1] == 7 * STYLE.leading
    assert head.line_texts(width) + rest.line_texts(width) == full
    # the rest re-flows at another width without losing or repeating anything
    wider = rest.line_texts(120 * mm)
    assert reconstructs(" ".join(full[7:]), wider) or "".join(wider).replace(" ", "") == "".join(
        full[7:]
    ).replace(" ", "")


def test_split_that_does_not_fit_returns_nothing_and_whole_fit_returns_self() -> None:
    paragraph = ThaiParagraph("สวัสดี " * 20, STYLE)
    paragraph.wrap(100, 1000)
    assert paragraph.split(100, STYLE.leading - 0.01) == []
    assert paragraph.split(100, 10_000) == [paragraph]


def test_an_over_wide_compound_breaks_between_its_words_first() -> None:
    from pythainlp.corpus import thai_words

    words = thai_words()
    compound = "องค์การบริหารส่วนตำบล"  # one dictionary entry, wider than a 25 mm cell at 16 pt
    lines = ThaiParagraph(compound, thai_style("c", size=16)).line_texts(25 * mm - 12)
    assert "".join(lines) == compound
    assert len(lines) > 1
    assert all(line in words for line in lines), lines
