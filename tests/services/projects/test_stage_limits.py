"""The stage limits as data the admin keeps: the defaults of 国办发〔2019〕11号's split until
set; a new split moves every stage clock; a stage of no day or a split over the national
cap is refused with what to enter, nothing changed; only the admin sets them, audited. On
both databases, as the staff's own logins on PostgreSQL."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.domain.errors import DomainError
from desktop.domain.guards import NotAllowed
from desktop.domain.projects import STAGE_LIMIT_DAYS, ProjectStage
from desktop.services.cases.project_views import project_view
from desktop.services.cases.stage_limits import load_stage_limits, save_stage_limits
from desktop.services.deadlines import work_calendar
from tests.services.projects.conftest import CODE

SPLIT = {
    ProjectStage.LAND_PLANNING: 15,
    ProjectStage.ENGINEERING_PERMIT: 30,
    ProjectStage.CONSTRUCTION_PERMIT: 15,
    ProjectStage.COMPLETION: 30,
}


def limits(bureau):
    with bureau.sessions() as session:
        return load_stage_limits(session)


def current(bureau):
    with bureau.sessions() as session:
        return project_view(session, bureau.actors["super1"], CODE).current


def test_the_admin_sets_the_stage_limits_and_the_clocks_follow(projects):
    bureau = projects
    assert limits(bureau) == STAGE_LIMIT_DAYS
    case = bureau.new_case("plan", project_code=CODE)
    started = bureau.case(case.id).accepted_on
    with bureau.sessions() as session:
        calendar = work_calendar(session)
    before = current(bureau)
    assert before.limit_days == 20
    assert before.due_on == calendar.add_working_days(started, 20)
    saved = bureau.as_staff("admin", save_stage_limits, SPLIT)
    assert saved == SPLIT == limits(bureau)
    after = current(bureau)
    assert after.limit_days == 15
    assert after.due_on == calendar.add_working_days(started, 15)
    with bureau.sessions() as session:
        entry = session.scalars(
            sa.select(m.AuditEntry)
            .where(m.AuditEntry.action == "update_settings")
            .order_by(m.AuditEntry.id.desc())
        ).first()
    assert entry.entity_id == "project_stage_limits"
    assert entry.new["land_planning"] == 15
    assert entry.old["land_planning"] == 20


def test_bad_stage_limits_are_refused_and_nothing_changes(projects):
    bureau = projects
    with pytest.raises(DomainError, match="“施工许可”阶段时限至少为 1 个工作日"):
        bureau.as_staff("admin", save_stage_limits, SPLIT | {ProjectStage.CONSTRUCTION_PERMIT: 0})
    with pytest.raises(DomainError, match="合计 125 个工作日，超过国家规定的 120 个工作日"):
        bureau.as_staff("admin", save_stage_limits, SPLIT | {ProjectStage.COMPLETION: 65})
    with pytest.raises(NotAllowed):
        bureau.as_staff("super1", save_stage_limits, SPLIT)
    assert limits(bureau) == STAGE_LIMIT_DAYS
