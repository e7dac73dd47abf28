"""The pages of the item editor: layout only, with every input a public attribute.

The dialog (:mod:`desktop.editors.item_editor`) loads and reads the values and shows errors;
nothing here knows about drafts or rules. ``boxes`` maps a draft field name to its
:class:`~desktop.widgets.FieldBox`, where messages about that field are shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from db.services.frameworks import FrameworkInfo
from db.services.vocabulary import ItemKind
from desktop.editors.framework_picker import FrameworkPicker
from desktop.editors.indicator_list import IndicatorList, enum_combo
from desktop.editors.year_grid import YearGrid
from desktop.widgets import FieldBox, OrderedListEdit, QuantityEdit, WrappingLineEdit

#: Offered besides the office's own units; anything else may be typed (data: never translated).
EXTRA_RESPONSIBLE = ("ทุกส่วนราชการ",)


def text_box(lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


def scrolled(page: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(page)
    return area


def form_layout(page: QWidget) -> QFormLayout:
    form = QFormLayout(page)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setVerticalSpacing(8)
    return form


def add_row(form: QFormLayout, text: str, box: FieldBox) -> None:
    label = QLabel(text)
    label.setBuddy(box.widget)
    label.setContentsMargins(0, 4, 0, 0)
    form.addRow(label, box)


class MainPage(QWidget):
    """Kind, name, framework items and the responsible unit."""

    def __init__(self, framework: FrameworkInfo, units: tuple[str, ...], parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = enum_combo(ItemKind)
        self.name = WrappingLineEdit(lines=2)
        self.name.setPlaceholderText(self.tr("เช่น โครงการอบรมคุณธรรมจริยธรรมสำหรับบุคลากร"))
        self.framework = FrameworkPicker(framework)
        self.responsible = QComboBox()
        self.responsible.setEditable(True)
        self.responsible.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.responsible.addItems([*units, *(u for u in EXTRA_RESPONSIBLE if u not in units)])
        self.responsible.lineEdit().setPlaceholderText(self.tr("เลือกหรือพิมพ์ชื่อหน่วยงาน"))
        self.boxes = {
            "kind": FieldBox(self.kind),
            "name": FieldBox(self.name),
            "framework_codes": FieldBox(self.framework),
            "responsible": FieldBox(self.responsible),
        }
        form = form_layout(self)
        add_row(form, self.tr("ประเภท"), self.boxes["kind"])
        add_row(form, self.tr("ชื่อ"), self.boxes["name"])
        add_row(form, self.tr("มิติ/ข้อของกรอบแผน"), self.boxes["framework_codes"])
        add_row(form, self.tr("หน่วยงานรับผิดชอบ"), self.boxes["responsible"])
        self.kind.setMaximumWidth(260)


class DetailsPage(QWidget):
    """Rationale, objectives, method, target group and quantity, remarks."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rationale = text_box(4)
        self.rationale.setMaximumHeight(self.rationale.fontMetrics().lineSpacing() * 7 + 14)
        self.objectives = OrderedListEdit(placeholder=self.tr("ข้อความของวัตถุประสงค์ข้อที่เลือก"))
        self.method_steps = OrderedListEdit(placeholder=self.tr("ข้อความของขั้นตอนที่เลือก"))
        self.target_group = QLineEdit()
        self.target_group.setPlaceholderText(self.tr("เช่น พนักงานเทศบาลและพนักงานจ้าง"))
        self.target_quantity = QuantityEdit()
        self.target_quantity.setMaximumWidth(140)
        self.target_unit = QLineEdit()
        self.target_unit.setPlaceholderText(self.tr("หน่วยนับ เช่น คน"))
        self.target_unit.setMaximumWidth(180)
        self.remarks = text_box(2)
        self.remarks.setMaximumHeight(self.remarks.fontMetrics().lineSpacing() * 3 + 14)
        self.boxes = {
            "rationale": FieldBox(self.rationale),
            "objectives": FieldBox(self.objectives, self.tr("วัตถุประสงค์")),
            "method_steps": FieldBox(self.method_steps, self.tr("วิธีดำเนินการ")),
            "target_group": FieldBox(self.target_group),
            "target_quantity": FieldBox(self.target_quantity),
            "target_unit": FieldBox(self.target_unit),
            "remarks": FieldBox(self.remarks),
        }
        lists = QGridLayout()
        lists.setContentsMargins(0, 0, 0, 0)
        lists.setHorizontalSpacing(16)
        lists.addWidget(self.boxes["objectives"], 0, 0)
        lists.addWidget(self.boxes["method_steps"], 0, 1)
        quantity = QHBoxLayout()
        quantity.setContentsMargins(0, 0, 0, 0)
        quantity.addWidget(self.boxes["target_quantity"])
        quantity.addWidget(self.boxes["target_unit"])
        quantity.addStretch(1)
        layout = QVBoxLayout(self)
        top = QWidget()
        form = form_layout(top)
        form.setContentsMargins(0, 0, 0, 0)
        add_row(form, self.tr("หลักการและเหตุผล"), self.boxes["rationale"])
        layout.addWidget(top)
        layout.addLayout(lists, 1)
        bottom = QWidget()
        form = form_layout(bottom)
        form.setContentsMargins(0, 0, 0, 0)
        add_row(form, self.tr("กลุ่มเป้าหมาย"), self.boxes["target_group"])
        quantity_box = QWidget()
        quantity_box.setLayout(quantity)
        form.addRow(self.tr("ปริมาณงาน"), quantity_box)
        add_row(form, self.tr("หมายเหตุ"), self.boxes["remarks"])
        layout.addWidget(bottom)


class SchedulePage(QWidget):
    """Duration text, the no-budget tick and the per-year grid."""

    def __init__(self, fiscal_years: range, parent: QWidget | None = None):
        super().__init__(parent)
        self.duration_text = QLineEdit()
        self.duration_text.setPlaceholderText(self.tr("เช่น ตลอดปีงบประมาณ หรือ ไตรมาสที่ ๒ ของทุกปี"))
        self.no_budget = QCheckBox(self.tr("ไม่ใช้งบประมาณ"))
        self.no_budget.setToolTip(self.tr("ทำเครื่องหมายเมื่อรายการนี้ไม่ต้องใช้งบประมาณ ช่องงบประมาณจะปิดไว้"))
        self.years = YearGrid(fiscal_years)
        self.boxes = {
            "duration_text": FieldBox(self.duration_text),
            "needs_budget": FieldBox(self.no_budget),
            "years": FieldBox(self.years),
        }
        form = form_layout(self)
        add_row(form, self.tr("ระยะเวลาดำเนินการ"), self.boxes["duration_text"])
        add_row(form, self.tr("งบประมาณ"), self.boxes["needs_budget"])
        form.addRow(self.boxes["years"])


class IndicatorsPage(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.indicators = IndicatorList()
        hint = QLabel(
            self.tr(
                "ผลผลิต คือสิ่งที่ได้จากการดำเนินการ (เช่น จำนวนผู้เข้าร่วม) "
                "ผลลัพธ์ คือผลที่เกิดขึ้นตามมา (เช่น ร้อยละของผู้ที่มีความรู้เพิ่มขึ้น)"
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5f6368;")
        self.boxes = {"indicators": FieldBox(self.indicators)}
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.boxes["indicators"], 1)
