"""Translations through Qt's own mechanism: the UI is written in Thai; Qt's standard buttons and
menus (OK, Cancel, Yes, No, the wizard's Next/Back…) get Thai from resources/locale/qtbase_th.qm."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from db.paths import resource_path

_installed: list[QTranslator] = []  # QCoreApplication does not own translators: keep them alive


def install_thai_qt_translation(app: QCoreApplication) -> bool:
    """Give Qt's built-in texts their Thai wording (the Qt wheels ship no Thai translation)."""
    translator = QTranslator(app)
    if not translator.load(str(resource_path("locale", "qtbase_th.qm"))):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True
