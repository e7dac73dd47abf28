"""With English chosen, no Thai is left in the UI's own texts; the data (names, units, plans) stays Thai."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QProgressDialog,
    QTabBar,
    QTextBrowser,
    QWidget,
    QWizardPage,
)

from db.services.completeness import check_plan
from db.services.items import check_item_draft, list_items
from db.services.plans import list_plans
from desktop.completeness_dialog import CompletenessDialog
from desktop.editors import indicator_list, item_pages, office_wizard
from desktop.editors.catalog_picker import CatalogPicker
from desktop.editors.item_editor import ItemEditor
from desktop.editors.office_wizard import OfficeWizard
from desktop.i18n import LANGUAGE_NAMES, THAI
from desktop.models.item_table_model import ItemTableModel
from desktop.rounds.progress_table_model import ProgressTableModel

# The offscreen platform logs this warning whenever a shown top-level window gets size hints.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

THAI_LETTERS = re.compile("[\u0e00-\u0e7f]")


@dataclass(frozen=True)
class Data:
    """The Thai that is data, not UI: texts shown as they are (units of the office, unit names offered
    for typing, which are saved as typed, the responsible units typed in the plan's items, Thai's own
    name in the language menu) and names that UI texts embed (the office, its plans)."""

    whole: frozenset[str]
    embedded: tuple[str, ...]


def thai_data(window, *extra: str) -> Data:
    office = window.office
    whole = {*office.units, *item_pages.EXTRA_RESPONSIBLE, *office_wizard.COMMON_UNITS}
    whole |= {*indicator_list.COMMON_UNITS, LANGUAGE_NAMES[THAI], *extra}
    whole |= {item.responsible for item in list_items(window.database, window.plan.uuid)}
    embedded = [office.name, *(plan.title for plan in list_plans(window.database, office.uuid))]
    return Data(frozenset(whole), tuple(sorted(embedded, key=len, reverse=True)))


def _widget_texts(widget: QWidget) -> list[str]:
    texts = [widget.toolTip()]
    if isinstance(widget, QLabel | QAbstractButton):
        texts.append(widget.text())
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        texts.append(widget.placeholderText())
    if isinstance(widget, QComboBox):
        texts += [widget.placeholderText(), *(widget.itemText(i) for i in range(widget.count()))]
    if isinstance(widget, QGroupBox):
        texts.append(widget.title())
    if isinstance(widget, QTabBar):
        texts += [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QHeaderView) and not widget.isHidden() and widget.model() is not None:
        texts += [
            str(widget.model().headerData(i, widget.orientation(), Qt.ItemDataRole.DisplayRole) or "")
            for i in range(widget.count())
        ]
    if isinstance(widget, QWizardPage):
        texts += [widget.title(), widget.subTitle()]
    if isinstance(widget, QMenu | QDockWidget):
        texts.append(widget.windowTitle() if isinstance(widget, QDockWidget) else widget.title())
    if isinstance(widget, QProgressDialog):
        texts.append(widget.labelText())
    return texts


def chrome_texts(top: QWidget) -> list[str]:
    """Every text of the UI itself: titles, menus and actions, labels, buttons, group boxes, tabs,
    headers, tooltips, placeholders, combo box entries (cell contents are left out: they are data)."""
    texts = [top.windowTitle(), *_widget_texts(top)]
    for widget in top.findChildren(QWidget):
        texts += _widget_texts(widget)
    for action in top.findChildren(QAction):
        texts += [action.text(), action.toolTip()]
    return [text for text in texts if text]


def thai_left(texts: list[str], data: Data) -> list[str]:
    left = []
    for text in texts:
        if text in data.whole:
            continue
        for name in data.embedded:
            text = text.replace(name, "")
        if THAI_LETTERS.search(text):
            left.append(text)
    return left


@pytest.fixture
def english_window(english, window):
    window.recent_menu.aboutToShow.emit()  # fills the recent files menu
    return window


def test_main_window_chrome_is_english(english_window) -> None:
    window = english_window
    texts = chrome_texts(window)
    assert thai_left(texts, thai_data(window)) == []
    assert window.windowTitle() == f"Sujarit — {window.office.name}"
    assert {"File", "Edit", "Plan", "Print", "Settings"} <= set(texts)
    assert window.status.text().startswith("Items: 102 · Total budget: ")


def test_main_window_tables_show_english_labels_and_arabic_digits(english_window) -> None:
    window = english_window
    model = window.table_model
    kinds = {model.index(r, ItemTableModel.COL_KIND).data() for r in range(model.rowCount())}
    assert kinds <= {"Project", "Activity", "Measure", "Guideline"}
    checks = [model.index(r, ItemTableModel.COL_CHECK).data() for r in range(model.rowCount())]
    assert "Complete" in checks and not any(THAI_LETTERS.search(c) for c in checks)
    problems = [model.index(r, ItemTableModel.COL_CHECK).data(Qt.ItemDataRole.ToolTipRole) for r in range(10)]
    assert not any(THAI_LETTERS.search(p) for p in problems if p)
    dimension = window.tree_model.index(0, 0).data()
    assert dimension.startswith("Dimension 1 ")
    assert window.tree_model.index(0, 1).data().isascii()


def test_item_editor_chrome_is_english(english_window, qtbot) -> None:
    window = english_window
    plan = window.plan
    item = list_items(window.database, plan.uuid)[22]
    editor = ItemEditor(
        framework=window.framework,
        fiscal_years=plan.fiscal_years,
        units=window.office.units,
        draft=item,
        validate=lambda draft: check_item_draft(window.database, plan_uuid=plan.uuid, draft=draft),
    )
    qtbot.addWidget(editor)
    editor.show()
    units = [indicator.target_unit for indicator in item.indicators]
    assert thai_left(chrome_texts(editor), thai_data(window, *units)) == []
    assert editor.windowTitle() == "Edit plan item"


def test_office_wizard_chrome_is_english(english_window, qtbot) -> None:
    wizard = OfficeWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert thai_left(chrome_texts(wizard), thai_data(english_window)) == []
    assert wizard.office_page.kind.itemText(0) == "Subdistrict Administrative Organization"


def test_catalog_picker_chrome_is_english(english_window, qtbot) -> None:
    window = english_window
    picker = CatalogPicker(
        framework=window.framework, office=window.office, plan_years=window.plan.fiscal_years
    )
    qtbot.addWidget(picker)
    picker.show()
    texts = [*chrome_texts(picker), picker.findChild(QTextBrowser).toPlainText()]  # the preview's prompt
    assert thai_left(texts, thai_data(window)) == []
    assert picker.view.first_year.itemText(0) == "B.E. 2566"


def test_completeness_dialog_chrome_is_english(english_window, qtbot) -> None:
    window = english_window
    findings = check_plan(window.database, plan_uuid=window.plan.uuid, fiscal_year=2024)
    dialog = CompletenessDialog(findings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert thai_left(chrome_texts(dialog), thai_data(window)) == []
    assert dialog.summary.text().startswith("Issues to fix: ")


def test_print_preview_chrome_is_english(english_window, qtbot) -> None:
    window = english_window
    window.year_box.setCurrentIndex(window.year_box.findData(2024))
    task = window.printing.preview(window.printing._plan_table, show=False)
    busy = window.findChildren(QProgressDialog)
    assert [dialog.labelText() for dialog in busy] == ["Laying out the document…"]
    with qtbot.waitSignal(task.finished, timeout=30000):
        pass
    qtbot.waitUntil(lambda: window.printing.last_preview is not None, timeout=5000)
    preview = window.printing.last_preview
    assert thai_left(chrome_texts(preview), thai_data(window)) == []
    assert preview.windowTitle() == "Print preview — Anti-corruption action plan table, fiscal year B.E. 2567"


def test_reporting_tab_chrome_is_english(english_window) -> None:
    window = english_window
    window.reporting.show()
    view = window.reporting.view
    assert window.tabs.currentWidget() is view
    assert view.round is not None and view.model.rowCount() > 0  # the demo's rounds of 2567
    model, rows = view.model, range(view.model.rowCount())
    number, status = ProgressTableModel.COL_NUMBER, ProgressTableModel.COL_STATUS
    cells = [model.index(r, status).data() for r in rows]  # the statuses: a closed vocabulary
    tips = [model.index(r, c).data(Qt.ItemDataRole.ToolTipRole) for r in rows for c in (number, status)]
    legends = [text for text, _colour in (*view.status_chart._legend(), *view.budget_chart._legend())]
    bars = [label for label, _counts in view.status_chart.bars()]
    shares = [view.budget_chart._share(budget, paid) for _label, budget, paid in view.budget_chart.bars()]
    texts = [*chrome_texts(view), *cells, *(tip for tip in tips if tip), *legends, *bars, *shares]
    assert thai_left(texts, thai_data(window)) == []
    assert {"Edit progress…", "Submit (lock)…", "Unlock…", "Overview", "Budget", "Disbursed"} <= set(texts)
    assert view.round_box.currentText().startswith("Fiscal year B.E. 2567 · ")
    assert bars[0] == "Dimension 1"
