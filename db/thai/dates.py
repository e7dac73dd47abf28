"""Buddhist Era years and Thai date formatting, as printed on the forms."""

from __future__ import annotations

from datetime import date
from typing import Literal

from db.thai.digits import apply_digits

__all__ = [
    "BE_OFFSET",
    "ERA_THRESHOLD",
    "MONTHS_TH",
    "MONTHS_TH_ABBR",
    "WEEKDAYS_TH",
    "DateRangeStyle",
    "be_year",
    "ce_year",
    "format_announcement_date",
    "format_date_full",
    "format_date_long",
    "format_date_range",
    "format_date_short",
    "format_month_year",
]

BE_OFFSET = 543
#: Four-digit years below this are Christian Era, at or above it Buddhist Era (2400 BE = 1857 CE).
ERA_THRESHOLD = 2400

MONTHS_TH = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)  # fmt: skip
MONTHS_TH_ABBR = (
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
)  # fmt: skip
#: Indexed by ``date.weekday()`` (Monday = 0).
WEEKDAYS_TH = ("วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์")

DateRangeStyle = Literal["long", "months", "short", "months_short"]


def _check_year(year: object) -> int:
    if isinstance(year, bool) or not isinstance(year, int):
        raise TypeError(f"year must be int, not {type(year).__name__}")
    return year


def be_year(ce: int) -> int:
    """Christian Era year -> Buddhist Era year (2023 -> 2566); a year that already looks BE raises."""
    if _check_year(ce) >= ERA_THRESHOLD:
        raise ValueError(f"be_year expects a CE year, got {ce} (already Buddhist Era?)")
    return ce + BE_OFFSET


def ce_year(be: int) -> int:
    """Buddhist Era year -> Christian Era year (2566 -> 2023); a year below 2400 raises."""
    if _check_year(be) < ERA_THRESHOLD:
        raise ValueError(f"ce_year expects a BE year (>= {ERA_THRESHOLD}), got {be}")
    return be - BE_OFFSET


def _check_date(d: object) -> date:
    if not isinstance(d, date):
        raise TypeError(f"expected datetime.date, not {type(d).__name__}")
    return d


def _be2(d: date) -> str:
    return f"{be_year(d.year) % 100:02d}"


def format_date_long(d: date, *, with_era: bool = False, thai_digits: bool = True) -> str:
    """Day, month name and BE year: "๒๑ มีนาคม ๒๕๖๖"; ``with_era``: "๑ ตุลาคม พ.ศ. ๒๕๖๓"."""
    d = _check_date(d)
    era = "พ.ศ. " if with_era else ""
    return apply_digits(f"{d.day} {MONTHS_TH[d.month - 1]} {era}{be_year(d.year)}", thai_digits)


def format_date_short(d: date, *, thai_digits: bool = True) -> str:
    """Abbreviated month and two-digit BE year: "๓๑ มี.ค. ๖๖"."""
    d = _check_date(d)
    return apply_digits(f"{d.day} {MONTHS_TH_ABBR[d.month - 1]} {_be2(d)}", thai_digits)


def format_date_full(d: date, *, thai_digits: bool = True) -> str:
    """With the weekday: "วันเสาร์ที่ ๓๐ กันยายน พ.ศ. ๒๕๖๖"."""
    d = _check_date(d)
    text = f"{WEEKDAYS_TH[d.weekday()]}ที่ {d.day} {MONTHS_TH[d.month - 1]} พ.ศ. {be_year(d.year)}"
    return apply_digits(text, thai_digits)


def format_announcement_date(d: date, *, thai_digits: bool = True) -> str:
    """Announcement style: "วันที่ ๘ เดือน เมษายน พ.ศ. ๒๕๖๔" (the caller adds "ประกาศ ณ ")."""
    d = _check_date(d)
    return apply_digits(f"วันที่ {d.day} เดือน {MONTHS_TH[d.month - 1]} พ.ศ. {be_year(d.year)}", thai_digits)


def format_month_year(d: date, abbreviated: bool = False, *, thai_digits: bool = True) -> str:
    """Month and year: "ตุลาคม พ.ศ. ๒๕๖๓", or abbreviated "ต.ค. ๖๓"."""
    d = _check_date(d)
    if abbreviated:
        text = f"{MONTHS_TH_ABBR[d.month - 1]} {_be2(d)}"
    else:
        text = f"{MONTHS_TH[d.month - 1]} พ.ศ. {be_year(d.year)}"
    return apply_digits(text, thai_digits)


_DEFAULT_DASH = {"long": "–", "months": "-", "short": "-", "months_short": "-"}


def format_date_range(
    start: date,
    end: date,
    *,
    style: DateRangeStyle = "long",
    dash: str | None = None,
    thai_digits: bool = True,
) -> str:
    """Format a period; ``dash`` defaults to "–" for "long" (cover pages) and "-" otherwise.

    - "long": "๑ ตุลาคม พ.ศ. ๒๕๖๓ – ๓๑ มีนาคม พ.ศ. ๒๕๖๔"
    - "months": "ระหว่างเดือน ตุลาคม พ.ศ. ๒๕๖๓ - มีนาคม พ.ศ. ๒๕๖๔"
    - "short": "๑ ม.ค. ๖๖ - ๓๑ มี.ค. ๖๖"
    - "months_short": "ม.ค. - ก.ค. ๖๖" (year once when equal), "ธ.ค. ๖๕ - ก.ย. ๖๖"
    """
    start, end = _check_date(start), _check_date(end)
    if end < start:
        raise ValueError(f"date range ends before it starts: {start} > {end}")
    if style not in _DEFAULT_DASH:
        raise ValueError(f"unknown date range style {style!r}")
    sep = f" {_DEFAULT_DASH[style] if dash is None else dash} "
    if style == "long":
        text = format_date_long(start, with_era=True) + sep + format_date_long(end, with_era=True)
    elif style == "months":
        text = "ระหว่างเดือน " + format_month_year(start) + sep + format_month_year(end)
    elif style == "short":
        text = format_date_short(start) + sep + format_date_short(end)
    elif start.year == end.year:
        text = MONTHS_TH_ABBR[start.month - 1] + sep + format_month_year(end, abbreviated=True)
    else:
        text = format_month_year(start, abbreviated=True) + sep + format_month_year(end, abbreviated=True)
    return apply_digits(text, thai_digits)
