"""What the screenshot scripts share: a demo bureau in a temporary database, a way to let
background work finish before a screen is grabbed, and running one script's shots alone."""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from desktop.data.database import make_engine, parse_url, session_factory
from desktop.services.admin.setup import prepare_database
from desktop.services.demo.generate import DemoOptions, generate_demo


def demo_database(cases: int = 2000) -> tuple[URL, sessionmaker[Session]]:
    url = parse_url(str(Path(tempfile.mkdtemp()) / "screens.sqlite3"))
    engine = make_engine(url, create=True)
    prepare_database(engine)
    sessions = session_factory(engine)
    generate_demo(sessions, DemoOptions(cases=cases, seed=1))
    return url, sessions


def wait_for(app: QApplication, done: Callable[[], bool], seconds: float = 60.0) -> None:
    """Pump events until `done()` (or the time is up), then a little longer for layout."""
    end = time.monotonic() + seconds
    while not done() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)
    for _ in range(20):
        app.processEvents()
        time.sleep(0.02)


Shoot = Callable[[QApplication, URL, sessionmaker[Session], Path], None]


def shoot_alone(shoot: Shoot, pattern: str) -> None:
    """A script's own shots on a fresh demo bureau, into the folder given on the command line
    (default ./screenshots); prints the files matching `pattern`."""
    from desktop.ui.app import make_application

    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    app = make_application()
    url, sessions = demo_database()
    shoot(app, url, sessions, folder)
    print("\n".join(str(p) for p in sorted(folder.glob(pattern))))
