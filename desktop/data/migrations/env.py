"""Alembic environment: runs on the connection handed over by `desktop.data.migrate`."""

from __future__ import annotations

from alembic import context

from desktop.data.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("请通过 `approval-desk db upgrade` 运行迁移")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
