"""Schema versions: upgrade any database to head, refuse a newer one, detect model drift.

Alembic is imported only when there is something to migrate (or to compare): a database
already at head gets its transition rules and security without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import Connection, Engine

from desktop.data.models import Base
from desktop.data.schema_version import current_revision, head_revision, refuse_unknown
from desktop.data.security import apply_security
from desktop.data.transition_rules import write_transition_rules

if TYPE_CHECKING:
    from alembic.config import Config

SCRIPT_LOCATION = "desktop.data:migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    config.attributes["connection"] = connection
    return config


def upgrade(engine: Engine) -> tuple[str | None, str]:
    """Bring the database to head in one transaction, then put the transition rules and
    (on PostgreSQL) roles, grants, policies and guarded functions in place; returns
    (before, after)."""
    before = current_revision(engine)
    refuse_unknown(before)
    head = head_revision()
    with engine.begin() as connection:
        if before != head:
            from alembic import command

            command.upgrade(alembic_config(connection), "head")
        write_transition_rules(connection)
        apply_security(connection)
    return before, head


def drift(engine: Engine) -> list[Any]:
    """Differences between the models and the migrated schema (empty when in step)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return compare_metadata(context, Base.metadata)
