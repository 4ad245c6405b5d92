"""Warming a staff login's connection at sign-in: the usual writes run through the server's
guarded functions, and nothing of them is left (no claim, event, audit entry or number)."""

from __future__ import annotations

import os

import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.data.database import make_engine, session_factory
from desktop.domain.enums import Category
from desktop.services.admin.warm_up import warm_up
from desktop.services.cases import actions as cases
from desktop.services.transactions import run_write
from tests.support.drills import PASSWORD, actors, make_drill_bureau
from tests.support.logins import staff_sessions


def everything(sessions) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Rows of every table, the cases' versions and the counters' serials, as the DBA."""
    with sessions() as session:
        seen = {
            table.name: session.scalar(sa.select(sa.func.count()).select_from(table))
            for table in m.Base.metadata.sorted_tables
        }
        seen["versions"] = session.scalar(sa.select(sa.func.sum(m.Case.version)))
        seen["serials"] = session.scalar(
            sa.select(sa.func.coalesce(sa.func.sum(m.NumberCounter.last_serial), 0))
        )
    return seen


@pytest.mark.parametrize("backend", ["postgres"])
def test_the_warm_up_runs_each_persons_writes_and_leaves_nothing(sessions, db_url):
    staff = make_drill_bureau(
        sessions, prefix=f"wu{os.getpid()}", handlers=1, clerks=1, reviewers=1, pool=3
    )
    people = actors(sessions, staff.handlers + staff.clerks + staff.reviewers)
    handler, clerk, reviewer = staff.handlers[0], staff.clerks[0], staff.reviewers[0]
    mine = staff_sessions(db_url, handler, PASSWORD)
    state = run_write(mine, people[handler], cases.claim_next, Category.ENGINEERING)
    run_write(
        mine, people[handler], cases.propose, state.id, state.version, grant=True, opinion="拟准予"
    )
    before = everything(sessions)
    for name, functions in (
        (handler, ("desk_claim_next", "desk_case_act")),
        (reviewer, ("desk_case_act",)),
        (clerk, ("desk_next_serial",)),
    ):
        own = staff_sessions(db_url, name, PASSWORD)
        sent: list[str] = []
        sa.event.listen(
            own.kw["bind"], "before_cursor_execute", lambda *a, sent=sent: sent.append(a[2])
        )
        assert warm_up(own, people[name]) > 0
        for function in functions:
            assert any(function in statement for statement in sent), (name, function)
        own.kw["bind"].dispose()
    assert everything(sessions) == before
    # The rehearsed claim held a pool case for a moment only: a real claim takes one.
    first = run_write(mine, people[handler], cases.claim_next, Category.ENGINEERING)
    assert first.handler_id == people[handler].user_id
    mine.kw["bind"].dispose()


@pytest.mark.parametrize("backend", ["sqlite"])
def test_on_sqlite_there_is_nothing_to_warm(db_url):
    sessions = session_factory(make_engine(db_url))
    staff = make_drill_bureau(sessions, prefix="wu", handlers=1, clerks=0, pool=1)
    people = actors(sessions, staff.handlers)
    before = everything(sessions)
    assert warm_up(sessions, people[staff.handlers[0]]) == 0.0
    assert everything(sessions) == before
