"""Reporting rounds (รอบ ๖ / ๑๒ เดือน) and what each item achieved in a round."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, Record, Timestamped
from db.models.columns import enum_type, money_column, parent_key
from db.models.enums import NotPossibleReason, ProgressStatus
from db.models.plan import Indicator, Plan, PlanItem
from db.thai.fiscal import RoundKind, round_range


class Round(Record, Timestamped, Base):
    """One reporting round of one fiscal year, with its summary page and reporter block."""

    __tablename__ = "rounds"
    __table_args__ = (UniqueConstraint("plan_id", "fiscal_year", "kind"),)

    plan_id: Mapped[int] = parent_key("plans.id")
    fiscal_year: Mapped[int] = mapped_column(comment="ค.ศ.")
    kind: Mapped[RoundKind] = mapped_column(enum_type(RoundKind, "round_kind"))
    locked: Mapped[bool] = mapped_column(default=False)
    locked_at: Mapped[datetime | None]
    supporting_factors: Mapped[str] = mapped_column(Text, default="", comment="ปัจจัยสนับสนุน")
    problems: Mapped[str] = mapped_column(Text, default="", comment="ปัญหา/อุปสรรค")
    suggestions: Mapped[str] = mapped_column(Text, default="", comment="ข้อเสนอแนะ")
    reporter_name: Mapped[str] = mapped_column(String(200), default="")
    reporter_position: Mapped[str] = mapped_column(String(200), default="")
    reporter_phone: Mapped[str] = mapped_column(String(100), default="")
    reporter_fax: Mapped[str] = mapped_column(String(100), default="")
    reporter_email: Mapped[str] = mapped_column(String(200), default="")
    report_date: Mapped[date | None]
    announcement_date: Mapped[date | None]
    signer_name: Mapped[str] = mapped_column(String(200), default="")
    signer_position: Mapped[str] = mapped_column(String(200), default="")

    plan: Mapped[Plan] = relationship()
    progress: Mapped[list[ItemProgress]] = relationship(back_populates="round", cascade="all, delete-orphan")

    @property
    def date_range(self) -> tuple[date, date]:
        return round_range(self.fiscal_year, self.kind)


class ItemProgress(Record, Timestamped, Base):
    __tablename__ = "item_progress"
    __table_args__ = (
        UniqueConstraint("round_id", "plan_item_id"),
        CheckConstraint(
            "(status = 'not_possible') = (not_possible_reason IS NOT NULL)", name="reason_iff_not_possible"
        ),
        CheckConstraint(
            "not_possible_reason <> 'other' OR not_possible_note <> ''", name="other_reason_text"
        ),
        CheckConstraint("amount_disbursed IS NULL OR amount_disbursed >= 0", name="disbursed_positive"),
    )

    round_id: Mapped[int] = parent_key("rounds.id")
    plan_item_id: Mapped[int] = parent_key("plan_items.id")
    status: Mapped[ProgressStatus | None] = mapped_column(
        enum_type(ProgressStatus, "progress_status"), comment="NULL = ยังไม่รายงาน"
    )
    not_possible_reason: Mapped[NotPossibleReason | None] = mapped_column(
        enum_type(NotPossibleReason, "not_possible_reason")
    )
    not_possible_note: Mapped[str] = mapped_column(Text, default="")
    actions_text: Mapped[str] = mapped_column(Text, default="", comment="การดำเนินการ")
    results_text: Mapped[str] = mapped_column(Text, default="", comment="ผลการดำเนินการ")
    amount_plan: Mapped[Decimal | None] = money_column("วงเงินตามแผนพัฒนาท้องถิ่น")
    amount_ordinance: Mapped[Decimal | None] = money_column("วงเงินตามข้อบัญญัติ/เทศบัญญัติ")
    amount_integrated: Mapped[Decimal | None] = money_column("งบบูรณาการ")
    amount_own: Mapped[Decimal | None] = money_column("งบหน่วยงาน")
    amount_disbursed: Mapped[Decimal | None] = money_column("ผลเบิกจ่าย")
    track_conscience: Mapped[bool] = mapped_column(default=False, comment="สร้างจิตสำนึกและปลูกฝังความซื่อสัตย์สุจริต")
    track_mechanism: Mapped[bool] = mapped_column(default=False, comment="สร้างกลไกการป้องกันการทุจริต")
    track_efficiency: Mapped[bool] = mapped_column(default=False, comment="สร้างประสิทธิภาพในการป้องกันการทุจริต")
    remarks: Mapped[str] = mapped_column(Text, default="")

    round: Mapped[Round] = relationship(back_populates="progress")
    item: Mapped[PlanItem] = relationship()
    indicator_results: Mapped[list[IndicatorResult]] = relationship(cascade="all, delete-orphan")
    evidence: Mapped[list[EvidenceFile]] = relationship(cascade="all, delete-orphan")


class IndicatorResult(Record, Base):
    __tablename__ = "indicator_results"
    __table_args__ = (UniqueConstraint("progress_id", "indicator_id"),)

    progress_id: Mapped[int] = parent_key("item_progress.id")
    indicator_id: Mapped[int] = parent_key("indicators.id")
    actual_value: Mapped[Decimal | None]
    actual_text: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")

    indicator: Mapped[Indicator] = relationship()


class EvidenceFile(Record, Base):
    """A photo or document kept in the app's evidence store, named by its content hash."""

    __tablename__ = "evidence_files"
    __table_args__ = (CheckConstraint("length(sha256) = 64", name="sha256_length"),)

    progress_id: Mapped[int] = parent_key("item_progress.id")
    file_name: Mapped[str] = mapped_column(String(255), comment="the name the clerk chose")
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size_bytes: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    caption: Mapped[str] = mapped_column(Text, default="")
    added_at: Mapped[datetime]
