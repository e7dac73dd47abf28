"""The NACC framework as versioned data: มิติ → x.y → x.y.z, one tree per version."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, Record
from db.models.columns import parent_key


class Framework(Record, Base):
    __tablename__ = "frameworks"
    __table_args__ = (CheckConstraint("first_fiscal_year <= last_fiscal_year", name="year_order"),)

    code: Mapped[str] = mapped_column(String(40), unique=True, comment="เช่น nacc-2566-2570")
    title: Mapped[str] = mapped_column(Text)
    first_fiscal_year: Mapped[int] = mapped_column(comment="ปีงบประมาณแรก (ค.ศ.)")
    last_fiscal_year: Mapped[int] = mapped_column(comment="ปีงบประมาณสุดท้าย (ค.ศ.)")
    source: Mapped[str] = mapped_column(Text, default="")
    data_sha256: Mapped[str] = mapped_column(String(64), comment="hash of the data file it was loaded from")

    items: Mapped[list[FrameworkItem]] = relationship(
        back_populates="framework", cascade="all, delete-orphan", order_by="FrameworkItem.sort_key"
    )


class FrameworkItem(Record, Base):
    """One node: level 1 is a มิติ (code "1"), level 2 "1.1", level 3 "1.1.1"."""

    __tablename__ = "framework_items"
    __table_args__ = (
        UniqueConstraint("framework_id", "code"),
        CheckConstraint("level BETWEEN 1 AND 3", name="level_range"),
    )

    framework_id: Mapped[int] = parent_key("frameworks.id")
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("framework_items.id", ondelete="CASCADE"), index=True
    )
    level: Mapped[int]
    code: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(Text)
    title_alt: Mapped[str | None] = mapped_column(Text, comment="the source's variant wording, if any")
    sort_key: Mapped[str] = mapped_column(String(40), comment="code padded segment by segment")

    framework: Mapped[Framework] = relationship(back_populates="items")
    parent: Mapped[FrameworkItem | None] = relationship(remote_side="FrameworkItem.id")
