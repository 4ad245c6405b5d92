"""The workbench's data says what happened in codes, so the UI can say it in any language."""

from __future__ import annotations

import sqlalchemy as sa

from desktop.data import models as m
from desktop.domain.enums import CaseStatus, InspectionConclusion, InspectionStatus, OpinionLevel
from desktop.domain.workflow import ACCEPT_EVENT, MATERIAL_EVENT, Action
from desktop.services.cases import actions as cases
from desktop.services.cases.details import MaterialMark, case_details


def test_history_opinions_and_inspections_carry_codes(bureau):
    eng1 = bureau.actors["eng1"]
    case = bureau.new_case("inspect")
    state = bureau.run(cases.claim, eng1, case.id, case.version)
    with bureau.sessions() as session:
        material_id, name = session.execute(
            sa.select(m.CaseMaterial.id, m.CaseMaterial.name)
            .where(m.CaseMaterial.case_id == case.id)
            .order_by(m.CaseMaterial.seq)
            .limit(1)
        ).one()
    state = bureau.run(cases.mark_material, eng1, case.id, state.version, material_id, False)
    state = bureau.run(cases.start_inspection, eng1, case.id, state.version)
    state = bureau.run(
        cases.end_inspection, eng1, case.id, state.version, InspectionConclusion.RECTIFY, "已整改"
    )
    bureau.run(cases.propose, eng1, case.id, state.version, grant=True, opinion="拟准予")
    with bureau.sessions() as session:
        details = case_details(session, eng1, case.id)

    accept, claim, mark, *_ = details.history
    assert (accept.action, accept.from_status, accept.to_status) == (
        ACCEPT_EVENT,
        None,
        CaseStatus.RECEIVED,
    )
    assert (claim.action, claim.actor, claim.to_status) == (
        Action.CLAIM,
        "用户eng1",
        CaseStatus.UNDER_REVIEW,
    )
    assert mark.action == MATERIAL_EVENT and mark.marked == MaterialMark(name, received=False)
    assert mark.reason == f"{name}：缺少"  # the record stays as it was written
    [opinion] = details.opinions
    assert (opinion.level, opinion.opinion, opinion.signer) == (
        OpinionLevel.HANDLER,
        "拟准予",
        "用户eng1",
    )
    [inspection] = details.inspections
    assert (inspection.status, inspection.conclusion) == (
        InspectionStatus.DONE,
        InspectionConclusion.RECTIFY,
    )
    assert details.due.lines()[0].startswith("承诺时限：")
    assert [str(phrase) for phrase in details.due.phrases()] == details.due.lines()
