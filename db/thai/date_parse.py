"""Reading dates typed by clerks or found in imported documents.

Year rule: in Thai-style input (day month year, or d/m/y) a four-digit year must be Buddhist Era
(>= 2400); a smaller four-digit year is refused with a Thai message asking for พ.ศ. A two-digit
year means BE 25xx ("66" -> 2566). Only ISO input ("2023-03-21") is Christian Era.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from db.thai._text import normalise_input, quote
from db.thai.dates import BE_OFFSET, ERA_THRESHOLD, MONTHS_TH, MONTHS_TH_ABBR, WEEKDAYS_TH
from db.thai.digits import to_thai_digits
from db.thai.errors import ThaiParseError

__all__ = ["parse_be_year", "parse_date"]

_TH = "\u0e01-\u0e4e"  # Thai letters and marks, no digits
_ISO_RE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_SLASH_RE = re.compile(r"([0-9]{1,2})\s*/\s*([0-9]{1,2})\s*/\s*([0-9]+)")
_THAI_RE = re.compile(
    rf"(?:ณ\s*)?(?:วัน(?P<wd>[{_TH}]*?)ที่\s*)?(?P<d>[0-9]{{1,2}})\s*(?:เดือน\s*)?"
    rf"(?P<m>[{_TH}.]+?)\s*(?:พ\.?\s*ศ\.?\s*)?(?P<y>[0-9]+)"
)
_MONTH_KEYS = {name: i for i, name in enumerate(MONTHS_TH, 1)} | {
    abbr.replace(".", ""): i for i, abbr in enumerate(MONTHS_TH_ABBR, 1)
}


def parse_be_year(digits: str, text: str) -> int:
    """Turn the year digits of Thai-style input into a CE year; ``text`` is quoted in errors."""
    if len(digits) == 2:
        return 2500 + int(digits) - BE_OFFSET
    if len(digits) == 4:
        year = int(digits)
        if year >= ERA_THRESHOLD:
            return year - BE_OFFSET
        raise ThaiParseError(
            f"ปี {to_thai_digits(digits)} ใน {quote(text)} ดูเหมือนเป็นปี ค.ศ. "
            f"กรุณากรอกปีเป็น พ.ศ. เช่น {to_thai_digits(str(year + BE_OFFSET))}",
            text=text,
        )
    raise ThaiParseError(
        f"ปีใน {quote(text)} ไม่ถูกต้อง กรุณากรอกปี พ.ศ. ๔ หลัก (เช่น ๒๕๖๖) หรือ ๒ หลัก (เช่น ๖๖)", text=text
    )


def _make_date(year: int, month: int, day: int, text: str) -> date:
    if not 1 <= month <= 12:
        raise ThaiParseError(f"เดือนใน {quote(text)} ไม่ถูกต้อง เดือนต้องอยู่ระหว่าง ๑ ถึง ๑๒", text=text)
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise ThaiParseError(
            f"วันที่ใน {quote(text)} ไม่มีจริง: เดือน{MONTHS_TH[month - 1]} "
            f"พ.ศ. {to_thai_digits(str(year + BE_OFFSET))} ไม่มีวันที่ {to_thai_digits(str(day))}",
            text=text,
        )
    return date(year, month, day)


def _parse_iso(m: re.Match[str], text: str) -> date:
    year, month, day = (int(g) for g in m.groups())
    if year >= ERA_THRESHOLD:
        raise ThaiParseError(
            f"วันที่แบบ ISO {quote(text)} ต้องใช้ปี ค.ศ. แต่ปี {to_thai_digits(str(year))} ดูเหมือนเป็นปี พ.ศ.",
            text=text,
        )
    if year < 1:
        raise ThaiParseError(f"ปีใน {quote(text)} ไม่ถูกต้อง", text=text)
    return _make_date(year, month, day, text)


def _parse_thai(m: re.Match[str], text: str) -> date:
    month = _MONTH_KEYS.get(m["m"].replace(".", ""))
    if month is None:
        raise ThaiParseError(
            f"ไม่รู้จักชื่อเดือน “{m['m']}” ใน {quote(text)} กรุณาใช้ชื่อเดือนเต็ม เช่น มีนาคม หรือย่อ เช่น มี.ค.",
            text=text,
        )
    result = _make_date(parse_be_year(m["y"], text), month, int(m["d"]), text)
    if m["wd"]:
        weekday = "วัน" + m["wd"]
        if weekday not in WEEKDAYS_TH:
            raise ThaiParseError(f"ไม่รู้จักชื่อวัน “{weekday}” ใน {quote(text)}", text=text)
        actual = WEEKDAYS_TH[result.weekday()]
        if weekday != actual:
            raise ThaiParseError(f"วันที่ใน {quote(text)} ตรงกับ{actual} ไม่ใช่{weekday}", text=text)
    return result


def parse_date(text: str) -> date:
    """Read a date in any style the forms use ("๒๑ มีนาคม พ.ศ. ๒๕๖๖", "31 มี.ค.66", "21/3/2566",
    "วันเสาร์ที่ ๓๐ กันยายน พ.ศ. ๒๕๖๖", "วันที่ ๘ เดือน เมษายน พ.ศ. ๒๕๖๔") or ISO "2023-03-21" (CE).

    Raises ``ThaiParseError`` with a Thai message for anything else, impossible dates, unknown
    month names, a wrong weekday, or a CE year where a BE year is expected.
    """
    s = normalise_input(text)
    if m := _ISO_RE.fullmatch(s):
        return _parse_iso(m, text)
    if m := _SLASH_RE.fullmatch(s):
        day, month = int(m[1]), int(m[2])
        return _make_date(parse_be_year(m[3], text), month, day, text)
    if m := _THAI_RE.fullmatch(s):
        return _parse_thai(m, text)
    raise ThaiParseError(f"อ่านวันที่ {quote(text)} ไม่ได้ กรุณากรอกเช่น ๒๑ มีนาคม ๒๕๖๖ หรือ ๒๑/๓/๒๕๖๖", text=text)
