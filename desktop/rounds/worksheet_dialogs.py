"""Division worksheets in the GUI: write one workbook per unit, and read the filled ones back with a
preview of every change before anything is saved (all items in one transaction, undoable as one step)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.errors import UserFacingError
from db.exchange.worksheets import (
    WorksheetChanges,
    apply_worksheet_changes,
    export_worksheets,
    read_worksheets,
)
from db.services.rounds import clear_progress, record_many_progress
from desktop.background import run_with_progress
from desktop.commands import ServiceCommand
from desktop.i18n import digits

Reload = Callable[[Any], None]


class WorksheetPreview(QDialog):
    """Every item the filled worksheets change, field by field (old → new); บันทึก writes them all."""

    def __init__(self, changes: WorksheetChanges, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("ตรวจก่อนบันทึกผลจากแบบรายงาน"))
        self.resize(900, 560)
        summary = self.tr("รายการที่จะเปลี่ยน {changed} รายการ · ไม่เปลี่ยน {same} รายการ").format(
            changed=len(changes.items), same=changes.unchanged
        )
        self.summary = QLabel(digits(summary))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("รายการ / ข้อมูล"), self.tr("เดิม"), self.tr("ใหม่")])
        self.tree.setWordWrap(True)
        for change in changes.items:
            top = QTreeWidgetItem([f"{digits(change.number)} {change.name}", "", change.source])
            for field in change.fields:
                top.addChild(QTreeWidgetItem([field.label, field.old, field.new]))
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()
        self.tree.setColumnWidth(0, 420)
        self.tree.setColumnWidth(1, 200)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("บันทึกทั้งหมด"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not changes.is_empty)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)


class ImportWorksheetsCommand(ServiceCommand):
    """The worksheets' changes as one undo step: undo puts every item back as it was before."""

    def __init__(self, database: Any, round_uuid: str, changes: WorksheetChanges, reload: Reload) -> None:
        text = QCoreApplication.translate("Commands", "นำเข้าแบบรายงาน {count} รายการ")
        super().__init__(text.format(count=len(changes.items)))
        self._database, self._round, self._changes, self._reload = database, round_uuid, changes, reload
        self._applied_once = False

    def apply(self) -> None:
        if not self._applied_once:
            apply_worksheet_changes(self._database, round_uuid=self._round, changes=self._changes)
            self._applied_once = True
        else:
            drafts = [(c.item_uuid, c.draft) for c in self._changes.items]
            record_many_progress(self._database, round_uuid=self._round, drafts=drafts)
        self._reload({c.item_uuid for c in self._changes.items})

    def revert(self) -> None:
        earlier = [(c.item_uuid, c.current.as_draft()) for c in self._changes.items if c.current.reported]
        if earlier:
            record_many_progress(self._database, round_uuid=self._round, drafts=earlier)
        for change in self._changes.items:
            if not change.current.reported:
                clear_progress(self._database, round_uuid=self._round, item_uuid=change.item_uuid)
        self._reload({c.item_uuid for c in self._changes.items})


def export_for_units(parent: QWidget, database: Any, round_uuid: str, start: Path) -> None:
    """Ask for a folder, write the workbooks in the background, then say where they went."""
    folder = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("Worksheets", "เลือกโฟลเดอร์ที่จะบันทึกแบบรายงานของแต่ละหน่วยงาน"),
        str(start),
    )
    if not folder:
        return

    def done(paths: Any, error: BaseException | None) -> None:
        if error is not None:
            _warn(parent, error)
            return
        names = "\n".join(path.name for path in paths)
        box = QMessageBox(parent)
        box.setWindowTitle(QCoreApplication.translate("Worksheets", "ส่งออกแบบรายงานแล้ว"))
        box.setText(
            digits(
                QCoreApplication.translate("Worksheets", "เขียนแบบรายงาน {count} ไฟล์ ที่ {folder}").format(
                    count=len(paths), folder=folder
                )
            )
        )
        box.setDetailedText(names)
        opened = box.addButton(
            QCoreApplication.translate("Worksheets", "เปิดโฟลเดอร์"), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is opened:
            QDesktopServices.openUrl(QUrl.fromLocalFile(folder))

    def work() -> Any:
        return export_worksheets(database, round_uuid=round_uuid, folder=Path(folder))

    label = QCoreApplication.translate("Worksheets", "กำลังเขียนแบบรายงาน…")
    _keep(run_with_progress(parent, label, work, done))


def import_filled(
    parent: QWidget, database: Any, round_uuid: str, start: Path, push: Callable[[Any], bool], reload: Reload
) -> None:
    """Ask for the filled workbooks, read them in the background, preview, then save as one undo step."""
    files, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("Worksheets", "เลือกแบบรายงานที่หน่วยงานกรอกแล้ว"),
        str(start),
        QCoreApplication.translate("Worksheets", "แบบรายงาน Excel (*.xlsx)"),
    )
    if not files:
        return

    def done(changes: Any, error: BaseException | None) -> None:
        if error is not None:
            _warn(parent, error)
            return
        if changes.is_empty:
            QMessageBox.information(
                parent,
                QCoreApplication.translate("Worksheets", "นำเข้าแบบรายงาน"),
                QCoreApplication.translate("Worksheets", "ข้อมูลในแบบรายงานตรงกับที่บันทึกไว้แล้ว ไม่มีสิ่งที่ต้องเปลี่ยน"),
            )
            return
        if WorksheetPreview(changes, parent).exec():
            push(ImportWorksheetsCommand(database, round_uuid, changes, reload))

    def work() -> Any:
        return read_worksheets(database, round_uuid=round_uuid, files=[Path(f) for f in files])

    label = QCoreApplication.translate("Worksheets", "กำลังอ่านแบบรายงาน…")
    _keep(run_with_progress(parent, label, work, done))


def _keep(task: Any) -> None:
    """Hold the background task until its result is back."""
    _running.append(task)
    task.finished.connect(lambda *_: _running.remove(task))


_running: list[Any] = []


def _warn(parent: QWidget, error: BaseException) -> None:
    title = QCoreApplication.translate("Worksheets", "แบบรายงาน")
    message = error.message_th if isinstance(error, UserFacingError) else str(error)
    QMessageBox.warning(parent, title, message)
