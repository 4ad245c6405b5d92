"""The supervision limits: each checked with a message that says what to enter, saved by the
admin only, audited, and used from then on."""

from __future__ import annotations

from dataclasses import replace

import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.domain.errors import DomainError
from desktop.domain.guards import NotAllowed
from desktop.services.supervision.settings import (
    DEFAULT_SETTINGS,
    MOST_DAYS,
    limits_problem,
    load_supervision_settings,
    save_supervision_settings,
)


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"ticket_answer_days": {"hotline": 0, "complaint": 5}}, "热线咨询答复时限至少为"),
        ({"ticket_answer_days": {"hotline": 1, "complaint": 0}}, "投诉答复时限至少为"),
        ({"follow_up_days": MOST_DAYS + 1}, "差评整改回访时限不能超过 60 个工作日"),
        ({"receipt_days": -1}, "抄告回执时限至少为 1 个工作日：请填写 1 或更大的数再保存"),
    ],
)
def test_a_wrong_limit_is_named_with_what_to_enter(changes, expected):
    problem = limits_problem(replace(DEFAULT_SETTINGS, **changes))
    assert problem is not None and str(problem).startswith(expected)


def test_the_limits_at_their_bounds_are_accepted():
    assert limits_problem(DEFAULT_SETTINGS) is None
    edge = replace(
        DEFAULT_SETTINGS,
        ticket_answer_days={"hotline": 1, "complaint": MOST_DAYS},
        follow_up_days=MOST_DAYS,
        receipt_days=1,
    )
    assert limits_problem(edge) is None


def test_the_admin_saves_the_limits_audited_and_nobody_else_does(bureau):
    changed = replace(
        DEFAULT_SETTINGS,
        ticket_answer_days={"hotline": 2, "complaint": 7},
        follow_up_days=10,
        receipt_days=3,
    )
    for other in ("super1", "head1", "clerk1"):
        with pytest.raises(NotAllowed, match="系统管理员"):
            bureau.run(save_supervision_settings, bureau.actors[other], changed)
    with pytest.raises(DomainError, match="抄告回执时限至少为 1 个工作日"):
        bureau.run(
            save_supervision_settings, bureau.actors["admin"], replace(changed, receipt_days=0)
        )
    assert bureau.run(load_supervision_settings) == DEFAULT_SETTINGS
    saved = bureau.run(save_supervision_settings, bureau.actors["admin"], changed)
    assert saved == changed == bureau.run(load_supervision_settings)
    with bureau.sessions() as session:
        entry = session.scalars(
            sa.select(m.AuditEntry).where(m.AuditEntry.action == "update_settings")
        ).one()
    # On PostgreSQL the server stamps the login too ("postgres for admin").
    assert entry.actor.endswith("admin") and entry.entity_id == "supervision"
    assert entry.old["follow_up_days"] == 15 and entry.new["follow_up_days"] == 10
