"""The อปท. itself and its units (ส่วนราชการ)."""

from __future__ import annotations

from sqlalchemy import String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, Record, Timestamped
from db.models.columns import enum_type, parent_key
from db.models.enums import OfficeKind


class Office(Record, Timestamped, Base):
    __tablename__ = "offices"

    name: Mapped[str] = mapped_column(String(200), comment="ชื่อเต็ม เช่น เทศบาลตำบลทุ่งน้อย")
    kind: Mapped[OfficeKind] = mapped_column(enum_type(OfficeKind, "office_kind"))
    district: Mapped[str] = mapped_column(String(100), default="", comment="อำเภอ")
    province: Mapped[str] = mapped_column(String(100), default="", comment="จังหวัด")
    dla_code: Mapped[str | None] = mapped_column(String(20), unique=True, comment="รหัส อปท. (สถ.)")
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    fax: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    website: Mapped[str] = mapped_column(String(200), default="")
    executive_name: Mapped[str] = mapped_column(String(200), default="", comment="ชื่อผู้บริหาร")
    executive_title: Mapped[str] = mapped_column(String(200), default="", comment="ตำแหน่งผู้บริหาร")

    units: Mapped[list[OfficeUnit]] = relationship(
        back_populates="office", cascade="all, delete-orphan", order_by="OfficeUnit.position"
    )


class OfficeUnit(Record, Base):
    """A ส่วนราชการ such as สำนักปลัด or กองคลัง."""

    __tablename__ = "office_units"
    __table_args__ = (UniqueConstraint("office_id", "name"),)

    office_id: Mapped[int] = parent_key("offices.id")
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(default=0)

    office: Mapped[Office] = relationship(back_populates="units")
