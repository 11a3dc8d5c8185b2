"""erasure records recognise the erased names in records that arrive later (salted digests, no names)

Revision ID: 0003_erasure_name_digests
Revises: 0002_card_canvas_index
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_erasure_name_digests"
down_revision = "0002_card_canvas_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("erasure_records") as batch:
        batch.add_column(sa.Column("digest_salt", sa.String(32), nullable=False, server_default=""))
        batch.add_column(sa.Column("name_digests", sa.JSON(), nullable=False, server_default="[]"))


def downgrade() -> None:
    with op.batch_alter_table("erasure_records") as batch:
        batch.drop_column("name_digests")
        batch.drop_column("digest_salt")
