"""The schema version, read without Alembic: a start that finds the database at head needs
one row and the list of migration scripts, not the migration machinery (slow to import)."""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from desktop.data.errors import SchemaOutOfDate, SchemaTooNew

VERSION_TABLE = "alembic_version"  # Alembic's default, where it records the revision
_REVISION = re.compile(r"^(down_revision|revision)\b[^=\n]*=\s*(?:[\"']([^\"']+)[\"']|None)", re.M)


@cache
def known_revisions() -> dict[str, str | None]:
    """Each migration script's revision and the revision it follows, read from the scripts
    in migrations/versions (the files Alembic runs; a test checks both agree)."""
    versions = files("desktop.data.migrations").joinpath("versions")
    chain: dict[str, str | None] = {}
    for script in versions.iterdir():
        if not script.name.endswith(".py") or script.name.startswith("_"):
            continue
        found = {name: value for name, value in _REVISION.findall(script.read_text("utf-8"))}
        chain[found["revision"]] = found.get("down_revision") or None
    return chain


def head_revision() -> str:
    """The revision no other script follows: where `db upgrade` brings a database."""
    chain = known_revisions()
    heads = set(chain) - set(chain.values())
    assert len(heads) == 1, f"migration scripts must form one line, heads: {sorted(heads)}"
    return heads.pop()


def current_revision(engine: Engine) -> str | None:
    """The database's revision; None for a database no migration has touched."""
    with engine.connect() as connection:
        if not sa.inspect(connection).has_table(VERSION_TABLE):
            return None
        found = connection.execute(sa.text(f"SELECT version_num FROM {VERSION_TABLE}"))
        revisions = sorted(found.scalars())
    # Several rows would be branches this program never makes: a newer program's, if any.
    return "+".join(revisions) or None


def refuse_unknown(revision: str | None) -> None:
    """A revision none of this program's scripts makes comes from a newer program."""
    if revision is not None and revision not in known_revisions():
        raise SchemaTooNew(
            "数据库结构版本 {revision} 比本程序更新：请先将审批工作台升级到最新版本，"
            "不要用旧版本打开此数据库",
            revision=revision,
        )


def ensure_current(engine: Engine) -> None:
    """Refuse to work on a database that is not exactly at head (too old or too new)."""
    revision = current_revision(engine)
    refuse_unknown(revision)
    if revision != head_revision():
        raise SchemaOutOfDate("数据库尚未初始化或版本较旧：请先运行 `approval-desk db upgrade`")
