"""Migrations: one head, upgrade from empty, the models match, and opening a file is safe."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from db.base import Base
from db.migrate import (
    SCHEMA_HEAD,
    CorruptDatabase,
    alembic_config,
    current_revision,
    head_revision,
    open_database,
    upgrade,
)
from db.session import Database
from tests.conftest import dump_database


def test_migrations_have_a_single_head() -> None:
    assert len(ScriptDirectory.from_config(alembic_config()).get_heads()) == 1


def test_the_schema_head_constant_is_alembics_head() -> None:
    assert head_revision() == SCHEMA_HEAD


def test_opening_an_up_to_date_file_does_not_import_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    open_database(tmp_path / "ready.db").dispose()
    code = (
        "import sys; from pathlib import Path; from db.migrate import open_database; "
        f"open_database(Path({str(tmp_path / 'ready.db')!r})).dispose(); "
        "print('alembic' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_upgrade_from_empty_reaches_head_and_matches_the_models(tmp_path: Path) -> None:
    database = Database(tmp_path / "empty.db")
    try:
        upgrade(database)
        assert current_revision(database) == head_revision()
        with database.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        database.dispose()


def test_every_constraint_has_a_name(tmp_path: Path) -> None:
    database = open_database(tmp_path / "names.db")
    database.dispose()
    connection = sqlite3.connect(tmp_path / "names.db")
    try:
        ddl = "\n".join(
            row[0] for row in connection.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL")
        )
    finally:
        connection.close()
    for keyword in ("CHECK", "FOREIGN KEY", "UNIQUE"):
        for line in ddl.splitlines():
            if line.strip().startswith(keyword):
                pytest.fail(f"unnamed constraint: {line.strip()}")


def test_opening_a_new_file_makes_no_backup(tmp_path: Path) -> None:
    open_database(tmp_path / "new.db").dispose()
    assert not (tmp_path / "backups").exists()


def test_an_older_file_is_backed_up_before_it_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (text TEXT)")
    connection.execute("INSERT INTO notes VALUES ('ข้อมูลเดิม')")
    connection.commit()
    connection.close()

    open_database(path).dispose()

    backups = list((tmp_path / "backups").glob("old-*-before-migration.db"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    try:
        assert copy.execute("SELECT text FROM notes").fetchall() == [("ข้อมูลเดิม",)]
        assert copy.execute("SELECT count(*) FROM sqlite_master WHERE name = 'plans'").fetchone()[0] == 0
    finally:
        copy.close()


def test_opening_twice_is_a_no_op(tmp_path: Path) -> None:
    path = tmp_path / "twice.db"
    open_database(path).dispose()
    before = dump_database(path)
    open_database(path).dispose()
    assert dump_database(path) == before
    assert not (tmp_path / "backups").exists()


@pytest.mark.parametrize(
    "content", [b"this is not a database at all" * 200, b"SQLite format 3\x00" + b"\xff" * 5000]
)
def test_a_corrupt_file_is_refused_and_left_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "broken.db"
    path.write_bytes(content)
    with pytest.raises(CorruptDatabase) as raised:
        open_database(path)
    assert "broken.db" in raised.value.message_th
    assert path.read_bytes() == content


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema_*.db")), ids=lambda p: p.stem)
def test_every_released_schema_upgrades_with_its_data(tmp_path: Path, fixture: Path) -> None:
    path = tmp_path / fixture.name
    path.write_bytes(fixture.read_bytes())
    before = sqlite3.connect(path)
    counts = {
        t: before.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("offices", "plans", "plan_items")
    }
    before.close()

    database = open_database(path)
    try:
        assert current_revision(database) == head_revision()
        with database.engine.connect() as connection:
            for table, count in counts.items():
                assert connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() == count
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    finally:
        database.dispose()
    assert len(list((tmp_path / "backups").glob("*-before-migration.db"))) == 1


def test_no_budget_remarks_become_the_needs_budget_flag(tmp_path: Path) -> None:
    path = tmp_path / "v1.db"
    path.write_bytes((FIXTURES / "schema_3e91c78d7e18.db").read_bytes())
    connection = sqlite3.connect(path)
    flagged = connection.execute("SELECT uuid FROM plan_items WHERE remarks = 'ไม่ใช้งบประมาณ'").fetchall()
    connection.close()
    assert len(flagged) == 12  # the NACC examples that say ไม่ใช้งบประมาณ

    open_database(path).dispose()
    connection = sqlite3.connect(path)
    try:
        rows = dict(connection.execute("SELECT uuid, needs_budget FROM plan_items").fetchall())
        assert {uuid for (uuid,) in flagged} == {uuid for uuid, needs in rows.items() if not needs}
        assert connection.execute(
            "SELECT count(*) FROM plan_items WHERE remarks LIKE 'ไม่ใช้งบ%'"
        ).fetchone() == (0,)
    finally:
        connection.close()
