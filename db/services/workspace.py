"""Opening a Sujarit database file ready for use."""

from __future__ import annotations

from pathlib import Path

from db.migrate import open_database
from db.services.frameworks import sync_frameworks
from db.session import Database


def open_workspace(path: Path) -> Database:
    """Check, back up, migrate, then make sure the bundled framework versions are loaded."""
    database = open_database(path)
    try:
        sync_frameworks(database)
    except BaseException:
        database.dispose()
        raise
    return database
