"""The licence register: every licence the bureau issued, one row per version; a case says
what it asks for (新办, 变更, 延续, 注销, 撤销) and names the licence it acts on. Licences
issued before are registered from their documents (version 1, valid from the decision).

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-07 15:00:00
"""

from collections.abc import Sequence
from datetime import date, timedelta

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STATUSES = ("valid", "changed", "renewed", "cancelled", "revoked", "expired")
KINDS = ("new", "change", "renewal", "cancellation", "revocation")
JSON = sa.JSON(none_as_null=True).with_variant(JSONB(none_as_null=True), "postgresql")


def _enum(values: tuple[str, ...], name: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=24)


def _valid_until(decided: date, years: int | None) -> date | None:
    """domain/item_kinds.py's valid_until, frozen here."""
    if years is None:
        return None
    try:
        anniversary = decided.replace(year=decided.year + years)
    except ValueError:
        anniversary = date(decided.year + years, 3, 1)
    return anniversary - timedelta(days=1)


def upgrade() -> None:
    op.create_table(
        "licences",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("licence_no", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("document_number", sa.String(length=64), nullable=True),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("holder_id", sa.Integer(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("conditions", JSON, nullable=True),
        sa.Column("scope", sa.Text(), nullable=True),
        sa.Column("status", _enum(STATUSES, "licencestatus"), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("ended_by_case_id", sa.Integer(), nullable=True),
        sa.Column("ended_by_document_id", sa.Integer(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("version >= 1", name=op.f("ck_licences_licence_version")),
        sa.CheckConstraint(
            "(document_id IS NULL) = (case_id IS NULL)",
            name=op.f("ck_licences_licence_document_case"),
        ),
        sa.CheckConstraint(
            "valid_to IS NULL OR valid_to >= valid_from", name=op.f("ck_licences_licence_validity")
        ),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_licences_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["issued_documents.id"],
            name=op.f("fk_licences_document_id_issued_documents"),
        ),
        sa.ForeignKeyConstraint(
            ["ended_by_case_id"], ["cases.id"], name=op.f("fk_licences_ended_by_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["ended_by_document_id"],
            ["issued_documents.id"],
            name=op.f("fk_licences_ended_by_document_id_issued_documents"),
        ),
        sa.ForeignKeyConstraint(
            ["holder_id"], ["applicants.id"], name=op.f("fk_licences_holder_id_applicants")
        ),
        sa.ForeignKeyConstraint(["item_id"], ["items.id"], name=op.f("fk_licences_item_id_items")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_licences")),
        sa.UniqueConstraint("document_id", name=op.f("uq_licences_document_id")),
        sa.UniqueConstraint("document_number", name=op.f("uq_licences_document_number")),
        sa.UniqueConstraint("licence_no", "version", name=op.f("uq_licences_licence_no_version")),
    )
    op.create_index("ix_licences_expiry", "licences", ["status", "valid_to"])
    op.create_index(op.f("ix_licences_licence_no"), "licences", ["licence_no"])
    op.create_index(op.f("ix_licences_case_id"), "licences", ["case_id"])
    op.create_index(op.f("ix_licences_item_id"), "licences", ["item_id"])
    op.create_index(op.f("ix_licences_holder_id"), "licences", ["holder_id"])
    _add_case_columns()
    _register_issued_licences()


KIND_CHECK = "kind IN (" + ", ".join(f"'{k}'" for k in KINDS) + ")"
NAMES_LICENCE = "(kind = 'new') = (licence_id IS NULL)"


def _add_case_columns() -> None:
    """The case's kind and licence. SQLite adds them in place (rebuilding `cases` would
    trip the triggers that name it), constraints written inline."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "ALTER TABLE cases ADD COLUMN kind VARCHAR(24) DEFAULT 'new' NOT NULL "
            f"CONSTRAINT ck_cases_casekind CHECK ({KIND_CHECK})"
        )
        op.execute(
            "ALTER TABLE cases ADD COLUMN licence_id INTEGER "
            "CONSTRAINT fk_cases_licence_id_licences REFERENCES licences (id) "
            f"CONSTRAINT ck_cases_kind_names_licence CHECK ({NAMES_LICENCE})"
        )
    else:
        op.add_column(
            "cases",
            sa.Column("kind", _enum(KINDS, "casekind"), server_default="new", nullable=False),
        )
        op.add_column("cases", sa.Column("licence_id", sa.Integer(), nullable=True))
        op.create_foreign_key(
            "fk_cases_licence_id_licences", "cases", "licences", ["licence_id"], ["id"]
        )
        op.create_check_constraint("ck_cases_kind_names_licence", "cases", NAMES_LICENCE)
    op.create_index("ix_cases_licence_id", "cases", ["licence_id"])


def _register_issued_licences() -> None:
    """Licences issued before the register: each becomes version 1 of itself."""
    bind = op.get_bind()
    rows = bind.execute(
        sa.text(
            "SELECT d.id, d.number, d.case_id, c.item_id, c.applicant_id, c.decided_on, "
            "i.validity_years FROM issued_documents d JOIN cases c ON c.id = d.case_id "
            "JOIN items i ON i.id = c.item_id "
            "WHERE d.doc_type = 'licence' AND NOT d.void AND c.decided_on IS NOT NULL "
            "ORDER BY d.id"
        )
    ).all()
    table = sa.table(
        "licences",
        *(
            sa.column(name)
            for name in [
                "licence_no",
                "version",
                "document_id",
                "document_number",
                "case_id",
                "item_id",
                "holder_id",
                "valid_from",
                "valid_to",
                "status",
                "recorded_at",
            ]
        ),
    )
    now = bind.execute(sa.select(sa.func.current_timestamp())).scalar_one()
    values = []
    for doc_id, number, case_id, item_id, holder_id, decided, years in rows:
        decided = decided if isinstance(decided, date) else date.fromisoformat(str(decided))
        values.append(
            {
                "licence_no": number,
                "version": 1,
                "document_id": doc_id,
                "document_number": number,
                "case_id": case_id,
                "item_id": item_id,
                "holder_id": holder_id,
                "valid_from": decided,
                "valid_to": _valid_until(decided, years),
                "status": "valid",
                "recorded_at": now,
            }
        )
    if values:
        op.bulk_insert(table, values)


def downgrade() -> None:
    op.drop_index("ix_cases_licence_id", "cases")
    if op.get_bind().dialect.name == "sqlite":
        # SQLite drops a column only without constraints: the two go by a rebuild.
        with op.batch_alter_table("cases", recreate="always") as batch_op:
            batch_op.drop_column("licence_id")
            batch_op.drop_column("kind")
    else:
        # The register's trigger on the two columns (data/security/licence_sql.py).
        op.execute("DROP TRIGGER IF EXISTS desk_guard_case_licence ON cases")
        op.drop_constraint("ck_cases_kind_names_licence", "cases", type_="check")
        op.drop_constraint("fk_cases_licence_id_licences", "cases", type_="foreignkey")
        op.drop_column("cases", "licence_id")
        op.drop_column("cases", "kind")
    op.drop_table("licences")
