"""The main window: the office's plans as a tree and a table, with every plan tool one click away.

Every edit goes through a QUndoCommand that calls a service (saved at once, undoable); the window
only reloads rows from the services afterwards.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QTreeView,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from db.errors import UserFacingError, ValidationFailed
from db.services.completeness import check_plan
from db.services.frameworks import FrameworkInfo, get_framework
from db.services.items import check_item_draft, get_item, list_items, refresh_items
from db.services.multiyear import build_multiyear_plan
from db.services.offices import OfficeInfo, list_offices
from db.services.plan_overview import ItemRow, item_rows
from db.services.plans import PlanInfo, get_plan, list_plans
from db.thai import format_money
from desktop.commands import (
    AddItemsCommand,
    ApprovePlanCommand,
    DeleteItemCommand,
    MoveItemCommand,
    ReplaceItemCommand,
    RollOverCommand,
    ServiceCommand,
)
from desktop.filter_bar import FilterBar
from desktop.i18n import LANGUAGE_KEY, LANGUAGE_NAMES, RESTART_NOTE, choose_language, digits
from desktop.models.item_table_model import ItemFilterProxy, ItemTableModel
from desktop.models.plan_tree_model import ItemUuidRole, PlanTreeModel
from desktop.printing import PrintMenu
from desktop.rounds.reporting_side import ReportingSide

TABLE_COLUMN_WIDTHS = {
    ItemTableModel.COL_NUMBER: 44,
    ItemTableModel.COL_KIND: 70,
    ItemTableModel.COL_CODE: 60,
    ItemTableModel.COL_RESPONSIBLE: 130,
    ItemTableModel.COL_BUDGET: 112,
    ItemTableModel.COL_QUARTERS: 70,
    ItemTableModel.COL_CHECK: 130,
}
WHOLE_PLAN = None


@dataclass(frozen=True)
class _Shown:
    """What the views were last filled from: the items read, for which plan and year."""

    plan_uuid: str
    fiscal_year: int | None
    items: tuple[Any, ...]


class MainWindow(QMainWindow):
    def __init__(self, database: Any, settings: QSettings | None = None) -> None:
        super().__init__()
        self.database = database
        self.settings = settings or QSettings()
        self.undo_stack = QUndoStack(self)
        ServiceCommand.report_error = self.show_error
        self.office: OfficeInfo | None = None
        self.plan: PlanInfo | None = None
        self.framework: FrameworkInfo | None = None
        self.fiscal_year: int | None = WHOLE_PLAN
        self._shown: _Shown | None = None

        self.tree_model = PlanTreeModel(self)
        self.table_model = ItemTableModel(self)
        self.proxy = ItemFilterProxy(self)
        self.proxy.setSourceModel(self.table_model)
        self._build_widgets()
        self._build_actions()
        self.reporting = ReportingSide(self)
        self.tabs.addTab(self.reporting.view, self.tr("รายงานผล"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.menuBar().addMenu(self.reporting.menu)
        self.printing = PrintMenu(self)
        self.menuBar().addMenu(self.printing.menu)
        self._build_settings_menu()
        self.resize(1280, 800)
        geometry = self.settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._remember(Path(database.path))
        self.reload_plans(select=self.settings.value("main/plan"))

    # -- construction ---------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.plan_box = QComboBox()
        self.year_box = QComboBox()
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setUniformRowHeights(True)
        tree_header = self.tree.header()
        tree_header.setStretchLastSection(False)
        tree_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        tree_header.resizeSection(1, 56)
        tree_header.resizeSection(2, 110)
        self.filters = FilterBar()
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ItemTableModel.COL_NUMBER, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column, width in TABLE_COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(ItemTableModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        right = QWidget()
        layout = QVBoxLayout(right)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filters)
        layout.addWidget(self.table)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setSizes([400, 880])
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(splitter, self.tr("แผน"))
        self.setCentralWidget(self.tabs)
        self.status = QLabel()
        self.statusBar().addPermanentWidget(self.status, 1)
        history = QDockWidget(self.tr("ประวัติการแก้ไข"), self)
        history.setObjectName("history")
        undo_view = QUndoView(self.undo_stack)
        undo_view.setEmptyLabel(self.tr("<ยังไม่มีการแก้ไข>"))
        history.setWidget(undo_view)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, history)
        history.hide()
        self.history_dock = history

        self.plan_box.currentIndexChanged.connect(self._plan_chosen)
        self.year_box.currentIndexChanged.connect(self._year_chosen)
        self.filters.changed.connect(lambda values: self.proxy.set_filters(**values))
        self.table.doubleClicked.connect(lambda _index: self.edit_item())
        self.tree.doubleClicked.connect(self._tree_activated)

    def _action(
        self, menu: Any, text: str, slot: Any, shortcut: Any = None, toolbar: QToolBar | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        if toolbar is not None:
            toolbar.addAction(action)
        return action

    def _build_actions(self) -> None:
        toolbar = QToolBar(self.tr("หลัก"), self)
        toolbar.setObjectName("main-toolbar")
        self.addToolBar(toolbar)
        for text, box in ((self.tr("แผน:"), self.plan_box), (self.tr("ปี:"), self.year_box)):
            toolbar.addWidget(QLabel(f" {text} "))
            toolbar.addWidget(box)
        toolbar.addSeparator()

        files = self.menuBar().addMenu(self.tr("ไฟล์"))
        self._action(files, self.tr("เปิดไฟล์ข้อมูล…"), self.open_database, QKeySequence.StandardKey.Open)
        self.recent_menu = files.addMenu(self.tr("ไฟล์ที่เปิดล่าสุด"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        files.addSeparator()
        self._action(files, self.tr("ออกจากโปรแกรม"), self.close, QKeySequence.StandardKey.Quit)

        edit = self.menuBar().addMenu(self.tr("แก้ไข"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("เลิกทำ"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("ทำซ้ำ"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
        edit.addActions([self.undo_action, self.redo_action])
        toolbar.addActions(self._toolbar_undo_redo())
        edit.addSeparator()
        self.add_action = self._action(
            edit, self.tr("เพิ่มรายการ"), self.add_item, QKeySequence("Ctrl+N"), toolbar
        )
        self.catalog_action = self._action(
            edit,
            self.tr("เพิ่มจากตัวอย่าง ป.ป.ช.…"),
            self.add_from_catalog,
            QKeySequence("Ctrl+Shift+N"),
            toolbar,
        )
        self.edit_action = self._action(
            edit, self.tr("แก้ไขรายการ…"), self.edit_item, QKeySequence("Ctrl+E"), toolbar
        )
        self.delete_action = self._action(
            edit, self.tr("ลบรายการ"), self.delete_item, QKeySequence.StandardKey.Delete
        )
        self._action(edit, self.tr("เลื่อนขึ้น"), lambda: self.move_item(-1), QKeySequence("Ctrl+Up"))
        self._action(edit, self.tr("เลื่อนลง"), lambda: self.move_item(+1), QKeySequence("Ctrl+Down"))
        self.find_action = self._action(
            edit, self.tr("ค้นหา"), lambda: self.filters.search.setFocus(), QKeySequence.StandardKey.Find
        )
        self._action(
            edit,
            self.tr("ประวัติการแก้ไข"),
            lambda: self.history_dock.setVisible(not self.history_dock.isVisible()),
        )

        plan = self.menuBar().addMenu(self.tr("แผน"))
        toolbar.addSeparator()
        self.check_action = self._action(
            plan, self.tr("ตรวจความครบถ้วน"), self.check_completeness, QKeySequence("F7"), toolbar
        )
        self.rollover_action = self._action(plan, self.tr("ยกแผนไปปีถัดไป…"), self.roll_over)
        self.approve_action = self._action(plan, self.tr("อนุมัติแผน…"), self.approve)
        plan.addSeparator()
        self._action(plan, self.tr("ไปหน้าแผน"), lambda: self.tabs.setCurrentIndex(0), QKeySequence("Ctrl+1"))
        self.toolbar = toolbar
        #: what acts on the plan table: off while the reporting tab (which has its own) is shown
        self.plan_actions = (
            self.add_action,
            self.catalog_action,
            self.edit_action,
            self.delete_action,
            self.find_action,
            self.check_action,
        )

    def _build_settings_menu(self) -> None:
        languages = self.menuBar().addMenu(self.tr("ตั้งค่า")).addMenu(self.tr("ภาษา / Language"))
        group = QActionGroup(self)
        saved = choose_language(self.settings)
        self.language_actions: dict[str, QAction] = {}
        for language, name in LANGUAGE_NAMES.items():
            action = languages.addAction(name)
            action.setCheckable(True)
            action.setChecked(language == saved)
            action.triggered.connect(lambda _checked=False, chosen=language: self.set_language(chosen))
            group.addAction(action)
            self.language_actions[language] = action

    def _toolbar_undo_redo(self) -> list[QAction]:
        """Undo/redo with short fixed texts for the toolbar, the command they would undo as the tooltip
        (the menu's actions carry the whole command text, which would stretch the toolbar)."""
        stack = self.undo_stack
        out = []
        for text, step, enabled, enabled_changed, text_changed in (
            (self.tr("เลิกทำ"), stack.undo, stack.canUndo(), stack.canUndoChanged, stack.undoTextChanged),
            (self.tr("ทำซ้ำ"), stack.redo, stack.canRedo(), stack.canRedoChanged, stack.redoTextChanged),
        ):
            action = QAction(text, self)
            action.triggered.connect(step)
            action.setEnabled(enabled)
            enabled_changed.connect(action.setEnabled)  # Qt slots: disconnected when the action goes
            text_changed.connect(action.setToolTip)
            out.append(action)
        return out

    # -- loading -------------------------------------------------------------------------------
    def reload_plans(self, select: str | None = None) -> None:
        offices = list_offices(self.database)
        self.office = offices[0] if offices else None
        plans = list_plans(self.database, self.office.uuid) if self.office else ()
        self.plan_box.blockSignals(True)
        self.plan_box.clear()
        for plan in plans:
            span = self.tr("พ.ศ. {first}–{last}").format(
                first=plan.first_fiscal_year + 543, last=plan.last_fiscal_year + 543
            )
            self.plan_box.addItem(f"{plan.title} {digits(span)}", plan.uuid)
        index = self.plan_box.findData(select) if select else -1
        self.plan_box.setCurrentIndex(index if index >= 0 else 0)
        self.plan_box.blockSignals(False)
        self.filters.set_units(self.office.units if self.office else ())
        self._plan_chosen()

    def _plan_chosen(self, *_: object) -> None:
        uuid = self.plan_box.currentData()
        self.plan = get_plan(self.database, uuid) if uuid else None
        self.framework = get_framework(self.database, self.plan.framework_code) if self.plan else None
        self.year_box.blockSignals(True)
        self.year_box.clear()
        self.year_box.addItem(self.tr("ทั้งแผน (ทุกปี)"), WHOLE_PLAN)
        for year in self.plan.fiscal_years if self.plan else ():
            self.year_box.addItem(digits(self.tr("ปีงบประมาณ {year}").format(year=year + 543)), year)
        index = self.year_box.findData(self.fiscal_year)
        self.year_box.setCurrentIndex(max(0, index))
        self.year_box.blockSignals(False)
        self.fiscal_year = self.year_box.currentData()
        if self.plan is not None:
            self.settings.setValue("main/plan", self.plan.uuid)
        self.reload()
        self.reporting.set_plan()

    def _year_chosen(self, *_: object) -> None:
        self.fiscal_year = self.year_box.currentData()
        self.reload()

    def reload(self, changed: Collection[str] | None = None) -> None:
        """Show the data again after any change.

        ``changed`` names the items an edit touched (added and removed items are found anyway), so
        only those are read and checked again; None reads the whole plan.
        """
        app_title = self.tr("สุจริต")
        self.setWindowTitle(f"{app_title} — {self.office.name}" if self.office else app_title)
        if self.plan is None:
            self._shown = None
            self.table_model.set_rows(())
            self.tree_model.removeRows(0, self.tree_model.rowCount())
            self.status.setText(self.tr("ยังไม่มีแผนในไฟล์นี้"))
            return
        self.plan = get_plan(self.database, self.plan.uuid)
        uuid, year = self.plan.uuid, self.fiscal_year
        shown = self._shown
        if changed is not None and shown is not None and shown.plan_uuid == uuid:
            items = refresh_items(self.database, uuid, shown.items, changed)
            unchanged = (
                {}
                if shown.fiscal_year != year
                else {row.uuid: row for row in self.table_model.rows() if row.uuid not in changed}
            )
        else:
            items, unchanged = list_items(self.database, uuid), {}  # read once for both views
        self._shown = _Shown(uuid, year, items)
        rows = item_rows(self.database, plan_uuid=uuid, fiscal_year=year, items=items, unchanged=unchanged)
        self.table_model.set_rows(rows)
        self.tree_model.set_plan(build_multiyear_plan(self.database, plan_uuid=uuid, items=items), year)
        self.tree.expandToDepth(0)
        self._update_status()

    def _update_status(self) -> None:
        rows = [r for r in self.table_model.rows() if r.included]
        amounts = [r.budget for r in rows if r.budget is not None]
        total = format_money(sum(amounts, Decimal("0.00")) if amounts else None, thai_digits=False)
        quarters = "/".join(str(sum(1 for r in rows if r.quarters[q])) for q in range(4))
        incomplete = sum(1 for r in rows if not r.complete)
        approved_on = self.plan.approved_on if self.plan else None
        state = (
            self.tr("แผนอนุมัติแล้ว {date}").format(date=f"{approved_on:%d/%m}/{approved_on.year + 543}")
            if approved_on
            else self.tr("แผนร่าง")
        )
        text = self.tr(
            "{count} รายการ · งบประมาณรวม {total} บาท · ไตรมาส 1–4: {quarters} · "
            "ยังไม่ครบ {incomplete} รายการ · {state}"
        ).format(count=len(rows), total=total, quarters=quarters, incomplete=incomplete, state=state)
        self.status.setText(digits(text))

    def _tab_changed(self, index: int) -> None:
        on_plan = index == 0
        self.toolbar.setVisible(on_plan)
        self.status.setVisible(on_plan)  # the plan's totals; the reporting tab shows the round's own
        for action in self.plan_actions:
            action.setEnabled(on_plan)
        if not on_plan:
            self.reporting.view.reload()  # plan edits may have changed names, units or items

    def current_round(self) -> Any:
        """The reporting round shown in the รายงานผล tab (RoundInfo), or None."""
        return self.reporting.view.current_round()

    # -- selection -----------------------------------------------------------------------------
    def selected_row(self) -> ItemRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return indexes[0].data(ItemTableModel.RowRole) if indexes else None

    def select_item(self, item_uuid: str) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ItemTableModel.RowRole).uuid == item_uuid:
                self.table.selectRow(row)
                self.table.scrollTo(index)
                return

    def _tree_activated(self, index: QModelIndex) -> None:
        uuid = index.siblingAtColumn(0).data(ItemUuidRole)
        if uuid:
            self.select_item(uuid)
            self.edit_item()

    # -- edits ---------------------------------------------------------------------------------
    def _push(self, command: Any) -> bool:
        """Make the edit, then put it on the undo stack; a refused or failed edit is not put there."""
        try:
            command.apply()
        except (UserFacingError, ValidationFailed) as exc:
            self.show_error(exc)
            return False
        command.pre_applied = True
        command._stack = self.undo_stack
        self.undo_stack.push(command)
        return True

    def show_error(self, error: Exception) -> None:
        """A change that could not be saved (or undone): say why; the data is as it was."""
        if isinstance(error, ValidationFailed):
            message = "\n".join(e.message_th for e in error.errors)
        else:
            message = getattr(error, "message_th", str(error))
        QMessageBox.warning(self, self.tr("บันทึกไม่ได้"), message)
        self.reload()

    def _editor(self, draft: Any = None) -> Any:
        from desktop.editors.item_editor import ItemEditor

        assert self.plan is not None and self.framework is not None and self.office is not None
        plan_uuid = self.plan.uuid
        return ItemEditor(
            framework=self.framework,
            fiscal_years=self.plan.fiscal_years,
            units=self.office.units,
            draft=draft,
            validate=lambda d: check_item_draft(self.database, plan_uuid=plan_uuid, draft=d),
            parent=self,
        )

    def add_item(self) -> None:
        if self.plan is None:
            return
        editor = self._editor()
        if editor.exec():
            command = AddItemsCommand(self.database, self.plan.uuid, [editor.draft()], self.reload)
            if self._push(command) and command.added:
                self.select_item(command.added[0].uuid)

    def edit_item(self, item_uuid: str | None = None) -> None:
        row = self.selected_row()
        uuid = item_uuid or (row.uuid if row else None)
        if uuid is None:
            return
        before = get_item(self.database, uuid)
        editor = self._editor(before)
        if editor.exec():
            after = editor.draft()
            if after != before.as_draft():
                self._push(ReplaceItemCommand(self.database, before, after, self.reload))
            self.select_item(uuid)

    def delete_item(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        question = self.tr('ลบ "{name}" ออกจากแผน?\n(เลิกทำได้ด้วย Ctrl+Z)').format(name=row.name)
        answer = QMessageBox.question(self, self.tr("ลบรายการ"), question)
        if answer == QMessageBox.StandardButton.Yes:
            self._push(DeleteItemCommand(self.database, get_item(self.database, row.uuid), self.reload))

    def move_item(self, step: int) -> None:
        row = self.selected_row()
        if row is None:
            return
        item = get_item(self.database, row.uuid)
        new_index = max(0, row.number - 1 + step)  # the number is the place in plan order
        self._push(MoveItemCommand(self.database, item, new_index, self.reload))
        self.select_item(row.uuid)

    def add_from_catalog(self) -> None:
        from db.services.catalog import example_to_draft, get_example
        from desktop.editors.catalog_picker import CatalogPicker

        if self.plan is None or self.framework is None or self.office is None:
            return
        existing = {i.catalog_seq for i in list_items(self.database, self.plan.uuid) if i.catalog_seq}
        picker = CatalogPicker(
            framework=self.framework,
            office=self.office,
            plan_years=self.plan.fiscal_years,
            already_in_plan=existing,
            parent=self,
        )
        if not picker.exec() or not picker.selected_seqs():
            return
        drafts = [
            example_to_draft(get_example(seq), self.office, picker.fiscal_years())
            for seq in picker.selected_seqs()
        ]
        text = self.tr("เพิ่มจากตัวอย่าง {count} รายการ").format(count=len(drafts))
        command = AddItemsCommand(self.database, self.plan.uuid, drafts, self.reload, text=text)
        if self._push(command) and command.added:
            self.select_item(command.added[0].uuid)

    def roll_over(self) -> None:
        if self.plan is None:
            return
        years = list(self.plan.fiscal_years)[:-1]
        labels = [
            digits(self.tr("พ.ศ. {source} → {target}").format(source=y + 543, target=y + 544)) for y in years
        ]
        choice, ok = QInputDialog.getItem(
            self, self.tr("ยกแผนไปปีถัดไป"), self.tr("คัดลอกรายการของปี"), labels, 0, False
        )
        if not ok:
            return
        from_year = years[labels.index(choice)]
        before = list(list_items(self.database, self.plan.uuid))
        command = RollOverCommand(
            self.database, self.plan.uuid, before, from_year, from_year + 1, self.reload
        )
        if self._push(command):
            copied = self.tr("คัดลอกไปปี {year} แล้ว {count} รายการ")
            self.statusBar().showMessage(
                digits(copied.format(year=from_year + 544, count=command.copied)), 8000
            )

    def approve(self) -> None:
        from desktop.approve_dialog import ApproveDialog

        if self.plan is None:
            return
        dialog = ApproveDialog(self.plan_box.currentText(), parent=self)
        if dialog.exec() and (approved_on := dialog.approved_on()) is not None:
            self._push(ApprovePlanCommand(self.database, self.plan, approved_on, self.reload))

    def check_completeness(self) -> None:
        from desktop.completeness_dialog import CompletenessDialog

        if self.plan is None:
            return
        findings = check_plan(self.database, plan_uuid=self.plan.uuid, fiscal_year=self.fiscal_year)
        dialog = CompletenessDialog(findings, self)
        dialog.item_chosen.connect(lambda uuid: (self.select_item(uuid), self.edit_item(uuid)))
        dialog.exec()

    # -- database files ------------------------------------------------------------------------
    def recent_files(self) -> list[str]:
        return [p for p in self.settings.value("recent", [], list) if p]

    def _remember(self, path: Path) -> None:
        recent = [str(path)] + [p for p in self.recent_files() if p != str(path)]
        self.settings.setValue("recent", recent[:8])

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for entry in self.recent_files():
            action = self.recent_menu.addAction(entry)
            action.triggered.connect(lambda _checked=False, p=entry: self.switch_database(Path(p)))
        if not self.recent_files():
            self.recent_menu.addAction(self.tr("(ยังไม่มี)")).setEnabled(False)

    def open_database(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("เปิดไฟล์ข้อมูล"),
            str(Path(self.database.path).parent),
            self.tr("ฐานข้อมูลสุจริต (*.db);;ทุกไฟล์ (*)"),
        )
        if chosen:
            self.switch_database(Path(chosen))

    def switch_database(self, path: Path) -> bool:
        """Work on another database file; the current one stays as it is (everything is saved already)."""
        from db.services.workspace import open_workspace
        from desktop.app import first_start

        try:
            database = open_workspace(path)
        except UserFacingError as exc:
            QMessageBox.warning(self, self.tr("เปิดไฟล์ไม่ได้"), exc.message_th)
            return False
        if not list_offices(database) and not first_start(database, self):
            database.dispose()
            return False
        self.database.dispose()
        self.database = database
        self.undo_stack.clear()
        self._remember(path)
        self.reload_plans()
        return True

    # -- settings ------------------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        """Keep the UI language for the next start (the texts of a running window do not change)."""
        if language == choose_language(self.settings):
            return
        self.settings.setValue(LANGUAGE_KEY, language)
        QMessageBox.information(self, self.tr("ภาษา / Language"), RESTART_NOTE)

    # -- closing -------------------------------------------------------------------------------
    def closeEvent(self, event: Any) -> None:
        self.settings.setValue("main/geometry", self.saveGeometry())
        super().closeEvent(event)
