from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from db.thai import (
    MONTHS_TH,
    MONTHS_TH_ABBR,
    ThaiParseError,
    format_announcement_date,
    format_date_full,
    format_date_long,
    format_date_short,
    parse_date,
)

PROPS = settings(deadline=None, max_examples=300)


@pytest.mark.parametrize(
    "text",
    [
        "21 มีนาคม 2566",
        "๒๑ มีนาคม พ.ศ. ๒๕๖๖",
        "๒๑ มีนาคม พ.ศ.๒๕๖๖",
        "21 มีนาคม พ.ศ 2566",
        "31 มี.ค. 66",
        "21 มี.ค.66",
        "21 มีค 66",
        "21มีนาคม2566",
        "21/3/2566",
        "21/03/66",
        "๒๑/๐๓/๒๕๖๖",
        "21 / 3 / 2566",
        "2023-03-21",
        "  21   มีนาคม   2566 ",
        "วันอังคารที่ ๒๑ มีนาคม พ.ศ. ๒๕๖๖",
        "วันที่ ๒๑ เดือน มีนาคม พ.ศ. ๒๕๖๖",
        "ณ วันที่ 21 มีนาคม 2566",
    ],
)
def test_parse_date_accepts_every_style(text: str) -> None:
    expected = date(2023, 3, 31) if text.startswith("31") else date(2023, 3, 21)
    assert parse_date(text) == expected


def test_parse_date_seed_dates() -> None:
    assert parse_date("๑ ตุลาคม พ.ศ. ๒๕๖๓") == date(2020, 10, 1)
    assert parse_date("๘ เมษายน ๒๕๖๔") == date(2021, 4, 8)
    assert parse_date("วันที่ ๘ เดือน เมษายน พ.ศ. ๒๕๖๔") == date(2021, 4, 8)
    assert parse_date("๓๑ มีนาคม ๒๕๖๗") == date(2024, 3, 31)
    assert parse_date("วันเสาร์ที่ ๓๐ กันยายน พ.ศ. ๒๕๖๖") == date(2023, 9, 30)


@pytest.mark.parametrize("month", range(1, 13))
def test_parse_every_month_name_and_abbreviation(month: int) -> None:
    assert parse_date(f"1 {MONTHS_TH[month - 1]} 2566") == date(2023, month, 1)
    assert parse_date(f"1 {MONTHS_TH_ABBR[month - 1]} 66") == date(2023, month, 1)
    assert parse_date(f"1 {MONTHS_TH_ABBR[month - 1].replace('.', '')} 66") == date(2023, month, 1)


def test_two_digit_years_are_be_25xx() -> None:
    assert parse_date("1/1/00") == date(1957, 1, 1)
    assert parse_date("31 ธ.ค. 99") == date(2056, 12, 31)


def test_leap_day() -> None:
    assert parse_date("29 ก.พ. 2567") == date(2024, 2, 29)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("31 ก.พ. 2566", "วันที่ใน “31 ก.พ. 2566” ไม่มีจริง: เดือนกุมภาพันธ์ พ.ศ. ๒๕๖๖ ไม่มีวันที่ ๓๑"),
        ("29 ก.พ. 2566", "วันที่ใน “29 ก.พ. 2566” ไม่มีจริง: เดือนกุมภาพันธ์ พ.ศ. ๒๕๖๖ ไม่มีวันที่ ๒๙"),
        ("0/3/2566", "วันที่ใน “0/3/2566” ไม่มีจริง: เดือนมีนาคม พ.ศ. ๒๕๖๖ ไม่มีวันที่ ๐"),
        ("1/13/2566", "เดือนใน “1/13/2566” ไม่ถูกต้อง เดือนต้องอยู่ระหว่าง ๑ ถึง ๑๒"),
        (
            "21 มีนา 2566",
            "ไม่รู้จักชื่อเดือน “มีนา” ใน “21 มีนา 2566” กรุณาใช้ชื่อเดือนเต็ม เช่น มีนาคม หรือย่อ เช่น มี.ค.",
        ),
        ("21 มีนาคม 2023", "ปี ๒๐๒๓ ใน “21 มีนาคม 2023” ดูเหมือนเป็นปี ค.ศ. กรุณากรอกปีเป็น พ.ศ. เช่น ๒๕๖๖"),
        ("21/3/2023", "ปี ๒๐๒๓ ใน “21/3/2023” ดูเหมือนเป็นปี ค.ศ. กรุณากรอกปีเป็น พ.ศ. เช่น ๒๕๖๖"),
        (
            "21/3/566",
            "ปีใน “21/3/566” ไม่ถูกต้อง กรุณากรอกปี พ.ศ. ๔ หลัก (เช่น ๒๕๖๖) หรือ ๒ หลัก (เช่น ๖๖)",
        ),
        ("2566-03-21", "วันที่แบบ ISO “2566-03-21” ต้องใช้ปี ค.ศ. แต่ปี ๒๕๖๖ ดูเหมือนเป็นปี พ.ศ."),
        ("2023-02-30", "วันที่ใน “2023-02-30” ไม่มีจริง: เดือนกุมภาพันธ์ พ.ศ. ๒๕๖๖ ไม่มีวันที่ ๓๐"),
        (
            "วันศุกร์ที่ ๓๐ กันยายน พ.ศ. ๒๕๖๖",
            "วันที่ใน “วันศุกร์ที่ ๓๐ กันยายน พ.ศ. ๒๕๖๖” ตรงกับวันเสาร์ ไม่ใช่วันศุกร์",
        ),
        ("วันหยุดที่ 1 มีนาคม 2566", "ไม่รู้จักชื่อวัน “วันหยุด” ใน “วันหยุดที่ 1 มีนาคม 2566”"),
        ("", "อ่านวันที่ “” ไม่ได้ กรุณากรอกเช่น ๒๑ มีนาคม ๒๕๖๖ หรือ ๒๑/๓/๒๕๖๖"),
        ("March 21, 2023", "อ่านวันที่ “March 21, 2023” ไม่ได้ กรุณากรอกเช่น ๒๑ มีนาคม ๒๕๖๖ หรือ ๒๑/๓/๒๕๖๖"),
        ("21-03-2566", "อ่านวันที่ “21-03-2566” ไม่ได้ กรุณากรอกเช่น ๒๑ มีนาคม ๒๕๖๖ หรือ ๒๑/๓/๒๕๖๖"),
    ],
)
def test_parse_date_errors_are_thai(text: str, message: str) -> None:
    with pytest.raises(ThaiParseError) as info:
        parse_date(text)
    assert str(info.value) == message
    assert info.value.text == text


def test_parse_date_rejects_non_str() -> None:
    with pytest.raises(TypeError):
        parse_date(date(2023, 3, 21))  # type: ignore[arg-type]


# --- properties -------------------------------------------------------------------------------

Formatter = Callable[[date, bool], str]

FORMATTERS: list[tuple[str, Formatter]] = [
    ("long", lambda d, t: format_date_long(d, thai_digits=t)),
    ("long_era", lambda d, t: format_date_long(d, with_era=True, thai_digits=t)),
    ("full", lambda d, t: format_date_full(d, thai_digits=t)),
    ("announcement", lambda d, t: format_announcement_date(d, thai_digits=t)),
    ("slash_be", lambda d, t: f"{d.day}/{d.month}/{d.year + 543}"),
    ("iso", lambda d, t: d.isoformat()),
]


@PROPS
@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)),
    st.sampled_from(FORMATTERS),
    st.booleans(),
)
def test_format_then_parse_round_trip(d: date, formatter: tuple[str, Formatter], thai: bool) -> None:
    _, fmt = formatter
    assert parse_date(fmt(d, thai)) == d


@PROPS
@given(st.dates(min_value=date(1957, 1, 1), max_value=date(2056, 12, 31)), st.booleans())
def test_short_format_round_trip_within_two_digit_window(d: date, thai: bool) -> None:
    # two-digit years mean BE 2500-2599, i.e. CE 1957-2056
    assert parse_date(format_date_short(d, thai_digits=thai)) == d


@PROPS
@given(st.text())
def test_parse_date_only_raises_thai_parse_error(text: str) -> None:
    try:
        parse_date(text)
    except ThaiParseError as err:
        assert err.text == text


@PROPS
@given(st.text(alphabet="0123456789๐๒๕/- .มีนาคก.พศวันที่เดือนสาร์ณ"))
def test_parse_date_only_raises_thai_parse_error_near_misses(text: str) -> None:
    try:
        parse_date(text)
    except ThaiParseError as err:
        assert err.text == text
