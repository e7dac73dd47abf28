"""Formatting and parsing of Thai integers and money amounts (money is always ``Decimal``)."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Context, Decimal
from typing import Literal

from db.thai._text import normalise_input, quote
from db.thai.digits import apply_digits
from db.thai.errors import ThaiParseError

__all__ = [
    "NO_BUDGET",
    "DecimalsMode",
    "format_int",
    "format_money",
    "parse_int",
    "parse_money",
    "parse_quantity",
]

DecimalsMode = Literal["auto", "always", "never"]

NO_BUDGET = "ไม่ใช้งบประมาณ"

_NIL_TEXTS = frozenset({"", "-", "–", "—", NO_BUDGET})
_WS = re.compile(r"\s+")
_DIGITS = r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)"
_MONEY_RE = re.compile(
    rf"฿?\s*(?P<neg>[-−–])?\s*(?P<int>{_DIGITS})(?:\.(?P<frac>[0-9]+))?\s*(?:\.-\s*)?(?:บาท(?:ถ้วน)?)?"
)
_INT_RE = re.compile(rf"(?P<neg>[-−–])?\s*(?P<int>{_DIGITS})(?:\.(?P<frac>[0-9]+))?")
_SATANG = Decimal("0.01")
_BAHT = Decimal(1)


def check_money(amount: object) -> Decimal:
    """Return ``amount`` as a finite ``Decimal``; floats and other non-Decimal/int types raise TypeError."""
    if isinstance(amount, bool) or not isinstance(amount, (Decimal, int)):
        raise TypeError(f"money must be Decimal (or int), not {type(amount).__name__}")
    value = Decimal(amount)
    if not value.is_finite():
        raise ValueError(f"money must be finite, got {value}")
    return value


def _quantize(value: Decimal, exp: Decimal) -> Decimal:
    """Round half-up to ``exp`` with enough precision for any size of amount."""
    ctx = Context(prec=max(28, value.adjusted() + 10))
    result = value.quantize(exp, rounding=ROUND_HALF_UP, context=ctx)
    return abs(result) if result == 0 else result  # never print "-0"


def format_int(n: int, *, thai_digits: bool = True) -> str:
    """Format an integer with thousands separators: 1234 -> "๑,๒๓๔"."""
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"format_int expects int, not {type(n).__name__}")
    return apply_digits(f"{n:,}", thai_digits)


def format_money(
    amount: Decimal | int | None,
    *,
    thai_digits: bool = True,
    decimals: DecimalsMode = "auto",
    nil: str = "-",
) -> str:
    """Format baht without a currency word: "๖๕,๐๐๐" / "๖๕,๐๐๐.๕๐"; ``None`` -> ``nil``.

    ``decimals``: "auto" shows satang only when non-zero, "always" always shows two places,
    "never" rounds to whole baht. Rounding is half-up.
    """
    if amount is None:
        return nil
    value = check_money(amount)
    if decimals == "never":
        value, places = _quantize(value, _BAHT), 0
    elif decimals == "always":
        value, places = _quantize(value, _SATANG), 2
    elif decimals == "auto":
        value = _quantize(value, _SATANG)
        places = 0 if value == value.to_integral_value() else 2
    else:
        raise ValueError(f"decimals must be 'auto', 'always' or 'never', not {decimals!r}")
    # Thai (CLDR th) groups by thousands with "," and uses "."; Python's own formatting is that and
    # many times faster than a locale-aware formatter, which the tree view calls thousands of times.
    return apply_digits(f"{value:,.{places}f}", thai_digits)


def parse_money(text: str) -> Decimal | None:
    """Read a baht amount typed or imported by a clerk; blank, "-" and "ไม่ใช้งบประมาณ" give ``None``.

    Accepts Thai or Arabic digits, correctly grouped commas, surrounding spaces, a trailing ".-"
    and "บาท". Negative amounts, more than two decimal places and anything else raise
    ``ThaiParseError``.
    """
    s = normalise_input(text)
    if _WS.sub("", s) in _NIL_TEXTS:
        return None
    m = _MONEY_RE.fullmatch(s)
    if m is None:
        raise ThaiParseError(
            f"อ่านจำนวนเงิน {quote(text)} ไม่ได้ กรุณากรอกเป็นตัวเลข เช่น ๖๕,๐๐๐ หรือ ๖๕,๐๐๐.๕๐",
            text=text,
        )
    if m["neg"]:
        raise ThaiParseError(f"จำนวนเงิน {quote(text)} ติดลบ กรุณากรอกจำนวนเงินที่ไม่ติดลบ", text=text)
    frac = m["frac"] or ""
    if len(frac) > 2:
        raise ThaiParseError(f"จำนวนเงิน {quote(text)} มีทศนิยมเกิน ๒ ตำแหน่ง กรุณากรอกสตางค์ไม่เกิน ๒ หลัก", text=text)
    digits = m["int"].replace(",", "")
    return Decimal(f"{digits}.{frac}" if frac else digits)


def parse_quantity(text: str) -> Decimal | None:
    """Read a non-negative number with any decimals ("๑,๒๐๐", "2.5"); blank or "-" gives ``None``."""
    s = normalise_input(text)
    if _WS.sub("", s) in _NIL_TEXTS - {NO_BUDGET}:
        return None
    m = _INT_RE.fullmatch(s)
    if m is None:
        raise ThaiParseError(f"อ่านจำนวน {quote(text)} ไม่ได้ กรุณากรอกเป็นตัวเลข เช่น ๑,๒๐๐ หรือ ๒.๕", text=text)
    if m["neg"]:
        raise ThaiParseError(f"จำนวน {quote(text)} ติดลบ กรุณากรอกจำนวนที่ไม่ติดลบ", text=text)
    digits = m["int"].replace(",", "")
    return Decimal(f"{digits}.{m['frac']}" if m["frac"] else digits)


def parse_int(text: str) -> int | None:
    """Read a non-negative whole number ("๑,๒๓๔", "1234"); blank or "-" gives ``None``."""
    s = normalise_input(text)
    if _WS.sub("", s) in _NIL_TEXTS - {NO_BUDGET}:
        return None
    m = _INT_RE.fullmatch(s)
    if m is None:
        raise ThaiParseError(f"อ่านตัวเลข {quote(text)} ไม่ได้ กรุณากรอกเป็นจำนวนเต็ม เช่น ๑,๒๓๔", text=text)
    if m["neg"]:
        raise ThaiParseError(f"ตัวเลข {quote(text)} ติดลบ กรุณากรอกจำนวนที่ไม่ติดลบ", text=text)
    if m["frac"] is not None:
        raise ThaiParseError(f"ตัวเลข {quote(text)} มีทศนิยม กรุณากรอกเป็นจำนวนเต็ม", text=text)
    return int(m["int"].replace(",", ""))
