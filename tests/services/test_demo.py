"""The demo bureau: realistic, consistent, deterministic, and the same on both backends."""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from datetime import date
from itertools import pairwise

import pytest
import sqlalchemy as sa
from stdnum.cn import uscc

from desktop.data import models as m
from desktop.data.calendar import load_work_calendar
from desktop.data.database import make_engine, session_factory
from desktop.domain.clock import Pause, due_date, warning_date
from desktop.domain.enums import ApplicantKind, CaseStatus, Category, InspectionConclusion, Role
from desktop.domain.identifiers import validate_applicant_identifier, validate_resident_id
from desktop.domain.timezone import CHINA
from desktop.services.demo.generate import DatabaseNotEmpty, DemoOptions, generate_demo
from desktop.services.demo.people import SECTIONS
from tests.conftest import fresh_database_url

TODAY = date(2026, 11, 20)
OPTIONS = DemoOptions(cases=3000, seed=3, today=TODAY, parallel=False)


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def demo_db(request, tmp_path_factory):
    if request.param == "postgres":
        request.applymarker(pytest.mark.postgres)
    url = fresh_database_url(request, request.param, tmp_path_factory.mktemp("demo"))
    engine = make_engine(url)
    summary = generate_demo(session_factory(engine), OPTIONS)
    yield engine, summary
    engine.dispose()


def test_reference_data_has_the_promised_size(demo_db):
    engine, summary = demo_db
    with session_factory(engine)() as session:
        supervising = sa.select(m.Item.department_id).distinct()
        assert session.scalar(sa.select(sa.func.count()).select_from(supervising.subquery())) == 14
        # The bureau's own sections: every member of staff works in one, none supervises items.
        # (Inspectors sign in only to confirm their records: they belong to their own
        # department and hold no job role in the bureau.)
        bureau_staff = sa.select(m.StaffRole.user_id)
        homes = dict(
            session.execute(
                sa.select(m.StaffUser.username, m.Department.short_name)
                .join(m.Department, m.Department.id == m.StaffUser.department_id)
                .where(m.StaffUser.id.in_(bureau_staff))
            ).all()
        )
        assert len(homes) == session.scalar(
            sa.select(sa.func.count())
            .select_from(m.StaffUser)
            .where(m.StaffUser.id.not_in(sa.select(m.Inspector.staff_user_id)))
        )
        inspectors_at_home = session.execute(
            sa.select(m.Inspector.department_id, m.StaffUser.department_id).join(
                m.StaffUser, m.StaffUser.id == m.Inspector.staff_user_id
            )
        ).all()
        assert len(inspectors_at_home) == session.scalar(
            sa.select(sa.func.count()).select_from(m.Inspector)
        )
        assert all(theirs == account for theirs, account in inspectors_at_home)
        assert set(homes.values()) == {name for _, name in SECTIONS}
        assert homes["eng1"] == "工程建设审批科" and homes["soc8"] == "社会事务审批科"
        assert homes["clerk1"] == "综合窗口科" and homes["super1"] == "电子监察室"
        assert session.scalar(sa.select(sa.func.count()).select_from(m.Department)) == 14 + len(
            SECTIONS
        )
        by_category = dict(
            session.execute(
                sa.select(m.Item.category, sa.func.count()).group_by(m.Item.category)
            ).all()
        )
        assert sum(by_category.values()) >= 300
        assert set(by_category) == {Category.ENGINEERING, Category.SOCIAL}
        assert session.scalar(sa.select(sa.func.count()).select_from(m.Inspector)) >= 80
        assert session.scalar(sa.select(sa.func.count()).select_from(m.RecusalTie)) > 0
        roles = set(session.scalars(sa.select(m.StaffRole.role)))
        assert roles == set(Role)
        assert summary.counts["cases"] == OPTIONS.cases


def test_every_status_occurs(demo_db):
    engine, _ = demo_db
    with session_factory(engine)() as session:
        statuses = set(session.scalars(sa.select(m.Case.status).distinct()))
    assert statuses == set(CaseStatus)


def test_every_identifier_is_valid(demo_db):
    engine, _ = demo_db
    people = []
    with session_factory(engine)() as session:
        for kind, identifier, representative in session.execute(
            sa.select(m.Applicant.kind, m.Applicant.identifier, m.Applicant.legal_representative_id)
        ):
            assert validate_applicant_identifier(kind, identifier) == identifier
            if kind is ApplicantKind.PERSON:
                people.append(identifier)
            else:
                assert uscc.is_valid(identifier), identifier
                assert validate_resident_id(representative) == representative
                people.append(representative)
    # Numbers of every era: holders born before their area code existed (临渭区, 1994), and
    # codes since retired (华县 until 2015, 崇文区 until 2010).
    assert any(n.startswith("610502") and int(n[6:10]) < 1994 for n in people)
    assert any(n.startswith(("610521", "110103")) for n in people)
    years = {int(n[6:10]) for n in people}
    assert min(years) < 1950 and max(years) > 2000


def test_histories_chain_and_end_in_the_case_status(demo_db):
    engine, _ = demo_db
    with session_factory(engine)() as session:
        events = defaultdict(list)
        for case_id, from_status, to_status, at in session.execute(
            sa.select(
                m.CaseEvent.case_id, m.CaseEvent.from_status, m.CaseEvent.to_status, m.CaseEvent.at
            ).order_by(m.CaseEvent.case_id, m.CaseEvent.id)
        ):
            events[case_id].append((from_status, to_status, at))
        cases = session.execute(
            sa.select(
                m.Case.id, m.Case.status, m.Case.version, m.Case.accepted_at, m.Case.updated_at
            )
        ).all()
    assert len(cases) == OPTIONS.cases
    for case_id, status, version, accepted_at, updated_at in cases:
        history = events[case_id]
        assert history[0][:2] == (None, CaseStatus.RECEIVED)
        assert history[0][2] == accepted_at
        for (_, before, earlier), (after_from, _, later) in pairwise(history):
            assert after_from == before
            assert later >= earlier
        assert history[-1][1] == status
        assert history[-1][2] == updated_at
        assert version == len(history)


def test_every_hand_over_records_who_received_the_result(demo_db):
    engine, _ = demo_db
    with session_factory(engine)() as session:
        handed_over = session.scalars(
            sa.select(m.CaseEvent.data).where(m.CaseEvent.action == "deliver")
        ).all()
    assert handed_over
    assert all(data and data["received_by"].strip() for data in handed_over)


def test_due_dates_are_the_clock_applied_to_the_stored_pauses(demo_db):
    engine, _ = demo_db
    with session_factory(engine)() as session:
        calendar = load_work_calendar(session)
        pauses = defaultdict(list)
        for pause in session.scalars(sa.select(m.ClockPause)):
            pauses[pause.case_id].append(Pause(pause.started_on, pause.ended_on))
        rows = session.execute(
            sa.select(
                m.Case.id,
                m.Case.accepted_on,
                m.Case.closed_on,
                m.Case.extension_days,
                m.Case.promised_due_on,
                m.Case.statutory_due_on,
                m.Item.promised_limit_days,
                m.Item.statutory_limit_days,
                m.Case.promised_warn_on,
            ).join(m.Item)
        ).all()
    for (
        case_id,
        accepted_on,
        closed_on,
        extension,
        promised,
        statutory,
        promised_days,
        statutory_days,
        warn_on,
    ) in rows:
        today = closed_on or TODAY
        expected_warning = warning_date(
            calendar, accepted_on, promised_days, pauses[case_id], extension, today
        )
        assert warn_on == expected_warning and warn_on <= promised
        assert (
            promised
            == due_date(calendar, accepted_on, promised_days, pauses[case_id], extension, today).day
        )
        assert (
            statutory
            == due_date(
                calendar, accepted_on, statutory_days, pauses[case_id], extension, today
            ).day
        )


def content_digest(engine) -> str:
    """A digest of the business content, independent of backend storage details."""
    digest = hashlib.sha256()
    with session_factory(engine)() as session:
        for row in session.execute(
            sa.select(
                m.Case.number,
                m.Case.status,
                m.Case.accepted_at,
                m.Case.promised_due_on,
                m.Case.handler_id,
                m.Applicant.name,
                m.Applicant.identifier,
                m.Item.code,
            )
            .join(m.Applicant)
            .join(m.Item)
            .order_by(m.Case.number)
        ):
            digest.update(repr(tuple(row)).encode())
        for case_id, action, at, data in session.execute(
            sa.select(
                m.CaseEvent.case_id, m.CaseEvent.action, m.CaseEvent.at, m.CaseEvent.data
            ).order_by(m.CaseEvent.case_id, m.CaseEvent.id)
        ):
            # JSONB keeps its own key order: compare the JSON, not the dict's order.
            plain = json.dumps(data, sort_keys=True, ensure_ascii=False)
            digest.update(repr((case_id, action, at, plain)).encode())
    return digest.hexdigest()


def test_same_seed_same_data_on_both_backends_and_in_parallel(demo_db, tmp_path):
    engine, _ = demo_db
    reference = make_engine(fresh_database_url_for_sqlite(tmp_path))
    generate_demo(
        session_factory(reference),
        DemoOptions(cases=OPTIONS.cases, seed=OPTIONS.seed, today=TODAY, parallel=True),
    )
    assert content_digest(engine) == content_digest(reference)
    other_seed = make_engine(fresh_database_url_for_sqlite(tmp_path, "other"))
    generate_demo(session_factory(other_seed), DemoOptions(cases=200, seed=4, today=TODAY))
    assert content_digest(other_seed) != content_digest(reference)


def fresh_database_url_for_sqlite(tmp_path, name="reference"):
    from desktop.data.database import parse_url
    from desktop.services.admin.setup import prepare_database

    url = parse_url(str(tmp_path / f"{name}.sqlite3"))
    prepare_database(make_engine(url, create=True))
    return url


def test_demo_refuses_a_database_that_has_data_and_writes_nothing(demo_db):
    engine, _ = demo_db
    with session_factory(engine)() as session:
        before = session.scalar(sa.select(sa.func.count()).select_from(m.Applicant))
    with pytest.raises(DatabaseNotEmpty, match="新数据库"):
        generate_demo(session_factory(engine), DemoOptions(cases=10, seed=9, today=TODAY))
    with session_factory(engine)() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(m.Applicant)) == before


def test_every_demo_event_is_a_transition_the_workflow_allows(demo_db):
    from desktop.domain.guards import QUEUE_ROLE
    from desktop.domain.workflow import TRANSITIONS, Who, item_rule

    engine, _ = demo_db
    with session_factory(engine)() as session:
        roles = defaultdict(set)
        for user_id, role in session.execute(sa.select(m.StaffRole.user_id, m.StaffRole.role)):
            roles[user_id].add(role)
        rows = session.execute(
            sa.select(
                m.CaseEvent.action,
                m.CaseEvent.from_status,
                m.CaseEvent.to_status,
                m.CaseEvent.actor_id,
                m.Case.category,
                m.Item.window_authorised,
                m.Item.two_level_signoff,
                m.Item.commitment_based & (m.Case.kind == "new"),
            )
            .join(m.Case, m.Case.id == m.CaseEvent.case_id)
            .join(m.Item)
            .where(m.CaseEvent.action.not_in(("accept", "urge")))  # not workflow moves
        ).all()
    assert rows
    for action, source, target, actor_id, category, window, two_level, commitment in rows:
        rule = item_rule(window, two_level, commitment)
        fitting = [
            row
            for row in TRANSITIONS
            if row.action == action
            and row.source is source
            and (row.target or source) is target
            and row.items.value in ("any", rule.value)
            and (
                QUEUE_ROLE[category] in roles[actor_id]
                if row.who in (Who.HANDLER, Who.QUEUE)
                else bool(row.roles & roles[actor_id])
            )
        ]
        assert fitting, (action, source, target, rule, roles[actor_id])


def test_window_clerks_decide_window_items_on_the_spot_in_one_sitting(demo_db):
    """窗口现场审批: a realistic share of the window items' cases, each accepted, granted, made
    and handed over by one authorised clerk on the day of acceptance, never claimed."""
    from desktop.services.cases.window import decided_at_window

    engine, _ = demo_db
    with session_factory(engine)() as session:
        authorised = set(
            session.scalars(
                sa.select(m.StaffRole.user_id).where(m.StaffRole.role == Role.WINDOW_APPROVER)
            )
        )
        spot = session.scalars(sa.select(m.Case).where(decided_at_window())).all()
        window_cases = session.scalar(
            sa.select(sa.func.count())
            .select_from(m.Case)
            .join(m.Item)
            .where(m.Item.window_authorised)
        )
        assert len(authorised) == 2 and spot
        assert 0.3 < len(spot) / window_cases < 0.7, (len(spot), window_cases)
        for case in spot:
            events = session.scalars(
                sa.select(m.CaseEvent)
                .where(m.CaseEvent.case_id == case.id)
                .order_by(m.CaseEvent.id)
            ).all()
            actions = [e.action for e in events]
            assert actions == ["accept", "approve", "issue_certificate", "deliver"]
            (clerk,) = {e.actor_id for e in events}  # one clerk, all through
            assert clerk in authorised
            assert case.first_contact_id == events[0].actor_id and case.handler_id is None
            assert case.decided_on == case.accepted_on == case.closed_on
            assert (events[1].data or {}).get("level") == "窗口现场审批"
            assert all(a.at < b.at for a, b in pairwise(events))


def test_queue_rank_follows_the_rule(demo_db):
    from desktop.domain.enums import queue_rank

    engine, _ = demo_db
    with session_factory(engine)() as session:
        rows = session.execute(sa.select(m.Case.green_channel, m.Case.status, m.Case.queue_rank))
        assert all(rank == queue_rank(green, status) for green, status, rank in rows)


def test_supervision_records_hang_together(demo_db):
    from desktop.domain.supervision import FollowUpStatus, TicketStep

    engine, summary = demo_db
    with session_factory(engine)() as session:
        urged = set(session.scalars(sa.select(m.CaseUrge.case_id)))
        urge_events = set(
            session.scalars(sa.select(m.CaseEvent.case_id).where(m.CaseEvent.action == "urge"))
        )
        assert urged and urged == urge_events
        levels = dict(
            session.execute(
                sa.select(m.Rating.level, sa.func.count()).group_by(m.Rating.level)
            ).all()
        )
        assert set(levels) == {1, 2, 3, 4, 5}
        poor = set(session.scalars(sa.select(m.Rating.id).where(m.Rating.level <= 2)))
        followed = set(session.scalars(sa.select(m.RatingFollowUp.rating_id)))
        assert poor == followed
        statuses = set(session.scalars(sa.select(m.RatingFollowUp.status)))
        assert FollowUpStatus.CLOSED in statuses
        first_steps = session.execute(
            sa.select(m.TicketEvent.ticket_id, m.TicketEvent.step).order_by(
                m.TicketEvent.ticket_id, m.TicketEvent.at, m.TicketEvent.id
            )
        ).all()
        firsts = {}
        for ticket_id, step in first_steps:
            firsts.setdefault(ticket_id, step)
        assert set(firsts.values()) == {TicketStep.OPEN}
        assert len(firsts) == summary.counts["tickets"]
        reported = session.scalars(sa.select(m.ResultNoticeCase.case_id)).all()
        approved = set(
            session.scalars(sa.select(m.CaseEvent.case_id).where(m.CaseEvent.action == "approve"))
        )
        assert reported and set(reported) <= approved and len(reported) == len(set(reported))
        assert session.scalar(sa.select(sa.func.sum(m.ResultNotice.case_count))) == len(reported)


def test_decisions_are_on_time_as_the_bureau_reports(demo_db, monkeypatch):
    from datetime import timedelta

    from desktop.domain.actor import Actor
    from desktop.services import timesource
    from desktop.services.supervision.statistics import compute_statistics
    from desktop.services.supervision.stats_definitions import Period

    engine, _ = demo_db
    monkeypatch.setattr(timesource, "today", lambda: TODAY)
    with session_factory(engine)() as session:
        year = compute_statistics(
            session, Actor.system(), Period(TODAY - timedelta(days=365), TODAY)
        ).total
        # The demo's two years up to a month ago: what is still open at the end of a period
        # (a few weeks of work in flight) weighs less over a longer one.
        settled = compute_statistics(
            session,
            Actor.system(),
            Period(TODAY - timedelta(days=760), TODAY - timedelta(days=30)),
        ).total
    assert 0.96 <= year.on_time_rate <= 0.995, year
    assert 0.94 <= settled.completion_rate <= 0.995, settled


def test_the_live_queues_show_a_few_red_and_yellow_cases(demo_db):
    from desktop.domain.enums import IN_BACK_OFFICE

    engine, _ = demo_db
    with session_factory(engine)() as session:
        open_cases = session.execute(
            sa.select(m.Case.promised_due_on, m.Case.promised_warn_on).where(
                m.Case.status.in_(IN_BACK_OFFICE)
            )
        ).all()
    red = [due for due, _ in open_cases if due < TODAY]
    yellow = [due for due, warn in open_cases if warn <= TODAY <= due]
    assert 1 <= len(red) <= 0.15 * len(open_cases), (len(red), len(open_cases))
    assert yellow


def in_office_hours(moment, calendar) -> bool:
    from datetime import time

    from desktop.domain.timezone import CHINA

    local = moment.astimezone(CHINA)
    clock = local.time()
    return calendar.is_working_day(local.date()) and (
        time(8, 30) <= clock <= time(12) or time(14) <= clock <= time(17, 30)
    )


def test_every_human_action_happens_in_office_hours(demo_db):
    engine, _ = demo_db
    columns = (
        m.CaseEvent.at,
        m.Case.accepted_at,
        m.CaseUrge.urged_at,
        m.CaseUrge.acknowledged_at,
        m.Rating.rated_at,
        m.RatingFollowUp.fixed_at,
        m.RatingFollowUp.answered_at,
        m.Ticket.opened_at,
        m.TicketEvent.at,
        m.Inspection.requested_at,
        m.Inspection.completed_at,
        m.ResultNotice.sent_at,
        m.IssuedDocument.issued_at,
        m.CasePromise.recorded_at,
        m.PromiseReceipt.recorded_at,
    )
    with session_factory(engine)() as session:
        calendar = load_work_calendar(session)
        for column in columns:
            moments = session.scalars(sa.select(column).where(column.is_not(None))).all()
            assert moments, column
            outside = [t for t in moments if not in_office_hours(t, calendar)]
            assert not outside, (column, outside[:3])


def test_every_inspection_has_a_place(demo_db):
    engine, _ = demo_db
    with session_factory(engine)() as session:
        places = session.scalars(sa.select(m.Inspection.address)).all()
    assert places and all(place.strip() for place in places)


def test_the_demo_register_has_licences_expiring_renewed_changed_and_cancelled(demo_db):
    from datetime import timedelta

    from desktop.domain.licence_life import CaseKind, LicenceStatus

    engine, summary = demo_db
    with session_factory(engine)() as session:
        statuses = [row.status for row in session.scalars(sa.select(m.Licence))]
        expiring = session.scalar(
            sa.select(sa.func.count())
            .select_from(m.Licence)
            .where(
                m.Licence.status == LicenceStatus.VALID,
                m.Licence.valid_to.between(summary.today, summary.today + timedelta(days=60)),
            )
        )
        waiting = set(
            session.scalars(sa.select(m.Case.kind).where(m.Case.status == CaseStatus.APPROVED))
        )
        # Every act names a licence of its own holder.
        holders = session.execute(
            sa.select(m.Case.applicant_id, m.Licence.holder_id).join(
                m.Licence, m.Licence.id == m.Case.licence_id
            )
        ).all()
        # Every act goes under the licence's item's variant of its kind; 撤销 under the
        # licence's own item (licence_life.check_item).
        acts = session.execute(
            sa.select(m.Case.kind, m.Item.id, m.Item.case_kind, m.Item.base_item_id)
            .join(m.Item, m.Item.id == m.Case.item_id)
            .add_columns(m.Licence.item_id)
            .join(m.Licence, m.Licence.id == m.Case.licence_id)
        ).all()
    assert {kind for kind, *_ in acts} == set(CaseKind) - {CaseKind.NEW}
    for kind, item_id, item_kind, base_id, licence_item in acts:
        if kind is CaseKind.REVOCATION:
            assert item_id == licence_item
        else:
            assert (item_kind, base_id) == (kind, licence_item)
    assert expiring >= 3
    assert statuses.count(LicenceStatus.RENEWED) >= 1
    assert statuses.count(LicenceStatus.CHANGED) == 1
    assert statuses.count(LicenceStatus.CANCELLED) == 1
    assert {CaseKind.CANCELLATION, CaseKind.REVOCATION} <= waiting  # for the clerk
    assert holders and all(case == licence for case, licence in holders)


def test_the_demo_has_trial_keys_and_sealed_documents_for_its_recent_cases(demo_db):
    from desktop.documents.model import DocumentType
    from desktop.domain.item_kinds import DECISION_DOCUMENTS, ItemKind
    from desktop.domain.licence_life import REGISTER_DOCUMENTS, case_outputs
    from desktop.services.demo.documents import documented_cases
    from desktop.services.documents.issuing import verify_document
    from desktop.services.documents.signing_keys import KEYS_SETTING
    from desktop.services.staff import actor_for

    engine, summary = demo_db
    with session_factory(engine)() as session:
        assert session.get(m.Setting, KEYS_SETTING).value["trial"]
        chosen = documented_cases(session)
        documents = session.execute(
            sa.select(
                m.IssuedDocument.case_id,
                m.IssuedDocument.doc_type,
                m.IssuedDocument.year,
                m.IssuedDocument.serial,
                m.IssuedDocument.issued_at,
            ).order_by(m.IssuedDocument.issued_at, m.IssuedDocument.id)
        ).all()
        statuses = {
            case_id: value
            for case_id, value in session.execute(
                sa.select(m.Case.id, m.Case.status).where(m.Case.id.in_(chosen))
            )
        }
        case_kinds = dict(
            session.execute(sa.select(m.Case.id, m.Case.kind).where(m.Case.id.in_(chosen))).all()
        )
        decided_on = {
            case_id: value
            for case_id, value in session.execute(
                sa.select(m.Case.id, m.Case.decided_on).where(m.Case.id.in_(chosen))
            )
        }
        clerk = actor_for(session, "clerk1")
        licence = session.scalars(
            sa.select(m.IssuedDocument.pdf).where(m.IssuedDocument.doc_type == "licence").limit(1)
        ).one()
        assert verify_document(session, clerk, licence).status == "valid"
    assert len(chosen) >= 15 and summary.counts["documents"] == len(documents)
    kinds: dict[int, set[str]] = defaultdict(set)
    serials: dict[tuple[str, int], list[int]] = defaultdict(list)
    for case_id, kind, year, serial, issued_at in documents:
        kinds[case_id].add(kind)
        serials[kind, year].append(serial)
        if kind == DocumentType.INSPECTION_RECORD.value:  # printed on the visit's day
            assert issued_at.astimezone(CHINA).date() <= decided_on[case_id]
        else:
            assert issued_at.astimezone(CHINA).date() >= decided_on[case_id]
    assert set(kinds) == set(chosen)
    for case_id, status in statuses.items():
        # Each case has its kind's decision documents (item_kinds.outputs, or for an act on
        # a licence licence_life.LIFE_RULES), and only those.
        decision = kinds[case_id] & (DECISION_DOCUMENTS | REGISTER_DOCUMENTS)
        assert decision, case_id
        assert any(
            decision == set(case_outputs(kind, licence, granted, case_kinds[case_id]))
            for kind in ItemKind
            for licence in (True, False)
            for granted in (True, False)
        ), (case_id, decision)
        assert (DocumentType.DELIVERY_PROOF.value in kinds[case_id]) == (
            status is CaseStatus.DELIVERED
        )
    # Numbered gaplessly per type and year, in the order they were issued.
    assert all(numbers == list(range(1, len(numbers) + 1)) for numbers in serials.values())


def test_the_supervision_window_opens_on_the_bureau_s_rates(demo_db, monkeypatch):
    """Its default period (the last twelve months up to today): 办结率 about the field
    report's 97.93 %, about 98 % decided on time, and a few red and yellow cards."""
    from desktop.domain.actor import Actor
    from desktop.services import timesource
    from desktop.services.supervision.statistics import compute_statistics
    from desktop.services.supervision.stats_definitions import Period

    engine, _ = demo_db
    monkeypatch.setattr(timesource, "today", lambda: TODAY)
    with session_factory(engine)() as session:
        total = compute_statistics(session, Actor.system(), Period.last_months(TODAY)).total
    assert 0.97 <= total.completion_rate <= 0.985, total
    assert 0.97 <= total.on_time_rate <= 0.99, total
    assert 1 <= total.overdue_now <= 12 and 1 <= total.due_soon_now <= 12, total


def test_a_handful_of_requests_wait_for_the_coordinator_and_visits_are_planned(demo_db):
    from desktop.domain.enums import InspectionStatus
    from desktop.services.demo.visits import AHEAD_DAYS

    engine, _ = demo_db
    with session_factory(engine)() as session:
        calendar = load_work_calendar(session)
        rows = session.execute(
            sa.select(
                m.Inspection.status, m.Inspection.scheduled_on, m.Inspection.address, m.Case.status
            ).join(m.Case)
        ).all()
    waiting = [row for row in rows if row[0] is InspectionStatus.REQUESTED]
    planned = [row for row in rows if row[0] is InspectionStatus.SCHEDULED]
    assert 3 <= len(waiting) <= 15 and 1 <= len(planned) <= 30
    assert all(address.strip() for _, _, address, _ in waiting + planned)
    assert {case for *_, case in waiting + planned} == {CaseStatus.INSPECTION}
    last = calendar.add_working_days(TODAY, AHEAD_DAYS)
    assert all(TODAY < day <= last for _, day, _, _ in planned)
    assert all(day is None for _, day, _, _ in waiting)


def test_planned_teams_keep_the_leave_and_recusal_rules(demo_db):
    from desktop.domain.enums import InspectionStatus

    engine, _ = demo_db
    with session_factory(engine)() as session:
        away = set(
            session.execute(
                sa.select(
                    m.InspectorUnavailability.inspector_id,
                    m.InspectorUnavailability.day,
                    m.InspectorUnavailability.half_day,
                )
            ).all()
        )
        ties = set(session.execute(sa.select(m.RecusalTie.inspector_id, m.RecusalTie.applicant_id)))
        department = dict(
            session.execute(sa.select(m.Inspector.id, m.Inspector.department_id)).all()
        )
        members = session.execute(
            sa.select(
                m.Inspection.id,
                m.Inspection.scheduled_on,
                m.Inspection.half_day,
                m.Inspection.department_id,
                m.Case.applicant_id,
                m.InspectionMember.inspector_id,
                m.InspectionMember.is_backup,
            )
            .join(m.Case, m.Case.id == m.Inspection.case_id)
            .join(m.InspectionMember)
            .where(m.Inspection.status == InspectionStatus.SCHEDULED)
        ).all()
    assert members
    booked: set[tuple[int, date]] = set()
    from_department: dict[int, bool] = defaultdict(bool)
    for visit, day, half, unit, applicant, inspector, backup in members:
        assert (inspector, day, half) not in away
        assert (inspector, applicant) not in ties
        if not backup:
            assert (inspector, day) not in booked, (inspector, day)
            booked.add((inspector, day))
            from_department[visit] |= department[inspector] == unit
    assert all(from_department.values())


def test_some_cases_were_accepted_rongque_most_promises_kept_a_few_overdue(demo_db):
    """容缺受理 in realistic proportions: a few percent of the cases, most promises kept on
    time, a few overdue; no licence went out while a promise held it back."""
    from desktop.domain.promises import PromiseState, promise_state

    engine, summary = demo_db
    with session_factory(engine)() as session:
        rows = session.execute(
            sa.select(
                m.CasePromise.case_id,
                m.CasePromise.promised_on,
                m.CasePromise.issue_before_received,
                m.PromiseReceipt.received_on,
                m.CaseMaterial.state,
                m.CaseMaterial.received_on,
            )
            .join(m.CaseMaterial, m.CaseMaterial.id == m.CasePromise.case_material_id)
            .outerjoin(m.PromiseReceipt, m.PromiseReceipt.promise_id == m.CasePromise.id)
        ).all()
        licensed = set(
            session.scalars(
                sa.select(m.IssuedDocument.case_id).where(m.IssuedDocument.doc_type == "licence")
            )
        )
        calendar = load_work_calendar(session)
    assert summary.counts["promises"] == len(rows)
    states = [promise_state(day, received, TODAY) for _, day, _, received, _, _ in rows]
    assert 0.02 < len(rows) / OPTIONS.cases < 0.1
    assert states.count(PromiseState.KEPT) > 0.8 * len(rows)
    assert 1 <= states.count(PromiseState.OVERDUE) <= 0.1 * len(rows)
    for case_id, _, first, received, state, checklist_day in rows:
        assert (state.value == "received") == (received is not None)
        assert checklist_day == received
        assert received is None or calendar.is_working_day(received)
        assert first or received is not None or case_id not in licensed


def test_the_demo_has_tens_of_projects_whose_stages_follow_one_another(demo_db, monkeypatch):
    from desktop.domain.clock import WarningLevel
    from desktop.domain.projects import ProjectStage, StageState
    from desktop.services import timesource
    from desktop.services.cases.project_views import project_view
    from desktop.services.staff import actor_for

    engine, summary = demo_db
    monkeypatch.setattr(timesource, "today", lambda: summary.today)
    with session_factory(engine)() as session:
        actor = actor_for(session, "super1")
        projects = session.scalars(sa.select(m.Project)).all()
        # The builder applies for every case of its project.
        builders = session.execute(
            sa.select(m.Case.applicant_id, m.Project.builder_id).join(
                m.Project, m.Project.id == m.Case.project_id
            )
        ).all()
        views = [project_view(session, actor, p.code) for p in projects]
    assert 10 <= len(projects) <= 60 and summary.counts["projects"] == len(projects)
    assert all(case == builder for case, builder in builders)
    assert {v.stage for v in views} == set(ProjectStage)
    levels = []
    for view in views:
        order = list(ProjectStage)
        current = order.index(view.stage)
        for stage in view.stages[:current]:
            assert stage.state is StageState.DONE and stage.cases >= 2
        for stage in view.stages[current + 1 :]:
            assert stage.state is StageState.WAITING
        for before, after in pairwise(view.stages[: current + 1]):
            assert before.finished_on is not None and after.started_on > before.finished_on
        levels += [s.level for s in view.stages if s.level is not None]
    # Mostly on time; a few projects running, and now and then one blocked by a refusal.
    assert levels.count(WarningLevel.RED) <= len(levels) // 5
    assert any(v.state is StageState.RUNNING for v in views)


def test_every_finished_visit_has_its_record_confirmed_by_its_team(demo_db):
    """Each finished visit's record: the same conclusion, a finding at every point of the
    item's checklist, every team inspector (each with a sign-in) confirmed; the documented
    cases' records are issued as sealed documents."""
    engine, _ = demo_db
    with session_factory(engine)() as session:
        visits = session.execute(
            sa.select(m.Inspection.id, m.Inspection.conclusion, m.InspectionRecord.conclusion)
            .outerjoin(m.InspectionRecord, m.InspectionRecord.inspection_id == m.Inspection.id)
            .where(m.Inspection.status == "done")
        ).all()
        assert visits and all(done == recorded for _, done, recorded in visits)
        assert {c for _, c, _ in visits} == set(InspectionConclusion)
        points = dict(
            session.execute(
                sa.select(m.Inspection.id, sa.func.count(m.ItemCheckPoint.id))
                .join(m.Case, m.Case.id == m.Inspection.case_id)
                .join(m.ItemCheckPoint, m.ItemCheckPoint.item_id == m.Case.item_id)
                .where(m.Inspection.status == "done")
                .group_by(m.Inspection.id)
            ).all()
        )
        found = dict(
            session.execute(
                sa.select(m.InspectionFinding.inspection_id, sa.func.count()).group_by(
                    m.InspectionFinding.inspection_id
                )
            ).all()
        )
        assert found == points
        unconfirmed = session.scalar(
            sa.select(sa.func.count())
            .select_from(m.InspectionMember)
            .join(m.Inspection, m.Inspection.id == m.InspectionMember.inspection_id)
            .join(m.Inspector, m.Inspector.id == m.InspectionMember.inspector_id)
            .where(m.Inspection.status == "done", m.InspectionMember.is_backup.is_(False))
            .where(
                sa.or_(m.InspectionMember.signed_at.is_(None), m.Inspector.staff_user_id.is_(None))
            )
        )
        assert unconfirmed == 0
        rectified = session.scalars(
            sa.select(m.InspectionRecord.rectify_due).where(
                m.InspectionRecord.conclusion == InspectionConclusion.RECTIFY
            )
        ).all()
        assert rectified and all(due is not None for due in rectified)
        printed = session.scalar(
            sa.select(sa.func.count())
            .select_from(m.IssuedDocument)
            .where(m.IssuedDocument.doc_type == "inspection_record")
        )
        assert printed >= 1
