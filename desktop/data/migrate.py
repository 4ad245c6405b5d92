"""Schema versions: upgrade any database to head, refuse a newer one, detect model drift."""

from __future__ import annotations

from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine

from desktop.data.errors import SchemaOutOfDate, SchemaTooNew
from desktop.data.models import Base
from desktop.data.security import apply_security
from desktop.data.transition_rules import write_transition_rules

SCRIPT_LOCATION = "desktop.data:migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _refuse_unknown(revision: str | None) -> None:
    if revision is None:
        return
    scripts = ScriptDirectory.from_config(alembic_config())
    known = {script.revision for script in scripts.walk_revisions()}
    if revision not in known:
        raise SchemaTooNew(
            "数据库结构版本 {revision} 比本程序更新：请先将审批工作台升级到最新版本，"
            "不要用旧版本打开此数据库",
            revision=revision,
        )


def upgrade(engine: Engine) -> tuple[str | None, str]:
    """Bring the database to head in one transaction, then put the transition rules and
    (on PostgreSQL) roles, grants, policies and guarded functions in place; returns
    (before, after)."""
    before = current_revision(engine)
    _refuse_unknown(before)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
        write_transition_rules(connection)
        apply_security(connection)
    return before, head_revision()


def ensure_current(engine: Engine) -> None:
    """Refuse to work on a database that is not exactly at head (too old or too new)."""
    revision = current_revision(engine)
    _refuse_unknown(revision)
    if revision != head_revision():
        raise SchemaOutOfDate("数据库尚未初始化或版本较旧：请先运行 `approval-desk db upgrade`")


def drift(engine: Engine) -> list[Any]:
    """Differences between the models and the migrated schema (empty when in step)."""
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return compare_metadata(context, Base.metadata)
