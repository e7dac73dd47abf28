"""Qt's own buttons speak Thai once the bundled translation is installed."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop.i18n import install_thai_qt_translation


def test_standard_buttons_are_thai(qapp, qtbot) -> None:
    assert install_thai_qt_translation(qapp)
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Yes
        | QDialogButtonBox.StandardButton.No
    )
    qtbot.addWidget(box)
    texts = {
        box.button(b).text()
        for b in (
            QDialogButtonBox.StandardButton.Ok,
            QDialogButtonBox.StandardButton.Cancel,
            QDialogButtonBox.StandardButton.Yes,
            QDialogButtonBox.StandardButton.No,
        )
    }
    assert texts == {"ตกลง", "ยกเลิก", "ใช่", "ไม่ใช่"}
    message = QMessageBox(
        QMessageBox.Icon.Question,
        "ลบรายการ",
        "ลบ?",
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
    )
    qtbot.addWidget(message)
    assert message.button(QMessageBox.StandardButton.Discard).text() == "ไม่บันทึก"
