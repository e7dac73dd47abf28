"""The NACC example picker: a tree by framework item, search, a personalised preview, ticks, years."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QWidget

from db.services.catalog import CATALOG_FRAMEWORK, load_catalog
from db.services.frameworks import FrameworkInfo, get_framework
from db.services.offices import OfficeInfo
from db.services.vocabulary import OfficeKind
from db.services.workspace import open_workspace
from desktop.editors.catalog_model import CatalogTreeModel
from desktop.editors.catalog_picker import CatalogPicker

# The offscreen platform logs this warning whenever a shown top-level window gets size hints.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

OFFICE = OfficeInfo(name="องค์การบริหารส่วนตำบลหนองบัว", kind=OfficeKind.SAO, uuid="office-1")
PLAN_YEARS = range(2023, 2028)
NO_GIFT = next(e.seq for e in load_catalog() if "Gift" in e.name)


def type_text(widget: QWidget, text: str) -> None:
    """keyClicks aborts on Thai in PySide6 6.12: send one key event carrying each character."""
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


@pytest.fixture(scope="module")
def framework(tmp_path_factory: pytest.TempPathFactory) -> FrameworkInfo:
    database = open_workspace(Path(tmp_path_factory.mktemp("picker")) / "sujarit.db")
    try:
        return get_framework(database, CATALOG_FRAMEWORK)
    finally:
        database.dispose()


@pytest.fixture
def make_picker(qtbot, framework: FrameworkInfo) -> Callable[..., CatalogPicker]:
    def make(**kwargs) -> CatalogPicker:
        picker = CatalogPicker(framework=framework, office=OFFICE, plan_years=PLAN_YEARS, **kwargs)
        qtbot.addWidget(picker)
        picker.show()
        qtbot.waitExposed(picker)
        return picker

    return make


def count_text(model: CatalogTreeModel, code: str) -> str:
    index = model.index_for_code(code)
    assert index.isValid(), code
    return index.siblingAtColumn(CatalogTreeModel.COL_COUNT).data()


def example_rows(model: CatalogTreeModel, parent: QModelIndex | None = None) -> list[QModelIndex]:
    parent = parent or QModelIndex()
    rows = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if index.data(CatalogTreeModel.SeqRole) is not None:
            rows.append(index)
        rows.extend(example_rows(model, index))
    return rows


def test_the_model_passes_the_model_tester(qtmodeltester, framework: FrameworkInfo) -> None:
    model = CatalogTreeModel(framework=framework, examples=load_catalog(), already_in_plan={1})
    qtmodeltester.check(model)
    model.set_visible({NO_GIFT, 52})
    qtmodeltester.check(model)


def test_all_62_examples_are_listed_by_dimension(make_picker) -> None:
    picker = make_picker()
    model = picker.model
    assert len(model.visible_seqs()) == 62
    assert {i.data(CatalogTreeModel.SeqRole) for i in example_rows(model)} == {e.seq for e in load_catalog()}
    dimensions = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert dimensions[0] == "มิติที่ ๑ การสร้างวัฒนธรรมสุจริต"
    assert [count_text(model, code) for code in "1234"] == ["๑๘", "๒๙", "๘", "๗"]
    assert picker.view.tree.isExpanded(model.index(0, 0))


def test_the_counts_per_framework_item(make_picker) -> None:
    picker = make_picker()  # keep the dialog alive: the model is its child
    model = picker.model
    assert count_text(model, "2.2.2") == "๑๗"
    assert count_text(model, "2.2") == "๑๙"
    assert count_text(model, "1.1.1") == "๓"
    index = model.index_for_code("2.2.2")
    assert index.data() == "๒.๒.๒ การจัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
    assert model.rowCount(index) == 17


def test_an_example_under_three_codes_is_listed_thrice_counted_once_and_ticked_everywhere(
    make_picker,
) -> None:
    picker = make_picker()  # keep the dialog alive: the model is its child
    model = picker.model
    assert count_text(model, "3.2") == "๑"
    places = model.indexes_for_seq(52)
    assert [i.data(CatalogTreeModel.CodeRole) for i in places] == ["3.2.1", "3.2.2", "3.2.3"]
    assert model.setData(places[1], Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert [i.data(Qt.ItemDataRole.CheckStateRole) for i in places] == [Qt.CheckState.Checked] * 3
    assert model.checked_seqs() == (52,)


@pytest.mark.parametrize("text", ["No Gift", "no gift", "NOGIFT", "  no   Gift "])
def test_searching_ignores_case_and_spacing(make_picker, text: str) -> None:
    picker = make_picker()
    type_text(picker.view.search, text)
    assert picker.model.visible_seqs() == {NO_GIFT}
    assert len(example_rows(picker.model)) == 1
    assert picker.view.tree.isExpanded(picker.model.index_for_code("2.2.2"))
    assert count_text(picker.model, "2.2.2") == "๑"


def test_searching_a_code_in_thai_digits(make_picker) -> None:
    picker = make_picker()
    type_text(picker.view.search, "๒.๒.๒")
    assert len(picker.model.visible_seqs()) == 17
    picker.view.search.clear()
    assert len(picker.model.visible_seqs()) == 62


def test_searching_finds_the_personalised_name_too(make_picker) -> None:
    picker = make_picker()
    personalised = {e.seq for e in load_catalog() if "โคกก่อ" in e.name}
    assert personalised  # the guide's sample office appears in some names
    type_text(picker.view.search, "หนองบัว")
    assert picker.model.visible_seqs() == personalised


def test_no_match_says_so(make_picker) -> None:
    picker = make_picker()
    type_text(picker.view.search, "ไม่มีคำนี้แน่นอน")
    assert picker.model.rowCount() == 0
    assert picker.view.no_match.isVisible()
    assert picker.view.no_match.text() == "ไม่พบตัวอย่างที่ตรงกับ “ไม่มีคำนี้แน่นอน”"


def test_the_preview_shows_the_example_as_it_will_be_copied(make_picker) -> None:
    picker = make_picker()
    first = picker.model.indexes_for_seq(1)[0]  # its target group and outcome name เทศบาลตำบลโคกก่อ
    picker.view.tree.setCurrentIndex(first)
    text = picker.view.preview.toPlainText()
    assert "โครงการพัฒนาความรู้ด้านกฎหมายและระเบียบที่เกี่ยวข้องกับการปฏิบัติงาน" in text
    assert "องค์การบริหารส่วนตำบลหนองบัว" in text
    assert "เทศบาลตำบลโคกก่อ" not in text
    for heading in ("ประเภท", "โครงการ", "๑.๑.๑", "วัตถุประสงค์", "วิธีดำเนินการ", "ผลผลิต", "ผลลัพธ์"):
        assert heading in text
    assert "ประเมินผลและสรุปผลการดำเนินการ" in text  # a method step
    assert "มีการจัดอบรมความรู้ด้านกฎหมาย" in text  # an output


def test_selecting_a_group_previews_its_full_title(make_picker) -> None:
    picker = make_picker()
    picker.view.tree.setCurrentIndex(picker.model.index_for_code("2.3.2"))
    text = picker.view.preview.toPlainText()
    assert "มีการจัดทำแผนภูมิขั้นตอน/คู่มือการปฏิบัติงาน" in text
    assert "มีตัวอย่าง ๓ รายการ" in text


def test_ticking_several_and_adding(make_picker) -> None:
    picker = make_picker()
    model = picker.model
    assert not picker.view.add_button.isEnabled()
    assert picker.selected_seqs() == ()
    for seq in (30, 24, NO_GIFT):
        index = model.indexes_for_seq(seq)[0]
        assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert picker.view.summary.text() == "เลือกแล้ว ๓ รายการ"
    model.setData(model.indexes_for_seq(30)[0], Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert picker.view.add_button.isEnabled()
    type_text(picker.view.search, "No Gift")  # ticks survive searching
    picker.view.search.clear()
    picker.view.add_button.click()
    assert picker.result() == QDialog.DialogCode.Accepted
    assert picker.selected_seqs() == tuple(sorted((24, NO_GIFT)))
    assert picker.fiscal_years() == PLAN_YEARS


def test_clicking_a_check_box_ticks_the_example(make_picker, qtbot) -> None:
    picker = make_picker()
    tree = picker.view.tree
    index = picker.model.indexes_for_seq(1)[0]
    tree.scrollTo(index)
    rect = tree.visualRect(index)
    # the check box sits at the start of the cell, after the indentation
    point = rect.topLeft()
    point.setX(point.x() + 10)
    point.setY(point.y() + rect.height() // 2)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert picker.selected_seqs() == (1,)


def test_the_fiscal_years_default_to_the_whole_plan_and_stay_a_range(make_picker) -> None:
    picker = make_picker()
    first, last = picker.view.first_year, picker.view.last_year
    assert [first.itemText(i) for i in range(first.count())] == [
        "พ.ศ. ๒๕๖๖",
        "พ.ศ. ๒๕๖๗",
        "พ.ศ. ๒๕๖๘",
        "พ.ศ. ๒๕๖๙",
        "พ.ศ. ๒๕๗๐",
    ]
    assert picker.fiscal_years() == range(2023, 2028)
    first.setCurrentIndex(1)
    assert picker.fiscal_years() == range(2024, 2028)
    last.setCurrentIndex(0)  # before the first year: the first follows
    assert picker.fiscal_years() == range(2023, 2024)
    first.setCurrentIndex(3)
    assert picker.fiscal_years() == range(2026, 2027)


def test_examples_already_in_the_plan_are_marked_and_cannot_be_ticked(make_picker) -> None:
    picker = make_picker(already_in_plan={NO_GIFT, 1})
    model = picker.model
    index = model.indexes_for_seq(NO_GIFT)[0]
    assert index.siblingAtColumn(CatalogTreeModel.COL_STATUS).data() == "มีในแผนแล้ว"
    assert index.data(Qt.ItemDataRole.CheckStateRole) is None
    assert not model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert not model.set_checked(NO_GIFT, True)
    other = model.indexes_for_seq(2)[0]
    assert other.siblingAtColumn(CatalogTreeModel.COL_STATUS).data() is None
    assert model.flags(other) & Qt.ItemFlag.ItemIsUserCheckable
    assert count_text(model, "2.2.2") == "๑๗"  # still listed and counted
    picker.view.tree.setCurrentIndex(index)
    assert "มีในแผนแล้ว" in picker.view.preview.toPlainText()
    assert picker.selected_seqs() == ()


def test_clear_unticks_everything(make_picker) -> None:
    picker = make_picker()
    for seq in (2, 3):
        picker.model.set_checked(seq, True)
    picker.view.clear_button.click()
    assert picker.selected_seqs() == ()
    assert not picker.view.add_button.isEnabled()
