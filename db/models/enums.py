"""Closed vocabularies of the domain, each with the Thai text printed on the forms.

Values are stored as the short English code; the Thai label is for display only, so a
wording change never touches the data.
"""

from __future__ import annotations

import enum


class LabelledEnum(enum.StrEnum):
    """A string enum whose members also carry a Thai label."""

    label_th: str

    def __new__(cls, value: str, label_th: str) -> LabelledEnum:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label_th = label_th
        return member

    @classmethod
    def from_label(cls, text: str) -> LabelledEnum:
        wanted = "".join(text.split())
        for member in cls:
            if "".join(member.label_th.split()) == wanted:
                return member
        raise KeyError(text)


class OfficeKind(LabelledEnum):
    SAO = "sao", "องค์การบริหารส่วนตำบล"
    SUBDISTRICT_MUNICIPALITY = "subdistrict_municipality", "เทศบาลตำบล"
    TOWN_MUNICIPALITY = "town_municipality", "เทศบาลเมือง"
    CITY_MUNICIPALITY = "city_municipality", "เทศบาลนคร"
    PAO = "pao", "องค์การบริหารส่วนจังหวัด"

    @property
    def short_th(self) -> str:
        return _OFFICE_SHORT[self]


_OFFICE_SHORT = {
    OfficeKind.SAO: "อบต.",
    OfficeKind.SUBDISTRICT_MUNICIPALITY: "ทต.",
    OfficeKind.TOWN_MUNICIPALITY: "ทม.",
    OfficeKind.CITY_MUNICIPALITY: "ทน.",
    OfficeKind.PAO: "อบจ.",
}


class ItemKind(LabelledEnum):
    PROJECT = "project", "โครงการ"
    ACTIVITY = "activity", "กิจกรรม"
    MEASURE = "measure", "มาตรการ"
    GUIDELINE = "guideline", "แนวปฏิบัติ"


class PlanStatus(LabelledEnum):
    DRAFT = "draft", "ร่าง"
    APPROVED = "approved", "อนุมัติแล้ว"


class IndicatorKind(LabelledEnum):
    OUTPUT = "output", "ผลผลิต"
    OUTCOME = "outcome", "ผลลัพธ์"


class Comparison(LabelledEnum):
    AT_LEAST = "at_least", "ไม่น้อยกว่า"
    AT_MOST = "at_most", "ไม่เกิน"
    EQUAL = "equal", "เท่ากับ"
    DECREASE_BY = "decrease_by", "ลดลง"
    DECREASE_BY_AT_LEAST = "decrease_by_at_least", "ลดลงไม่น้อยกว่า"
    INCREASE_BY = "increase_by", "เพิ่มขึ้น"
    DIRECTION_DECREASE = "direction_decrease", "ลดลง (ไม่ระบุค่า)"
    DIRECTION_INCREASE = "direction_increase", "เพิ่มขึ้น (ไม่ระบุค่า)"
    QUALITATIVE = "qualitative", "เชิงคุณภาพ"


class TargetPeriod(LabelledEnum):
    PER_YEAR = "per_year", "ต่อปี"
    PER_QUARTER = "per_quarter", "ต่อไตรมาส"
    PER_ROUND = "per_round", "ต่อรอบการรายงาน"
    PLAN_PERIOD = "plan_period", "ตลอดระยะเวลาแผน"


class ProgressStatus(LabelledEnum):
    DONE = "done", "ดำเนินการแล้วเสร็จ"
    IN_PROGRESS = "in_progress", "อยู่ระหว่างดำเนินการ"
    IN_ORDINANCE = "in_ordinance", "บรรจุไว้ในข้อบัญญัติ/เทศบัญญัติ"
    NOT_POSSIBLE = "not_possible", "ไม่สามารถดำเนินการได้"


class NotPossibleReason(LabelledEnum):
    NO_BUDGET = "no_budget", "ไม่ได้รับงบประมาณ"
    POLICY_CHANGED = "policy_changed", "นโยบายผู้บริหารเปลี่ยนแปลง"
    STAFF_SHORTAGE = "staff_shortage", "บุคลากรไม่เพียงพอ"
    OTHER = "other", "อื่น ๆ"


class AuditAction(LabelledEnum):
    CREATE = "create", "เพิ่ม"
    UPDATE = "update", "แก้ไข"
    DELETE = "delete", "ลบ"
    LOCK = "lock", "ส่งรายงาน (ล็อก)"
    UNLOCK = "unlock", "ปลดล็อก"
    IMPORT = "import", "นำเข้า"
    RESTORE = "restore", "กู้คืนข้อมูล"
