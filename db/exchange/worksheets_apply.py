"""Applying what division worksheets changed: every item in one transaction, or nothing.

``record_progress`` writes one item per transaction; to write a whole batch in one, this module does
what it does for each item (clean, validate, write the results, audit after an unlock) with the rounds
service's own helpers, so both paths write the same rows.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from db.errors import BadInput, FieldError
from db.exchange.worksheets_changes import WorksheetChanges, WorksheetRefused, WorksheetStale
from db.models import ItemProgress, PlanItem, Round
from db.services.rounds import (
    _PROGRESS_FIELDS,
    ItemProgressDetail,
    ProgressDraft,
    _audit_changes,
    _clean,
    _detail,
    _first_half,
    _flat,
    _progress_of,
    _records,
    _round_items,
    _second_half,
    _write_results,
    check_unlocked,
    round_by_uuid,
    validate_progress,
)
from db.session import Database


def apply_worksheet_changes(
    database: Database, *, round_uuid: str, changes: WorksheetChanges, clerk: str = ""
) -> int:
    """Write every change of the preview in one transaction; the number of items changed.

    Refuses (nothing written) when the round is locked (``RoundLocked``), when an item changed in the
    program since the preview was read (:class:`WorksheetStale`), or when a value is no longer valid.
    """
    if changes.round_uuid != round_uuid:
        raise BadInput("การเปลี่ยนแปลงนี้อ่านมาจากแบบรายงานของรอบอื่น จึงไม่ได้บันทึก กรุณาอ่านแบบรายงานของรอบนี้")
    with database.session() as session:
        round_ = round_by_uuid(session, round_uuid)
        check_unlocked(round_)
        if changes.is_empty:
            return 0
        items = {item.uuid: item for item in _round_items(session, round_)}
        records = _records(session, round_)
        earlier, later = _first_half(session, round_), _second_half(session, round_)
        first = _records(session, earlier) if earlier is not None else {}
        stale = [
            f"{change.number} {change.name}"
            for change in changes.items
            if change.item_uuid not in items
            or _progress_of(items[change.item_uuid], round_, records, first) != change.current
        ]
        if stale:
            raise WorksheetStale(stale)
        second = _records(session, later) if later is not None else {}
        problems = []
        for change in changes.items:
            item = items[change.item_uuid]
            errors = _record(session, round_, item, records.get(item.id), change.draft, clerk, first, second)
            problems += [f"{change.number} {change.name}: {error.message_th}" for error in errors]
        if problems:
            raise WorksheetRefused(problems)
        return len(changes.items)


def _recorded(item: PlanItem, records: dict[int, ItemProgress]) -> ItemProgressDetail | None:
    record = records.get(item.id)
    if record is None:
        return None
    return ItemProgressDetail(item_uuid=item.uuid, reported=True, **_detail(item, record))  # type: ignore[arg-type]


def _record(
    session: Session,
    round_: Round,
    item: PlanItem,
    record: ItemProgress | None,
    draft: ProgressDraft,
    clerk: str,
    first: dict[int, ItemProgress],
    second: dict[int, ItemProgress],
) -> list[FieldError]:
    """What ``record_progress`` does for one item, inside the caller's transaction."""
    draft = _clean(draft, len(item.indicators))
    errors = validate_progress(
        draft,
        indicator_count=len(item.indicators),
        first_half=_recorded(item, first),
        second_half=_recorded(item, second),
    )
    if errors:
        return errors
    created = record is None
    before = _flat(ProgressDraft(**_detail(item, record)) if record else ProgressDraft())  # type: ignore[arg-type]
    if record is None:
        record = ItemProgress(round=round_, item=item)
        session.add(record)
    for name in _PROGRESS_FIELDS:
        setattr(record, name, getattr(draft, name))
    _write_results(record, item, draft)
    session.flush()
    _audit_changes(
        session, round_, item=item, before=before, after=_flat(draft), created=created, clerk=clerk
    )
    return []
