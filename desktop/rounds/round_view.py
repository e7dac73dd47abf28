"""The reporting side of the main window: one round of a plan, its items with what was reported, the
round's state (ร่าง / ส่งแล้ว) and its tools, and two charts with the totals beside the table.

Edits (an item's progress, the summary page) are undoable commands pushed through the window's
``push``; submitting and unlocking are plain actions (see round_commands.py).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from datetime import UTC, date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.errors import FieldError, UserFacingError, ValidationFailed
from db.services.items import get_item
from db.services.offices import list_offices
from db.services.plans import get_plan
from db.services.progress_report import ProgressReport, build_progress_report
from db.services.round_check import RoundFinding, check_round
from db.services.rounds import (
    RoundInfo,
    RoundSummary,
    check_progress_draft,
    get_progress,
    get_round,
    list_rounds,
    open_round,
    submit_round,
    unlock_round,
)
from db.services.vocabulary import ProgressStatus, RoundKind
from db.thai import fiscal_year_of, format_money
from desktop.i18n import digits, thai_ui
from desktop.rounds.charts import BudgetChart, StatusChart, share_percent
from desktop.rounds.evidence_box import ServiceEvidenceStore
from desktop.rounds.progress_table_model import (
    NOT_REPORTED,
    STATUS_COLOURS,
    STATUS_ORDER,
    ProgressFilterProxy,
    ProgressTableModel,
    status_label,
)
from desktop.rounds.round_commands import RecordProgressCommand, UpdateSummaryCommand
from desktop.rounds.round_summary_dialog import RoundSummaryDialog
from desktop.rounds.unlock_dialog import UnlockDialog

TABLE_COLUMN_WIDTHS = {
    ProgressTableModel.COL_NUMBER: 80,
    ProgressTableModel.COL_RESPONSIBLE: 140,
    ProgressTableModel.COL_STATUS: 200,
    ProgressTableModel.COL_BUDGET: 126,
    ProgressTableModel.COL_DISBURSED: 126,
}
CHIP_STYLE = "QLabel {{ background: {background}; color: {colour}; border-radius: 9px; padding: 1px 10px; }}"
DRAFT_CHIP = {"background": "#fff3cd", "colour": "#6b4e00"}
SUBMITTED_CHIP = {"background": "#d8f0dc", "colour": "#1b5e20"}


def summary_problems(summary: RoundSummary) -> list[FieldError]:
    """The check update_round_summary makes, asked before saving so its message stands under the field."""
    email = summary.reporter_email.strip()
    if email and ("@" not in email or " " in email):
        return [FieldError("reporter_email", "อีเมลไม่ถูกต้อง ตัวอย่าง: saraban@example.go.th")]
    return []


def _sum(*amounts: Decimal | None) -> Decimal | None:
    present = [a for a in amounts if a is not None]
    return sum(present, Decimal("0.00")) if present else None


class RoundCheckDialog(QDialog):
    """check_round's findings; double-click one to go to that item (or to the summary page)."""

    item_chosen = Signal(str)
    summary_chosen = Signal()

    def __init__(
        self, findings: Iterable[RoundFinding], labels: dict[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        findings = tuple(findings)
        self.setWindowTitle(self.tr("ตรวจความครบถ้วนของรายงาน"))
        self.resize(760, 480)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        for finding in findings:
            if finding.item_uuid is None:
                what = self.tr("สรุปผลและผู้รายงาน")
            else:
                what = labels.get(finding.item_uuid, finding.item_name)
            entry = QListWidgetItem(f"{what}\n    {finding.message_th}")
            entry.setData(Qt.ItemDataRole.UserRole, finding.item_uuid)
            self.list.addItem(entry)
        self.list.itemActivated.connect(self._chosen)
        if findings:
            items = len({f.item_uuid for f in findings if f.item_uuid})
            text = self.tr("พบ {findings} เรื่องที่ควรแก้ใน {items} รายการ (ดับเบิลคลิกเพื่อไปที่รายการนั้น)")
            summary = QLabel(digits(text.format(findings=len(findings), items=items)))
        else:
            summary = QLabel(self.tr("รายงานรอบนี้ครบถ้วน พร้อมส่ง"))
        summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("ปิด"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def _chosen(self, entry: QListWidgetItem) -> None:
        self.accept()
        uuid = entry.data(Qt.ItemDataRole.UserRole)
        if uuid:
            self.item_chosen.emit(uuid)
        else:
            self.summary_chosen.emit()


class RoundView(QWidget):
    """One round of the plan at a time, chosen from every fiscal year × รอบ ๖ / ๑๒ เดือน.

    ``editor_factory`` opens an item's progress editor; it is called with the keywords ``item``
    (ItemDetail), ``label`` (the item's number, "1.1.1 (2)"), ``progress`` (ItemProgressDetail),
    ``round_title``, ``validate`` (ProgressDraft -> field errors, the service's rules), ``evidence``
    (a ServiceEvidenceStore of the item in the round once it has progress saved, else None),
    ``read_only`` (the round is submitted) and ``parent``, and returns a dialog with ``exec()`` and
    ``draft() -> ProgressDraft``.
    """

    #: the round shown now (RoundInfo), or None; also emitted when it is submitted or unlocked
    round_changed = Signal(object)

    editor_factory: Callable[..., QDialog] | None = None

    def __init__(
        self,
        database: Any,
        undo_stack: Any,
        push: Callable[[Any], bool],
        show_error: Callable[[Exception], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database, self.undo_stack, self.push, self.show_error = database, undo_stack, push, show_error
        self.plan_uuid: str | None = None
        self.round: RoundInfo | None = None
        self.report: ProgressReport | None = None
        self._units: tuple[str, ...] = ()
        self.model = ProgressTableModel(self)
        self.proxy = ProgressFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self._update_state()

    # -- construction ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.round_box = QComboBox()
        self.round_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.chip = QLabel()
        self.edit_button = QPushButton(self.tr("แก้ไขผล…"))
        self.edit_button.setToolTip(self.tr("แก้ไขผลการดำเนินงานของรายการที่เลือก (Enter หรือ F2)"))
        self.summary_button = QPushButton(self.tr("สรุปผลและผู้รายงาน…"))
        self.check_button = QPushButton(self.tr("ตรวจความครบถ้วน"))
        self.submit_button = QPushButton(self.tr("ส่งรายงาน (ล็อก)…"))
        self.unlock_button = QPushButton(self.tr("ปลดล็อก…"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("รอบรายงาน:")))
        top.addWidget(self.round_box)
        top.addWidget(self.chip)
        top.addStretch(1)
        for button in (
            self.edit_button,
            self.summary_button,
            self.check_button,
            self.submit_button,
            self.unlock_button,
        ):
            top.addWidget(button)

        self.search = QLineEdit(placeholderText=self.tr("ค้นหาชื่อ หน่วยงาน หรือข้อ (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("สถานะ: ทั้งหมด"), None)
        self.status_filter.addItem(status_label(None), NOT_REPORTED)
        for status in STATUS_ORDER:
            if status is not None:
                self.status_filter.addItem(status_label(status), status)
        self.unit_filter = QComboBox()
        self.dimension_filter = QComboBox()
        self.dimension_filter.addItem(self.tr("มิติ: ทั้งหมด"), None)
        for number in range(1, 5):
            self.dimension_filter.addItem(self.tr("มิติที่ {n}").format(n=digits(str(number))), number)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for combo in (self.status_filter, self.unit_filter, self.dimension_filter):
            filters.addWidget(combo, 1)
        self._fill_units()

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ProgressTableModel.COL_NUMBER, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column, width in TABLE_COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(ProgressTableModel.COL_NAME, QHeaderView.ResizeMode.Stretch)

        self.status_chart = StatusChart()
        self.budget_chart = BudgetChart()
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        side = QWidget()
        panel = QVBoxLayout(side)
        panel.setContentsMargins(8, 0, 8, 0)
        for caption, widget in (
            (self.tr("สถานะรายการตามมิติ"), self.status_chart),
            (self.tr("งบประมาณและผลเบิกจ่ายตามมิติ (บาท)"), self.budget_chart),
            (self.tr("ภาพรวม"), self.totals),
        ):
            heading = QLabel(caption)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            panel.addWidget(heading)
            panel.addWidget(widget)
            panel.addSpacing(10)
        panel.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(side)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(300)
        self.side_panel = scroll

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(filters)
        column.addWidget(self.table)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([920, 340])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.round_box.currentIndexChanged.connect(self._round_chosen)
        self.search.textChanged.connect(self._filter)
        for combo in (self.status_filter, self.unit_filter, self.dimension_filter):
            combo.currentIndexChanged.connect(self._filter)
        self.table.activated.connect(lambda _index: self.edit_progress())  # Enter and double-click
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_state())
        self.edit_button.clicked.connect(lambda: self.edit_progress())
        self.summary_button.clicked.connect(self.edit_summary)
        self.check_button.clicked.connect(self.check)
        self.submit_button.clicked.connect(self.submit)
        self.unlock_button.clicked.connect(self.unlock)
        # only while the focus is in this view (a window-wide Ctrl+F elsewhere would be ambiguous)
        self.edit_shortcut = QShortcut(QKeySequence("F2"), self)
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        for shortcut in (self.edit_shortcut, self.find_shortcut):
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.edit_shortcut.activated.connect(lambda: self.edit_progress())
        self.find_shortcut.activated.connect(self.focus_search)

    def _fill_units(self, extra: Iterable[str] = ()) -> None:
        units = [*self._units, *(u for u in dict.fromkeys(extra) if u and u not in self._units)]
        current = self.unit_filter.currentData()
        self.unit_filter.blockSignals(True)
        self.unit_filter.clear()
        self.unit_filter.addItem(self.tr("หน่วยงาน: ทั้งหมด"), None)
        for unit in units:
            self.unit_filter.addItem(unit, unit)
        self.unit_filter.setCurrentIndex(max(0, self.unit_filter.findData(current)))
        self.unit_filter.blockSignals(False)

    # -- the plan and its rounds -------------------------------------------------------------------
    def set_plan(self, plan_uuid: str | None, fiscal_years: Iterable[int], units: Iterable[str]) -> None:
        """Offer the rounds of ``plan_uuid`` (every fiscal year × both kinds) and show one of them:
        the one shown before if it belongs to this plan, else the newest round already begun."""
        same_plan = plan_uuid is not None and plan_uuid == self.plan_uuid
        previous = self.round_box.currentData() if same_plan else None
        self.plan_uuid = plan_uuid
        self._units = tuple(units)
        self._fill_units()
        years = list(fiscal_years)
        self.round_box.blockSignals(True)
        self.round_box.clear()
        for year in years:
            for kind in (RoundKind.SIX_MONTH, RoundKind.TWELVE_MONTH):
                self.round_box.addItem(self._round_name(year, kind), (year, kind))
        chosen = previous or self._default_round(years)
        self.round_box.setCurrentIndex(max(0, self.round_index(chosen)) if years else -1)
        self.round_box.blockSignals(False)
        self._round_chosen()

    def _default_round(self, years: list[int]) -> tuple[int, RoundKind] | None:
        if self.plan_uuid is None or not years:
            return None
        begun = list_rounds(self.database, self.plan_uuid)
        if begun:
            return (begun[-1].fiscal_year, begun[-1].kind)
        this_year = min(max(fiscal_year_of(date.today()), years[0]), years[-1])
        return (this_year, RoundKind.SIX_MONTH)

    def round_index(self, key: tuple[int, RoundKind] | None) -> int:
        """The chooser's entry of (fiscal year, kind), or -1 (findData cannot compare Python tuples)."""
        entries = (self.round_box.itemData(n) for n in range(self.round_box.count()))
        return next((n for n, data in enumerate(entries) if data == key), -1)

    def choose_round(self, fiscal_year: int, kind: RoundKind) -> None:
        """Show the plan's round of ``fiscal_year`` and ``kind`` (it is begun if it was not yet)."""
        self.round_box.setCurrentIndex(self.round_index((fiscal_year, RoundKind(kind))))

    def _round_name(self, year: int, kind: RoundKind) -> str:
        if kind is RoundKind.SIX_MONTH:
            text = self.tr("ปีงบประมาณ {year} · รอบ ๖ เดือน")
        else:
            text = self.tr("ปีงบประมาณ {year} · รอบ ๑๒ เดือน (ผลงานสะสม)")
        return digits(text.format(year=year + 543))

    def round_title(self) -> str:
        return self.round_box.currentText()

    def current_round(self) -> RoundInfo | None:
        return self.round

    def _round_chosen(self, *_: object) -> None:
        chosen = self.round_box.currentData()
        self.round = None
        if self.plan_uuid is not None and chosen is not None:
            year, kind = chosen
            try:
                self.round = open_round(self.database, plan_uuid=self.plan_uuid, fiscal_year=year, kind=kind)
            except (UserFacingError, ValidationFailed) as exc:
                self.show_error(exc)
        self.reload()
        self.round_changed.emit(self.round)

    # -- showing -----------------------------------------------------------------------------------
    def reload(self, changed: Collection[str] | None = None) -> None:
        """Read the round again and show it; ``changed`` (the items an edit touched) is accepted like
        the plan's reload: the whole round is read, and only rows that differ repaint."""
        del changed  # the report is built whole (one read); the model repaints changed rows only
        if self.round is not None:
            self.round = get_round(self.database, self.round.uuid)
            self.report = build_progress_report(self.database, round_uuid=self.round.uuid)
            self.model.set_rows(self.report.rows)
            self._fill_units(r.responsible for r in self.report.rows)
        else:
            self.report = None
            self.model.set_rows(())
        self._update_charts()
        self._update_state()

    def _update_charts(self) -> None:
        dimensions = self.report.dimensions if self.report else ()
        legend = [status_label(s) for s in STATUS_ORDER]
        colours = [STATUS_COLOURS[s] for s in STATUS_ORDER]
        bars, money = [], []
        for dimension in dimensions:
            label = self.tr("มิติที่ {n}").format(n=digits(dimension.heading.code))
            c = dimension.status_counts
            bars.append((label, (c.done, c.in_progress, c.in_ordinance, c.not_possible, c.not_reported)))
            totals = dimension.totals
            money.append((label, _sum(totals.own, totals.integrated), totals.disbursed))
        self.status_chart.set_data(legend, colours, bars)
        self.budget_chart.set_data(money)
        self.totals.setText(self._totals_text())

    def _totals_text(self) -> str:
        rows = self.report.rows if self.report else ()
        if not rows:
            return self.tr("ไม่มีรายการในรอบนี้")
        done = sum(1 for r in rows if r.status is ProgressStatus.DONE)
        missing = sum(1 for r in rows if r.status is None)
        carried = sum(1 for r in rows if r.progress.carried)
        assert self.report is not None
        budget, disbursed = self.report.budget, self.report.disbursed
        money = thai_ui()
        lines = [
            self.tr("{count} รายการ · ดำเนินการแล้วเสร็จ {done} ({percent}%)").format(
                count=len(rows), done=done, percent=share_percent(Decimal(done), Decimal(len(rows)))
            ),
            self.tr("ยังไม่รายงาน {count} รายการ").format(count=missing),
            self.tr("งบประมาณ {amount} บาท").format(amount=format_money(budget, thai_digits=money)),
            self.tr("ผลเบิกจ่าย {amount} บาท ({percent}%)").format(
                amount=format_money(disbursed, thai_digits=money),
                percent=share_percent(disbursed, budget) or "–",
            ),
        ]
        if carried:
            lines.append(self.tr("ตัวเอียง: ยกมาจากรอบ ๖ เดือน {count} รายการ").format(count=carried))
        return digits("\n".join(lines))

    def _update_state(self) -> None:
        round_ = self.round
        locked = round_ is not None and round_.locked
        has_round = round_ is not None
        self.edit_button.setEnabled(has_round and not locked and self.selected_row() is not None)
        self.submit_button.setEnabled(has_round and not locked)
        self.unlock_button.setEnabled(locked)
        self.summary_button.setEnabled(has_round)
        self.check_button.setEnabled(has_round)
        if round_ is None:
            self.chip.hide()
            return
        self.chip.show()
        if locked and round_.locked_at is not None:
            at = round_.locked_at
            local = (at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone()
            on = f"{local.day:02d}/{local.month:02d}/{local.year + 543}"
            self.chip.setText(digits(self.tr("ส่งแล้ว {date}").format(date=on)))
            self.chip.setStyleSheet(CHIP_STYLE.format(**SUBMITTED_CHIP))
            self.chip.setToolTip(self.tr("ส่งรายงานแล้ว (ล็อก) แก้ไขได้หลังปลดล็อกพร้อมระบุเหตุผล"))
        else:
            self.chip.setText(self.tr("ร่าง"))
            self.chip.setStyleSheet(CHIP_STYLE.format(**DRAFT_CHIP))
            tip = self.tr("ยังไม่ได้ส่งรายงาน แก้ไขได้")
            if round_.unlocked_by:
                tip = self.tr("ปลดล็อกโดย {name}: {reason}\nทุกการแก้ไขถูกบันทึกไว้และพิมพ์ได้").format(
                    name=round_.unlocked_by, reason=round_.unlock_reason
                )
            self.chip.setToolTip(tip)

    # -- filters and selection ---------------------------------------------------------------------
    def _filter(self, *_: object) -> None:
        self.proxy.set_filters(
            text=self.search.text(),
            status=self.status_filter.currentData(),
            responsible=self.unit_filter.currentData(),
            dimension=self.dimension_filter.currentData(),
        )
        self._update_state()

    def clear_filters(self) -> None:
        self.search.clear()
        for combo in (self.status_filter, self.unit_filter, self.dimension_filter):
            combo.setCurrentIndex(0)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def selected_row(self) -> Any:
        indexes = self.table.selectionModel().selectedRows()
        return indexes[0].data(ProgressTableModel.RowRole) if indexes else None

    def select_item(self, item_uuid: str) -> bool:
        """Select the item's row (filters are cleared when they hide it); False when it is not here."""
        index = self.index_of(item_uuid)
        if not index.isValid() and self._row_of(item_uuid) is not None:
            self.clear_filters()
            index = self.index_of(item_uuid)
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def _row_of(self, item_uuid: str) -> Any:
        return next((r for r in self.model.rows() if r.item_uuid == item_uuid), None)

    # -- edits -------------------------------------------------------------------------------------
    def edit_progress(self, item_uuid: str | None = None) -> None:
        """Open the item's progress editor; an accepted change is saved at once (and undoable).
        In a submitted round the editor only shows the values."""
        selected = self.selected_row()
        uuid = item_uuid or (selected.item_uuid if selected else None)
        round_ = self.round
        row = self._row_of(uuid) if uuid else None
        if round_ is None or row is None or self.editor_factory is None:
            return
        database, round_uuid = self.database, round_.uuid
        before = get_progress(database, round_uuid=round_uuid, item_uuid=uuid)
        editor = self.editor_factory(
            item=get_item(database, uuid),
            label=row.number,
            progress=before,
            round_title=self.round_title(),
            validate=lambda draft: check_progress_draft(
                database, round_uuid=round_uuid, item_uuid=uuid, draft=draft
            ),
            evidence=ServiceEvidenceStore(database, round_uuid, uuid) if before.reported else None,
            read_only=round_.locked,
            parent=self,
        )
        if editor.exec() and not round_.locked:
            after = editor.draft()
            if after != before.as_draft():
                command = RecordProgressCommand(
                    database, round_uuid, uuid, before, after, self.reload, name=row.name
                )
                self.push(command)
        self.select_item(uuid)

    def edit_summary(self) -> None:
        if self.round is None:
            return
        round_ = get_round(self.database, self.round.uuid)
        plan = get_plan(self.database, round_.plan_uuid)
        office = next((o for o in list_offices(self.database) if o.uuid == plan.office_uuid), None)
        dialog = RoundSummaryDialog(
            round_.summary,
            round_title=self.round_title(),
            validate=summary_problems,
            read_only=round_.locked,
            default_signer=office.executive_name if office else "",
            parent=self,
        )
        if dialog.exec() and not round_.locked and dialog.summary() != round_.summary:
            self.push(
                UpdateSummaryCommand(
                    self.database, round_.uuid, round_.summary, dialog.summary(), self.reload
                )
            )

    def check(self) -> None:
        if self.round is None:
            return
        findings = check_round(self.database, self.round.uuid)
        labels = {r.item_uuid: digits(f"{r.number} {r.name}") for r in self.model.rows()}
        dialog = RoundCheckDialog(findings, labels, self)
        dialog.item_chosen.connect(self.select_item)
        dialog.summary_chosen.connect(self.edit_summary)
        dialog.exec()

    # Submitting and unlocking are plain actions, never on the undo stack (see round_commands.py).
    def submit(self) -> None:
        if self.round is None or self.round.locked:
            return
        count = len(check_round(self.database, self.round.uuid))
        if count:
            state = self.tr("ยังมี {count} เรื่องที่ควรแก้ (ดูได้จาก ตรวจความครบถ้วน)").format(count=count)
        else:
            state = self.tr("ตรวจแล้ว ข้อมูลครบถ้วน")
        question = self.tr(
            "ส่งรายงาน {round} และล็อกไว้?\n\n{state}\n\nหลังส่งแล้วจะแก้ไขไม่ได้ จนกว่าจะปลดล็อกพร้อมระบุเหตุผล"
        ).format(round=self.round_title(), state=digits(state))
        answer = QMessageBox.question(
            self,
            self.tr("ส่งรายงาน"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No if count else QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            submit_round(self.database, round_uuid=self.round.uuid)
        except UserFacingError as exc:
            self.show_error(exc)
        self.reload()
        self.round_changed.emit(self.round)

    def unlock(self) -> None:
        if self.round is None or not self.round.locked:
            return
        dialog = UnlockDialog(self.round_title(), parent=self)
        if not dialog.exec():
            return
        try:
            unlock_round(
                self.database,
                round_uuid=self.round.uuid,
                reason=dialog.reason_text(),
                clerk=dialog.clerk_name(),
            )
        except (UserFacingError, ValidationFailed) as exc:
            self.show_error(exc)
        self.reload()
        self.round_changed.emit(self.round)

    def index_of(self, item_uuid: str) -> QModelIndex:
        """The proxy index of the item's first column (invalid when hidden by the filters)."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ProgressTableModel.RowRole).item_uuid == item_uuid:
                return index
        return QModelIndex()
