"""Undoable edits. Each command makes one service call per redo/undo (one transaction each) and then
tells the window to reload; the change is already saved when redo() returns."""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import date

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack

from db.errors import UserFacingError, ValidationFailed
from db.services.items import (
    ItemDetail,
    ItemDraft,
    add_item,
    delete_item,
    get_item,
    replace_item,
    restore_item,
)
from db.services.plan_tools import approve_plan, move_item, reopen_plan, roll_over_year
from db.services.plans import PlanInfo

#: the window's reload: the UUIDs of the items that may have changed, or None for everything
Reload = Callable[[Collection[str] | None], None]
NOTHING: frozenset[str] = frozenset()


class ServiceCommand(QUndoCommand):
    """An edit made by services: ``apply`` does it, ``revert`` takes it back (each saves at once).

    The window calls ``apply`` itself before pushing, so a refused or failed edit never reaches the
    undo stack; QUndoStack.push() then calls redo(), which must not apply it a second time.

    When an undo or a redo fails later (the file is locked, the disk is full…), nothing changed in
    the database, so the stack is stepped back to where it was without touching the data again,
    and ``report_error`` shows the reason.
    """

    pre_applied = False
    skip_revert = False
    #: set by the window: shows a refused or failed change to the clerk
    report_error: Callable[[Exception], None] | None = None

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self.pre_applied:
            self.pre_applied = False
            return
        try:
            self.apply()
        except (UserFacingError, ValidationFailed) as exc:
            self.skip_revert = True  # the stack now thinks it is applied: step back without reverting
            self._step_back(exc, lambda stack: stack.undo())

    def undo(self) -> None:
        if self.skip_revert:
            self.skip_revert = False
            return
        try:
            self.revert()
        except (UserFacingError, ValidationFailed) as exc:
            self.pre_applied = True  # still applied in the database: step forward without applying
            self._step_back(exc, lambda stack: stack.redo())

    def _step_back(self, error: Exception, step: Callable[[QUndoStack], None]) -> None:
        stack = self._stack
        if stack is not None:
            QTimer.singleShot(0, lambda: step(stack))
        if ServiceCommand.report_error is not None:
            ServiceCommand.report_error(error)

    _stack: QUndoStack | None = None


def _short(name: str) -> str:
    return name if len(name) <= 40 else name[:39] + "…"


def _adding(drafts: list[ItemDraft]) -> str:
    if len(drafts) == 1:
        return QCoreApplication.translate("Commands", "เพิ่ม {name}").format(name=_short(drafts[0].name))
    return QCoreApplication.translate("Commands", "เพิ่ม {count} รายการ").format(count=len(drafts))


class ReplaceItemCommand(ServiceCommand):
    def __init__(self, database, before: ItemDetail, after: ItemDraft, reload: Reload) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "แก้ไข {name}").format(name=_short(after.name))
        )
        self._database, self._before, self._after, self._reload = database, before, after, reload

    def apply(self) -> None:
        replace_item(self._database, item_uuid=self._before.uuid, draft=self._after)
        self._reload({self._before.uuid})

    def revert(self) -> None:
        replace_item(self._database, item_uuid=self._before.uuid, draft=self._before)
        self._reload({self._before.uuid})


class AddItemsCommand(ServiceCommand):
    """Add one or several items; undo deletes them, redo puts the very same items (same UUIDs) back."""

    def __init__(
        self, database, plan_uuid: str, drafts: list[ItemDraft], reload: Reload, text: str = ""
    ) -> None:
        super().__init__(text or _adding(drafts))
        self._database, self._plan_uuid, self._drafts, self._reload = database, plan_uuid, drafts, reload
        self._added: list[ItemDetail] = []

    @property
    def added(self) -> list[ItemDetail]:
        return list(self._added)

    def apply(self) -> None:
        if self._added:
            for item in self._added:
                restore_item(self._database, item)
        else:
            self._added = [add_item(self._database, plan_uuid=self._plan_uuid, draft=d) for d in self._drafts]
        self._reload(NOTHING)  # the added items are new to the window: it reads them anyway

    def revert(self) -> None:
        for item in reversed(self._added):
            delete_item(self._database, item.uuid)
        self._reload(NOTHING)


class DeleteItemCommand(ServiceCommand):
    def __init__(self, database, item: ItemDetail, reload: Reload) -> None:
        super().__init__(QCoreApplication.translate("Commands", "ลบ {name}").format(name=_short(item.name)))
        self._database, self._item, self._reload = database, item, reload

    def apply(self) -> None:
        delete_item(self._database, self._item.uuid)
        self._reload(NOTHING)

    def revert(self) -> None:
        restore_item(self._database, self._item)
        self._reload(NOTHING)


class MoveItemCommand(ServiceCommand):
    def __init__(self, database, item: ItemDetail, new_index: int, reload: Reload) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "ย้ายลำดับ {name}").format(name=_short(item.name))
        )
        self._database, self._item, self._new, self._reload = database, item, new_index, reload
        self._old = 0

    def apply(self) -> None:
        self._old = move_item(self._database, item_uuid=self._item.uuid, new_index=self._new)
        self._reload(NOTHING)

    def revert(self) -> None:
        move_item(self._database, item_uuid=self._item.uuid, new_index=self._old)
        self._reload(NOTHING)


class RollOverCommand(ServiceCommand):
    """Copy a year's items into the next year; undo puts every touched item back as it was."""

    def __init__(
        self, database, plan_uuid: str, before: list[ItemDetail], from_year: int, to_year: int, reload: Reload
    ) -> None:
        text = QCoreApplication.translate("Commands", "ยกแผนปี พ.ศ. {source} ไปปี {target}")
        super().__init__(text.format(source=from_year + 543, target=to_year + 543))
        self._database, self._plan_uuid, self._before, self._reload = database, plan_uuid, before, reload
        self._from, self._to = from_year, to_year
        self.copied = 0

    def apply(self) -> None:
        result = roll_over_year(
            self._database, plan_uuid=self._plan_uuid, from_year=self._from, to_year=self._to
        )
        self.copied = result.copied
        self._reload(None)

    def revert(self) -> None:
        for item in self._before:
            if get_item(self._database, item.uuid) != item:
                replace_item(self._database, item_uuid=item.uuid, draft=item)
        self._reload(None)


class ApprovePlanCommand(ServiceCommand):
    def __init__(self, database, plan: PlanInfo, approved_on: date, reload: Reload) -> None:
        super().__init__(QCoreApplication.translate("Commands", "อนุมัติแผน"))
        self._database, self._plan, self._on, self._reload = database, plan, approved_on, reload

    def apply(self) -> None:
        approve_plan(self._database, plan_uuid=self._plan.uuid, approved_on=self._on)
        self._reload(NOTHING)

    def revert(self) -> None:
        if self._plan.approved_on is not None:
            approve_plan(self._database, plan_uuid=self._plan.uuid, approved_on=self._plan.approved_on)
        else:
            reopen_plan(self._database, plan_uuid=self._plan.uuid)
        self._reload(NOTHING)
