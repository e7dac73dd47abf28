"""The layout that division worksheets are written in and read back by: sheets, columns, format marker.

A worksheet workbook has three sheets: the items of one responsible unit with the fields of the round
to fill, the results per indicator (one row per indicator, so items with many indicators need no extra
columns), and a very hidden sheet naming the format, the round, the plan and the office. Identity
columns (item, indicator and round UUIDs) are hidden and locked; the header cells of those columns are
how the reader finds the tables again.
"""

from __future__ import annotations

from dataclasses import dataclass

from db.models import NotPossibleReason, ProgressStatus
from db.services.rounds import FIELD_LABELS

FORMAT_NAME = "sujarit-worksheet"
FORMAT_VERSION = 1
FORMAT_MARKER = f"{FORMAT_NAME}/{FORMAT_VERSION}"

META_SHEET = "sujarit"
ITEM_SHEET = "แบบรายงานผล"
INDICATOR_SHEET = "ผลตามตัวชี้วัด"
NO_UNIT = "ไม่ระบุหน่วยงาน"

ITEM_ID = "sujarit:item"
ROUND_ID = "sujarit:round"
INDICATOR_ID = "sujarit:indicator"

TICK = "/"
STATUS_LABELS = tuple(status.label_th for status in ProgressStatus)
REASON_LABELS = tuple(reason.label_th for reason in NotPossibleReason)

#: meta sheet keys, one per row: key in column A, value in column B
META_KEYS = (
    "format",
    "round_uuid",
    "plan_uuid",
    "office_uuid",
    "office_name",
    "fiscal_year",
    "round_kind",
    "unit",
    "exported_at",
)


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    width: float
    #: a cell the clerk fills (unlocked, shaded)
    fill: bool = False
    hidden: bool = False


ITEM_COLUMNS = (
    Column("item_uuid", ITEM_ID, 38, hidden=True),
    Column("round_uuid", ROUND_ID, 38, hidden=True),
    Column("number", "ที่", 11),
    Column("name", "โครงการ/กิจกรรม/มาตรการ", 40),
    Column("indicators", "ตัวชี้วัด", 34),
    Column("status", FIELD_LABELS["status"], 20, fill=True),
    Column("not_possible_reason", FIELD_LABELS["not_possible_reason"], 20, fill=True),
    Column("not_possible_note", FIELD_LABELS["not_possible_note"], 20, fill=True),
    Column("actions_text", FIELD_LABELS["actions_text"], 36, fill=True),
    Column("results_text", FIELD_LABELS["results_text"], 36, fill=True),
    Column("amount_integrated", FIELD_LABELS["amount_integrated"], 14, fill=True),
    Column("amount_own", FIELD_LABELS["amount_own"], 14, fill=True),
    Column("amount_disbursed", FIELD_LABELS["amount_disbursed"], 14, fill=True),
    Column("track_conscience", f"แนวทาง: {FIELD_LABELS['track_conscience']}", 15, fill=True),
    Column("track_mechanism", f"แนวทาง: {FIELD_LABELS['track_mechanism']}", 15, fill=True),
    Column("track_efficiency", f"แนวทาง: {FIELD_LABELS['track_efficiency']}", 15, fill=True),
    Column("remarks", FIELD_LABELS["remarks"], 24, fill=True),
)

INDICATOR_COLUMNS = (
    Column("item_uuid", ITEM_ID, 38, hidden=True),
    Column("indicator_uuid", INDICATOR_ID, 38, hidden=True),
    Column("round_uuid", ROUND_ID, 38, hidden=True),
    Column("number", "ที่", 11),
    Column("name", "โครงการ/กิจกรรม/มาตรการ", 36),
    Column("position", "ตัวชี้วัดที่", 9),
    Column("kind", "ประเภท", 10),
    Column("statement", "ตัวชี้วัด", 46),
    Column("actual_value", "ผลตามตัวชี้วัด (ตัวเลข)", 16, fill=True),
    Column("actual_text", "ผลตามตัวชี้วัด (ข้อความ)", 36, fill=True),
    Column("note", FIELD_LABELS["note"], 24, fill=True),
)

MONEY_KEYS = ("amount_integrated", "amount_own", "amount_disbursed")
TRACK_KEYS = ("track_conscience", "track_mechanism", "track_efficiency")
TEXT_KEYS = ("not_possible_note", "actions_text", "results_text", "remarks")
INDICATOR_TEXT_KEYS = ("actual_text", "note")
