from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from db.thai import apply_digits, to_arabic_digits, to_thai_digits

REPO = Path(__file__).resolve().parents[3]


def test_to_thai_digits_all_ten() -> None:
    assert to_thai_digits("0123456789") == "๐๑๒๓๔๕๖๗๘๙"


def test_to_arabic_digits_all_ten() -> None:
    assert to_arabic_digits("๐๑๒๓๔๕๖๗๘๙") == "0123456789"


def test_other_characters_untouched() -> None:
    assert to_thai_digits("คำสั่งที่ 042/2560 ITA e7") == "คำสั่งที่ ๐๔๒/๒๕๖๐ ITA e๗"
    assert to_arabic_digits("โทร ๐-๗๕๕๖-๖๓๔๘ WWW.pipun.go.th") == "โทร 0-7556-6348 WWW.pipun.go.th"


def test_apply_digits_both_directions() -> None:
    assert apply_digits("ร้อยละ 80", True) == "ร้อยละ ๘๐"
    assert apply_digits("ร้อยละ ๘๐", False) == "ร้อยละ 80"
    assert apply_digits("๑.๑.1 (2)", True) == "๑.๑.๑ (๒)"
    assert apply_digits("๑.๑.1 (2)", False) == "1.1.1 (2)"


@given(st.text())
def test_round_trip_from_arabic(s: str) -> None:
    plain = to_arabic_digits(s)
    assert to_arabic_digits(to_thai_digits(plain)) == plain


@given(st.text())
def test_round_trip_from_thai(s: str) -> None:
    thai = to_thai_digits(s)
    assert to_thai_digits(to_arabic_digits(thai)) == thai
    assert not any(c in "0123456789" for c in thai)


def test_package_imports_no_qt_and_no_orm() -> None:
    code = (
        "import sys, db.thai; "
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in {'PySide6', 'shiboken6', 'sqlalchemy'}); "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run(
        [sys.executable, "-W", "error", "-c", code], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
