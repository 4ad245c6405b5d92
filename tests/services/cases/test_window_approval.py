"""窗口现场审批 through the services, on SQLite and PostgreSQL: the whole sitting, and every
refusal leaving nothing written."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import timedelta

import pypdf
import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.documents.model import DocumentType
from desktop.domain.enums import ApplicantKind, CaseStatus, Role
from desktop.domain.errors import DomainError
from desktop.domain.guards import NotAllowed
from desktop.services.admin.users import set_roles
from desktop.services.cases import actions as cases
from desktop.services.cases.applicants import NewApplicant
from desktop.services.cases.intake import NewCase, accept_case
from desktop.services.cases.window import WindowApplication, approve_at_window, window_items
from desktop.services.documents.signing_keys import init_keys
from desktop.services.documents.window_desk import decide_at_window
from desktop.services.staff import actor_for
from desktop.services.supervision.on_the_spot import OnTheSpot, on_the_spot
from desktop.services.supervision.stats_definitions import Period


@pytest.fixture
def keyed(bureau):
    bureau.run(init_keys, bureau.actors["admin"])
    return bureau


def application(bureau, item: str = "window", complete: bool = True, number: str = "W0001"):
    return WindowApplication(number, item, bureau.applicant_id, complete)


def written(bureau) -> tuple[int, int, int, int]:
    """Cases, history events, documents and audit entries: what a refusal must not add."""
    with bureau.sessions() as session:
        count = lambda model: session.scalar(sa.select(sa.func.count()).select_from(model))  # noqa: E731
        return (
            count(m.Case),
            count(m.CaseEvent),
            count(m.IssuedDocument),
            session.scalar(
                sa.select(sa.func.count())
                .select_from(m.AuditEntry)
                .where(m.AuditEntry.entity == "case")
            ),
        )


def history(bureau, case_id: int) -> list[tuple[str, str | None, str | None, int | None]]:
    with bureau.sessions() as session:
        return [
            (e.action, e.from_status and str(e.from_status), str(e.to_status), e.actor_id)
            for e in session.scalars(
                sa.select(m.CaseEvent)
                .where(m.CaseEvent.case_id == case_id)
                .order_by(m.CaseEvent.id)
            )
        ]


def text_of(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return "".join(page.extract_text() for page in reader.pages).replace("\n", "")


def test_the_window_accepts_grants_and_issues_in_one_sitting(keyed):
    bureau = keyed
    window1 = bureau.actors["window1"]
    sitting = bureau.run(decide_at_window, window1, application(bureau))
    assert sitting.status is CaseStatus.CERTIFICATE_ISSUED
    assert [d.kind for d in sitting.documents] == [DocumentType.GRANT, DocumentType.LICENCE]
    who = window1.user_id
    assert history(bureau, sitting.case_id) == [
        ("accept", None, "received", who),
        ("approve", "received", "approved", who),
        ("issue_certificate", "approved", "certificate_issued", who),
    ]
    case = bureau.case(sitting.case_id)
    assert case.decided_on == case.accepted_on and case.handler_id is None
    grant = text_of(sitting.documents[0].pdf)
    assert (
        "本决定由本机关授权的窗口工作人员用户window1于受理当日当场作出，"
        "行政许可证件与本决定书一并当场颁发。" in grant
    )
    assert "十个工作日内" not in grant
    assert "申请材料齐全，经当场审查" in grant
    assert "第三十四条第二款、第三十八条第一款" in grant  # ALL art. 34 (2): on the spot
    # It never waited in a pool: the hand-over at the window ends it.
    state = bureau.run(cases.deliver, window1, case.id, case.version, "王五")
    assert state.status is CaseStatus.DELIVERED


def test_the_dialog_lists_only_window_authorised_items(bureau):
    with bureau.sessions() as session:
        items = window_items(session, bureau.actors["window1"])
    assert [i.code for i in items] == ["window"]
    assert items[0].materials == ("材料1", "材料2", "材料3")


@pytest.mark.parametrize(
    ("who", "item", "complete", "error", "words"),
    [
        ("window1", "window", False, DomainError, "申请材料未全部齐全"),
        ("window1", "one", True, DomainError, "未列入窗口现场审批的事项"),
        ("clerk1", "window", True, NotAllowed, "您没有该授权"),
        ("soc1", "window", True, NotAllowed, "您没有该授权"),
    ],
    ids=["materials incomplete", "item not authorised", "clerk not authorised", "a handler"],
)
def test_a_refused_sitting_writes_nothing(keyed, who, item, complete, error, words):
    bureau = keyed
    before = written(bureau)
    with pytest.raises(error, match=words):
        bureau.run(decide_at_window, bureau.actors[who], application(bureau, item, complete))
    assert written(bureau) == before


def test_a_failure_after_the_decision_takes_the_acceptance_back_too(keyed, monkeypatch):
    """One transaction: a document that cannot be issued leaves no case behind."""
    bureau = keyed
    before = written(bureau)

    def broken(*args, **kwargs):
        raise DomainError("字体缺字")

    monkeypatch.setattr("desktop.services.documents.window_desk.issue_document", broken)
    with pytest.raises(DomainError, match="字体缺字"):
        bureau.run(decide_at_window, bureau.actors["window1"], application(bureau))
    assert written(bureau) == before


def test_no_other_route_goes_straight_from_acceptance_to_a_decision(bureau):
    window1 = bureau.actors["window1"]
    pool_case = bureau.new_case("window")  # accepted at the front desk: in the pool
    for who in ("window1", "soc1", "head1", "review1"):
        with pytest.raises(NotAllowed):
            bureau.run(cases.approve, bureau.actors[who], pool_case.id, pool_case.version)
    # The authorised clerk's own acceptance, once anything happened to it, or a day later.
    own = NewCase(
        "W0002", "window", bureau.applicant_id, bureau.clock.now, first_contact_id=window1.user_id
    )
    state = bureau.run(accept_case, window1, own)
    soc1 = bureau.actors["soc1"]
    state = bureau.run(cases.claim, soc1, state.id, state.version)
    state = bureau.run(cases.release, soc1, state.id, state.version)
    with pytest.raises(NotAllowed, match="受理当场"):
        bureau.run(cases.approve, window1, state.id, state.version)
    later = NewCase(
        "W0003", "window", bureau.applicant_id, bureau.clock.now, first_contact_id=window1.user_id
    )
    state = bureau.run(accept_case, window1, later)
    bureau.clock.advance(days=1)
    with pytest.raises(NotAllowed, match="受理当场"):
        bureau.run(cases.approve, window1, state.id, state.version)
    assert bureau.case(state.id).status is CaseStatus.RECEIVED


def test_the_decision_alone_is_the_window_clerks_even_without_documents(bureau):
    """approve_at_window leaves the case granted for the certificate window to issue."""
    window1 = bureau.actors["window1"]
    state = bureau.run(approve_at_window, window1, application(bureau))
    assert state.status is CaseStatus.APPROVED
    assert bureau.case(state.id).decided_on == bureau.clock.now.date()


def test_supervision_counts_the_cases_granted_on_the_spot_today_and_in_the_period(keyed):
    bureau = keyed
    today = bureau.clock.now.date()
    window1, super1 = bureau.actors["window1"], bureau.actors["super1"]
    bureau.run(decide_at_window, window1, application(bureau, number="W0101"))
    # Decided on the same day by the back office: not on the spot.
    other = bureau.new_case("window")
    soc1 = bureau.actors["soc1"]
    state = bureau.run(cases.claim, soc1, other.id, other.version)
    bureau.run(cases.approve, soc1, state.id, state.version)
    week = Period(today - timedelta(days=6), today)
    assert bureau.run(on_the_spot, super1, week) == OnTheSpot(1, 1)
    bureau.clock.advance(days=1)
    bureau.run(decide_at_window, window1, application(bureau, number="W0102"))
    later = bureau.clock.now.date()
    assert bureau.run(on_the_spot, super1, Period(today, later)) == OnTheSpot(1, 2)
    with pytest.raises(NotAllowed):
        bureau.run(on_the_spot, window1, week)


def test_the_admin_gives_and_takes_back_the_authorisation_on_the_record(keyed):
    bureau = keyed
    admin = bureau.actors["admin"]
    bureau.run(set_roles, admin, "clerk1", [Role.CLERK, Role.WINDOW_APPROVER])
    with bureau.sessions() as session:
        clerk1 = actor_for(session, "clerk1")
        entry = session.scalars(
            sa.select(m.AuditEntry)
            .where(m.AuditEntry.action == "set_roles")
            .order_by(m.AuditEntry.id.desc())
            .limit(1)
        ).one()
    assert entry.new == {"roles": ["clerk", "window_approver"]}
    sitting = bureau.run(decide_at_window, clerk1, application(bureau, number="W0201"))
    assert sitting.status is CaseStatus.CERTIFICATE_ISSUED
    bureau.run(set_roles, admin, "clerk1", [Role.CLERK])
    with bureau.sessions() as session:
        clerk1 = actor_for(session, "clerk1")
    with pytest.raises(NotAllowed, match="您没有该授权"):
        bureau.run(decide_at_window, clerk1, application(bureau, number="W0202"))


def test_the_applicant_at_the_window_is_found_or_registered_in_the_same_sitting(keyed):
    bureau = keyed
    window1 = bureau.actors["window1"]
    person = NewApplicant(ApplicantKind.PERSON, "张三", "11010519491231002X", "张三", "139")
    before = written(bureau)
    bad = replace(person, identifier="110105194912310021")  # a wrong check digit
    with pytest.raises(DomainError, match="校验码"):
        bureau.run(decide_at_window, window1, application(bureau, number="W0301"), bad)
    assert written(bureau) == before
    sitting = bureau.run(decide_at_window, window1, application(bureau, number="W0302"), person)
    again = bureau.run(decide_at_window, window1, application(bureau, number="W0303"), person)
    with bureau.sessions() as session:
        holders = {session.get(m.Case, s.case_id).applicant_id for s in (sitting, again)}
        (holder,) = holders
        assert session.get(m.Applicant, holder).name == "张三"


def test_the_acceptor_s_own_grant_from_the_workbench_is_the_same_window_grant(bureau):
    """The rule is the data's, not the dialog's: the clerk's own fresh case granted through
    the plain approve action is recorded as decided at the window."""
    window1 = bureau.actors["window1"]
    own = NewCase(
        "W0401", "window", bureau.applicant_id, bureau.clock.now, first_contact_id=window1.user_id
    )
    state = bureau.run(accept_case, window1, own)
    state = bureau.run(cases.approve, window1, state.id, state.version)
    assert state.status is CaseStatus.APPROVED
    assert history(bureau, state.id)[-1] == ("approve", "received", "approved", window1.user_id)
    with bureau.sessions() as session:
        event = session.scalars(
            sa.select(m.CaseEvent).where(
                m.CaseEvent.case_id == state.id, m.CaseEvent.action == "approve"
            )
        ).one()
    assert event.data["level"] == "窗口现场审批"
