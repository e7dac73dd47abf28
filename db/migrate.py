"""Open a database file safely: sanity check, back up, migrate to the current schema."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from db.backup import backup_file
from db.errors import StorageUnavailable
from db.paths import backup_dir_for
from db.session import Database

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger("db")

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
#: The newest revision in db/migrations/versions. Opening an up-to-date file compares with this
#: constant, so Alembic (about 70 ms of imports) is loaded only when a file must migrate; a test
#: keeps it equal to Alembic's own head.
SCHEMA_HEAD = "5b7c1d2e9a40"


class CorruptDatabase(StorageUnavailable):
    pass


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The head according to Alembic's scripts (the slow, authoritative way; see ``SCHEMA_HEAD``)."""
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have exactly one head, found {heads}")
    return heads[0]


def sanity_check(path: Path) -> None:
    """Refuse a file that is not a healthy SQLite database, before anything writes to it."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = connection.execute("PRAGMA quick_check").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabase(f"ไฟล์ {path.name} ไม่ใช่ฐานข้อมูลของโปรแกรมสุจริตหรือไฟล์เสียหาย ({exc})") from exc
    if result is None or result[0] != "ok":
        raise CorruptDatabase(f"ไฟล์ฐานข้อมูล {path.name} เสียหาย กรุณากู้คืนจากไฟล์สำรอง")


def current_revision(database: Database) -> str | None:
    """The revision recorded in the file (None for a new file), read without Alembic."""
    with database.engine.connect() as connection:
        exists = connection.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).scalar()
        if not exists:
            return None
        return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def _has_tables(path: Path) -> bool:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0] > 0
    finally:
        connection.close()


def upgrade(database: Database, revision: str = "head") -> None:
    """Run the migrations on the database's own connection, foreign keys off while tables are rebuilt."""
    from alembic import command

    config = alembic_config()
    with database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        connection.commit()
        problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")
    if problems:
        raise CorruptDatabase(f"การปรับโครงสร้างฐานข้อมูลทำให้ข้อมูลอ้างอิงไม่ครบ ({len(problems)} แถว)")


def open_database(path: Path) -> Database:
    """Open (or create) ``path`` at the current schema, backing it up first if it must migrate."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    existing = path.exists() and path.stat().st_size > 0
    if existing:
        sanity_check(path)
    database = Database(path)
    try:
        if current_revision(database) != SCHEMA_HEAD:
            if existing and _has_tables(path):
                saved = backup_file(path, backup_dir_for(path), reason="before-migration")
                log.info("backed up %s to %s before migrating", path, saved)
            upgrade(database)
    except BaseException:
        database.dispose()
        raise
    return database
