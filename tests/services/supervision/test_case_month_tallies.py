"""The month tallies stay equal to a recount of the cases (in Python, by the calendar's own
count of working days) however cases and the calendar are written, on both backends."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa

from desktop.data import models as m
from desktop.data.calendar import load_work_calendar
from desktop.domain.enums import CaseStatus
from desktop.services.cases import actions as cases

Key = tuple[object, ...]
ENDED = (CaseStatus.WITHDRAWN, CaseStatus.TERMINATED)


def month(day: date | None) -> date | None:
    return None if day is None else day.replace(day=1)


def recount(session) -> dict[Key, tuple[int, ...]]:
    """What every tallies row should hold: counted case by case."""
    calendar = load_work_calendar(session)  # as stored now (the cache follows the years)
    rows: dict[Key, tuple[int, ...]] = {}
    for case in session.scalars(sa.select(m.Case)):
        decided, due = case.decided_on, case.promised_due_on
        both = decided is not None and due is not None
        values = (
            1,
            int(case.status is CaseStatus.DELIVERED),
            int(case.status in ENDED),
            int(both and decided <= due),
            int(both and decided < due),
            int(both and decided > due),
            case.extension_days,
            calendar.working_days_between(due, decided) if both else 0,
        )
        key = (
            case.category,
            case.item_id,
            case.handler_id,
            month(case.accepted_on),
            month(decided),
            month(case.closed_on),
        )
        before = rows.get(key, (0,) * len(values))
        rows[key] = tuple(a + b for a, b in zip(before, values, strict=True))
    return rows


def tallies(session) -> dict[Key, tuple[int, ...]]:
    rows: dict[Key, tuple[int, ...]] = {}
    for t in session.scalars(sa.select(m.CaseMonthTally)):
        key = (
            t.category,
            t.item_id,
            t.handler_id,
            t.accepted_month,
            t.decided_month,
            t.closed_month,
        )
        assert key not in rows, key  # one row per key, unclaimed and undecided included
        values = (
            t.cases,
            t.delivered,
            t.ended,
            t.on_time,
            t.early,
            t.late,
            t.extension_days,
            t.days_past_due,
        )
        if any(values):  # rows whose cases all moved on stay, at zero
            rows[key] = values
    return rows


def assert_exact(bureau) -> dict[Key, tuple[int, ...]]:
    with bureau.sessions() as session:
        now = tallies(session)
        assert now == recount(session)
        return now


def test_tallies_follow_actions_bulk_writes_deletes_and_the_calendar(bureau):
    soc1, clerk = bureau.actors["soc1"], bureau.actors["clerk1"]
    ids = [bureau.new_case(item).id for item in ("window", "window", "one", "two", "window")]
    a = bureau.run(cases.claim, soc1, ids[0], 1)
    a = bureau.run(cases.approve, soc1, a.id, a.version)
    bureau.clock.advance(days=3)
    a = bureau.run(cases.issue_certificate, clerk, a.id, a.version)
    bureau.run(cases.deliver, clerk, a.id, a.version, "王五")
    b = bureau.run(cases.claim, soc1, ids[1], 1)
    bureau.run(cases.withdraw, soc1, b.id, b.version, "申请人书面撤回")
    d = bureau.run(cases.claim, bureau.actors["eng1"], ids[3], 1)
    bureau.run(cases.extend, bureau.actors["head1"], d.id, d.version, "项目情况复杂")
    after_actions = assert_exact(bureau)
    with bureau.sessions() as session, session.begin():
        # Writes that bypass the services: many rows in one statement, a copy of every case,
        # a statement changing nothing counted, and deletes.
        session.execute(
            sa.update(m.Case)
            .where(m.Case.id.in_(ids[2:]))
            .values(
                status=CaseStatus.APPROVED,
                decided_on=date(2026, 12, 3),
                handler_id=soc1.user_id,
                promised_due_on=date(2026, 11, 27),
            )
        )
        table = m.Case.__table__
        columns = [c.name for c in table.columns if c.name not in ("id", "number")]
        copied = sa.select(m.Case.number + "-copy", *(table.c[c] for c in columns))
        session.execute(sa.insert(m.Case).from_select(["number", *columns], copied))
        session.execute(sa.update(m.Case).values(version=m.Case.version + 1))
        gone = ids[4]
        for dependent in (m.CaseEvent, m.CaseMaterial, m.ClockPause):
            session.execute(sa.delete(dependent).where(dependent.case_id == gone))
        session.execute(sa.delete(m.Case).where(m.Case.id == gone))
    after_writes = assert_exact(bureau)
    assert after_writes != after_actions
    with bureau.sessions() as session, session.begin():
        # Days between due dates and decisions: a weekday holiday, a weekend working day,
        # one turned into the other, and one taken away again.
        session.execute(
            sa.insert(m.CalendarException),
            [
                {"day": date(2026, 11, 30), "kind": "holiday", "name": "测试"},
                {"day": date(2026, 11, 28), "kind": "workday", "name": "调休"},
                {"day": date(2026, 12, 2), "kind": "holiday", "name": "测试"},
            ],
        )
        session.execute(
            sa.update(m.CalendarException)
            .where(m.CalendarException.day == date(2026, 11, 30))
            .values(kind="workday")  # a Monday "working day": no change to the count
        )
        session.execute(
            sa.delete(m.CalendarException).where(m.CalendarException.day == date(2026, 12, 2))
        )
    after_calendar = assert_exact(bureau)
    # Only the working days moved: Saturday 11-28 now counts, so the cases due 11-27 and
    # decided 12-03 are a day later each: two, and three copies (one original was deleted).
    assert {k: v[:-1] for k, v in after_calendar.items()} == {
        k: v[:-1] for k, v in after_writes.items()
    }
    late_days = [sum(v[-1] for v in rows.values()) for rows in (after_writes, after_calendar)]
    assert late_days[1] == late_days[0] + 5
    assert sum(row[0] for row in after_calendar.values()) == 9  # 5 + 5 copies - 1


def test_a_rolled_back_change_leaves_the_tallies_alone(bureau):
    ids = [bureau.new_case("window").id for _ in range(3)]
    bureau.run(cases.claim, bureau.actors["soc1"], ids[0], 1)
    with bureau.sessions() as session:
        before = tallies(session)
    with bureau.sessions() as session:
        session.execute(
            sa.update(m.Case)
            .where(m.Case.id.in_(ids))
            .values(status=CaseStatus.REJECTED, decided_on=date(2026, 12, 1))
        )
        session.execute(
            sa.insert(m.CalendarException).values(
                day=date(2026, 11, 20), kind="holiday", name="测试"
            )
        )
        # Counted at once on both backends: inside the transaction they already agree.
        assert tallies(session) == recount(session) != before
        session.rollback()
    with bureau.sessions() as session:
        assert tallies(session) == before == recount(session)
