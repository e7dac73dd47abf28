"""Thousands of Qt calls and reloads must never free ``None`` (PySide6 6.12.0 on Python 3.11)."""

from __future__ import annotations

import subprocess
import sys

CHILD = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from desktop.qt_workarounds import keep_singletons_alive
keep_singletons_alive()
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
widget = QWidget()
for _ in range(300_000):
    widget.setWindowTitle("x")
    widget.setEnabled(True)
print("alive")
"""


def test_none_survives_many_qt_calls() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "alive"


def test_the_reserve_is_added_once() -> None:
    from desktop.qt_workarounds import keep_singletons_alive

    before = sys.getrefcount(None)
    keep_singletons_alive()
    assert sys.getrefcount(None) - before < 1000  # conftest already added it; no second reserve
