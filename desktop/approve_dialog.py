"""Ask for the date a plan was approved, in พ.ศ. (today by default)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.widgets import ErrorLabel, ThaiDateEdit


class ApproveDialog(QDialog):
    def __init__(self, plan_title: str, *, today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("อนุมัติแผน"))
        self.date = ThaiDateEdit()
        self.date.setValue(today or date.today())
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("แผน"), QLabel(plan_title))
        form.addRow(self.tr("วันที่อนุมัติ"), self.date)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("อนุมัติ"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def approved_on(self) -> date | None:
        return self.date.value()

    def _accept(self) -> None:
        message = self.date.error() or (None if self.date.value() else self.tr("กรุณากรอกวันที่อนุมัติ"))
        if message:
            self.error.setMessages([message])  # the dialog stays open with what was typed
            return
        self.accept()
