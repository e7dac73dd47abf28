"""The ITA integrity-measures report (seed 001): measures, numbered actions, result blocks."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import CheckConstraint, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, Record, Timestamped
from db.models.columns import parent_key
from db.models.office import Office


class ItaReport(Record, Timestamped, Base):
    __tablename__ = "ita_reports"
    __table_args__ = (UniqueConstraint("office_id", "fiscal_year"),)

    office_id: Mapped[int] = parent_key("offices.id")
    fiscal_year: Mapped[int] = mapped_column(comment="ค.ศ.")
    data_as_of: Mapped[date | None]

    office: Mapped[Office] = relationship()
    measures: Mapped[list[ItaMeasure]] = relationship(
        cascade="all, delete-orphan", order_by="ItaMeasure.position"
    )


class ItaMeasure(Record, Base):
    __tablename__ = "ita_measures"

    report_id: Mapped[int] = parent_key("ita_reports.id")
    position: Mapped[int] = mapped_column(default=0)
    title: Mapped[str] = mapped_column(Text, comment="มาตรการหรือกิจกรรมที่ดำเนินการ")

    actions: Mapped[list[ItaAction]] = relationship(
        cascade="all, delete-orphan", order_by="ItaAction.position"
    )
    result_blocks: Mapped[list[ItaResultBlock]] = relationship(
        cascade="all, delete-orphan", order_by="ItaResultBlock.first_action"
    )


class ItaAction(Record, Base):
    """A numbered sub-action (๑., ๒., …); nested (๑), (๒) details stay in the text."""

    __tablename__ = "ita_actions"

    measure_id: Mapped[int] = parent_key("ita_measures.id")
    position: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(Text)


class ItaResultBlock(Record, Base):
    """A result that covers a contiguous range of actions of one measure."""

    __tablename__ = "ita_result_blocks"
    __table_args__ = (CheckConstraint("first_action <= last_action", name="action_order"),)

    measure_id: Mapped[int] = parent_key("ita_measures.id")
    first_action: Mapped[int] = mapped_column(comment="1-based number of the first action covered")
    last_action: Mapped[int]
    result_text: Mapped[str] = mapped_column(Text, default="")

    references: Mapped[list[ItaReference]] = relationship(
        cascade="all, delete-orphan", order_by="ItaReference.position"
    )


class ItaReference(Record, Base):
    """An ITA item cited for a result, e.g. "e9", "i14", "o28", "IND-4", with its score 0–100."""

    __tablename__ = "ita_references"
    __table_args__ = (
        CheckConstraint("score IS NULL OR CAST(score AS REAL) BETWEEN 0 AND 100", name="score_range"),
    )

    block_id: Mapped[int] = parent_key("ita_result_blocks.id")
    position: Mapped[int] = mapped_column(default=0)
    code: Mapped[str] = mapped_column(String(20))
    label: Mapped[str] = mapped_column(Text, default="", comment="the item's name as printed")
    claims_threshold: Mapped[bool] = mapped_column(default=False, comment="ได้คะแนนไม่ต่ำกว่าร้อยละ ๘๕")
    score: Mapped[Decimal | None]
