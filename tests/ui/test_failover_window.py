"""The windows on a primary and its standby (README, "A standby"): the statistics read on the
standby and name its lag when it falls behind; when the primary dies and the standby is
promoted, the main window shows its "connection lost, retrying" banner and carries on
against the new primary by itself."""

from __future__ import annotations

import time

import pytest

from desktop.data.database import STANDBY_LAG, make_engine, parse_url, session_factory
from desktop.domain.enums import Category
from desktop.services.admin.setup import prepare_database
from desktop.services.cases import actions as cases
from desktop.services.cases.queues import QueueView
from desktop.services.demo.generate import DemoOptions, generate_demo
from desktop.services.staff import actor_for
from desktop.ui.context import LAG_SHOWN_SECONDS, AppContext
from desktop.ui.main_window import MainWindow
from desktop.ui.supervision.window import SupervisionWindow
from tests.support.pg_cluster import start_standby

pytestmark = [pytest.mark.slow, pytest.mark.postgres]
LAG = str(STANDBY_LAG)
WAIT = 60000


def test_windows_read_the_standby_and_carry_on_after_a_failover(qtbot, own_cluster):
    primary = own_cluster
    url = parse_url(primary.create_database("desk"))
    engine = make_engine(url)
    prepare_database(engine)
    generate_demo(session_factory(engine), DemoOptions(cases=100, seed=1))
    engine.dispose()
    standby = start_standby(primary, synchronous=True)
    try:
        url = parse_url(
            f"postgresql://postgres@127.0.0.1:{primary.port},127.0.0.1:{standby.port}/desk"
        )
        sessions = session_factory(make_engine(url))
        with sessions() as session:
            supervisor, handler = actor_for(session, "super1"), actor_for(session, "eng1")

        # The statistics come from the standby; caught up, no lag is named.
        stats = SupervisionWindow(AppContext(url, sessions, supervisor))
        qtbot.addWidget(stats)
        stats.resize(1366, 768)
        stats.show()
        qtbot.waitUntil(lambda: stats.loaded is not None, timeout=WAIT)
        assert stats.loaded.lag is None and "备用服务器" not in stats.statusBar().currentMessage()
        # Replay paused while the primary works on: the standby falls behind, and says so.
        primary.execute("ALTER SYSTEM SET synchronous_standby_names = ''")
        primary.execute("SELECT pg_reload_conf()")
        primary.execute("CREATE TABLE replay_marker (at timestamptz)")
        standby.execute("SELECT pg_wal_replay_pause()")
        primary.execute("INSERT INTO replay_marker VALUES (now())")
        deadline = time.monotonic() + 60
        while (standby.query(LAG) or 0) <= LAG_SHOWN_SECONDS + 1:
            assert time.monotonic() < deadline, "the paused standby did not fall behind"
            time.sleep(0.5)
        stats.loaded = None
        stats.refresh()
        qtbot.waitUntil(lambda: stats.loaded is not None, timeout=WAIT)
        shown = stats.statusBar().currentMessage()
        stats.grab().save("/tmp/i22ha-standby-lag.png")
        assert stats.loaded.lag is not None and stats.loaded.lag > 5, stats.loaded
        assert "数据来自备用服务器" in shown and "滞后" in shown, shown
        standby.execute("SELECT pg_wal_replay_resume()")
        primary.execute("ALTER SYSTEM SET synchronous_standby_names = '*'")
        primary.execute("SELECT pg_reload_conf()")
        stats.close()

        window = MainWindow(AppContext(url, sessions, handler))
        qtbot.addWidget(window)
        window.show()
        window.start()
        window._view_chosen(window.navigation.index_of(Category.ENGINEERING, QueueView.ALL))
        qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=WAIT)
        rows = window.model.rowCount()

        primary.stop("immediate")
        qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=WAIT)
        assert "连接中断" in window.banner.text() and "自动重试" in window.banner.text()
        window.grab().save("/tmp/i22ha-failover-banner.png")
        standby.promote()
        qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=WAIT)
        window._reload()
        qtbot.waitUntil(lambda: window.model.rowCount() == rows, timeout=WAIT)
        # Work goes on against the new primary, through the window's own door.
        claimed = window.context.write(cases.claim_next, Category.ENGINEERING)
        assert claimed is not None and claimed.id
        window.close()
        sessions.kw["bind"].dispose()
    finally:
        standby.destroy()
