"""A demo bureau and a signed-in context for window tests."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.data.database import session_factory
from desktop.services.demo.generate import DemoOptions, generate_demo
from desktop.services.staff import actor_for
from desktop.ui.context import AppContext


@pytest.fixture(autouse=True, scope="session")
def private_settings(tmp_path_factory):
    """Window tests keep their QSettings (last user, layouts, saved filters) to themselves."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat,
        QSettings.Scope.UserScope,
        str(tmp_path_factory.mktemp("settings")),
    )


@pytest.fixture
def demo_context(engine, db_url) -> AppContext:
    sessions = session_factory(engine)
    generate_demo(sessions, DemoOptions(cases=400, seed=2, today=date(2026, 11, 20)))
    with sessions() as session:
        actor = actor_for(session, "eng1")
    return AppContext(db_url, sessions, actor)
