"""The closed vocabularies as the UI shows them: the Thai label, translated when the UI is not Thai.

The Thai labels live in ``db`` (they are printed on the forms); they are repeated here so that
lupdate sees them. tests/desktop/test_translations.py checks that both stay the same.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from db.services.vocabulary import Comparison, IndicatorKind, ItemKind, OfficeKind, TargetPeriod

CONTEXT = "Vocabulary"

SOURCES = {
    ItemKind.PROJECT: QT_TRANSLATE_NOOP("Vocabulary", "โครงการ"),
    ItemKind.ACTIVITY: QT_TRANSLATE_NOOP("Vocabulary", "กิจกรรม"),
    ItemKind.MEASURE: QT_TRANSLATE_NOOP("Vocabulary", "มาตรการ"),
    ItemKind.GUIDELINE: QT_TRANSLATE_NOOP("Vocabulary", "แนวปฏิบัติ"),
    IndicatorKind.OUTPUT: QT_TRANSLATE_NOOP("Vocabulary", "ผลผลิต"),
    IndicatorKind.OUTCOME: QT_TRANSLATE_NOOP("Vocabulary", "ผลลัพธ์"),
    Comparison.AT_LEAST: QT_TRANSLATE_NOOP("Vocabulary", "ไม่น้อยกว่า"),
    Comparison.AT_MOST: QT_TRANSLATE_NOOP("Vocabulary", "ไม่เกิน"),
    Comparison.EQUAL: QT_TRANSLATE_NOOP("Vocabulary", "เท่ากับ"),
    Comparison.DECREASE_BY: QT_TRANSLATE_NOOP("Vocabulary", "ลดลง"),
    Comparison.DECREASE_BY_AT_LEAST: QT_TRANSLATE_NOOP("Vocabulary", "ลดลงไม่น้อยกว่า"),
    Comparison.INCREASE_BY: QT_TRANSLATE_NOOP("Vocabulary", "เพิ่มขึ้น"),
    Comparison.DIRECTION_DECREASE: QT_TRANSLATE_NOOP("Vocabulary", "ลดลง (ไม่ระบุค่า)"),
    Comparison.DIRECTION_INCREASE: QT_TRANSLATE_NOOP("Vocabulary", "เพิ่มขึ้น (ไม่ระบุค่า)"),
    Comparison.QUALITATIVE: QT_TRANSLATE_NOOP("Vocabulary", "เชิงคุณภาพ"),
    TargetPeriod.PER_YEAR: QT_TRANSLATE_NOOP("Vocabulary", "ต่อปี"),
    TargetPeriod.PER_QUARTER: QT_TRANSLATE_NOOP("Vocabulary", "ต่อไตรมาส"),
    TargetPeriod.PER_ROUND: QT_TRANSLATE_NOOP("Vocabulary", "ต่อรอบการรายงาน"),
    TargetPeriod.PLAN_PERIOD: QT_TRANSLATE_NOOP("Vocabulary", "ตลอดระยะเวลาแผน"),
    OfficeKind.SAO: QT_TRANSLATE_NOOP("Vocabulary", "องค์การบริหารส่วนตำบล"),
    OfficeKind.SUBDISTRICT_MUNICIPALITY: QT_TRANSLATE_NOOP("Vocabulary", "เทศบาลตำบล"),
    OfficeKind.TOWN_MUNICIPALITY: QT_TRANSLATE_NOOP("Vocabulary", "เทศบาลเมือง"),
    OfficeKind.CITY_MUNICIPALITY: QT_TRANSLATE_NOOP("Vocabulary", "เทศบาลนคร"),
    OfficeKind.PAO: QT_TRANSLATE_NOOP("Vocabulary", "องค์การบริหารส่วนจังหวัด"),
}


def ui_label(member: object) -> str:
    """The UI label of a vocabulary member (its Thai label in the Thai UI)."""
    return QCoreApplication.translate(CONTEXT, SOURCES[member])  # type: ignore[index]
