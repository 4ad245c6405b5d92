"""Getting a database ready for the window: create the embedded one, fill the demo, check."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlalchemy.engine import URL

from desktop.data import schema_version
from desktop.data.database import check_reachable, default_sqlite_path, make_engine, session_factory
from desktop.data.models import Case
from desktop.domain.phrases import Phrase
from desktop.services.admin.first_run import needs_first_admin
from desktop.services.admin.setup import prepare_database
from desktop.services.bureau import BureauProfile, load_profile


@dataclass(frozen=True)
class WindowStart:
    note: Phrase | None  # for the user; None when there is nothing to say
    needs_first_admin: bool  # a new database: the first administrator must be created
    profile: BureauProfile


def prepare_for_window(url: URL, *, demo: bool = False, today: date | None = None) -> WindowStart:
    """The embedded default database is created on first use; with `demo`, an empty database
    is filled with the demo bureau, standing on `today` when given (the services' clock and
    the server's follow it). Other databases must exist at the current schema."""
    embedded = url.get_backend_name() == "sqlite" and url.database == str(default_sqlite_path())
    engine = make_engine(url, create=embedded or demo)
    try:
        if embedded or demo:
            prepare_database(engine)
        else:
            check_reachable(engine)
            schema_version.ensure_current(engine)
        if demo:
            from desktop.services.demo.clock import stand_demo_on

            stand_demo_on(engine, today)
        sessions = session_factory(engine)
        with sessions() as session:
            start = WindowStart(None, needs_first_admin(session), load_profile(session))
            if not demo or session.scalar(sa.select(sa.func.count()).select_from(Case)):
                return start
        from desktop.services.demo.generate import DemoOptions, generate_demo
        from desktop.services.demo.people import DEMO_PASSWORD

        generate_demo(sessions, DemoOptions(today=today))
        note = Phrase(
            "已生成演示数据：账号 eng1、soc1、review1、head1、clerk1、super1、admin 等，"
            "密码 {password}",
            password=DEMO_PASSWORD,
        )
        return WindowStart(note, False, start.profile)
    finally:
        engine.dispose()
