"""Alembic environment: runs on the app's own connection, in batch mode for SQLite."""

from __future__ import annotations

from alembic import context

import db.models  # noqa: F401 - registers every table
from db.base import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        from pathlib import Path

        from db.session import make_engine

        engine = make_engine(Path(config.get_main_option("sqlalchemy.path") or "sujarit.db"))
        with engine.connect() as conn:
            _run(conn)
        engine.dispose()
    else:
        _run(connection)


def _run(connection) -> None:
    # Batch mode rebuilds tables; db/migrate.py turns foreign keys off around the upgrade.
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        transaction_per_migration=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("offline migrations are not supported")
run_migrations_online()
