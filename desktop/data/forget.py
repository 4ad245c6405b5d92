"""Dropping rows of the tables no login deletes from itself (PostgreSQL): the catalogue's
materials and specialties, the inspector pool's specialties and leave, and the teams. There
the guarded function `desk_forget_rows` (data/security/locks_sql.py) checks the caller's
role and deletes, and the audit trigger records each row in the caller's name; a table-wide
DELETE would also let a login LOCK the table. On SQLite a plain DELETE.

`drop_from` keeps the ORM in step: the objects leave their owner's loaded collection
without the flush deleting them a second time.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from desktop.data.models import CaseMaterial

FORGET_ROWS = sa.text("SELECT public.desk_forget_rows(CAST(:table AS text), CAST(:rows AS jsonb))")


def forget_rows(session: Session, table: sa.Table, rows: Sequence[Mapping[str, Any]]) -> int:
    """Delete the rows of `table` whose primary keys `rows` give; how many were deleted."""
    keys = [column.name for column in table.primary_key.columns]
    wanted = [{key: row[key] for key in keys} for row in rows]
    if not wanted:
        return 0
    session.flush()
    if session.get_bind().dialect.name == "postgresql":
        return int(session.scalar(FORGET_ROWS, {"table": table.name, "rows": json.dumps(wanted)}))
    condition = sa.or_(*(sa.and_(*(table.c[k] == row[k] for k in keys)) for row in wanted))
    return int(session.execute(sa.delete(table).where(condition)).rowcount)  # type: ignore[attr-defined]


IN_USE = sa.text("SELECT public.desk_materials_in_use(CAST(:ids AS integer[]))")


def materials_in_use(session: Session, ids: Iterable[int]) -> set[int]:
    """Which of these item materials cases refer to (on PostgreSQL asked of a guarded
    function: the admin, who keeps the catalogue, sees no case)."""
    wanted = sorted(set(ids))
    if not wanted:
        return set()
    if session.get_bind().dialect.name == "postgresql":
        return set(session.scalars(IN_USE, {"ids": wanted}))
    used = sa.select(CaseMaterial.item_material_id).where(CaseMaterial.item_material_id.in_(wanted))
    return set(session.scalars(used.distinct()))


def drop_from(
    session: Session,
    owner: Any,
    attribute: str,
    dropped: Iterable[Any],
    rows: Sequence[Mapping[str, Any]],
    table: sa.Table,
) -> None:
    """Take `dropped` out of `owner`'s collection `attribute`, their rows (`rows` of
    `table`) deleted by forget_rows; the collection's other members stay as they are."""
    gone = list(dropped)
    if not gone:
        return
    forget_rows(session, table, rows)
    kept = [member for member in getattr(owner, attribute) if member not in gone]
    set_committed_value(owner, attribute, kept)
    for member in gone:  # a row of its own (not a link row): no longer in the database
        if member in session and sa.inspect(member).mapper.local_table is table:
            session.expunge(member)
