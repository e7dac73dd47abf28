from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from db.thai import NO_BUDGET, ThaiParseError, format_int, format_money, parse_int, parse_money

PROPS = settings(deadline=None, max_examples=300)


# --- format_int -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("n", "thai", "arabic"),
    [
        (0, "๐", "0"),
        (7, "๗", "7"),
        (999, "๙๙๙", "999"),
        (1234, "๑,๒๓๔", "1,234"),
        (1_000_000, "๑,๐๐๐,๐๐๐", "1,000,000"),
        (-2500, "-๒,๕๐๐", "-2,500"),
    ],
)
def test_format_int(n: int, thai: str, arabic: str) -> None:
    assert format_int(n) == thai
    assert format_int(n, thai_digits=False) == arabic


@pytest.mark.parametrize("bad", [1.0, Decimal("1"), "1", True, None])
def test_format_int_rejects_non_int(bad: object) -> None:
    with pytest.raises(TypeError):
        format_int(bad)  # type: ignore[arg-type]


# --- format_money -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        (Decimal("65000"), "๖๕,๐๐๐"),  # 004
        (Decimal("514100"), "๕๑๔,๑๐๐"),  # 004
        (Decimal("65000.00"), "๖๕,๐๐๐"),
        (Decimal("65000.5"), "๖๕,๐๐๐.๕๐"),
        (Decimal("65000.50"), "๖๕,๐๐๐.๕๐"),
        (Decimal("0.05"), "๐.๐๕"),
        (Decimal("0"), "๐"),
        (Decimal("1E+3"), "๑,๐๐๐"),
        (Decimal("123456789012.25"), "๑๒๓,๔๕๖,๗๘๙,๐๑๒.๒๕"),
        (Decimal("1.005"), "๑.๐๑"),  # half-up, not banker's rounding
        (Decimal("1.004"), "๑"),
        (Decimal("-0.001"), "๐"),  # never "-0"
        (1500, "๑,๕๐๐"),
    ],
)
def test_format_money_auto(amount: Decimal, expected: str) -> None:
    assert format_money(amount) == expected


def test_format_money_arabic_digits() -> None:
    assert format_money(Decimal("65000.5"), thai_digits=False) == "65,000.50"
    assert format_money(Decimal("65000"), thai_digits=False) == "65,000"


def test_format_money_decimals_always() -> None:
    assert format_money(Decimal("65000"), decimals="always") == "๖๕,๐๐๐.๐๐"
    assert format_money(Decimal("15000.5"), decimals="always", thai_digits=False) == "15,000.50"


def test_format_money_decimals_never_rounds_half_up() -> None:
    assert format_money(Decimal("65000.50"), decimals="never") == "๖๕,๐๐๑"
    assert format_money(Decimal("65000.49"), decimals="never") == "๖๕,๐๐๐"
    assert format_money(Decimal("2.5"), decimals="never", thai_digits=False) == "3"


def test_format_money_negative_is_allowed() -> None:
    assert format_money(Decimal("-1234.5")) == "-๑,๒๓๔.๕๐"


def test_format_money_nil() -> None:
    assert format_money(None) == "-"
    assert format_money(None, nil=NO_BUDGET) == "ไม่ใช้งบประมาณ"
    assert format_money(None, nil="") == ""


def test_format_money_rejects_bad_mode() -> None:
    with pytest.raises(ValueError):
        format_money(Decimal(1), decimals="sometimes")  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [65000.0, 0.5, "65000", True])
def test_format_money_rejects_float_and_other_types(bad: object) -> None:
    with pytest.raises(TypeError):
        format_money(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [Decimal("NaN"), Decimal("Infinity"), Decimal("-Infinity")])
def test_format_money_rejects_non_finite(bad: Decimal) -> None:
    with pytest.raises(ValueError):
        format_money(bad)


# --- parse_money ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("๖๕,๐๐๐", Decimal("65000")),
        ("๕๑๔,๑๐๐", Decimal("514100")),
        ("๑๕,๐๐๐.-", Decimal("15000")),  # 004
        ("15,000.-", Decimal("15000")),
        ("15,000 บาท", Decimal("15000")),
        ("15,000.- บาท", Decimal("15000")),
        ("15000บาท", Decimal("15000")),
        ("  65,000.50  ", Decimal("65000.50")),
        ("๖๕,๐๐๐.๕", Decimal("65000.5")),
        ("65000", Decimal("65000")),
        ("1,234,567.89", Decimal("1234567.89")),
        ("0", Decimal("0")),
        ("0.01", Decimal("0.01")),
        ("฿1,234", Decimal("1234")),
        ("1,234 บาทถ้วน", Decimal("1234")),
    ],
)
def test_parse_money_accepts(text: str, expected: Decimal) -> None:
    result = parse_money(text)
    assert isinstance(result, Decimal)
    assert result == expected


@pytest.mark.parametrize("text", ["", "   ", "-", " - ", "–", "—", "ไม่ใช้งบประมาณ", " ไม่ใช้ งบประมาณ "])
def test_parse_money_nil(text: str) -> None:
    assert parse_money(text) is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("-500", "จำนวนเงิน “-500” ติดลบ กรุณากรอกจำนวนเงินที่ไม่ติดลบ"),
        ("−1,000", "จำนวนเงิน “−1,000” ติดลบ กรุณากรอกจำนวนเงินที่ไม่ติดลบ"),
        ("1.005", "จำนวนเงิน “1.005” มีทศนิยมเกิน ๒ ตำแหน่ง กรุณากรอกสตางค์ไม่เกิน ๒ หลัก"),
        ("๑๕.๐๐๐", "จำนวนเงิน “๑๕.๐๐๐” มีทศนิยมเกิน ๒ ตำแหน่ง กรุณากรอกสตางค์ไม่เกิน ๒ หลัก"),
        ("abc", "อ่านจำนวนเงิน “abc” ไม่ได้ กรุณากรอกเป็นตัวเลข เช่น ๖๕,๐๐๐ หรือ ๖๕,๐๐๐.๕๐"),
        ("6,5000", "อ่านจำนวนเงิน “6,5000” ไม่ได้ กรุณากรอกเป็นตัวเลข เช่น ๖๕,๐๐๐ หรือ ๖๕,๐๐๐.๕๐"),
        ("1 5", "อ่านจำนวนเงิน “1 5” ไม่ได้ กรุณากรอกเป็นตัวเลข เช่น ๖๕,๐๐๐ หรือ ๖๕,๐๐๐.๕๐"),
        ("15.", "อ่านจำนวนเงิน “15.” ไม่ได้ กรุณากรอกเป็นตัวเลข เช่น ๖๕,๐๐๐ หรือ ๖๕,๐๐๐.๕๐"),
        ("1e5", "อ่านจำนวนเงิน “1e5” ไม่ได้ กรุณากรอกเป็นตัวเลข เช่น ๖๕,๐๐๐ หรือ ๖๕,๐๐๐.๕๐"),
        ("١٢", "อ่านจำนวนเงิน “١٢” ไม่ได้ กรุณากรอกเป็นตัวเลข เช่น ๖๕,๐๐๐ หรือ ๖๕,๐๐๐.๕๐"),
    ],
)
def test_parse_money_rejects_with_thai_message(text: str, message: str) -> None:
    with pytest.raises(ThaiParseError) as info:
        parse_money(text)
    assert str(info.value) == message
    assert info.value.text == text
    assert isinstance(info.value, ValueError)


def test_parse_money_long_garbage_is_shortened_in_message() -> None:
    with pytest.raises(ThaiParseError) as info:
        parse_money("x" * 100)
    assert "“" + "x" * 39 + "…”" in str(info.value)


def test_parse_money_rejects_non_str() -> None:
    with pytest.raises(TypeError):
        parse_money(65000)  # type: ignore[arg-type]


# --- parse_int --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("๑,๒๓๔", 1234),
        ("1234", 1234),
        (" 0 ", 0),
        ("๑๙", 19),
        ("1,000,000", 1_000_000),
        ("", None),
        ("-", None),
    ],
)
def test_parse_int(text: str, expected: int | None) -> None:
    assert parse_int(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("-3", "ตัวเลข “-3” ติดลบ กรุณากรอกจำนวนที่ไม่ติดลบ"),
        ("๑.๕", "ตัวเลข “๑.๕” มีทศนิยม กรุณากรอกเป็นจำนวนเต็ม"),
        ("12,34", "อ่านตัวเลข “12,34” ไม่ได้ กรุณากรอกเป็นจำนวนเต็ม เช่น ๑,๒๓๔"),
        ("ไม่ใช้งบประมาณ", "อ่านตัวเลข “ไม่ใช้งบประมาณ” ไม่ได้ กรุณากรอกเป็นจำนวนเต็ม เช่น ๑,๒๓๔"),
    ],
)
def test_parse_int_rejects(text: str, message: str) -> None:
    with pytest.raises(ThaiParseError) as info:
        parse_int(text)
    assert str(info.value) == message


# --- properties -------------------------------------------------------------------------------

money_2dp = st.decimals(min_value=0, max_value=10**12, places=2, allow_nan=False, allow_infinity=False)
money_any_places = st.one_of(
    money_2dp,
    st.integers(min_value=0, max_value=10**12).map(Decimal),
    st.decimals(min_value=0, max_value=10**12, places=1),
)


@PROPS
@given(money_any_places, st.booleans(), st.sampled_from(["auto", "always"]))
def test_format_then_parse_money_round_trip(amount: Decimal, thai: bool, mode: str) -> None:
    text = format_money(amount, thai_digits=thai, decimals=mode)  # type: ignore[arg-type]
    assert parse_money(text) == amount


@PROPS
@given(st.integers(min_value=0, max_value=10**12), st.booleans())
def test_format_never_then_parse_round_trip_for_whole_baht(n: int, thai: bool) -> None:
    assert parse_money(format_money(Decimal(n), thai_digits=thai, decimals="never")) == n


@PROPS
@given(money_2dp)
def test_format_money_auto_shows_satang_iff_present(amount: Decimal) -> None:
    text = format_money(amount, thai_digits=False)
    assert ("." in text) == (amount != amount.to_integral_value())


@PROPS
@given(st.integers(min_value=0, max_value=10**15), st.booleans())
def test_format_int_parse_int_round_trip(n: int, thai: bool) -> None:
    assert parse_int(format_int(n, thai_digits=thai)) == n


def _only_thai_parse_error(func: object, text: str) -> None:
    try:
        func(text)  # type: ignore[operator]
    except ThaiParseError as err:
        assert str(err)
        assert err.text == text


@PROPS
@given(st.text())
def test_parse_money_only_raises_thai_parse_error(text: str) -> None:
    _only_thai_parse_error(parse_money, text)


@PROPS
@given(st.text(alphabet="0123456789๐๑๒๕,.-–−฿ บาทถ้วนไม่ใช้งบประมาณe\t"))
def test_parse_money_only_raises_thai_parse_error_near_misses(text: str) -> None:
    _only_thai_parse_error(parse_money, text)


@PROPS
@given(st.text(alphabet="0123456789๐๑,.- x"))
def test_parse_int_only_raises_thai_parse_error(text: str) -> None:
    _only_thai_parse_error(parse_int, text)


def test_parse_quantity_reads_any_decimals_and_refuses_negatives() -> None:
    from db.thai import parse_quantity

    assert parse_quantity("๑,๒๐๐") == Decimal("1200")
    assert parse_quantity("2.125") == Decimal("2.125")
    assert parse_quantity(" - ") is None
    with pytest.raises(ThaiParseError, match="ติดลบ"):
        parse_quantity("-3")
    with pytest.raises(ThaiParseError, match="ห้าสิบ"):
        parse_quantity("ห้าสิบ")


@PROPS
@given(
    st.decimals(min_value=Decimal("-1e13"), max_value=Decimal("1e13"), places=2, allow_nan=False),
    st.sampled_from(["auto", "always", "never"]),
)
def test_money_is_grouped_as_the_thai_locale_groups_it(amount: Decimal, decimals: str) -> None:
    """Babel's CLDR th_TH pattern is the reference for our fast formatting."""
    from babel.numbers import format_decimal

    text = format_money(amount, decimals=decimals, thai_digits=False)  # type: ignore[arg-type]
    places = 2 if "." in text else 0
    expected = format_decimal(
        Decimal(text.replace(",", "")), format="#,##0" + ".00" * (places == 2), locale="th_TH"
    )
    assert text == expected
    assert abs(Decimal(text.replace(",", "")) - amount) <= Decimal("0.5")
