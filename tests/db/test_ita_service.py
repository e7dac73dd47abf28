"""The ITA measures report service: whole-report saves, validation, codes and scores, findings."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from db.errors import ValidationFailed
from db.models import OfficeKind
from db.services.ita import (
    ItaMeasureDraft,
    ItaReferenceDraft,
    ItaReportDraft,
    ItaResultBlockDraft,
    build_ita_report,
    check_ita_report,
    citation_text,
    delete_ita_report,
    format_score,
    get_ita_report,
    list_ita_reports,
    parse_ita_code,
    parse_score,
    reference_text,
    save_ita_report,
    score_text,
)
from db.services.offices import OfficeDraft, create_office
from db.thai import ThaiParseError, to_arabic_digits
from tests.conftest import dump_database
from tests.fixtures.ita001 import FISCAL_YEAR, ITA001, OFFICE, OFFICE_LINE, TITLE

PROPS = settings(deadline=None, max_examples=300)
CANONICAL = re.compile(r"IND-[1-9][0-9]?|[eio][1-9][0-9]?|ITA")
SEED_CODES = [
    *("IND-1", "IND-6", "e9", "IND-2", "IND-6", "e7", "e8", "IND-7", "IND-4", "IND-2"),
    *("i9", "IND-3", "i15", "i13", "o28", "o24", "i14", "ITA"),
]


@pytest.fixture
def office(database):
    return create_office(database, OFFICE)


def canonical(draft: ItaReportDraft) -> ItaReportDraft:
    """``draft`` with every reference code as the service stores it."""

    def block(b: ItaResultBlockDraft) -> ItaResultBlockDraft:
        references = tuple(replace(r, code=parse_ita_code(r.code)) for r in b.references)
        return replace(b, references=references)

    measures = tuple(
        replace(m, result_blocks=tuple(block(b) for b in m.result_blocks)) for m in draft.measures
    )
    return replace(draft, measures=measures)


def small_draft(**measure_changes) -> ItaReportDraft:
    measure = ItaMeasureDraft(
        title="มาตรการป้องกันการรับสินบน",
        actions=("จัดทำคู่มือ", "ประชาสัมพันธ์คู่มือ\n(๑) ทางเว็บไซต์\n(๒) ที่ตั้งหน่วยงาน", "ติดตามผล", "รายงานผล"),
        result_blocks=(
            ItaResultBlockDraft(1, 2, "เจ้าหน้าที่ปฏิบัติตามคู่มือ", (ItaReferenceDraft("i9", score=Decimal("90")),)),
            ItaResultBlockDraft(3, 4, "มีรายงานผล", (ItaReferenceDraft("o28", "รายงานการรับของขวัญ"),)),
        ),
    )
    return ItaReportDraft(measures=(replace(measure, **measure_changes),))


def table_counts(database) -> dict[str, int]:
    tables = ("ita_reports", "ita_measures", "ita_actions", "ita_result_blocks", "ita_references")
    connection = sqlite3.connect(database.path)
    try:
        return {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    finally:
        connection.close()


# --- saving and reading back -------------------------------------------------------------------------


def test_seed_001_round_trips(database, office) -> None:
    saved = save_ita_report(database, office_uuid=office.uuid, fiscal_year=FISCAL_YEAR, draft=ITA001)
    read = get_ita_report(database, office_uuid=office.uuid, fiscal_year=FISCAL_YEAR)
    assert read == saved
    assert read.as_draft() == canonical(ITA001)
    assert (read.office_uuid, read.fiscal_year) == (office.uuid, FISCAL_YEAR)
    assert [len(m.actions) for m in read.measures] == [4, 3, 3, 7, 4, 6, 6, 11]
    references = [r for m in read.measures for b in m.result_blocks for r in b.references]
    assert [r.code for r in references] == SEED_CODES
    assert sum(r.score is not None for r in references) == 16
    uuids = [read.uuid, *(m.uuid for m in read.measures), *(r.uuid for r in references)]
    assert all(uuids) and len(set(uuids)) == len(uuids)
    assert table_counts(database) == {
        "ita_reports": 1,
        "ita_measures": 8,
        "ita_actions": 44,
        "ita_result_blocks": 17,
        "ita_references": 18,
    }


def test_a_canonical_draft_reads_back_exactly(database, office) -> None:
    draft = replace(canonical(ITA001), data_as_of=date(2024, 3, 31))
    save_ita_report(database, office_uuid=office.uuid, fiscal_year=FISCAL_YEAR, draft=draft)
    assert get_ita_report(database, office_uuid=office.uuid, fiscal_year=FISCAL_YEAR).as_draft() == draft


def test_saving_again_replaces_the_whole_report(database, office) -> None:
    first = save_ita_report(database, office_uuid=office.uuid, fiscal_year=FISCAL_YEAR, draft=ITA001)
    second = save_ita_report(database, office_uuid=office.uuid, fiscal_year=FISCAL_YEAR, draft=small_draft())
    assert second.uuid == first.uuid
    assert (
        get_ita_report(database, office_uuid=office.uuid, fiscal_year=FISCAL_YEAR).as_draft() == small_draft()
    )
    assert table_counts(database) == {
        "ita_reports": 1,
        "ita_measures": 1,
        "ita_actions": 4,
        "ita_result_blocks": 2,
        "ita_references": 2,
    }


def test_input_is_normalised(database, office) -> None:
    draft = small_draft(
        title="  มาตรการป้องกันการรับสินบน \n",
        actions=(" จัดทำคู่มือ ", "ประชาสัมพันธ์", "ติดตามผล", "รายงานผล"),
        result_blocks=(
            ItaResultBlockDraft(
                3,
                4,
                " มีรายงานผล ",
                (ItaReferenceDraft("๐๒๘", " รายงานการรับ   ของขวัญ "), ItaReferenceDraft("ตัวชี้วัดที่๖")),
            ),
            ItaResultBlockDraft(1, 1, "", (ItaReferenceDraft("E๙", score=parse_score("๘๒.๕")),)),
        ),
    )
    measure = save_ita_report(database, office_uuid=office.uuid, fiscal_year=2024, draft=draft).measures[0]
    assert measure.title == "มาตรการป้องกันการรับสินบน"
    assert measure.actions[0] == "จัดทำคู่มือ"
    assert [(b.first_action, b.last_action) for b in measure.result_blocks] == [(1, 1), (3, 4)]
    (score_ref,) = measure.result_blocks[0].references
    assert (score_ref.code, score_ref.score) == ("e9", Decimal("82.50"))
    assert str(score_ref.score) == "82.50"
    oit, indicator = measure.result_blocks[1].references
    assert (oit.code, oit.label, indicator.code) == ("o28", "รายงานการรับ ของขวัญ", "IND-6")
    assert measure.result_blocks[1].result_text == "มีรายงานผล"


def test_get_list_and_delete(database, office) -> None:
    other = create_office(
        database, OfficeDraft(name="เทศบาลตำบลทุ่งน้อย", kind=OfficeKind.SUBDISTRICT_MUNICIPALITY)
    )
    assert get_ita_report(database, office_uuid=office.uuid, fiscal_year=2024) is None
    save_ita_report(database, office_uuid=office.uuid, fiscal_year=2024, draft=ITA001)
    save_ita_report(database, office_uuid=office.uuid, fiscal_year=2023, draft=small_draft())
    save_ita_report(database, office_uuid=other.uuid, fiscal_year=2024, draft=small_draft())
    listed = list_ita_reports(database)
    assert [(r.office_name, r.fiscal_year, r.measure_count) for r in listed] == [
        ("องค์การบริหารส่วนตำบลวังทอง", 2023, 1),
        ("องค์การบริหารส่วนตำบลวังทอง", 2024, 8),
        ("เทศบาลตำบลทุ่งน้อย", 2024, 1),
    ]
    assert [r.fiscal_year for r in list_ita_reports(database, office_uuid=other.uuid)] == [2024]
    delete_ita_report(database, office_uuid=office.uuid, fiscal_year=2024)
    assert get_ita_report(database, office_uuid=office.uuid, fiscal_year=2024) is None
    assert table_counts(database)["ita_measures"] == 2
    with pytest.raises(KeyError):
        delete_ita_report(database, office_uuid=office.uuid, fiscal_year=2024)


def test_an_unknown_office_is_a_key_error(database) -> None:
    with pytest.raises(KeyError):
        save_ita_report(database, office_uuid="no-such-office", fiscal_year=2024, draft=small_draft())
    with pytest.raises(KeyError):
        get_ita_report(database, office_uuid="no-such-office", fiscal_year=2024)


# --- validation ----------------------------------------------------------------------------------------


def with_reference(**changes) -> ItaReportDraft:
    reference = replace(ItaReferenceDraft("i9", score=Decimal("90")), **changes)
    return small_draft(result_blocks=(ItaResultBlockDraft(1, 4, "ผล", (reference,)),))


REFERENCE = "measures[0].result_blocks[0].references[0]"
CODE_EXAMPLES = "เช่น ตัวชี้วัดที่ ๑, e๙, i๑๔, o๒๘ หรือ ITA"
REFUSALS = {
    "blank title": (small_draft(title="  "), "measures[0].title", "กรุณากรอกชื่อมาตรการหรือกิจกรรมที่ดำเนินการ"),
    "no actions": (
        small_draft(actions=(), result_blocks=()),
        "measures[0].actions",
        "กรุณากรอกรายละเอียดการดำเนินการอย่างน้อยหนึ่งข้อ",
    ),
    "blank action": (
        small_draft(actions=("จัดทำคู่มือ", " \n ", "ติดตามผล", "รายงานผล")),
        "measures[0].actions[1]",
        "รายละเอียดการดำเนินการต้องไม่ว่าง",
    ),
    "block past the last action": (
        small_draft(result_blocks=(ItaResultBlockDraft(3, 5, "ผล"),)),
        "measures[0].result_blocks[0]",
        "ผลลัพธ์ต้องครอบคลุมเฉพาะข้อที่มีในมาตรการนี้ (ข้อ ๑–๔)",
    ),
    "block before the first action": (
        small_draft(result_blocks=(ItaResultBlockDraft(0, 1, "ผล"),)),
        "measures[0].result_blocks[0]",
        "ผลลัพธ์ต้องครอบคลุมเฉพาะข้อที่มีในมาตรการนี้ (ข้อ ๑–๔)",
    ),
    "block backwards": (
        small_draft(result_blocks=(ItaResultBlockDraft(3, 2, "ผล"),)),
        "measures[0].result_blocks[0]",
        "ข้อแรกที่ผลลัพธ์ครอบคลุมต้องไม่อยู่หลังข้อสุดท้าย",
    ),
    "blocks overlap": (
        small_draft(result_blocks=(ItaResultBlockDraft(3, 4, "ข"), ItaResultBlockDraft(1, 3, "ก"))),
        "measures[0].result_blocks[0]",
        "ข้อ ๓ ซ้ำกับช่วงของผลลัพธ์อื่นในมาตรการเดียวกัน",
    ),
    "block inside another": (
        small_draft(
            result_blocks=(
                ItaResultBlockDraft(1, 4, "ก"),
                ItaResultBlockDraft(2, 2, "ข"),
                ItaResultBlockDraft(3, 4, "ค"),
            )
        ),
        "measures[0].result_blocks[2]",
        "ข้อ ๓–๔ ซ้ำกับช่วงของผลลัพธ์อื่นในมาตรการเดียวกัน",
    ),
    "blank code": (with_reference(code=" "), f"{REFERENCE}.code", f"กรุณากรอกรหัสข้ออ้างอิง ITA {CODE_EXAMPLES}"),
    "unknown code": (
        with_reference(code="ข้อ ๓๗"),
        f"{REFERENCE}.code",
        f"ไม่รู้จักรหัสอ้างอิง ITA “ข้อ ๓๗” กรุณากรอก {CODE_EXAMPLES}",
    ),
    "item number 0": (with_reference(code="e0"), f"{REFERENCE}.code", "เลขข้อในรหัส “e0” ต้องอยู่ระหว่าง ๑ ถึง ๙๙"),
    "score above 100": (
        with_reference(score=Decimal("100.01")),
        f"{REFERENCE}.score",
        "คะแนนต้องอยู่ระหว่าง ๐ ถึง ๑๐๐",
    ),
    "negative score": (
        with_reference(score=Decimal("-1")),
        f"{REFERENCE}.score",
        "คะแนนต้องอยู่ระหว่าง ๐ ถึง ๑๐๐",
    ),
    "three decimals": (
        with_reference(score=Decimal("98.385")),
        f"{REFERENCE}.score",
        "คะแนนมีทศนิยมได้ไม่เกิน ๒ ตำแหน่ง",
    ),
}


@pytest.mark.parametrize(("draft", "field", "message"), REFUSALS.values(), ids=REFUSALS.keys())
def test_refusals_name_the_field_in_thai_and_write_nothing(database, office, draft, field, message) -> None:
    save_ita_report(database, office_uuid=office.uuid, fiscal_year=FISCAL_YEAR, draft=ITA001)
    before = dump_database(database.path)
    with pytest.raises(ValidationFailed) as refused:
        save_ita_report(database, office_uuid=office.uuid, fiscal_year=FISCAL_YEAR, draft=draft)
    assert refused.value.for_field(field) == [message]
    assert dump_database(database.path) == before


def test_a_buddhist_year_given_as_the_fiscal_year_is_refused(database, office) -> None:
    with pytest.raises(ValidationFailed) as refused:
        save_ita_report(database, office_uuid=office.uuid, fiscal_year=2567, draft=small_draft())
    assert refused.value.for_field("fiscal_year") == ["ปีงบประมาณ พ.ศ. ๓๑๑๐ อยู่นอกช่วง พ.ศ. ๒๕๐๐–๒๗๐๐"]
    assert list_ita_reports(database) == ()


def test_every_problem_is_reported_at_once(database, office) -> None:
    draft = small_draft(title="", actions=("ก", ""), result_blocks=(ItaResultBlockDraft(1, 3, "ผล"),))
    with pytest.raises(ValidationFailed) as refused:
        save_ita_report(database, office_uuid=office.uuid, fiscal_year=2024, draft=draft)
    fields = [e.field for e in refused.value.errors]
    assert fields == ["measures[0].title", "measures[0].actions[1]", "measures[0].result_blocks[0]"]


def test_a_float_score_is_a_programming_error(database, office) -> None:
    with pytest.raises(TypeError):
        save_ita_report(
            database, office_uuid=office.uuid, fiscal_year=2024, draft=with_reference(score=98.38)
        )
    assert list_ita_reports(database) == ()


# --- findings -------------------------------------------------------------------------------------------


def test_seed_001_claims_indicator_6_passed_where_it_scored_82_55() -> None:
    assert [(f.field, f.message_th) for f in check_ita_report(ITA001)] == [
        (
            "measures[0].result_blocks[0].references[1]",
            "ตัวชี้วัดที่ ๖ อ้างว่าได้คะแนนไม่ต่ำกว่าร้อยละ ๘๕ แต่คะแนนตัวชี้วัดที่ ๖ ในมาตรการที่ ๓ คือ ๘๒.๕๕",
        ),
        (
            "measures[2].result_blocks[0].references[0]",
            "ตัวชี้วัดที่ ๖ อ้างว่าได้คะแนนไม่ต่ำกว่าร้อยละ ๘๕ แต่คะแนนที่ได้คือ ๘๒.๕๕",
        ),
    ]


@pytest.mark.parametrize(
    ("claims", "score", "found"),
    [(True, "85", False), (True, "84.99", True), (False, "10", False), (True, None, False)],
)
def test_only_a_claim_below_85_is_a_finding(claims: bool, score: str | None, found: bool) -> None:
    draft = with_reference(claims_threshold=claims, score=None if score is None else Decimal(score))
    assert bool(check_ita_report(draft)) is found


def test_a_saved_report_can_be_checked(database, office) -> None:
    saved = save_ita_report(database, office_uuid=office.uuid, fiscal_year=FISCAL_YEAR, draft=ITA001)
    assert check_ita_report(saved.as_draft()) == check_ita_report(ITA001)


# --- printed texts --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "label", "printed"),
    [
        ("e9", "", "ข้อ e๙"),
        ("i14", "", "ข้อ i๑๔"),
        ("o28", "", "แบบวัด OIT ข้อ o๒๘"),
        ("๐๒๘", "", "แบบวัด OIT ข้อ o๒๘"),
        ("IND-4", "การใช้ทรัพย์สินของราชการ", "ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ"),
        ("ตัวชี้วัดที่ ๔", "", "ตัวชี้วัดที่ ๔"),
        ("ITA", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", "ภาพรวม ประจำปีงบประมาณ พ.ศ. ๒๕๖๗"),
    ],
)
def test_reference_text(code: str, label: str, printed: str) -> None:
    assert reference_text(ItaReferenceDraft(code, label)) == printed


def test_citation_and_score_texts_as_in_the_seed() -> None:
    first_block = ITA001.measures[0].result_blocks[0]
    assert citation_text(list(first_block.references)) == (
        "(อ้างอิงจากผลการประเมิน ITA ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ และตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน ได้คะแนนไม่ต่ำกว่าร้อยละ ๘๕)"
    )
    assert score_text(first_block.references[0]) == "คะแนนตัวชี้วัดที่ ๑ ได้ ๙๘.๓๘"
    e9 = ITA001.measures[0].result_blocks[1].references[0]
    assert citation_text([e9]).startswith("(อ้างอิงจากการประเมิน ITA ข้อ e๙ การใช้บริการออนไลน์ (E-Service)")
    assert score_text(ItaReferenceDraft("i9", score=Decimal("100"))) == "คะแนนข้อ i๙ ได้ ๑๐๐.๐๐"


# --- the printed document --------------------------------------------------------------------------------


def test_document_rows_follow_the_result_blocks(database, office) -> None:
    save_ita_report(database, office_uuid=office.uuid, fiscal_year=FISCAL_YEAR, draft=ITA001)
    document = build_ita_report(database, office_uuid=office.uuid, fiscal_year=FISCAL_YEAR)
    assert document.title == TITLE
    assert document.office_line == OFFICE_LINE
    assert [(r.measure_number, r.first_action, len(r.actions)) for r in document.rows] == [
        *((1, 1, 3), (1, 4, 1), (2, 1, 3), (3, 1, 1), (3, 2, 1), (3, 3, 1), (4, 1, 7), (5, 1, 4), (6, 1, 6)),
        *((7, 1, 2), (7, 3, 4), (8, 1, 2), (8, 3, 1), (8, 4, 2), (8, 6, 2), (8, 8, 2), (8, 10, 2)),
    ]
    assert [r.measure_number for r in document.rows if r.opens_measure] == list(range(1, 9))
    last = document.rows[-1]
    assert last.citation_lines == (
        "(อ้างอิงจากผลการประเมิน ITA ภาพรวม ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ได้คะแนนไม่ต่ำกว่าร้อยละ ๘๕)",
        "คะแนนภาพรวม ได้ ๙๓.๕๐",
    )


def test_actions_no_result_covers_print_in_rows_of_their_own(database, office) -> None:
    draft = small_draft(result_blocks=(ItaResultBlockDraft(2, 2, "ผลข้อ ๒"),))
    save_ita_report(database, office_uuid=office.uuid, fiscal_year=2024, draft=draft)
    rows = build_ita_report(database, office_uuid=office.uuid, fiscal_year=2024).rows
    assert [(r.first_action, len(r.actions), r.result_paragraphs) for r in rows] == [
        (1, 1, ()),
        (2, 1, ("ผลข้อ ๒",)),
        (3, 2, ()),
    ]
    with pytest.raises(KeyError):
        build_ita_report(database, office_uuid=office.uuid, fiscal_year=2023)


# --- parsers (Hypothesis) ----------------------------------------------------------------------------


@PROPS
@given(st.text(max_size=30))
def test_parse_ita_code_never_crashes_and_gives_canonical_codes(text: str) -> None:
    try:
        code = parse_ita_code(text)
    except ThaiParseError:
        return
    assert CANONICAL.fullmatch(code)
    assert parse_ita_code(code) == code


CODES = st.one_of(
    st.just("ITA"),
    st.builds(lambda kind, n: f"{kind}{n}", st.sampled_from(["e", "i", "o", "IND-"]), st.integers(1, 99)),
)


@PROPS
@given(CODES, st.booleans())
def test_parse_ita_code_accepts_what_it_prints(code: str, with_label: bool) -> None:
    printed = reference_text(ItaReferenceDraft(code), with_label=with_label)
    for text in (code, code.lower(), printed, to_arabic_digits(printed)):
        assert parse_ita_code(text) == code


@PROPS
@given(st.sampled_from(["e", "i", "o", "ตัวชี้วัดที่ ", "IND-"]), st.integers(100, 999) | st.just(0))
def test_parse_ita_code_refuses_numbers_out_of_range(prefix: str, number: int) -> None:
    with pytest.raises(ThaiParseError, match="ต้องอยู่ระหว่าง ๑ ถึง ๙๙"):
        parse_ita_code(f"{prefix}{number}")


@PROPS
@given(st.text(max_size=20))
def test_parse_score_never_crashes(text: str) -> None:
    try:
        score = parse_score(text)
    except ThaiParseError:
        return
    assert score is None or (0 <= score <= 100 and score == score.quantize(Decimal("0.01")))


SCORES = st.decimals(min_value=0, max_value=100, places=2)


@PROPS
@given(SCORES)
def test_parse_score_accepts_what_it_prints(score: Decimal) -> None:
    assert parse_score(format_score(score)) == score
    assert parse_score(to_arabic_digits(format_score(score))) == score


@PROPS
@given(
    st.decimals(min_value=Decimal("100.01"), max_value=10**6, places=2)
    | st.decimals(min_value=-(10**6), max_value=Decimal("-0.01"), places=2)
)
def test_parse_score_refuses_out_of_range(score: Decimal) -> None:
    with pytest.raises(ThaiParseError, match="คะแนนต้องอยู่ระหว่าง ๐ ถึง ๑๐๐"):
        parse_score(str(score))


@PROPS
@given(st.decimals(min_value=0, max_value=100, places=3).filter(lambda d: d != d.quantize(Decimal("0.01"))))
def test_parse_score_refuses_more_than_two_decimals(score: Decimal) -> None:
    with pytest.raises(ThaiParseError, match="ทศนิยมได้ไม่เกิน ๒ ตำแหน่ง"):
        parse_score(str(score))


def test_parse_score_reads_thai_digits_and_blanks() -> None:
    assert parse_score("๘๒.๕๕") == Decimal("82.55")
    assert parse_score(" ๑๐๐ ") == Decimal("100.00")
    assert parse_score("") is None
    assert parse_score("-") is None
    with pytest.raises(ThaiParseError, match="อ่านคะแนน “ร้อยละแปดสิบ” ไม่ได้"):
        parse_score("ร้อยละแปดสิบ")
