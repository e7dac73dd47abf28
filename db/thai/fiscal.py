"""Thai government fiscal year (1 Oct - 30 Sep), quarters and reporting rounds.

A fiscal year is identified by the CE year in which it ends: fiscal year 2023 is
"ปีงบประมาณ พ.ศ. ๒๕๖๖" and runs 1 Oct 2022 - 30 Sep 2023.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from enum import StrEnum

from db.thai._text import normalise_input, quote
from db.thai.date_parse import parse_be_year
from db.thai.dates import BE_OFFSET, ERA_THRESHOLD, be_year
from db.thai.digits import apply_digits, to_thai_digits
from db.thai.errors import ThaiParseError

__all__ = [
    "FISCAL_BE_MAX",
    "FISCAL_BE_MIN",
    "RoundKind",
    "fiscal_year_label",
    "fiscal_year_of",
    "fiscal_year_range",
    "parse_fiscal_year",
    "plan_span_label",
    "quarter_of",
    "quarter_range",
    "round_label",
    "round_range",
]

#: Plausible fiscal years (BE) accepted by ``parse_fiscal_year``.
FISCAL_BE_MIN = 2500
FISCAL_BE_MAX = 2700


class RoundKind(StrEnum):
    """Reporting round; the value is what is stored."""

    SIX_MONTH = "6"
    TWELVE_MONTH = "12"


def _check_fy(fy: object) -> int:
    if isinstance(fy, bool) or not isinstance(fy, int):
        raise TypeError(f"fiscal year must be int, not {type(fy).__name__}")
    if not 1 < fy < ERA_THRESHOLD:
        raise ValueError(f"fiscal year must be a CE year, got {fy} (Buddhist Era passed by mistake?)")
    return fy


def fiscal_year_of(d: date) -> int:
    """CE fiscal year containing ``d``: 1 Oct 2022 and 30 Sep 2023 are both in 2023."""
    if not isinstance(d, date):
        raise TypeError(f"expected datetime.date, not {type(d).__name__}")
    return d.year + 1 if d.month >= 10 else d.year


def fiscal_year_range(fy: int) -> tuple[date, date]:
    """First and last day of fiscal year ``fy`` (CE): 2023 -> (2022-10-01, 2023-09-30)."""
    fy = _check_fy(fy)
    return date(fy - 1, 10, 1), date(fy, 9, 30)


def quarter_of(d: date) -> int:
    """Fiscal quarter 1-4: Oct-Dec = 1, Jan-Mar = 2, Apr-Jun = 3, Jul-Sep = 4."""
    if not isinstance(d, date):
        raise TypeError(f"expected datetime.date, not {type(d).__name__}")
    return (d.month - 10) % 12 // 3 + 1


def quarter_range(fy: int, q: int) -> tuple[date, date]:
    """First and last day of quarter ``q`` of fiscal year ``fy``: (2023, 2) -> (2023-01-01, 2023-03-31)."""
    fy = _check_fy(fy)
    if isinstance(q, bool) or not isinstance(q, int) or not 1 <= q <= 4:
        raise ValueError(f"quarter must be 1, 2, 3 or 4, got {q!r}")
    first_month = (q * 3 + 6) % 12 + 1  # 10, 1, 4, 7
    year = fy - 1 if q == 1 else fy
    last_month = first_month + 2
    return date(year, first_month, 1), date(year, last_month, calendar.monthrange(year, last_month)[1])


def round_range(fy: int, kind: RoundKind) -> tuple[date, date]:
    """Period of a round: 6 months = 1 Oct - 31 Mar, 12 months = 1 Oct - 30 Sep (cumulative)."""
    start, end = fiscal_year_range(fy)
    kind = RoundKind(kind)
    return (start, date(fy, 3, 31)) if kind is RoundKind.SIX_MONTH else (start, end)


def round_label(kind: RoundKind, *, thai_digits: bool = True) -> str:
    """Printed name of a round: "รอบ ๖ เดือน" or "รอบ ๑๒ เดือน (ผลงานสะสม)"."""
    kind = RoundKind(kind)
    text = "รอบ 6 เดือน" if kind is RoundKind.SIX_MONTH else "รอบ 12 เดือน (ผลงานสะสม)"
    return apply_digits(text, thai_digits)


def fiscal_year_label(fy: int, thai_digits: bool = True) -> str:
    """Printed fiscal year: 2023 (CE) -> "ปีงบประมาณ พ.ศ. ๒๕๖๖"."""
    return apply_digits(f"ปีงบประมาณ พ.ศ. {be_year(_check_fy(fy))}", thai_digits)


def plan_span_label(first_fy: int, last_fy: int, *, thai_digits: bool = True) -> str:
    """Plan period from CE fiscal years: (2023, 2027) -> "(พ.ศ. ๒๕๖๖ - ๒๕๗๐)"."""
    first, last = _check_fy(first_fy), _check_fy(last_fy)
    if last < first:
        raise ValueError(f"plan span ends before it starts: {first} > {last}")
    return apply_digits(f"(พ.ศ. {be_year(first)} - {be_year(last)})", thai_digits)


_FY_RE = re.compile(r"(?:ปีงบประมาณ|ปีงบฯ?|ปีงบ\.)?\s*(?:พ\.?\s*ศ\.?)?\s*([0-9]+)")


def parse_fiscal_year(text: str) -> int:
    """Read a BE fiscal year ("2566", "๒๕๖๖", "พ.ศ. 2566", "ปีงบประมาณ 2566", "ปีงบฯ ๖๗") -> CE int.

    Years outside BE 2500-2700, or four-digit years that look CE, raise ``ThaiParseError``.
    """
    s = normalise_input(text)
    m = _FY_RE.fullmatch(s)
    if m is None:
        raise ThaiParseError(f"อ่านปีงบประมาณ {quote(text)} ไม่ได้ กรุณากรอกปี พ.ศ. เช่น ๒๕๖๖", text=text)
    fy = parse_be_year(m[1], text)
    if not FISCAL_BE_MIN <= fy + BE_OFFSET <= FISCAL_BE_MAX:
        lo, hi = to_thai_digits(str(FISCAL_BE_MIN)), to_thai_digits(str(FISCAL_BE_MAX))
        raise ThaiParseError(f"ปีงบประมาณ {quote(text)} ต้องอยู่ระหว่าง พ.ศ. {lo} ถึง {hi}", text=text)
    return fy
