"""Holiday data as published by the State Council, from the `chinesecalendar` package."""

from __future__ import annotations

from collections import defaultdict

from chinese_calendar.constants import holidays, workdays

from desktop.domain.enums import DayKind
from desktop.domain.workdays import CalendarDay

# Names chinesecalendar uses, in the words of the State Council notice.
HOLIDAY_NAMES = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "National Day": "国庆节",
    "Mid-autumn Festival": "中秋节",
    "Anti-Fascist 70th Day": "抗战胜利70周年纪念日",
}


def published_calendar() -> dict[int, list[CalendarDay]]:
    """Every year chinesecalendar knows, with its weekday holidays and make-up working days.

    Weekend days inside a holiday are left out: they are rest days by the weekday rule anyway.
    """
    years: dict[int, list[CalendarDay]] = defaultdict(list)
    for day, name in holidays.items():
        if day.weekday() < 5:
            years[day.year].append(
                CalendarDay(day, DayKind.HOLIDAY, HOLIDAY_NAMES.get(name, str(name)))
            )
    for day, name in workdays.items():
        if day.weekday() >= 5:
            years[day.year].append(
                CalendarDay(day, DayKind.WORKDAY, f"{HOLIDAY_NAMES.get(name, str(name))}调休上班")
            )
    return {year: sorted(days, key=lambda d: d.day) for year, days in sorted(years.items())}
