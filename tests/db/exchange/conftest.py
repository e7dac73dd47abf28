"""Fixtures for the xlsx exchange tests: real SQLite workspaces in tmp_path and seed-003 workbooks."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from db.services.workspace import open_workspace
from db.session import Database
from tests.db.exchange.xlsx_helpers import dump_database
from tests.fixtures.plan003 import build_plan003_xlsx


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Database]:
    database = open_workspace(tmp_path / "sujarit.sqlite")
    yield database
    database.dispose()


@pytest.fixture
def other_workspace(tmp_path: Path) -> Iterator[Database]:
    database = open_workspace(tmp_path / "other.sqlite")
    yield database
    database.dispose()


@pytest.fixture
def dump() -> Callable[[Database], list[str]]:
    return dump_database


@pytest.fixture
def plan003_xlsx(tmp_path: Path) -> Path:
    path = tmp_path / "plan003.xlsx"
    build_plan003_xlsx(path)
    return path
