"""The 100-row benchmark table (bench_text_table.py) round-trips through pdftotext, row for row."""

from __future__ import annotations

import collections
from pathlib import Path

from reportlab.lib.units import mm
from table_corpus import COL_MM, HEADER, benchmark_rows, build_engine_pdf
from text_pdf_helpers import drawn_notdef_count, extract, extracted_lines, needs_pdftotext

from forms.text import ThaiParagraph, thai_style

pytestmark = needs_pdftotext


def test_benchmark_table_text_round_trips(tmp_path: Path) -> None:
    rows = benchmark_rows()
    data = build_engine_pdf(rows)
    pdf = tmp_path / "bench.pdf"
    pdf.write_bytes(data)
    assert drawn_notdef_count(data) == 0
    # reading order keeps the five columns apart (-raw merges cells that share a baseline)
    got = collections.Counter(extracted_lines(pdf))

    widths = COL_MM
    body = thai_style("b", size=14)
    head = thai_style("h", size=14, font="Sarabun-Bold")
    expected: collections.Counter[str] = collections.Counter()
    header: collections.Counter[str] = collections.Counter()
    for row in rows:
        for text, width in zip(row, widths, strict=True):
            lines = ThaiParagraph(text, body, markup=False).line_texts(width * mm - 12)
            expected.update(line for line in lines if line)
    for text, width in zip(HEADER, widths, strict=True):
        header.update(
            line for line in ThaiParagraph(text, head, markup=False).line_texts(width * mm - 12) if line
        )
    pages = extract(pdf).count("\f")
    assert pages > 10
    # every line of every cell comes back exactly once; the only extra lines are the header's,
    # repeated at least once per page (ReportLab 5.1 with repeatRows + splitInRow sometimes also
    # repeats it in the middle of a page, with plain Paragraphs too)
    assert not expected - got
    extra = got - expected
    assert set(extra) == set(header)
    assert all(extra[line] >= n * pages for line, n in header.items())
