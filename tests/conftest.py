"""Shared fixtures: real database files in temporary folders, Qt offscreen."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from db.services.workspace import open_workspace
from db.session import Database
from desktop.qt_workarounds import keep_singletons_alive

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any test module imports Qt
keep_singletons_alive()  # the Qt tests make hundreds of thousands of Qt calls (see desktop/qt_workarounds.py)


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_workspace(tmp_path / "sujarit.db")
    yield db
    db.dispose()


def dump_database(path: Path) -> list[str]:
    """Every row of every table as SQL text: equal dumps mean equal content."""
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()
