"""The first-start wizard: the clerk's own office (อปท.) profile, or the demonstration data.

The wizard never writes the database: the caller reads ``choice()`` and ``office_draft()``.
Before each office page is left, the ``validate`` callback (the app passes
``db.services.offices.validate_office``) checks the draft; each Thai message is shown under its
field and the page stays, with everything typed kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any, Literal

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from db.errors import FieldError
from db.services.offices import OfficeDraft, infer_office_kind, validate_office
from db.services.vocabulary import OfficeKind
from desktop.i18n import digits
from desktop.vocabulary import ui_label

Choice = Literal["office", "demo"]
Validator = Callable[[OfficeDraft], Iterable[FieldError]]

#: ส่วนราชการ most offices have; the clerk removes, renames or adds to them (data: never translated).
COMMON_UNITS = (
    "สำนักปลัด",
    "กองคลัง",
    "กองช่าง",
    "กองการศึกษา",
    "กองสาธารณสุขและสิ่งแวดล้อม",
    "หน่วยตรวจสอบภายใน",
)

PAGE_CHOICE, PAGE_OFFICE, PAGE_CONTACT, PAGE_UNITS = range(4)

ERROR_STYLE = "color: #b00020;"
ERROR_BACKGROUND = QColor("#fde7ea")
_UNIT_FIELD = re.compile(r"units\[(\d+)\]")


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def _with_error(editor: QWidget, error: QLabel) -> QWidget:
    """The editor with its (normally hidden) error message right under it."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(editor)
    layout.addWidget(error)
    return box


# --------------------------------------------------------------------- pages (layout only)


def _form_with_errors(
    page: QWidget, rows: tuple[tuple[str, str, QWidget], ...]
) -> tuple[dict[str, QLabel], QLabel]:
    """Lay out ``rows`` (field key, label, editor) with an error line under each editor and one for
    errors that belong to no field; returns the per-field error labels and that last one."""
    errors: dict[str, QLabel] = {}
    problems = _error_label()
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    for field, label, editor in rows:
        errors[field] = _error_label()
        form.addRow(label, _with_error(editor, errors[field]))
    layout = QVBoxLayout(page)
    layout.addLayout(form)
    layout.addWidget(problems)
    layout.addStretch(1)
    return errors, problems


class ChoicePage(QWizardPage):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("ยินดีต้อนรับสู่โปรแกรมสุจริต"))
        self.setSubTitle(self.tr("เริ่มจากข้อมูลของหน่วยงานคุณเอง หรือเปิดข้อมูลตัวอย่างเพื่อทดลองใช้ก่อน"))
        self.office = QRadioButton(self.tr("สร้างข้อมูลหน่วยงานของฉัน"))
        self.demo = QRadioButton(self.tr("เปิดข้อมูลตัวอย่าง (demo)"))
        self.office.setChecked(True)
        self.group = QButtonGroup(self)
        self.group.addButton(self.office)
        self.group.addButton(self.demo)
        office_note = QLabel(self.tr("กรอกชื่อ ที่ตั้ง ผู้บริหาร และส่วนราชการขององค์กรปกครองส่วนท้องถิ่น แล้วเริ่มจัดทำแผน"))
        demo_note = QLabel(
            self.tr("เทศบาลตำบลสุจริตพัฒนา (สมมติ) พร้อมแผน พ.ศ. ๒๕๖๖–๒๕๗๐ ครบทุกตัวอย่าง ใช้ทดลองโปรแกรม")
        )
        layout = QVBoxLayout(self)
        for button, note in ((self.office, office_note), (self.demo, demo_note)):
            note.setWordWrap(True)
            note.setContentsMargins(28, 0, 0, 12)
            layout.addWidget(button)
            layout.addWidget(note)
        layout.addStretch(1)


class OfficePage(QWizardPage):
    """Name, kind and location."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("ข้อมูลองค์กรปกครองส่วนท้องถิ่น"))
        self.setSubTitle(self.tr("ชื่อตามที่ใช้ในหนังสือราชการ ประเภทจะเลือกให้จากชื่อ (แก้ได้)"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("เช่น เทศบาลตำบลทุ่งน้อย"))
        self.kind = QComboBox()
        self.kind.setPlaceholderText(self.tr("เลือกประเภท"))
        for kind in OfficeKind:
            self.kind.addItem(ui_label(kind), kind.value)
        self.kind.setCurrentIndex(-1)
        self.district = QLineEdit()
        self.district.setPlaceholderText(self.tr("ไม่ต้องพิมพ์คำว่า อำเภอ เช่น โพทะเล"))
        self.province = QLineEdit()
        self.province.setPlaceholderText(self.tr("ไม่ต้องพิมพ์คำว่า จังหวัด เช่น พิจิตร"))
        self.dla_code = QLineEdit()
        self.dla_code.setPlaceholderText(self.tr("ตัวเลข ๕–๑๐ หลัก (ถ้ามี) พิมพ์เลขไทยได้"))
        self.errors, self.problems = _form_with_errors(
            self,
            (
                ("name", self.tr("ชื่อ อปท."), self.name),
                ("kind", self.tr("ประเภท"), self.kind),
                ("district", self.tr("อำเภอ"), self.district),
                ("province", self.tr("จังหวัด"), self.province),
                ("dla_code", self.tr("รหัส อปท. (สถ.)"), self.dla_code),
            ),
        )


class ContactPage(QWizardPage):
    """Address, contact and the executive."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("ที่อยู่ การติดต่อ และผู้บริหาร"))
        self.setSubTitle(self.tr("ใช้พิมพ์ในหัวเอกสารและรายงาน เว้นว่างไว้แล้วกรอกภายหลังได้"))
        self.address = QLineEdit()
        self.address.setPlaceholderText(self.tr("เช่น ๙๙ หมู่ ๑ ตำบลทุ่งน้อย"))
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.email.setPlaceholderText("saraban@example.go.th")
        self.executive_name = QLineEdit()
        self.executive_name.setPlaceholderText(self.tr("เช่น นายสมชาย ใจซื่อ"))
        self.executive_title = QLineEdit()
        self.executive_title.setPlaceholderText(self.tr("เช่น นายกเทศมนตรีตำบลทุ่งน้อย"))
        self.errors, self.problems = _form_with_errors(
            self,
            (
                ("address", self.tr("ที่อยู่"), self.address),
                ("phone", self.tr("โทรศัพท์"), self.phone),
                ("email", self.tr("อีเมล"), self.email),
                ("executive_name", self.tr("ชื่อผู้บริหาร"), self.executive_name),
                ("executive_title", self.tr("ตำแหน่งผู้บริหาร"), self.executive_title),
            ),
        )


class UnitsPage(QWizardPage):
    """The ส่วนราชการ, in the order they are to be listed."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("ส่วนราชการ"))
        self.setSubTitle(self.tr("ใช้เลือกหน่วยงานที่รับผิดชอบแต่ละโครงการ ลบ เพิ่ม หรือแก้ชื่อให้ตรงกับโครงสร้างของหน่วยงาน"))
        self.units = QListWidget()
        self.units.setStyleSheet("QListWidget::item { padding: 3px 2px; }")  # room for Thai marks
        self.units.setEditTriggers(
            QListWidget.EditTrigger.DoubleClicked
            | QListWidget.EditTrigger.EditKeyPressed
            | QListWidget.EditTrigger.SelectedClicked
        )
        self.new_unit = QLineEdit()
        self.new_unit.setPlaceholderText(self.tr("ชื่อส่วนราชการที่จะเพิ่ม เช่น กองสวัสดิการสังคม"))
        self.add_button = QPushButton(self.tr("เพิ่ม"))
        self.rename_button = QPushButton(self.tr("แก้ชื่อ"))
        self.remove_button = QPushButton(self.tr("ลบ"))
        self.up_button = QPushButton(self.tr("เลื่อนขึ้น"))
        self.down_button = QPushButton(self.tr("เลื่อนลง"))
        self.problems = _error_label()
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_unit, 1)
        add_row.addWidget(self.add_button)
        buttons = QVBoxLayout()
        for button in (self.rename_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        grid = QGridLayout(self)
        grid.addLayout(add_row, 0, 0)
        grid.addWidget(self.units, 1, 0)
        grid.addLayout(buttons, 1, 1)
        grid.addWidget(self.problems, 2, 0, 1, 2)
        grid.setRowStretch(1, 1)


# --------------------------------------------------------------------- the wizard (behaviour)


class OfficeWizard(QWizard):
    """First start: ``choice()`` is "office" (then ``office_draft()``) or "demo"."""

    def __init__(self, *, validate: Validator = validate_office, parent: Any = None) -> None:
        super().__init__(parent)
        self._validate = validate
        self._inferred_kind: OfficeKind | None = None
        self._extra = {"fax": "", "website": ""}  # kept from set_draft(); the wizard does not ask
        self.setWindowTitle(self.tr("เริ่มต้นใช้งานโปรแกรมสุจริต"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        for button, text in (
            (QWizard.WizardButton.BackButton, self.tr("< ย้อนกลับ")),
            (QWizard.WizardButton.NextButton, self.tr("ถัดไป >")),
            (QWizard.WizardButton.FinishButton, self.tr("เสร็จสิ้น")),
            (QWizard.WizardButton.CancelButton, self.tr("ยกเลิก")),
        ):
            self.setButtonText(button, text)
        self.choice_page = ChoicePage()
        self.office_page = OfficePage()
        self.contact_page = ContactPage()
        self.units_page = UnitsPage()
        self.setPage(PAGE_CHOICE, self.choice_page)
        self.setPage(PAGE_OFFICE, self.office_page)
        self.setPage(PAGE_CONTACT, self.contact_page)
        self.setPage(PAGE_UNITS, self.units_page)
        self.setStartId(PAGE_CHOICE)

        self._editors: dict[str, tuple[int, QWidget, QLabel]] = {}
        for page_id, page in ((PAGE_OFFICE, self.office_page), (PAGE_CONTACT, self.contact_page)):
            for field, label in page.errors.items():
                editor = getattr(page, field)
                self._editors[field] = (page_id, editor, label)
                if isinstance(editor, QLineEdit):
                    editor.textEdited.connect(lambda _text, lbl=label: lbl.hide())
        self.set_units(COMMON_UNITS)

        self.choice_page.group.buttonToggled.connect(self._on_choice)
        self.office_page.name.textChanged.connect(self._on_name)
        self.office_page.kind.activated.connect(lambda _i: self.office_page.errors["kind"].hide())
        units = self.units_page
        units.add_button.clicked.connect(self._on_add_unit)
        units.new_unit.textChanged.connect(self._on_new_unit_text)
        units.rename_button.clicked.connect(self._on_rename_unit)
        units.remove_button.clicked.connect(self._on_remove_unit)
        units.up_button.clicked.connect(lambda: self._on_move_unit(-1))
        units.down_button.clicked.connect(lambda: self._on_move_unit(1))
        units.units.currentRowChanged.connect(self._on_unit_row)
        units.units.itemChanged.connect(self._on_unit_changed)
        units.new_unit.installEventFilter(self)
        units.units.installEventFilter(self)
        self._on_new_unit_text("")
        self._on_unit_row(units.units.currentRow())
        self.resize(780, 640)

    # ----------------------------------------------------------------- results

    def choice(self) -> Choice:
        return "demo" if self.choice_page.demo.isChecked() else "office"

    def office_draft(self) -> OfficeDraft:
        """What the clerk typed; the service cleans spacing and digits when it saves."""
        kind = self.kind()
        if kind is None:
            raise ValueError("no office kind chosen yet")
        return self._draft(kind)

    def kind(self) -> OfficeKind | None:
        data = self.office_page.kind.currentData()
        return OfficeKind(data) if data is not None else None

    def units(self) -> tuple[str, ...]:
        widget = self.units_page.units
        return tuple(widget.item(row).text() for row in range(widget.count()))

    def set_draft(self, draft: OfficeDraft) -> None:
        """Fill the office pages (e.g. to correct an office); choosing "office"."""
        office, contact = self.office_page, self.contact_page
        with QSignalBlocker(office.name):
            office.name.setText(draft.name)
        self._inferred_kind = infer_office_kind(draft.name)
        office.kind.setCurrentIndex(office.kind.findData(draft.kind.value))
        office.district.setText(draft.district)
        office.province.setText(draft.province)
        office.dla_code.setText(draft.dla_code or "")
        for field in ("address", "phone", "email", "executive_name", "executive_title"):
            getattr(contact, field).setText(getattr(draft, field))
        self._extra = {"fax": draft.fax, "website": draft.website}
        self.set_units(draft.units)
        self.choice_page.office.setChecked(True)

    def set_units(self, names: Iterable[str]) -> None:
        widget = self.units_page.units
        with QSignalBlocker(widget):
            widget.clear()
            for name in names:
                widget.addItem(self._unit_item(name))
        self._clear_unit_errors()
        self._on_unit_row(widget.currentRow())

    # ----------------------------------------------------------------- QWizard

    def nextId(self) -> int:
        if self.currentId() == PAGE_CHOICE and self.choice() == "demo":
            return -1
        return super().nextId()

    def validateCurrentPage(self) -> bool:
        page_id = self.currentId()
        if page_id in (PAGE_OFFICE, PAGE_CONTACT, PAGE_UNITS):
            return self._check_page(page_id)
        return super().validateCurrentPage()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.units_page.new_unit and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._on_add_unit()  # Enter adds the unit instead of pressing "ถัดไป"
                return True
            if (
                watched is self.units_page.units
                and key == Qt.Key.Key_Delete
                and self.units_page.units.state() != QListWidget.State.EditingState
            ):
                self._on_remove_unit()
                return True
        return super().eventFilter(watched, event)

    # ----------------------------------------------------------------- validation

    def _draft(self, kind: OfficeKind) -> OfficeDraft:
        office, contact = self.office_page, self.contact_page
        return OfficeDraft(
            name=office.name.text(),
            kind=kind,
            district=office.district.text(),
            province=office.province.text(),
            dla_code=office.dla_code.text().strip() or None,
            address=contact.address.text(),
            phone=contact.phone.text(),
            fax=self._extra["fax"],
            email=contact.email.text(),
            website=self._extra["website"],
            executive_name=contact.executive_name.text(),
            executive_title=contact.executive_title.text(),
            units=self.units(),
        )

    def _page_of(self, field: str) -> int | None:
        if field == "units" or _UNIT_FIELD.fullmatch(field):
            return PAGE_UNITS
        entry = self._editors.get(field)
        return entry[0] if entry else None

    def _check_page(self, page_id: int) -> bool:
        """Run the validator; show the messages for this page (and any earlier one); stay if any."""
        # The service does not judge the kind; a stand-in lets it check the other fields meanwhile.
        errors = list(self._validate(self._draft(self.kind() or OfficeKind.SAO)))
        if self.kind() is None:
            errors.insert(0, FieldError("kind", self.tr("กรุณาเลือกประเภทองค์กรปกครองส่วนท้องถิ่น")))
        shown = [e for e in errors if (self._page_of(e.field) or page_id) <= page_id]
        page = self.page(page_id)
        self._clear_errors(page_id)
        if not shown:
            return True
        strays: list[str] = []
        first: QWidget | None = None
        for error in shown:
            where = self._page_of(error.field)
            if where == page_id and error.field in self._editors:
                _page, editor, label = self._editors[error.field]
                label.setText(label.text() + ("\n" if label.text() else "") + error.message_th)
                label.show()
                first = first or editor
            elif where == page_id == PAGE_UNITS:
                first = first or self._mark_unit(error)
            else:
                strays.append(error.message_th)
        problems: QLabel = page.problems  # type: ignore[attr-defined]
        if strays:
            problems.setText("\n".join(strays))
            problems.show()
        if first is not None:
            first.setFocus()
        return False

    def _clear_errors(self, page_id: int) -> None:
        for where, _editor, label in self._editors.values():
            if where == page_id:
                label.clear()
                label.hide()
        if page_id == PAGE_UNITS:
            self._clear_unit_errors()
        problems: QLabel = self.page(page_id).problems  # type: ignore[attr-defined]
        problems.clear()
        problems.hide()

    def _mark_unit(self, error: FieldError) -> QWidget:
        widget = self.units_page.units
        match = _UNIT_FIELD.fullmatch(error.field)
        row = int(match.group(1)) if match else -1
        message = error.message_th
        if 0 <= row < widget.count():
            item = widget.item(row)
            with QSignalBlocker(widget):
                item.setBackground(QBrush(ERROR_BACKGROUND))
                item.setToolTip(message)
            message = self.tr("ลำดับที่ {number}: {message}").format(
                number=digits(str(row + 1)), message=message
            )
            if widget.currentRow() not in self._unit_error_rows():
                widget.setCurrentRow(row)
        problems = self.units_page.problems
        problems.setText(problems.text() + ("\n" if problems.text() else "") + message)
        problems.show()
        return widget

    def _unit_error_rows(self) -> set[int]:
        widget = self.units_page.units
        return {row for row in range(widget.count()) if widget.item(row).toolTip()}

    def _clear_unit_errors(self) -> None:
        widget = self.units_page.units
        with QSignalBlocker(widget):
            for row in range(widget.count()):
                item = widget.item(row)
                item.setData(Qt.ItemDataRole.BackgroundRole, None)
                item.setToolTip("")
        self.units_page.problems.clear()
        self.units_page.problems.hide()

    # ----------------------------------------------------------------- slots

    def _on_choice(self, _button: QRadioButton, _checked: bool) -> None:
        # setFinalPage makes QWizard recompute its buttons: "ถัดไป" becomes "เสร็จสิ้น" for the demo
        self.choice_page.setFinalPage(self.choice() == "demo")

    def _on_name(self, text: str) -> None:
        """Pre-select the kind the name starts with; a later manual choice wins until the prefix changes."""
        inferred = infer_office_kind(text)
        if inferred is not None and inferred != self._inferred_kind:
            combo = self.office_page.kind
            combo.setCurrentIndex(combo.findData(inferred.value))
            self.office_page.errors["kind"].hide()
        self._inferred_kind = inferred

    def _unit_item(self, name: str) -> QListWidgetItem:
        item = QListWidgetItem(name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    def _on_new_unit_text(self, text: str) -> None:
        self.units_page.add_button.setEnabled(bool(text.strip()))

    def _on_add_unit(self) -> None:
        page = self.units_page
        name = " ".join(page.new_unit.text().split())
        if not name:
            return
        page.units.addItem(self._unit_item(name))
        page.units.setCurrentRow(page.units.count() - 1)
        page.new_unit.clear()
        self._on_unit_row(page.units.currentRow())

    def _on_rename_unit(self) -> None:
        item = self.units_page.units.currentItem()
        if item is not None:
            self.units_page.units.editItem(item)

    def _on_remove_unit(self) -> None:
        widget = self.units_page.units
        row = widget.currentRow()
        if row >= 0:
            widget.takeItem(row)
            self._clear_unit_errors()  # the rows of the messages no longer match
        self._on_unit_row(widget.currentRow())

    def _on_move_unit(self, step: int) -> None:
        widget = self.units_page.units
        row = widget.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < widget.count():
            return
        item = widget.takeItem(row)
        widget.insertItem(target, item)
        widget.setCurrentRow(target)
        self._clear_unit_errors()
        self._on_unit_row(target)

    def _on_unit_row(self, row: int) -> None:
        page = self.units_page
        count = page.units.count()
        page.rename_button.setEnabled(row >= 0)
        page.remove_button.setEnabled(row >= 0)
        page.up_button.setEnabled(row > 0)
        page.down_button.setEnabled(0 <= row < count - 1)

    def _on_unit_changed(self, item: QListWidgetItem) -> None:
        if item.toolTip():
            with QSignalBlocker(self.units_page.units):
                item.setData(Qt.ItemDataRole.BackgroundRole, None)
                item.setToolTip("")
