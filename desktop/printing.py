"""The print menu: each plan form is built in the background, then shown in the preview."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from db.errors import UserFacingError
from desktop.background import Task, run_with_progress
from desktop.i18n import digits
from desktop.print_preview import PreviewDialog

Built = tuple[str, bytes, str, Callable[[Path], None] | None]  # title, pdf, file stem, xlsx writer


class PrintMenu(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.menu = QMenu(self.tr("พิมพ์"), window)
        self.tasks: list[Task] = []
        self.last_preview: PreviewDialog | None = None
        self.plan_action = self._add(
            self.tr("ตารางแผนประจำปี…"), self._plan_table, QKeySequence.StandardKey.Print
        )
        self.multiyear_action = self._add(
            self.tr("แผนหลายปีและตารางสรุป…"), self._multiyear, QKeySequence("Ctrl+Shift+P")
        )
        self.project_action = self._add(self.tr("รายละเอียดโครงการที่เลือก…"), self._project, None)
        self.menu.addSeparator()
        self.progress_action = self._add(
            self.tr("รายงานผลการดำเนินงานของรอบที่เลือก…"), self._progress, QKeySequence("Ctrl+Shift+R")
        )
        self.announcement_action = self._add(self.tr("ประกาศรายงานผล…"), self._announcement, None)
        self.evidence_action = self._add(self.tr("ภาคผนวกภาพถ่ายและหลักฐาน…"), self._evidence, None)
        self.changes_action = self._add(self.tr("บันทึกการแก้ไขหลังปลดล็อก…"), self._changes, None)
        self.ita_action = self._add(self.tr("รายงานมาตรการส่งเสริมคุณธรรมและความโปร่งใส (ITA)…"), self._ita, None)

    def _add(self, text: str, build: Callable[[], Built | None], shortcut: Any) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: self.preview(build))
        self.menu.addAction(action)
        return action

    def preview(self, build: Callable[[], Built | None], *, show: bool = True) -> Task | None:
        work = build()
        if work is None:
            return None
        task = run_with_progress(
            self.window, self.tr("กำลังจัดหน้าเอกสาร…"), work, lambda r, e: self._show(r, e, show)
        )
        self.tasks.append(task)
        return task

    def _show(self, built: Built | None, error: BaseException | None, show: bool) -> None:
        if error is not None:
            failed = self.tr("พิมพ์ไม่สำเร็จ")
            message = error.message_th if isinstance(error, UserFacingError) else f"{failed}: {error}"
            QMessageBox.warning(self.window, failed, message)
            return
        assert built is not None
        title, pdf, stem, save_xlsx = built
        self.last_preview = PreviewDialog(title, pdf, file_stem=stem, save_xlsx=save_xlsx, parent=self.window)
        if show:
            self.last_preview.open()

    # -- the forms (each returns the work to run in the background) --------------------------------
    def _plan_table(self) -> Callable[[], Built] | None:
        from db.exchange.plan_xlsx import export_plan_xlsx
        from db.services.plan_table import build_plan_table
        from forms.plan_table import render_plan_table

        window = self.window
        if window.plan is None:
            return None
        year = window.fiscal_year or self._current_year()
        database, plan_uuid = window.database, window.plan.uuid
        title = digits(self.tr("ตารางแผนปฏิบัติการป้องกันการทุจริต ประจำปี พ.ศ. {year}").format(year=year + 543))
        stem = self.tr("แผน-{years}").format(years=year + 543)

        def work() -> Built:
            table = build_plan_table(database, plan_uuid=plan_uuid, fiscal_year=year)
            return title, render_plan_table(table), stem, lambda path: export_plan_xlsx(table, path)

        return work

    def _current_year(self) -> int:
        from datetime import date

        from db.thai import fiscal_year_of

        plan = self.window.plan
        this_year = fiscal_year_of(date.today())
        return min(max(this_year, plan.first_fiscal_year), plan.last_fiscal_year)

    def _multiyear(self) -> Callable[[], Built] | None:
        from db.exchange.multiyear_xlsx import export_multiyear_xlsx
        from db.services.multiyear import build_multiyear_plan
        from forms.multiyear_plan import render_multiyear_plan

        window = self.window
        if window.plan is None:
            return None
        database, plan = window.database, window.plan
        span = f"{plan.first_fiscal_year + 543}-{plan.last_fiscal_year + 543}"
        title = digits(self.tr("แผนปฏิบัติการป้องกันการทุจริต พ.ศ. {span}").format(span=span))
        stem = self.tr("แผน-{years}").format(years=span)

        def work() -> Built:
            data = build_multiyear_plan(database, plan_uuid=plan.uuid)
            return title, render_multiyear_plan(data), stem, lambda path: export_multiyear_xlsx(data, path)

        return work

    def _project(self) -> Callable[[], Built] | None:
        from db.services.project_document import build_project_document
        from forms.project_document import render_project_document

        row = self.window.selected_row()
        if row is None:
            QMessageBox.information(
                self.window, self.tr("พิมพ์รายละเอียดโครงการ"), self.tr("กรุณาเลือกรายการในตารางก่อน")
            )
            return None
        database = self.window.database
        stem = self.tr("โครงการ-{number}").format(number=row.number)

        def work() -> Built:
            data = build_project_document(database, item_uuid=row.uuid)
            return data.item.name, render_project_document(data), stem, None

        return work

    # -- the round's forms --------------------------------------------------------------------------
    def _round(self) -> Any:
        """The round chosen in the reporting view, or None with a word to the clerk."""
        found = self.window.current_round()
        if found is None:
            QMessageBox.information(
                self.window, self.tr("พิมพ์รายงานผล"), self.tr("กรุณาเลือกรอบรายงานในหน้ารายงานผลก่อน")
            )
        return found

    def _round_words(self, found: Any) -> tuple[str, str]:
        """ "พ.ศ. ๒๕๖๗ รอบ ๖ เดือน" and a file name stem for the round."""
        from db.thai.fiscal import RoundKind

        months = 6 if found.kind is RoundKind.SIX_MONTH else 12
        words = digits(
            self.tr("พ.ศ. {year} รอบ {months} เดือน").format(year=found.fiscal_year + 543, months=months)
        )
        return words, f"{found.fiscal_year + 543}-{months}"

    def _progress(self) -> Callable[[], Built] | None:
        from db.exchange.progress_xlsx import export_progress_xlsx
        from db.services.progress_report import build_progress_report
        from forms.progress_report import render_progress_report

        found = self._round()
        if found is None:
            return None
        database = self.window.database
        words, stem = self._round_words(found)
        title = self.tr("รายงานผลการดำเนินงานป้องกันการทุจริต {round}").format(round=words)

        file_stem = self.tr("รายงานผล-{stem}").format(stem=stem)

        def work() -> Built:
            report = build_progress_report(database, round_uuid=found.uuid)
            return (
                title,
                render_progress_report(report),
                file_stem,
                lambda path: export_progress_xlsx(report, path),
            )

        return work

    def _announcement(self) -> Callable[[], Built] | None:
        from db.services.progress_report import build_progress_report
        from forms.announcement import render_announcement

        found = self._round()
        if found is None:
            return None
        database = self.window.database
        words, stem = self._round_words(found)
        title = self.tr("ประกาศรายงานผลการดำเนินการป้องกันการทุจริต {round}").format(round=words)
        file_stem = self.tr("ประกาศ-{stem}").format(stem=stem)

        def work() -> Built:
            report = build_progress_report(database, round_uuid=found.uuid)
            return title, render_announcement(report), file_stem, None

        return work

    def _evidence(self) -> Callable[[], Built] | None:
        from db.services.evidence import build_evidence_appendix
        from forms.evidence_appendix import render_evidence_appendix

        found = self._round()
        if found is None:
            return None
        database = self.window.database
        words, stem = self._round_words(found)
        title = self.tr("ภาคผนวกภาพถ่ายและหลักฐาน {round}").format(round=words)
        file_stem = self.tr("หลักฐาน-{stem}").format(stem=stem)

        def work() -> Built:
            appendix = build_evidence_appendix(database, round_uuid=found.uuid)
            return title, render_evidence_appendix(appendix), file_stem, None

        return work

    def _changes(self) -> Callable[[], Built] | None:
        from db.services.rounds import build_round_change_log
        from forms.round_changes import render_round_changes

        found = self._round()
        if found is None:
            return None
        database = self.window.database
        words, stem = self._round_words(found)
        title = self.tr("บันทึกการแก้ไขรายงานผล {round}").format(round=words)
        file_stem = self.tr("บันทึกการแก้ไข-{stem}").format(stem=stem)

        def work() -> Built:
            log = build_round_change_log(database, found.uuid)
            return title, render_round_changes(log), file_stem, None

        return work

    def _ita(self) -> Callable[[], Built] | None:
        from db.errors import BadInput
        from db.services.ita import build_ita_report
        from forms.ita_report import render_ita_report

        window = self.window
        if window.office is None or window.plan is None:
            return None
        found = window.current_round()
        year = found.fiscal_year if found is not None else (window.fiscal_year or self._current_year())
        database, office = window.database, window.office
        title = digits(
            self.tr("รายงานมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ พ.ศ. {year}").format(year=year + 543)
        )

        missing = digits(
            self.tr("ยังไม่มีรายงานมาตรการ ITA ของปีงบประมาณ พ.ศ. {year} (จัดทำได้ที่หน้ารายงานผล)").format(
                year=year + 543
            )
        )
        file_stem = f"ITA-{year + 543}"

        def work() -> Built:
            try:
                document = build_ita_report(database, office_uuid=office.uuid, fiscal_year=year)
            except KeyError:
                raise BadInput(missing) from None
            return title, render_ita_report(document), file_stem, None

        return work
