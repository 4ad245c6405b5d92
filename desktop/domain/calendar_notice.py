"""When to warn that next year's holiday arrangement has not been entered yet.

The State Council publishes the next year's holidays in late October or November; from
1 December on, due dates that run into the new year are only provisional until the admin
enters it. Only the admin can act, so only the admin is told; everyone else sees such a
due date marked provisional where it is shown.
"""

from __future__ import annotations

from collections.abc import Set
from datetime import date

from desktop.domain.phrases import Phrase

WARN_FROM = (12, 1)


def missing_year_warning(today: date, known_years: Set[int]) -> Phrase | None:
    following = today.year + 1
    if following in known_years or (today.month, today.day) < WARN_FROM:
        return None
    return Phrase(
        "{year}年的节假日安排尚未录入：跨入{year}年的期限均为暂定。"
        "请在“系统管理 → 节假日”中录入国务院办公厅公布的安排。",
        year=following,
    )
