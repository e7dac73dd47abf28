"""The one module that owns the SQLAlchemy engine of a Sujarit database file."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from db.errors import StorageUnavailable

log = logging.getLogger("db")

_KNOWN_SQLITE_PROBLEMS = {
    "database is locked": "ไฟล์ฐานข้อมูลถูกใช้งานอยู่โดยโปรแกรมอื่น กรุณาปิดโปรแกรมนั้นแล้วลองอีกครั้ง",
    "readonly": "ไม่สามารถบันทึกได้ เพราะไฟล์ฐานข้อมูลหรือโฟลเดอร์เป็นแบบอ่านอย่างเดียว",
    "disk is full": "พื้นที่ดิสก์เต็ม กรุณาลบไฟล์ที่ไม่ใช้แล้วลองบันทึกอีกครั้ง",
    "disk i/o error": "อ่านหรือเขียนไฟล์ฐานข้อมูลไม่ได้ (อุปกรณ์อาจถูกถอดออก) กรุณาตรวจสอบแล้วลองอีกครั้ง",
    "malformed": "ไฟล์ฐานข้อมูลเสียหาย กรุณากู้คืนจากไฟล์สำรอง",
    "not a database": "ไฟล์นี้ไม่ใช่ฐานข้อมูลของโปรแกรมสุจริต หรือไฟล์เสียหาย",
    "unable to open database": "เปิดไฟล์ฐานข้อมูลไม่ได้ กรุณาตรวจสอบว่าไฟล์และโฟลเดอร์ยังอยู่และเข้าถึงได้",
}


def storage_problem(exc: BaseException) -> StorageUnavailable | None:
    """Translate an environment failure of SQLite into a Thai message; None for real bugs."""
    text = str(exc).lower()
    for needle, message in _KNOWN_SQLITE_PROBLEMS.items():
        if needle in text:
            return StorageUnavailable(message)
    return None


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
    finally:
        cursor.close()


def make_engine(path: Path) -> Engine:
    """An engine on ``path`` with WAL, FULL sync and enforced foreign keys on every connection."""
    engine = create_engine(f"sqlite+pysqlite:///{path}")
    event.listen(engine, "connect", _set_pragmas)
    return engine


class Database:
    """An open database file: its path, engine and session factory."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.engine = make_engine(self.path)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: commit on success, roll back on any error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except OperationalError as exc:
            session.rollback()
            problem = storage_problem(exc)
            if problem is not None:
                log.warning("storage problem on %s: %s", self.path, exc)
                raise problem from exc
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()
