"""Pick NACC examples to add to the plan: browse by framework item, search, preview, tick, add.

The preview shows the example exactly as it will be copied (``example_to_draft``): the guide's
sample office (เทศบาลตำบลโคกก่อ) is already replaced by the clerk's own office and its titles.
"""

from __future__ import annotations

import re
from collections.abc import Set
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from db.services.catalog import CatalogExample, example_to_draft, load_catalog, personalise, search_catalog
from db.services.frameworks import FrameworkInfo
from db.services.offices import OfficeInfo
from db.services.vocabulary import IndicatorKind
from db.thai import to_arabic_digits
from desktop.editors.catalog_model import CatalogTreeModel
from desktop.i18n import digits
from desktop.vocabulary import ui_label

_CODE = re.compile(r"\d+(\.\d+)*\.?")


def _compact(text: str) -> str:
    return "".join(to_arabic_digits(text).split()).casefold()


def _year_label(fiscal_year: int) -> str:
    return digits(QCoreApplication.translate("CatalogPicker", "พ.ศ. {year}").format(year=fiscal_year + 543))


class CatalogPickerView(QWidget):
    """The widgets only (habit 6): the dialog connects them and owns the behaviour."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("ค้นหาชื่อ เช่น ร้องเรียน, No Gift หรือรหัสข้อ เช่น ๒.๒.๒"))
        self.no_match = QLabel()
        self.no_match.setWordWrap(True)
        self.no_match.hide()
        self.tree = QTreeView()
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setStyleSheet("QTreeView::item { padding-top: 3px; padding-bottom: 3px; }")  # Thai marks
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.first_year = QComboBox()
        self.last_year = QComboBox()
        self.summary = QLabel()
        self.clear_button = QPushButton(self.tr("ล้างที่เลือก"))
        self.buttons = QDialogButtonBox()
        self.add_button = self.buttons.addButton(self.tr("เพิ่มในแผน"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(self.tr("ยกเลิก"), QDialogButtonBox.ButtonRole.RejectRole)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        search_label = QLabel(self.tr("ค้นหา"))
        search_label.setBuddy(self.search)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        left_layout.addLayout(search_row)
        left_layout.addWidget(self.no_match)
        left_layout.addWidget(self.tree, 1)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        preview_label = QLabel(self.tr("ตัวอย่างที่จะเพิ่มในแผน"))
        preview_label.setBuddy(self.preview)
        right_layout.addWidget(preview_label)
        right_layout.addWidget(self.preview, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        years_row = QHBoxLayout()
        years_label = QLabel(self.tr("ใส่ในแผนปี"))
        years_label.setBuddy(self.first_year)
        years_row.addWidget(years_label)
        years_row.addWidget(self.first_year)
        years_row.addWidget(QLabel(self.tr("ถึง")))
        years_row.addWidget(self.last_year)
        years_row.addSpacing(24)
        years_row.addWidget(self.summary, 1)
        years_row.addWidget(self.clear_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(years_row)
        layout.addWidget(self.buttons)


class CatalogPicker(QDialog):
    """Choose one or more of the 62 NACC examples; ``selected_seqs()`` and ``fiscal_years()`` on accept."""

    def __init__(
        self,
        *,
        framework: FrameworkInfo,
        office: OfficeInfo,
        plan_years: range,
        already_in_plan: Set[int] = frozenset(),
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        if not plan_years:
            raise ValueError("a plan has at least one fiscal year")
        self._office = office
        self._plan_years = plan_years
        self._examples = {example.seq: example for example in load_catalog()}
        self._names = {seq: personalise(example.name, office) for seq, example in self._examples.items()}
        self._framework = framework
        self.setWindowTitle(self.tr("เพิ่มจากตัวอย่างของ ป.ป.ช."))
        self.view = CatalogPickerView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

        self.model = CatalogTreeModel(
            framework=framework,
            examples=tuple(self._examples.values()),
            names=self._names,
            already_in_plan=already_in_plan,
            parent=self,
        )
        tree = self.view.tree
        tree.setModel(self.model)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(CatalogTreeModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CatalogTreeModel.COL_COUNT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CatalogTreeModel.COL_STATUS, QHeaderView.ResizeMode.ResizeToContents)
        for year in plan_years:
            self.view.first_year.addItem(_year_label(year), year)
            self.view.last_year.addItem(_year_label(year), year)
        self.view.first_year.setCurrentIndex(0)
        self.view.last_year.setCurrentIndex(len(plan_years) - 1)

        self.view.search.textChanged.connect(self._on_search)
        tree.selectionModel().selectionChanged.connect(self._on_selection)
        self.model.checked_changed.connect(self._on_checked)
        self.model.modelReset.connect(self._on_reset)
        self.view.first_year.currentIndexChanged.connect(self._on_first_year)
        self.view.last_year.currentIndexChanged.connect(self._on_last_year)
        self.view.clear_button.clicked.connect(self._on_clear)
        self.view.buttons.accepted.connect(self.accept)
        self.view.buttons.rejected.connect(self.reject)

        self._on_reset()
        self._on_checked()
        self._show_preview(None)
        self.resize(1180, 720)
        self.view.splitter.setSizes([640, 540])

    # ----------------------------------------------------------------- results

    def selected_seqs(self) -> tuple[int, ...]:
        return self.model.checked_seqs()

    def fiscal_years(self) -> range:
        first = self.view.first_year.currentData()
        last = self.view.last_year.currentData()
        return range(first, last + 1)

    # ----------------------------------------------------------------- behaviour

    def matching_seqs(self, text: str) -> frozenset[int]:
        """Examples whose name (as the guide has it, or personalised) or framework code matches."""
        wanted = _compact(text)
        if not wanted:
            return frozenset(self._examples)
        found = {example.seq for example in search_catalog(wanted)}
        found.update(seq for seq, name in self._names.items() if wanted in _compact(name))
        if _CODE.fullmatch(wanted):
            found.update(example.seq for example in search_catalog(code_prefix=wanted.rstrip(".")))
        return frozenset(found)

    def _on_search(self, text: str) -> None:
        self.model.set_visible(None if not _compact(text) else self.matching_seqs(text))

    def _on_reset(self) -> None:
        tree = self.view.tree
        filtered = bool(_compact(self.view.search.text()))
        if filtered:
            tree.expandAll()
        else:
            tree.expandToDepth(0)
        empty = not self.model.visible_seqs()
        self.view.no_match.setVisible(empty)
        if empty:
            self.view.no_match.setText(
                self.tr("ไม่พบตัวอย่างที่ตรงกับ “{text}”").format(text=self.view.search.text().strip())
            )
        self._show_preview(None)

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        self._show_preview(indexes[0] if indexes else None)

    def _on_checked(self) -> None:
        count = len(self.model.checked_seqs())
        self.view.add_button.setEnabled(count > 0)
        self.view.clear_button.setEnabled(count > 0)
        self.view.summary.setText(
            self.tr("เลือกแล้ว {count} รายการ").format(count=digits(str(count)))
            if count
            else self.tr("ยังไม่ได้เลือก — ติ๊กช่องหน้าชื่อตัวอย่างที่ต้องการ")
        )

    def _on_clear(self) -> None:
        for seq in self.model.checked_seqs():
            self.model.set_checked(seq, False)

    def _on_first_year(self, index: int) -> None:
        if self.view.last_year.currentIndex() < index:
            self.view.last_year.setCurrentIndex(index)

    def _on_last_year(self, index: int) -> None:
        if self.view.first_year.currentIndex() > index:
            self.view.first_year.setCurrentIndex(index)

    # ----------------------------------------------------------------- preview

    def _show_preview(self, index: Any) -> None:
        if index is None or not index.isValid():
            self.view.preview.setHtml(
                "<p>"
                + escape(self.tr("เลือกตัวอย่างทางซ้ายเพื่อดูรายละเอียดที่จะเพิ่มในแผนของ {office}")).replace(
                    "{office}", "<b>" + escape(self._office.name) + "</b>"
                )
                + "</p>"
            )
            return
        seq = index.data(CatalogTreeModel.SeqRole)
        if seq is None:
            self.view.preview.setHtml(self._group_html(index))
        else:
            self.view.preview.setHtml(self.preview_html(self._examples[seq]))

    def _group_html(self, index: Any) -> str:
        title = index.siblingAtColumn(CatalogTreeModel.COL_TITLE).data()
        count = self.model.example_count(index)
        return (
            f"<h3>{escape(title)}</h3><p>"
            + escape(self.tr("มีตัวอย่าง {count} รายการ")).format(count=digits(str(count)))
            + "</p>"
        )

    def preview_html(self, example: CatalogExample) -> str:
        """The example as it will be copied into this office's plan."""
        draft = example_to_draft(example, self._office, self.fiscal_years())
        parts = [f"<h3>{escape(draft.name)}</h3>"]
        if self.model.is_in_plan(example.seq):
            parts.append(f"<p style='color:#8a5a00'><b>{escape(self.tr('มีในแผนแล้ว'))}</b></p>")
        codes = []
        for code in example.codes:
            try:
                title = self._framework.node(code).title
            except KeyError:
                title = ""
            codes.append(f"{digits(code)} {title}".strip())
        parts.append(
            "<table cellspacing='0' cellpadding='2'>"
            + self._row(self.tr("ประเภท"), escape(ui_label(draft.kind)))
            + self._row(self.tr("ข้อในกรอบแผน"), "<br>".join(escape(c) for c in codes))
            + (self._row(self.tr("กลุ่มเป้าหมาย"), escape(draft.target_group)) if draft.target_group else "")
            + (self._row(self.tr("ระยะเวลา"), escape(draft.duration_text)) if draft.duration_text else "")
            + self._row(
                self.tr("งบประมาณ"),
                escape(self.tr("ใช้งบประมาณ") if draft.needs_budget else self.tr("ไม่ใช้งบประมาณ")),
            )
            + "</table>"
        )
        parts.append(self._list(self.tr("วัตถุประสงค์"), draft.objectives, ordered=True))
        parts.append(self._list(self.tr("วิธีดำเนินการ"), draft.method_steps, ordered=True))
        outputs = [i.statement for i in draft.indicators if i.kind == IndicatorKind.OUTPUT]
        outcomes = [i.statement for i in draft.indicators if i.kind == IndicatorKind.OUTCOME]
        parts.append(self._list(self.tr("ผลผลิต"), outputs, ordered=False))
        parts.append(self._list(self.tr("ผลลัพธ์"), outcomes, ordered=False))
        return "".join(parts)

    @staticmethod
    def _row(label: str, value_html: str) -> str:
        head = f"<td valign='top' style='padding-right:12px'><b>{escape(label)}</b></td>"
        return f"<tr>{head}<td>{value_html}</td></tr>"

    @staticmethod
    def _list(title: str, entries: Any, *, ordered: bool) -> str:
        if not entries:
            return ""
        tag = "ol" if ordered else "ul"
        items = "".join(f"<li>{escape(entry)}</li>" for entry in entries)
        return f"<h4>{escape(title)}</h4><{tag}>{items}</{tag}>"
