"""Getting a database ready for the window: create the embedded one, fill the demo, check."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import URL

from desktop.data import migrate
from desktop.data.database import check_reachable, default_sqlite_path, make_engine, session_factory
from desktop.data.models import Case
from desktop.domain.phrases import Phrase
from desktop.services.setup import prepare_database

DEMO_CASES = 2000


def prepare_for_window(url: URL, *, demo: bool = False) -> Phrase | None:
    """The embedded default database is created on first use; with `demo`, an empty database
    is filled with the demo bureau. Other databases must exist at the current schema.
    Returns a note for the user, None when there is nothing to say."""
    embedded = url.get_backend_name() == "sqlite" and url.database == str(default_sqlite_path())
    engine = make_engine(url, create=embedded or demo)
    try:
        if embedded or demo:
            prepare_database(engine)
        else:
            check_reachable(engine)
            migrate.ensure_current(engine)
        if not demo:
            return None
        sessions = session_factory(engine)
        with sessions() as session:
            if session.scalar(sa.select(sa.func.count()).select_from(Case)):
                return None
        from desktop.services.demo.generate import DemoOptions, generate_demo
        from desktop.services.demo.people import DEMO_PASSWORD

        generate_demo(sessions, DemoOptions(cases=DEMO_CASES))
        return Phrase(
            "已生成演示数据：账号 eng1、soc1、review1、head1、clerk1、super1、admin 等，"
            "密码 {password}",
            password=DEMO_PASSWORD,
        )
    finally:
        engine.dispose()
