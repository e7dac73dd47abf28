"""Helpers shared by the xlsx exchange tests."""

from __future__ import annotations

import sqlite3

from db.session import Database


def dump_database(database: Database) -> list[str]:
    """Every table's content as SQL text, read through a separate connection (committed data only)."""
    connection = sqlite3.connect(database.path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()
