"""Where things live: bundled resources (source tree or frozen build) and the user's data."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "Sujarit"


def resource_dir() -> Path:
    """The ``resources/`` folder, in the source tree or inside a PyInstaller bundle."""
    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:
        return Path(frozen_base) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


def data_dir() -> Path:
    """The per-user folder for the database, backups and evidence files."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def default_database_path() -> Path:
    return data_dir() / "sujarit.db"


def backup_dir_for(database: Path) -> Path:
    """Backups sit beside the database they protect, in a ``backups`` folder."""
    return database.parent / "backups"
