"""Reading single cells and header titles of the plan table."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from db.exchange import infer_item_kind
from db.exchange.plan_xlsx import looks_like_unit
from db.exchange.plan_xlsx_read import classify_title
from db.exchange.plan_xlsx_rows import (
    CellError,
    parse_budget,
    parse_code,
    parse_dimension,
    parse_quantity,
    parse_row_number,
    parse_tick,
)
from db.models import ItemKind


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ('มาตรการ "ส่งเสริมการปฏิบัติงานตามประมวลจริยธรรม"', ItemKind.MEASURE),
        ("กิจกรรม “ การจัดทำ ข้อตกลงการปฏิบัติราชการ ”", ItemKind.ACTIVITY),
        ("ก ิ จ ก ร ร ม ต ี ด ต ำ ม ประเมินผลการควบคุม ภายใน", ItemKind.ACTIVITY),
        ("“โครงการ” อบรม", ItemKind.PROJECT),
        ("  'แนวปฏิบัติ' การรับของขวัญ", ItemKind.GUIDELINE),
        ("จัดทำคู่มือ", ItemKind.PROJECT),
        ("", ItemKind.PROJECT),
    ],
)
def test_infer_item_kind(name: str, kind: ItemKind) -> None:
    assert infer_item_kind(name) is kind


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("ที่", "no"),
        ("ลำดับ", "no"),
        ("ลำดับที่", "no"),
        ("แผนงาน/โครงการ/ กิจกรรม", "name"),
        ("โครงการ/กิจกรรม", "name"),
        ("ชื่อโครงการ", "name"),
        ("หน่วยนับ", "unit"),
        ("ปริมาณงาน", "quantity"),
        ("งบประมาณ", "budget"),
        ("งบประมาณ (บาท)", "budget"),
        ("งบประมาณ ปี พ.ศ. ๒๕๖๖ (บาท)", "budget"),
        ("มิติ", "dimension"),
        ("มิติที่", "dimension"),
        ("ตัวชี้วัด", "indicators"),
        ("ผลลัพธ์", "outcome"),
        ("ผลลัพธ์ที่คาดว่า จะได้รับ", "outcome"),
        ("ไตรมาส 1", "q1"),
        ("ไตรมาส ๒", "q2"),
        ("ไตรมาสที่ 3", "q3"),
        ("ไตรมาส\nที่ ๔", "q4"),
        ("หน่วยงาน รับผิดชอบ", "responsible"),
        ("หน่วยงานที่รับผิดชอบ", "responsible"),
        ("ผู้รับผิดชอบ", "responsible"),
        ("รหัส", "code"),
        ("เป้าหมายที่ ดำเนินงาน", "target_group"),
        ("ระยะเวลาดำเนินการ", "period"),
        ("ไตรมาส 5", None),
        ("มาตรการส่งเสริมคุณธรรม", None),
        ("ตัวชี้วัดความสำเร็จของโครงการ", None),
        ("ผลลัพธ์ ประชาชนพึงพอใจ", None),
        ("", None),
        (None, None),
        (12, None),
    ],
)
def test_classify_title(title: object, key: str | None) -> None:
    assert classify_title(title) == key


@pytest.mark.parametrize("mark", ["/", "✓", "✔", "√", " / ", "\u00a0✓\u00a0"])
def test_ticks(mark: str) -> None:
    assert parse_tick(mark) is True


@pytest.mark.parametrize("blank", [None, "", "   "])
def test_blank_quarter(blank: object) -> None:
    assert parse_tick(blank) is False


@pytest.mark.parametrize("bad", ["x", "X", "1", 1, 1.0, True, False, "//", "ใช่", "-"])
def test_anything_else_in_a_quarter_is_an_error(bad: object) -> None:
    with pytest.raises(CellError, match="ไม่ถูกต้อง ใช้"):
        parse_tick(bad)


@pytest.mark.parametrize(
    ("value", "amount"),
    [
        (None, None),
        ("", None),
        ("-", None),
        ("–", None),
        ("ไม่ใช้งบประมาณ", None),
        ("65,000", Decimal("65000")),
        ("๖๕,๐๐๐.๕๐", Decimal("65000.50")),
        ("15,000.-", Decimal("15000")),
        (65000, Decimal("65000.00")),
        (65000.5, Decimal("65000.50")),
        (0.1 + 0.2, Decimal("0.30")),
        (Decimal("12.5"), Decimal("12.50")),
    ],
)
def test_budget(value: object, amount: Decimal | None) -> None:
    assert parse_budget(value) == amount


@pytest.mark.parametrize(
    "bad", ["-1", -1, "abc", "1,00", 1.005, "12.345", True, dt.date(2023, 1, 1), 1e13, "9" * 20]
)
def test_bad_budget(bad: object) -> None:
    with pytest.raises(CellError):
        parse_budget(bad)


@pytest.mark.parametrize(
    ("value", "quantity"),
    [
        (None, None),
        ("-", None),
        ("36", Decimal(36)),
        ("๑,๒๐๐", Decimal(1200)),
        (36.0, Decimal(36)),
        (2.5, Decimal("2.5")),
        ("0.75", Decimal("0.75")),
        (0, Decimal(0)),
    ],
)
def test_quantity(value: object, quantity: Decimal | None) -> None:
    assert parse_quantity(value) == quantity


@pytest.mark.parametrize("bad", ["36 คน", "-3", -3, "สามสิบ", True, dt.datetime(2023, 1, 1)])
def test_bad_quantity(bad: object) -> None:
    with pytest.raises(CellError):
        parse_quantity(bad)


@pytest.mark.parametrize(
    ("value", "dimension"),
    [
        (2, 2),
        (2.0, 2),
        ("2", 2),
        ("๒", 2),
        ("มิติที่ 2", 2),
        ("มิติ ๓", 3),
        ("4.", 4),
        ("5", 5),
        (None, None),
        ("", None),
    ],
)
def test_dimension(value: object, dimension: int | None) -> None:
    assert parse_dimension(value) == dimension


@pytest.mark.parametrize("bad", ["สอง", "2.1", 2.5, "มิติ", True])
def test_bad_dimension(bad: object) -> None:
    with pytest.raises(CellError):
        parse_dimension(bad)


@pytest.mark.parametrize("value", [None, "", "1.", "๑", "19.", 3, 3.0, "2)"])
def test_row_numbers(value: object) -> None:
    parse_row_number(value)


@pytest.mark.parametrize("bad", ["ก.", "1.1.", 1.5, "หนึ่ง"])
def test_bad_row_numbers(bad: object) -> None:
    with pytest.raises(CellError):
        parse_row_number(bad)


@pytest.mark.parametrize(
    ("value", "code"), [("2.2.1", "2.2.1"), ("๒.๒.๑", "2.2.1"), (" 3.2 ", "3.2"), (None, None)]
)
def test_code(value: object, code: str | None) -> None:
    assert parse_code(value) == code


@pytest.mark.parametrize("bad", ["2..1", "ข้อ 2.1", "2.1.", "a"])
def test_bad_code(bad: object) -> None:
    with pytest.raises(CellError):
        parse_code(bad)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("สำนักปลัด", True),
        ("ตรวจสอบ ภายใน", True),
        ("ทุกส่วน ราชการ", False),
        ("ทุกกอง", False),
        ("สำนักปลัด/กองคลัง", False),
        ("กองคลัง, กองช่าง", False),
        ("", False),
        ("   ", False),
    ],
)
def test_looks_like_unit(text: str, unit: bool) -> None:
    assert looks_like_unit(text) is unit
