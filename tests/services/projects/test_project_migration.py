"""Migration 0025 adds construction projects and goes back without them: down to 0024 (the
project guards' trigger dropped first) and up again, the schema matches the models."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from alembic import command

from desktop.data import migrate


@pytest.mark.parametrize("backend", ["postgres"])  # SQLite rebuilds `cases` to go back
def test_migration_0025_goes_down_and_up_again(engine, sessions):
    with engine.begin() as connection:
        command.downgrade(migrate.alembic_config(connection), "0024")
    inspector = sa.inspect(engine)
    assert "projects" not in inspector.get_table_names()
    assert "project_id" not in {c["name"] for c in inspector.get_columns("cases")}
    migrate.upgrade(engine)
    assert migrate.drift(engine) == []
    assert "projects" in sa.inspect(engine).get_table_names()


def test_migration_0028_adds_the_items_stage_and_goes_down_and_up_again(engine, sessions):
    """The catalogue's 工程建设项目阶段 column: gone at 0027, back at head, as the models say."""
    with engine.begin() as connection:
        command.downgrade(migrate.alembic_config(connection), "0027")
    assert "project_stage" not in {c["name"] for c in sa.inspect(engine).get_columns("items")}
    migrate.upgrade(engine)
    assert migrate.drift(engine) == []
    assert "project_stage" in {c["name"] for c in sa.inspect(engine).get_columns("items")}
