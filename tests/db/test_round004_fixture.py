"""The seed-004 round built through the services: the counts and totals of forms reference §4.3.4 and §11,
read back from the database; and the transcription itself kept clean of wrap spaces."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from db.models import IndicatorKind, ItemKind, NotPossibleReason, OfficeKind, ProgressStatus
from db.services.items import list_items
from db.services.rounds import RoundSummary, round_progress
from db.thai.fiscal import RoundKind
from tests.fixtures.round004 import Round004, load_data, load_round_004

DIMENSIONS = ("1", "2", "3", "4")
NOT_DONE_NOTE = "ไม่ได้ดำเนินการในรอบ ๖ เดือน"
#: งบหน่วยงาน and ผลเบิกจ่าย of the budgeted rows (forms reference §4.3.4); None is "-"
BUDGETED = {
    "๑.๑.๑ (๕)": (Decimal(20000), Decimal(20000)),
    "๑.๒ ๑)": (Decimal(10000), None),
    "๑.๒ ๓)": (Decimal(35000), None),
    "๒.๒.๓ (๒)": (Decimal(30000), None),
    "๓.๓.๑ (๒)": (Decimal(20000), None),
    "๓.๓.๑ (๓)": (Decimal(15000), None),
    "๔.๓.๑ (๑)": (Decimal(30000), Decimal(30000)),
    "๔.๓.๑ (๒)": (Decimal(10000), Decimal(10000)),
}
#: spaces the narrow columns of the seed put inside words and phrases
WRAP_ARTEFACTS = (
    "หลัก ธรรมาภิบาล",
    "พนักงานส่วน ตำบล",
    "ผู้ บริ ห า ร",
    "กระทรวงมหาดไท ย",
    "ผลประโยชน์ทับ ซ้อน",
    "องค์การ บริหารส่วน",
    "บริหารส่วน ตำบล",
    "ความพึง พอใจ",
    "สมาชิกสภา ท้องถิ่น",
    "ผู้บริหาร ท้องถิ่น",
    "ยก ย่อง",
    "การเบิก จ่าย",
    "จัด จ้าง",
    "ใน การ",
    "พนักงาน จ้าง",
    "ข้อมูล ข่าวสาร",
    "เข้าค่าย พุทธบุตร",
    "ร้อง ทุกข์",
    "กุศโลบาย หนึ่งใน",
    "สามารถ นำไป",
    "/ ",
)


@pytest.fixture
def pipun(database) -> Round004:
    return load_round_004(database)


def dimension(codes: tuple[str, ...]) -> str:
    return codes[0].split(".")[0]


def test_office_plan_round_and_summary(database, pipun) -> None:
    assert pipun.office.name == "องค์การบริหารส่วนตำบลพิปูน"
    assert pipun.office.kind is OfficeKind.SAO
    assert pipun.office.location == "อำเภอพิปูน จังหวัดนครศรีธรรมราช"
    assert (pipun.office.executive_name, pipun.office.executive_title) == (
        "นายทรงศักดิ์ คเชนทร์",
        "นายกองค์การบริหารส่วนตำบลพิปูน",
    )
    assert pipun.plan.framework_code == "nacc-2561-2564"
    assert (pipun.plan.first_fiscal_year, pipun.plan.last_fiscal_year) == (2018, 2021)
    assert pipun.plan.item_count == 66
    assert (pipun.round.plan_uuid, pipun.round.fiscal_year) == (pipun.plan.uuid, 2021)
    assert pipun.round.kind is RoundKind.SIX_MONTH
    assert not pipun.round.locked
    assert pipun.round.date_range == (date(2020, 10, 1), date(2021, 3, 31))
    summary = pipun.round.summary
    assert summary.supporting_factors.splitlines() == [
        "ในการดำเนินกิจกรรมต่างๆ ตามแผนปฏิบัติการฯ มีปัจจัยในการสนับสนุนและผลักดันในการดำเนินการประสบความสำเร็จ ดังนี้",
        "- ๑) การที่มีระบบควบคุมภายใน และระบบการตรวจสอบโดยฝ่ายสภาองค์การบริหารส่วนตำบล "
        "เป็นการสร้างระบบการป้องกันและปราบปรามการทุจริตและประพฤติมิชอบได้ในระดับหนึ่ง",
        "- ๒) องค์การบริหารส่วนตำบลพิปูนมีการสร้างกลไกของข้อมูลข่าวสารให้เกิดความโปร่งใส "
        "โดยมีการจัดตั้งศูนย์ประสานราชการใสสะอาดและศูนย์ข้อมูลข่าวสาร",
        "- ๓) มีการเผยแพร่ข้อมูลข่าวสารและการรับเรื่องร้องเรียนทาง Web site และ Facebook",
    ]
    problems = summary.problems.splitlines()
    assert len(problems) == 2
    assert problems[0].startswith("องค์การบริหารส่วนตำบลพิปูนเป็นหน่วยงานขนาดเล็ก")
    assert problems[0].endswith("ทำให้อาจมีการตรวจสอบที่ไม่ครอบคลุมทุกด้าน")
    assert problems[1].startswith("การที่ไม่มีเจ้าหน้าที่ตรวจสอบภายใน")
    suggestions = summary.suggestions.splitlines()
    assert [line[:2] for line in suggestions] == ["๑)", "๒)", "๓)", "๔)"]
    assert suggestions[3] == "๔) ให้มีหน่วยตรวจสอบภายใน โดยมีตำแหน่งเจ้าหน้าที่ตรวจสอบภายในเพื่อการตรวจสอบอย่างมีประสิทธิภาพ"
    assert summary == RoundSummary(
        supporting_factors=summary.supporting_factors,
        problems=summary.problems,
        suggestions=summary.suggestions,
        reporter_name="นางสาววันเพ็ญ เทวฤทธิ์",
        reporter_position="นักวิเคราะห์นโยบายและแผนชำนาญการ",
        reporter_phone="๐-๗๕๕๖-๖๓๔๘",
        reporter_fax="๐-๗๕๕๖-๖๓๔๘",
        reporter_email="pipungoth@gmail.com",
        report_date=date(2021, 4, 8),
        announcement_date=date(2021, 4, 8),
        signer_name="นายทรงศักดิ์ คเชนทร์",
        signer_position="นายกองค์การบริหารส่วนตำบลพิปูน",
    )


def test_items_their_dimensions_budgets_and_fields(database, pipun) -> None:
    items = list_items(database, pipun.plan.uuid)
    assert [i.uuid for i in items] == [i.uuid for i in pipun.items]  # seed order is plan order
    assert Counter(dimension(i.framework_codes) for i in items) == {"1": 13, "2": 25, "3": 16, "4": 12}
    own: defaultdict[str, Decimal] = defaultdict(Decimal)
    for item in items:
        (year,) = item.years
        assert (year.fiscal_year, year.included, year.budget_integrated) == (2021, True, None)
        assert item.needs_budget is (year.budget_own is not None)
        own[dimension(item.framework_codes)] += year.budget_own or Decimal(0)
    assert own == {"1": 65000, "2": 30000, "3": 35000, "4": 40000}
    assert sum(own.values()) == Decimal(170000)
    assert Counter(i.kind for i in items) == {
        ItemKind.ACTIVITY: 25,
        ItemKind.MEASURE: 21,
        ItemKind.PROJECT: 20,
    }
    hung_on_level_2 = Counter(i.framework_codes[0] for i in items if i.framework_codes[0].count(".") == 1)
    assert hung_on_level_2 == {"1.2": 3, "1.3": 2, "2.1": 1, "4.4": 1}
    by_label = {pipun.label(i.uuid): i for i in items}
    first = by_label["๑.๑.๑ (๑)"]
    assert (first.kind, first.name, first.framework_codes) == (
        ItemKind.PROJECT,
        "บริหารงานตามหลักธรรมาภิบาล",
        ("1.1.1",),
    )
    assert first.target_group == "ผู้บริหารท้องถิ่น สมาชิกสภาท้องถิ่น พนักงานส่วนตำบลและพนักงานจ้าง"
    assert [(i.kind, i.statement) for i in first.indicators] == [
        (IndicatorKind.OUTPUT, "จำนวนครั้งในการให้ความรู้"),
        (
            IndicatorKind.OUTCOME,
            "ผู้บริหารท้องถิ่น บุคลากรขององค์กรมีความรู้ความเข้าใจในเรื่องหลักธรรมาภิบาล คุณธรรม และจริยธรรม",
        ),
    ]
    assert len(first.objectives) == 4
    no_indicator = by_label["๑.๑.๒ (๑)"]  # ตัวชี้วัด is blank in the seed
    assert [i.kind for i in no_indicator.indicators] == [IndicatorKind.OUTCOME]
    assert by_label["๒.๒.๑ (๒)"].target_group.splitlines() == [
        "-นายก อบต. มอบหมายให้รองนายกฯ",
        "-นายก อบต. มอบหมายให้ปลัด อบต. และหัวหน้าส่วนราชการ",
        "-ปลัด อบต. มอบหมายให้หัวหน้าส่วนฯ",
    ]
    assert by_label["๓.๓.๑ (๑)"].duration_text.startswith("คณะกรรมการสนับสนุนการจัดทำแผนพัฒนา")
    joined_word = by_label["๔.๓.๑ (๑)"].indicators[1].statement  # printed "กระทรวงมหาดไท ยว่าด้วย"
    assert joined_word.endswith("ระเบียบกระทรวงมหาดไทยว่าด้วยข้อบังคับการประชุมสภาท้องถิ่น พ.ศ. ๒๕๔๗")
    assert (by_label["๓.๒.๑ (๒)"].kind, by_label["๓.๓.๑ (๒)"].kind) == (ItemKind.ACTIVITY, ItemKind.PROJECT)
    assert sum(1 for i in by_label.values() if i.method_steps) == 43
    assert all(i.objectives for i in by_label.values())


def test_round_budgets_disbursement_and_ticks(database, pipun) -> None:
    progress = round_progress(database, pipun.round.uuid)
    assert len(progress) == 66
    assert all(p.reported for p in progress)
    dims = {i.uuid: dimension(i.framework_codes) for i in list_items(database, pipun.plan.uuid)}
    own: defaultdict[str, Decimal] = defaultdict(Decimal)
    disbursed: defaultdict[str, Decimal] = defaultdict(Decimal)
    for p in progress:
        assert p.amount_integrated is None
        own[dims[p.item_uuid]] += p.amount_own or Decimal(0)
        disbursed[dims[p.item_uuid]] += p.amount_disbursed or Decimal(0)
    assert [own[d] for d in DIMENSIONS] == [65000, 30000, 35000, 40000]
    assert [disbursed[d] for d in DIMENSIONS] == [20000, 0, 0, 40000]
    assert (sum(own.values()), sum(disbursed.values())) == (Decimal(170000), Decimal(60000))
    assert isinstance(sum(disbursed.values()), Decimal)
    budgeted = {
        pipun.label(p.item_uuid): (p.amount_own, p.amount_disbursed)
        for p in progress
        if p.amount_own is not None
    }
    assert budgeted == BUDGETED
    assert sum(1 for _, spent in budgeted.values() if spent) == 3
    ticks: defaultdict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for p in progress:
        flags = (p.track_conscience, p.track_mechanism, p.track_efficiency)
        ticks[dims[p.item_uuid]] = [n + flag for n, flag in zip(ticks[dims[p.item_uuid]], flags, strict=True)]
    assert [ticks[d] for d in DIMENSIONS] == [[8, 6, 4], [0, 25, 25], [0, 16, 16], [0, 12, 12]]


def test_statuses(database, pipun) -> None:
    progress = {pipun.label(p.item_uuid): p for p in round_progress(database, pipun.round.uuid)}
    not_possible = {label for label, p in progress.items() if p.status is ProgressStatus.NOT_POSSIBLE}
    assert not_possible == {"๑.๒ ๓)", "๓.๒.๒ (๑)"}
    for label in not_possible:
        p = progress[label]
        assert (p.not_possible_reason, p.not_possible_note) == (NotPossibleReason.OTHER, NOT_DONE_NOTE)
        assert (p.actions_text, p.results_text) == ("", "")
    assert Counter(p.status for p in progress.values()) == {
        ProgressStatus.DONE: 22,
        ProgressStatus.IN_PROGRESS: 42,
        ProgressStatus.NOT_POSSIBLE: 2,
    }
    for p in progress.values():
        if p.status is ProgressStatus.DONE:
            assert p.results_text or p.amount_disbursed == p.amount_own
        else:
            assert not p.results_text
    assert (
        progress["๑.๑.๑ (๕)"].status is ProgressStatus.DONE
    )  # disbursed its whole budget, no narrative result
    channels = progress["๓.๑.๓ (๑)"].results_text.splitlines()
    assert channels[1:] == [
        "๑. เว็บไซต์ อบต.พิปูน WWW.pipun.go.th",
        "๒. ผ่านทางไลน์ อบต.พิปูน",
        "๓. ผ่านทางศูนย์ข้อมูลข่าวสาร อบต.พิปูน",
        "๔. ผ่านทาง facebook อบต.พิปูน",
        "๕. ผ่านทางอื่นๆ",
    ]


# -- the transcription ---------------------------------------------------------------------------------
def texts(value: Any) -> Iterator[str]:
    """Every transcribed string (the editorial _readme and notes quote the artefacts and are left out)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for element in value:
            yield from texts(element)
    elif isinstance(value, dict):
        for key, element in value.items():
            if key not in ("_readme", "note"):
                yield from texts(element)


def test_the_transcription_has_no_stray_spaces() -> None:
    data = load_data()
    strings = list(texts(data))
    assert len(strings) > 500
    for text in strings:
        assert text == text.strip(), text
        assert "  " not in text, text
        assert not re.search(r" \n|\n | \t|\t", text), text
    for artefact in WRAP_ARTEFACTS:
        assert not [t for t in strings if artefact in t], artefact
    joined = "\n".join(strings)
    assert joined.count("ธรรมาภิบาล") == 11
    assert "ผู้บริหาร สมาชิกสภา และพนักงานส่วนตำบลพิปูน จำนวน ๕๐ คน" in joined
    assert all(isinstance(line, str) and line for line in data["_readme"])


def test_the_transcription_rows() -> None:
    rows = load_data()["items"]
    assert len(rows) == 66
    assert len({row["label"] for row in rows}) == 66
    for row in rows:
        assert not row["name"].startswith(("โครงการ", "กิจกรรม", "มาตรการ")), row["label"]
        assert row["kind"] in {k.value for k in ItemKind}
        assert row["status"] in {s.value for s in ProgressStatus}
        for key in ("budget_integrated", "budget_own", "disbursed"):
            assert row[key] is None or (type(row[key]) is int and row[key] > 0), (row["label"], key)
        assert row["outcome"] and row["target"] and row["objectives"]
    assert [row["label"] for row in rows if not row["kind_printed"]] == ["๓.๒.๑ (๒)", "๓.๓.๑ (๒)"]
    assert [row["printed_label"] for row in rows if row["printed_label"] != row["label"]] == [
        "๑)",
        "๒)",
        "๓)",
        "๑)",
        "๒)",
    ]
    moved = [row["label"] for row in rows if "hangs on" in row["note"].lower()]
    assert moved == ["๑.๒ ๑)", "๑.๒ ๒)", "๑.๒ ๓)", "๑.๓ ๑)", "๑.๓ ๒)", "๒.๑.๑", "๔.๔.๒ (๑)"]
