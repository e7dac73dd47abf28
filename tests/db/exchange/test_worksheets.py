"""Division worksheets of a round: one workbook per unit, filled in Excel, read back as a preview and
applied in one transaction; anything wrong refuses the whole batch, naming file, row and column."""

from __future__ import annotations

import io
import re
import shutil
import tempfile
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from db.errors import BadInput
from db.exchange.worksheets import (
    WorksheetChanges,
    WorksheetRefused,
    WorksheetStale,
    apply_worksheet_changes,
    export_worksheets,
    read_worksheets,
)
from db.models import NotPossibleReason, ProgressStatus
from db.services.demo import create_demo
from db.services.items import get_item, replace_item
from db.services.rounds import (
    ProgressDraft,
    RoundInfo,
    RoundLocked,
    get_progress,
    get_round,
    open_round,
    record_progress,
    round_changes,
    round_progress,
    submit_round,
    unlock_round,
)
from db.services.workspace import open_workspace
from db.session import Database
from db.thai.fiscal import RoundKind
from tests.db.exchange.xlsx_helpers import dump_database

YEAR = 2024  # ปีงบประมาณ พ.ศ. ๒๕๖๗
AS_OF = date(2024, 4, 5)
ITEMS, INDICATORS = "แบบรายงานผล", "ผลตามตัวชี้วัด"
KLANG = "รายงานผล ปี 2567 รอบ 6 เดือน - กองคลัง.xlsx"


# ---------------------------------------------------------------------------- helpers


@dataclass(frozen=True)
class Round:
    database: Database
    info: RoundInfo
    plan_uuid: str

    @property
    def uuid(self) -> str:
        return self.info.uuid


@dataclass(frozen=True)
class Template:
    database: Path
    round_uuid: str
    plan_uuid: str
    #: the exported workbooks, in export order
    files: tuple[Path, ...]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    """The demo office with its 6-month round of 2567 and the round's workbooks, copied for every test."""
    folder = tmp_path_factory.mktemp("worksheets")
    database = open_workspace(folder / "template.sqlite")
    demo = create_demo(database)
    info = open_round(database, plan_uuid=demo.plan.uuid, fiscal_year=YEAR, kind=RoundKind.SIX_MONTH)
    paths = export_worksheets(database, round_uuid=info.uuid, folder=folder / "out", as_of=AS_OF)
    database.dispose()
    return Template(folder / "template.sqlite", info.uuid, demo.plan.uuid, paths)


@pytest.fixture
def six(template: Template, tmp_path: Path) -> Iterator[Round]:
    path = tmp_path / "sujarit.sqlite"
    shutil.copyfile(template.database, path)
    database = open_workspace(path)
    yield Round(database, get_round(database, template.round_uuid), template.plan_uuid)
    database.dispose()


@pytest.fixture
def files(template: Template, tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "out"
    folder.mkdir()
    for path in template.files:
        shutil.copyfile(path, folder / path.name)
    return {path.name: folder / path.name for path in template.files}


def header_row(sheet: Worksheet) -> int:
    return next(row[0].row for row in sheet.iter_rows() if row[0].value == "sujarit:item")


def columns(sheet: Worksheet) -> dict[str, int]:
    """Header title -> column number, as a clerk reads them."""
    row = header_row(sheet)
    return {str(cell.value): cell.column for cell in sheet[row] if cell.value is not None}


def rows_of(sheet: Worksheet) -> dict[str, list[int]]:
    """Item UUID (hidden column A) -> its rows."""
    found: dict[str, list[int]] = {}
    for row in sheet.iter_rows(min_row=header_row(sheet) + 1):
        if row[0].value:
            found.setdefault(str(row[0].value), []).append(row[0].row)
    return found


def fill(path: Path, item_uuid: str, values: dict[str, Any], *, indicator: int | None = None) -> int:
    """Type ``values`` (header title -> value) into the item's row; the row number."""
    workbook = openpyxl.load_workbook(path)
    sheet = workbook[INDICATORS if indicator else ITEMS]
    row = rows_of(sheet)[item_uuid][(indicator or 1) - 1]
    titles = columns(sheet)
    for title, value in values.items():
        sheet.cell(row=row, column=titles[title]).value = value
    workbook.save(path)
    return row


def file_of(files: dict[str, Path], item_uuid: str) -> Path:
    for path in files.values():
        if item_uuid in rows_of(openpyxl.load_workbook(path, read_only=False)[ITEMS]):
            return path
    raise AssertionError(item_uuid)


def pick(
    six: Round, files: dict[str, Path], *, budget: bool = False, indicators: int = 0
) -> tuple[str, Path]:
    """An item of the กองคลัง workbook (with a งบหน่วยงาน of at least 20,000 baht if ``budget``)."""
    klang = rows_of(openpyxl.load_workbook(files[KLANG])[ITEMS])
    for progress in round_progress(six.database, six.uuid):
        if progress.item_uuid not in klang or len(progress.indicator_results) < indicators:
            continue
        if not budget or (progress.amount_own or 0) >= 20000:
            return progress.item_uuid, files[KLANG]
    raise AssertionError("no such item in the demo")


def refused(six: Round, sources: list[Path | bytes]) -> str:
    before = dump_database(six.database)
    with pytest.raises(WorksheetRefused) as caught:
        read_worksheets(six.database, round_uuid=six.uuid, files=sources)
    assert dump_database(six.database) == before
    return caught.value.message_th


# ---------------------------------------------------------------------------- export


def test_one_workbook_per_unit_lists_every_item_exactly_once(six: Round, files: dict[str, Path]) -> None:
    assert list(files)[:6] == [
        f"รายงานผล ปี 2567 รอบ 6 เดือน - {unit}.xlsx"
        for unit in (
            "สำนักปลัด",
            "กองคลัง",
            "กองช่าง",
            "กองการศึกษา",
            "กองสาธารณสุขและสิ่งแวดล้อม",
            "หน่วยตรวจสอบภายใน",
        )
    ]
    assert "รายงานผล ปี 2567 รอบ 6 เดือน - ทุกสำนัก-กอง ของเทศบาลตำบลสุจริตพัฒนา.xlsx" in files
    seen: Counter[str] = Counter()
    for path in files.values():
        seen.update(rows_of(openpyxl.load_workbook(path)[ITEMS]).keys())
    assert seen == Counter(p.item_uuid for p in round_progress(six.database, six.uuid))


def test_a_workbook_reads_well_and_only_the_fill_in_cells_are_open(
    six: Round, files: dict[str, Path]
) -> None:
    workbook = openpyxl.load_workbook(files[KLANG])
    assert [(s.title, s.sheet_state) for s in workbook.worksheets] == [
        (ITEMS, "visible"),
        (INDICATORS, "visible"),
        ("sujarit", "veryHidden"),
    ]
    assert workbook.security is not None and workbook.security.lockStructure
    sheet = workbook[ITEMS]
    lines = [sheet.cell(row=n, column=3).value for n in range(1, 7)]
    assert lines[:5] == [
        "แบบรายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต",
        "เทศบาลตำบลสุจริตพัฒนา อำเภอเมืองตัวอย่าง จังหวัดตัวอย่าง",
        "ปีงบประมาณ พ.ศ. ๒๕๖๗ รอบ ๖ เดือน (๑ ตุลาคม พ.ศ. ๒๕๖๖ – ๓๑ มีนาคม พ.ศ. ๒๕๖๗)",
        "หน่วยงานที่รับผิดชอบ กองคลัง",
        "ข้อมูล ณ วันที่ ๕ เมษายน ๒๕๖๗",
    ]
    assert "ดำเนินการแล้วเสร็จ" in lines[5] and "เลขไทย" in lines[5] and "จุลภาค" in lines[5]
    titles = columns(sheet)
    assert list(titles)[2:] == [
        "ที่",
        "โครงการ/กิจกรรม/มาตรการ",
        "ตัวชี้วัด",
        "สถานะ",
        "เหตุผลที่ไม่สามารถดำเนินการได้",
        "เหตุผลอื่น ๆ",
        "การดำเนินการ",
        "ผลการดำเนินการ",
        "งบบูรณาการ",
        "งบหน่วยงาน",
        "ผลเบิกจ่าย",
        "แนวทาง: สร้างจิตสำนึกและปลูกฝังความซื่อสัตย์สุจริต",
        "แนวทาง: สร้างกลไกการป้องกันการทุจริต",
        "แนวทาง: สร้างประสิทธิภาพในการป้องกันการทุจริต",
        "หมายเหตุ",
    ]
    assert sheet.column_dimensions["A"].hidden and sheet.column_dimensions["B"].hidden
    assert sheet.protection.sheet
    first = header_row(sheet) + 1
    assert re.fullmatch(r"[0-9.]+ \([0-9]+\)", str(sheet.cell(row=first, column=3).value))
    opened = {cell.column for cell in sheet[first] if not cell.protection.locked}
    assert opened == {titles[t] for t in list(titles)[5:]}
    assert all(cell.font.name == "Sarabun" for cell in sheet[first])
    lists = {str(v.sqref).split(":")[0][0]: v.formula1 for v in sheet.data_validations.dataValidation}
    assert lists["F"] == '"' + ",".join(s.label_th for s in ProgressStatus) + '"'
    assert lists["G"] == '"' + ",".join(r.label_th for r in NotPossibleReason) + '"'
    assert lists["N"] == lists["O"] == lists["P"] == '"/"'
    assert sheet.page_setup.orientation == "landscape" and int(sheet.page_setup.paperSize) == 9
    assert sheet.print_title_rows == f"${first - 1}:${first - 1}"
    indicators = workbook[INDICATORS]
    assert list(columns(indicators))[3:] == [
        "ที่",
        "โครงการ/กิจกรรม/มาตรการ",
        "ตัวชี้วัดที่",
        "ประเภท",
        "ตัวชี้วัด",
        "ผลตามตัวชี้วัด (ตัวเลข)",
        "ผลตามตัวชี้วัด (ข้อความ)",
        "หมายเหตุตัวชี้วัด",
    ]
    assert indicators.protection.sheet


def test_current_values_are_pre_filled(six: Round, files: dict[str, Path]) -> None:
    item_uuid, path = pick(six, files, budget=True)
    record_progress(
        six.database,
        round_uuid=six.uuid,
        item_uuid=item_uuid,
        draft=ProgressDraft(
            status=ProgressStatus.NOT_POSSIBLE,
            not_possible_reason=NotPossibleReason.OTHER,
            not_possible_note="รอระเบียบใหม่",
            amount_own=Decimal("20000.50"),
            track_mechanism=True,
        ),
    )
    [fresh] = [
        p
        for p in export_worksheets(six.database, round_uuid=six.uuid, folder=path.parent)
        if p.name == path.name
    ]
    sheet = openpyxl.load_workbook(fresh)[ITEMS]
    row = rows_of(sheet)[item_uuid][0]
    titles = columns(sheet)
    assert sheet.cell(row=row, column=titles["สถานะ"]).value == "ไม่สามารถดำเนินการได้"
    assert sheet.cell(row=row, column=titles["เหตุผลที่ไม่สามารถดำเนินการได้"]).value == "อื่น ๆ"
    assert sheet.cell(row=row, column=titles["เหตุผลอื่น ๆ"]).value == "รอระเบียบใหม่"
    assert sheet.cell(row=row, column=titles["งบหน่วยงาน"]).value == pytest.approx(20000.5)
    assert sheet.cell(row=row, column=titles["แนวทาง: สร้างกลไกการป้องกันการทุจริต"]).value == "/"


def test_units_without_a_name_or_with_unsafe_names_get_safe_file_names(six: Round, tmp_path: Path) -> None:
    progress = round_progress(six.database, six.uuid)
    long_unit = 'กองทดสอบ: "พิเศษ" <ชั่วคราว> | ' * 6
    for item_uuid, responsible in ((progress[0].item_uuid, ""), (progress[1].item_uuid, long_unit)):
        draft = get_item(six.database, item_uuid).as_draft()
        replace_item(six.database, item_uuid=item_uuid, draft=replace(draft, responsible=responsible))
    paths = export_worksheets(six.database, round_uuid=six.uuid, folder=tmp_path / "new" / "folder")
    names = [p.name for p in paths]
    assert names[-1] == "รายงานผล ปี 2567 รอบ 6 เดือน - ไม่ระบุหน่วยงาน.xlsx"
    assert openpyxl.load_workbook(paths[-1])[ITEMS]["C4"].value == "หน่วยงานที่รับผิดชอบ ไม่ระบุหน่วยงาน"
    for name in names:
        assert not set('\\/:*?"<>|') & set(name)
        assert len(name.encode()) <= 200 and name.endswith(".xlsx") and not name.endswith(" .xlsx")
    assert any(name.startswith("รายงานผล ปี 2567 รอบ 6 เดือน - กองทดสอบ- -พิเศษ-") for name in names)


# ---------------------------------------------------------------------------- read and apply


def test_an_unchanged_export_reads_back_as_no_change(six: Round, files: dict[str, Path]) -> None:
    before = dump_database(six.database)
    changes = read_worksheets(six.database, round_uuid=six.uuid, files=list(files.values()))
    assert changes.is_empty and changes.items == ()
    assert changes.unchanged == len(round_progress(six.database, six.uuid))
    assert apply_worksheet_changes(six.database, round_uuid=six.uuid, changes=changes) == 0
    assert dump_database(six.database) == before


def test_filled_cells_are_previewed_exactly_then_applied(six: Round, files: dict[str, Path]) -> None:
    done, path = pick(six, files, budget=True, indicators=2)
    others = [p.item_uuid for p in round_progress(six.database, six.uuid)]
    stopped = next(u for u in others if file_of(files, u).name == "รายงานผล ปี 2567 รอบ 6 เดือน - กองช่าง.xlsx")
    fill(
        path,
        done,
        {
            "สถานะ": "ดำเนินการแล้วเสร็จ",
            "การดำเนินการ": "  จัดอบรม ๒ ครั้ง\nมีผู้เข้าร่วม ๔๐ คน  ",
            "ผลเบิกจ่าย": "๑๒,๕๐๐.๕๐",
            "แนวทาง: สร้างจิตสำนึกและปลูกฝังความซื่อสัตย์สุจริต": "/",
        },
    )
    indicator_row = fill(
        path, done, {"ผลตามตัวชี้วัด (ตัวเลข)": "๘๕", "ผลตามตัวชี้วัด (ข้อความ)": "ร้อยละ ๘๕"}, indicator=2
    )
    assert indicator_row > 0
    fill(
        file_of(files, stopped),
        stopped,
        {"สถานะ": "ไม่สามารถดำเนินการได้", "เหตุผลที่ไม่สามารถดำเนินการได้": "อื่นๆ", "เหตุผลอื่น ๆ": "น้ำท่วม"},
    )
    before = dump_database(six.database)
    changes = read_worksheets(six.database, round_uuid=six.uuid, files=list(files.values()))
    assert dump_database(six.database) == before  # reading writes nothing
    order = [p.item_uuid for p in round_progress(six.database, six.uuid)]
    assert [c.item_uuid for c in changes.items] == sorted([done, stopped], key=order.index)
    by_item = {c.item_uuid: {f.field: (f.label, f.old, f.new) for f in c.fields} for c in changes.items}
    assert by_item[done] == {
        "status": ("สถานะ", "-", "ดำเนินการแล้วเสร็จ"),
        "actions_text": ("การดำเนินการ", "-", "จัดอบรม ๒ ครั้ง\nมีผู้เข้าร่วม ๔๐ คน"),
        "amount_disbursed": ("ผลเบิกจ่าย", "-", "๑๒,๕๐๐.๕๐ บาท"),
        "track_conscience": ("สร้างจิตสำนึกและปลูกฝังความซื่อสัตย์สุจริต", "ไม่ใช่", "ใช่"),
        "indicator_results[1].actual_value": ("ตัวชี้วัดที่ 2: ผลตามตัวชี้วัด", "-", "๘๕"),
        "indicator_results[1].actual_text": ("ตัวชี้วัดที่ 2: ผลตามตัวชี้วัด (ข้อความ)", "-", "ร้อยละ ๘๕"),
    }
    assert by_item[stopped] == {
        "status": ("สถานะ", "-", "ไม่สามารถดำเนินการได้"),
        "not_possible_reason": ("เหตุผลที่ไม่สามารถดำเนินการได้", "-", "อื่น ๆ"),
        "not_possible_note": ("เหตุผลอื่น ๆ", "-", "น้ำท่วม"),
    }
    first = changes.items[[c.item_uuid for c in changes.items].index(done)]
    assert first.source.startswith(f"ไฟล์ {path.name}, แถว ")
    assert re.fullmatch(r"[0-9.]+ \([0-9]+\)", first.number) and first.name

    assert apply_worksheet_changes(six.database, round_uuid=six.uuid, changes=changes, clerk="สุดา") == 2
    saved = get_progress(six.database, round_uuid=six.uuid, item_uuid=done)
    assert saved.reported and saved.status is ProgressStatus.DONE
    assert saved.amount_disbursed == Decimal("12500.50") and isinstance(saved.amount_disbursed, Decimal)
    assert saved.actions_text == "จัดอบรม ๒ ครั้ง\nมีผู้เข้าร่วม ๔๐ คน" and saved.track_conscience
    assert saved.indicator_results[1].actual_value == Decimal(85)
    assert saved.indicator_results[1].actual_text == "ร้อยละ ๘๕"
    assert saved.amount_own == first.current.amount_own  # the plan's budget, kept as it was
    stopped_now = get_progress(six.database, round_uuid=six.uuid, item_uuid=stopped)
    assert (
        stopped_now.not_possible_reason is NotPossibleReason.OTHER
        and stopped_now.not_possible_note == "น้ำท่วม"
    )
    again = read_worksheets(six.database, round_uuid=six.uuid, files=list(files.values()))
    assert again.is_empty


def test_money_typed_as_numbers_and_the_same_file_twice(six: Round, files: dict[str, Path]) -> None:
    item_uuid, path = pick(six, files, budget=True)
    fill(path, item_uuid, {"ผลเบิกจ่าย": 15000.25, "งบบูรณาการ": "-", "แนวทาง: สร้างกลไกการป้องกันการทุจริต": "✓"})
    changes = read_worksheets(six.database, round_uuid=six.uuid, files=[path, path.read_bytes()])
    [change] = changes.items
    assert change.draft.amount_disbursed == Decimal("15000.25") and change.draft.track_mechanism


def test_changes_after_an_unlock_are_in_the_audit_trail(six: Round, files: dict[str, Path]) -> None:
    item_uuid, path = pick(six, files)
    submit_round(six.database, round_uuid=six.uuid, clerk="สุดา")
    unlock_round(six.database, round_uuid=six.uuid, reason="แก้ผลเบิกจ่ายตามงบการเงิน", clerk="สมชาย")
    fill(path, item_uuid, {"สถานะ": "อยู่ระหว่างดำเนินการ"})
    changes = read_worksheets(six.database, round_uuid=six.uuid, files=[path])
    apply_worksheet_changes(six.database, round_uuid=six.uuid, changes=changes, clerk="มานี")
    trail = [c for c in round_changes(six.database, six.uuid) if c.field == "สถานะ"]
    assert [(c.clerk_name, c.old_value, c.new_value, c.reason) for c in trail] == [
        ("มานี", None, "อยู่ระหว่างดำเนินการ", "แก้ผลเบิกจ่ายตามงบการเงิน")
    ]


# ---------------------------------------------------------------------------- refusals


@pytest.mark.parametrize(
    ("values", "column", "expected"),
    [
        ({"งบหน่วยงาน": "12,34"}, "งบหน่วยงาน (L)", "อ่านจำนวนเงิน “12,34” ไม่ได้"),
        ({"ผลเบิกจ่าย": "-500"}, "ผลเบิกจ่าย (M)", "ติดลบ"),
        ({"ผลเบิกจ่าย": "100.505"}, "ผลเบิกจ่าย (M)", "ทศนิยมเกิน"),
        ({"สถานะ": "เสร็จแล้ว"}, "สถานะ (F)", 'สถานะ "เสร็จแล้ว" ไม่ถูกต้อง เลือกได้: "ดำเนินการแล้วเสร็จ"'),
        ({"สถานะ": True}, "สถานะ (F)", "ไม่ถูกต้อง"),
        (
            {"สถานะ": "ไม่สามารถดำเนินการได้"},
            "เหตุผลที่ไม่สามารถดำเนินการได้ (G)",
            "กรุณาเลือกเหตุผลที่ไม่สามารถดำเนินการได้",
        ),
        (
            {"สถานะ": "ไม่สามารถดำเนินการได้", "เหตุผลที่ไม่สามารถดำเนินการได้": "อื่น ๆ"},
            "เหตุผลอื่น ๆ (H)",
            'กรุณาระบุเหตุผล "อื่น ๆ"',
        ),
        (
            {"สถานะ": "ดำเนินการแล้วเสร็จ", "เหตุผลที่ไม่สามารถดำเนินการได้": "บุคลากรไม่เพียงพอ"},
            "เหตุผลที่ไม่สามารถดำเนินการได้ (G)",
            'ระบุเหตุผลได้เฉพาะรายการที่มีสถานะ "ไม่สามารถดำเนินการได้"',
        ),
        ({"งบหน่วยงาน": 1000, "งบบูรณาการ": None, "ผลเบิกจ่าย": "๒,๐๐๐"}, "ผลเบิกจ่าย (M)", "มากกว่างบประมาณ"),
        ({"แนวทาง: สร้างกลไกการป้องกันการทุจริต": "x"}, "แนวทาง: สร้างกลไกการป้องกันการทุจริต (O)", "เครื่องหมาย"),
        ({"ผลเบิกจ่าย": "=L9*2"}, "ผลเบิกจ่าย (M)", "สูตรที่ยังไม่ได้คำนวณ"),
    ],
    ids=[
        "money",
        "negative",
        "satang",
        "status",
        "status-bool",
        "reason-missing",
        "other-note",
        "reason-not-allowed",
        "over-budget",
        "tick",
        "formula",
    ],
)
def test_bad_cells_are_refused_naming_file_row_and_column(
    six: Round, files: dict[str, Path], values: dict[str, Any], column: str, expected: str
) -> None:
    item_uuid, path = pick(six, files, budget=True)
    row = fill(path, item_uuid, values)
    message = refused(six, list(files.values()))
    assert message.startswith("อ่านแบบรายงานไม่ได้ พบปัญหา 1 รายการ จึงไม่ได้นำข้อมูลใดเข้าเลย")
    assert f"ไฟล์ {path.name}, แถว {row}, คอลัมน์ {column}: " in message
    assert expected in message


def test_bad_indicator_results_name_the_indicator_sheet(six: Round, files: dict[str, Path]) -> None:
    item_uuid, path = pick(six, files, indicators=1)
    row = fill(path, item_uuid, {"ผลตามตัวชี้วัด (ตัวเลข)": "ประมาณ 80"}, indicator=1)
    message = refused(six, [path])
    assert f"ไฟล์ {path.name}, แผ่นงาน ผลตามตัวชี้วัด, แถว {row}, คอลัมน์ ผลตามตัวชี้วัด (ตัวเลข) (I): " in message
    assert "อ่านจำนวน “ประมาณ 80” ไม่ได้" in message


def test_every_problem_of_every_file_is_listed(six: Round, files: dict[str, Path]) -> None:
    item_uuid, path = pick(six, files, budget=True)
    first = fill(path, item_uuid, {"สถานะ": "ทำแล้ว", "งบหน่วยงาน": "หนึ่งพัน"})
    other = files["รายงานผล ปี 2567 รอบ 6 เดือน - กองช่าง.xlsx"]
    other_uuid = next(iter(rows_of(openpyxl.load_workbook(other)[ITEMS])))
    second = fill(other, other_uuid, {"แนวทาง: สร้างกลไกการป้องกันการทุจริต": 1})
    message = refused(six, list(files.values()))
    lines = message.splitlines()
    assert "พบปัญหา 3 รายการ" in lines[0]
    assert lines[1].startswith(f"ไฟล์ {path.name}, แถว {first}, คอลัมน์ สถานะ (F): ")
    assert lines[2].startswith(f"ไฟล์ {path.name}, แถว {first}, คอลัมน์ งบหน่วยงาน (L): ")
    assert lines[3].startswith(f"ไฟล์ {other.name}, แถว {second}, คอลัมน์ แนวทาง: สร้างกลไกการป้องกันการทุจริต (O): ")


def test_unknown_items_and_rows_from_another_round_are_refused(six: Round, files: dict[str, Path]) -> None:
    item_uuid, path = pick(six, files)
    row = fill(path, item_uuid, {"sujarit:item": "00000000-0000-4000-8000-000000000000"})
    message = refused(six, [path])
    assert f"ไฟล์ {path.name}, แถว {row}: ไม่พบรายการนี้ในรอบการรายงานนี้" in message
    other_uuid, _ = pick(six, files, budget=True)
    other_row = fill(path, other_uuid, {"sujarit:round": "11111111-1111-4111-8111-111111111111"})
    assert f"ไฟล์ {path.name}, แถว {other_row}: แถวนี้คัดลอกมาจากแบบรายงานของรอบอื่น" in refused(six, [path])


def test_a_row_added_by_hand_is_refused(six: Round, files: dict[str, Path]) -> None:
    path = files[KLANG]
    workbook = openpyxl.load_workbook(path)
    sheet = workbook[ITEMS]
    row = sheet.max_row + 1
    sheet.cell(row=row, column=columns(sheet)["สถานะ"]).value = "ดำเนินการแล้วเสร็จ"
    workbook.save(path)
    assert f"แถว {row}: แถวนี้ไม่มีรหัสรายการที่ซ่อนไว้" in refused(six, [path])


def test_the_same_item_with_different_values_in_two_files_is_refused(
    six: Round, files: dict[str, Path], tmp_path: Path
) -> None:
    item_uuid, path = pick(six, files)
    copy = tmp_path / "สำเนา.xlsx"
    shutil.copyfile(path, copy)
    fill(path, item_uuid, {"สถานะ": "ดำเนินการแล้วเสร็จ"})
    row = fill(copy, item_uuid, {"สถานะ": "อยู่ระหว่างดำเนินการ"})
    message = refused(six, [path, copy])
    assert f"ไฟล์ สำเนา.xlsx, แถว {row}: รายการนี้อยู่ในไฟล์ {path.name} แถว {row} ด้วย แต่กรอกค่าไม่ตรงกัน" in message


def test_a_sheet_of_another_round_plan_or_database_is_refused(
    six: Round, files: dict[str, Path], tmp_path: Path, other_workspace: Database
) -> None:
    twelve = open_round(six.database, plan_uuid=six.plan_uuid, fiscal_year=YEAR, kind=RoundKind.TWELVE_MONTH)
    [of_twelve, *_] = export_worksheets(six.database, round_uuid=twelve.uuid, folder=tmp_path / "twelve")
    assert (
        f"ไฟล์ {of_twelve.name}: ไฟล์นี้เป็นแบบรายงานของรอบอื่น "
        "(ปีงบประมาณ พ.ศ. ๒๕๖๗ รอบ ๑๒ เดือน (ผลงานสะสม))" in refused(six, [of_twelve])
    )
    second = create_demo(six.database, office_name="เทศบาลตำบลทดลองใช้", dla_code="5999902")
    theirs = open_round(six.database, plan_uuid=second.plan.uuid, fiscal_year=YEAR, kind=RoundKind.SIX_MONTH)
    [of_theirs, *_] = export_worksheets(six.database, round_uuid=theirs.uuid, folder=tmp_path / "theirs")
    assert "ไฟล์นี้เป็นแบบรายงานของแผนอื่น (เทศบาลตำบลทดลองใช้" in refused(six, [of_theirs])
    far = create_demo(other_workspace, office_name="องค์การบริหารส่วนตำบลวังทอง")
    far_round = open_round(
        other_workspace, plan_uuid=far.plan.uuid, fiscal_year=YEAR, kind=RoundKind.SIX_MONTH
    )
    [of_far, *_] = export_worksheets(other_workspace, round_uuid=far_round.uuid, folder=tmp_path / "far")
    assert "ไฟล์นี้เป็นแบบรายงานขององค์การบริหารส่วนตำบลวังทอง ที่ส่งออกจากฐานข้อมูลอื่น" in refused(
        six, [files[KLANG], of_far]
    )


def _workbook_bytes(workbook: Workbook) -> bytes:
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _with_marker(path: Path, marker: str) -> bytes:
    workbook = openpyxl.load_workbook(path)
    workbook["sujarit"]["B1"].value = marker
    return _workbook_bytes(workbook)


def _without_meta(path: Path) -> bytes:
    workbook = openpyxl.load_workbook(path)
    del workbook["sujarit"]
    return _workbook_bytes(workbook)


def _plain() -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["ที่", "โครงการ", "สถานะ"])
    return _workbook_bytes(workbook)


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda path: b"\x00\x01 this is not a spreadsheet \xff" * 40, "ไม่ใช่ไฟล์ Excel (.xlsx)"),
        (lambda path: b"", "ไฟล์ว่างเปล่า"),
        (lambda path: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "ไฟล์ที่ตั้งรหัสผ่านไว้"),
        (lambda path: _zip({"hello.txt": b"hello"}), "เปิดไฟล์นี้เป็นสมุดงาน Excel ไม่ได้"),
        (lambda path: path.read_bytes()[:4000], "Excel"),
        (lambda path: _plain(), "ไม่ใช่แบบรายงานผลที่ส่งออกจากโปรแกรมสุจริต"),
        (lambda path: _without_meta(path), "ไม่ใช่แบบรายงานผลที่ส่งออกจากโปรแกรมสุจริต"),
        (lambda path: _with_marker(path, "sujarit-worksheet/2"), "ส่งออกจากโปรแกรมสุจริตรุ่นที่ใหม่กว่า"),
        (lambda path: _with_marker(path, "other-format/1"), "ไม่ใช่แบบรายงานผลที่ส่งออกจากโปรแกรมสุจริต"),
    ],
    ids=["garbage", "empty", "password", "zip", "truncated", "plain", "no-meta", "newer", "foreign-marker"],
)
def test_files_that_are_not_worksheets_are_refused(
    six: Round, files: dict[str, Path], make: Callable[[Path], bytes], expected: str
) -> None:
    message = refused(six, [files[KLANG], make(files[KLANG])])
    assert "พบปัญหา 1 รายการ" in message
    assert "ไฟล์ที่ 2: " in message and expected in message


def test_a_missing_file_is_refused(six: Round, tmp_path: Path) -> None:
    assert "ไฟล์ หาย.xlsx: เปิดไฟล์ไม่ได้" in refused(six, [tmp_path / "หาย.xlsx"])


def test_a_locked_round_is_refused(six: Round, files: dict[str, Path]) -> None:
    item_uuid, path = pick(six, files)
    fill(path, item_uuid, {"สถานะ": "ดำเนินการแล้วเสร็จ"})
    changes = read_worksheets(six.database, round_uuid=six.uuid, files=[path])
    submit_round(six.database, round_uuid=six.uuid, clerk="สุดา")
    before = dump_database(six.database)
    with pytest.raises(RoundLocked, match="ส่งรายงานแล้ว"):
        read_worksheets(six.database, round_uuid=six.uuid, files=[path])
    with pytest.raises(RoundLocked, match="ปลดล็อก"):
        apply_worksheet_changes(six.database, round_uuid=six.uuid, changes=changes)
    assert dump_database(six.database) == before


def test_stale_changes_are_refused(six: Round, files: dict[str, Path]) -> None:
    item_uuid, path = pick(six, files)
    fill(path, item_uuid, {"สถานะ": "ดำเนินการแล้วเสร็จ"})
    changes = read_worksheets(six.database, round_uuid=six.uuid, files=list(files.values()))
    record_progress(
        six.database,
        round_uuid=six.uuid,
        item_uuid=item_uuid,
        draft=ProgressDraft(status=ProgressStatus.IN_PROGRESS),
    )
    before = dump_database(six.database)
    with pytest.raises(WorksheetStale) as caught:
        apply_worksheet_changes(six.database, round_uuid=six.uuid, changes=changes)
    assert "ถูกแก้ไขในโปรแกรมหลังจากอ่านแบบรายงาน" in caught.value.message_th
    assert changes.items[0].number in caught.value.message_th
    assert dump_database(six.database) == before
    with pytest.raises(BadInput, match="รอบอื่น"):
        apply_worksheet_changes(six.database, round_uuid="another", changes=changes)


def test_apply_writes_all_items_or_none(six: Round, files: dict[str, Path]) -> None:
    """A 12-month figure recorded after the preview makes one item invalid: no item is written."""
    item_uuid, path = pick(six, files, budget=True)
    others = [u for u in rows_of(openpyxl.load_workbook(path)[ITEMS]) if u != item_uuid]
    fill(path, item_uuid, {"ผลเบิกจ่าย": "10,000"})
    fill(path, others[0], {"สถานะ": "อยู่ระหว่างดำเนินการ"})
    changes = read_worksheets(six.database, round_uuid=six.uuid, files=[path])
    assert len(changes.items) == 2
    twelve = open_round(six.database, plan_uuid=six.plan_uuid, fiscal_year=YEAR, kind=RoundKind.TWELVE_MONTH)
    record_progress(
        six.database,
        round_uuid=twelve.uuid,
        item_uuid=item_uuid,
        draft=ProgressDraft(status=ProgressStatus.DONE, amount_disbursed=Decimal(5000)),
    )
    before = dump_database(six.database)
    with pytest.raises(WorksheetRefused, match="ต้องไม่มากกว่ายอดสะสมรอบ ๑๒ เดือน"):
        apply_worksheet_changes(six.database, round_uuid=six.uuid, changes=changes)
    assert dump_database(six.database) == before


def test_the_twelve_month_round_checks_the_first_half(six: Round, tmp_path: Path) -> None:
    progress = next(p for p in round_progress(six.database, six.uuid) if (p.amount_own or 0) >= 20000)
    record_progress(
        six.database,
        round_uuid=six.uuid,
        item_uuid=progress.item_uuid,
        draft=ProgressDraft(
            status=ProgressStatus.IN_PROGRESS, amount_own=progress.amount_own, amount_disbursed=Decimal(8000)
        ),
    )
    twelve = open_round(six.database, plan_uuid=six.plan_uuid, fiscal_year=YEAR, kind=RoundKind.TWELVE_MONTH)
    paths = export_worksheets(six.database, round_uuid=twelve.uuid, folder=tmp_path / "twelve")
    assert read_worksheets(six.database, round_uuid=twelve.uuid, files=list(paths)).is_empty  # carried values
    path = next(p for p in paths if progress.item_uuid in rows_of(openpyxl.load_workbook(p)[ITEMS]))
    row = fill(path, progress.item_uuid, {"ผลเบิกจ่าย": 7000})
    before = dump_database(six.database)
    with pytest.raises(WorksheetRefused) as caught:
        read_worksheets(six.database, round_uuid=twelve.uuid, files=[path])
    assert f"แถว {row}, คอลัมน์ ผลเบิกจ่าย (M): ผลเบิกจ่ายรอบ ๑๒ เดือนเป็นยอดสะสมทั้งปี" in caught.value.message_th
    assert dump_database(six.database) == before


# ---------------------------------------------------------------------------- any cell, any value


_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Cn")), max_size=20)
ANY_VALUE = st.one_of(
    st.none(),
    _TEXT,
    st.sampled_from(
        [
            *(s.label_th for s in ProgressStatus),
            *(r.label_th for r in NotPossibleReason),
            "/",
            "✓",
            "-",
            "x",
            "๑๒,๕๐๐.๕๐",
            "1,000",
            "12,34",
            "-5",
            "100.505",
            "๘๕",
            "=1+1",
            "9" * 25,
            " ",
        ]
    ),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=False, allow_infinity=False),
    st.decimals(min_value=-(10**9), max_value=10**9, places=3, allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.dates(min_value=date(1901, 1, 1), max_value=date(2100, 12, 31)),
)


_MONEY = st.one_of(
    st.none(),
    st.sampled_from(["-", "๑,๒๐๐", "1,000.50", "๕๐๐", " 2500 "]),
    st.integers(0, 10**6),
    st.decimals(0, 10**6, places=2),
)
_TICK = st.sampled_from(["/", "✓", "-", None])
LIKELY = {
    ITEMS: {
        "สถานะ": st.sampled_from([*(s.label_th for s in ProgressStatus), None, "-"]),
        "เหตุผลที่ไม่สามารถดำเนินการได้": st.sampled_from([*(r.label_th for r in NotPossibleReason), None]),
        "เหตุผลอื่น ๆ": _TEXT,
        "การดำเนินการ": _TEXT,
        "ผลการดำเนินการ": _TEXT,
        "งบบูรณาการ": _MONEY,
        "งบหน่วยงาน": _MONEY,
        "ผลเบิกจ่าย": _MONEY,
        "แนวทาง: สร้างจิตสำนึกและปลูกฝังความซื่อสัตย์สุจริต": _TICK,
        "แนวทาง: สร้างกลไกการป้องกันการทุจริต": _TICK,
        "แนวทาง: สร้างประสิทธิภาพในการป้องกันการทุจริต": _TICK,
        "หมายเหตุ": _TEXT,
    },
    INDICATORS: {
        "ผลตามตัวชี้วัด (ตัวเลข)": st.one_of(st.none(), st.integers(0, 1000), st.sampled_from(["๘๕", "12.5"])),
        "ผลตามตัวชี้วัด (ข้อความ)": _TEXT,
        "หมายเหตุตัวชี้วัด": _TEXT,
    },
}


@st.composite
def typed_cell(draw: st.DrawFn) -> tuple[str, int, str, Any]:
    """A fill-in cell of either sheet and a value: mostly one that fits the column, sometimes anything."""
    sheet = draw(st.sampled_from([ITEMS, INDICATORS]))
    title = draw(st.sampled_from(sorted(LIKELY[sheet])))
    value = draw(st.one_of(LIKELY[sheet][title], LIKELY[sheet][title], ANY_VALUE))
    return sheet, draw(st.integers(0, 20)), title, value


def _typed(data: bytes, cells: list[tuple[str, int, str, Any]]) -> bytes:
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    for sheet_name, row, title, value in cells:
        sheet = workbook[sheet_name]
        data_rows = [r for rows in rows_of(sheet).values() for r in rows]
        if data_rows:
            sheet.cell(row=data_rows[row % len(data_rows)], column=columns(sheet)[title]).value = value
    return _workbook_bytes(workbook)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cells=st.lists(typed_cell(), min_size=1, max_size=6))
def test_any_cell_values_are_accepted_or_refused_cleanly(template: Template, cells: list[tuple]) -> None:
    """Reading never fails otherwise, writes nothing, and what it accepts applies as previewed."""
    audit = next(p for p in template.files if p.name.endswith("- หน่วยตรวจสอบภายใน.xlsx"))
    data = _typed(audit.read_bytes(), cells)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "work.sqlite"
        shutil.copyfile(template.database, path)
        database = open_workspace(path)
        try:
            before = dump_database(database)
            try:
                changes = read_worksheets(database, round_uuid=template.round_uuid, files=[data])
            except BadInput as refusal:
                event("refused")
                assert refusal.message_th.startswith("อ่านแบบรายงานไม่ได้")
                assert "ไฟล์ที่ 1, " in refusal.message_th
                assert dump_database(database) == before
                return
            event("empty" if changes.is_empty else "changes")
            assert isinstance(changes, WorksheetChanges)
            assert dump_database(database) == before
            assert apply_worksheet_changes(database, round_uuid=template.round_uuid, changes=changes) == len(
                changes.items
            )
            for change in changes.items:
                saved = get_progress(database, round_uuid=template.round_uuid, item_uuid=change.item_uuid)
                assert saved.as_draft() == change.draft
            assert read_worksheets(database, round_uuid=template.round_uuid, files=[data]).is_empty
        finally:
            database.dispose()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400))
def test_arbitrary_bytes_are_refused(six: Round, data: bytes) -> None:
    before = dump_database(six.database)
    with pytest.raises(BadInput):
        read_worksheets(six.database, round_uuid=six.uuid, files=[data])
    assert dump_database(six.database) == before


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    damage=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), min_size=1, max_size=8)
)
def test_damaged_workbooks_are_read_or_refused_cleanly(
    six: Round, files: dict[str, Path], damage: list[tuple[float, int]]
) -> None:
    data = bytearray(files[KLANG].read_bytes())
    for where, value in damage:
        data[int(where * len(data))] = value
    before = dump_database(six.database)
    try:
        changes = read_worksheets(six.database, round_uuid=six.uuid, files=[bytes(data)])
    except BadInput:
        event("refused")
    else:
        event("read")
        assert isinstance(changes, WorksheetChanges)
    assert dump_database(six.database) == before
