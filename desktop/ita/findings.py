"""The panel of findings under the ITA report editor: what a reader would question (a claimed pass
mark that a score contradicts). Findings are warnings, never a reason to refuse the report."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import digits
from desktop.ita.reference_table import PREVIEW_COLOUR, WARNING_COLOUR

INDEX_ROLE = Qt.ItemDataRole.UserRole


class FindingsPanel(QFrame):
    """``setFindings()`` shows (place, message) pairs; ``activated`` gives the index of the one chosen."""

    activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = QLabel(self.tr("ข้อสังเกต (ไม่ขัดการบันทึก):"))
        self.caption.setStyleSheet("font-weight: bold;")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.staleNote = QLabel(self.tr("แก้ไขแล้วหลังการตรวจ กด ตรวจ เพื่อตรวจใหม่"))
        self.staleNote.setStyleSheet(f"color: {PREVIEW_COLOUR}; font-style: italic;")
        self.staleNote.setVisible(False)
        self.checkButton = QPushButton(self.tr("ตรวจ"))
        self.checkButton.setAutoDefault(False)
        self.checkButton.setToolTip(
            self.tr("ตรวจว่าคะแนนขัดกับข้อความว่าได้คะแนนไม่ต่ำกว่าร้อยละ ๘๕ หรือไม่ (ตรวจอีกครั้งเมื่อกดบันทึก)")
        )
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setStyleSheet(f"QListWidget {{ color: {WARNING_COLOUR}; }}")
        self.list.setToolTip(self.tr("ดับเบิลคลิกหรือกด Enter เพื่อไปยังข้ออ้างอิงนั้น"))
        spacing = self.list.fontMetrics().lineSpacing()
        self.list.setFixedHeight(spacing * 2 + 20)
        top = QHBoxLayout()
        top.addWidget(self.caption)
        top.addWidget(self.summary, 1)
        top.addWidget(self.staleNote)
        top.addWidget(self.checkButton, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.list)
        self.list.itemActivated.connect(lambda item: self.activated.emit(item.data(INDEX_ROLE)))
        self.setFindings(())

    def setFindings(self, findings: Sequence[tuple[str, str]]) -> None:
        """Show ``findings``, each a (place, message) pair, in order."""
        self.list.clear()
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for index, (place, message) in enumerate(findings):
            item = QListWidgetItem(icon, f"{place}: {message}" if place else message)
            item.setData(INDEX_ROLE, index)
            self.list.addItem(item)
        if findings:
            text = self.tr("พบ {n} เรื่องที่ผู้อ่านรายงานอาจสงสัย")
            self.summary.setText(digits(text.format(n=len(findings))))
        else:
            self.summary.setText(self.tr("ไม่พบข้อสังเกต"))
        self.list.setVisible(bool(findings))
        self.setStale(False)

    def setStale(self, stale: bool) -> None:
        """Say that the report was edited after the findings shown were made."""
        self.staleNote.setVisible(stale)

    def messages(self) -> tuple[str, ...]:
        return tuple(self.list.item(row).text() for row in range(self.list.count()))
