"""Make the screenshots in docs/screenshots/ from a fresh demo database (offscreen, bundled font).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from db.services.items import check_item_draft, list_items
    from desktop.app import open_or_create_demo
    from desktop.completeness_dialog import CompletenessDialog
    from desktop.editors.catalog_picker import CatalogPicker
    from desktop.editors.item_editor import ItemEditor
    from desktop.editors.office_wizard import OfficeWizard
    from desktop.fonts import load_ui_font
    from desktop.i18n import install_thai_qt_translation
    from desktop.main_window import MainWindow
    from desktop.qt_workarounds import keep_singletons_alive

    keep_singletons_alive()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setFont(load_ui_font())
    install_thai_qt_translation(app)
    OUT.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="sujarit-shots-"))
    database = open_or_create_demo(work / "demo.db")
    window = MainWindow(database, QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    window.resize(1366, 768)
    window.year_box.setCurrentIndex(window.year_box.findData(2024))
    window.show()
    window.tree.expandToDepth(1)
    window.table.selectRow(2)
    app.processEvents()
    window.grab().save(str(OUT / "main-window.png"))

    plan = window.plan
    item = list_items(database, plan.uuid)[22]
    editor = ItemEditor(
        framework=window.framework,
        fiscal_years=plan.fiscal_years,
        units=window.office.units,
        draft=item,
        validate=lambda d: check_item_draft(database, plan_uuid=plan.uuid, draft=d),
    )
    editor.resize(1000, 760)
    editor.show()
    app.processEvents()
    editor.grab().save(str(OUT / "item-editor.png"))

    in_plan = {i.catalog_seq for i in list_items(database, plan.uuid) if i.catalog_seq}
    picker = CatalogPicker(
        framework=window.framework,
        office=window.office,
        plan_years=plan.fiscal_years,
        already_in_plan=in_plan,
    )
    picker.resize(1100, 700)
    picker.show()
    picker.view.search.setText("ร้องเรียน")
    app.processEvents()
    picker.grab().save(str(OUT / "catalog-picker.png"))

    wizard = OfficeWizard()
    wizard.resize(760, 560)
    wizard.show()
    wizard.next()
    app.processEvents()
    wizard.grab().save(str(OUT / "first-start.png"))

    from db.services.completeness import check_plan

    dialog = CompletenessDialog(check_plan(database, plan_uuid=plan.uuid, fiscal_year=2024))
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(OUT / "completeness.png"))

    task = window.printing.preview(window.printing._plan_table, show=False)
    while window.printing.last_preview is None:
        app.processEvents()
    del task
    preview = window.printing.last_preview
    preview.resize(1100, 780)
    preview.show()
    for _ in range(20):
        app.processEvents()
    preview.grab().save(str(OUT / "print-preview.png"))
    preview.close()

    _reporting_shots(app, window, database)
    database.dispose()
    print(f"screenshots written to {OUT}")
    return 0


def _reporting_shots(app, window, database) -> None:  # type: ignore[no-untyped-def]
    """The รายงานผล tab, one item's progress editor, and the round report in the preview."""
    from db.services.items import get_item
    from db.services.rounds import check_progress_draft, get_progress
    from desktop.rounds.evidence_box import ServiceEvidenceStore
    from desktop.rounds.progress_editor import ProgressEditor

    window.reporting.show()
    window.resize(1366, 768)
    app.processEvents()
    window.grab().save(str(OUT / "round-view.png"))

    found = window.current_round()
    row = next(
        r
        for r in window.reporting.view.model.rows()
        if r.progress.reported and r.progress.amount_disbursed and r.indicators_text
    )
    progress = get_progress(database, round_uuid=found.uuid, item_uuid=row.item_uuid)
    editor = ProgressEditor(
        item=get_item(database, row.item_uuid),
        label=row.number,
        progress=progress,
        round_title=window.reporting.view.round_title(),
        validate=lambda d: check_progress_draft(
            database, round_uuid=found.uuid, item_uuid=row.item_uuid, draft=d
        ),
        evidence=ServiceEvidenceStore(database, found.uuid, row.item_uuid),
    )
    editor.show()
    app.processEvents()
    editor.grab().save(str(OUT / "progress-editor.png"))
    editor.close()

    window.printing.last_preview = None
    task = window.printing.preview(window.printing._progress, show=False)
    while window.printing.last_preview is None:
        app.processEvents()
    del task
    preview = window.printing.last_preview
    preview.resize(1100, 780)
    preview.show()
    _settle(app)
    preview.view.pageNavigator().jump(2, preview.view.pageNavigator().currentLocation())  # the form's page
    _settle(app)
    preview.grab().save(str(OUT / "round-report-preview.png"))


def _settle(app) -> None:  # type: ignore[no-untyped-def]
    """Let the PDF view render its pages (it does so in the background)."""
    import time

    for _ in range(40):
        app.processEvents()
        time.sleep(0.05)


if __name__ == "__main__":
    sys.exit(main())
