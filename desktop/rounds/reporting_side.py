"""The reporting side of the main window: the round view as a tab and the รายงานผล menu."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from desktop.rounds.progress_editor import ProgressEditor
from desktop.rounds.round_view import RoundView
from desktop.rounds.worksheet_dialogs import export_for_units, import_filled


class ReportingSide(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.view = RoundView(window.database, window.undo_stack, window._push, window.show_error, window)
        self.view.editor_factory = ProgressEditor
        self.menu = QMenu(self.tr("รายงานผล"), window)
        self.show_action = self._add(self.tr("ไปหน้ารายงานผล"), self.show, QKeySequence("Ctrl+2"))
        self.menu.addSeparator()
        self.summary_action = self._add(self.tr("สรุปผลและผู้รายงาน…"), self.view.edit_summary)
        self.check_action = self._add(
            self.tr("ตรวจความครบถ้วนของรอบ"), self.view.check, QKeySequence("Shift+F7")
        )
        self.submit_action = self._add(self.tr("ส่งรายงาน (ล็อก)…"), self.view.submit)
        self.unlock_action = self._add(self.tr("ปลดล็อก…"), self.view.unlock)
        self.menu.addSeparator()
        self.export_action = self._add(self.tr("ส่งออกแบบรายงานให้หน่วยงาน…"), self.export_worksheets)
        self.import_action = self._add(self.tr("นำเข้าแบบรายงานที่กรอกแล้ว…"), self.import_worksheets)
        self.menu.addSeparator()
        self.ita_action = self._add(self.tr("รายงานมาตรการส่งเสริมคุณธรรมและความโปร่งใส (ITA)…"), self.edit_ita)

    def _add(self, text: str, slot: Any, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.menu.addAction(action)
        return action

    def show(self) -> None:
        self.window.tabs.setCurrentWidget(self.view)

    def set_plan(self) -> None:
        window = self.window
        self.view.database = window.database
        plan, office = window.plan, window.office
        self.view.set_plan(
            plan.uuid if plan else None, plan.fiscal_years if plan else (), office.units if office else ()
        )

    def _folder(self) -> Path:
        return Path(self.window.database.path).parent

    def export_worksheets(self) -> None:
        found = self.view.current_round()
        if found is not None:
            export_for_units(self.window, self.window.database, found.uuid, self._folder())

    def import_worksheets(self) -> None:
        found = self.view.current_round()
        if found is not None:
            import_filled(
                self.window,
                self.window.database,
                found.uuid,
                self._folder(),
                self.window._push,
                self.view.reload,
            )

    def ita_year(self) -> int | None:
        """The fiscal year of the round shown, else the one chosen in the plan tab, else this year's."""
        found = self.view.current_round()
        if found is not None:
            return found.fiscal_year
        window = self.window
        if window.plan is None:
            return None
        return window.fiscal_year or window.printing._current_year()

    def edit_ita(self) -> None:
        from db.services.ita import check_ita_report, get_ita_report, validate_ita_report
        from desktop.ita.ita_commands import SaveItaReportCommand
        from desktop.ita.ita_editor import ItaEditor

        window, year = self.window, self.ita_year()
        if window.office is None or year is None:
            return
        office = window.office
        saved = get_ita_report(window.database, office_uuid=office.uuid, fiscal_year=year)
        before = saved.as_draft() if saved is not None else None
        editor = ItaEditor(
            office_name=office.name,
            fiscal_year=year,
            draft=before,
            validate=lambda draft: validate_ita_report(draft, fiscal_year=year),
            check=check_ita_report,
            parent=window,
        )
        if editor.exec() and editor.draft() != before:
            window._push(SaveItaReportCommand(window.database, office.uuid, year, before, editor.draft()))
