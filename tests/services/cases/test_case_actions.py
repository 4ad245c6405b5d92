"""Every action on a case, end to end through the services, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, datetime

import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.domain.enums import CaseStatus, Category, DayKind, InspectionConclusion, PauseKind
from desktop.domain.errors import DomainError
from desktop.domain.guards import GuardFailed, NotAllowed
from desktop.domain.timezone import CHINA
from desktop.domain.workdays import CalendarDay
from desktop.services.admin import calendar as calendar_admin
from desktop.services.case_core import CaseChanged, CaseNotFound
from desktop.services.cases import actions as cases
from desktop.services.cases.details import case_details
from desktop.services.cases.explanation import explain_case

BASIS = "《中华人民共和国民法典》第五十九条"  # a termination cites its legal basis


def events(bureau, case_id):
    with bureau.sessions() as session:
        return [
            e.action
            for e in session.scalars(
                sa.select(m.CaseEvent)
                .where(m.CaseEvent.case_id == case_id)
                .order_by(m.CaseEvent.id)
            )
        ]


def audit_count(bureau):
    """Entries the services write (PostgreSQL's triggers add their own row records)."""
    with bureau.sessions() as session:
        return session.scalar(
            sa.select(sa.func.count())
            .select_from(m.AuditEntry)
            .where(m.AuditEntry.entity == "case")
        )


def claimed(bureau, item="two", who="eng1"):
    case = bureau.new_case(item)
    return bureau.run(cases.claim, bureau.actors[who], case.id, case.version)


def test_claim_moves_a_pool_case_to_the_claimer(bureau):
    case = bureau.new_case("two")
    assert case.status is CaseStatus.RECEIVED and case.version == 1
    state = bureau.run(cases.claim, bureau.actors["eng1"], case.id, case.version)
    assert state.status is CaseStatus.UNDER_REVIEW
    assert state.handler_id == bureau.actors["eng1"].user_id
    assert state.version == 2
    assert events(bureau, case.id) == ["accept", "claim"]


def test_claim_refuses_the_other_queue_and_an_already_claimed_case(bureau):
    case = bureau.new_case("two")  # engineering
    with pytest.raises(NotAllowed, match="工程建设类"):
        bureau.run(cases.claim, bureau.actors["soc1"], case.id)
    bureau.run(cases.claim, bureau.actors["eng1"], case.id)
    with pytest.raises(NotAllowed, match="已被用户eng1认领"):
        bureau.run(cases.claim, bureau.actors["eng2"], case.id)


def test_only_the_handler_acts_and_release_returns_to_the_pool(bureau):
    state = claimed(bureau)
    with pytest.raises(NotAllowed, match="只有本件承办人"):
        bureau.run(cases.release, bureau.actors["eng2"], state.id, state.version)
    back = bureau.run(cases.release, bureau.actors["eng1"], state.id, state.version)
    assert back.status is CaseStatus.RECEIVED and back.handler_id is None


def test_a_stale_version_is_refused_with_who_and_when_and_changes_nothing(bureau):
    state = claimed(bureau)
    before = audit_count(bureau)
    with pytest.raises(CaseChanged, match="已被用户eng1于 2026-11-16 10:00:00 修改") as raised:
        bureau.run(
            cases.request_supplement, bureau.actors["eng1"], state.id, state.version - 1, [1]
        )
    assert raised.value.data["changed_by"] == "用户eng1"
    after = bureau.case(state.id)
    assert (after.status, after.version) == (CaseStatus.UNDER_REVIEW, state.version)
    assert audit_count(bureau) == before
    with pytest.raises(CaseNotFound):
        bureau.run(cases.claim, bureau.actors["eng1"], 999_999)


def test_supplement_lists_all_missing_materials_and_pauses_the_clock(bureau):
    state = claimed(bureau)
    with bureau.sessions() as session:
        materials = session.scalars(
            sa.select(m.CaseMaterial)
            .where(m.CaseMaterial.case_id == state.id)
            .order_by(m.CaseMaterial.seq)
        ).all()
    missing = [materials[0].id, materials[2].id]
    due_before = bureau.case(state.id).promised_due_on
    notice = bureau.run(
        cases.request_supplement,
        bureau.actors["eng1"],
        state.id,
        state.version,
        missing,
        "请一次补齐",
    )
    assert notice.state.status is CaseStatus.SUPPLEMENT_REQUESTED
    assert [x.name for x in notice.materials] == ["材料1", "材料3"]
    assert notice.materials[0].original_required and notice.applicant == "渭南测试有限公司"
    bureau.clock.advance(days=7)  # stopped Mon 11-16, resumed Mon 11-23: 5 working days
    resumed = bureau.run(
        cases.receive_supplement, bureau.actors["eng1"], state.id, notice.state.version
    )
    assert resumed.status is CaseStatus.UNDER_REVIEW
    case = bureau.case(state.id)
    with bureau.sessions() as session:
        pause = session.scalars(
            sa.select(m.ClockPause).where(m.ClockPause.case_id == state.id)
        ).one()
        states = set(
            session.scalars(
                sa.select(m.CaseMaterial.state).where(m.CaseMaterial.case_id == state.id)
            )
        )
    assert (pause.kind, pause.started_on, pause.ended_on) == (
        PauseKind.SUPPLEMENT,
        date(2026, 11, 16),
        date(2026, 11, 23),
    )
    assert states == {"received"}
    assert (case.promised_due_on - due_before).days == 7  # five working days later
    with pytest.raises(DomainError, match="一次性告知"):
        bureau.run(cases.request_supplement, bureau.actors["eng1"], state.id, resumed.version, [])


def test_decision_on_an_inspection_item_needs_a_recorded_inspection(bureau):
    state = claimed(bureau, "inspect")
    with pytest.raises(GuardFailed, match="踏勘"):
        bureau.run(
            cases.propose,
            bureau.actors["eng1"],
            state.id,
            state.version,
            grant=True,
            opinion="同意",
        )
    state = bureau.run(cases.start_inspection, bureau.actors["eng1"], state.id, state.version)
    assert state.status is CaseStatus.INSPECTION
    with pytest.raises(DomainError, match="踏勘记录"):
        bureau.run(
            cases.end_inspection,
            bureau.actors["eng1"],
            state.id,
            state.version,
            InspectionConclusion.PASSES,
            " ",
        )
    bureau.clock.advance(days=2)
    state = bureau.run(
        cases.end_inspection,
        bureau.actors["eng1"],
        state.id,
        state.version,
        InspectionConclusion.PASSES,
        "现场与材料一致",
    )
    state = bureau.run(
        cases.propose,
        bureau.actors["eng1"],
        state.id,
        state.version,
        grant=True,
        opinion="符合条件，拟准予",
    )
    assert state.status is CaseStatus.DECISION_PROPOSED
    with bureau.sessions() as session:
        pause = session.scalars(
            sa.select(m.ClockPause).where(m.ClockPause.case_id == state.id)
        ).one()
    assert pause.kind is PauseKind.INSPECTION and pause.ended_on == date(2026, 11, 18)


def test_special_procedure_needs_reason_and_duration_and_pauses(bureau):
    state = claimed(bureau)
    with pytest.raises(DomainError, match="预计"):
        bureau.run(
            cases.start_special,
            bureau.actors["eng1"],
            state.id,
            state.version,
            "专家评审",
            0,
            "需专家评审",
        )
    with pytest.raises(GuardFailed, match="书面理由"):
        bureau.run(
            cases.start_special, bureau.actors["eng1"], state.id, state.version, "专家评审", 10, ""
        )
    state = bureau.run(
        cases.start_special,
        bureau.actors["eng1"],
        state.id,
        state.version,
        "专家评审",
        10,
        "需专家评审",
    )
    assert state.status is CaseStatus.SPECIAL_PROCEDURE
    state = bureau.run(cases.end_special, bureau.actors["eng1"], state.id, state.version)
    assert state.status is CaseStatus.UNDER_REVIEW


def test_two_level_item_needs_review_then_head_approval(bureau):
    state = claimed(bureau, "two")
    state = bureau.run(
        cases.propose, bureau.actors["eng1"], state.id, state.version, grant=True, opinion="拟准予"
    )
    with pytest.raises(NotAllowed, match="审核人"):
        bureau.run(cases.sign_off, bureau.actors["eng2"], state.id, state.version)
    with pytest.raises(NotAllowed):  # the head may not skip the review level
        bureau.run(cases.approve, bureau.actors["head1"], state.id, state.version)
    state = bureau.run(cases.sign_off, bureau.actors["review1"], state.id, state.version)
    assert state.status is CaseStatus.AWAITING_SIGNOFF
    with pytest.raises(NotAllowed):
        bureau.run(cases.approve, bureau.actors["review2"], state.id, state.version)
    state = bureau.run(cases.approve, bureau.actors["head1"], state.id, state.version)
    assert state.status is CaseStatus.APPROVED
    assert bureau.case(state.id).decided_on == date(2026, 11, 16)


def test_proposer_may_not_sign_off_their_own_proposal(bureau):
    with bureau.sessions() as session, session.begin():
        user = session.scalar(sa.select(m.StaffUser).where(m.StaffUser.username == "head1"))
        user.roles.append(m.StaffRole(role="handler_engineering"))
    from desktop.services.staff import actor_for

    with bureau.sessions() as session:
        head = actor_for(session, "head1")
    case = bureau.new_case("two")
    state = bureau.run(cases.claim, head, case.id, case.version)
    state = bureau.run(cases.propose, head, state.id, state.version, grant=True, opinion="拟准予")
    with pytest.raises(NotAllowed, match="本人的意见"):
        bureau.run(cases.sign_off, head, state.id, state.version)


def test_one_level_item_and_refusal_with_remedies(bureau):
    case = bureau.new_case("one")
    state = bureau.run(cases.claim, bureau.actors["soc1"], case.id, case.version)
    with pytest.raises(GuardFailed, match="理由"):
        bureau.run(
            cases.propose, bureau.actors["soc1"], state.id, state.version, grant=False, opinion=""
        )
    state = bureau.run(
        cases.propose,
        bureau.actors["soc1"],
        state.id,
        state.version,
        grant=False,
        opinion="不符合条件",
    )
    with pytest.raises(GuardFailed, match="退回承办人"):
        bureau.run(cases.approve, bureau.actors["review1"], state.id, state.version)
    with pytest.raises(GuardFailed, match="书面理由"):
        bureau.run(cases.reject, bureau.actors["review1"], state.id, state.version, " ")
    state, remedies = bureau.run(
        cases.reject, bureau.actors["review1"], state.id, state.version, "申请人不具备法定条件"
    )
    assert state.status is CaseStatus.REJECTED
    assert "六十日内" in remedies and "六个月内" in remedies and "人民法院" in remedies
    state = bureau.run(cases.deliver, bureau.actors["clerk1"], state.id, state.version, "王五")
    assert state.status is CaseStatus.DELIVERED
    assert bureau.case(state.id).closed_on == date(2026, 11, 16)


def test_send_back_returns_the_case_for_a_new_proposal(bureau):
    case = bureau.new_case("one")
    state = bureau.run(cases.claim, bureau.actors["soc1"], case.id, case.version)
    state = bureau.run(
        cases.propose,
        bureau.actors["soc1"],
        state.id,
        state.version,
        grant=False,
        opinion="不符合条件",
    )
    state = bureau.run(
        cases.send_back, bureau.actors["review1"], state.id, state.version, "请补充核查后重新拟定"
    )
    assert state.status is CaseStatus.UNDER_REVIEW
    state = bureau.run(
        cases.propose,
        bureau.actors["soc1"],
        state.id,
        state.version,
        grant=True,
        opinion="核查后符合条件",
    )
    state = bureau.run(cases.approve, bureau.actors["review1"], state.id, state.version)
    assert state.status is CaseStatus.APPROVED


def test_window_authorised_item_is_decided_by_the_handler(bureau):
    case = bureau.new_case("window")
    state = bureau.run(cases.claim, bureau.actors["soc1"], case.id, case.version)
    state = bureau.run(cases.approve, bureau.actors["soc1"], state.id, state.version)
    assert state.status is CaseStatus.APPROVED
    other = claimed(bureau, "two")
    with pytest.raises(NotAllowed):
        bureau.run(cases.approve, bureau.actors["eng1"], other.id, other.version)


def test_extension_once_by_the_head_with_reason(bureau):
    state = claimed(bureau)
    due = bureau.case(state.id).promised_due_on
    with pytest.raises(NotAllowed, match="批准人"):
        bureau.run(cases.extend, bureau.actors["eng1"], state.id, state.version, "复杂")
    with pytest.raises(GuardFailed, match="书面理由"):
        bureau.run(cases.extend, bureau.actors["head1"], state.id, state.version, "")
    state = bureau.run(
        cases.extend, bureau.actors["head1"], state.id, state.version, "情况复杂需延长"
    )
    assert state.status is CaseStatus.UNDER_REVIEW
    assert (bureau.case(state.id).promised_due_on - due).days == 14  # ten working days
    with pytest.raises(GuardFailed, match="不能再次延长"):
        bureau.run(cases.extend, bureau.actors["head1"], state.id, state.version, "再延")


def test_certificate_delivery_withdrawal_and_termination(bureau):
    case = bureau.new_case("window")
    state = bureau.run(cases.claim, bureau.actors["soc1"], case.id, case.version)
    state = bureau.run(cases.approve, bureau.actors["soc1"], state.id, state.version)
    with pytest.raises(NotAllowed, match="制证员"):
        bureau.run(cases.issue_certificate, bureau.actors["soc1"], state.id, state.version)
    state = bureau.run(cases.issue_certificate, bureau.actors["clerk1"], state.id, state.version)
    with pytest.raises(DomainError, match="签收人"):
        bureau.run(cases.deliver, bureau.actors["clerk1"], state.id, state.version, "")
    state = bureau.run(cases.deliver, bureau.actors["clerk1"], state.id, state.version, "王五")
    assert state.status is CaseStatus.DELIVERED
    history = bureau.run(case_details, bureau.actors["clerk1"], state.id).history
    assert history[-1].received_by == "王五"  # the workbench shows who collected it
    with pytest.raises(NotAllowed, match="已送达"):
        bureau.run(cases.withdraw, bureau.actors["soc1"], state.id, state.version, "撤回")

    withdrawn = claimed(bureau)
    withdrawn = bureau.run(
        cases.withdraw, bureau.actors["eng1"], withdrawn.id, withdrawn.version, "申请人书面申请撤回"
    )
    assert withdrawn.status is CaseStatus.WITHDRAWN

    pool = bureau.new_case("two")
    with pytest.raises(NotAllowed):
        bureau.run(cases.terminate, bureau.actors["eng1"], pool.id, pool.version, "逾期")
    ended = bureau.run(
        cases.terminate,
        bureau.actors["head1"],
        pool.id,
        pool.version,
        "申请人主体资格灭失",
        BASIS,
    )
    assert ended.status is CaseStatus.TERMINATED


def test_supervisor_assigns_and_transfers_in_bulk_all_or_nothing(bureau):
    pool = [bureau.new_case("two") for _ in range(3)]
    in_hand = claimed(bureau, "two", "eng1")
    supervisor = bureau.actors["super1"]
    eng2 = bureau.actors["eng2"].user_id
    with pytest.raises(NotAllowed):
        bureau.run(cases.assign, bureau.actors["eng1"], [pool[0].id], eng2)
    soc = bureau.actors["soc1"].user_id
    with pytest.raises(DomainError, match="不是工程建设类承办人"):
        bureau.run(cases.assign, supervisor, [pool[0].id, pool[1].id], soc)
    assert bureau.case(pool[0].id).status is CaseStatus.RECEIVED  # nothing half-done
    states = bureau.run(
        cases.assign, supervisor, [c.id for c in pool] + [in_hand.id], eng2, "统一调配"
    )
    assert {s.handler_id for s in states} == {eng2}
    assert [s.status for s in states] == [CaseStatus.UNDER_REVIEW] * 4
    assert events(bureau, in_hand.id)[-1] == "transfer"


def test_claim_next_takes_the_green_channel_first_then_the_oldest(bureau):
    old = bureau.new_case("two", accepted_at=datetime(2026, 11, 10, 9, tzinfo=CHINA))
    green = bureau.new_case("two", green_channel=True)
    bureau.new_case("one")
    first = bureau.run(cases.claim_next, bureau.actors["eng1"], Category.ENGINEERING)
    second = bureau.run(cases.claim_next, bureau.actors["eng1"], Category.ENGINEERING)
    assert (first.id, second.id) == (green.id, old.id)
    assert bureau.run(cases.claim_next, bureau.actors["eng1"], Category.ENGINEERING) is None


def test_claim_next_moves_records_and_leaves_the_clock_as_intake_counted_it(bureau):
    """On PostgreSQL the database claims in one call: the same outcome as on SQLite."""
    case = bureau.new_case("two")
    accepted = bureau.case(case.id)
    eng1 = bureau.actors["eng1"]
    state = bureau.run(cases.claim_next, eng1, Category.ENGINEERING)
    stored = bureau.case(case.id)
    assert (state.id, state.status, state.handler_id, state.version) == (
        case.id,
        CaseStatus.UNDER_REVIEW,
        eng1.user_id,
        case.version + 1,
    )
    assert (stored.status, stored.handler_id, stored.version) == (
        state.status,
        state.handler_id,
        state.version,
    )
    clock = ("promised_due_on", "promised_warn_on", "statutory_due_on", "due_provisional")
    assert [getattr(stored, c) for c in clock] == [getattr(accepted, c) for c in clock]
    assert (state.promised_due_on, state.due_provisional) == (
        stored.promised_due_on,
        stored.due_provisional,
    )
    assert events(bureau, case.id) == ["accept", "claim"]
    with bureau.sessions() as session:
        entry = session.scalars(
            sa.select(m.AuditEntry).where(
                m.AuditEntry.entity == "case", m.AuditEntry.action == "claim"
            )
        ).one()
    assert entry.entity_id == str(case.id) and entry.actor.endswith("eng1")
    assert entry.old == {"status": "received", "version": case.version}
    assert entry.new == {
        "status": "under_review",
        "version": case.version + 1,
        "handler_id": eng1.user_id,
    }


def test_claim_next_refuses_a_handler_of_the_other_queue(bureau):
    bureau.new_case("two")
    with pytest.raises(NotAllowed, match="承办人"):
        bureau.run(cases.claim_next, bureau.actors["soc1"], Category.ENGINEERING)


def test_every_action_writes_history_and_audit(bureau):
    before = audit_count(bureau)
    state = claimed(bureau)
    state = bureau.run(
        cases.propose, bureau.actors["eng1"], state.id, state.version, grant=True, opinion="拟准予"
    )
    assert audit_count(bureau) == before + 3  # accept, claim, propose
    with bureau.sessions() as session:
        proposal = session.scalars(
            sa.select(m.CaseEvent).where(
                m.CaseEvent.case_id == state.id, m.CaseEvent.action == "propose"
            )
        ).one()
    assert proposal.reason == "拟准予" and proposal.actor_id == bureau.actors["eng1"].user_id
    assert (proposal.from_status, proposal.to_status) == (
        CaseStatus.UNDER_REVIEW,
        CaseStatus.DECISION_PROPOSED,
    )


def test_due_date_is_provisional_until_the_admin_enters_the_next_year(bureau, clock):
    clock.now = datetime(2026, 12, 21, 16, 0, tzinfo=CHINA)
    case = bureau.new_case("two", accepted_at=datetime(2026, 12, 21, 9, 0, tzinfo=CHINA))
    stored = bureau.case(case.id)
    assert stored.due_provisional
    with bureau.sessions() as session:
        assert explain_case(session, stored).promised.provisional
    holidays = [CalendarDay(date(2027, 1, 1), DayKind.HOLIDAY, "元旦")]
    with pytest.raises(DomainError, match="系统管理员"):
        bureau.run(calendar_admin.set_year, bureau.actors["eng1"], 2027, holidays)
    recomputed = bureau.run(calendar_admin.set_year, bureau.actors["admin"], 2027, holidays)
    assert recomputed >= 1
    firm = bureau.case(case.id)
    assert not firm.due_provisional
    # Ten working days after Mon 2026-12-21, skipping New Year's Day 2027-01-01.
    assert firm.promised_due_on == date(2027, 1, 5)


def test_explanation_names_pauses_extension_holidays_and_steps(bureau, clock):
    import json

    clock.now = datetime(2026, 9, 28, 15, 0, tzinfo=CHINA)  # Monday before National Day
    case = bureau.new_case("two", accepted_at=datetime(2026, 9, 28, 9, 0, tzinfo=CHINA))
    state = bureau.run(cases.claim, bureau.actors["eng1"], case.id, case.version)
    with bureau.sessions() as session:
        material = session.scalar(
            sa.select(m.CaseMaterial.id).where(m.CaseMaterial.case_id == case.id).limit(1)
        )
    clock.now = datetime(2026, 9, 29, 10, 0, tzinfo=CHINA)
    notice = bureau.run(
        cases.request_supplement, bureau.actors["eng1"], state.id, state.version, [material]
    )
    clock.now = datetime(2026, 10, 12, 10, 0, tzinfo=CHINA)
    state = bureau.run(
        cases.receive_supplement, bureau.actors["eng1"], state.id, notice.state.version
    )
    state = bureau.run(cases.extend, bureau.actors["head1"], state.id, state.version, "复杂")
    with bureau.sessions() as session:
        report = explain_case(session, bureau.case(state.id))
    promised = report.promised
    assert promised.extension_days == 10
    [pause] = promised.pauses
    # Stopped Tue 09-29, resumed Mon 10-12: 09-30, 10-08, 10-09, Sat 10-10 (make-up), 10-12.
    assert (pause.stopped_on, pause.resumed_on, pause.excluded_working_days) == (
        date(2026, 9, 29),
        date(2026, 10, 12),
        5,
    )
    assert date(2026, 10, 1) in promised.holidays_skipped
    assert date(2026, 10, 10) in promised.makeup_days_counted
    text = "\n".join(report.lines())
    assert "补正材料暂停" in text and "延长 10 个工作日" in text and "环节“审查”" in text
    data = json.loads(json.dumps(report.as_dict()))
    assert {"statutory", "promised", "steps", "warning", "remaining_working_days"} <= set(data)
    assert data["promised"]["due"] == promised.due.isoformat()
    assert data["promised"]["provisional"] is False and data["warning"] in (
        "normal",
        "yellow",
        "red",
    )
