"""Reporting rounds (รอบ ๖ เดือน, รอบ ๑๒ เดือน ผลงานสะสม) and what each plan item achieved in them.

A round belongs to a plan and a fiscal year. An item has no progress record until someone reports it
("ยังไม่รายงาน"); until then it is shown with the plan's budgets for that year. The 12-month round is
cumulative: an item not yet reported there shows its 6-month figures, and the year's disbursement can
never be less than the first half's.

A submitted round is locked. Unlocking asks who and why; every change made after that is written to
the audit trail with that reason, and ``round_changes`` gives it back for printing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.base import utcnow
from db.errors import FieldError, UserFacingError, ValidationFailed
from db.models import (
    AuditAction,
    AuditEntry,
    IndicatorResult,
    ItemProgress,
    NotPossibleReason,
    PlanItem,
    ProgressStatus,
    Round,
)
from db.services.items import item_by_uuid
from db.services.plans import plan_by_uuid
from db.session import Database
from db.thai import format_money
from db.thai.fiscal import RoundKind, round_range


class RoundLocked(UserFacingError):
    """The round was submitted: it must be unlocked (with a reason) before anything changes."""


@dataclass(frozen=True)
class IndicatorResultDraft:
    actual_value: Decimal | None = None
    actual_text: str = ""
    note: str = ""


NO_RESULT = IndicatorResultDraft()


@dataclass(frozen=True)
class ProgressDraft:
    """What a clerk reports for one item in one round. ``indicator_results`` follows the order of
    the item's indicators (missing ones are empty)."""

    status: ProgressStatus | None = None
    not_possible_reason: NotPossibleReason | None = None
    not_possible_note: str = ""
    actions_text: str = ""
    results_text: str = ""
    amount_integrated: Decimal | None = None
    amount_own: Decimal | None = None
    amount_disbursed: Decimal | None = None
    track_conscience: bool = False
    track_mechanism: bool = False
    track_efficiency: bool = False
    remarks: str = ""
    indicator_results: tuple[IndicatorResultDraft, ...] = ()

    def as_draft(self) -> ProgressDraft:
        return ProgressDraft(**{f.name: getattr(self, f.name) for f in fields(ProgressDraft)})


@dataclass(frozen=True)
class ItemProgressDetail(ProgressDraft):
    item_uuid: str = ""
    #: False: nothing recorded in this round yet (values come from the plan, or from the 6-month round)
    reported: bool = False
    #: the values shown were carried from the 6-month round into the cumulative 12-month round
    carried: bool = False


@dataclass(frozen=True)
class RoundSummary:
    """The summary page, the reporter block and the announcement's signer."""

    supporting_factors: str = ""
    problems: str = ""
    suggestions: str = ""
    reporter_name: str = ""
    reporter_position: str = ""
    reporter_phone: str = ""
    reporter_fax: str = ""
    reporter_email: str = ""
    report_date: date | None = None
    announcement_date: date | None = None
    signer_name: str = ""
    signer_position: str = ""


@dataclass(frozen=True)
class RoundInfo:
    uuid: str
    plan_uuid: str
    fiscal_year: int
    kind: RoundKind
    locked: bool
    locked_at: datetime | None
    summary: RoundSummary
    #: the clerk and reason of the last unlock, if the round was ever unlocked
    unlocked_by: str = ""
    unlock_reason: str = ""

    @property
    def date_range(self) -> tuple[date, date]:
        return round_range(self.fiscal_year, self.kind)


@dataclass(frozen=True)
class ChangeRecord:
    """One line of the audit trail of a round: who changed what, when, and why."""

    at: datetime
    clerk_name: str
    action: AuditAction
    what: str
    field: str
    old_value: str | None
    new_value: str | None
    reason: str


ROUND_ENTITY = "rounds"
PROGRESS_ENTITY = "item_progress"
_SUMMARY_FIELDS = tuple(f.name for f in fields(RoundSummary))
_PROGRESS_FIELDS = tuple(f.name for f in fields(ProgressDraft) if f.name != "indicator_results")


# -- reading -------------------------------------------------------------------------------------------
def round_by_uuid(session: Session, round_uuid: str) -> Round:
    found = session.scalar(select(Round).where(Round.uuid == round_uuid))
    if found is None:
        raise KeyError(round_uuid)
    return found


def _last_unlock(session: Session, round_: Round) -> AuditEntry | None:
    return session.scalar(
        select(AuditEntry)
        .where(AuditEntry.entity_uuid == round_.uuid, AuditEntry.action == AuditAction.UNLOCK)
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        .limit(1)
    )


def _info(session: Session, round_: Round) -> RoundInfo:
    unlock = _last_unlock(session, round_)
    return RoundInfo(
        uuid=round_.uuid,
        plan_uuid=round_.plan.uuid,
        fiscal_year=round_.fiscal_year,
        kind=round_.kind,
        locked=round_.locked,
        locked_at=round_.locked_at,
        summary=RoundSummary(**{name: getattr(round_, name) for name in _SUMMARY_FIELDS}),
        unlocked_by=unlock.clerk_name if unlock else "",
        unlock_reason=unlock.reason if unlock else "",
    )


def open_round(database: Database, *, plan_uuid: str, fiscal_year: int, kind: RoundKind) -> RoundInfo:
    """The plan's round for ``fiscal_year`` and ``kind``, created empty the first time."""
    kind = RoundKind(kind)
    with database.session() as session:
        plan = plan_by_uuid(session, plan_uuid)
        if not plan.first_fiscal_year <= fiscal_year <= plan.last_fiscal_year:
            raise ValidationFailed(
                (
                    FieldError(
                        "fiscal_year",
                        f"แผนนี้ครอบคลุมปีงบประมาณ พ.ศ. {plan.first_fiscal_year + 543}–"
                        f"{plan.last_fiscal_year + 543} ไม่มีปี พ.ศ. {fiscal_year + 543}",
                    ),
                )
            )
        found = session.scalar(
            select(Round).where(
                Round.plan_id == plan.id, Round.fiscal_year == fiscal_year, Round.kind == kind
            )
        )
        if found is None:
            found = Round(plan=plan, fiscal_year=fiscal_year, kind=kind)
            session.add(found)
            session.flush()
        return _info(session, found)


def get_round(database: Database, round_uuid: str) -> RoundInfo:
    with database.session() as session:
        return _info(session, round_by_uuid(session, round_uuid))


def list_rounds(database: Database, plan_uuid: str) -> tuple[RoundInfo, ...]:
    with database.session() as session:
        plan = plan_by_uuid(session, plan_uuid)
        rounds = session.scalars(select(Round).where(Round.plan_id == plan.id))
        ordered = sorted(rounds, key=lambda r: (r.fiscal_year, int(r.kind.value)))  # "12" sorts before "6"
        return tuple(_info(session, r) for r in ordered)


def _round_items(session: Session, round_: Round) -> list[PlanItem]:
    """The plan's items included in the round's fiscal year, in plan order."""
    items = session.scalars(
        select(PlanItem)
        .where(PlanItem.plan_id == round_.plan_id)
        .order_by(PlanItem.position, PlanItem.id)
        .options(selectinload(PlanItem.years), selectinload(PlanItem.indicators))
    )
    return [i for i in items if any(y.fiscal_year == round_.fiscal_year and y.included for y in i.years)]


def _records(session: Session, round_: Round) -> dict[int, ItemProgress]:
    records = session.scalars(
        select(ItemProgress)
        .where(ItemProgress.round_id == round_.id)
        .options(selectinload(ItemProgress.indicator_results).selectinload(IndicatorResult.indicator))
    )
    return {r.plan_item_id: r for r in records}


def _other_half(session: Session, round_: Round, kind: RoundKind) -> Round | None:
    """The same year's round of ``kind``, when it is the other one and exists."""
    if round_.kind is kind:
        return None
    return session.scalar(
        select(Round).where(
            Round.plan_id == round_.plan_id, Round.fiscal_year == round_.fiscal_year, Round.kind == kind
        )
    )


def _first_half(session: Session, round_: Round) -> Round | None:
    return _other_half(session, round_, RoundKind.SIX_MONTH)


def _second_half(session: Session, round_: Round) -> Round | None:
    return _other_half(session, round_, RoundKind.TWELVE_MONTH)


def _detail(item: PlanItem, record: ItemProgress) -> dict[str, object]:
    by_indicator = {r.indicator_id: r for r in record.indicator_results}
    results = []
    for indicator in item.indicators:
        result = by_indicator.get(indicator.id)
        results.append(
            IndicatorResultDraft(result.actual_value, result.actual_text, result.note)
            if result
            else NO_RESULT
        )
    values: dict[str, object] = {name: getattr(record, name) for name in _PROGRESS_FIELDS}
    values["indicator_results"] = tuple(results)
    return values


def _from_plan(item: PlanItem, fiscal_year: int) -> dict[str, object]:
    year = next(y for y in item.years if y.fiscal_year == fiscal_year)
    return {
        "amount_own": year.budget_own,
        "amount_integrated": year.budget_integrated,
        "indicator_results": tuple(NO_RESULT for _ in item.indicators),
    }


def _progress_of(
    item: PlanItem, round_: Round, records: dict[int, ItemProgress], first_half: dict[int, ItemProgress]
) -> ItemProgressDetail:
    if item.id in records:
        return ItemProgressDetail(item_uuid=item.uuid, reported=True, **_detail(item, records[item.id]))  # type: ignore[arg-type]
    if item.id in first_half:
        return ItemProgressDetail(item_uuid=item.uuid, carried=True, **_detail(item, first_half[item.id]))  # type: ignore[arg-type]
    return ItemProgressDetail(item_uuid=item.uuid, **_from_plan(item, round_.fiscal_year))  # type: ignore[arg-type]


def round_progress(database: Database, round_uuid: str) -> tuple[ItemProgressDetail, ...]:
    """Every item of the round's fiscal year, in plan order, with what was reported (or its defaults)."""
    with database.session() as session:
        round_ = round_by_uuid(session, round_uuid)
        records = _records(session, round_)
        earlier = _first_half(session, round_)
        first_half = _records(session, earlier) if earlier is not None else {}
        return tuple(
            _progress_of(item, round_, records, first_half) for item in _round_items(session, round_)
        )


def get_progress(database: Database, *, round_uuid: str, item_uuid: str) -> ItemProgressDetail:
    return next(p for p in round_progress(database, round_uuid) if p.item_uuid == item_uuid)


# -- validation ----------------------------------------------------------------------------------------
def _baht(amount: Decimal) -> str:
    return f"{format_money(amount)} บาท"


def validate_progress(
    draft: ProgressDraft,
    *,
    indicator_count: int,
    first_half: ItemProgressDetail | None = None,
    second_half: ItemProgressDetail | None = None,
) -> list[FieldError]:
    """Field-keyed Thai messages for everything wrong with ``draft``.

    ``first_half``: the item's 6-month record when ``draft`` is for the 12-month round (cumulative:
    the year's disbursement cannot be less); ``second_half``: its 12-month record when ``draft`` is
    for the 6-month round.
    """
    errors: list[FieldError] = []
    not_possible = draft.status is ProgressStatus.NOT_POSSIBLE
    if not_possible and draft.not_possible_reason is None:
        errors.append(FieldError("not_possible_reason", "กรุณาเลือกเหตุผลที่ไม่สามารถดำเนินการได้"))
    if not not_possible and draft.not_possible_reason is not None:
        errors.append(
            FieldError(
                "not_possible_reason",
                'ระบุเหตุผลได้เฉพาะรายการที่มีสถานะ "ไม่สามารถดำเนินการได้"',
            )
        )
    if draft.not_possible_reason is NotPossibleReason.OTHER and not draft.not_possible_note.strip():
        errors.append(FieldError("not_possible_note", 'กรุณาระบุเหตุผล "อื่น ๆ"'))
    for name, label in (
        ("amount_integrated", "งบบูรณาการ"),
        ("amount_own", "งบหน่วยงาน"),
        ("amount_disbursed", "ผลเบิกจ่าย"),
    ):
        value = getattr(draft, name)
        if value is not None and value < 0:
            errors.append(FieldError(name, f"{label}ต้องไม่ติดลบ"))
        elif value is not None and value != value.quantize(Decimal("0.01")):
            errors.append(FieldError(name, f"{label}มีทศนิยมได้ไม่เกิน ๒ ตำแหน่ง (สตางค์)"))
    disbursed = draft.amount_disbursed
    budgets = [a for a in (draft.amount_own, draft.amount_integrated) if a is not None]
    if disbursed is not None and budgets and disbursed > sum(budgets):
        errors.append(
            FieldError(
                "amount_disbursed",
                f"ผลเบิกจ่าย {_baht(disbursed)} มากกว่างบประมาณ {_baht(sum(budgets, Decimal(0)))} "
                "(งบหน่วยงานรวมงบบูรณาการ) กรุณาตรวจสอบตัวเลข",
            )
        )
    earlier = first_half.amount_disbursed if first_half and first_half.reported else None
    if disbursed is not None and earlier is not None and disbursed < earlier:
        errors.append(
            FieldError(
                "amount_disbursed",
                f"ผลเบิกจ่ายรอบ ๑๒ เดือนเป็นยอดสะสมทั้งปี ต้องไม่น้อยกว่ารอบ ๖ เดือน ({_baht(earlier)})",
            )
        )
    later = second_half.amount_disbursed if second_half and second_half.reported else None
    if disbursed is not None and later is not None and disbursed > later:
        errors.append(
            FieldError(
                "amount_disbursed",
                f"ผลเบิกจ่ายรอบ ๖ เดือนต้องไม่มากกว่ายอดสะสมรอบ ๑๒ เดือนที่รายงานไว้แล้ว ({_baht(later)})",
            )
        )
    if len(draft.indicator_results) > indicator_count:
        errors.append(
            FieldError(
                "indicator_results",
                f"รายการนี้มีตัวชี้วัด {indicator_count} ตัว แต่ได้รับผล {len(draft.indicator_results)} ตัว",
            )
        )
    for index, result in enumerate(draft.indicator_results):
        if result.actual_value is not None and result.actual_value < 0:
            errors.append(FieldError(f"indicator_results[{index}]", "ผลตามตัวชี้วัดต้องไม่ติดลบ"))
    return errors


# -- writing -------------------------------------------------------------------------------------------
def check_unlocked(round_: Round) -> None:
    if round_.locked:
        kind = "๖" if round_.kind is RoundKind.SIX_MONTH else "๑๒"
        raise RoundLocked(
            f"รอบ {kind} เดือน ปีงบประมาณ พ.ศ. {round_.fiscal_year + 543} ส่งรายงานแล้ว (ล็อกไว้) "
            "หากต้องแก้ไข ให้ปลดล็อกพร้อมระบุเหตุผลก่อน"
        )


def _as_text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "ใช่" if value else "ไม่ใช่"
    if hasattr(value, "label_th"):
        return value.label_th  # type: ignore[no-any-return]
    return str(value)


def _audit_changes(
    session: Session,
    round_: Round,
    *,
    item: PlanItem | None,
    before: dict[str, object],
    after: dict[str, object],
    created: bool,
    clerk: str,
) -> None:
    """After an unlock, record each changed field (who, when, old → new, the unlock's reason).

    Entries are kept under the round's UUID; a progress entry's ``field`` is "<item uuid>/<field>",
    so the trail stays whole even when a record is later cleared.
    """
    unlock = _last_unlock(session, round_)
    if unlock is None:
        return
    for name, new in after.items():
        old = before.get(name)
        if old != new:
            session.add(
                AuditEntry(
                    clerk_name=clerk or unlock.clerk_name,
                    action=AuditAction.CREATE if created else AuditAction.UPDATE,
                    entity=PROGRESS_ENTITY if item is not None else ROUND_ENTITY,
                    entity_uuid=round_.uuid,
                    field=f"{item.uuid}/{name}" if item is not None else name,
                    old_value=_as_text(old),
                    new_value=_as_text(new),
                    reason=unlock.reason,
                )
            )


def _blank_is_none(value: object) -> object:
    return None if value == "" else value


def _flat(draft: ProgressDraft) -> dict[str, object]:
    values: dict[str, object] = {name: _blank_is_none(getattr(draft, name)) for name in _PROGRESS_FIELDS}
    for index, result in enumerate(draft.indicator_results):
        for name in ("actual_value", "actual_text", "note"):
            value = getattr(result, name)
            values[f"indicator_results[{index}].{name}"] = _blank_is_none(value)
    return values


def clean_progress(draft: ProgressDraft, indicator_count: int) -> ProgressDraft:
    """The draft as it is saved: texts stripped, one (maybe empty) result per indicator."""
    results = list(draft.indicator_results) + [NO_RESULT] * (indicator_count - len(draft.indicator_results))
    return replace(
        draft,
        not_possible_note=draft.not_possible_note.strip(),
        actions_text=draft.actions_text.strip(),
        results_text=draft.results_text.strip(),
        remarks=draft.remarks.strip(),
        indicator_results=tuple(
            IndicatorResultDraft(r.actual_value, r.actual_text.strip(), r.note.strip()) for r in results
        ),
    )


def record_progress(
    database: Database, *, round_uuid: str, item_uuid: str, draft: ProgressDraft, clerk: str = ""
) -> ItemProgressDetail:
    """Save what ``draft`` says about the item in the round, as a whole, in one transaction."""
    (saved,) = record_many_progress(database, round_uuid=round_uuid, drafts=[(item_uuid, draft)], clerk=clerk)
    return saved


def record_many_progress(
    database: Database,
    *,
    round_uuid: str,
    drafts: Sequence[tuple[str, ProgressDraft]],
    clerk: str = "",
) -> tuple[ItemProgressDetail, ...]:
    """Save several items' progress in one transaction: all of them, or (on any error) none.

    With more than one draft, the field names of ``ValidationFailed`` say which item they are
    about: "items[<item uuid>].amount_disbursed".
    """
    with database.session() as session:
        state = RoundState(session, round_by_uuid(session, round_uuid))
        check_unlocked(state.round)
        saved, errors = [], []
        for item_uuid, draft in drafts:
            try:
                saved.append(state.record(item_uuid, draft, clerk))
            except ValidationFailed as refused:
                prefix = f"items[{item_uuid}]." if len(drafts) > 1 else ""
                errors.extend(FieldError(prefix + e.field, e.message_th) for e in refused.errors)
        if errors:
            raise ValidationFailed(tuple(errors))
        return tuple(saved)


class RoundState:
    """A round's items and records, read once for a batch of changes in one transaction."""

    def __init__(self, session: Session, round_: Round) -> None:
        self.session, self.round = session, round_
        self.items = {i.uuid: i for i in _round_items(session, round_)}
        self.records = _records(session, round_)
        first, second = _first_half(session, round_), _second_half(session, round_)
        self.first_half = _records(session, first) if first is not None else {}
        self.second_half = _records(session, second) if second is not None else {}

    def other_half(self, records: dict[int, ItemProgress], item: PlanItem) -> ItemProgressDetail | None:
        record = records.get(item.id)
        if record is None:
            return None
        return ItemProgressDetail(item_uuid=item.uuid, reported=True, **_detail(item, record))  # type: ignore[arg-type]

    def progress(self, item_uuid: str) -> ItemProgressDetail | None:
        """What ``round_progress`` shows for the item now; None when it is not in the round."""
        item = self.items.get(item_uuid)
        if item is None:
            return None
        return _progress_of(item, self.round, self.records, self.first_half)

    def record(self, item_uuid: str, draft: ProgressDraft, clerk: str) -> ItemProgressDetail:
        item = self.items.get(item_uuid)
        if item is None:
            raise ValidationFailed(
                (FieldError("item", "รายการนี้ไม่อยู่ในแผนของรอบนี้ หรือไม่ได้ดำเนินการในปีงบประมาณนี้"),)
            )
        draft = clean_progress(draft, len(item.indicators))
        errors = validate_progress(
            draft,
            indicator_count=len(item.indicators),
            first_half=self.other_half(self.first_half, item),
            second_half=self.other_half(self.second_half, item),
        )
        if errors:
            raise ValidationFailed(tuple(errors))
        record = self.records.get(item.id)
        created = record is None
        before = _flat(ProgressDraft(**_detail(item, record)) if record else ProgressDraft())  # type: ignore[arg-type]
        if record is None:
            record = ItemProgress(round=self.round, item=item)
            self.session.add(record)
            self.records[item.id] = record
        for name in _PROGRESS_FIELDS:
            setattr(record, name, getattr(draft, name))
        _write_results(record, item, draft)
        self.session.flush()
        _audit_changes(
            self.session,
            self.round,
            item=item,
            before=before,
            after=_flat(draft),
            created=created,
            clerk=clerk,
        )
        return ItemProgressDetail(item_uuid=item.uuid, reported=True, **_detail(item, record))  # type: ignore[arg-type]


def _write_results(record: ItemProgress, item: PlanItem, draft: ProgressDraft) -> None:
    existing = {r.indicator_id: r for r in record.indicator_results}
    kept = []
    for indicator, result in zip(item.indicators, draft.indicator_results, strict=True):
        if result == NO_RESULT:
            continue
        row = existing.get(indicator.id) or IndicatorResult(indicator=indicator)
        row.actual_value, row.actual_text, row.note = result.actual_value, result.actual_text, result.note
        kept.append(row)
    record.indicator_results = kept


def check_progress_draft(
    database: Database, *, round_uuid: str, item_uuid: str, draft: ProgressDraft
) -> tuple[FieldError, ...]:
    """What an editor should show before saving: the checks ``record_progress`` makes, nothing written."""
    with database.session() as session:
        state = RoundState(session, round_by_uuid(session, round_uuid))
        item = state.items.get(item_uuid)
        if item is None:
            return (FieldError("item", "รายการนี้ไม่อยู่ในแผนของรอบนี้ หรือไม่ได้ดำเนินการในปีงบประมาณนี้"),)
        return tuple(
            validate_progress(
                clean_progress(draft, len(item.indicators)),
                indicator_count=len(item.indicators),
                first_half=state.other_half(state.first_half, item),
                second_half=state.other_half(state.second_half, item),
            )
        )


def clear_progress(database: Database, *, round_uuid: str, item_uuid: str, clerk: str = "") -> None:
    """Take back what was reported for the item in the round (it becomes "ยังไม่รายงาน" again)."""
    with database.session() as session:
        round_ = round_by_uuid(session, round_uuid)
        check_unlocked(round_)
        item = item_by_uuid(session, item_uuid)
        record = _records(session, round_).get(item.id)
        if record is None:
            return
        if record.evidence:
            raise UserFacingError(
                f"รายการนี้มีหลักฐานแนบอยู่ {len(record.evidence)} ไฟล์ กรุณานำหลักฐานออกก่อนล้างผลการดำเนินงาน"
            )
        unlock = _last_unlock(session, round_)
        if unlock is not None:
            session.add(
                AuditEntry(
                    clerk_name=clerk or unlock.clerk_name,
                    action=AuditAction.DELETE,
                    entity=PROGRESS_ENTITY,
                    entity_uuid=round_.uuid,
                    field=f"{item.uuid}/status",
                    old_value=_as_text(record.status) or "ยังไม่ระบุสถานะ",
                    new_value="ยังไม่รายงาน",
                    reason=unlock.reason,
                )
            )
        session.delete(record)


def update_round_summary(
    database: Database, *, round_uuid: str, summary: RoundSummary, clerk: str = ""
) -> RoundInfo:
    """Save the summary page, the reporter block and the signer of the round."""
    with database.session() as session:
        round_ = round_by_uuid(session, round_uuid)
        check_unlocked(round_)
        cleaned = {
            name: value.strip() if isinstance(value, str) else value
            for name, value in ((n, getattr(summary, n)) for n in _SUMMARY_FIELDS)
        }
        email = str(cleaned["reporter_email"])
        if email and ("@" not in email or " " in email):
            raise ValidationFailed(
                (FieldError("reporter_email", "อีเมลไม่ถูกต้อง ตัวอย่าง: saraban@example.go.th"),)
            )
        before = {name: getattr(round_, name) for name in _SUMMARY_FIELDS}
        for name, value in cleaned.items():
            setattr(round_, name, value)
        session.flush()
        _audit_changes(
            session,
            round_,
            item=None,
            before=before,
            after=cleaned,
            created=False,
            clerk=clerk,
        )
        return _info(session, round_)


def submit_round(database: Database, *, round_uuid: str, clerk: str = "") -> RoundInfo:
    """Mark the round as submitted: from now on it is read-only until unlocked with a reason."""
    with database.session() as session:
        round_ = round_by_uuid(session, round_uuid)
        if not round_.locked:
            round_.locked, round_.locked_at = True, utcnow()
            session.add(
                AuditEntry(
                    clerk_name=clerk.strip(),
                    action=AuditAction.LOCK,
                    entity=ROUND_ENTITY,
                    entity_uuid=round_.uuid,
                )
            )
        return _info(session, round_)


def unlock_round(database: Database, *, round_uuid: str, reason: str, clerk: str) -> RoundInfo:
    """Open a submitted round again; who and why are recorded and carried by every later change."""
    errors = []
    if not reason.strip():
        errors.append(FieldError("reason", "กรุณาระบุเหตุผลที่ต้องปลดล็อกเพื่อแก้ไขรายงานที่ส่งแล้ว"))
    if not clerk.strip():
        errors.append(FieldError("clerk", "กรุณาระบุชื่อผู้ปลดล็อก"))
    if errors:
        raise ValidationFailed(tuple(errors))
    with database.session() as session:
        round_ = round_by_uuid(session, round_uuid)
        if round_.locked:
            round_.locked, round_.locked_at = False, None
            session.add(
                AuditEntry(
                    clerk_name=clerk.strip(),
                    action=AuditAction.UNLOCK,
                    entity=ROUND_ENTITY,
                    entity_uuid=round_.uuid,
                    reason=" ".join(reason.split()),
                )
            )
        return _info(session, round_)


FIELD_LABELS = {
    "status": "สถานะ",
    "not_possible_reason": "เหตุผลที่ไม่สามารถดำเนินการได้",
    "not_possible_note": "เหตุผลอื่น ๆ",
    "actions_text": "การดำเนินการ",
    "results_text": "ผลการดำเนินการ",
    "amount_integrated": "งบบูรณาการ",
    "amount_own": "งบหน่วยงาน",
    "amount_disbursed": "ผลเบิกจ่าย",
    "track_conscience": "สร้างจิตสำนึกและปลูกฝังความซื่อสัตย์สุจริต",
    "track_mechanism": "สร้างกลไกการป้องกันการทุจริต",
    "track_efficiency": "สร้างประสิทธิภาพในการป้องกันการทุจริต",
    "remarks": "หมายเหตุ",
    "actual_value": "ผลตามตัวชี้วัด",
    "actual_text": "ผลตามตัวชี้วัด (ข้อความ)",
    "note": "หมายเหตุตัวชี้วัด",
    "supporting_factors": "ปัจจัยสนับสนุน",
    "problems": "ปัญหา/อุปสรรค",
    "suggestions": "ข้อเสนอแนะ",
    "reporter_name": "ผู้รายงาน",
    "reporter_position": "ตำแหน่งผู้รายงาน",
    "reporter_phone": "โทรศัพท์",
    "reporter_fax": "โทรสาร",
    "reporter_email": "อีเมล",
    "report_date": "วันที่รายงาน",
    "announcement_date": "วันที่ประกาศ",
    "signer_name": "ผู้ลงนามประกาศ",
    "signer_position": "ตำแหน่งผู้ลงนาม",
}


def _field_label(name: str) -> str:
    """ "indicator_results[1].actual_value" -> "ผลตามตัวชี้วัด (ตัวที่ 2)"."""
    if name.startswith("indicator_results["):
        index, _, leaf = name.removeprefix("indicator_results[").partition("].")
        return f"{FIELD_LABELS.get(leaf, leaf)} (ตัวที่ {int(index) + 1})"
    return FIELD_LABELS.get(name, name)


def round_changes(database: Database, round_uuid: str) -> tuple[ChangeRecord, ...]:
    """The round's audit trail, oldest first: submissions, unlocks, and every change after an unlock."""
    with database.session() as session:
        round_ = round_by_uuid(session, round_uuid)
        names = dict(
            session.execute(
                select(PlanItem.uuid, PlanItem.name).where(PlanItem.plan_id == round_.plan_id)
            ).all()
        )
        entries = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity_uuid == round_.uuid)
            .order_by(AuditEntry.at, AuditEntry.id)
        )
        out = []
        for entry in entries:
            item_uuid, _, name = entry.field.rpartition("/")
            if entry.entity == PROGRESS_ENTITY:
                what = names.get(item_uuid, "รายการที่ลบออกจากแผนแล้ว")
            elif entry.action in (AuditAction.LOCK, AuditAction.UNLOCK):
                what = "รายงานทั้งรอบ"
            else:
                what = "สรุปผลและผู้รายงาน"
            out.append(
                ChangeRecord(
                    at=entry.at,
                    clerk_name=entry.clerk_name,
                    action=entry.action,
                    what=what,
                    field=_field_label(name) if name else "",
                    old_value=entry.old_value,
                    new_value=entry.new_value,
                    reason=entry.reason,
                )
            )
        return tuple(out)


@dataclass(frozen=True)
class RoundChangeLog:
    """The audit trail of a round as it is printed: whose office, which round, every entry."""

    office_name: str
    fiscal_year: int
    kind: RoundKind
    changes: tuple[ChangeRecord, ...]


def build_round_change_log(database: Database, round_uuid: str) -> RoundChangeLog:
    round_ = get_round(database, round_uuid)
    with database.session() as session:
        office_name = plan_by_uuid(session, round_.plan_uuid).office.name
    return RoundChangeLog(office_name, round_.fiscal_year, round_.kind, round_changes(database, round_uuid))
