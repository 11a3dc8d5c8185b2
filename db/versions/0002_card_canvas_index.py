"""index cards by canvas and tombstone, for loading one board fast

Revision ID: 0002_card_canvas_index
Revises: 0001_initial
"""

from __future__ import annotations

from alembic import op

revision = "0002_card_canvas_index"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_cards_canvas_live", "cards", ["canvas_id", "deleted"])
    op.create_index("ix_votes_round_live", "votes", ["round_id", "deleted"])


def downgrade() -> None:
    op.drop_index("ix_votes_round_live", table_name="votes")
    op.drop_index("ix_cards_canvas_live", table_name="cards")
