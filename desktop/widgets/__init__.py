"""Small reusable input widgets with Thai behaviour (digits, Buddhist-Era dates, fiscal quarters).

Each widget only reads and shows values; the rules about what is allowed live in ``db.services``
and come back as field-keyed errors, which the editors show in an :class:`ErrorLabel`.
"""

from desktop.widgets.date_edit import ThaiDateEdit
from desktop.widgets.error_label import ErrorLabel, FieldBox, mark_invalid
from desktop.widgets.money_edit import MoneyEdit, QuantityEdit
from desktop.widgets.ordered_list import OrderedListEdit
from desktop.widgets.quarter_ticks import QUARTER_MONTHS, QuarterTicks
from desktop.widgets.wrapping_edit import WrappingLineEdit

__all__ = [
    "QUARTER_MONTHS",
    "ErrorLabel",
    "FieldBox",
    "MoneyEdit",
    "OrderedListEdit",
    "QuantityEdit",
    "QuarterTicks",
    "ThaiDateEdit",
    "WrappingLineEdit",
    "mark_invalid",
]
