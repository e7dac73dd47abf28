"""The dialog that edits every field of a plan item (โครงการ/กิจกรรม/มาตรการ/แนวปฏิบัติ).

The caller gives the plan's framework, fiscal years and the office's units, an optional draft
to start from, and ``validate`` (normally ``check_item_draft`` of ``db.services.items``). On
บันทึก the dialog first reads every typed value; text it cannot read stays where it is with a
Thai message under it. Only then is ``validate`` asked, and each ``FieldError`` it returns is
shown under its field (unknown keys at the top). The dialog closes only when nothing is wrong;
:meth:`ItemEditor.draft` then gives the result.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QSignalBlocker
from PySide6.QtGui import QColor, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db.errors import FieldError, UserFacingError
from db.services.frameworks import FrameworkInfo
from db.services.items import ItemDraft, YearDraft
from db.services.vocabulary import ItemKind
from desktop.editors.indicator_list import select_value
from desktop.editors.item_pages import DetailsPage, IndicatorsPage, MainPage, SchedulePage, scrolled
from desktop.i18n import digits
from desktop.widgets import ErrorLabel, OrderedListEdit
from desktop.widgets.editor_dialog import EditorDialog

Validate = Callable[[ItemDraft], Iterable[FieldError]]

_LIST_KEY = re.compile(r"(objectives|method_steps)\[(\d+)\]")
_YEAR_KEY = re.compile(r"years\[(\d+)\](?:\.(\w+))?")
_INDICATOR_KEY = re.compile(r"indicators\[(\d+)\](?:\.(\w+))?")
ERROR_TAB_COLOUR = QColor("#b3261e")


@dataclass(frozen=True)
class _Target:
    label: ErrorLabel
    focus: QWidget
    prefix: str = ""


class ItemEditor(EditorDialog):
    def __init__(
        self,
        *,
        framework: FrameworkInfo,
        fiscal_years: range,
        units: tuple[str, ...],
        draft: ItemDraft | None = None,
        validate: Validate | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        editing = draft is not None
        self.setWindowTitle(self.tr("แก้ไขรายการในแผน") if editing else self.tr("เพิ่มรายการในแผน"))
        self._validate = validate
        self._catalog_seq: int | None = None
        self.mainPage = MainPage(framework, units)
        self.detailsPage = DetailsPage()
        self.schedulePage = SchedulePage(fiscal_years)
        self.indicatorsPage = IndicatorsPage()
        self.tabs = QTabWidget()
        self._pages: tuple[QWidget, ...] = (
            self.mainPage,
            self.detailsPage,
            self.schedulePage,
            self.indicatorsPage,
        )
        titles = (
            self.tr("ข้อมูลหลัก"),
            self.tr("รายละเอียด"),
            self.tr("งบประมาณและระยะเวลา"),
            self.tr("ตัวชี้วัด"),
        )
        for page, title in zip(self._pages, titles, strict=True):
            self.tabs.addTab(scrolled(page), title)
        self.messages = ErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.okButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.okButton.setText(self.tr("บันทึก"))
        self.okButton.setToolTip(self.tr("บันทึก (Ctrl+Enter)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        for button in self.buttons.buttons():
            button.setAutoDefault(False)  # see keyPressEvent: only Ctrl+Enter saves from the keyboard
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self._boxes = {
            **self.mainPage.boxes,
            **self.detailsPage.boxes,
            **self.schedulePage.boxes,
            **self.indicatorsPage.boxes,
        }

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.schedulePage.no_budget.toggled.connect(self._on_no_budget_toggled)
        quantity_errors = self.detailsPage.boxes["target_quantity"].errorLabel
        self.detailsPage.target_quantity.errorChanged.connect(lambda m: quantity_errors.setMessage(m or None))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.accept)

        self._original = self._blank(fiscal_years)
        self.setDraft(draft if draft is not None else self._original)
        self.resize(1120, 720)

    @staticmethod
    def _blank(fiscal_years: range) -> ItemDraft:
        return ItemDraft(
            kind=ItemKind.PROJECT,
            name="",
            framework_codes=(),
            years=tuple(YearDraft(fiscal_year) for fiscal_year in fiscal_years),
        )

    # values

    def setDraft(self, draft: ItemDraft) -> None:
        """Show ``draft`` (an ``ItemDetail`` is fine); it becomes what :meth:`isModified` compares with."""
        main, details, schedule = self.mainPage, self.detailsPage, self.schedulePage
        with QSignalBlocker(main.kind), QSignalBlocker(main.responsible), QSignalBlocker(schedule.no_budget):
            select_value(main.kind, draft.kind.value)
            main.responsible.setCurrentText(draft.responsible)
            schedule.no_budget.setChecked(not draft.needs_budget)
        main.name.setText(draft.name)
        main.framework.setCodes(draft.framework_codes)
        details.rationale.setPlainText(draft.rationale)
        details.objectives.setValues(draft.objectives)
        details.method_steps.setValues(draft.method_steps)
        details.target_group.setText(draft.target_group)
        details.target_quantity.setValue(draft.target_quantity)
        details.target_unit.setText(draft.target_unit)
        details.remarks.setPlainText(draft.remarks)
        schedule.duration_text.setText(draft.duration_text)
        schedule.years.setYears(draft.years)
        schedule.years.setBudgetEnabled(draft.needs_budget)
        self.indicatorsPage.indicators.setIndicators(draft.indicators)
        self._catalog_seq = draft.catalog_seq
        self._original = draft.as_draft()
        self.clearErrors()

    def draft(self) -> ItemDraft:
        """The item as the widgets show it; unreadable numbers and dates count as empty here."""
        main, details, schedule = self.mainPage, self.detailsPage, self.schedulePage
        needs_budget = not schedule.no_budget.isChecked()
        return ItemDraft(
            kind=ItemKind(main.kind.currentData()),
            name=main.name.text(),
            framework_codes=main.framework.codes(),
            rationale=details.rationale.toPlainText(),
            objectives=details.objectives.values(),
            target_group=details.target_group.text(),
            target_unit=details.target_unit.text(),
            target_quantity=details.target_quantity.value(),
            method_steps=details.method_steps.values(),
            responsible=main.responsible.currentText(),
            duration_text=schedule.duration_text.text(),
            remarks=details.remarks.toPlainText(),
            needs_budget=needs_budget,
            catalog_seq=self._catalog_seq,
            years=schedule.years.years(needs_budget=needs_budget),
            indicators=self.indicatorsPage.indicators.indicators(),
        )

    def parseErrors(self) -> tuple[FieldError, ...]:
        """Typed text that cannot be read as a number or a date, keyed like the services' errors."""
        errors = []
        if (message := self.detailsPage.target_quantity.error()) is not None:
            errors.append(FieldError("target_quantity", message))
        needs_budget = not self.schedulePage.no_budget.isChecked()
        errors += self.schedulePage.years.parseErrors(needs_budget=needs_budget)
        errors += self.indicatorsPage.indicators.parseErrors()
        return tuple(errors)

    def isModified(self) -> bool:
        return bool(self.parseErrors()) or self.draft() != self._original

    # closing

    def accept(self) -> None:
        self.clearErrors()
        problems = self.parseErrors()
        if problems:
            self.showErrors(problems, self.tr("อ่านค่าที่กรอกบางช่องไม่ได้ กรุณาแก้ไขช่องที่มีข้อความสีแดง"))
            return
        if self._validate is not None:
            try:
                problems = tuple(self._validate(self.draft()))
            except UserFacingError as exc:  # e.g. the file is locked: say so, keep everything typed
                self.messages.setMessage(exc.message_th)
                return
            if problems:
                self.showErrors(problems, self.tr("ยังบันทึกไม่ได้ กรุณาแก้ไขตามข้อความสีแดง"))
                return
        super().accept()

    # errors

    def clearErrors(self) -> None:
        self.messages.setMessage(None)
        for box in self._boxes.values():
            box.errorLabel.setMessage(None)
        for edit in (self.detailsPage.objectives, self.detailsPage.method_steps):
            edit.setItemErrors({})
        self.schedulePage.years.clearErrors()
        self.indicatorsPage.indicators.clearErrors()
        for index in range(self.tabs.count()):
            self.tabs.setTabIcon(index, QIcon())
            self.tabs.tabBar().setTabTextColor(index, QColor())

    def showErrors(self, errors: Iterable[FieldError], summary: str = "") -> None:
        """Put each message under its field; messages about no known field go to the top."""
        by_label: dict[ErrorLabel, list[str]] = {}
        item_errors: dict[OrderedListEdit, dict[int, str]] = {}
        unplaced: list[str] = []
        first_focus: QWidget | None = None
        for error in errors:
            target = self._target(error.field)
            if target is None:
                unplaced.append(error.message_th)
                continue
            by_label.setdefault(target.label, []).append(target.prefix + error.message_th)
            if (match := _LIST_KEY.fullmatch(error.field)) is not None:
                edit = getattr(self.detailsPage, match[1])
                item_errors.setdefault(edit, {})[int(match[2])] = error.message_th
            first_focus = first_focus or target.focus
            self._flag_tab(target.focus)
        for label, messages in by_label.items():
            label.setMessages([*label.messages(), *messages])
        for edit, rows in item_errors.items():
            edit.setItemErrors(rows)
        self.messages.setMessages([summary, *unplaced] if summary else unplaced)
        if first_focus is not None:
            self.tabs.setCurrentIndex(self._tab_of(first_focus))
            first_focus.setFocus()

    def _target(self, key: str) -> _Target | None:
        if (box := self._boxes.get(key)) is not None:
            return _Target(box.errorLabel, box.widget)
        if (match := _LIST_KEY.fullmatch(key)) is not None:
            box = self._boxes[match[1]]
            number = digits(str(int(match[2]) + 1))
            return _Target(box.errorLabel, box.widget, self.tr("ข้อ {n}: ").format(n=number))
        found = None
        if (match := _YEAR_KEY.fullmatch(key)) is not None:
            found = self.schedulePage.years.errorTarget(int(match[1]), match[2])
        elif (match := _INDICATOR_KEY.fullmatch(key)) is not None:
            found = self.indicatorsPage.indicators.errorTarget(int(match[1]), match[2])
        return None if found is None else _Target(*found)

    def _tab_of(self, widget: QWidget) -> int:
        for index, page in enumerate(self._pages):
            if page.isAncestorOf(widget):
                return index
        return self.tabs.currentIndex()

    def _flag_tab(self, widget: QWidget) -> None:
        index = self._tab_of(widget)
        self.tabs.setTabIcon(index, self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        self.tabs.tabBar().setTabTextColor(index, ERROR_TAB_COLOUR)

    # reactions

    def _on_no_budget_toggled(self, no_budget: bool) -> None:
        self.schedulePage.years.setBudgetEnabled(not no_budget)
