"""The ITA measures report of an office (seed 001): รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใส
ภายในหน่วยงาน, one per office and fiscal year.

The report lists measures (มาตรการ). A measure has numbered actions (๑., ๒., …; their nested (๑) (๒)
details stay in the action's text, one per line) and result blocks: a result covers a contiguous range
of the measure's actions and cites ITA references, each with its score.

Reference codes are stored in one canonical form; :func:`parse_ita_code` reads what clerks type and
:func:`reference_text` prints them:

=========  ===============================================  ==========================
canonical  typed as (Thai or Arabic digits)                  printed
=========  ===============================================  ==========================
``IND-4``  "ตัวชี้วัดที่ ๔", "IND-4", "ind 4"                  "ตัวชี้วัดที่ ๔"
``e9``     "e๙", "ข้อ e9" (EIT: the service users' survey)    "ข้อ e๙"
``i14``    "i๑๔", "ข้อ i14" (IIT: the staff survey)           "ข้อ i๑๔"
``o28``    "o28", "๐๒๘" (OIT: published data; the Thai zero  "แบบวัด OIT ข้อ o๒๘"
           is what clerks type for the letter o)
``ITA``    "ITA", "ภาพรวม" (the overall score of the year)    "ภาพรวม"
=========  ===============================================  ==========================

Item and indicator numbers run from 1 to 99; the label (the item's name) is printed after the code.
A reference may claim the pass mark ("ได้คะแนนไม่ต่ำกว่าร้อยละ ๘๕"). A claim contradicted by its score,
or by the same code's score elsewhere in the report, is not refused: :func:`check_ita_report` reports
it. Scores are exact ``Decimal`` from 0 to 100 with at most two decimals.

The report is saved as a whole (:func:`save_ita_report`): its UUID survives a save, its parts are
written afresh and result blocks are kept in the order of the actions they cover.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from itertools import groupby

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.errors import FieldError, ValidationFailed
from db.models import ItaAction, ItaMeasure, ItaReference, ItaReport, ItaResultBlock, Office
from db.services.offices import OfficeInfo, office_by_uuid, to_info
from db.session import Database
from db.thai import ThaiParseError, to_arabic_digits, to_thai_digits
from db.thai.fiscal import FISCAL_BE_MAX, FISCAL_BE_MIN

OVERALL = "ITA"
PASS_MARK = Decimal(85)
CLAIM_TEXT = "ได้คะแนนไม่ต่ำกว่าร้อยละ ๘๕"
MAX_SCORE = Decimal(100)
CENT = Decimal("0.01")
MAX_ITEM_NUMBER = 99

_INDICATOR = re.compile(r"(?:ตัวชี้วัดที่|ind)\s*-?\s*(?P<number>[0-9]{1,3})")
# "0" stands for the letter o: clerks type the OIT item o28 as "๐๒๘"
_ITEM = re.compile(r"(?:แบบวัด\s*oit\s*)?(?:ข้อ\s*)?(?P<letter>[eio0])\s*(?P<number>[0-9]{1,3})")
_OVERALL_FORMS = frozenset({"ita", "ภาพรวม"})
_SCORE = re.compile(r"(?P<minus>[-−–])?(?P<number>[0-9]+(?:\.[0-9]+)?)")
_NO_SCORE = frozenset({"", "-", "–", "—"})
_CODE_EXAMPLES = "เช่น ตัวชี้วัดที่ ๑, e๙, i๑๔, o๒๘ หรือ ITA"


# -- drafts and details ------------------------------------------------------------------------------
@dataclass(frozen=True)
class ItaReferenceDraft:
    code: str
    label: str = ""
    claims_threshold: bool = False
    score: Decimal | None = None


@dataclass(frozen=True)
class ItaResultBlockDraft:
    first_action: int  # 1-based numbers of the measure's actions
    last_action: int
    result_text: str = ""
    references: tuple[ItaReferenceDraft, ...] = ()


@dataclass(frozen=True)
class ItaMeasureDraft:
    title: str
    actions: tuple[str, ...]
    result_blocks: tuple[ItaResultBlockDraft, ...] = ()


@dataclass(frozen=True)
class ItaReportDraft:
    measures: tuple[ItaMeasureDraft, ...]
    data_as_of: date | None = None


@dataclass(frozen=True)
class ItaReferenceDetail(ItaReferenceDraft):
    uuid: str = ""

    def as_draft(self) -> ItaReferenceDraft:
        return ItaReferenceDraft(self.code, self.label, self.claims_threshold, self.score)


@dataclass(frozen=True)
class ItaResultBlockDetail(ItaResultBlockDraft):
    references: tuple[ItaReferenceDetail, ...] = ()
    uuid: str = ""

    def as_draft(self) -> ItaResultBlockDraft:
        references = tuple(r.as_draft() for r in self.references)
        return ItaResultBlockDraft(self.first_action, self.last_action, self.result_text, references)


@dataclass(frozen=True)
class ItaMeasureDetail(ItaMeasureDraft):
    result_blocks: tuple[ItaResultBlockDetail, ...] = ()
    uuid: str = ""

    def as_draft(self) -> ItaMeasureDraft:
        return ItaMeasureDraft(self.title, self.actions, tuple(b.as_draft() for b in self.result_blocks))


@dataclass(frozen=True)
class ItaReportDetail(ItaReportDraft):
    measures: tuple[ItaMeasureDetail, ...] = ()
    uuid: str = ""
    office_uuid: str = ""
    fiscal_year: int = 0

    def as_draft(self) -> ItaReportDraft:
        return ItaReportDraft(tuple(m.as_draft() for m in self.measures), self.data_as_of)


@dataclass(frozen=True)
class ItaReportInfo:
    uuid: str
    office_uuid: str
    office_name: str
    fiscal_year: int
    data_as_of: date | None
    measure_count: int


@dataclass(frozen=True)
class ItaFinding:
    """Something in a saved report a reader would question (not an error: the report is kept)."""

    field: str
    message_th: str


# -- codes and scores ----------------------------------------------------------------------------------
def _quoted(text: str) -> str:
    shown = " ".join(text.split())
    return f"“{shown[:39]}…”" if len(shown) > 40 else f"“{shown}”"


def _item_number(digits: str, text: str) -> int:
    number = int(digits)
    if not 1 <= number <= MAX_ITEM_NUMBER:
        raise ThaiParseError(f"เลขข้อในรหัส {_quoted(text)} ต้องอยู่ระหว่าง ๑ ถึง ๙๙", text=text)
    return number


def parse_ita_code(text: str) -> str:
    """The canonical code ("IND-4", "e9", "i14", "o28", "ITA") of a reference as typed or printed."""
    compact = " ".join(to_arabic_digits(text).split()).lower()
    if not compact:
        raise ThaiParseError(f"กรุณากรอกรหัสข้ออ้างอิง ITA {_CODE_EXAMPLES}", text=text)
    if compact in _OVERALL_FORMS:
        return OVERALL
    if match := _INDICATOR.fullmatch(compact):
        return f"IND-{_item_number(match['number'], text)}"
    if match := _ITEM.fullmatch(compact):
        letter = "o" if match["letter"] == "0" else match["letter"]
        return f"{letter}{_item_number(match['number'], text)}"
    raise ThaiParseError(f"ไม่รู้จักรหัสอ้างอิง ITA {_quoted(text)} กรุณากรอก {_CODE_EXAMPLES}", text=text)


def _score_problem(score: Decimal) -> str | None:
    if not score.is_finite() or not 0 <= score <= MAX_SCORE:
        return "คะแนนต้องอยู่ระหว่าง ๐ ถึง ๑๐๐"
    if score != score.quantize(CENT):
        return "คะแนนมีทศนิยมได้ไม่เกิน ๒ ตำแหน่ง"
    return None


def parse_score(text: str) -> Decimal | None:
    """A score typed by a clerk ("๘๒.๕๕", "100"), to two decimals; blank or "-" gives ``None``."""
    compact = "".join(to_arabic_digits(text).split())
    if compact in _NO_SCORE:
        return None
    match = _SCORE.fullmatch(compact)
    if match is None:
        raise ThaiParseError(f"อ่านคะแนน {_quoted(text)} ไม่ได้ กรุณากรอกเป็นตัวเลข เช่น ๙๘.๓๘", text=text)
    score = Decimal(match["number"])
    problem = "คะแนนต้องอยู่ระหว่าง ๐ ถึง ๑๐๐" if match["minus"] else _score_problem(score)
    if problem is not None:
        raise ThaiParseError(f"{problem} (กรอกไว้ {_quoted(text)})", text=text)
    return score.quantize(CENT)


def format_score(score: Decimal) -> str:
    """A score as printed, always with two decimals: "๙๘.๓๘", "๑๐๐.๐๐"."""
    return to_thai_digits(f"{score.quantize(CENT):.2f}")


def reference_text(reference: ItaReferenceDraft, *, with_label: bool = True) -> str:
    """The reference as printed: "ข้อ e๙", "แบบวัด OIT ข้อ o๒๘", "ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ"."""
    code = parse_ita_code(reference.code)
    if code == OVERALL:
        text = "ภาพรวม"
    elif code.startswith("IND-"):
        text = f"ตัวชี้วัดที่ {code.removeprefix('IND-')}"
    elif code.startswith("o"):
        text = f"แบบวัด OIT ข้อ {code}"
    else:
        text = f"ข้อ {code}"
    label = " ".join(reference.label.split())
    return to_thai_digits(f"{text} {label}" if with_label and label else text)


def score_text(reference: ItaReferenceDraft) -> str:
    """ "คะแนนตัวชี้วัดที่ ๑ ได้ ๙๘.๓๘" (the reference must have a score)."""
    assert reference.score is not None
    return f"คะแนน{reference_text(reference, with_label=False)} ได้ {format_score(reference.score)}"


def citation_text(references: list[ItaReferenceDraft]) -> str:
    """One sentence citing ``references`` (which all claim the pass mark, or all do not)."""
    cited = " และ".join(reference_text(r) for r in references)
    if references[0].claims_threshold:
        return f"(อ้างอิงจากผลการประเมิน ITA {cited} {CLAIM_TEXT})"
    return f"(อ้างอิงจากการประเมิน ITA {cited})"


def citation_lines(block: ItaResultBlockDraft) -> tuple[str, ...]:
    """What the result column prints under a result's text: the citations, then each score."""
    groups = groupby(block.references, key=lambda r: r.claims_threshold)
    citations = [citation_text(list(group)) for _claims, group in groups]
    return (*citations, *(score_text(r) for r in block.references if r.score is not None))


# -- validation ---------------------------------------------------------------------------------------
def _blank(text: str) -> bool:
    return not text.strip()


def _reference_errors(reference: ItaReferenceDraft, key: str) -> list[FieldError]:
    errors = []
    try:
        parse_ita_code(reference.code)
    except ThaiParseError as exc:
        errors.append(FieldError(f"{key}.code", exc.message))
    if reference.score is not None:
        if not isinstance(reference.score, Decimal):
            raise TypeError(f"score must be Decimal, not {type(reference.score).__name__}")
        problem = _score_problem(reference.score)
        if problem is not None:
            errors.append(FieldError(f"{key}.score", problem))
    return errors


def _range_errors(blocks: tuple[ItaResultBlockDraft, ...], action_count: int, key: str) -> list[FieldError]:
    """Each block covers existing actions, first to last, and no action is covered twice."""
    errors = []
    valid = []
    last_number = to_thai_digits(str(action_count))
    for index, block in enumerate(blocks):
        field = f"{key}.result_blocks[{index}]"
        if block.first_action > block.last_action:
            errors.append(FieldError(field, "ข้อแรกที่ผลลัพธ์ครอบคลุมต้องไม่อยู่หลังข้อสุดท้าย"))
        elif block.first_action < 1 or block.last_action > action_count:
            errors.append(FieldError(field, f"ผลลัพธ์ต้องครอบคลุมเฉพาะข้อที่มีในมาตรการนี้ (ข้อ ๑–{last_number})"))
        else:
            valid.append((block.first_action, block.last_action, field))
    covered_up_to = 0
    for first, last, field in sorted(valid):
        if first <= covered_up_to:
            end = min(last, covered_up_to)
            twice = to_thai_digits(f"{first}–{end}" if first < end else str(first))
            errors.append(FieldError(field, f"ข้อ {twice} ซ้ำกับช่วงของผลลัพธ์อื่นในมาตรการเดียวกัน"))
        covered_up_to = max(covered_up_to, last)
    return errors


def _measure_errors(measure: ItaMeasureDraft, key: str) -> list[FieldError]:
    errors = []
    if _blank(measure.title):
        errors.append(FieldError(f"{key}.title", "กรุณากรอกชื่อมาตรการหรือกิจกรรมที่ดำเนินการ"))
    if not measure.actions:
        errors.append(FieldError(f"{key}.actions", "กรุณากรอกรายละเอียดการดำเนินการอย่างน้อยหนึ่งข้อ"))
    for index, action in enumerate(measure.actions):
        if _blank(action):
            errors.append(FieldError(f"{key}.actions[{index}]", "รายละเอียดการดำเนินการต้องไม่ว่าง"))
    errors.extend(_range_errors(measure.result_blocks, len(measure.actions), key))
    for b, block in enumerate(measure.result_blocks):
        for r, reference in enumerate(block.references):
            errors.extend(_reference_errors(reference, f"{key}.result_blocks[{b}].references[{r}]"))
    return errors


def validate_ita_report(draft: ItaReportDraft, *, fiscal_year: int) -> list[FieldError]:
    """Field-keyed Thai messages for everything that stops ``draft`` from being saved."""
    errors = []
    if not FISCAL_BE_MIN <= fiscal_year + 543 <= FISCAL_BE_MAX:
        errors.append(
            FieldError(
                "fiscal_year",
                to_thai_digits(
                    f"ปีงบประมาณ พ.ศ. {fiscal_year + 543} อยู่นอกช่วง พ.ศ. {FISCAL_BE_MIN}–{FISCAL_BE_MAX}"
                ),
            )
        )
    for index, measure in enumerate(draft.measures):
        errors.extend(_measure_errors(measure, f"measures[{index}]"))
    return errors


def _cited(report: ItaReportDraft) -> Iterator[tuple[str, int, ItaReferenceDraft, str]]:
    """(field, measure number, reference, canonical code) of every reference whose code is valid."""
    for m, measure in enumerate(report.measures):
        for b, block in enumerate(measure.result_blocks):
            for r, reference in enumerate(block.references):
                try:
                    code = parse_ita_code(reference.code)
                except ThaiParseError:
                    continue
                yield f"measures[{m}].result_blocks[{b}].references[{r}]", m + 1, reference, code


def check_ita_report(report: ItaReportDraft) -> tuple[ItaFinding, ...]:
    """Claims of the pass mark that a score contradicts: the reference's own score, or when it has
    none, the first score given for the same code elsewhere in the report."""
    cited = list(_cited(report))
    first_scores: dict[str, tuple[Decimal, int]] = {}
    for _field, number, reference, code in cited:
        if reference.score is not None:
            first_scores.setdefault(code, (reference.score, number))
    findings = []
    for field, _number, reference, code in cited:
        if not reference.claims_threshold:
            continue
        name = reference_text(reference, with_label=False)
        claim = f"{name} อ้างว่า{CLAIM_TEXT}"
        if reference.score is not None:
            if reference.score < PASS_MARK:
                message = f"{claim} แต่คะแนนที่ได้คือ {format_score(reference.score)}"
                findings.append(ItaFinding(field, message))
        elif code in first_scores and first_scores[code][0] < PASS_MARK:
            score, where = first_scores[code]
            place = to_thai_digits(str(where))
            message = f"{claim} แต่คะแนน{name} ในมาตรการที่ {place} คือ {format_score(score)}"
            findings.append(ItaFinding(field, message))
    return tuple(findings)


# -- storage ------------------------------------------------------------------------------------------
def _new_reference(position: int, draft: ItaReferenceDraft) -> ItaReference:
    return ItaReference(
        position=position,
        code=parse_ita_code(draft.code),
        label=" ".join(draft.label.split()),
        claims_threshold=draft.claims_threshold,
        score=None if draft.score is None else draft.score.quantize(CENT),
    )


def _new_block(draft: ItaResultBlockDraft) -> ItaResultBlock:
    return ItaResultBlock(
        first_action=draft.first_action,
        last_action=draft.last_action,
        result_text=draft.result_text.strip(),
        references=[_new_reference(p, r) for p, r in enumerate(draft.references)],
    )


def _new_measure(position: int, draft: ItaMeasureDraft) -> ItaMeasure:
    blocks = sorted(draft.result_blocks, key=lambda b: b.first_action)
    return ItaMeasure(
        position=position,
        title=draft.title.strip(),
        actions=[ItaAction(position=p, text=text.strip()) for p, text in enumerate(draft.actions)],
        result_blocks=[_new_block(b) for b in blocks],
    )


def _to_detail(report: ItaReport) -> ItaReportDetail:
    return ItaReportDetail(
        data_as_of=report.data_as_of,
        measures=tuple(
            ItaMeasureDetail(
                title=measure.title,
                actions=tuple(action.text for action in measure.actions),
                result_blocks=tuple(
                    ItaResultBlockDetail(
                        first_action=block.first_action,
                        last_action=block.last_action,
                        result_text=block.result_text,
                        references=tuple(
                            ItaReferenceDetail(
                                code=ref.code,
                                label=ref.label,
                                claims_threshold=ref.claims_threshold,
                                score=ref.score,
                                uuid=ref.uuid,
                            )
                            for ref in block.references
                        ),
                        uuid=block.uuid,
                    )
                    for block in measure.result_blocks
                ),
                uuid=measure.uuid,
            )
            for measure in report.measures
        ),
        uuid=report.uuid,
        office_uuid=report.office.uuid,
        fiscal_year=report.fiscal_year,
    )


def _report(session: Session, office: Office, fiscal_year: int) -> ItaReport | None:
    return session.scalar(
        select(ItaReport)
        .where(ItaReport.office_id == office.id, ItaReport.fiscal_year == fiscal_year)
        .options(
            selectinload(ItaReport.measures).selectinload(ItaMeasure.actions),
            selectinload(ItaReport.measures)
            .selectinload(ItaMeasure.result_blocks)
            .selectinload(ItaResultBlock.references),
        )
    )


def save_ita_report(
    database: Database, *, office_uuid: str, fiscal_year: int, draft: ItaReportDraft
) -> ItaReportDetail:
    """Write ``draft`` as the office's report for ``fiscal_year``, replacing any, all or nothing."""
    errors = validate_ita_report(draft, fiscal_year=fiscal_year)
    if errors:
        raise ValidationFailed(tuple(errors))
    with database.session() as session:
        office = office_by_uuid(session, office_uuid)
        report = _report(session, office, fiscal_year)
        if report is None:
            report = ItaReport(office=office, fiscal_year=fiscal_year)
            session.add(report)
        report.data_as_of = draft.data_as_of
        report.measures = [_new_measure(p, m) for p, m in enumerate(draft.measures)]
        session.flush()
        return _to_detail(report)


def get_ita_report(database: Database, *, office_uuid: str, fiscal_year: int) -> ItaReportDetail | None:
    with database.session() as session:
        report = _report(session, office_by_uuid(session, office_uuid), fiscal_year)
        return None if report is None else _to_detail(report)


def list_ita_reports(database: Database, *, office_uuid: str | None = None) -> tuple[ItaReportInfo, ...]:
    with database.session() as session:
        query = select(ItaReport).join(ItaReport.office).order_by(ItaReport.fiscal_year, Office.id)
        if office_uuid is not None:
            query = query.where(Office.uuid == office_uuid)
        query = query.options(selectinload(ItaReport.measures))
        return tuple(
            ItaReportInfo(
                uuid=report.uuid,
                office_uuid=report.office.uuid,
                office_name=report.office.name,
                fiscal_year=report.fiscal_year,
                data_as_of=report.data_as_of,
                measure_count=len(report.measures),
            )
            for report in session.scalars(query)
        )


def delete_ita_report(database: Database, *, office_uuid: str, fiscal_year: int) -> None:
    """Delete the office's report for ``fiscal_year``; KeyError if it has none."""
    with database.session() as session:
        report = _report(session, office_by_uuid(session, office_uuid), fiscal_year)
        if report is None:
            raise KeyError((office_uuid, fiscal_year))
        session.delete(report)


# -- the printed form ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class ItaRow:
    """One printed row: the actions of a measure that one result covers (or that none covers)."""

    measure_number: int
    measure_title: str
    opens_measure: bool  # the measure's number and title print on its first row only
    first_action: int
    actions: tuple[str, ...]
    result: ItaResultBlockDetail | None

    @property
    def result_paragraphs(self) -> tuple[str, ...]:
        if self.result is None:
            return ()
        return tuple(line.strip() for line in self.result.result_text.split("\n") if line.strip())

    @property
    def citation_lines(self) -> tuple[str, ...]:
        return () if self.result is None else citation_lines(self.result)


@dataclass(frozen=True)
class ItaReportDocument:
    office: OfficeInfo
    fiscal_year: int
    rows: tuple[ItaRow, ...]

    @property
    def title(self) -> str:
        # as the seed prints it, without a space after พ.ศ.
        return (
            "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน "
            f"ประจำปีงบประมาณ พ.ศ.{to_thai_digits(str(self.fiscal_year + 543))}"
        )

    @property
    def office_line(self) -> str:
        return f"{self.office.name} {self.office.location}".strip()


def measure_rows(number: int, measure: ItaMeasureDetail) -> list[ItaRow]:
    """Rows of one measure: each result block with the actions it covers, uncovered runs on their own."""
    blocks = {block.first_action: block for block in measure.result_blocks}
    rows: list[ItaRow] = []
    first = 1
    while first <= len(measure.actions):
        block = blocks.get(first)
        if block is not None:
            last = block.last_action
        else:
            last = min(
                (b.first_action - 1 for b in measure.result_blocks if b.first_action > first),
                default=len(measure.actions),
            )
        actions = measure.actions[first - 1 : last]
        rows.append(ItaRow(number, measure.title, not rows, first, actions, block))
        first = last + 1
    return rows


def build_ita_report(database: Database, *, office_uuid: str, fiscal_year: int) -> ItaReportDocument:
    """What the printed report shows; KeyError if the office has no report for ``fiscal_year``."""
    with database.session() as session:
        office = office_by_uuid(session, office_uuid)
        report = _report(session, office, fiscal_year)
        if report is None:
            raise KeyError((office_uuid, fiscal_year))
        detail = _to_detail(report)
        info = to_info(office)
    rows = [row for n, measure in enumerate(detail.measures, start=1) for row in measure_rows(n, measure)]
    return ItaReportDocument(office=info, fiscal_year=fiscal_year, rows=tuple(rows))
