from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from db.thai import (
    RoundKind,
    ThaiParseError,
    fiscal_year_label,
    fiscal_year_of,
    fiscal_year_range,
    parse_fiscal_year,
    plan_span_label,
    quarter_of,
    quarter_range,
    round_label,
    round_range,
)

PROPS = settings(deadline=None, max_examples=300)
any_date = st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31))


@pytest.mark.parametrize(
    ("d", "fy"),
    [
        (date(2020, 10, 1), 2021),
        (date(2021, 3, 31), 2021),
        (date(2021, 9, 30), 2021),
        (date(2021, 10, 1), 2022),
        (date(2022, 12, 31), 2023),
        (date(2023, 1, 1), 2023),
    ],
)
def test_fiscal_year_of(d: date, fy: int) -> None:
    assert fiscal_year_of(d) == fy


def test_fiscal_year_range_seed() -> None:
    # "ปีงบประมาณ พ.ศ. ๒๕๖๔" runs 1 Oct 2563 - 30 Sep 2564
    assert fiscal_year_range(2021) == (date(2020, 10, 1), date(2021, 9, 30))
    assert fiscal_year_range(2023) == (date(2022, 10, 1), date(2023, 9, 30))


@pytest.mark.parametrize("bad", [2566, 2400, 1, 0, -5])
def test_fiscal_year_must_be_ce(bad: int) -> None:
    with pytest.raises(ValueError):
        fiscal_year_range(bad)


def test_fiscal_year_rejects_non_int() -> None:
    with pytest.raises(TypeError):
        fiscal_year_range("2023")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        fiscal_year_of("2023-01-01")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("month", "q"),
    [(10, 1), (11, 1), (12, 1), (1, 2), (2, 2), (3, 2), (4, 3), (5, 3), (6, 3), (7, 4), (8, 4), (9, 4)],
)
def test_quarter_of_every_month(month: int, q: int) -> None:
    assert quarter_of(date(2023, month, 15)) == q


def test_quarter_range() -> None:
    assert quarter_range(2023, 1) == (date(2022, 10, 1), date(2022, 12, 31))
    assert quarter_range(2023, 2) == (date(2023, 1, 1), date(2023, 3, 31))
    assert quarter_range(2023, 3) == (date(2023, 4, 1), date(2023, 6, 30))
    assert quarter_range(2023, 4) == (date(2023, 7, 1), date(2023, 9, 30))


@pytest.mark.parametrize("bad", [0, 5, -1, True])
def test_quarter_range_rejects_bad_quarter(bad: int) -> None:
    with pytest.raises(ValueError):
        quarter_range(2023, bad)


def test_round_kind_values() -> None:
    assert RoundKind.SIX_MONTH.value == "6"
    assert RoundKind.TWELVE_MONTH.value == "12"
    assert RoundKind("12") is RoundKind.TWELVE_MONTH
    assert [k.value for k in RoundKind] == ["6", "12"]


def test_round_range() -> None:
    assert round_range(2021, RoundKind.SIX_MONTH) == (date(2020, 10, 1), date(2021, 3, 31))
    assert round_range(2021, RoundKind.TWELVE_MONTH) == (date(2020, 10, 1), date(2021, 9, 30))
    assert round_range(2024, RoundKind("6")) == (date(2023, 10, 1), date(2024, 3, 31))


def test_round_range_rejects_unknown_kind() -> None:
    with pytest.raises(ValueError):
        round_range(2023, "3")  # type: ignore[arg-type]


def test_round_label() -> None:
    assert round_label(RoundKind.SIX_MONTH) == "รอบ ๖ เดือน"
    assert round_label(RoundKind.TWELVE_MONTH) == "รอบ ๑๒ เดือน (ผลงานสะสม)"
    assert round_label(RoundKind.SIX_MONTH, thai_digits=False) == "รอบ 6 เดือน"
    assert round_label(RoundKind.TWELVE_MONTH, thai_digits=False) == "รอบ 12 เดือน (ผลงานสะสม)"


def test_fiscal_year_label() -> None:
    assert fiscal_year_label(2023) == "ปีงบประมาณ พ.ศ. ๒๕๖๖"
    assert fiscal_year_label(2021) == "ปีงบประมาณ พ.ศ. ๒๕๖๔"
    assert fiscal_year_label(2023, thai_digits=False) == "ปีงบประมาณ พ.ศ. 2566"
    assert fiscal_year_label(2024, False) == "ปีงบประมาณ พ.ศ. 2567"
    with pytest.raises(ValueError):
        fiscal_year_label(2566)


def test_plan_span_label() -> None:
    assert plan_span_label(2023, 2027) == "(พ.ศ. ๒๕๖๖ - ๒๕๗๐)"
    assert plan_span_label(2018, 2021) == "(พ.ศ. ๒๕๖๑ - ๒๕๖๔)"
    assert plan_span_label(2023, 2027, thai_digits=False) == "(พ.ศ. 2566 - 2570)"
    with pytest.raises(ValueError):
        plan_span_label(2027, 2023)


@pytest.mark.parametrize(
    "text",
    ["2566", "๒๕๖๖", "พ.ศ. 2566", "พ.ศ.๒๕๖๖", "ปีงบประมาณ 2566", "ปีงบประมาณ พ.ศ. ๒๕๖๖", "ปีงบฯ ๖๖", " 66 "],
)
def test_parse_fiscal_year(text: str) -> None:
    assert parse_fiscal_year(text) == 2023


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2023", "ปี ๒๐๒๓ ใน “2023” ดูเหมือนเป็นปี ค.ศ. กรุณากรอกปีเป็น พ.ศ. เช่น ๒๕๖๖"),
        ("2800", "ปีงบประมาณ “2800” ต้องอยู่ระหว่าง พ.ศ. ๒๕๐๐ ถึง ๒๗๐๐"),
        ("๒๔๙๙", "ปีงบประมาณ “๒๔๙๙” ต้องอยู่ระหว่าง พ.ศ. ๒๕๐๐ ถึง ๒๗๐๐"),
        ("9999", "ปีงบประมาณ “9999” ต้องอยู่ระหว่าง พ.ศ. ๒๕๐๐ ถึง ๒๗๐๐"),
        ("25666", "ปีใน “25666” ไม่ถูกต้อง กรุณากรอกปี พ.ศ. ๔ หลัก (เช่น ๒๕๖๖) หรือ ๒ หลัก (เช่น ๖๖)"),
        ("ปีหน้า", "อ่านปีงบประมาณ “ปีหน้า” ไม่ได้ กรุณากรอกปี พ.ศ. เช่น ๒๕๖๖"),
        ("", "อ่านปีงบประมาณ “” ไม่ได้ กรุณากรอกปี พ.ศ. เช่น ๒๕๖๖"),
    ],
)
def test_parse_fiscal_year_errors(text: str, message: str) -> None:
    with pytest.raises(ThaiParseError) as info:
        parse_fiscal_year(text)
    assert str(info.value) == message


# --- properties -------------------------------------------------------------------------------


@PROPS
@given(any_date)
def test_date_lies_in_its_fiscal_year_and_quarter(d: date) -> None:
    fy = fiscal_year_of(d)
    start, end = fiscal_year_range(fy)
    assert start <= d <= end
    q = quarter_of(d)
    assert 1 <= q <= 4
    q_start, q_end = quarter_range(fy, q)
    assert q_start <= d <= q_end
    assert fiscal_year_of(q_start) == fiscal_year_of(q_end) == fy
    assert quarter_of(q_start) == quarter_of(q_end) == q


@PROPS
@given(st.integers(min_value=1901, max_value=2200))
def test_quarters_partition_the_fiscal_year(fy: int) -> None:
    ranges = [quarter_range(fy, q) for q in (1, 2, 3, 4)]
    assert (ranges[0][0], ranges[3][1]) == fiscal_year_range(fy)
    for (_, prev_end), (next_start, _) in itertools.pairwise(ranges):
        assert next_start == prev_end + timedelta(days=1)
    assert round_range(fy, RoundKind.SIX_MONTH) == (ranges[0][0], ranges[1][1])
    assert round_range(fy, RoundKind.TWELVE_MONTH) == fiscal_year_range(fy)


@PROPS
@given(st.integers(min_value=1957, max_value=2157), st.booleans())
def test_fiscal_year_label_round_trip(fy: int, thai: bool) -> None:
    assert parse_fiscal_year(fiscal_year_label(fy, thai_digits=thai)) == fy


@PROPS
@given(st.text())
def test_parse_fiscal_year_only_raises_thai_parse_error(text: str) -> None:
    try:
        parse_fiscal_year(text)
    except ThaiParseError as err:
        assert err.text == text
