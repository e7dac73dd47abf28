"""Column types for exact values on SQLite.

SQLite has no exact decimal type, so money is kept as an integer number of satang and
other exact quantities (targets, scores) as canonical decimal text. Python code only
ever sees :class:`~decimal.Decimal`.
"""

from __future__ import annotations

import uuid
from decimal import Decimal, InvalidOperation

from sqlalchemy import Integer, String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

SATANG = Decimal("0.01")


class MoneyType(TypeDecorator[Decimal]):
    """Baht amount with two decimals, stored as integer satang."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if not isinstance(value, Decimal):
            raise TypeError(f"money must be Decimal, not {type(value).__name__}")
        if value != value.quantize(SATANG):
            raise ValueError(f"money has more than two decimals: {value}")
        return int(value * 100)

    def process_result_value(self, value: int | None, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(value) / 100).quantize(SATANG)


class DecimalText(TypeDecorator[Decimal]):
    """Any exact decimal (indicator targets, scores) stored as its canonical text."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if not isinstance(value, Decimal):
            raise TypeError(f"value must be Decimal, not {type(value).__name__}")
        if not value.is_finite():
            raise ValueError(f"value must be finite: {value}")
        return str(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        try:
            return Decimal(value)
        except InvalidOperation as exc:  # pragma: no cover - only with a hand-edited file
            raise ValueError(f"bad decimal text in database: {value!r}") from exc


def new_uuid() -> str:
    """A fresh random UUID in its canonical text form."""
    return str(uuid.uuid4())
