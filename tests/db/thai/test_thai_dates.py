from __future__ import annotations

from datetime import date, datetime

import pytest
from babel.dates import get_day_names, get_month_names

from db.thai import (
    MONTHS_TH,
    MONTHS_TH_ABBR,
    WEEKDAYS_TH,
    be_year,
    ce_year,
    format_announcement_date,
    format_date_full,
    format_date_long,
    format_date_range,
    format_date_short,
    format_month_year,
)


def test_be_and_ce_year() -> None:
    assert be_year(2023) == 2566
    assert be_year(2020) == 2563
    assert ce_year(2566) == 2023
    assert ce_year(2400) == 1857


@pytest.mark.parametrize("bad", [2566, 2400])
def test_be_year_refuses_a_year_that_is_already_be(bad: int) -> None:
    with pytest.raises(ValueError):
        be_year(bad)


@pytest.mark.parametrize("bad", [2023, 2399])
def test_ce_year_refuses_a_ce_year(bad: int) -> None:
    with pytest.raises(ValueError):
        ce_year(bad)


def test_year_helpers_reject_non_int() -> None:
    with pytest.raises(TypeError):
        be_year("2023")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        ce_year(2566.0)  # type: ignore[arg-type]


def test_month_tables_match_babel_for_all_twelve_months() -> None:
    wide = get_month_names("wide", locale="th_TH")
    abbr = get_month_names("abbreviated", locale="th_TH")
    assert [wide[m] for m in range(1, 13)] == list(MONTHS_TH)
    assert [abbr[m] for m in range(1, 13)] == list(MONTHS_TH_ABBR)
    assert MONTHS_TH[9] == "ตุลาคม"
    assert MONTHS_TH_ABBR[2] == "มี.ค."


def test_weekday_table_matches_babel() -> None:
    days = get_day_names("wide", locale="th_TH")
    assert [days[i] for i in range(7)] == list(WEEKDAYS_TH)


@pytest.mark.parametrize(
    ("month", "long", "short"),
    [
        (1, "๑ มกราคม ๒๕๖๖", "๑ ม.ค. ๖๖"),
        (2, "๑ กุมภาพันธ์ ๒๕๖๖", "๑ ก.พ. ๖๖"),
        (3, "๑ มีนาคม ๒๕๖๖", "๑ มี.ค. ๖๖"),
        (4, "๑ เมษายน ๒๕๖๖", "๑ เม.ย. ๖๖"),
        (5, "๑ พฤษภาคม ๒๕๖๖", "๑ พ.ค. ๖๖"),
        (6, "๑ มิถุนายน ๒๕๖๖", "๑ มิ.ย. ๖๖"),
        (7, "๑ กรกฎาคม ๒๕๖๖", "๑ ก.ค. ๖๖"),
        (8, "๑ สิงหาคม ๒๕๖๖", "๑ ส.ค. ๖๖"),
        (9, "๑ กันยายน ๒๕๖๖", "๑ ก.ย. ๖๖"),
        (10, "๑ ตุลาคม ๒๕๖๖", "๑ ต.ค. ๖๖"),
        (11, "๑ พฤศจิกายน ๒๕๖๖", "๑ พ.ย. ๖๖"),
        (12, "๑ ธันวาคม ๒๕๖๖", "๑ ธ.ค. ๖๖"),
    ],
)
def test_every_month_long_and_short(month: int, long: str, short: str) -> None:
    d = date(2023, month, 1)
    assert format_date_long(d) == long
    assert format_date_short(d) == short


def test_format_date_long_seed_examples() -> None:
    assert format_date_long(date(2023, 3, 21)) == "๒๑ มีนาคม ๒๕๖๖"
    assert format_date_long(date(2023, 3, 21), thai_digits=False) == "21 มีนาคม 2566"  # 003
    assert format_date_long(date(2021, 4, 8)) == "๘ เมษายน ๒๕๖๔"  # 004 reporter block
    assert format_date_long(date(2024, 3, 31)) == "๓๑ มีนาคม ๒๕๖๗"  # 001
    assert format_date_long(date(2020, 10, 1), with_era=True) == "๑ ตุลาคม พ.ศ. ๒๕๖๓"
    assert format_date_long(date(2020, 10, 1), with_era=True, thai_digits=False) == "1 ตุลาคม พ.ศ. 2563"


def test_format_date_long_accepts_datetime() -> None:
    assert format_date_long(datetime(2023, 3, 21, 15, 30)) == "๒๑ มีนาคม ๒๕๖๖"


def test_format_date_long_rejects_non_dates() -> None:
    with pytest.raises(TypeError):
        format_date_long("2023-03-21")  # type: ignore[arg-type]


def test_format_date_short() -> None:
    assert format_date_short(date(2023, 3, 31)) == "๓๑ มี.ค. ๖๖"
    assert format_date_short(date(2023, 3, 31), thai_digits=False) == "31 มี.ค. 66"
    assert format_date_short(date(1966, 1, 9)) == "๙ ม.ค. ๐๙"  # BE 2509: zero-padded


def test_format_date_full() -> None:
    assert format_date_full(date(2023, 9, 30)) == "วันเสาร์ที่ ๓๐ กันยายน พ.ศ. ๒๕๖๖"
    assert format_date_full(date(2023, 9, 28), thai_digits=False) == "วันพฤหัสบดีที่ 28 กันยายน พ.ศ. 2566"


def test_format_announcement_date() -> None:
    assert format_announcement_date(date(2021, 4, 8)) == "วันที่ ๘ เดือน เมษายน พ.ศ. ๒๕๖๔"
    assert "ประกาศ ณ " + format_announcement_date(date(2021, 4, 8)) == "ประกาศ ณ วันที่ ๘ เดือน เมษายน พ.ศ. ๒๕๖๔"


def test_format_month_year() -> None:
    assert format_month_year(date(2020, 10, 1)) == "ตุลาคม พ.ศ. ๒๕๖๓"
    assert format_month_year(date(2020, 10, 31), abbreviated=True) == "ต.ค. ๖๓"
    assert format_month_year(date(2021, 3, 5), True, thai_digits=False) == "มี.ค. 64"


def test_format_date_range_cover_style() -> None:
    text = format_date_range(date(2020, 10, 1), date(2021, 3, 31))
    assert text == "๑ ตุลาคม พ.ศ. ๒๕๖๓ – ๓๑ มีนาคม พ.ศ. ๒๕๖๔"
    # the 004 cover prints 30 March
    seed = "รอบ ๖ เดือน (" + format_date_range(date(2020, 10, 1), date(2021, 3, 30)) + ")"
    assert seed == "รอบ ๖ เดือน (๑ ตุลาคม พ.ศ. ๒๕๖๓ – ๓๐ มีนาคม พ.ศ. ๒๕๖๔)"


def test_format_date_range_months() -> None:
    text = format_date_range(date(2020, 10, 1), date(2021, 3, 31), style="months")
    assert text == "ระหว่างเดือน ตุลาคม พ.ศ. ๒๕๖๓ - มีนาคม พ.ศ. ๒๕๖๔"


def test_format_date_range_short_and_months_short() -> None:
    assert format_date_range(date(2023, 1, 1), date(2023, 3, 31), style="short") == "๑ ม.ค. ๖๖ - ๓๑ มี.ค. ๖๖"
    assert (
        format_date_range(date(2023, 1, 1), date(2023, 3, 31), style="short", dash="–", thai_digits=False)
        == "1 ม.ค. 66 – 31 มี.ค. 66"
    )
    assert format_date_range(date(2023, 1, 1), date(2023, 7, 31), style="months_short") == "ม.ค. - ก.ค. ๖๖"
    text = format_date_range(date(2022, 12, 1), date(2023, 9, 30), style="months_short")
    assert text == "ธ.ค. ๖๕ - ก.ย. ๖๖"


def test_format_date_range_custom_dash_and_arabic() -> None:
    text = format_date_range(date(2020, 10, 1), date(2021, 3, 31), dash="-", thai_digits=False)
    assert text == "1 ตุลาคม พ.ศ. 2563 - 31 มีนาคม พ.ศ. 2564"


def test_format_date_range_rejects_reversed_and_unknown_style() -> None:
    with pytest.raises(ValueError):
        format_date_range(date(2021, 3, 31), date(2020, 10, 1))
    with pytest.raises(ValueError):
        format_date_range(date(2020, 10, 1), date(2021, 3, 31), style="weird")  # type: ignore[arg-type]


def test_formatting_a_date_stored_with_a_be_year_fails_loudly() -> None:
    with pytest.raises(ValueError):
        format_date_long(date(2566, 3, 21))
