"""Save PNG screenshots of the main screens with demo data (offscreen), to look at them
(sign-in, queues, workbench, the propose and termination dialogs over it at 1366x768, the
supervision dashboard, tickets and performance, the coordinator window, urging and the
supervision limits), the verification page in headless Chromium at 390 and 1280 px, and
every document type's pages at 150 dpi in DIR/documents:

python packaging/screenshots.py DIR [--lang en]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sqlalchemy as sa

# A sibling script: `python packaging/screenshots.py` has this folder on its path.
from coordinator_screenshots import shoot_coordinator
from document_samples import write_samples
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QMessageBox
from urge_screenshots import shoot_urges
from verifier_screenshots import shoot_verifier

from desktop.data import models as m
from desktop.data.database import make_engine, parse_url, session_factory
from desktop.domain.actor import Actor
from desktop.domain.enums import Category
from desktop.domain.errors import Explained
from desktop.domain.workflow import Action
from desktop.services.admin.setup import prepare_database
from desktop.services.cases import actions as cases
from desktop.services.cases.queues import QueueView
from desktop.services.demo.generate import DemoOptions, generate_demo
from desktop.services.staff import actor_for
from desktop.ui.admin.window import AdminWindow
from desktop.ui.app import install_translator, make_application
from desktop.ui.context import AppContext
from desktop.ui.labels import label
from desktop.ui.main_window import MainWindow
from desktop.ui.messages import explain
from desktop.ui.signin_dialog import SignInDialog
from desktop.ui.supervision.window import SupervisionWindow
from desktop.ui.workbench.action_dialog import ActionDialog
from desktop.ui.workbench.action_inputs import PROPOSE_FORM, propose_form, terminate_form
from desktop.ui.workbench.window import Workbench


def settle(app: QApplication, seconds: float = 1.5) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def supervisor(sessions) -> Actor:  # type: ignore[no-untyped-def]
    with sessions() as session:
        return actor_for(session, "super1")


def supervision_screens(app: QApplication, context: AppContext, folder: Path) -> None:
    """The dashboard, the ticket list (all tickets) and the performance table."""
    window = SupervisionWindow(context)
    window.show()
    deadline = time.monotonic() + 60
    while window.loaded is None and time.monotonic() < deadline:
        settle(app, 0.2)
    settle(app, 1.0)
    window.grab().save(str(folder / "supervision-dashboard.png"))
    window.tabs.setCurrentWidget(window.tickets)
    window.tickets.open_only.setChecked(False)  # a fuller list: answered and closed too
    settle(app, 2.0)
    window.tickets.table.selectRow(0)
    settle(app, 1.0)
    window.grab().save(str(folder / "supervision-tickets.png"))
    window.tabs.setCurrentIndex(window.tabs.count() - 1)
    settle(app, 0.5)
    window.grab().save(str(folder / "supervision-performance.png"))
    window.tabs.setCurrentWidget(window.breakdown)
    window.dimension.setCurrentIndex(1)  # by department
    settle(app, 0.5)
    window.grab().save(str(folder / "supervision-breakdown.png"))


def dialogs(app: QApplication, bench: Workbench, folder: Path) -> None:
    """The propose dialog with a grant's terms and the termination dialog with its basis,
    each over the workbench at 1366x768, as a handler sees them."""
    details = bench.details
    assert details is not None
    bench.resize(1366, 768)
    summary = f"{details.number} · {label(Action.PROPOSE)}"
    propose = ActionDialog(bench, details.number, summary, propose_form(details))
    propose.fill(
        choice="拟准予许可",
        text="申请材料齐全，经现场踏勘，符合许可条件。",
        conditions="仅限在许可地址内经营\n每年一月报告上一年度经营情况",
        scope="按审定的经营场所和服务项目经营",
    )
    summary = f"{details.number} · {label(Action.TERMINATE)}"
    terminate = ActionDialog(bench, details.number, summary, terminate_form(details))
    for dialog, name in ((propose, "dialog-propose-terms"), (terminate, "dialog-terminate")):
        dialog.resize(640, dialog.sizeHint().height())
        dialog.show()
        settle(app, 0.3)
        shot = bench.grab()
        painter = QPainter(shot)
        at = shot.rect().center() - dialog.rect().center()
        painter.drawPixmap(at, dialog.grab())
        painter.end()
        shot.save(str(folder / f"{name}.png"))
        dialog.close()


def main(folder: Path, language: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    app = make_application()
    install_translator(app, language)
    url = parse_url(str(Path(tempfile.mkdtemp()) / "screens.sqlite3"))
    engine = make_engine(url, create=True)
    prepare_database(engine)
    sessions = session_factory(engine)
    generate_demo(sessions, DemoOptions(cases=2000, seed=1))
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
    for tab, name in enumerate(
        ("history", "deadlines", "opinions", "inspections", "documents"), start=1
    ):
        bench.tabs.setCurrentIndex(tab)
        settle(app, 0.3)
        bench.grab().save(str(folder / f"workbench-{name}.png"))
    with sessions() as session:
        admin = AdminWindow(AppContext(url, sessions, actor_for(session, "admin")))
    admin.show()
    settle(app, 2.0)
    for tab, name in enumerate(("catalogue", "calendar", "profile")):
        admin.ui.tabs.setCurrentIndex(tab)
        settle(app, 0.3)
        admin.grab().save(str(folder / f"admin-{name}.png"))
    number = bench.details.number if bench.details else ""
    propose = ActionDialog(bench, number, f"{number} · {label(Action.PROPOSE)}", PROPOSE_FORM)
    propose.fill(choice="拟不予许可", text="")
    propose.show()
    settle(app, 0.3)
    propose.grab().save(str(folder / "dialog-propose.png"))
    propose.close()
    if bench.details is not None:
        dialogs(app, bench, folder)
    try:  # the busiest case is long claimed: claiming it again is refused
        AppContext(url, sessions, actor).write(cases.claim, busiest)
    except Explained as error:
        box = QMessageBox(
            QMessageBox.Icon.Warning, bench.tr("未能办理"), explain(error), parent=bench
        )
        box.show()
        settle(app, 0.3)
        box.grab().save(str(folder / "error-claimed.png"))
    supervision_screens(app, AppContext(url, sessions, supervisor(sessions)), folder)
    shoot_coordinator(app, url, sessions, folder)
    shoot_urges(app, url, sessions, folder)
    shoot_verifier(sessions, folder)  # last: it issues and voids two licences
    write_samples(folder / "documents", 150)  # the pages a legal reviewer reads
    print("\n".join(str(p) for p in sorted(folder.glob("*.png"))))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=Path("screenshots"))
    parser.add_argument("--lang", default="zh", help="zh (the source language) or en")
    args = parser.parse_args()
    main(args.folder, args.lang)
