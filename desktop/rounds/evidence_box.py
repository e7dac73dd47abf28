"""The evidence of an item in a round (photos, PDFs): thumbnails, attach, remove, caption.

Evidence is not part of the progress draft: each action is saved at once through an
:class:`EvidenceStore`. A refused action shows the store's Thai message and changes nothing; a
stored file that is missing or damaged shows a placeholder with the message as its tooltip.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from db.errors import UserFacingError
from db.services.evidence import EvidenceInfo, add_evidence, list_evidence, read_evidence, remove_evidence
from db.services.evidence import set_caption as set_evidence_caption
from desktop.i18n import digits
from desktop.widgets import ErrorLabel

THUMBNAIL = 120
UUID_ROLE = Qt.ItemDataRole.UserRole


class EvidenceStore(Protocol):
    """Where the evidence of one item in one round is kept; failures raise ``UserFacingError``."""

    def list(self) -> tuple[EvidenceInfo, ...]: ...

    def add(self, path: Path, caption: str) -> EvidenceInfo: ...

    def remove(self, evidence_uuid: str) -> None: ...

    def set_caption(self, evidence_uuid: str, caption: str) -> EvidenceInfo: ...

    def read(self, info: EvidenceInfo) -> bytes: ...


@dataclass(frozen=True)
class ServiceEvidenceStore:
    """An :class:`EvidenceStore` over ``db.services.evidence`` for one item in one round."""

    database: Any  # db.session.Database (desktop does not import db.session)
    round_uuid: str
    item_uuid: str

    def list(self) -> tuple[EvidenceInfo, ...]:
        return list_evidence(self.database, round_uuid=self.round_uuid, item_uuid=self.item_uuid)

    def add(self, path: Path, caption: str) -> EvidenceInfo:
        return add_evidence(
            self.database, round_uuid=self.round_uuid, item_uuid=self.item_uuid, source=path, caption=caption
        )

    def remove(self, evidence_uuid: str) -> None:
        remove_evidence(self.database, evidence_uuid=evidence_uuid)

    def set_caption(self, evidence_uuid: str, caption: str) -> EvidenceInfo:
        return set_evidence_caption(self.database, evidence_uuid=evidence_uuid, caption=caption)

    def read(self, info: EvidenceInfo) -> bytes:
        return read_evidence(self.database, info)


def size_text(size_bytes: int) -> str:
    if size_bytes >= 1024 * 1024:
        return f"{size_bytes / (1024 * 1024):,.1f} MB"
    return f"{max(1, round(size_bytes / 1024)):,} KB"


class EvidenceBox(QGroupBox):
    """Thumbnails of the evidence with แนบไฟล์…, นำออก and แก้คำบรรยาย; disabled without a store."""

    def __init__(
        self, store: EvidenceStore | None, *, read_only: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("หลักฐาน (ภาพถ่าย/เอกสาร PDF)"))
        self._store = store
        self._read_only = read_only
        self._infos: dict[str, EvidenceInfo] = {}
        self.list = QListWidget()
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        self.list.setGridSize(QSize(THUMBNAIL + 36, THUMBNAIL + 64))
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMinimumHeight(THUMBNAIL + 80)
        self.setMinimumWidth(2 * (THUMBNAIL + 36) + 60)  # two thumbnails side by side
        self.setMaximumWidth(3 * (THUMBNAIL + 36) + 60)
        self.addButton = QPushButton(self.tr("แนบไฟล์…"))
        self.addButton.setToolTip(self.tr("แนบภาพถ่าย (JPEG/PNG) หรือเอกสาร PDF ไม่เกิน ๓๐ MB"))
        self.removeButton = QPushButton(self.tr("นำออก"))
        self.captionButton = QPushButton(self.tr("แก้คำบรรยาย"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5f6368;")
        self.errors = ErrorLabel()
        buttons = QHBoxLayout()
        for button in (self.addButton, self.removeButton, self.captionButton):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.errors)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

        self.addButton.clicked.connect(self._on_add)
        self.removeButton.clicked.connect(self._on_remove)
        self.captionButton.clicked.connect(self._on_caption)
        self.list.itemDoubleClicked.connect(lambda _item: self._on_caption())
        self.list.currentItemChanged.connect(lambda *_args: self._update_buttons())

        if store is None:
            self.hint.setText(self.tr("บันทึกผลก่อน แล้วจึงแนบหลักฐาน"))
            for widget in (self.list, self.addButton, self.removeButton, self.captionButton):
                widget.setEnabled(False)
        else:
            self.hint.setText(
                self.tr("แนบ นำออก หรือแก้คำบรรยายแล้ว บันทึกทันที ไม่ต้องกดบันทึก")
                if not read_only
                else self.tr("รอบนี้ล็อกแล้ว ดูหลักฐานได้อย่างเดียว")
            )
            self.reload()
        self._update_buttons()

    def buttons(self) -> list[QPushButton]:
        return [self.addButton, self.removeButton, self.captionButton]

    def evidence(self) -> tuple[EvidenceInfo, ...]:
        """What the list shows, in its order."""
        return tuple(self._infos[self.list.item(i).data(UUID_ROLE)] for i in range(self.list.count()))

    def reload(self, select: str | None = None) -> None:
        if self._store is None:
            return
        try:
            infos = self._store.list()
        except UserFacingError as exc:
            self.errors.setMessage(exc.message_th)
            return
        self.errors.setMessage(None)
        current = select or self._current_uuid()
        self.list.clear()
        self._infos = {info.uuid: info for info in infos}
        for info in infos:
            item = self._item(info)
            self.list.addItem(item)
            if info.uuid == current:
                self.list.setCurrentItem(item)
        self._update_buttons()

    def _item(self, info: EvidenceInfo) -> QListWidgetItem:
        icon, problem = self._icon(info)
        item = QListWidgetItem(icon, info.caption or info.file_name)
        item.setData(UUID_ROLE, info.uuid)
        item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        details = [info.file_name, digits(size_text(info.size_bytes))]
        if info.caption:
            details.insert(0, info.caption)
        item.setToolTip(problem or "\n".join(details))
        return item

    def _icon(self, info: EvidenceInfo) -> tuple[QIcon, str]:
        """The thumbnail (or an icon) and, when the stored file cannot be shown, why."""
        assert self._store is not None
        broken = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        try:
            data = self._store.read(info)
        except UserFacingError as exc:
            return broken, exc.message_th
        if not info.is_image:
            return self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon), ""
        image = QImage.fromData(data)
        if image.isNull():
            return broken, self.tr("เปิดภาพ {name} ไม่ได้ ไฟล์อาจเสียหาย").format(name=info.file_name)
        scaled = image.scaled(
            THUMBNAIL,
            THUMBNAIL,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        return QIcon(QPixmap.fromImage(scaled)), ""

    def _current_uuid(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else item.data(UUID_ROLE)

    def _update_buttons(self) -> None:
        editable = self._store is not None and not self._read_only
        chosen = editable and self.list.currentItem() is not None
        self.addButton.setEnabled(editable)
        self.removeButton.setEnabled(chosen)
        self.captionButton.setEnabled(chosen)

    def _refused(self, error: UserFacingError) -> None:
        QMessageBox.warning(self, self.title(), error.message_th)

    def _on_add(self) -> None:
        if self._store is None or self._read_only:
            return
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("แนบหลักฐาน"), "", self.tr("ภาพหรือ PDF (*.jpg *.jpeg *.png *.pdf)")
        )
        if not path:
            return
        caption, ok = QInputDialog.getText(
            self,
            self.tr("คำบรรยาย"),
            self.tr("คำบรรยายของ {name} (เว้นว่างได้)").format(name=Path(path).name),
            QLineEdit.EchoMode.Normal,
            "",
        )
        if not ok:
            return
        try:
            added = self._store.add(Path(path), caption)
        except UserFacingError as exc:
            self._refused(exc)
            return
        self.reload(select=added.uuid)

    def _on_remove(self) -> None:
        uuid = self._current_uuid()
        if self._store is None or self._read_only or uuid is None:
            return
        info = self._infos[uuid]
        answer = QMessageBox.question(
            self,
            self.title(),
            self.tr("นำ {name} ออกจากหลักฐานของรายการนี้หรือไม่").format(name=info.caption or info.file_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._store.remove(uuid)
        except UserFacingError as exc:
            self._refused(exc)
            return
        self.reload()

    def _on_caption(self) -> None:
        uuid = self._current_uuid()
        if self._store is None or self._read_only or uuid is None:
            return
        info = self._infos[uuid]
        caption, ok = QInputDialog.getText(
            self,
            self.tr("แก้คำบรรยาย"),
            self.tr("คำบรรยายของ {name}").format(name=info.file_name),
            QLineEdit.EchoMode.Normal,
            info.caption,
        )
        if not ok:
            return
        try:
            self._store.set_caption(uuid, caption)
        except UserFacingError as exc:
            self._refused(exc)
            return
        self.reload(select=uuid)


__all__ = ["EvidenceBox", "EvidenceStore", "ServiceEvidenceStore"]
