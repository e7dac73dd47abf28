"""What reading division worksheets found: the changes item by item, and the refusals."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from decimal import Decimal

from db.errors import BadInput
from db.exchange.worksheets_layout import MONEY_KEYS
from db.models import NotPossibleReason, ProgressStatus
from db.services.rounds import FIELD_LABELS, ItemProgressDetail, ProgressDraft
from db.thai import apply_digits, format_money

MAX_SHOWN_PROBLEMS = 50


class WorksheetRefused(BadInput):
    """The batch was refused; ``problems`` lists every problem, each naming its file, row and column."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = tuple(problems)
        shown = list(self.problems[:MAX_SHOWN_PROBLEMS])
        if len(self.problems) > MAX_SHOWN_PROBLEMS:
            shown.append(f"… และปัญหาอื่นอีก {len(self.problems) - MAX_SHOWN_PROBLEMS} รายการ")
        head = (
            f"อ่านแบบรายงานไม่ได้ พบปัญหา {len(self.problems)} รายการ จึงไม่ได้นำข้อมูลใดเข้าเลย "
            "กรุณาแก้ไขในไฟล์แล้วอ่านอีกครั้ง:"
        )
        super().__init__("\n".join([head, *shown]))


class WorksheetStale(BadInput):
    """Items changed in the program after the worksheets were read: read them again before applying."""

    def __init__(self, labels: Sequence[str]) -> None:
        self.labels = tuple(labels)
        super().__init__(
            "\n".join(
                [
                    "ข้อมูลของรายการต่อไปนี้ถูกแก้ไขในโปรแกรมหลังจากอ่านแบบรายงาน จึงไม่ได้บันทึกข้อมูลใดเลย "
                    "กรุณาอ่านแบบรายงานอีกครั้งเพื่อดูการเปลี่ยนแปลงล่าสุด:",
                    *self.labels[:MAX_SHOWN_PROBLEMS],
                ]
            )
        )


@dataclass(frozen=True)
class FieldChange:
    #: the ProgressDraft field, or "indicator_results[0].actual_value" for an indicator's result
    field: str
    label: str
    old: str
    new: str


@dataclass(frozen=True)
class ItemChange:
    item_uuid: str
    #: "1.1.1 (2)" and the item's title, as on the worksheet
    number: str
    name: str
    #: where the new values were read: "ไฟล์ กองคลัง.xlsx, แถว 9"
    source: str
    current: ItemProgressDetail
    draft: ProgressDraft
    fields: tuple[FieldChange, ...]


@dataclass(frozen=True)
class WorksheetChanges:
    round_uuid: str
    #: changed items, in plan order
    items: tuple[ItemChange, ...]
    #: items found in the files whose values did not change
    unchanged: int = 0

    @property
    def is_empty(self) -> bool:
        return not self.items


def changed_fields(current: ProgressDraft, draft: ProgressDraft) -> tuple[FieldChange, ...]:
    """Each field whose value differs, with old and new as the clerk reads them (Thai labels)."""
    out = []
    for name in (f.name for f in fields(ProgressDraft) if f.name != "indicator_results"):
        old, new = getattr(current, name), getattr(draft, name)
        if old != new:
            out.append(FieldChange(name, FIELD_LABELS[name], _shown(name, old), _shown(name, new)))
    for index, (old_result, new_result) in enumerate(
        zip(current.indicator_results, draft.indicator_results, strict=True)
    ):
        for leaf in ("actual_value", "actual_text", "note"):
            old, new = getattr(old_result, leaf), getattr(new_result, leaf)
            if old != new:
                name = f"indicator_results[{index}].{leaf}"
                label = f"ตัวชี้วัดที่ {index + 1}: {FIELD_LABELS[leaf]}"
                out.append(FieldChange(name, label, _shown(leaf, old), _shown(leaf, new)))
    return tuple(out)


def _shown(name: str, value: object) -> str:
    if value is None or value == "":
        return "-"
    if isinstance(value, bool):
        return "ใช่" if value else "ไม่ใช่"
    if isinstance(value, (ProgressStatus, NotPossibleReason)):
        return value.label_th
    if name in MONEY_KEYS and isinstance(value, Decimal):
        return f"{format_money(value)} บาท"
    if isinstance(value, Decimal):
        return apply_digits(f"{value:f}", True)
    return str(value)
