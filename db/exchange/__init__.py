"""Files exchanged with other programs: the one-year plan table as an Excel workbook."""

from __future__ import annotations

from db.exchange.plan_xlsx import (
    ImportResult,
    PlanImportRefused,
    export_plan_xlsx,
    import_plan_xlsx,
    infer_item_kind,
)

__all__ = ["ImportResult", "PlanImportRefused", "export_plan_xlsx", "import_plan_xlsx", "infer_item_kind"]
