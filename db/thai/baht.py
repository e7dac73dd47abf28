"""Amounts in Thai words, as written on cheques and receipts ("…บาทถ้วน")."""

from __future__ import annotations

from decimal import Context, Decimal

from db.thai.numbers import check_money

__all__ = ["baht_text", "thai_number_words"]

_DIGIT_WORDS = ("ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า")
_PLACES = ("", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน")
_MILLION = "ล้าน"


def _group_words(n: int, *, ed: bool) -> str:
    """Read 0 <= n < 1,000,000; a final 1 is "เอ็ด" when ``n`` > 1 or ``ed`` is set."""
    words: list[str] = []
    digits = f"{n:d}"
    for pos, ch in enumerate(digits):
        digit, place = int(ch), len(digits) - 1 - pos
        if digit == 0:
            continue
        if place == 1:
            words.append({1: "", 2: "ยี่"}.get(digit, _DIGIT_WORDS[digit]) + "สิบ")
        elif place == 0 and digit == 1 and (n > 1 or ed):
            words.append("เอ็ด")
        else:
            words.append(_DIGIT_WORDS[digit] + _PLACES[place])
    return "".join(words)


def thai_number_words(n: int) -> str:
    """Read a non-negative integer in Thai words: 21 -> "ยี่สิบเอ็ด", 1_000_001 -> "หนึ่งล้านเอ็ด"."""
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"expected int, not {type(n).__name__}")
    if n < 0:
        raise ValueError(f"expected a non-negative integer, got {n}")
    if n == 0:
        return _DIGIT_WORDS[0]
    groups: list[int] = []
    while n:
        n, group = divmod(n, 1_000_000)
        groups.append(group)
    groups.reverse()
    last = len(groups) - 1
    out = ""
    for i, group in enumerate(groups):
        if group:
            out += _group_words(group, ed=(i == last and i > 0))
        if i < last:
            out += _MILLION
    return out


def baht_text(amount: Decimal | int) -> str:
    """Spell a baht amount exactly: Decimal("1234.50") -> "หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์".

    Whole amounts end in "บาทถ้วน"; zero is "ศูนย์บาทถ้วน"; amounts under one baht are written
    with satang only ("ห้าสิบสตางค์"). Negative amounts and more than two decimal places raise
    ``ValueError``; floats raise ``TypeError``.
    """
    value = check_money(amount)
    if value < 0:
        raise ValueError(f"baht_text needs a non-negative amount, got {value}")
    satang_total = value.scaleb(2, context=Context(prec=max(28, value.adjusted() + 10)))
    if satang_total != satang_total.to_integral_value():
        raise ValueError(f"baht_text needs at most two decimal places, got {value}")
    baht, satang = divmod(int(satang_total), 100)
    if satang == 0:
        return thai_number_words(baht) + "บาทถ้วน"
    satang_words = _group_words(satang, ed=False) + "สตางค์"
    return satang_words if baht == 0 else thai_number_words(baht) + "บาท" + satang_words
