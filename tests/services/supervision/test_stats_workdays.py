"""The SQL working-day positions agree with the calendar, holidays and make-up days included."""

from __future__ import annotations

import random
from datetime import date, timedelta

import sqlalchemy as sa

from desktop.services.deadlines import work_calendar
from desktop.services.supervision.stats_workdays import working_day_position


def test_sql_positions_count_working_days_like_the_calendar(sessions):
    first, last = date(2024, 1, 1), date(2026, 12, 31)
    rng = random.Random(7)
    span = (last - first).days
    # Around Spring Festival and National Day, where holidays and 调休 cluster, and anywhere.
    pairs = [(date(2026, 2, 13), date(2026, 2, 28)), (date(2025, 9, 26), date(2025, 10, 11))]
    pairs += [
        (first + timedelta(days=rng.randrange(span)), first + timedelta(days=rng.randrange(span)))
        for _ in range(150)
    ]
    with sessions() as session:
        calendar = work_calendar(session)

        def position(day: date) -> sa.ColumnElement[int]:
            return working_day_position(sa.literal(day, sa.Date), calendar, first, last)

        counted = session.execute(sa.select(*(position(b) - position(a) for a, b in pairs))).one()
    expected = [calendar.position(b) - calendar.position(a) for a, b in pairs]
    assert list(counted) == expected
    assert expected[0] == calendar.working_days_between(*pairs[0]) < 10  # the long holiday
