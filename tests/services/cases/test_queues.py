"""Queues: view counts, search, and keyset paging that never skips or repeats a row."""

from __future__ import annotations

from datetime import datetime

import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.domain.clock import WarningLevel
from desktop.domain.enums import CaseStatus, Category, InspectionStatus
from desktop.domain.timezone import CHINA
from desktop.services.cases import actions as cases
from desktop.services.cases.queues import (
    QueueQuery,
    QueueView,
    SortKey,
    count_rows,
    count_views,
    fetch_page,
    fetch_rows,
    search_everywhere,
    views_for,
)


@pytest.fixture
def queue(bureau):
    """Engineering cases in every situation the views distinguish."""
    eng1 = bureau.actors["eng1"]
    made = {"pool": [bureau.new_case("two") for _ in range(5)]}
    made["green"] = bureau.new_case("two", green_channel=True)
    made["old"] = bureau.new_case("two", accepted_at=datetime(2026, 10, 20, 9, tzinfo=CHINA))
    mine = bureau.run(cases.claim, eng1, made["pool"][0].id)
    made["mine"] = mine
    with bureau.sessions() as session:
        material = session.scalar(
            sa.select(m.CaseMaterial.id).where(m.CaseMaterial.case_id == made["pool"][1].id)
        )
    claimed = bureau.run(cases.claim, eng1, made["pool"][1].id)
    made["supplement"] = bureau.run(
        cases.request_supplement, eng1, claimed.id, claimed.version, [material]
    ).state
    bureau.new_case("one")  # another queue: never counted here
    return made


def all_rows(bureau, actor, query, limit):
    rows, after = [], None
    with bureau.sessions() as session:
        while True:
            page = fetch_page(session, actor, query, after, limit)
            rows += page.rows
            if page.after is None:
                return rows
            after = page.after


def test_view_counts_match_the_rows_each_view_lists(bureau, queue):
    eng1 = bureau.actors["eng1"]
    with bureau.sessions() as session:
        counts = count_views(session, eng1, Category.ENGINEERING)
    assert counts[QueueView.ALL] == 7
    assert counts[QueueView.POOL] == 5  # 5 + green + old - 2 claimed
    assert counts[QueueView.MINE] == 2
    assert counts[QueueView.SUPPLEMENT] == 1
    assert counts[QueueView.GREEN] == 1
    assert counts[QueueView.OVERDUE] == 1  # accepted 2026-10-20, ten working days long gone
    for view in QueueView:
        query = QueueQuery(Category.ENGINEERING, view)
        rows = all_rows(bureau, eng1, query, 100)
        with bureau.sessions() as session:
            assert len(rows) == counts[view] == count_rows(session, eng1, query), view


def test_green_channel_first_and_warnings_on_rows(bureau, queue):
    for view in (QueueView.ALL, QueueView.POOL):
        query = QueueQuery.default(Category.ENGINEERING, view)
        rows = all_rows(bureau, bureau.actors["eng1"], query, 100)
        assert rows[0].id == queue["green"].id
    rows = all_rows(bureau, bureau.actors["eng1"], QueueQuery(Category.ENGINEERING), 100)
    old = next(r for r in rows if r.id == queue["old"].id)
    assert old.warning is WarningLevel.RED and old.remaining_days < 0
    paused = next(r for r in rows if r.id == queue["supplement"].id)
    assert paused.remaining_days is None and paused.status is CaseStatus.SUPPLEMENT_REQUESTED


@pytest.mark.parametrize("sort", list(SortKey))
@pytest.mark.parametrize("descending", [False, True])
def test_keyset_pages_neither_skip_nor_repeat(bureau, queue, sort, descending):
    query = QueueQuery(Category.ENGINEERING, QueueView.ALL, sort=sort, descending=descending)
    whole = all_rows(bureau, bureau.actors["eng1"], query, 1000)
    paged = all_rows(bureau, bureau.actors["eng1"], query, 2)
    assert [r.id for r in paged] == [r.id for r in whole]
    assert len({r.id for r in paged}) == len(whole) == 7


def test_search_by_number_name_and_identifier(bureau, queue):
    eng1 = bureau.actors["eng1"]
    number = queue["old"].number
    for text in (number, "测试有限", "91610500MA6Y12345A", "91610500ma6y12345a"):
        rows = all_rows(bureau, eng1, QueueQuery(Category.ENGINEERING, search=text), 100)
        assert rows, text
    only = all_rows(bureau, eng1, QueueQuery(Category.ENGINEERING, search=number), 100)
    assert [r.id for r in only] == [queue["old"].id]
    assert all_rows(bureau, eng1, QueueQuery(Category.ENGINEERING, search="%"), 100) == []


def test_fetch_rows_refreshes_given_cases(bureau, queue):
    with bureau.sessions() as session:
        rows = fetch_rows(session, bureau.actors["eng1"], [queue["mine"].id])
    assert rows[queue["mine"].id].handler == "用户eng1"


def test_a_green_case_leaves_the_front_once_decided(bureau):
    case = bureau.new_case("window", green_channel=True)
    assert bureau.case(case.id).queue_rank == 0
    state = bureau.run(cases.claim, bureau.actors["soc1"], case.id)
    state = bureau.run(cases.approve, bureau.actors["soc1"], state.id, state.version)
    assert bureau.case(state.id).queue_rank == 1


def test_awaiting_my_sign_off_leaves_out_my_own_proposals(bureau):
    from desktop.services.staff import actor_for

    with bureau.sessions() as session, session.begin():
        head = session.scalar(sa.select(m.StaffUser).where(m.StaffUser.username == "head1"))
        head.roles.append(m.StaffRole(role="handler_engineering"))
    with bureau.sessions() as session:
        head = actor_for(session, "head1")
    own = bureau.new_case("two")
    state = bureau.run(cases.claim, head, own.id)
    bureau.run(cases.propose, head, state.id, state.version, grant=True, opinion="拟准予")
    other = claimed = bureau.run(cases.claim, bureau.actors["eng1"], bureau.new_case("two").id)
    bureau.run(
        cases.propose,
        bureau.actors["eng1"],
        claimed.id,
        claimed.version,
        grant=True,
        opinion="拟准予",
    )
    query = QueueQuery(Category.ENGINEERING, QueueView.SIGNOFF)
    listed = [r.id for r in all_rows(bureau, head, query, 100)]
    assert listed == [other.id]
    with bureau.sessions() as session:
        assert count_views(session, head, Category.ENGINEERING)[QueueView.SIGNOFF] == 1


def test_clerks_and_coordinators_have_their_own_views_counted_like_the_others(bureau, queue):
    eng1, clerk, coordinator = (bureau.actors[name] for name in ("eng1", "clerk1", "coord1"))
    assert views_for(clerk) == (
        QueueView.CERTIFY,
        QueueView.DELIVER,
        QueueView.GREEN,
        QueueView.ALL,
    )
    assert views_for(coordinator)[:2] == (QueueView.SCHEDULE, QueueView.PAUSED)
    assert QueueView.MINE not in views_for(clerk) + views_for(coordinator)
    assert views_for(eng1)[:2] == (QueueView.POOL, QueueView.MINE)
    pool = queue["pool"]
    requested = bureau.run(cases.claim, eng1, pool[2].id)
    bureau.run(cases.start_inspection, eng1, requested.id, requested.version)
    scheduled = bureau.run(cases.claim, eng1, pool[3].id)
    bureau.run(cases.start_inspection, eng1, scheduled.id, scheduled.version)
    with bureau.sessions() as session, session.begin():
        session.execute(
            sa.update(m.Inspection)
            .where(m.Inspection.case_id == scheduled.id)
            .values(status=InspectionStatus.SCHEDULED)
        )
        for case, status in (
            (pool[4], CaseStatus.APPROVED),
            (queue["green"], CaseStatus.REJECTED),
            (queue["old"], CaseStatus.CERTIFICATE_ISSUED),
        ):
            session.execute(sa.update(m.Case).where(m.Case.id == case.id).values(status=status))
    expected = {QueueView.SCHEDULE: {requested.id}, QueueView.CERTIFY: {pool[4].id}}
    expected[QueueView.DELIVER] = {queue["green"].id, queue["old"].id}
    for actor in (clerk, coordinator):
        views = views_for(actor)
        with bureau.sessions() as session:
            counts = count_views(session, actor, Category.ENGINEERING, views)
        assert tuple(counts) == views
        for view in views:
            query = QueueQuery.default(Category.ENGINEERING, view)
            rows = all_rows(bureau, actor, query, 100)
            with bureau.sessions() as session:
                assert len(rows) == counts[view] == count_rows(session, actor, query), view
            if view in expected:
                assert {row.id for row in rows} == expected[view], view


def test_searching_everywhere_crosses_queues_views_and_statuses(bureau, queue):
    eng1 = bureau.actors["eng1"]
    social = bureau.new_case("one", project_name="渭河南岸50%绿化工程")
    closed = bureau.new_case("two", project_name="城北绿化二期")
    with bureau.sessions() as session, session.begin():
        session.execute(
            sa.update(m.Case).where(m.Case.id == closed.id).values(status=CaseStatus.DELIVERED)
        )
    with bureau.sessions() as session:
        by_project = search_everywhere(session, eng1, "绿化")
        assert {row.id for row in by_project} == {social.id, closed.id}
        assert by_project[0].accepted_on >= by_project[-1].accepted_on  # the newest first
        assert [r.id for r in search_everywhere(session, eng1, "50%绿化")] == [social.id]
        assert [r.id for r in search_everywhere(session, eng1, "%")] == [social.id]  # literal
        assert search_everywhere(session, eng1, "  ") == []
        assert [r.id for r in search_everywhere(session, eng1, queue["old"].number)] == [
            queue["old"].id
        ]
        every = search_everywhere(session, eng1, "测试有限", limit=3)  # the applicant's name
        assert len(every) == 3
