"""Save PNG screenshots of urging as the handler sees it and of the supervision limits page
with demo data (offscreen): the queue's 督办 column, the workbench banner, 我的督办, and
the administration window's 督办时限 tab saying what to correct.

python packaging/urge_screenshots.py DIR
(`packaging/screenshots.py` takes these too.)
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sqlalchemy as sa
from PySide6.QtWidgets import QApplication
from screen_demo import shoot_alone, wait_for
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from desktop.data import models as m
from desktop.domain.enums import Category, TicketKind
from desktop.services import timesource
from desktop.services.cases.queues import RUNNING, QueueView
from desktop.services.cases.urging import urge_case
from desktop.services.staff import actor_for
from desktop.ui.admin.window import AdminWindow
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow


def urge_a_late_case(sessions: sessionmaker[Session]) -> tuple[int, str, Category]:
    """A supervisor urges the most overdue running case that has a handler; returns the
    case, its handler's user name and its queue."""
    with sessions() as session, session.begin():
        found = session.execute(
            sa.select(m.Case.id, m.StaffUser.username, m.Case.category)
            .join(m.StaffUser, m.StaffUser.id == m.Case.handler_id)
            .where(m.Case.status.in_(RUNNING), m.Case.promised_warn_on <= timesource.today())
            .order_by(m.Case.promised_due_on, m.Case.id)
            .limit(1)
        ).first()
        if found is None:
            raise SystemExit("the demo has no yellow or red case with a handler to urge")
        supervisor = actor_for(session, "super1")
        urge_case(
            session, supervisor, found[0], "本件已超过承诺时限，请于今日内说明原因并加快办理。"
        )
        return found[0], found[1], found[2]


def shoot_urges(app: QApplication, url: URL, sessions: sessionmaker[Session], folder: Path) -> None:
    case_id, username, category = urge_a_late_case(sessions)
    with sessions() as session:
        handler = AppContext(url, sessions, actor_for(session, username))
        admin = AppContext(url, sessions, actor_for(session, "admin"))
    window = MainWindow(handler)
    window.resize(1500, 760)
    window.show()
    window.start()
    mine = window.navigation.index_of(category, QueueView.MINE)
    window.tree.setCurrentIndex(mine)
    window._view_chosen(mine)
    wait_for(app, lambda: window.model.rowCount() > 0 and window.urges.count is not None)
    window.grab().save(str(folder / "urges-queue.png"))
    window.open_case(case_id)
    bench = window.workbenches[case_id]
    wait_for(app, lambda: bench.details is not None and not bench.busy)
    bench.tabs.setCurrentIndex(1)  # the history, where the urge is recorded
    wait_for(app, lambda: True)
    bench.grab().save(str(folder / "urges-workbench.png"))
    window.urges.open()
    listing = window.urges.window
    assert listing is not None
    wait_for(app, lambda: listing.model.rowCount() > 0)
    listing.table.selectRow(0)
    wait_for(app, lambda: True)
    listing.grab().save(str(folder / "urges-list.png"))
    limits = AdminWindow(admin)
    limits.show()
    limits.ui.tabs.setCurrentWidget(limits.ui.limitsTab)
    wait_for(app, lambda: limits.limits.follow_up_days.value() > 0)
    limits.limits.answer_days[TicketKind.COMPLAINT].setValue(0)  # what the page then says
    wait_for(app, lambda: True)
    limits.grab().save(str(folder / "admin-limits.png"))
    for widget in (limits, listing, bench, window):
        widget.close()


if __name__ == "__main__":
    shoot_alone(shoot_urges, "*.png")
