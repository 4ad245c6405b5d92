"""Stored dates always current: a change to the calendar or to the yellow-warning share
recounts every open case's stored dates (the case's and its current step's) in the same
transaction, under a new calendar version, audited once; closed cases keep theirs."""

from __future__ import annotations

from datetime import date

import psycopg
import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.domain.enums import CLOSED_STATUSES, CaseStatus, DayKind
from desktop.domain.workdays import CalendarDay
from desktop.services.admin import calendar as calendar_admin
from desktop.services.cases import actions as cases
from desktop.services.cases.explanation import explain_case
from desktop.services.deadlines import calendar_version, counted_dates
from tests.support.logins import connect_as

on_postgres = pytest.mark.parametrize("backend", ["postgres"])
STORED = (
    "promised_due_on",
    "promised_warn_on",
    "statutory_due_on",
    "due_provisional",
    "step_due_on",
    "step_warn_on",
)


@pytest.fixture
def logins(bureau, as_staff):
    """The bureau, every account with its own login (given by the shared `as_staff`)."""
    return bureau


def stored(case: m.Case) -> tuple[object, ...]:
    return tuple(getattr(case, column) for column in STORED)


def material(bureau, case_id: int) -> int:
    with bureau.sessions() as session:
        return session.scalar(
            sa.select(m.CaseMaterial.id).where(m.CaseMaterial.case_id == case_id).limit(1)
        )


def cases_in_every_state(bureau, clock) -> dict[str, int]:
    """Cases in the pool, under review, paused, proposed, approved, and one delivered."""
    eng1, soc1, head1 = bureau.actors["eng1"], bureau.actors["soc1"], bureau.actors["head1"]
    clerk1, review1 = bureau.actors["clerk1"], bureau.actors["review1"]
    made = {"pool": bureau.new_case("two").id}
    review = bureau.new_case("two")
    bureau.run(cases.claim, eng1, review.id, review.version)
    made["review"] = review.id
    paused = bureau.new_case("two")
    state = bureau.run(cases.claim, eng1, paused.id, paused.version)
    bureau.run(
        cases.request_supplement, eng1, paused.id, state.version, [material(bureau, paused.id)]
    )
    made["paused"] = paused.id
    proposed = bureau.new_case("one")
    state = bureau.run(cases.claim, soc1, proposed.id, proposed.version)
    bureau.run(cases.propose, soc1, proposed.id, state.version, grant=True, opinion="拟准予")
    made["proposed"] = proposed.id
    approved = bureau.new_case("one")
    state = bureau.run(cases.claim, soc1, approved.id, approved.version)
    state = bureau.run(
        cases.propose, soc1, approved.id, state.version, grant=True, opinion="拟准予"
    )
    bureau.run(cases.approve, review1, approved.id, state.version)
    made["approved"] = approved.id
    done = bureau.new_case("one")
    state = bureau.run(cases.claim, soc1, done.id, done.version)
    state = bureau.run(cases.propose, soc1, done.id, state.version, grant=False, opinion="不符合")
    state, _ = bureau.run(cases.reject, head1, done.id, state.version, "申请人不具备法定条件")
    bureau.run(cases.deliver, clerk1, done.id, state.version, "王五")
    made["closed"] = done.id
    clock.advance(days=3)
    return made


def assert_current(bureau, ids: dict[str, int]) -> None:
    """Every open case stores what the clock counts today, under the version in force."""
    with bureau.sessions() as session:
        version = calendar_version(session)
        for name, case_id in ids.items():
            case = session.get(m.Case, case_id)
            if case.status in CLOSED_STATUSES:
                continue
            counted = counted_dates(session, case).as_stored()
            if case.decided_on is not None and not case.due_provisional:
                # Decided under the calendar then: its own dates stay, its step is counted.
                assert stored(case)[4:] == counted[4:], name
            else:
                assert stored(case) == counted, name
            assert case.calendar_version == version, name


def recount_entries(bureau) -> list[dict]:
    with bureau.sessions() as session:
        return list(
            session.scalars(
                sa.select(m.AuditEntry.new)
                .where(m.AuditEntry.action == "recount_due")
                .order_by(m.AuditEntry.id)  # oldest first: a table's order is not promised
            )
        )


def test_a_holiday_edit_in_a_known_year_recounts_every_open_case_not_the_closed(bureau, clock):
    ids = cases_in_every_state(bureau, clock)
    closed_before = stored(bureau.case(ids["closed"]))
    closed_version = bureau.case(ids["closed"]).calendar_version
    before = {name: stored(bureau.case(case_id)) for name, case_id in ids.items()}
    assert bureau.case(ids["review"]).step_due_on is not None  # the review step runs
    assert bureau.case(ids["pool"]).step_due_on is None
    with bureau.sessions() as session:
        year = calendar_admin.calendar_overview(session, bureau.actors["admin"])[2026]
    entries = len(recount_entries(bureau))
    # Two weekdays of late November become holidays: every clock running across them moves.
    extra = [
        CalendarDay(date(2026, 11, 24), DayKind.HOLIDAY, "测试"),
        CalendarDay(date(2026, 11, 25), DayKind.HOLIDAY, "测试"),
    ]
    changed = bureau.run(calendar_admin.set_year, bureau.actors["admin"], 2026, year + extra)
    assert changed >= 4
    assert_current(bureau, ids)
    for name in ("review", "paused", "proposed"):
        assert stored(bureau.case(ids[name])) != before[name], name
    # The approved case was decided under the calendar then: its own dates stay.
    assert stored(bureau.case(ids["approved"]))[:4] == before["approved"][:4]
    closed = bureau.case(ids["closed"])
    assert (stored(closed), closed.calendar_version) == (closed_before, closed_version)
    recounts = recount_entries(bureau)
    assert len(recounts) == entries + 1  # one entry, not one per case
    assert recounts[-1]["recounted"] == 5 and recounts[-1]["changed"] == changed
    # The explanation names the version the dates were counted by.
    with bureau.sessions() as session:
        version = calendar_version(session)
        lines = explain_case(session, session.get(m.Case, ids["review"])).lines()
        closed_lines = explain_case(session, session.get(m.Case, ids["closed"])).lines()
    assert any(f"第 {version} 版节假日安排" in line for line in lines)
    assert any("期限保持办结时的计算" in line for line in closed_lines)
    # Saving the same year again changes nothing and recounts nothing.
    assert bureau.run(calendar_admin.set_year, bureau.actors["admin"], 2026, year + extra) == 0
    assert len(recount_entries(bureau)) == entries + 1


def test_a_new_yellow_share_recounts_every_open_case_s_yellow_days(bureau, clock):
    ids = cases_in_every_state(bureau, clock)
    warn = {name: bureau.case(case_id).promised_warn_on for name, case_id in ids.items()}
    closed_before = stored(bureau.case(ids["closed"]))
    entries = len(recount_entries(bureau))
    bureau.run(calendar_admin.save_bureau_profile, bureau.actors["admin"], {"yellow_share": 0.5})
    assert_current(bureau, ids)
    assert bureau.case(ids["review"]).promised_warn_on < warn["review"]
    assert stored(bureau.case(ids["closed"])) == closed_before
    assert len(recount_entries(bureau)) == entries + 1
    # Other fields of the profile leave the dates alone.
    bureau.run(calendar_admin.save_bureau_profile, bureau.actors["admin"], {"hotline": "0913-1"})
    assert len(recount_entries(bureau)) == entries + 1


def test_the_current_step_is_stored_as_the_case_moves(bureau, clock):
    eng1, head1 = bureau.actors["eng1"], bureau.actors["head1"]
    case = bureau.new_case("two")
    assert bureau.case(case.id).step_due_on is None
    state = bureau.run(cases.claim, eng1, case.id, case.version)
    review = bureau.case(case.id)
    with bureau.sessions() as session:
        explained = explain_case(session, session.get(m.Case, case.id))
    assert review.step_due_on == explained.steps[0].due  # 审查
    clock.advance(days=1)
    state = bureau.run(cases.propose, eng1, case.id, state.version, grant=True, opinion="拟准予")
    signoff = bureau.case(case.id)
    with bureau.sessions() as session:
        explained = explain_case(session, session.get(m.Case, case.id))
    assert signoff.step_due_on == explained.steps[1].due != review.step_due_on  # 审批签发
    assert signoff.step_warn_on <= signoff.step_due_on
    with bureau.sessions() as session:
        assert stored(signoff) == counted_dates(session, signoff).as_stored()
    state = bureau.run(cases.sign_off, bureau.actors["review1"], case.id, state.version)
    bureau.run(cases.approve, head1, case.id, state.version)
    approved = bureau.case(case.id)
    with bureau.sessions() as session:
        explained = explain_case(session, session.get(m.Case, case.id))
        assert stored(approved) == counted_dates(session, approved).as_stored()
    assert approved.step_due_on == explained.steps[2].due  # 制证


@on_postgres
def test_a_calendar_edit_by_sql_recounts_at_commit_as_one_audited_change(logins, clock, db_url):
    ids = cases_in_every_state(logins, clock)
    entries = len(recount_entries(logins))
    with logins.sessions() as session:
        mark = session.scalar(sa.select(sa.func.max(m.AuditEntry.id)))
    with connect_as(db_url, "admin") as connection:
        connection.execute(
            "INSERT INTO calendar_days (day, kind, name) VALUES"
            " (DATE '2026-11-24', 'holiday', '测试'), (DATE '2026-11-25', 'holiday', '测试')"
        )
    assert_current(logins, ids)
    with logins.sessions() as session:
        actor, new = session.execute(
            sa.select(m.AuditEntry.actor, m.AuditEntry.new)
            .where(m.AuditEntry.action == "recount_due")
            .order_by(m.AuditEntry.id.desc())
            .limit(1)
        ).one()
        per_case = session.scalar(
            sa.text(
                "SELECT count(*) FROM audit_log WHERE entity = 'cases' AND action = 'update'"
                " AND id > :mark AND new::jsonb ? 'promised_due_on'"
            ),
            {"mark": mark},
        )
    assert len(recount_entries(logins)) == entries + 1
    assert actor == "admin" and new["what"] == "calendar" and new["recounted"] == 5
    assert per_case == 0  # the recount is one entry, not one per case
    # The yellow share, changed by SQL as well.
    with connect_as(db_url, "admin") as connection:
        connection.execute(
            "UPDATE settings SET value = jsonb_set(value, '{yellow_share}', '0.6')"
            " WHERE key = 'bureau_profile'"
        )
    assert_current(logins, ids)
    assert len(recount_entries(logins)) == entries + 2


@on_postgres
def test_no_login_writes_the_step_dates_or_the_calendar_version(logins, db_url):
    case = logins.new_case("two")
    logins.run(cases.claim, logins.actors["eng1"], case.id, case.version)
    before = logins.case(case.id)
    for name in ("eng1", "review1", "head1", "clerk1", "super1", "coord1", "admin"):
        with connect_as(db_url, name) as connection:
            for statement in (
                "UPDATE cases SET step_due_on = DATE '2099-01-01' WHERE id = %s",
                "UPDATE cases SET step_warn_on = DATE '2099-01-01' WHERE id = %s",
                "UPDATE cases SET calendar_version = 99 WHERE id = %s",
                "INSERT INTO calendar_versions (changed_by, what, recounted, pending)"
                " VALUES ('x', 'calendar', 0, false) RETURNING %s",
                "SELECT desk_recount_open(), %s",
                "SELECT desk_recount_due(ARRAY[%s])",
            ):
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    connection.execute(statement, (case.id,))
    after = logins.case(case.id)
    assert stored(after) == stored(before)
    assert after.calendar_version == before.calendar_version


def test_a_case_closed_before_a_change_keeps_its_dates_and_says_so(bureau, clock):
    ids = cases_in_every_state(bureau, clock)
    closed = bureau.case(ids["closed"])
    assert closed.status is CaseStatus.DELIVERED
    bureau.run(calendar_admin.save_bureau_profile, bureau.actors["admin"], {"yellow_share": 0.6})
    with bureau.sessions() as session:
        note = explain_case(session, session.get(m.Case, ids["closed"])).calendar
        assert note is not None and note.version == closed.calendar_version
        assert note.current == calendar_version(session) != note.version


def test_late_and_yellow_steps_are_counted_by_person_and_department(bureau, clock):
    from desktop.domain.clock import WarningLevel
    from desktop.domain.guards import NotAllowed
    from desktop.domain.steps import Step, step_warning
    from desktop.services.supervision.late_steps import late_step_cases, late_steps

    ids = cases_in_every_state(bureau, clock)
    clock.advance(days=5)  # review (5 working days) and sign-off (2) run late by now
    found = bureau.run(late_steps, bureau.actors["super1"])
    with pytest.raises(NotAllowed):
        bureau.run(late_steps, bureau.actors["eng1"])
    with bureau.sessions() as session:
        today = clock.now.date()
        levels = {
            case.id: step_warning(case.status, case.step_due_on, case.step_warn_on, today)
            for case in session.scalars(sa.select(m.Case))
        }
    red = sorted(i for i, level in levels.items() if level is WarningLevel.RED)
    yellow = sorted(i for i, level in levels.items() if level is WarningLevel.YELLOW)
    assert ids["review"] in red and ids["proposed"] in red  # the review and the sign-off
    assert (found.red, found.yellow) == (len(red), len(yellow))
    assert sorted(bureau.run(late_step_cases, bureau.actors["super1"], red=True)) == red
    people = {row.name: row for row in found.by_person}
    with bureau.sessions() as session:
        handler = session.get(m.StaffUser, bureau.actors["eng1"].user_id).full_name
    assert dict(people[handler].by_step)[Step.REVIEW] == 1  # paused, the other's clock stands
    assert sorted(
        bureau.run(late_step_cases, bureau.actors["super1"], red=True, handler=handler)
    ) == sorted(i for i in red if bureau.case(i).handler_id == bureau.actors["eng1"].user_id)
    assert [row.name for row in found.by_department] == ["住房和城乡建设局"]
    assert found.by_department[0].red == len(red)


def test_the_explanation_names_the_steps_as_the_domain_does():
    """The explanation's step names are literal terms (to be translated); they say what
    domain/steps.py's labels say, in the same order."""
    import ast
    import inspect

    from desktop.domain.steps import STEP_LABELS
    from desktop.services.cases import explanation

    tree = ast.parse(inspect.getsource(explanation))
    named = [
        call.args[0].args[0].value
        for call in ast.walk(tree)
        if isinstance(call, ast.Call) and getattr(call.func, "id", "") == "StepInput"
    ]
    assert named == list(STEP_LABELS.values())
