"""A demo standing on another day: the services' clock and, on PostgreSQL, the server's
(`desk_now`, the only clock for dates with legal meaning) move by the same whole days, so
the queues, the dashboard and the server's guards all count from the demo's today."""

from __future__ import annotations

from datetime import date

from sqlalchemy.engine import Engine

from desktop.services import timesource

# As the DBA, as the tests move the bureau's time; `db upgrade` (and every --demo start)
# restores the real clock before this runs again.
SHIFTED_NOW = (
    "CREATE OR REPLACE FUNCTION public.desk_now() RETURNS timestamptz "
    "LANGUAGE sql STABLE AS $$ SELECT now() + interval '{days} days' $$"
)


def stand_demo_on(engine: Engine, day: date | None) -> None:
    """Make `day` today for this process's services and, on PostgreSQL, for the server."""
    shift = timesource.stand_on(day)
    if engine.dialect.name == "postgresql" and shift.days:
        with engine.begin() as connection:
            connection.exec_driver_sql(SHIFTED_NOW.format(days=shift.days))
