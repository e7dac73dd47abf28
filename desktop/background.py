"""Long work (printing, import, export) runs on one worker thread while the window stays responsive.

One worker serialises database access from the background; the result comes back to the GUI thread
through a queued signal, and a busy dialog shows meanwhile.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger("desktop")
_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sujarit-work")


class Task(QObject):
    """One piece of background work; ``finished`` carries the result or the exception (on the GUI thread)."""

    finished = Signal(object, object)  # result, exception

    def __init__(self, work: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._future: Future[Any] = _executor.submit(work)
        self._future.add_done_callback(self._done)

    def _done(self, future: Future[Any]) -> None:
        error = future.exception()
        if error is not None:
            log.warning("background work failed: %s", error)
        self.finished.emit(None if error else future.result(), error)


def run_with_progress(
    parent: QWidget,
    label: str,
    work: Callable[[], Any],
    on_done: Callable[[Any, BaseException | None], None],
) -> Task:
    """Run ``work`` in the background behind a busy dialog, then call ``on_done(result, error)``."""
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    task = Task(work, parent)

    def finish(result: Any, error: BaseException | None) -> None:
        dialog.reset()
        dialog.deleteLater()
        on_done(result, error)

    task.finished.connect(finish, Qt.ConnectionType.QueuedConnection)
    return task
