"""The completeness check's findings; double-click one to fix that item."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.services.completeness import Finding
from desktop.i18n import digits


class CompletenessDialog(QDialog):
    item_chosen = Signal(str)

    def __init__(self, findings: tuple[Finding, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("ตรวจความครบถ้วนของแผน"))
        self.resize(820, 520)
        self.summary = QLabel(self._summary(findings))
        self.list = QListWidget()
        for finding in findings:
            entry = QListWidgetItem(f"{finding.item_name}\n    {finding.message_th}")
            entry.setData(Qt.ItemDataRole.UserRole, finding.item_uuid)
            self.list.addItem(entry)
        self.list.itemActivated.connect(self._chosen)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def _summary(self, findings: tuple[Finding, ...]) -> str:
        if not findings:
            return self.tr("ข้อมูลครบถ้วน พร้อมพิมพ์")
        items = len({f.item_uuid for f in findings})
        text = self.tr("พบ {findings} เรื่องที่ควรแก้ใน {items} รายการ (ดับเบิลคลิกเพื่อแก้ไข)")
        return digits(text.format(findings=len(findings), items=items))

    def _chosen(self, entry: QListWidgetItem) -> None:
        self.accept()
        self.item_chosen.emit(entry.data(Qt.ItemDataRole.UserRole))
