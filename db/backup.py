"""Consistent copies of a live database through SQLite's online backup API."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path


def backup_file(source: Path, destination_dir: Path, *, reason: str, now: datetime | None = None) -> Path:
    """Copy ``source`` into ``destination_dir`` as ``<stem>-<time>-<reason>.db`` and return its path.

    The backup API gives a consistent snapshot even while the WAL holds uncommitted pages,
    which a plain file copy does not.
    """
    destination_dir.mkdir(parents=True, exist_ok=True)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = destination_dir / f"{source.stem}-{stamp}-{reason}.db"
    counter = 1
    while target.exists():
        counter += 1
        target = destination_dir / f"{source.stem}-{stamp}-{reason}-{counter}.db"
    partial = target.with_suffix(".db.partial")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    partial.replace(target)
    return target
