"""Opening the database for the window: create the embedded one, fill the demo, check versions."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import URL

from desktop.data import migrate
from desktop.data.database import (
    check_reachable,
    default_sqlite_path,
    make_engine,
    session_factory,
)
from desktop.data.models import Case
from desktop.services.overview import QueueCount, queue_overview
from desktop.services.setup import prepare_database

DEMO_CASES = 2000


@dataclass(frozen=True)
class OpenedDatabase:
    overview: list[QueueCount]
    note: str = ""


def open_database(url: URL, *, demo: bool = False) -> OpenedDatabase:
    """The embedded default database is created on first use; with `demo`, an empty database
    is filled with the demo bureau. Other databases must exist and be at the current schema."""
    embedded = url.get_backend_name() == "sqlite" and url.database == str(default_sqlite_path())
    engine = make_engine(url, create=embedded or demo)
    note = ""
    if embedded or demo:
        prepare_database(engine)
    else:
        check_reachable(engine)
        migrate.ensure_current(engine)
    sessions = session_factory(engine)
    if demo:
        with sessions() as session:
            empty = not session.scalar(sa.select(sa.func.count()).select_from(Case))
        if empty:
            from desktop.services.demo.generate import DemoOptions, generate_demo
            from desktop.services.demo.people import DEMO_PASSWORD

            generate_demo(sessions, DemoOptions(cases=DEMO_CASES))
            note = f"已生成演示数据（账号见 README），演示密码：{DEMO_PASSWORD}"
    with sessions() as session:
        overview = queue_overview(session)
    engine.dispose()
    return OpenedDatabase(overview, note)
