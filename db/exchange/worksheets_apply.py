"""Applying what division worksheets changed: every item in one transaction, or nothing.

The rounds service's ``RoundState`` does the writing, so worksheets and the progress editor write
exactly the same rows (clean, validate, results, audit after an unlock).
"""

from __future__ import annotations

from db.errors import BadInput, ValidationFailed
from db.exchange.worksheets_changes import WorksheetChanges, WorksheetRefused, WorksheetStale
from db.services.rounds import RoundState, check_unlocked, round_by_uuid
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
        state = RoundState(session, round_by_uuid(session, round_uuid))
        check_unlocked(state.round)
        if changes.is_empty:
            return 0
        stale = [
            f"{change.number} {change.name}"
            for change in changes.items
            if state.progress(change.item_uuid) != change.current
        ]
        if stale:
            raise WorksheetStale(stale)
        problems = []
        for change in changes.items:
            try:
                state.record(change.item_uuid, change.draft, clerk)
            except ValidationFailed as refused:
                problems += [f"{change.number} {change.name}: {e.message_th}" for e in refused.errors]
        if problems:
            raise WorksheetRefused(problems)
        return len(changes.items)
