"""The working-day clock: holidays skipped, make-up days counted, pauses and extensions."""

from __future__ import annotations

from datetime import date, timedelta

import chinese_calendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.clock import (
    Pause,
    WarningLevel,
    due_date,
    remaining_working_days,
    used_working_days,
    warning_level,
)
from desktop.domain.holiday_source import published_calendar
from desktop.domain.workdays import WorkCalendar

PUBLISHED = published_calendar()
CALENDAR = WorkCalendar.from_days(
    [day for days in PUBLISHED.values() for day in days], PUBLISHED.keys()
)
KNOWN_LAST = date(max(PUBLISHED), 12, 31)

starts = st.dates(min_value=date(2010, 1, 1), max_value=date(2026, 6, 30))  # dues stay in 2026
limits = st.integers(min_value=1, max_value=60)


def test_national_day_2026_is_skipped_and_makeup_saturday_counted():
    # 2026-09-30 (Wed): Oct 1-7 are holidays; Sunday 2026-09-20 and Saturday 2026-10-10
    # are make-up working days. Five working days after Sep 30 are Oct 8, 9, 10, 12, 13.
    assert CALENDAR.is_working_day(date(2026, 10, 10))
    assert not CALENDAR.is_working_day(date(2026, 10, 5))
    assert due_date(CALENDAR, date(2026, 9, 30), 5).day == date(2026, 10, 13)


def test_acceptance_day_is_not_counted():
    # Monday 2026-11-23: one working day later is Tuesday.
    assert due_date(CALENDAR, date(2026, 11, 23), 1).day == date(2026, 11, 24)


def test_due_date_in_an_unpublished_year_is_provisional():
    due = due_date(CALENDAR, date(2026, 12, 21), 20)
    assert due.provisional
    assert due.day.year == 2027
    assert not due_date(CALENDAR, date(2026, 11, 2), 20).provisional


def test_pause_excludes_working_days_after_stop_up_to_and_including_restart():
    start = date(2026, 11, 2)  # Monday
    plain = due_date(CALENDAR, start, 10).day
    # Stopped Wed 11-04, restarted Mon 11-09: excludes Thu, Fri, Mon = 3 working days.
    paused = due_date(CALENDAR, start, 10, [Pause(date(2026, 11, 4), date(2026, 11, 9))]).day
    assert CALENDAR.working_days_between(plain, paused) == 3


def test_open_pause_runs_to_today_and_extension_adds_days():
    start = date(2026, 11, 2)
    open_pause = [Pause(date(2026, 11, 4), None)]
    assert due_date(CALENDAR, start, 10, open_pause, today=date(2026, 11, 9)) == due_date(
        CALENDAR, start, 10, [Pause(date(2026, 11, 4), date(2026, 11, 9))]
    )
    extended = due_date(CALENDAR, start, 10, extension_days=10).day
    assert CALENDAR.working_days_between(due_date(CALENDAR, start, 10).day, extended) == 10


def test_warning_levels_and_remaining_days():
    start = date(2026, 11, 2)
    due = due_date(CALENDAR, start, 10).day  # 2026-11-16
    assert warning_level(CALENDAR, start, 10, due, [], date(2026, 11, 5)) is WarningLevel.NORMAL
    assert warning_level(CALENDAR, start, 10, due, [], date(2026, 11, 13)) is WarningLevel.YELLOW
    assert warning_level(CALENDAR, start, 10, due, [], date(2026, 11, 17)) is WarningLevel.RED
    assert remaining_working_days(CALENDAR, date(2026, 11, 13), due) == 1
    assert remaining_working_days(CALENDAR, date(2026, 11, 17), due) == -1
    assert used_working_days(CALENDAR, start, [], due) == 10


@settings(max_examples=300)
@given(starts, limits, st.sampled_from([0, 10]))
def test_due_date_is_a_working_day_counted_like_chinesecalendar(start, limit, extension):
    due = due_date(CALENDAR, start, limit, extension_days=extension).day
    assert chinese_calendar.is_workday(due)
    counted = sum(
        chinese_calendar.is_workday(start + timedelta(days=n))
        for n in range(1, (due - start).days + 1)
    )
    assert counted == limit + extension


@settings(max_examples=300)
@given(starts, limits, st.integers(0, 40), st.integers(0, 30), st.integers(0, 10))
def test_a_pause_never_makes_the_due_date_earlier(start, limit, offset, length, extension):
    stop = start + timedelta(days=offset)
    before = due_date(CALENDAR, start, limit, extension_days=extension).day
    after = due_date(
        CALENDAR, start, limit, [Pause(stop, stop + timedelta(days=length))], extension
    ).day
    assert after >= before
    assert chinese_calendar.is_workday(after) or after > KNOWN_LAST


def test_dates_outside_the_calendar_span_are_refused():
    with pytest.raises(ValueError, match="超出"):
        CALENDAR.is_working_day(date(1999, 1, 1))


@settings(max_examples=200)
@given(starts, st.integers(min_value=2, max_value=60))
def test_the_warning_day_is_the_first_yellow_day(start, limit):
    from desktop.domain.clock import warning_date

    due = due_date(CALENDAR, start, limit).day
    warn = warning_date(CALENDAR, start, limit)
    assert warn <= due
    assert warning_level(CALENDAR, start, limit, due, [], warn) is WarningLevel.YELLOW
    before = CALENDAR.working_day_at(CALENDAR.position(warn) - 1)
    if before > start:
        assert warning_level(CALENDAR, start, limit, due, [], before) is WarningLevel.NORMAL


def test_steps_are_flagged_late_or_near_their_own_limit():
    from desktop.domain.explain import StepInput, explain_due_dates

    start = date(2026, 11, 2)
    report = explain_due_dates(
        CALENDAR,
        accepted_on=start,
        statutory_days=20,
        promised_days=10,
        pauses=[],
        extension_days=0,
        today=date(2026, 11, 13),
        stopped_on=None,
        steps=(
            StepInput("审查", 3, date(2026, 11, 3), date(2026, 11, 12)),
            StepInput("审批签发", 2, date(2026, 11, 12), None),
        ),
    )
    review, signoff = report.steps
    assert review.late and review.warning is WarningLevel.RED
    assert not signoff.late and signoff.warning is WarningLevel.NORMAL  # 1 of 2 days used
    assert report.warning is WarningLevel.YELLOW  # 9 of 10 promised days used
    text = "\n".join(report.lines())
    assert "超时（红牌）" in text and "黄牌预警" in text
