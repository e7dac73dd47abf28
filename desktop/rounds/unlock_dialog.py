"""Ask who unlocks a submitted round and why; both are required and kept with every later change."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.widgets import FieldBox


class UnlockDialog(QDialog):
    def __init__(self, round_title: str, *, clerk: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("ปลดล็อกรายงาน"))
        explanation = QLabel(
            self.tr(
                "{round} ส่งรายงานแล้ว การปลดล็อกจะเปิดให้แก้ไขได้อีกครั้ง\n\n"
                "ทุกการแก้ไขหลังปลดล็อกจะถูกบันทึกไว้ (ใคร แก้อะไร เมื่อไร จากค่าใดเป็นค่าใด "
                "พร้อมเหตุผลนี้) และพิมพ์เป็นรายงานการแก้ไขได้"
            ).format(round=round_title)
        )
        explanation.setWordWrap(True)
        self.clerk = QLineEdit(clerk)
        self.clerk.setPlaceholderText(self.tr("ชื่อ-สกุล ผู้ปลดล็อก"))
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("เช่น แก้ไขผลเบิกจ่ายตามที่กองคลังแจ้ง"))
        self.reason.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.clerk_box = FieldBox(self.clerk)
        self.reason_box = FieldBox(self.reason)
        form = QFormLayout()
        form.addRow(self.tr("ชื่อผู้ปลดล็อก"), self.clerk_box)
        form.addRow(self.tr("เหตุผล"), self.reason_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("ปลดล็อก"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def clerk_name(self) -> str:
        return " ".join(self.clerk.text().split())

    def reason_text(self) -> str:
        return " ".join(self.reason.toPlainText().split())

    def accept(self) -> None:
        missing_clerk = self.tr("กรุณาระบุชื่อผู้ปลดล็อก") if not self.clerk_name() else None
        missing_reason = self.tr("กรุณาระบุเหตุผลที่ต้องปลดล็อก") if not self.reason_text() else None
        self.clerk_box.errorLabel.setMessage(missing_clerk)
        self.reason_box.errorLabel.setMessage(missing_reason)
        if missing_clerk or missing_reason:
            (self.clerk if missing_clerk else self.reason).setFocus()
            return
        super().accept()
