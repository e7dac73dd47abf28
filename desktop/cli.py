"""The ``sujarit`` command: opens the GUI, or runs one task on a database file.

Exit codes: 0 done, 2 refused input (nothing was written), 1 internal error.
"""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from db.errors import UserFacingError, ValidationFailed
from db.paths import default_database_path
from db.thai import ThaiParseError, parse_fiscal_year
from desktop.cli_rounds import ROUND_COMMANDS, ROUND_REPORTS, add_round_commands, add_round_reports

EXIT_OK, EXIT_INTERNAL, EXIT_BAD_INPUT = 0, 1, 2

DESCRIPTION = (
    "สุจริต — แผนปฏิบัติการป้องกันการทุจริตและรายงานผลขององค์กรปกครองส่วนท้องถิ่น\n"
    "Sujarit — anti-corruption action plans and progress reports for Thai local government.\n\n"
    "เรียกโดยไม่มีคำสั่งย่อยเพื่อเปิดโปรแกรม (Run without a command to open the application)."
)


class CliError(Exception):
    """A refusal with a Thai message; maps to exit code 2."""


def _fiscal_year(text: str) -> int:
    try:
        return parse_fiscal_year(text)
    except ThaiParseError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _db_option(parser: argparse.ArgumentParser, *, required: bool) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        required=required,
        metavar="PATH",
        help="ไฟล์ฐานข้อมูล (database file)"
        + ("" if required else f"; ค่าเริ่มต้น (default): {default_database_path()}"),
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sujarit", description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    _db_option(parser, required=False)
    parser.add_argument(
        "--demo-if-empty",
        action="store_true",
        help="เติมข้อมูลตัวอย่างเมื่อไฟล์ยังไม่มีข้อมูล (fill an empty database with demo data)",
    )
    parser.add_argument(
        "--lang",
        choices=("th", "en"),
        help="ภาษาของหน้าจอครั้งนี้ แทนที่เลือกไว้ใน ตั้งค่า → ภาษา"
        " (UI language for this run; default: the one chosen in the app, else th)",
    )
    commands = parser.add_subparsers(dest="command", metavar="คำสั่ง (command)")

    demo = commands.add_parser(
        "demo",
        help="สร้างข้อมูลตัวอย่าง อปท. พร้อมแผน ๒๕๖๖–๒๕๗๐ (create a demo office with a 2566–2570 plan)",
    )
    _db_option(demo, required=True)
    demo.add_argument("--office-name", default="เทศบาลตำบลสุจริตพัฒนา", help="ชื่อ อปท. (office name)")
    demo.add_argument("--dla-code", default="5999901", help="รหัส อปท. (DLA code)")
    demo.add_argument("--seed", type=int, default=2566, help="ค่าสุ่มตั้งต้น (random seed)")

    imp = commands.add_parser(
        "import-plan",
        help="นำเข้าแผนประจำปีจากไฟล์ Excel แบบตารางแผน (import a one-year plan table from .xlsx)",
    )
    imp.add_argument("file", type=Path, metavar="FILE.xlsx", help="ไฟล์ Excel (the workbook)")
    _db_option(imp, required=True)
    imp.add_argument("--office-name", required=True, help="ชื่อ อปท. เจ้าของแผน (the office)")
    imp.add_argument(
        "--year", type=_fiscal_year, required=True, help="ปีงบประมาณ พ.ศ. เช่น 2566 (fiscal year, Buddhist Era)"
    )

    exp = commands.add_parser(
        "export-plan-xlsx",
        help="ส่งออกตารางแผนประจำปีเป็นไฟล์ Excel (write the one-year plan table as .xlsx)",
    )
    _db_option(exp, required=True)
    exp.add_argument("--year", type=_fiscal_year, required=True, help="ปีงบประมาณ พ.ศ. (fiscal year, BE)")
    exp.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE.xlsx", help="ไฟล์ผลลัพธ์ (output)"
    )
    exp.add_argument("--office-name", help="ชื่อ อปท. เมื่อในไฟล์มีหลายแห่ง (office, when there are several)")
    exp.add_argument("--thai-digits", action="store_true", help="ใช้เลขไทย (print Thai digits)")

    report = commands.add_parser("report", help="พิมพ์แบบฟอร์มเป็นไฟล์ PDF (print a form as PDF)")
    forms = report.add_subparsers(dest="form", required=True, metavar="แบบฟอร์ม (form)")
    plan = forms.add_parser("plan", help="ตารางแผนประจำปี (the annual plan table)")
    plan.add_argument("--year", type=_fiscal_year, required=True, help="ปีงบประมาณ พ.ศ. (fiscal year, BE)")
    multiyear = forms.add_parser(
        "multiyear", help="แผนหลายปีและตารางสรุป (the multi-year plan and its summary)"
    )
    multiyear.add_argument(
        "--year", type=_fiscal_year, help="ปีใดก็ได้ในช่วงแผน เมื่อมีหลายแผน (any year of the plan, if several)"
    )
    project = forms.add_parser("project", help="รายละเอียดโครงการ (one project document)")
    project.add_argument("--item", required=True, help="รหัสรายการ UUID หรือส่วนต้น (item UUID or its prefix)")
    for form in (plan, multiyear, project):
        _db_option(form, required=True)
        form.add_argument(
            "-o", "--output", type=Path, required=True, metavar="FILE.pdf", help="ไฟล์ PDF (output)"
        )
        form.add_argument("--arabic-digits", action="store_true", help="ใช้เลขอารบิก (Arabic digits)")
    for form in (plan, multiyear):
        form.add_argument(
            "--xlsx", type=Path, metavar="FILE.xlsx", help="สำเนา Excel (also write an xlsx copy)"
        )
        form.add_argument("--office-name", help="ชื่อ อปท. เมื่อในไฟล์มีหลายแห่ง (office, when there are several)")
    add_round_reports(forms, fiscal_year=_fiscal_year, common=_report_options)
    add_round_commands(commands, fiscal_year=_fiscal_year, db_option=lambda p: _db_option(p, required=True))
    return parser


def _report_options(form: argparse.ArgumentParser) -> None:
    _db_option(form, required=True)
    form.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf", help="ไฟล์ PDF (output)")
    form.add_argument("--arabic-digits", action="store_true", help="ใช้เลขอารบิก (Arabic digits)")
    form.add_argument("--office-name", help="ชื่อ อปท. เมื่อในไฟล์มีหลายแห่ง (office, when there are several)")


def _print(text: str) -> None:
    print(text, flush=True)


def run_demo(args: argparse.Namespace) -> int:
    from db.services.demo import create_demo
    from db.services.offices import find_office_by_name
    from db.services.workspace import open_workspace

    database = open_workspace(args.db)
    try:
        if find_office_by_name(database, args.office_name) is not None:
            raise CliError(f"ในฐานข้อมูลนี้มี {args.office_name} อยู่แล้ว ไม่ได้สร้างข้อมูลตัวอย่างซ้ำ")
        result = create_demo(
            database, office_name=args.office_name, dla_code=args.dla_code, seed=args.seed, with_rounds=True
        )
    finally:
        database.dispose()
    _print(
        f"สร้างข้อมูลตัวอย่างแล้ว: {result.office.name} แผน พ.ศ. {result.plan.first_fiscal_year + 543}–"
        f"{result.plan.last_fiscal_year + 543} จำนวน {result.item_count} รายการ"
        f" ({args.db})"
    )
    return EXIT_OK


def run_import_plan(args: argparse.Namespace) -> int:
    from db.exchange.plan_xlsx import import_plan_xlsx
    from db.services.workspace import open_workspace

    if not args.file.is_file():
        raise CliError(f"ไม่พบไฟล์ {args.file}")
    database = open_workspace(args.db)
    try:
        result = import_plan_xlsx(database, args.file, office_name=args.office_name, fiscal_year=args.year)
    finally:
        database.dispose()
    q1, q2, q3, q4 = result.quarter_counts
    _print(
        f"นำเข้าแผนปี พ.ศ. {args.year + 543} ของ {args.office_name} แล้ว {result.item_count} รายการ"
        f" (ไตรมาส ๑–๔: {q1}/{q2}/{q3}/{q4})"
    )
    return EXIT_OK


def run_export_plan_xlsx(args: argparse.Namespace) -> int:
    from db.exchange.plan_xlsx import export_plan_xlsx
    from db.services.plan_table import build_plan_table
    from db.services.workspace import open_workspace

    if not args.db.is_file():
        raise CliError(f"ไม่พบไฟล์ฐานข้อมูล {args.db}")
    database = open_workspace(args.db)
    try:
        plan = _plan_for_year(database, args.year, args.office_name)
        table = build_plan_table(database, plan_uuid=plan.uuid, fiscal_year=args.year)
    finally:
        database.dispose()
    export_plan_xlsx(table, args.output, thai_digits=args.thai_digits)
    _print(f"บันทึกตารางแผนปี พ.ศ. {args.year + 543} ({len(table.rows)} รายการ) ที่ {args.output}")
    return EXIT_OK


def _plan_for_year(database, fiscal_year: int, office_name: str | None):
    from db.services.offices import find_office_by_name, list_offices
    from db.services.plans import find_plan_covering

    if office_name:
        office = find_office_by_name(database, office_name)
        if office is None:
            raise CliError(f"ไม่พบ อปท. ชื่อ {office_name} ในฐานข้อมูลนี้")
        offices = [office]
    else:
        offices = list(list_offices(database))
        if len(offices) > 1:
            names = ", ".join(o.name for o in offices)
            raise CliError(f"ฐานข้อมูลนี้มีหลาย อปท. ({names}) กรุณาระบุ --office-name")
    plans = [
        p for o in offices if (p := find_plan_covering(database, office_uuid=o.uuid, fiscal_year=fiscal_year))
    ]
    if not plans:
        raise CliError(f"ไม่พบแผนที่ครอบคลุมปีงบประมาณ พ.ศ. {fiscal_year + 543}")
    return plans[0]


def _open_existing(path: Path):
    from db.services.workspace import open_workspace

    if not path.is_file():
        raise CliError(f"ไม่พบไฟล์ฐานข้อมูล {path}")
    return open_workspace(path)


def run_report(args: argparse.Namespace) -> int:
    from db.files import write_bytes_atomically

    database = _open_existing(args.db)
    try:
        pdf, xlsx_writer, what = REPORTS[args.form](database, args)
    finally:
        database.dispose()
    write_bytes_atomically(args.output, pdf)
    _print(f"บันทึก{what}ที่ {args.output}")
    if xlsx_writer is not None and args.xlsx:
        xlsx_writer(args.xlsx)
        _print(f"บันทึกสำเนา Excel ที่ {args.xlsx}")
    return EXIT_OK


def _plan_report(database, args: argparse.Namespace):
    from db.exchange.plan_xlsx import export_plan_xlsx
    from db.services.plan_table import build_plan_table
    from forms.plan_table import render_plan_table

    plan = _plan_for_year(database, args.year, args.office_name)
    table = build_plan_table(database, plan_uuid=plan.uuid, fiscal_year=args.year)
    thai = not args.arabic_digits
    pdf = render_plan_table(table, thai_digits=thai)
    return (
        pdf,
        lambda path: export_plan_xlsx(table, path, thai_digits=thai),
        f"ตารางแผนปี พ.ศ. {args.year + 543} ",
    )


def _multiyear_report(database, args: argparse.Namespace):
    from db.exchange.multiyear_xlsx import export_multiyear_xlsx
    from db.services.multiyear import build_multiyear_plan
    from forms.multiyear_plan import render_multiyear_plan

    plan = _only_plan(database, args.year, args.office_name)
    data = build_multiyear_plan(database, plan_uuid=plan.uuid)
    thai = not args.arabic_digits
    pdf = render_multiyear_plan(data, thai_digits=thai)
    return pdf, lambda path: export_multiyear_xlsx(data, path, thai_digits=thai), "แผนหลายปี "


def _project_report(database, args: argparse.Namespace):
    from db.services.items import resolve_item_uuid
    from db.services.project_document import build_project_document
    from forms.project_document import render_project_document

    try:
        item_uuid = resolve_item_uuid(database, args.item)
    except KeyError:
        raise CliError(
            f"ไม่พบรายการรหัส {args.item} (ใช้ UUID หรือส่วนต้นอย่างน้อย ๔ ตัวอักษรที่ไม่ซ้ำกับรายการอื่น)"
        ) from None
    data = build_project_document(database, item_uuid=item_uuid)
    return render_project_document(data, thai_digits=not args.arabic_digits), None, "รายละเอียดโครงการ "


def _with_plan(report):
    """A round report, given the plan that covers ``--year`` (of ``--office-name``)."""
    return lambda database, args: report(
        database, args, _plan_for_year(database, args.year, args.office_name)
    )


REPORTS = {
    "plan": _plan_report,
    "multiyear": _multiyear_report,
    "project": _project_report,
    **{name: _with_plan(report) for name, report in ROUND_REPORTS.items()},
}


def _only_plan(database, fiscal_year: int | None, office_name: str | None):
    from db.services.plans import list_plans

    if fiscal_year is not None:
        return _plan_for_year(database, fiscal_year, office_name)
    plans = [
        p
        for p in list_plans(database)
        if office_name is None or "".join(p.office_name.split()) == "".join(office_name.split())
    ]
    if len(plans) != 1:
        found = "ไม่พบแผน" if not plans else f"พบ {len(plans)} แผน"
        raise CliError(f"{found} กรุณาระบุ --year (และ --office-name เมื่อมีหลาย อปท.)")
    return plans[0]


def run_round_command(args: argparse.Namespace) -> int:
    command = ROUND_COMMANDS[(args.command, getattr(args, "action", None))]
    database = _open_existing(args.db)
    try:
        lines = command(database, args, _plan_for_year(database, args.year, args.office_name))
    finally:
        database.dispose()
    for line in lines:
        _print(line)
    return EXIT_OK


def run_gui(args: argparse.Namespace) -> int:
    from desktop.app import run_app

    return run_app(args.db or default_database_path(), demo_if_empty=args.demo_if_empty, language=args.lang)


COMMANDS = {
    None: run_gui,
    "demo": run_demo,
    "import-plan": run_import_plan,
    "export-plan-xlsx": run_export_plan_xlsx,
    "report": run_report,
    "worksheet": run_round_command,
    "import-progress": run_round_command,
}


def _use_utf8_output() -> None:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    _use_utf8_output()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except (CliError, UserFacingError) as exc:
        print(f"ผิดพลาด: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except ValidationFailed as exc:
        for error in exc.errors:
            print(f"ผิดพลาด: {error.message_th}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception:
        traceback.print_exc()
        print("เกิดข้อผิดพลาดภายในโปรแกรม (internal error) กรุณาแจ้งผู้ดูแลพร้อมข้อความด้านบน", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
