"""The bundled Sarabun font, used for the whole UI (an office PC may have no Thai font)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from db.paths import resource_path

UI_FONT_FILES = ("Sarabun-Regular.ttf", "Sarabun-Bold.ttf", "Sarabun-Italic.ttf", "Sarabun-BoldItalic.ttf")


def load_ui_font(point_size: int = 11) -> QFont:
    """Register the bundled fonts (after QApplication exists) and return the UI font."""
    families: list[str] = []
    for name in UI_FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        if font_id != -1:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return QFont(families[0] if families else "", point_size)
