"""The db and forms layers work on a machine without Qt."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import sys
sys.modules['PySide6'] = None  # any import of Qt now fails
import db.models, db.services.catalog, db.services.demo, db.services.plan_table, db.exchange.plan_xlsx
import forms
print('ok')
"""


def test_db_and_forms_import_without_pyside6() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CODE], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
