"""Save PNG screenshots of the main screens with demo data (offscreen), to look at them
(the coordinator window's come from coordinator_screenshots.py):

python packaging/screenshots.py DIR
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sqlalchemy as sa

# A sibling script: `python packaging/screenshots.py` has this folder on its path.
from coordinator_screenshots import shoot_coordinator
from PySide6.QtWidgets import QApplication
from screen_demo import demo_database

from desktop.data import models as m
from desktop.domain.enums import Category
from desktop.services.queues import QueueView
from desktop.services.staff import actor_for
from desktop.ui.action_dialog import ActionDialog
from desktop.ui.action_inputs import PROPOSE_FORM
from desktop.ui.admin_window import AdminWindow
from desktop.ui.app import make_application
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow
from desktop.ui.signin_dialog import SignInDialog
from desktop.ui.workbench import Workbench


def settle(app: QApplication, seconds: float = 1.5) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    app = make_application()
    url, sessions = demo_database()
    dialog = SignInDialog(url, sessions)
    dialog.username.setText("eng1")
    dialog.show()
    settle(app, 0.5)
    dialog.grab().save(str(folder / "signin.png"))
    with sessions() as session:
        actor = actor_for(session, "head1")
    window = MainWindow(AppContext(url, sessions, actor))
    window.show()
    window.start()
    for category, name in (
        (Category.ENGINEERING, "queue-engineering.png"),
        (Category.SOCIAL, "queue-social.png"),
    ):
        index = window.navigation.index_of(category, QueueView.ALL)
        window.tree.setCurrentIndex(index)
        window._view_chosen(index)
        settle(app, 2.5)
        window.grab().save(str(folder / name))
    with sessions() as session:
        busiest = session.execute(
            sa.select(m.CaseEvent.case_id, sa.func.count())
            .join(m.Inspection, m.Inspection.case_id == m.CaseEvent.case_id)
            .group_by(m.CaseEvent.case_id)
            .order_by(sa.func.count().desc())
            .limit(1)
        ).one()[0]
    bench = Workbench(AppContext(url, sessions, actor), busiest)
    bench.show()
    settle(app, 2.0)
    bench.grab().save(str(folder / "workbench-materials.png"))
    for tab, name in ((1, "workbench-history.png"), (2, "workbench-deadlines.png")):
        bench.tabs.setCurrentIndex(tab)
        settle(app, 0.3)
        bench.grab().save(str(folder / name))
    with sessions() as session:
        admin = AdminWindow(AppContext(url, sessions, actor_for(session, "admin")))
    admin.show()
    settle(app, 2.0)
    for tab, name in (
        (0, "admin-catalogue.png"),
        (1, "admin-calendar.png"),
        (2, "admin-profile.png"),
    ):
        admin.ui.tabs.setCurrentIndex(tab)
        settle(app, 0.3)
        admin.grab().save(str(folder / name))
    propose = ActionDialog(bench, "WIN0001", "WIN0001 · 拟定决定", PROPOSE_FORM)
    propose.fill(choice="拟不予许可", text="")
    propose.show()
    settle(app, 0.3)
    propose.grab().save(str(folder / "dialog-propose.png"))
    shoot_coordinator(app, url, sessions, folder)
    print("\n".join(str(p) for p in sorted(folder.glob("*.png"))))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))
