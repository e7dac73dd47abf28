"""The English translation: every UI text of desktop/ translated, the .qm compiled from the .ts."""

from __future__ import annotations

import importlib.util
import re
import shutil
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QCoreApplication

from db.services.vocabulary import Comparison, IndicatorKind, ItemKind, OfficeKind, TargetPeriod
from desktop.vocabulary import SOURCES, ui_label
from desktop.widgets import QuarterTicks

ROOT = Path(__file__).resolve().parents[2]
THAI_LETTERS = re.compile("[\u0e00-\u0e7f]")
PLACEHOLDER = re.compile(r"\{\w*\}")


def _update_script() -> ModuleType:
    path = ROOT / "scripts" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SCRIPT = _update_script()


def test_every_ui_text_has_an_english_translation(tmp_path: Path) -> None:
    fresh = tmp_path / "sujarit_en.ts"
    shutil.copyfile(SCRIPT.TS_FILE, fresh)
    SCRIPT.update_ts(fresh)  # lupdate over the sources: a new text arrives unfinished
    untranslated = [
        (context, source) for context, source, english in SCRIPT.messages(fresh) if english is None
    ]
    assert untranslated == [], "translate these in resources/locale/sujarit_en.ts"
    assert fresh.read_text(encoding="utf-8") == SCRIPT.TS_FILE.read_text(encoding="utf-8"), (
        "resources/locale/sujarit_en.ts is not up to date: run scripts/update_translations.py"
    )


def test_translations_keep_the_placeholders_and_are_english() -> None:
    for context, source, english in SCRIPT.messages(SCRIPT.TS_FILE):
        assert english is not None
        assert sorted(PLACEHOLDER.findall(english)) == sorted(PLACEHOLDER.findall(source)), (context, source)
        assert not THAI_LETTERS.search(english), (context, english)


def test_the_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    compiled = tmp_path / "sujarit_en.qm"
    SCRIPT.compile_qm(SCRIPT.TS_FILE, compiled)
    assert compiled.read_bytes() == SCRIPT.QM_FILE.read_bytes(), "run scripts/update_translations.py"


def test_the_qm_translates(english) -> None:
    assert QCoreApplication.translate("MainWindow", "แผน") == "Plan"
    assert QCoreApplication.translate("ItemTableModel", "หน่วยงานรับผิดชอบ") == "Responsible unit"
    assert QCoreApplication.translate("PrintMenu", "แผน-{years}").format(years=2566) == "plan-2566"
    assert ui_label(ItemKind.PROJECT) == "Project"


def test_the_vocabulary_repeats_the_thai_labels_exactly() -> None:
    members = [*ItemKind, *IndicatorKind, *Comparison, *TargetPeriod, *OfficeKind]
    assert len(SOURCES) == len(members)
    for member in members:
        assert SOURCES[member] == member.label_th
        assert ui_label(member) == member.label_th  # no translation installed: the Thai UI


def test_a_subclass_finds_the_translations_of_its_base(english, qtbot) -> None:
    """PySide6 looks a tr() text up in the context of the class that defines the method."""

    class CompactTicks(QuarterTicks):
        pass

    ticks = CompactTicks()
    qtbot.addWidget(ticks)
    assert ticks.boxes[0].text() == "Quarter 1"
    assert ticks.boxes[0].toolTip() == "Quarter 1 (Oct–Dec)"
