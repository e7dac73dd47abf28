"""Province side: the offices a province expects and the bundles it has imported."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, Record
from db.models.columns import enum_type, parent_key
from db.models.enums import OfficeKind
from db.models.office import Office
from db.thai.fiscal import RoundKind


class ExpectedOffice(Record, Base):
    """An office the province expects a report from (entered or imported from a list)."""

    __tablename__ = "expected_offices"

    dla_code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[OfficeKind] = mapped_column(enum_type(OfficeKind, "expected_office_kind"))
    district: Mapped[str] = mapped_column(String(100), default="")


class ImportedBundle(Record, Base):
    """One .sjr file received from an office; a newer one for the same round supersedes it."""

    __tablename__ = "imported_bundles"
    __table_args__ = (UniqueConstraint("sha256"),)

    office_id: Mapped[int] = parent_key("offices.id")
    fiscal_year: Mapped[int] = mapped_column(comment="ค.ศ.")
    round_kind: Mapped[RoundKind] = mapped_column(enum_type(RoundKind, "bundle_round_kind"))
    file_name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64))
    format_version: Mapped[str] = mapped_column(String(20))
    app_version: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(comment="when the office made the file")
    imported_at: Mapped[datetime]
    superseded_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("imported_bundles.id", ondelete="SET NULL"), index=True
    )
    manifest_json: Mapped[str] = mapped_column(Text)

    office: Mapped[Office] = relationship()
