"""The UI language: Thai by default with Qt's own buttons in Thai; English by setting or --lang."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop.cli import build_parser, main
from desktop.i18n import (
    ENGLISH,
    LANGUAGE_KEY,
    RESTART_NOTE,
    THAI,
    choose_language,
    digits,
    install_translations,
    remove_translations,
    ui_language,
)


def test_standard_buttons_are_thai(thai, qtbot) -> None:
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


def test_the_thai_ui_keeps_its_texts_and_thai_digits(thai) -> None:
    assert ui_language() == THAI
    assert QCoreApplication.translate("MainWindow", "ไฟล์") == "ไฟล์"
    assert digits("ปี 2566") == "ปี ๒๕๖๖"


def test_english_replaces_qts_thai_with_the_apps_english(qapp, qtbot) -> None:
    try:
        assert install_translations(qapp, ENGLISH) == ("sujarit_en.qm",)
        assert ui_language() == ENGLISH
        assert QCoreApplication.translate("MainWindow", "ไฟล์") == "File"
        assert digits("ปี ๒๕๖๖") == "ปี 2566"
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
    finally:
        remove_translations(qapp)
    assert ui_language() == THAI
    assert QCoreApplication.translate("MainWindow", "ไฟล์") == "ไฟล์"


def test_the_language_is_the_option_else_the_saved_choice_else_thai(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert choose_language(settings) == THAI
    settings.setValue(LANGUAGE_KEY, ENGLISH)
    assert choose_language(settings) == ENGLISH
    assert choose_language(settings, THAI) == THAI
    settings.setValue(LANGUAGE_KEY, "fr")
    assert choose_language(settings) == THAI
    assert choose_language(settings, ENGLISH) == ENGLISH


def test_the_lang_option_reaches_the_app(monkeypatch, tmp_path: Path) -> None:
    started = {}
    monkeypatch.setattr("desktop.app.run_app", lambda path, **options: started.update(options) or 0)
    assert main(["--db", str(tmp_path / "x.db"), "--lang", "en"]) == 0
    assert started == {"demo_if_empty": False, "language": "en"}
    assert build_parser().parse_args([]).lang is None
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--lang", "fr"])


def test_the_language_menu_keeps_the_choice_for_the_next_start(window, monkeypatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    assert window.language_actions[THAI].isChecked()
    window.language_actions[ENGLISH].trigger()
    assert window.settings.value(LANGUAGE_KEY) == ENGLISH
    assert window.language_actions[ENGLISH].isChecked()
    assert told == [RESTART_NOTE]
    assert "ครั้งถัดไป" in RESTART_NOTE and "next time" in RESTART_NOTE
    assert window.menuBar().actions()[0].text() == "ไฟล์"  # the running window stays as it is
    window.language_actions[ENGLISH].trigger()
    assert len(told) == 1  # chosen already: nothing more to say
    window.language_actions[THAI].trigger()
    assert window.settings.value(LANGUAGE_KEY) == THAI
    assert len(told) == 2
