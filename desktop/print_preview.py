"""Print preview: the very PDF the forms produce, shown with QtPdf, printed or saved from there."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QToolBar, QVBoxLayout, QWidget

from db.errors import UserFacingError
from db.files import write_bytes_atomically

SaveXlsx = Callable[[Path], None]


class PreviewDialog(QDialog):
    def __init__(
        self,
        title: str,
        pdf: bytes,
        *,
        file_stem: str,
        save_xlsx: SaveXlsx | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("ตัวอย่างก่อนพิมพ์ — {title}").format(title=title))
        self.resize(1000, 760)
        self._pdf, self._stem, self._save_xlsx = pdf, file_stem, save_xlsx
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        toolbar = QToolBar(self)
        self.print_action = self._action(
            toolbar, self.tr("พิมพ์…"), QKeySequence.StandardKey.Print, self.print_document
        )
        self.save_action = self._action(
            toolbar, self.tr("บันทึก PDF…"), QKeySequence.StandardKey.Save, self.save_pdf
        )
        self.xlsx_action = self._action(toolbar, self.tr("บันทึก Excel…"), None, self.save_excel)
        self.xlsx_action.setEnabled(save_xlsx is not None)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(toolbar)
        layout.addWidget(self.view)

    def _action(self, toolbar: QToolBar, text: str, shortcut: object, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)  # type: ignore[arg-type]
        action.triggered.connect(slot)
        toolbar.addAction(action)
        return action

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def save_pdf(self, path: Path | None = None) -> Path | None:
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("บันทึก PDF"), f"{self._stem}.pdf", "PDF (*.pdf)"
            )
            if not chosen:
                return None
            path = Path(chosen)
        return self._write(path, lambda target: write_bytes_atomically(target, self._pdf))

    def save_excel(self, path: Path | None = None) -> Path | None:
        if self._save_xlsx is None:
            return None
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("บันทึก Excel"), f"{self._stem}.xlsx", "Excel (*.xlsx)"
            )
            if not chosen:
                return None
            path = Path(chosen)
        return self._write(path, self._save_xlsx)

    def _write(self, path: Path, write: Callable[[Path], None]) -> Path | None:
        try:
            write(path)
        except UserFacingError as exc:
            QMessageBox.warning(self, self.tr("บันทึกไม่สำเร็จ"), exc.message_th)
            return None
        return path

    def print_document(self, printer: QPrinter | None = None) -> bool:
        """Print every page, scaled to the paper, through the system's printer dialog."""
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            dialog = QPrintDialog(printer, self)
            dialog._printer = printer  # keep the printer alive as long as the dialog (QPrinter segfault)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(
                self,
                self.tr("พิมพ์ไม่สำเร็จ"),
                self.tr("เปิดเครื่องพิมพ์ไม่ได้ กรุณาตรวจสอบเครื่องพิมพ์แล้วลองอีกครั้ง"),
            )
            return False
        try:
            for page in range(self.page_count):
                if page:
                    printer.newPage()
                target = painter.viewport()
                size = (
                    self.document.pagePointSize(page)
                    .toSize()
                    .scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                )
                image = self.document.render(page, QSize(size.width(), size.height()))
                painter.drawImage(0, 0, image)
        finally:
            painter.end()
        return True
