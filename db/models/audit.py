"""Workspace facts and the audit trail."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Record, utcnow
from db.models.columns import enum_type
from db.models.enums import AuditAction


class WorkspaceSetting(Base):
    """Key/value facts about this database file (e.g. mode = office | province)."""

    __tablename__ = "workspace_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class AuditEntry(Record, Base):
    """One recorded change: who, when, what (old → new) and why. Never edited by the app."""

    __tablename__ = "audit_entries"

    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    clerk_name: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[AuditAction] = mapped_column(enum_type(AuditAction, "audit_action"))
    entity: Mapped[str] = mapped_column(String(64), comment="table name")
    entity_uuid: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(64), default="")
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text, default="")
