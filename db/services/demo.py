"""A realistic demonstration office with a five-year 2566–2570 plan, for trying the app and tests."""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from db.models import IndicatorKind, ItemKind, OfficeKind
from db.services.catalog import CATALOG_FRAMEWORK, example_to_draft, load_catalog
from db.services.demo_rounds import add_demo_rounds
from db.services.items import IndicatorDraft, ItemDraft, YearDraft, add_items_in_session
from db.services.offices import OfficeDraft, OfficeInfo, create_office
from db.services.plans import PlanInfo, create_plan, plan_by_uuid, set_report_details
from db.session import Database

DEMO_UNITS = ("สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา", "กองสาธารณสุขและสิ่งแวดล้อม", "หน่วยตรวจสอบภายใน")
FIRST_YEAR, LAST_YEAR = 2023, 2027  # พ.ศ. 2566–2570

# Office-specific items a real office adds beside the guide's examples.
LOCAL_ITEMS: tuple[tuple[ItemKind, str, str, str, str], ...] = (
    (
        ItemKind.PROJECT,
        "โครงการอบรมการจัดซื้อจัดจ้างภาครัฐด้วยระบบอิเล็กทรอนิกส์ (e-GP) สำหรับเจ้าหน้าที่",
        "2.2.2",
        "กองคลัง",
        "เจ้าหน้าที่ผู้เกี่ยวข้องผ่านการอบรม ไม่น้อยกว่าร้อยละ 80",
    ),
    (
        ItemKind.ACTIVITY,
        "กิจกรรมเผยแพร่รายงานการเงินประจำปีผ่านเว็บไซต์และบอร์ดประชาสัมพันธ์",
        "2.1.2",
        "กองคลัง",
        "เผยแพร่รายงานการเงิน ปีละ 1 ครั้ง",
    ),
    (
        ItemKind.MEASURE,
        "มาตรการตรวจสอบการใช้รถยนต์ส่วนกลางตามระเบียบ",
        "2.2.2",
        "สำนักปลัด",
        "มีสมุดบันทึกการใช้รถครบทุกคัน",
    ),
    (
        ItemKind.PROJECT,
        "โครงการค่ายเยาวชนต้นแบบคนดีไม่โกง",
        "1.3.1",
        "กองการศึกษา",
        "เด็กและเยาวชนเข้าร่วมไม่น้อยกว่า 60 คน",
    ),
    (
        ItemKind.ACTIVITY,
        "กิจกรรมรณรงค์ต่อต้านการทุจริตในวันต่อต้านคอร์รัปชันสากล (9 ธันวาคม)",
        "1.2.3",
        "สำนักปลัด",
        "จัดกิจกรรมรณรงค์ ปีละ 1 ครั้ง",
    ),
    (
        ItemKind.PROJECT,
        "โครงการตรวจสอบคุณภาพงานก่อสร้างโดยคณะกรรมการภาคประชาชน",
        "3.1.2",
        "กองช่าง",
        "ตรวจรับงานก่อสร้างร่วมกับภาคประชาชนทุกโครงการ",
    ),
    (
        ItemKind.MEASURE,
        "มาตรการเปิดเผยราคากลางและผลการจัดซื้อจัดจ้างรายเดือน",
        "2.1.2",
        "กองคลัง",
        "เผยแพร่ข้อมูลครบ 12 เดือน",
    ),
    (
        ItemKind.GUIDELINE,
        "แนวปฏิบัติการรับเรื่องร้องเรียนผ่านแอปพลิเคชันไลน์ขององค์กร",
        "3.2.2",
        "สำนักปลัด",
        "ตอบรับเรื่องร้องเรียนภายใน 15 วันทุกเรื่อง",
    ),
    (
        ItemKind.PROJECT,
        "โครงการประชุมประชาคมหมู่บ้านเพื่อทบทวนแผนพัฒนาท้องถิ่น",
        "3.1.1",
        "สำนักปลัด",
        "จัดประชุมประชาคมครบทุกหมู่บ้าน",
    ),
    (
        ItemKind.ACTIVITY,
        "กิจกรรมตรวจสุขภาพการเงินการคลังรายไตรมาส",
        "4.1.2",
        "หน่วยตรวจสอบภายใน",
        "รายงานผลการตรวจสอบไตรมาสละ 1 ครั้ง",
    ),
    (
        ItemKind.PROJECT,
        "โครงการส่งเสริมความรู้เรื่องการขัดกันแห่งผลประโยชน์แก่ผู้นำชุมชน",
        "1.2.1",
        "สำนักปลัด",
        "ผู้นำชุมชนเข้าร่วมไม่น้อยกว่าร้อยละ 80",
    ),
    (
        ItemKind.MEASURE,
        "มาตรการบริหารความเสี่ยงในการออกใบอนุญาตก่อสร้างอาคาร",
        "4.1.3",
        "กองช่าง",
        "ออกใบอนุญาตภายในระยะเวลาที่กำหนดทุกราย",
    ),
    (
        ItemKind.PROJECT,
        "โครงการสุขาภิบาลอาหารปลอดภัยด้วยความโปร่งใส",
        "2.3.2",
        "กองสาธารณสุขและสิ่งแวดล้อม",
        "มีคู่มือการตรวจร้านอาหารเผยแพร่ต่อสาธารณะ",
    ),
    (
        ItemKind.ACTIVITY,
        "กิจกรรมประกาศเจตนารมณ์สุจริตของผู้บริหารและพนักงาน",
        "2.2.1",
        "สำนักปลัด",
        "ผู้บริหารและพนักงานร่วมประกาศเจตนารมณ์ครบทุกคน",
    ),
    (
        ItemKind.PROJECT,
        "โครงการพัฒนาศักยภาพสมาชิกสภาท้องถิ่นด้านการตรวจสอบงบประมาณ",
        "4.2.2",
        "สำนักปลัด",
        "สมาชิกสภาเข้าร่วมไม่น้อยกว่าร้อยละ 80",
    ),
    (
        ItemKind.ACTIVITY,
        "กิจกรรมจัดทำรายงานผลการดำเนินงานตามแผนป้องกันการทุจริตรอบ 6 และ 12 เดือน",
        "2.2.3",
        "สำนักปลัด",
        "รายงานผลครบ 2 รอบต่อปี",
    ),
)
# Each unit runs these for its own staff and services (a real plan repeats them per กอง).
PER_UNIT_ITEMS: tuple[tuple[ItemKind, str, str, str], ...] = (
    (
        ItemKind.PROJECT,
        "โครงการอบรมเสริมสร้างคุณธรรมจริยธรรมบุคลากรของ{unit}",
        "1.1.3",
        "บุคลากรของ{unit}เข้ารับการอบรมไม่น้อยกว่าร้อยละ 80",
    ),
    (
        ItemKind.ACTIVITY,
        "กิจกรรมเผยแพร่คู่มือการให้บริการประชาชนของ{unit}",
        "2.3.2",
        "มีคู่มือการให้บริการเผยแพร่ทางเว็บไซต์และ ณ ที่ทำการ",
    ),
    (
        ItemKind.MEASURE,
        "มาตรการป้องกันผลประโยชน์ทับซ้อนในการปฏิบัติงานของ{unit}",
        "2.2.2",
        "บุคลากรของ{unit}ลงนามแบบแสดงความบริสุทธิ์ใจครบทุกคน",
    ),
    (
        ItemKind.ACTIVITY,
        "กิจกรรมประเมินความพึงพอใจผู้รับบริการของ{unit}",
        "2.2.2",
        "ผู้รับบริการพึงพอใจไม่น้อยกว่าร้อยละ 80 (สำรวจโดยใช้แบบประเมินความพึงพอใจ)",
    ),
)
BUDGETS = (
    None,
    None,
    None,
    Decimal("5000.00"),
    Decimal("10000.00"),
    Decimal("20000.00"),
    Decimal("30000.00"),
    Decimal("50000.00"),
    Decimal("65000.00"),
    Decimal("120000.00"),
)


@dataclass(frozen=True)
class DemoResult:
    office: OfficeInfo
    plan: PlanInfo
    item_count: int


def _years(rng: random.Random, uses_budget: bool) -> tuple[YearDraft, ...]:
    years = []
    for fiscal_year in range(FIRST_YEAR, LAST_YEAR + 1):
        start = rng.randrange(4)
        length = rng.choice((1, 2, 2, 3, 4))
        quarters = tuple(start <= q < start + length for q in range(4))
        budget = rng.choice(BUDGETS) if uses_budget else None
        years.append(
            YearDraft(
                fiscal_year=fiscal_year,
                included=rng.random() > 0.05,
                budget_own=budget,
                quarters=quarters,  # type: ignore[arg-type]
            )
        )
    return tuple(years)


def create_demo(
    database: Database,
    *,
    office_name: str = "เทศบาลตำบลสุจริตพัฒนา",
    dla_code: str | None = "5999901",
    seed: int = 2566,
    with_rounds: bool = False,
) -> DemoResult:
    """A made-up but realistic office: every NACC example plus local and per-unit items (over 100),
    five years of data; ``with_rounds`` adds the 2567 reporting rounds (see ``demo_rounds``)."""
    rng = random.Random(seed)
    office = create_office(
        database,
        OfficeDraft(
            name=office_name,
            kind=OfficeKind.SUBDISTRICT_MUNICIPALITY,
            district="เมืองตัวอย่าง",
            province="ตัวอย่าง",
            dla_code=dla_code,
            address="๙๙ หมู่ ๑ ตำบลสุจริตพัฒนา",
            phone="0-5599-0000",
            email="saraban@example.go.th",
            executive_name="นายสมชาย ใจซื่อ",
            executive_title="นายกเทศมนตรีตำบลสุจริตพัฒนา",
            units=DEMO_UNITS,
        ),
    )
    plan = create_plan(
        database,
        office_uuid=office.uuid,
        framework_code=CATALOG_FRAMEWORK,
        first_fiscal_year=FIRST_YEAR,
        last_fiscal_year=LAST_YEAR,
    )
    drafts: list[ItemDraft] = []
    for example in load_catalog():
        draft = example_to_draft(example, office, range(FIRST_YEAR, LAST_YEAR + 1))
        drafts.append(
            replace(
                draft,
                responsible=draft.responsible or rng.choice(DEMO_UNITS[:5]),
                target_unit="คน",
                target_quantity=Decimal(rng.choice((20, 36, 50, 80, 100, 200))),
                years=_years(rng, uses_budget=not example.uses_no_budget),
            )
        )
    for kind, name, code, unit, output in LOCAL_ITEMS:
        drafts.append(
            ItemDraft(
                kind=kind,
                name=name,
                framework_codes=(code,),
                responsible=unit,
                target_unit="ครั้ง",
                target_quantity=Decimal(1),
                years=_years(rng, uses_budget=True),
                indicators=(IndicatorDraft(IndicatorKind.OUTPUT, output),),
            )
        )
    for unit in DEMO_UNITS:
        for kind, name, code, output in PER_UNIT_ITEMS:
            drafts.append(
                ItemDraft(
                    kind=kind,
                    name=name.format(unit=unit),
                    framework_codes=(code,),
                    responsible=unit,
                    target_unit="คน",
                    target_quantity=Decimal(rng.choice((8, 12, 15, 20))),
                    years=_years(rng, uses_budget=kind is ItemKind.PROJECT),
                    needs_budget=kind is ItemKind.PROJECT,
                    indicators=(IndicatorDraft(IndicatorKind.OUTPUT, output.format(unit=unit)),),
                )
            )
    with database.session() as session:
        add_items_in_session(session, plan_by_uuid(session, plan.uuid), drafts)
    plan = set_report_details(
        database, plan_uuid=plan.uuid, data_as_of=date(2022, 10, 15), prepared_by="นางสาวสุดา รักงาน"
    )
    if with_rounds:
        add_demo_rounds(database, plan_uuid=plan.uuid, seed=seed + 1)
    return DemoResult(office=office, plan=plan, item_count=len(drafts))
