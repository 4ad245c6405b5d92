"""The construction project stage limits the admin keeps (working days per stage, within the
national cap of 国办发〔2019〕11号), read by the stage clocks; audited."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy.orm import Session

from desktop.data.models import Setting
from desktop.data.models.base import utcnow
from desktop.domain.actor import Actor
from desktop.domain.enums import Role
from desktop.domain.guards import NotAllowed
from desktop.domain.projects import STAGE_LIMIT_DAYS, ProjectStage, stage_limits_problem
from desktop.services import audit

SETTINGS_KEY = "project_stage_limits"


def load_stage_limits(session: Session) -> dict[ProjectStage, int]:
    """Each stage's limit in working days as stored, the default split where never set."""
    stored = session.get(Setting, SETTINGS_KEY)
    values = dict(stored.value) if stored is not None else {}
    return {stage: int(values.get(stage.value, STAGE_LIMIT_DAYS[stage])) for stage in ProjectStage}


def save_stage_limits(
    session: Session, actor: Actor, limits: Mapping[ProjectStage, int]
) -> dict[ProjectStage, int]:
    """The admin sets the stage limits (each at least one working day, together within the
    national cap); audited. Returns the limits as now stored."""
    if not actor.has(Role.ADMIN):
        raise NotAllowed("只有系统管理员可以修改工程建设项目阶段时限")
    problem = stage_limits_problem(limits)
    if problem is not None:
        raise problem
    old = {stage.value: days for stage, days in load_stage_limits(session).items()}
    new = {stage.value: int(limits[stage]) for stage in ProjectStage}
    stored = session.get(Setting, SETTINGS_KEY)
    if stored is None:
        stored = Setting(key=SETTINGS_KEY, value={})
        session.add(stored)
    stored.value = new
    stored.updated_at = utcnow()
    audit.record(session, actor, "update_settings", "setting", SETTINGS_KEY, old, new)
    session.flush()
    return load_stage_limits(session)
