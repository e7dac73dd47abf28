"""The dialog that edits an office's ITA measures report (รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรม
และความโปร่งใสภายในหน่วยงาน) for one fiscal year.

The measures are listed on the left (:class:`MeasureList`); the chosen one is edited on the right
(:class:`MeasurePage`). On บันทึก the dialog reads every field (a code or a score it cannot read stays
with its Thai message), asks ``validate`` (``validate_ita_report`` for the year unless the caller
gives another) and shows each ``FieldError`` under its field, choosing the measure of the first one.
When nothing is wrong it asks ``check`` (``check_ita_report`` unless given): its findings are
warnings in the panel at the bottom, never refusals, but a finding the clerk has not seen yet keeps
the dialog open once, so that it is read before the dialog closes. :meth:`ItaEditor.draft` then
gives the report.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from db.errors import FieldError, UserFacingError
from db.services.ita import (
    ItaFinding,
    ItaMeasureDraft,
    ItaReportDetail,
    ItaReportDraft,
    check_ita_report,
    validate_ita_report,
)
from desktop.i18n import digits
from desktop.ita.findings import FindingsPanel
from desktop.ita.measure_list import MeasureList
from desktop.ita.measure_page import MeasurePage
from desktop.ita.reference_table import WARNING_COLOUR, ReferenceRow
from desktop.ita.result_blocks import range_text
from desktop.widgets import ErrorLabel
from desktop.widgets.editor_dialog import EditorDialog

Validate = Callable[[ItaReportDraft], Iterable[FieldError]]
Check = Callable[[ItaReportDraft], Sequence[ItaFinding]]

_MEASURE_KEY = re.compile(r"measures\[(\d+)\](?:\.(.+))?")
_BLOCK_KEY = re.compile(r"result_blocks\[(\d+)\]")


class ItaEditor(EditorDialog):
    def __init__(
        self,
        *,
        office_name: str,
        fiscal_year: int,
        draft: ItaReportDraft | None = None,
        validate: Validate | None = None,
        check: Check | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        year = digits(str(fiscal_year + 543))
        title = self.tr("รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน พ.ศ. {year}")
        self.setWindowTitle(title.format(year=year))
        self._validate: Validate = validate or partial(validate_ita_report, fiscal_year=fiscal_year)
        self._check: Check = check or check_ita_report
        self._findings: tuple[ItaFinding, ...] = ()
        self._seen: set[ItaFinding] = set()  # every finding the panel has shown
        self._finding_rows: list[ReferenceRow | None] = []
        self._original = ItaReportDraft(measures=())
        self._data_as_of = None

        office = " ".join(office_name.split())
        heading = QLabel(self.tr("{office} · ปีงบประมาณ พ.ศ. {year}").format(office=office, year=year))
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setStyleSheet("font-weight: bold;")
        heading.setWordWrap(True)
        self.messages = ErrorLabel()
        self.measureList = MeasureList()
        self.stack = QStackedWidget()
        self.emptyPage = QLabel(self.tr("ยังไม่มีมาตรการ กด เพิ่ม ใต้รายการทางซ้ายเพื่อเริ่ม"))
        self.emptyPage.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.emptyPage)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.measureList)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.findingsPanel = FindingsPanel()
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(f"color: {WARNING_COLOUR};")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.okButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.okButton.setText(self.tr("บันทึก"))
        self.okButton.setToolTip(self.tr("บันทึก (Ctrl+S)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        for button in self.buttons.buttons():
            button.setAutoDefault(False)  # see keyPressEvent: Enter alone never closes the dialog
        bottom = QHBoxLayout()
        bottom.addWidget(self.notice, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.messages)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.findingsPanel)
        layout.addLayout(bottom)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.measureList.pageAdded.connect(self.stack.addWidget)
        self.measureList.pageRemoved.connect(self.stack.removeWidget)
        self.measureList.currentPageChanged.connect(self._on_current_page_changed)
        self.measureList.edited.connect(lambda: self.findingsPanel.setStale(True))
        self.findingsPanel.checkButton.clicked.connect(self.runCheck)
        self.findingsPanel.activated.connect(self._on_finding_activated)
        for keys in ("Ctrl+S", "Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.accept)

        self.setDraft(draft if draft is not None else ItaReportDraft(measures=(ItaMeasureDraft("", ()),)))
        if draft is None:
            self._original = self.draft()
        self.resize(1280, 720)
        self.splitter.setSizes([270, 1010])

    # values

    def pages(self) -> list[MeasurePage]:
        """The measures' pages in the report's order."""
        return self.measureList.pages()

    def setDraft(self, draft: ItaReportDraft) -> None:
        """Show ``draft`` (an ``ItaReportDetail`` is fine); it becomes what :meth:`isModified` compares
        with, and is checked at once."""
        self.measureList.setMeasures(draft.measures)
        self._data_as_of = draft.data_as_of
        self._original = draft.as_draft() if isinstance(draft, ItaReportDetail) else draft
        self.clearErrors()
        self.runCheck()

    def draft(self) -> ItaReportDraft:
        """The report as shown; an unreadable score counts as none here (see :meth:`parseErrors`)."""
        measures = tuple(page.value() for page in self.pages())
        return ItaReportDraft(measures=measures, data_as_of=self._data_as_of)

    def parseErrors(self) -> tuple[FieldError, ...]:
        """Typed codes and scores that cannot be read, keyed like the service's errors."""
        return tuple(e for m, page in enumerate(self.pages()) for e in page.parseErrors(f"measures[{m}]"))

    def isModified(self) -> bool:
        return bool(self.parseErrors()) or self.draft() != self._original

    def findings(self) -> tuple[ItaFinding, ...]:
        """The findings of the last check (on opening, on ตรวจ and on บันทึก)."""
        return self._findings

    def selectMeasure(self, index: int) -> MeasurePage:
        self.measureList.select(index)
        return self.pages()[index]

    # closing

    def accept(self) -> None:
        self.clearErrors()
        problems = list(self.parseErrors())
        summary = (
            self.tr("อ่านค่าที่กรอกบางช่องไม่ได้ กรุณาแก้ไขช่องที่มีข้อความสีแดง")
            if problems
            else self.tr("ยังบันทึกไม่ได้ กรุณาแก้ไขตามข้อความสีแดง")
        )
        try:
            problems += [e for e in self._validate(self.draft()) if e not in problems]
        except UserFacingError as exc:  # e.g. the file is locked: say so, keep everything typed
            self.messages.setMessage(exc.message_th)
            return
        if problems:
            self.showErrors(problems, summary)
            return
        seen = set(self._seen)
        if any(finding not in seen for finding in self.runCheck()):
            self.notice.setText(self.tr("มีข้อสังเกตที่ยังไม่ได้ตรวจดู (ด้านล่าง) กด บันทึก อีกครั้งเพื่อบันทึกตามที่กรอกไว้"))
            return
        super().accept()

    # errors and findings

    def clearErrors(self) -> None:
        self.messages.setMessage(None)
        self.notice.clear()
        for page in self.pages():
            page.clearErrors()
        self.measureList.setErrorRows(set())

    def showErrors(self, errors: Iterable[FieldError], summary: str = "") -> None:
        """Put each message under its field and choose the measure of the first; messages about no
        shown field go to the top."""
        pages = self.pages()
        unplaced: list[str] = []
        rows: set[int] = set()
        first: tuple[int, QWidget] | None = None
        for error in errors:
            match = _MEASURE_KEY.fullmatch(error.field)
            index = int(match[1]) if match is not None else -1
            widget = pages[index].showError(match[2], error.message_th) if 0 <= index < len(pages) else None
            if match is None or widget is None:
                unplaced.append(error.message_th)
                continue
            rows.add(index)
            if first is None or index < first[0]:
                first = (index, widget)
        self.measureList.setErrorRows(rows)
        self.messages.setMessages([summary, *unplaced] if summary else unplaced)
        if first is not None:
            self._reveal(*first)

    def runCheck(self) -> tuple[ItaFinding, ...]:
        """Ask ``check`` about the report as shown and show its findings; returns them."""
        draft = self.draft()
        pages = self.pages()
        self._findings = tuple(self._check(draft))
        self._seen.update(self._findings)
        for page in pages:
            for row in page.referenceRows():
                row.setWarning(None)
        shown: list[tuple[str, str]] = []
        self._finding_rows = []
        for finding in self._findings:
            place, row = "", None
            match = _MEASURE_KEY.fullmatch(finding.field)
            if match is not None and int(match[1]) < len(pages):
                index, rest = int(match[1]), match[2] or ""
                place = self.tr("มาตรการที่ {n}").format(n=digits(str(index + 1)))
                if (block := _BLOCK_KEY.match(rest)) is not None:
                    blocks = draft.measures[index].result_blocks
                    if int(block[1]) < len(blocks):
                        covered = range_text(
                            blocks[int(block[1])].first_action, blocks[int(block[1])].last_action
                        )
                        place += " " + self.tr("ผลลัพธ์ของข้อ {range}").format(range=covered)
                    row = pages[index].referenceRow(rest)
            if row is not None:
                row.setWarning(finding.message_th)
            shown.append((place, finding.message_th))
            self._finding_rows.append(row)
        self.findingsPanel.setFindings(shown)
        return self._findings

    # reactions

    def _on_current_page_changed(self, page: MeasurePage | None) -> None:
        self.stack.setCurrentWidget(page if page is not None else self.emptyPage)

    def _on_finding_activated(self, index: int) -> None:
        row = self._finding_rows[index] if 0 <= index < len(self._finding_rows) else None
        if row is None or not isValid(row):
            return
        for number, page in enumerate(self.pages()):
            if page.isAncestorOf(row):
                self._reveal(number, row.score)

    def _reveal(self, index: int, widget: QWidget) -> None:
        page = self.selectMeasure(index)
        if page.blocksArea.widget().isAncestorOf(widget):
            row = widget.parentWidget()
            while row is not None and not isinstance(row, ReferenceRow):
                row = row.parentWidget()
            page.blocksArea.ensureWidgetVisible(row or widget)  # the row's messages too
            page.blocksArea.ensureWidgetVisible(widget)
        widget.setFocus()
