"""A grant's terms (conditions, scope, validity) and a termination's legal basis, checked by
the services: bad input is refused with a clear message and changes nothing."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.domain.enums import CaseStatus
from desktop.domain.errors import DomainError
from desktop.domain.item_kinds import ItemKind
from desktop.domain.terminations import DISSOLVED
from desktop.services.cases import actions as cases
from tests.services.cases.test_case_actions import claimed


def _item(bureau, code: str, **values) -> None:
    with bureau.sessions() as session, session.begin():
        session.execute(sa.update(m.Item).where(m.Item.code == code).values(**values))


def _propose(bureau, state, **terms):
    return bureau.run(
        cases.propose, bureau.actors["eng1"], state.id, state.version, opinion="符合条件", **terms
    )


def test_a_validity_is_at_most_the_catalogues_and_only_for_a_licence(bureau):
    _item(bureau, "two", validity_years=5)
    state = claimed(bureau)
    with pytest.raises(DomainError, match="有效期须为 1 至 5 年（事项目录规定的有效期为5年）"):
        _propose(bureau, state, grant=True, validity_years=6)
    with pytest.raises(DomainError, match="不能附加条件、许可范围或有效期"):
        _propose(bureau, state, grant=False, validity_years=3)
    assert bureau.case(state.id).status is CaseStatus.UNDER_REVIEW  # nothing changed
    proposed = _propose(bureau, state, grant=True, validity_years=3, conditions=["按图施工"])
    with bureau.sessions() as session:
        event = session.scalars(
            sa.select(m.CaseEvent).where(
                m.CaseEvent.case_id == proposed.id, m.CaseEvent.action == "propose"
            )
        ).one()
    assert event.data["validity_years"] == 3 and event.data["conditions"] == ["按图施工"]

    _item(bureau, "two", kind=ItemKind.PUBLIC_SERVICE, issues_licence=False, validity_years=None)
    service = claimed(bureau)
    with pytest.raises(DomainError, match="不发放许可证，不能设定有效期"):
        _propose(bureau, service, grant=True, validity_years=1)
    with pytest.raises(DomainError, match="“公共服务”事项的决定不能附加条件"):
        _propose(bureau, service, grant=True, conditions=["条件"])
    _propose(bureau, service, grant=True, scope="已办理")  # a result, as a completion states it


def test_a_termination_needs_a_named_legal_basis_with_its_article(bureau):
    state = claimed(bureau)
    head = bureau.actors["head1"]
    for basis, words in (
        ("", "请写明终止审查的法律依据"),
        ("有关法律规定", "须写明法律、法规或者规章的名称"),
        ("《行政许可法》" + "第" * 300 + "条", "不能超过 300 字"),
    ):
        with pytest.raises(DomainError, match=words):
            bureau.run(cases.terminate, head, state.id, state.version, DISSOLVED.reason, basis)
        assert bureau.case(state.id).status is CaseStatus.UNDER_REVIEW  # rolled back
    ended = bureau.run(
        cases.terminate, head, state.id, state.version, DISSOLVED.reason, DISSOLVED.basis
    )
    assert ended.status is CaseStatus.TERMINATED
