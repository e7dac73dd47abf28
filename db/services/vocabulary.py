"""The closed vocabularies the GUI shows (with their Thai labels), without exposing the ORM models."""

from db.models.enums import (
    AuditAction,
    Comparison,
    IndicatorKind,
    ItemKind,
    NotPossibleReason,
    OfficeKind,
    PlanStatus,
    ProgressStatus,
    TargetPeriod,
)
from db.thai.fiscal import RoundKind

__all__ = [
    "AuditAction",
    "Comparison",
    "IndicatorKind",
    "ItemKind",
    "NotPossibleReason",
    "OfficeKind",
    "PlanStatus",
    "ProgressStatus",
    "RoundKind",
    "TargetPeriod",
]
