"""The per-(queue, status) tallies stay equal to a real count however cases are written."""

from __future__ import annotations

import sqlalchemy as sa

from desktop.data import models as m
from desktop.domain.enums import Category
from desktop.services.cases import actions as cases
from desktop.services.cases.queues import QueueView, count_views


def tallies(session) -> dict[tuple[str, str], int]:
    return {
        (c.value, s.value): n
        for c, s, n in session.execute(
            sa.select(m.CaseTally.category, m.CaseTally.status, m.CaseTally.cases)
        )
        if n
    }


def counted(session) -> dict[tuple[str, str], int]:
    return {
        (c.value, s.value): n
        for c, s, n in session.execute(
            sa.select(m.Case.category, m.Case.status, sa.func.count()).group_by(
                m.Case.category, m.Case.status
            )
        )
    }


def test_tallies_follow_actions_bulk_writes_and_deletes(bureau):
    ids = [bureau.new_case("two").id for _ in range(6)]
    eng1 = bureau.actors["eng1"]
    for case_id in ids[:3]:
        bureau.run(cases.claim, eng1, case_id)
    with bureau.sessions() as session, session.begin():
        # Writes that bypass the services: one statement moving many rows, and deletes.
        session.execute(sa.update(m.Case).where(m.Case.id.in_(ids[3:5])).values(status="withdrawn"))
        session.execute(sa.update(m.Case).values(version=m.Case.version + 1))  # no move
        session.execute(sa.delete(m.CaseEvent).where(m.CaseEvent.case_id == ids[5]))
        session.execute(sa.delete(m.CaseMaterial).where(m.CaseMaterial.case_id == ids[5]))
        session.execute(sa.delete(m.ClockPause).where(m.ClockPause.case_id == ids[5]))
        session.execute(sa.delete(m.Case).where(m.Case.id == ids[5]))
    with bureau.sessions() as session:
        assert tallies(session) == counted(session)
        assert tallies(session) == {
            ("engineering", "under_review"): 3,
            ("engineering", "withdrawn"): 2,
        }
        views = count_views(session, eng1, Category.ENGINEERING)
        assert views[QueueView.ALL] == 5 and views[QueueView.MINE] == 3


def test_a_rolled_back_change_leaves_the_tallies_alone(bureau, backend):
    case_id = bureau.new_case("two").id
    with bureau.sessions() as session:
        before = tallies(session)
    with bureau.sessions() as session:
        session.execute(sa.update(m.Case).where(m.Case.id == case_id).values(status="terminated"))
        # SQLite counts a move at once; PostgreSQL at commit (its tally rows are hot, so they
        # are locked only while committing).
        inside = tallies(session).get(("engineering", "terminated"), 0)
        assert inside == (0 if backend == "postgres" else 1)
        session.rollback()
    with bureau.sessions() as session:
        assert tallies(session) == before == counted(session)
