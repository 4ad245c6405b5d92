"""A demo standing on another day: the services' clock and, on PostgreSQL, the server's
(`desk_now`, the only clock for dates with legal meaning) move by the same whole days, so
the queues, the dashboard and the server's guards all count from the demo's today."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from desktop.data.models import AuditEntry, Case
from desktop.data.security.clock_sql import NOW
from desktop.domain.errors import DomainError
from desktop.services import timesource

# As the DBA, as the tests move the bureau's time; `db upgrade` (and every --demo start, which
# upgrades first) puts the real clock back.
SHIFTED_NOW = (
    "CREATE OR REPLACE FUNCTION public.desk_now() RETURNS timestamptz "
    "LANGUAGE sql STABLE AS $$ SELECT now() + interval '{days} days' $$"
)


class NotADemo(DomainError):
    code = "not_a_demo"


def stand_demo_on(engine: Engine, day: date | None) -> None:
    """Make `day` today for this process's services and, on PostgreSQL, for the server
    (None: the real date). A bureau's own database keeps the real date: moving it would
    date everyone's work wrongly."""
    if day is not None:
        _refuse_a_real_bureau(engine)
    shift = timesource.stand_on(day)
    if engine.dialect.name == "postgresql":
        with engine.begin() as connection:
            connection.exec_driver_sql(SHIFTED_NOW.format(days=shift.days) if shift.days else NOW)


def _refuse_a_real_bureau(engine: Engine) -> None:
    with engine.connect() as connection:
        cases = connection.scalar(sa.select(sa.func.count()).select_from(Case))
        made = connection.scalar(
            sa.select(sa.func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.action == "generate_demo")
        )
    if cases and not made:
        raise NotADemo("数据库中已有不是演示数据生成的办件：--today 只能用于演示数据库")
