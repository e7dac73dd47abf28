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
    for words in (
        "สุจริต",
        "Sujarit",
        "import-plan",
        "export-plan-xlsx",
        "demo",
        "นำเข้า",
        "import a one-year plan",
    ):
        assert words in out


def test_demo_creates_an_office_with_a_2566_2570_plan(tmp_path: Path, capsys) -> None:
    db_path = tmp_path / "demo.db"
    assert (
        main(["demo", "--db", str(db_path), "--office-name", "องค์การบริหารส่วนตำบลทดสอบ", "--seed", "7"])
        == EXIT_OK
    )
    assert "องค์การบริหารส่วนตำบลทดสอบ" in capsys.readouterr().out
    database = open_workspace(db_path)
    try:
        (office,) = list_offices(database)
        (plan,) = list_plans(database)
        assert office.name == "องค์การบริหารส่วนตำบลทดสอบ"
        assert (plan.first_fiscal_year, plan.last_fiscal_year) == (2023, 2027)
        assert plan.item_count >= 100
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
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert result.returncode == EXIT_OK, result.stderr
    assert "สร้างข้อมูลตัวอย่างแล้ว" in result.stdout


def test_import_then_export_the_seed_003_plan(tmp_path: Path, capsys) -> None:
    from openpyxl import load_workbook

    from tests.fixtures.plan003 import build_plan003_xlsx

    source = tmp_path / "plan003.xlsx"
    build_plan003_xlsx(source)
    db_path = tmp_path / "office.db"
    code = main(
        [
            "import-plan",
            str(source),
            "--db",
            str(db_path),
            "--office-name",
            "เทศบาลตำบลทุ่งน้อย",
            "--year",
            "๒๕๖๖",
        ]
    )
    assert code == EXIT_OK, capsys.readouterr().err
    assert "19 รายการ" in capsys.readouterr().out

    exported = tmp_path / "out.xlsx"
    assert main(["export-plan-xlsx", "--db", str(db_path), "--year", "2566", "-o", str(exported)]) == EXIT_OK
    cells = [str(c) for row in load_workbook(exported).active.iter_rows(values_only=True) for c in row if c]
    assert any(c.startswith("รวมทั้งสิ้น 19 โครงการ") for c in cells)
    assert "สุพรรณษา มากพา" in " ".join(cells)


def test_a_bad_workbook_exits_2_and_writes_nothing(tmp_path: Path, capsys) -> None:
    from tests.conftest import dump_database
    from tests.fixtures.plan003 import build_plan003_xlsx, load_rows

    db_path = tmp_path / "office.db"
    assert main(["demo", "--db", str(db_path)]) == EXIT_OK
    before = dump_database(db_path)
    rows = load_rows()
    rows[11]["quarters"][2] = "x"
    bad = tmp_path / "bad.xlsx"
    build_plan003_xlsx(bad, rows)
    code = main(
        ["import-plan", str(bad), "--db", str(db_path), "--office-name", "เทศบาลตำบลทุ่งน้อย", "--year", "2566"]
    )
    assert code == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert "ไตรมาส 3" in err and "แถว" in err
    assert dump_database(db_path) == before


def test_import_of_a_missing_file_exits_2(tmp_path: Path, capsys) -> None:
    code = main(
        [
            "import-plan",
            str(tmp_path / "nope.xlsx"),
            "--db",
            str(tmp_path / "x.db"),
            "--office-name",
            "เทศบาลตำบลทุ่งน้อย",
            "--year",
            "2566",
        ]
    )
    assert code == EXIT_BAD_INPUT
    assert "ไม่พบไฟล์" in capsys.readouterr().err
    assert not (tmp_path / "x.db").exists()


def test_export_needs_an_existing_database(tmp_path: Path, capsys) -> None:
    code = main(
        [
            "export-plan-xlsx",
            "--db",
            str(tmp_path / "none.db"),
            "--year",
            "2566",
            "-o",
            str(tmp_path / "o.xlsx"),
        ]
    )
    assert code == EXIT_BAD_INPUT
    assert not (tmp_path / "none.db").exists()


def test_export_with_two_offices_asks_which(tmp_path: Path, capsys) -> None:
    db_path = tmp_path / "two.db"
    main(["demo", "--db", str(db_path)])
    main(["demo", "--db", str(db_path), "--office-name", "องค์การบริหารส่วนตำบลสอง", "--dla-code", "5999902"])
    capsys.readouterr()
    out = tmp_path / "o.xlsx"
    assert (
        main(["export-plan-xlsx", "--db", str(db_path), "--year", "2567", "-o", str(out)]) == EXIT_BAD_INPUT
    )
    assert "--office-name" in capsys.readouterr().err
    assert (
        main(
            [
                "export-plan-xlsx",
                "--db",
                str(db_path),
                "--year",
                "2567",
                "-o",
                str(out),
                "--office-name",
                "องค์การบริหารส่วนตำบลสอง",
            ]
        )
        == EXIT_OK
    )
    assert out.stat().st_size > 0


def test_report_commands_write_pdfs_and_xlsx(tmp_path: Path, capsys) -> None:
    from db.services.items import list_items

    db_path = tmp_path / "demo.db"
    assert main(["demo", "--db", str(db_path)]) == EXIT_OK
    plan_pdf, plan_xlsx = tmp_path / "plan.pdf", tmp_path / "plan.xlsx"
    args = [
        "report",
        "plan",
        "--db",
        str(db_path),
        "--year",
        "2567",
        "-o",
        str(plan_pdf),
        "--xlsx",
        str(plan_xlsx),
    ]
    assert main(args) == EXIT_OK
    assert plan_pdf.read_bytes().startswith(b"%PDF") and plan_xlsx.stat().st_size > 0
    multi = tmp_path / "multi.pdf"
    args = ["report", "multiyear", "--db", str(db_path), "-o", str(multi), "--xlsx", str(tmp_path / "m.xlsx")]
    assert main([*args, "--arabic-digits"]) == EXIT_OK
    assert multi.read_bytes().startswith(b"%PDF")

    database = open_workspace(db_path)
    try:
        item = list_items(database, list_plans(database)[0].uuid)[0]
    finally:
        database.dispose()
    project = tmp_path / "project.pdf"
    assert (
        main(["report", "project", "--db", str(db_path), "--item", item.uuid[:8], "-o", str(project)])
        == EXIT_OK
    )
    assert project.read_bytes().startswith(b"%PDF")
    assert (
        main(["report", "project", "--db", str(db_path), "--item", "ffff-no", "-o", str(project)])
        == EXIT_BAD_INPUT
    )
    assert "ไม่พบรายการรหัส" in capsys.readouterr().err


def test_report_for_a_year_without_a_plan_is_refused(tmp_path: Path, capsys) -> None:
    db_path = tmp_path / "demo.db"
    main(["demo", "--db", str(db_path)])
    out = tmp_path / "x.pdf"
    assert main(["report", "plan", "--db", str(db_path), "--year", "2560", "-o", str(out)]) == EXIT_BAD_INPUT
    assert "ไม่พบแผนที่ครอบคลุมปีงบประมาณ พ.ศ. 2560" in capsys.readouterr().err
    assert not out.exists()


def test_round_reports_are_printed_from_the_command_line(tmp_path: Path, capsys) -> None:
    from tests.forms.pdf_tools import pdf_pages

    db_path = tmp_path / "demo.db"
    assert main(["demo", "--db", str(db_path)]) == EXIT_OK  # the demo has the 2567 rounds
    common = ["--db", str(db_path), "--year", "๒๕๖๗"]
    outputs = {}
    for form, round_ in (("progress", "6"), ("announcement", "6"), ("changes", "12"), ("evidence", "๑๒")):
        outputs[form] = tmp_path / f"{form}.pdf"
        assert main(["report", form, *common, "--round", round_, "-o", str(outputs[form])]) == EXIT_OK
    report = pdf_pages(outputs["progress"].read_bytes(), tmp_path)
    assert "รอบ ๖ เดือน" in report[0] and "ผลงานปีงบประมาณ พ.ศ. ๒๕๖๗ / รอบ ๖ เดือน" in report[2]
    assert "ประกาศเทศบาลตำบลสุจริตพัฒนา" in pdf_pages(outputs["announcement"].read_bytes(), tmp_path)[0]
    xlsx = tmp_path / "round.xlsx"
    args = [
        "report",
        "progress",
        *common,
        "--round",
        "12",
        "-o",
        str(tmp_path / "y.pdf"),
        "--xlsx",
        str(xlsx),
    ]
    assert main([*args, "--arabic-digits"]) == EXIT_OK and xlsx.stat().st_size > 0
    assert "บันทึกสำเนา Excel" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (
            ["report", "progress", "--year", "2566", "--round", "6"],
            "ยังไม่มีรอบรายงาน ๖ เดือน ของปีงบประมาณ พ.ศ. 2566",
        ),
        (["report", "ita", "--year", "2567"], "ยังไม่มีรายงานมาตรการส่งเสริมคุณธรรมและความโปร่งใส"),
    ],
)
def test_a_missing_round_or_ita_report_is_refused(tmp_path: Path, capsys, args, words) -> None:
    db_path = tmp_path / "demo.db"
    main(["demo", "--db", str(db_path)])
    out = tmp_path / "x.pdf"
    assert main([*args, "--db", str(db_path), "-o", str(out)]) == EXIT_BAD_INPUT
    assert words in capsys.readouterr().err
    assert not out.exists()


def test_the_round_must_be_6_or_12(capsys) -> None:
    with pytest.raises(SystemExit) as refused:
        build_parser().parse_args(
            ["report", "progress", "--db", "x", "--year", "2567", "--round", "3", "-o", "x"]
        )
    assert refused.value.code == EXIT_BAD_INPUT
    assert "รอบรายงานต้องเป็น 6 หรือ 12" in capsys.readouterr().err


def test_the_ita_report_prints_when_the_office_has_one(tmp_path: Path) -> None:
    from db.services.ita import save_ita_report
    from tests.fixtures.ita001 import ITA001

    db_path = tmp_path / "demo.db"
    main(["demo", "--db", str(db_path)])
    database = open_workspace(db_path)
    try:
        (office,) = list_offices(database)
        save_ita_report(database, office_uuid=office.uuid, fiscal_year=2024, draft=ITA001)
    finally:
        database.dispose()
    out = tmp_path / "ita.pdf"
    assert main(["report", "ita", "--db", str(db_path), "--year", "2567", "-o", str(out)]) == EXIT_OK
    assert out.read_bytes().startswith(b"%PDF")


def test_worksheets_go_out_per_unit_and_come_back_from_the_command_line(tmp_path: Path, capsys) -> None:
    import openpyxl

    from db.services.rounds import get_progress, list_rounds, round_progress
    from tests.conftest import dump_database
    from tests.db.exchange.test_worksheets import ITEMS, fill, rows_of

    db_path = tmp_path / "demo.db"
    main(["demo", "--db", str(db_path)])
    folder = tmp_path / "ส่งกอง"
    common = ["--db", str(db_path), "--year", "2567", "--round", "12"]
    assert main(["worksheet", "export", *common, "-o", str(folder)]) == EXIT_OK
    files = sorted(folder.glob("*.xlsx"))
    assert len(files) >= 6 and "เขียนแบบรายงาน" in capsys.readouterr().out
    database = open_workspace(db_path)
    try:
        twelve = list_rounds(database, list_plans(database)[0].uuid)[1]
        target = next(p for p in round_progress(database, twelve.uuid) if p.carried)
    finally:
        database.dispose()
    path = next(p for p in files if target.item_uuid in rows_of(openpyxl.load_workbook(p)[ITEMS]))
    fill(path, target.item_uuid, {"หมายเหตุ": "ส่งหลักฐานเพิ่มเติมแล้ว"})

    before = dump_database(db_path)
    assert main(["import-progress", str(path), *common, "--dry-run"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "หมายเหตุ: - → ส่งหลักฐานเพิ่มเติมแล้ว" in out and "ยังไม่ได้บันทึก" in out
    assert dump_database(db_path) == before
    assert main(["worksheet", "import", str(path), *common, "--clerk", "นายสมชาย"]) == EXIT_OK
    assert "บันทึกผลการดำเนินงานแล้ว 1 รายการ" in capsys.readouterr().out
    database = open_workspace(db_path)
    try:
        saved = get_progress(database, round_uuid=twelve.uuid, item_uuid=target.item_uuid)
    finally:
        database.dispose()
    assert saved.reported and saved.remarks == "ส่งหลักฐานเพิ่มเติมแล้ว"

    bad = tmp_path / "not-a-sheet.xlsx"
    bad.write_bytes(b"not a workbook")
    before = dump_database(db_path)
    assert main(["import-progress", str(bad), *common]) == EXIT_BAD_INPUT
    assert "อ่านแบบรายงานไม่ได้" in capsys.readouterr().err
    assert dump_database(db_path) == before
