"""What every editing dialog shares: Enter alone never closes it, Ctrl+Enter saves, and closing with
unsaved changes asks first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QMessageBox


class EditorDialog(QDialog):
    """Subclasses give ``isModified()`` and do their saving in ``accept()``."""

    def isModified(self) -> bool:
        raise NotImplementedError

    def reject(self) -> None:
        if self.isModified():
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("ข้อมูลที่แก้ไขยังไม่ได้บันทึก ต้องการปิดโดยไม่บันทึกหรือไม่"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.accept()
            return  # Enter alone never closes a half-filled dialog (a button box makes OK the default)
        super().keyPressEvent(event)
