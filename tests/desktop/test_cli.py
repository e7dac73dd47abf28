"""The ``sujarit`` command line: help in both languages, demo data, exit codes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from db.services.offices import list_offices
from db.services.plans import list_plans
from db.services.workspace import open_workspace
from desktop.cli import EXIT_BAD_INPUT, EXIT_OK, build_parser, main


def test_help_speaks_thai_and_english(capsys, monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "250")
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    for words in ("สุจริต", "Sujarit", "import-plan", "export-plan-xlsx", "demo", "นำเข้า", "import a one-year plan"):
        assert words in out


def test_demo_creates_an_office_with_a_2566_2570_plan(tmp_path: Path, capsys) -> None:
    db_path = tmp_path / "demo.db"
    assert main(["demo", "--db", str(db_path), "--office-name", "องค์การบริหารส่วนตำบลทดสอบ", "--seed", "7"]) == EXIT_OK
    assert "องค์การบริหารส่วนตำบลทดสอบ" in capsys.readouterr().out
    database = open_workspace(db_path)
    try:
        (office,) = list_offices(database)
        (plan,) = list_plans(database)
        assert office.name == "องค์การบริหารส่วนตำบลทดสอบ"
        assert (plan.first_fiscal_year, plan.last_fiscal_year) == (2023, 2027)
        assert plan.item_count >= 78
    finally:
        database.dispose()


def test_demo_twice_with_the_same_name_is_refused(tmp_path: Path, capsys) -> None:
    db_path = tmp_path / "demo.db"
    assert main(["demo", "--db", str(db_path)]) == EXIT_OK
    assert main(["demo", "--db", str(db_path)]) == EXIT_BAD_INPUT
    assert "มี เทศบาลตำบลสุจริตพัฒนา อยู่แล้ว" in capsys.readouterr().err


@pytest.mark.parametrize("year", ["2566", "๒๕๖๖", "พ.ศ. 2566"])
def test_fiscal_years_are_given_in_buddhist_era(year: str) -> None:
    args = build_parser().parse_args(["export-plan-xlsx", "--db", "x.db", "--year", year, "-o", "x.xlsx"])
    assert args.year == 2023


def test_a_christian_era_year_is_refused_with_exit_code_2(capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["export-plan-xlsx", "--db", "x.db", "--year", "2023", "-o", "x.xlsx"])
    assert exited.value.code == EXIT_BAD_INPUT
    assert "พ.ศ." in capsys.readouterr().err


def test_a_corrupt_database_is_bad_input_not_a_crash(tmp_path: Path, capsys) -> None:
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"garbage" * 1000)
    assert main(["demo", "--db", str(broken)]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert "broken.db" in err and "Traceback" not in err


def test_the_console_script_runs_as_a_separate_process(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "demo", "--db", str(tmp_path / "p.db")],
        capture_output=True, text=True, encoding="utf-8", timeout=120, check=False,
    )
    assert result.returncode == EXIT_OK, result.stderr
    assert "สร้างข้อมูลตัวอย่างแล้ว" in result.stdout
