"""Undoable edits of a reporting round, on the pattern of desktop/commands.py (saved at once; Ctrl+Z
takes them back through the same services).

Submitting a round (ส่งรายงาน) and unlocking it are deliberately NOT commands: they are plain actions
of the round view that are never put on the undo stack and clear nothing from it. Submitting is an
official act, so Ctrl+Z must not silently unlock a report that was sent; unlocking asks who and why,
and that record must stay. An edit still on the stack whose round was submitted since is refused by
the service when undone (RoundLocked), and the stack steps back with the reason shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from db.services.rounds import (
    ItemProgressDetail,
    ProgressDraft,
    RoundSummary,
    clear_progress,
    record_progress,
    update_round_summary,
)
from desktop.commands import NOTHING, Reload, ServiceCommand


def _short(name: str) -> str:
    return name if len(name) <= 40 else name[:39] + "…"


class RecordProgressCommand(ServiceCommand):
    """Save what was reported for one item; undo puts the old values back, or makes the item
    "ยังไม่รายงาน" again when nothing was reported for it in this round before."""

    def __init__(
        self,
        database,
        round_uuid: str,
        item_uuid: str,
        before: ItemProgressDetail,
        after: ProgressDraft,
        reload: Reload,
        *,
        name: str = "",
    ) -> None:
        text = (
            QCoreApplication.translate("RoundCommands", "บันทึกผล {name}").format(name=_short(name))
            if name
            else QCoreApplication.translate("RoundCommands", "บันทึกผลการดำเนินงาน")
        )
        super().__init__(text)
        self._database, self._round_uuid, self._item_uuid = database, round_uuid, item_uuid
        self._before, self._after, self._reload = before, after, reload

    def apply(self) -> None:
        record_progress(
            self._database, round_uuid=self._round_uuid, item_uuid=self._item_uuid, draft=self._after
        )
        self._reload({self._item_uuid})

    def revert(self) -> None:
        if self._before.reported:
            record_progress(
                self._database,
                round_uuid=self._round_uuid,
                item_uuid=self._item_uuid,
                draft=self._before.as_draft(),
            )
        else:  # nothing of its own in this round before (maybe values carried from the 6-month round)
            clear_progress(self._database, round_uuid=self._round_uuid, item_uuid=self._item_uuid)
        self._reload({self._item_uuid})


class UpdateSummaryCommand(ServiceCommand):
    """Save the round's summary page, reporter and signer; undo saves the previous ones back."""

    def __init__(
        self, database, round_uuid: str, before: RoundSummary, after: RoundSummary, reload: Reload
    ) -> None:
        super().__init__(QCoreApplication.translate("RoundCommands", "แก้ไขสรุปผลและผู้รายงาน"))
        self._database, self._round_uuid = database, round_uuid
        self._before, self._after, self._reload = before, after, reload

    def apply(self) -> None:
        update_round_summary(self._database, round_uuid=self._round_uuid, summary=self._after)
        self._reload(NOTHING)

    def revert(self) -> None:
        update_round_summary(self._database, round_uuid=self._round_uuid, summary=self._before)
        self._reload(NOTHING)
