"""Qt-free Thai formatting, parsing and fiscal calendar helpers.

Money is always ``Decimal``; years are stored CE and shown BE (CE + 543); digits are Thai by
default and Arabic with ``thai_digits=False``.
"""

from __future__ import annotations

from db.thai.baht import baht_text, thai_number_words
from db.thai.date_parse import parse_date
from db.thai.dates import (
    BE_OFFSET,
    ERA_THRESHOLD,
    MONTHS_TH,
    MONTHS_TH_ABBR,
    WEEKDAYS_TH,
    DateRangeStyle,
    be_year,
    ce_year,
    format_announcement_date,
    format_date_full,
    format_date_long,
    format_date_range,
    format_date_short,
    format_month_year,
)
from db.thai.digits import apply_digits, to_arabic_digits, to_thai_digits
from db.thai.errors import ThaiParseError
from db.thai.fiscal import (
    RoundKind,
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
from db.thai.numbers import (
    NO_BUDGET,
    DecimalsMode,
    format_int,
    format_money,
    parse_int,
    parse_money,
    parse_quantity,
)

__all__ = [
    "BE_OFFSET",
    "ERA_THRESHOLD",
    "MONTHS_TH",
    "MONTHS_TH_ABBR",
    "NO_BUDGET",
    "WEEKDAYS_TH",
    "DateRangeStyle",
    "DecimalsMode",
    "RoundKind",
    "ThaiParseError",
    "apply_digits",
    "baht_text",
    "be_year",
    "ce_year",
    "fiscal_year_label",
    "fiscal_year_of",
    "fiscal_year_range",
    "format_announcement_date",
    "format_date_full",
    "format_date_long",
    "format_date_range",
    "format_date_short",
    "format_int",
    "format_money",
    "format_month_year",
    "parse_date",
    "parse_fiscal_year",
    "parse_int",
    "parse_money",
    "parse_quantity",
    "plan_span_label",
    "quarter_of",
    "quarter_range",
    "round_label",
    "round_range",
    "thai_number_words",
    "to_arabic_digits",
    "to_thai_digits",
]
