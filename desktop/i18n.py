"""The UI language, through Qt's own translation mechanism.

The UI is written in Thai: the source texts in ``tr()`` are Thai, and Qt's standard buttons and
menus (OK, Cancel, the wizard's Next/Back…) get Thai from resources/locale/qtbase_th.qm. English
comes from resources/locale/sujarit_en.qm (made from sujarit_en.ts by scripts/update_translations.py);
Qt's own texts are English without a translation. Data stays Thai in both: the plan is a Thai document.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, QTranslator

from db.paths import resource_path
from db.thai import apply_digits

THAI, ENGLISH = "th", "en"
#: Each language by its own name, in the language menu (never translated).
LANGUAGE_NAMES = {THAI: "ไทย", ENGLISH: "English"}
LANGUAGE_KEY = "ui/language"
#: Said in both languages: whoever changed the language may not read the one they left.
RESTART_NOTE = (
    "ภาษาที่เลือกจะใช้เมื่อเปิดโปรแกรมครั้งถัดไป\nThe language you chose will be used the next time Sujarit starts."
)
TRANSLATION_FILES = {THAI: ("qtbase_th.qm",), ENGLISH: ("sujarit_en.qm",)}

_installed: list[QTranslator] = []  # QCoreApplication does not own translators: keep them alive
_current = {"language": THAI}


def ui_language() -> str:
    return _current["language"]


def thai_ui() -> bool:
    return ui_language() == THAI


def digits(text: str) -> str:
    """Thai digits in the Thai UI, Arabic digits in the English one."""
    return apply_digits(text, thai_ui())


def choose_language(settings: QSettings, override: str | None = None) -> str:
    """The language for this run: ``override`` (the --lang option), else the saved choice, else Thai."""
    chosen = override or settings.value(LANGUAGE_KEY, THAI)
    return chosen if chosen in TRANSLATION_FILES else THAI


def install_translations(app: QCoreApplication, language: str) -> tuple[str, ...]:
    """Make ``language`` the UI language; returns the translation files installed."""
    remove_translations(app)
    loaded = []
    for name in TRANSLATION_FILES[language]:
        translator = QTranslator(app)
        if translator.load(str(resource_path("locale", name))):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(name)
    _current["language"] = language
    return tuple(loaded)


def remove_translations(app: QCoreApplication) -> None:
    """Back to the texts as written (Thai, with Qt's own texts in English)."""
    while _installed:
        app.removeTranslator(_installed.pop())
    _current["language"] = THAI


def install_thai_qt_translation(app: QCoreApplication) -> bool:
    """Give Qt's built-in texts their Thai wording (the Qt wheels ship no Thai translation)."""
    return bool(install_translations(app, THAI))
