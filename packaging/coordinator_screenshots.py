"""Save PNG screenshots of the coordinator window with demo data (offscreen): the pending
requests before a draw, the draw with its explanation, the week calendar, the schedule.

python packaging/coordinator_screenshots.py DIR
(`packaging/screenshots.py` takes these too, after the other screens.)
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication
from screen_demo import shoot_alone, wait_for
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.demo.inspection_requests import request_inspections
from desktop.services.staff import actor_for
from desktop.ui.context import AppContext
from desktop.ui.inspections.window import CoordinatorWindow


def shoot_coordinator(
    app: QApplication, url: URL, sessions: sessionmaker[Session], folder: Path
) -> None:
    request_inspections(sessions, 12)
    with sessions() as session:
        context = AppContext(url, sessions, actor_for(session, "coord1"))
    window = CoordinatorWindow(context)
    window.resize(1360, 820)
    window.show()
    wait_for(app, lambda: window.pending.rowCount() > 0 and window.week.rowCount() > 0)
    window.ui.tabs.setCurrentWidget(window.ui.drawTab)
    wait_for(app, lambda: True)
    window.ui.openDraw.click()  # the commitment first, then the witness's text
    wait_for(app, lambda: window.ticket is not None)
    window.ui.witness.setText("监督-2718")
    window.grab().save(str(folder / "coordinator-pending.png"))
    window.ui.drawButton.click()
    wait_for(app, lambda: window.outcome is not None)
    window.ui.plan.selectRow(0)
    wait_for(app, lambda: True)
    window.grab().save(str(folder / "coordinator-draw.png"))
    first = min((line.day for line in window.outcome.planned), default=None)
    if first is not None:
        monday = first - timedelta(days=first.weekday())
        window.show_week(monday)
        wait_for(app, lambda: window.week.week is not None and window.week.week.monday == monday)
    window.ui.tabs.setCurrentWidget(window.ui.calendarTab)
    wait_for(app, lambda: True)
    window.grab().save(str(folder / "coordinator-calendar.png"))
    window.ui.tabs.setCurrentWidget(window.ui.scheduledTab)
    wait_for(app, lambda: True)
    window.grab().save(str(folder / "coordinator-scheduled.png"))
    window.ui.tabs.setCurrentWidget(window.pool_tab)
    wait_for(app, lambda: window.pool_tab.model.rowCount() > 0)
    window.grab().save(str(folder / "coordinator-pool.png"))


if __name__ == "__main__":
    shoot_alone(shoot_coordinator, "coordinator-*.png")
