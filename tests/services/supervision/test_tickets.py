"""Hotline and complaint tickets: due dates in working days per kind, replies, escalation
when late, and first-contact responsibility (首问负责)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.domain.enums import TicketKind, TicketStatus
from desktop.domain.errors import DomainError
from desktop.domain.guards import NotAllowed
from desktop.domain.supervision import TicketStep
from desktop.services.supervision import tickets
from desktop.services.supervision.settings import (
    load_supervision_settings,
    save_supervision_settings,
)

CALL = tickets.NewTicket(TicketKind.HOTLINE, "张三", "13900000000", "咨询办理进度")


def test_due_dates_count_working_days_per_kind_and_are_configurable(bureau):
    clerk = bureau.actors["clerk1"]  # Monday 2026-11-16
    hotline = bureau.run(tickets.open_ticket, clerk, CALL)
    complaint = bureau.run(
        tickets.open_ticket, clerk, replace(CALL, kind=TicketKind.COMPLAINT, subject="态度不好")
    )
    assert hotline.due_on == date(2026, 11, 17)
    assert complaint.due_on == date(2026, 11, 23)  # five working days, over the weekend
    assert hotline.first_contact == hotline.assignee == "用户clerk1"
    settings = bureau.run(load_supervision_settings)
    days = {**settings.ticket_answer_days, "hotline": 3}
    with pytest.raises(NotAllowed, match="系统管理员"):
        bureau.run(save_supervision_settings, clerk, replace(settings, ticket_answer_days=days))
    bureau.run(
        save_supervision_settings,
        bureau.actors["admin"],
        replace(settings, ticket_answer_days=days),
    )
    assert bureau.run(tickets.open_ticket, clerk, CALL).due_on == date(2026, 11, 19)


def test_a_ticket_links_a_case_found_by_number_or_applicant(bureau):
    case = bureau.new_case("one")
    clerk = bureau.actors["clerk1"]
    found = bureau.run(tickets.find_cases, clerk, "渭南测试")
    assert [(f[0], f[2]) for f in found] == [(case.id, "渭南测试有限公司")]
    assert bureau.run(tickets.find_cases, clerk, case.number)[0][0] == case.id
    line = bureau.run(tickets.open_ticket, clerk, replace(CALL, case_id=case.id))
    assert line.case_number == case.number


def test_reply_then_the_first_contact_closes_it(bureau):
    clerk, soc1 = bureau.actors["clerk1"], bureau.actors["soc1"]
    line = bureau.run(tickets.open_ticket, clerk, replace(CALL, assignee_id=soc1.user_id))
    with pytest.raises(DomainError, match="尚未答复"):
        bureau.run(tickets.close_ticket, clerk, line.id)
    with pytest.raises(NotAllowed, match="首问责任人、承办人或督办人员"):
        bureau.run(tickets.reply_ticket, bureau.actors["eng1"], line.id, "答复")
    answered = bureau.run(tickets.reply_ticket, soc1, line.id, "已答复：材料齐全即可办理。")
    assert answered.status is TicketStatus.ANSWERED and not answered.late
    with pytest.raises(NotAllowed, match="首问负责"):
        bureau.run(tickets.close_ticket, soc1, line.id)  # the assignee is not the first contact
    closed = bureau.run(tickets.close_ticket, clerk, line.id)
    assert closed.status is TicketStatus.CLOSED
    history = bureau.run(tickets.ticket_history, clerk, line.id)
    assert [e.step for e in history] == [TicketStep.OPEN, TicketStep.REPLY, TicketStep.CLOSE]
    with pytest.raises(DomainError, match="已办结"):
        bureau.run(tickets.reply_ticket, clerk, line.id, "再答复")


def test_late_tickets_are_escalated_once_and_stay_with_their_first_contact(bureau):
    clerk, supervisor = bureau.actors["clerk1"], bureau.actors["super1"]
    late = bureau.run(tickets.open_ticket, clerk, CALL)
    on_time = bureau.run(
        tickets.open_ticket, clerk, replace(CALL, kind=TicketKind.COMPLAINT, subject="投诉")
    )
    with pytest.raises(NotAllowed):
        bureau.run(tickets.escalate_late_tickets, clerk)
    bureau.clock.advance(days=1)  # Tuesday: due today, not late yet
    assert bureau.run(tickets.escalate_late_tickets, supervisor) == 0
    bureau.clock.advance(days=1)
    assert bureau.run(tickets.escalate_late_tickets, supervisor) == 1
    assert bureau.run(tickets.escalate_late_tickets, supervisor) == 0
    lines = {t.id: t for t in bureau.run(tickets.list_tickets, supervisor)}
    assert lines[late.id].escalated and lines[late.id].late
    assert lines[late.id].first_contact == "用户clerk1"
    assert not lines[on_time.id].escalated
    head = bureau.actors["head1"]
    raised = bureau.run(tickets.escalate_ticket, supervisor, on_time.id, head.user_id, "重要投诉")
    assert raised.escalated_to == "用户head1"
    # The head it was raised to can now answer it, and sees it in their list.
    bureau.run(tickets.reply_ticket, head, on_time.id, "已处理")
    assert on_time.id in {t.id for t in bureau.run(tickets.list_tickets, head)}
    answered_late = bureau.run(tickets.reply_ticket, clerk, late.id, "已答复")
    assert answered_late.late  # answered on Wednesday, due Tuesday


def test_others_see_only_their_own_tickets(bureau):
    clerk = bureau.actors["clerk1"]
    line = bureau.run(tickets.open_ticket, clerk, CALL)
    assert [t.id for t in bureau.run(tickets.list_tickets, clerk)] == [line.id]
    assert bureau.run(tickets.list_tickets, bureau.actors["eng1"]) == []
    with pytest.raises(tickets.TicketNotFound):
        bureau.run(tickets.ticket_history, bureau.actors["eng1"], line.id)
    with pytest.raises(DomainError, match="请填写") as refused:
        bureau.run(tickets.open_ticket, clerk, replace(CALL, caller_name=" "))
    assert refused.value.data == {"what": "来电人"}
    with bureau.sessions() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(m.Ticket)) == 1
