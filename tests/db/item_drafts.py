"""A complete plan item used by several db tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from db.models import Comparison, IndicatorKind, ItemKind
from db.services.items import IndicatorDraft, ItemDraft, YearDraft

DRAFT = ItemDraft(
    kind=ItemKind.MEASURE,
    name="มาตรการ NO Gift Policy",
    framework_codes=("2.2.2",),
    objectives=("เพื่อป้องกันการรับของขวัญ", "เพื่อสร้างวัฒนธรรมองค์กร"),
    method_steps=("ประกาศนโยบาย", "เผยแพร่ประกาศ"),
    target_unit="คน",
    target_quantity=Decimal("36"),
    responsible="สำนัก ปลัด",
    years=(
        YearDraft(
            2023,
            budget_own=Decimal("5000.00"),
            quarters=(True, True, False, False),
            planned_start=date(2022, 10, 1),
            planned_end=date(2023, 3, 31),
        ),
        YearDraft(2024, budget_integrated=Decimal("1200.50"), budget_other=Decimal("100.00")),
    ),
    indicators=(
        IndicatorDraft(IndicatorKind.OUTPUT, "มีประกาศนโยบาย 1 ฉบับ", Comparison.EQUAL, Decimal("1"), "ฉบับ"),
        IndicatorDraft(IndicatorKind.OUTCOME, "ข้อร้องเรียนลดลง", Comparison.DIRECTION_DECREASE),
    ),
)
