"""联合踏勘 through the services, on both databases and as the staff's own logins on
PostgreSQL: the coordinator joins the pending inspections of a project's cases in one stage
to a lead inspection; the lead's one conclusion is each joined case's, so each grant is
allowed or refused by it; cases of another project or stage are never joined."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.domain.enums import InspectionConclusion, InspectionStatus
from desktop.domain.errors import DomainError
from desktop.domain.guards import NotAllowed
from desktop.services.cases import actions as cases
from desktop.services.inspections.changes import cancel_inspection
from desktop.services.inspections.joint import join_inspections, joinable
from desktop.services.inspections.pool_snapshot import pending_inspection_ids
from tests.services.projects.conftest import CODE

FINDINGS = "现场与申报一致"


@pytest.fixture
def joint(projects):
    """Three cases of the project's first stage (items plan, fire, plan) and one outside
    any project, each claimed by eng1 and sent to inspection: (bureau, inspection ids)."""
    bureau = projects
    with bureau.sessions() as session, session.begin():
        for item in session.scalars(sa.select(m.Item)):
            item.needs_inspection = True
    ids = []
    for item, code in (("plan", CODE), ("fire", CODE), ("plan", CODE), ("fire", None)):
        case = bureau.new_case(item, project_code=code) if code else bureau.new_case(item)
        state = bureau.as_staff("eng1", cases.claim, case.id, case.version)
        bureau.as_staff("eng1", cases.start_inspection, state.id, state.version)
        with bureau.sessions() as session:
            ids.append(
                session.scalar(sa.select(m.Inspection.id).where(m.Inspection.case_id == case.id))
            )
    bureau.inspections = ids
    return bureau


def state_of(bureau, inspection_id):
    with bureau.sessions() as session:
        inspection = session.get(m.Inspection, inspection_id)
        case = session.get(m.Case, inspection.case_id)
        return case.id, case.version, inspection


def end(bureau, inspection_id, conclusion, findings=FINDINGS):
    case_id, version, _ = state_of(bureau, inspection_id)
    return bureau.as_staff("eng1", cases.end_inspection, case_id, version, conclusion, findings)


def decide(bureau, inspection_id):
    case_id, version, _ = state_of(bureau, inspection_id)
    state = bureau.as_staff(
        "eng1", cases.propose, case_id, version, grant=True, opinion="经审查，符合法定条件"
    )
    return bureau.as_staff("review1", cases.approve, state.id, state.version)


def test_joined_cases_share_the_lead_visit_and_its_conclusion(joint):
    bureau = joint
    lead, fire, plan2, outside = bureau.inspections
    lines = bureau.as_staff("coord1", joinable, lead)
    assert [line.inspection_id for line in lines] == [fire, plan2]
    bureau.as_staff("coord1", join_inspections, lead, [fire, plan2])
    with bureau.sessions() as session:
        assert pending_inspection_ids(session) == [lead, outside]  # one draw, one visit
    with pytest.raises(DomainError, match=r"主踏勘（办件 .*）尚未录入结论"):
        end(bureau, fire, InspectionConclusion.PASSES)
    end(bureau, lead, InspectionConclusion.PASSES)
    with pytest.raises(DomainError, match="须与主踏勘"):
        end(bureau, fire, InspectionConclusion.FAILS)
    assert state_of(bureau, fire)[2].conclusion is None  # nothing written
    end(bureau, fire, InspectionConclusion.PASSES, findings="")  # the lead's findings
    _, _, done = state_of(bureau, fire)
    assert (done.status, done.conclusion, done.findings) == (
        InspectionStatus.DONE,
        InspectionConclusion.PASSES,
        FINDINGS,
    )
    assert decide(bureau, fire).status.value == "approved"
    assert decide(bureau, lead).status.value == "approved"


def test_a_failed_lead_refuses_each_joined_grant(joint):
    bureau = joint
    lead, fire, _, _ = bureau.inspections
    bureau.as_staff("coord1", join_inspections, lead, [fire])
    end(bureau, lead, InspectionConclusion.FAILS)
    end(bureau, fire, InspectionConclusion.FAILS)
    for inspection in (lead, fire):
        with pytest.raises(DomainError, match="合格"):
            decide(bureau, inspection)


def test_only_the_coordinator_joins_and_only_within_project_and_stage(joint):
    bureau = joint
    lead, fire, plan2, outside = bureau.inspections
    with pytest.raises(NotAllowed):
        bureau.as_staff("eng1", join_inspections, lead, [fire])
    with pytest.raises(DomainError, match="不能并入"):
        bureau.as_staff("coord1", join_inspections, lead, [fire, outside])
    with pytest.raises(DomainError, match="不属于工程建设项目"):
        bureau.as_staff("coord1", join_inspections, outside, [fire])
    with pytest.raises(DomainError, match="请选择"):
        bureau.as_staff("coord1", join_inspections, lead, [])
    assert all(state_of(bureau, i)[2].joint_of_id is None for i in (fire, plan2))
    bureau.as_staff("coord1", join_inspections, lead, [fire])
    with pytest.raises(DomainError, match="另一次联合踏勘"):
        bureau.as_staff("coord1", join_inspections, fire, [plan2])
    with pytest.raises(DomainError, match="不能并入"):  # a lead does not join another
        bureau.as_staff("coord1", join_inspections, plan2, [lead])


def test_a_cancelled_lead_leaves_the_joined_inspection_on_its_own(joint):
    bureau = joint
    lead, fire, _, _ = bureau.inspections
    bureau.as_staff("coord1", join_inspections, lead, [fire])
    bureau.as_staff("coord1", cancel_inspection, lead, "申请人要求改期")
    with bureau.sessions() as session:
        assert fire in pending_inspection_ids(session)
    end(bureau, fire, InspectionConclusion.PASSES)  # its own visit now
