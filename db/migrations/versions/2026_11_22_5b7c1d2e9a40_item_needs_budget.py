"""plan items say whether they need a budget (ไม่ใช้งบประมาณ)

Revision ID: 5b7c1d2e9a40
Revises: 3e91c78d7e18
Create Date: 2026-11-22 03:50:00

Before this revision "ไม่ใช้งบประมาณ" could only be written in the remarks; such remarks become
``needs_budget = false`` and are cleared.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "5b7c1d2e9a40"
down_revision = "3e91c78d7e18"
branch_labels = None
depends_on = None

NO_BUDGET_REMARKS = ("ไม่ใช้งบประมาณ", "ไม่ใช้งบประมาณดำเนินการ")


def upgrade() -> None:
    with op.batch_alter_table("plan_items", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "needs_budget",
                sa.Boolean(),
                server_default=sa.true(),
                nullable=False,
                comment="False = ไม่ใช้งบประมาณ (no budget is needed)",
            )
        )
    items = sa.table("plan_items", sa.column("remarks", sa.Text), sa.column("needs_budget", sa.Boolean))
    op.execute(
        items.update()
        .where(sa.func.trim(items.c.remarks).in_(NO_BUDGET_REMARKS))
        .values(needs_budget=False, remarks="")
    )


def downgrade() -> None:
    items = sa.table("plan_items", sa.column("remarks", sa.Text), sa.column("needs_budget", sa.Boolean))
    no_budget = sa.and_(items.c.needs_budget.is_(False), items.c.remarks == "")
    op.execute(items.update().where(no_budget).values(remarks=NO_BUDGET_REMARKS[0]))
    with op.batch_alter_table("plan_items", schema=None) as batch_op:
        batch_op.drop_column("needs_budget")
