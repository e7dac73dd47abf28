"""The office's action plan: items (โครงการ/กิจกรรม/มาตรการ/แนวปฏิบัติ), per-year data, indicators."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint, true
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, Record, Timestamped
from db.models.columns import enum_type, money_column, parent_key
from db.models.enums import Comparison, IndicatorKind, ItemKind, PlanStatus, TargetPeriod
from db.models.framework import Framework, FrameworkItem
from db.models.office import Office, OfficeUnit


class Plan(Record, Timestamped, Base):
    __tablename__ = "plans"
    __table_args__ = (
        CheckConstraint("first_fiscal_year <= last_fiscal_year", name="year_order"),
        CheckConstraint("status <> 'approved' OR approved_on IS NOT NULL", name="approved_has_date"),
    )

    office_id: Mapped[int] = parent_key("offices.id")
    framework_id: Mapped[int] = parent_key("frameworks.id", ondelete="RESTRICT")
    title: Mapped[str] = mapped_column(Text, default="แผนปฏิบัติการป้องกันการทุจริต")
    first_fiscal_year: Mapped[int] = mapped_column(comment="ค.ศ.")
    last_fiscal_year: Mapped[int] = mapped_column(comment="ค.ศ.")
    status: Mapped[PlanStatus] = mapped_column(enum_type(PlanStatus, "plan_status"), default=PlanStatus.DRAFT)
    approved_on: Mapped[date | None]
    data_as_of: Mapped[date | None] = mapped_column(comment="ข้อมูล ณ วันที่")
    prepared_by: Mapped[str] = mapped_column(String(200), default="", comment="ผู้ออกรายงาน")

    office: Mapped[Office] = relationship()
    framework: Mapped[Framework] = relationship()
    items: Mapped[list[PlanItem]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlanItem.position"
    )


class PlanItem(Record, Timestamped, Base):
    __tablename__ = "plan_items"
    __table_args__ = (
        CheckConstraint("target_quantity IS NULL OR CAST(target_quantity AS REAL) >= 0", name="quantity"),
    )

    plan_id: Mapped[int] = parent_key("plans.id")
    position: Mapped[int] = mapped_column(default=0, comment="order in the plan")
    kind: Mapped[ItemKind] = mapped_column(enum_type(ItemKind, "item_kind"))
    name: Mapped[str] = mapped_column(Text)
    rationale: Mapped[str] = mapped_column(Text, default="", comment="หลักการและเหตุผล")
    target_group: Mapped[str] = mapped_column(Text, default="", comment="กลุ่มเป้าหมาย")
    target_unit: Mapped[str] = mapped_column(String(50), default="", comment="หน่วยนับ")
    target_quantity: Mapped[Decimal | None] = mapped_column(comment="ปริมาณงาน")
    responsible_unit_id: Mapped[int | None] = mapped_column(
        ForeignKey("office_units.id", ondelete="SET NULL"), index=True
    )
    responsible_text: Mapped[str] = mapped_column(
        Text, default="", comment="หน่วยงานรับผิดชอบ as printed when not one unit, e.g. ทุกส่วนราชการ"
    )
    duration_text: Mapped[str] = mapped_column(Text, default="", comment="ระยะเวลาดำเนินการ (free text)")
    remarks: Mapped[str] = mapped_column(Text, default="")
    needs_budget: Mapped[bool] = mapped_column(
        default=True, server_default=true(), comment="False = ไม่ใช้งบประมาณ (no budget is needed)"
    )
    catalog_seq: Mapped[int | None] = mapped_column(comment="NACC example it was copied from (1-62)")

    plan: Mapped[Plan] = relationship(back_populates="items")
    responsible_unit: Mapped[OfficeUnit | None] = relationship()
    framework_links: Mapped[list[PlanItemFramework]] = relationship(
        cascade="all, delete-orphan", order_by="PlanItemFramework.position"
    )
    objectives: Mapped[list[PlanItemObjective]] = relationship(
        cascade="all, delete-orphan", order_by="PlanItemObjective.position"
    )
    method_steps: Mapped[list[PlanItemMethodStep]] = relationship(
        cascade="all, delete-orphan", order_by="PlanItemMethodStep.position"
    )
    years: Mapped[list[PlanItemYear]] = relationship(
        back_populates="item", cascade="all, delete-orphan", order_by="PlanItemYear.fiscal_year"
    )
    indicators: Mapped[list[Indicator]] = relationship(
        back_populates="item", cascade="all, delete-orphan", order_by="Indicator.position"
    )


class PlanItemFramework(Base):
    """Which framework items (usually one x.y.z) an item serves; the first is the primary one."""

    __tablename__ = "plan_item_framework_items"

    plan_item_id: Mapped[int] = mapped_column(
        ForeignKey("plan_items.id", ondelete="CASCADE"), primary_key=True
    )
    framework_item_id: Mapped[int] = mapped_column(
        ForeignKey("framework_items.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(default=0)

    framework_item: Mapped[FrameworkItem] = relationship()


class _OrderedText(Record):
    position: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(Text)


class PlanItemObjective(_OrderedText, Base):
    __tablename__ = "plan_item_objectives"
    plan_item_id: Mapped[int] = parent_key("plan_items.id")


class PlanItemMethodStep(_OrderedText, Base):
    """A step of วิธีดำเนินการ; nested sub-steps stay inside the text after a newline."""

    __tablename__ = "plan_item_method_steps"
    plan_item_id: Mapped[int] = parent_key("plan_items.id")


class PlanItemYear(Record, Base):
    """What the plan says about one item in one fiscal year."""

    __tablename__ = "plan_item_years"
    __table_args__ = (
        UniqueConstraint("plan_item_id", "fiscal_year"),
        CheckConstraint(
            "planned_start IS NULL OR planned_end IS NULL OR planned_start <= planned_end",
            name="planned_order",
        ),
        CheckConstraint(
            "actual_start IS NULL OR actual_end IS NULL OR actual_start <= actual_end", name="actual_order"
        ),
        CheckConstraint("budget_own IS NULL OR budget_own >= 0", name="budget_own_positive"),
        CheckConstraint(
            "budget_integrated IS NULL OR budget_integrated >= 0", name="budget_integrated_positive"
        ),
        CheckConstraint("budget_other IS NULL OR budget_other >= 0", name="budget_other_positive"),
    )

    plan_item_id: Mapped[int] = parent_key("plan_items.id")
    fiscal_year: Mapped[int] = mapped_column(comment="ค.ศ.")
    included: Mapped[bool] = mapped_column(default=True)
    budget_own: Mapped[Decimal | None] = money_column("งบหน่วยงาน")
    budget_integrated: Mapped[Decimal | None] = money_column("งบบูรณาการ")
    budget_other: Mapped[Decimal | None] = money_column("งบอื่น ๆ")
    q1: Mapped[bool] = mapped_column(default=False)
    q2: Mapped[bool] = mapped_column(default=False)
    q3: Mapped[bool] = mapped_column(default=False)
    q4: Mapped[bool] = mapped_column(default=False)
    planned_start: Mapped[date | None]
    planned_end: Mapped[date | None]
    actual_start: Mapped[date | None]
    actual_end: Mapped[date | None]

    item: Mapped[PlanItem] = relationship(back_populates="years")

    @property
    def quarters(self) -> tuple[bool, bool, bool, bool]:
        return (self.q1, self.q2, self.q3, self.q4)


class Indicator(Record, Base):
    """ตัวชี้วัด: the statement as written plus its structured target."""

    __tablename__ = "indicators"

    plan_item_id: Mapped[int] = parent_key("plan_items.id")
    position: Mapped[int] = mapped_column(default=0)
    kind: Mapped[IndicatorKind] = mapped_column(enum_type(IndicatorKind, "indicator_kind"))
    statement: Mapped[str] = mapped_column(Text, comment="as written, always printed")
    comparison: Mapped[Comparison] = mapped_column(
        enum_type(Comparison, "comparison"), default=Comparison.QUALITATIVE
    )
    target_value: Mapped[Decimal | None]
    target_unit: Mapped[str] = mapped_column(String(50), default="", comment="ร้อยละ, ครั้ง, ช่องทาง …")
    period: Mapped[TargetPeriod | None] = mapped_column(enum_type(TargetPeriod, "target_period"))
    denominator_text: Mapped[str] = mapped_column(Text, default="", comment="ของจำนวนผู้เข้าร่วมโครงการ …")
    measurement_method: Mapped[str] = mapped_column(Text, default="", comment="วิธีการวัด")
    baseline_value: Mapped[Decimal | None]

    item: Mapped[PlanItem] = relationship(back_populates="indicators")
