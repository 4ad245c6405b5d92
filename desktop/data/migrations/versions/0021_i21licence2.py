"""A catalogue item says which kind of case it takes (新办, 变更, 延续, 注销) and, for a
variant item, the 新办 item whose licences it acts on; existing variants are found by the
catalogue's convention (code "BASE-NN", name ending "（变更）" and the like).

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-07 16:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KINDS = ("new", "change", "renewal", "cancellation", "revocation")
STATUSES = ("valid", "changed", "renewed", "cancelled", "revoked", "expired")
STATUS_CHECK = "status IN ({})"
SUFFIXES = {"变更": "change", "延续": "renewal", "注销": "cancellation", "补证": "new"}


KIND_CHECK = "case_kind IN (" + ", ".join(f"'{k}'" for k in KINDS) + ")"


def upgrade() -> None:
    # SQLite adds the columns in place (rebuilding `items` would trip the triggers naming it).
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "ALTER TABLE items ADD COLUMN case_kind VARCHAR(24) DEFAULT 'new' NOT NULL "
            f"CONSTRAINT ck_items_casekind CHECK ({KIND_CHECK})"
        )
        op.execute(
            "ALTER TABLE items ADD COLUMN base_item_id INTEGER "
            "CONSTRAINT fk_items_base_item_id_items REFERENCES items (id)"
        )
    else:
        op.add_column(
            "items",
            sa.Column(
                "case_kind",
                sa.Enum(
                    *KINDS, name="casekind", native_enum=False, create_constraint=True, length=24
                ),
                server_default="new",
                nullable=False,
            ),
        )
        op.add_column("items", sa.Column("base_item_id", sa.Integer(), nullable=True))
        op.create_foreign_key(
            "fk_items_base_item_id_items", "items", "items", ["base_item_id"], ["id"]
        )
    bind = op.get_bind()
    items = bind.execute(sa.text("SELECT id, code, name FROM items")).all()
    by_code = {code: item_id for item_id, code, _ in items}
    for item_id, code, name in items:
        stem = code.rsplit("-", 1)[0] if "-" in code else None
        for suffix, kind in SUFFIXES.items():
            if name.endswith(f"（{suffix}）") and stem in by_code:
                bind.execute(
                    sa.text(
                        "UPDATE items SET case_kind = :kind, base_item_id = :base WHERE id = :id"
                    ),
                    {"kind": kind, "base": by_code[stem], "id": item_id},
                )

    _licence_statuses((*STATUSES, "void"))


def _licence_statuses(statuses: tuple[str, ...]) -> None:
    """A voided licence document's version reads 已作废 (status 'void')."""
    check = STATUS_CHECK.format(", ".join(f"'{s}'" for s in statuses))
    with op.batch_alter_table("licences", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_licences_licencestatus"), type_="check")
    with op.batch_alter_table("licences", schema=None) as batch_op:
        batch_op.create_check_constraint(batch_op.f("ck_licences_licencestatus"), check)


def downgrade() -> None:
    _licence_statuses(STATUSES)
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE items DROP COLUMN base_item_id")
        op.execute("ALTER TABLE items DROP COLUMN case_kind")
        return
    op.drop_constraint("fk_items_base_item_id_items", "items", type_="foreignkey")
    op.drop_column("items", "base_item_id")
    op.drop_column("items", "case_kind")
