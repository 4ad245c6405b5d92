"""Supervision: urges, result notices, ticket history, ratings and their follow-ups.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27 04:09:54.365514
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "result_notices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=64), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("period_from", sa.Date(), nullable=False),
        sa.Column("period_to", sa.Date(), nullable=False),
        sa.Column("case_count", sa.Integer(), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_by_id", sa.Integer(), nullable=True),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("received_by", sa.String(length=64), nullable=True),
        sa.Column("receipt_recorded_by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "period_to >= period_from", name=op.f("ck_result_notices_period_ordered")
        ),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["departments.id"],
            name=op.f("fk_result_notices_department_id_departments"),
        ),
        sa.ForeignKeyConstraint(
            ["receipt_recorded_by_id"],
            ["staff_users.id"],
            name=op.f("fk_result_notices_receipt_recorded_by_id_staff_users"),
        ),
        sa.ForeignKeyConstraint(
            ["sent_by_id"],
            ["staff_users.id"],
            name=op.f("fk_result_notices_sent_by_id_staff_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_result_notices")),
        sa.UniqueConstraint("number", name=op.f("uq_result_notices_number")),
    )
    with op.batch_alter_table("result_notices", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_result_notices_department_id"), ["department_id"], unique=False
        )

    op.create_table(
        "case_urges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("urged_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("urged_by_id", sa.Integer(), nullable=True),
        sa.Column("handler_id", sa.Integer(), nullable=True),
        sa.Column(
            "level",
            sa.Enum(
                "yellow",
                "red",
                name="urgelevel",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("acknowledged_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_urges_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["handler_id"], ["staff_users.id"], name=op.f("fk_case_urges_handler_id_staff_users")
        ),
        sa.ForeignKeyConstraint(
            ["urged_by_id"], ["staff_users.id"], name=op.f("fk_case_urges_urged_by_id_staff_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_urges")),
    )
    with op.batch_alter_table("case_urges", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_urges_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_urges_handler_id"), ["handler_id"], unique=False)

    op.create_table(
        "ratings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.SmallInteger(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("rated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("level BETWEEN 1 AND 5", name=op.f("ck_ratings_level_range")),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_ratings_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["staff_users.id"],
            name=op.f("fk_ratings_recorded_by_id_staff_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ratings")),
        sa.UniqueConstraint("case_id", name=op.f("uq_ratings_case_id")),
    )
    with op.batch_alter_table("ratings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ratings_rated_at"), ["rated_at"], unique=False)

    op.create_table(
        "result_notice_cases",
        sa.Column("notice_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_result_notice_cases_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["notice_id"],
            ["result_notices.id"],
            name=op.f("fk_result_notice_cases_notice_id_result_notices"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("notice_id", "case_id", name=op.f("pk_result_notice_cases")),
        sa.UniqueConstraint("case_id", name=op.f("uq_result_notice_cases_case_id")),
    )
    op.create_table(
        "rating_follow_ups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rating_id", sa.Integer(), nullable=False),
        sa.Column("assignee_id", sa.Integer(), nullable=True),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "fixed",
                "closed",
                name="followupstatus",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("fix_note", sa.Text(), nullable=True),
        sa.Column("fixed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("fixed_by_id", sa.Integer(), nullable=True),
        sa.Column("answer", sa.Text(), nullable=True),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("answered_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["answered_by_id"],
            ["staff_users.id"],
            name=op.f("fk_rating_follow_ups_answered_by_id_staff_users"),
        ),
        sa.ForeignKeyConstraint(
            ["assignee_id"],
            ["staff_users.id"],
            name=op.f("fk_rating_follow_ups_assignee_id_staff_users"),
        ),
        sa.ForeignKeyConstraint(
            ["fixed_by_id"],
            ["staff_users.id"],
            name=op.f("fk_rating_follow_ups_fixed_by_id_staff_users"),
        ),
        sa.ForeignKeyConstraint(
            ["rating_id"],
            ["ratings.id"],
            name=op.f("fk_rating_follow_ups_rating_id_ratings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rating_follow_ups")),
        sa.UniqueConstraint("rating_id", name=op.f("uq_rating_follow_ups_rating_id")),
    )
    with op.batch_alter_table("rating_follow_ups", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_rating_follow_ups_assignee_id"), ["assignee_id"], unique=False
        )

    op.create_table(
        "ticket_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column(
            "step",
            sa.Enum(
                "open",
                "reply",
                "escalate",
                "close",
                name="ticketstep",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["staff_users.id"], name=op.f("fk_ticket_events_actor_id_staff_users")
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"],
            ["tickets.id"],
            name=op.f("fk_ticket_events_ticket_id_tickets"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ticket_events")),
    )
    with op.batch_alter_table("ticket_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ticket_events_ticket_id"), ["ticket_id"], unique=False)

    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.add_column(sa.Column("escalated_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("escalated_to_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_tickets_escalated_to_id_staff_users"),
            "staff_users",
            ["escalated_to_id"],
            ["id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_tickets_escalated_to_id_staff_users"), type_="foreignkey"
        )
        batch_op.drop_column("closed_at")
        batch_op.drop_column("escalated_to_id")
        batch_op.drop_column("escalated_at")

    with op.batch_alter_table("ticket_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ticket_events_ticket_id"))

    op.drop_table("ticket_events")
    with op.batch_alter_table("rating_follow_ups", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rating_follow_ups_assignee_id"))

    op.drop_table("rating_follow_ups")
    op.drop_table("result_notice_cases")
    with op.batch_alter_table("ratings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ratings_rated_at"))

    op.drop_table("ratings")
    with op.batch_alter_table("case_urges", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_urges_handler_id"))
        batch_op.drop_index(batch_op.f("ix_case_urges_case_id"))

    op.drop_table("case_urges")
    with op.batch_alter_table("result_notices", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_result_notices_department_id"))

    op.drop_table("result_notices")
