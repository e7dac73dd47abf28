"""All mapped classes; importing this package registers every table on ``Base.metadata``."""

from db.models.audit import AuditEntry, WorkspaceSetting
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
from db.models.exchange import ExpectedOffice, ImportedBundle
from db.models.framework import Framework, FrameworkItem
from db.models.ita import ItaAction, ItaMeasure, ItaReference, ItaReport, ItaResultBlock
from db.models.office import Office, OfficeUnit
from db.models.plan import (
    Indicator,
    Plan,
    PlanItem,
    PlanItemFramework,
    PlanItemMethodStep,
    PlanItemObjective,
    PlanItemYear,
)
from db.models.progress import EvidenceFile, IndicatorResult, ItemProgress, Round

__all__ = [
    "AuditAction",
    "AuditEntry",
    "Comparison",
    "EvidenceFile",
    "ExpectedOffice",
    "Framework",
    "FrameworkItem",
    "ImportedBundle",
    "Indicator",
    "IndicatorKind",
    "IndicatorResult",
    "ItaAction",
    "ItaMeasure",
    "ItaReference",
    "ItaReport",
    "ItaResultBlock",
    "ItemKind",
    "ItemProgress",
    "NotPossibleReason",
    "Office",
    "OfficeKind",
    "OfficeUnit",
    "Plan",
    "PlanItem",
    "PlanItemFramework",
    "PlanItemMethodStep",
    "PlanItemObjective",
    "PlanItemYear",
    "PlanStatus",
    "ProgressStatus",
    "Round",
    "TargetPeriod",
    "WorkspaceSetting",
]
