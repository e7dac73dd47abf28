from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pythainlp.util import bahttext

from db.thai import baht_text, thai_number_words


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        ("0", "ศูนย์บาทถ้วน"),
        ("0.00", "ศูนย์บาทถ้วน"),
        ("1", "หนึ่งบาทถ้วน"),
        ("10", "สิบบาทถ้วน"),
        ("11", "สิบเอ็ดบาทถ้วน"),
        ("20", "ยี่สิบบาทถ้วน"),
        ("21", "ยี่สิบเอ็ดบาทถ้วน"),
        ("101", "หนึ่งร้อยเอ็ดบาทถ้วน"),
        ("111", "หนึ่งร้อยสิบเอ็ดบาทถ้วน"),
        ("200", "สองร้อยบาทถ้วน"),
        ("1234.50", "หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์"),
        ("1234.5", "หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์"),
        ("65000", "หกหมื่นห้าพันบาทถ้วน"),
        ("514100", "ห้าแสนหนึ่งหมื่นสี่พันหนึ่งร้อยบาทถ้วน"),
        ("1000000", "หนึ่งล้านบาทถ้วน"),
        ("1000001", "หนึ่งล้านเอ็ดบาทถ้วน"),
        ("11000000", "สิบเอ็ดล้านบาทถ้วน"),
        ("21000021", "ยี่สิบเอ็ดล้านยี่สิบเอ็ดบาทถ้วน"),
        ("1000000000000", "หนึ่งล้านล้านบาทถ้วน"),
        ("1000001000000", "หนึ่งล้านหนึ่งล้านบาทถ้วน"),
        ("100.01", "หนึ่งร้อยบาทหนึ่งสตางค์"),
        ("1.21", "หนึ่งบาทยี่สิบเอ็ดสตางค์"),
        ("5.11", "ห้าบาทสิบเอ็ดสตางค์"),
        ("0.50", "ห้าสิบสตางค์"),  # Excel BAHTTEXT style; pythainlp says "ศูนย์บาทห้าสิบสตางค์"
        ("0.01", "หนึ่งสตางค์"),
        ("1.500", "หนึ่งบาทห้าสิบสตางค์"),
        ("1E+3", "หนึ่งพันบาทถ้วน"),
    ],
)
def test_baht_text(amount: str, expected: str) -> None:
    assert baht_text(Decimal(amount)) == expected


def test_baht_text_accepts_int() -> None:
    assert baht_text(25) == "ยี่สิบห้าบาทถ้วน"


@pytest.mark.parametrize("bad", [1.5, "1.5", None, True])
def test_baht_text_rejects_non_decimal(bad: object) -> None:
    with pytest.raises(TypeError):
        baht_text(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["-1", "1.001", "NaN", "Infinity"])
def test_baht_text_rejects_bad_values(bad: str) -> None:
    with pytest.raises(ValueError):
        baht_text(Decimal(bad))


def test_thai_number_words() -> None:
    assert thai_number_words(0) == "ศูนย์"
    assert thai_number_words(1) == "หนึ่ง"
    assert thai_number_words(2566) == "สองพันห้าร้อยหกสิบหก"
    with pytest.raises(ValueError):
        thai_number_words(-1)


def test_cross_check_many_values_against_pythainlp() -> None:
    values = [*range(0, 2200), *range(10**6 - 50, 10**6 + 50), *(10**k + 1 for k in range(13))]
    values += [10**k * m + m for k in range(2, 13) for m in (1, 11, 21, 99)]
    for n in values:
        assert baht_text(Decimal(n)) == bahttext(n), n
    for satang in range(1, 100):
        amount = Decimal(1234) + Decimal(satang) / 100
        assert baht_text(amount) == bahttext(float(amount)), amount


@settings(deadline=None, max_examples=500)
@given(st.integers(min_value=1, max_value=10**12), st.integers(min_value=0, max_value=99))
def test_property_matches_pythainlp(baht: int, satang: int) -> None:
    amount = Decimal(baht) + Decimal(satang).scaleb(-2)
    expected = bahttext(baht) if satang == 0 else bahttext(float(amount))
    assert baht_text(amount) == expected


@settings(deadline=None)
@given(st.integers(min_value=1, max_value=99))
def test_property_satang_only_drops_zero_baht(satang: int) -> None:
    amount = Decimal(satang).scaleb(-2)
    assert "ศูนย์บาท" + baht_text(amount) == bahttext(float(amount))
