"""Saving the ITA measures report as one undoable step."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from db.services.ita import ItaReportDraft, delete_ita_report, save_ita_report
from desktop.commands import ServiceCommand


class SaveItaReportCommand(ServiceCommand):
    """Replace the office's report of the year; undo puts the earlier one back (or none)."""

    def __init__(
        self,
        database: Any,
        office_uuid: str,
        fiscal_year: int,
        before: ItaReportDraft | None,
        after: ItaReportDraft,
        reload: Callable[[], None] = lambda: None,
    ) -> None:
        text = QCoreApplication.translate("Commands", "บันทึกรายงานมาตรการ ITA ปี {year}")
        super().__init__(text.format(year=fiscal_year + 543))
        self._database, self._office, self._year = database, office_uuid, fiscal_year
        self._before, self._after, self._reload = before, after, reload

    def apply(self) -> None:
        save_ita_report(self._database, office_uuid=self._office, fiscal_year=self._year, draft=self._after)
        self._reload()

    def revert(self) -> None:
        if self._before is None:
            delete_ita_report(self._database, office_uuid=self._office, fiscal_year=self._year)
        else:
            save_ita_report(
                self._database, office_uuid=self._office, fiscal_year=self._year, draft=self._before
            )
        self._reload()
