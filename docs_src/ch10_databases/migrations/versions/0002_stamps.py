"""Stamps on the loyalty card, each for one customer."""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    op.create_table(
        "stamps",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id"), nullable=False),
        sa.Column("reason", sa.String(100), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("stamps")
