"""Small helpers that keep model declarations short and uniform."""

from __future__ import annotations

import enum

from sqlalchemy import Enum as SAEnum
from sqlalchemy import ForeignKey
from sqlalchemy.orm import mapped_column

from db.types import MoneyType


def enum_type(enum_cls: type[enum.Enum], name: str) -> SAEnum:
    """Store an enum by its value, with a named CHECK constraint (needed by batch migrations)."""
    return SAEnum(
        enum_cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


def money_column(comment: str):
    return mapped_column(MoneyType(), nullable=True, comment=comment)


def parent_key(target: str, *, nullable: bool = False, ondelete: str = "CASCADE"):
    return mapped_column(ForeignKey(target, ondelete=ondelete), index=True, nullable=nullable)
