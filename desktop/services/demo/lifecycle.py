"""Simulate one demo case from acceptance to today: its events, pauses and current status.

The simulation follows the same transitions the workflow allows, so a demo case's
history, pauses and due dates are the ones the real services would have produced.
"""

from __future__ import annotations

import contextlib
import math
import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from desktop.domain.clock import Pause, due_date, used_working_days, warning_date
from desktop.domain.enums import CaseStatus, InspectionConclusion, PauseKind
from desktop.domain.remedies import remedies_text
from desktop.domain.steps import STARTED_BY, Step, current_step
from desktop.domain.terminations import DISSOLVED
from desktop.domain.timezone import CHINA
from desktop.domain.workdays import WorkCalendar
from desktop.domain.workflow import ACCEPT_EVENT
from desktop.services.bureau import DEFAULT_PROFILE
from desktop.services.demo.moments import (
    OFFICE_SECONDS,
    office_ceiling,
    office_moment,
    office_seconds,
)
from desktop.services.demo.on_the_spot import as_sitting


@dataclass(frozen=True)
class ItemFacts:
    id: int
    category: str
    department_id: int
    statutory_days: int
    promised_days: int
    needs_inspection: bool
    inspection_pauses_clock: bool
    window_authorised: bool
    two_level: bool
    material_ids: tuple[int, ...]
    material_names: tuple[str, ...]
    step_limits: tuple[int, ...] = ()  # each Step's limit in working days, in Step order
    case_kind: str = "new"  # the kind of case the item takes (a 注销 item: "cancellation")


@dataclass(frozen=True)
class Staff:
    """Who may act in the simulation, by job."""

    handlers: dict[str, list[int]]  # per category
    reviewers: list[int]
    heads: list[int]
    clerks: list[int]
    front_desk: list[int]
    supervisors: list[int]
    window_clerks: list[int] = field(default_factory=list)  # authorised: 窗口现场审批


@dataclass
class Event:
    at: datetime
    actor_id: int | None
    action: str
    from_status: CaseStatus | None
    to_status: CaseStatus | None
    reason: str | None = None
    data: dict[str, Any] | None = None


@dataclass
class SimulatedPause:
    kind: PauseKind
    started_on: date
    ended_on: date | None
    expected_days: int | None = None
    reason: str | None = None


@dataclass
class SimulatedUrge:
    at: datetime
    supervisor_id: int
    handler_id: int
    level: str
    message: str
    acknowledged_at: datetime | None


@dataclass
class SimulatedInspection:
    requested_at: datetime
    requested_on: date
    done_on: date | None
    conclusion: InspectionConclusion | None


@dataclass
class SimulatedCase:
    status: CaseStatus = CaseStatus.RECEIVED
    handler_id: int | None = None
    events: list[Event] = field(default_factory=list)
    pauses: list[SimulatedPause] = field(default_factory=list)
    missing: set[int] = field(default_factory=set)  # indexes into the item's materials
    supplemented: set[int] = field(default_factory=set)  # handed in later, by supplement
    supplement_received_on: date | None = None
    inspection: SimulatedInspection | None = None
    urges: list[SimulatedUrge] = field(default_factory=list)
    decided_on: date | None = None
    closed_on: date | None = None
    extension_days: int = 0
    extension_reason: str | None = None
    promised_due: date | None = None
    promised_warn: date | None = None
    statutory_due: date | None = None
    provisional: bool = False
    step_due: date | None = None  # the current step's own clock (domain/steps.py)
    step_warn: date | None = None


class _Stop(Exception):
    """The next step would happen after today: the case stays where it is."""


OPINIONS_APPROVE = (
    "材料齐全，符合法定条件，拟准予许可。",
    "经审查，申请材料符合要求，建议准予许可。",
)
REMEDIES = remedies_text(DEFAULT_PROFILE.reconsideration_body, DEFAULT_PROFILE.court)
URGE_MESSAGES = {
    "red": "本件已超过承诺时限，请于今日内说明原因并加快办理。",
    "yellow": "本件即将到期，请抓紧办理，确保按期办结。",
}
YELLOW_SHARE = DEFAULT_PROFILE.yellow_share
# Decided after the promised due date: the bureau reports ~98 % on time. Cases accepted in
# the last few weeks run late more often, so the live queues show a few red and yellow cards.
LATE_SHARE = 0.018
RECENT_LATE_EVERY = 10
DUE_SOON_LATE_EVERY = 4  # of the cases due today or later, more are behind: yellow cards
RECENT_DAYS = 15  # working days
# Some statuses last an hour or a few days (approved until the licence is made, awaiting
# the head's signature, a refusal on its way by post): of the cases that reached one in its
# last few working days, the first few stay there, so every status shows in the queues
# whatever the seed (the common ones need no help). Results made and not yet collected are
# a few more: the unified window's work of the day.
# status: (at least, within working days), no longer than the status lasts anyway.
HELD = {
    CaseStatus.SPECIAL_PROCEDURE: (2, 10),
    CaseStatus.DECISION_PROPOSED: (2, 2),
    CaseStatus.AWAITING_SIGNOFF: (2, 3),
    CaseStatus.APPROVED: (3, 2),  # two for the certificate window, one to be revoked
    CaseStatus.REJECTED: (2, 10),
    CaseStatus.CERTIFICATE_ISSUED: (5, 3),
}
# And one approved case on a 注销 item: the certificate clerk's 注销 decision to issue (it
# becomes an act on a licence of the register, services/demo/licences.py).
HELD_CANCELLATION = (1, 10)
CANCELLATION = "cancellation"
# Cases accepted today or yesterday left in each queue's pool, as on any working morning.
POOL_WAITING = 3
OPINIONS_REJECT = ("经审查，申请不符合法定条件，拟不予许可。",)
REJECT_REASONS = (
    "现场踏勘发现实际情况与申请材料不符，不符合许可条件。",
    "申请人未能提供符合要求的资质证明，不符合法定条件。",
    "项目选址不符合国土空间规划要求。",
)


class CaseSimulator:
    """Walks one case forward through the workflow until the next step would be after today."""

    def __init__(self, calendar: WorkCalendar, today: date, staff: Staff) -> None:
        self.calendar = calendar
        self.today = today
        self.staff = staff
        self._due_on: Counter[date] = Counter()  # recent cases by their first due day
        self._held: Counter[object] = Counter()  # cases kept in their status (HELD)
        self._pooled: Counter[str] = Counter()  # cases left in each queue's pool
        self._yellow_by = calendar.add_working_days(today, 1)  # due by then: yellow if behind

    def simulate(
        self, rng: random.Random, item: ItemFacts, accepted_at: datetime, front_desk_id: int
    ) -> SimulatedCase:
        case = SimulatedCase()
        self._rng, self._item, self._case = rng, item, case
        self._clock = accepted_at
        accepted = "前台综合受理"
        case.events.append(
            Event(accepted_at, front_desk_id, ACCEPT_EVENT, None, CaseStatus.RECEIVED, accepted)
        )
        with contextlib.suppress(_Stop):
            self._run()
        if item.window_authorised and self.staff.window_clerks:
            as_sitting(case, self.staff.window_clerks)
        self._compute_due(accepted_at.date())
        return case

    # Moving through time -------------------------------------------------------------

    def _after(self, working_days: int) -> datetime:
        """A moment in office hours `working_days` after the last event (0: later the same
        day, or the next working day when the day's office hours are over)."""
        last = self._clock
        day = last.date()
        if working_days > 0:
            day = self.calendar.add_working_days(day, working_days)
        start = office_seconds(last) if day == last.date() else 0
        if OFFICE_SECONDS - start < 120:  # the office closed: the step is done the next day
            day, start = self.calendar.add_working_days(day, 1), 0
        ceiling = office_ceiling(day) if day <= self.today else 0
        if ceiling - start < 60:  # not yet happened
            raise _Stop
        span = ceiling - start
        moment = office_moment(day, start + self._rng.randint(30, max(span // 3, 60)))
        self._clock = moment
        return moment

    def _move(
        self,
        working_days: int,
        actor: int | None,
        action: str,
        to: CaseStatus | None,
        reason: str | None = None,
        data: dict[str, Any] | None = None,
    ) -> datetime:
        self._hold()
        at = self._after(working_days)
        case = self._case
        case.events.append(Event(at, actor, action, case.status, to or case.status, reason, data))
        if to is not None:
            case.status = to
        return at

    def _hold(self) -> None:
        """Stop here if the case reached its status lately and that status wants more (HELD)."""
        status = self._case.status
        key: object = status
        wanted, within = HELD.get(status, (0, 0))
        if status is CaseStatus.APPROVED and self._item.case_kind == CANCELLATION:
            key, (wanted, within) = CANCELLATION, HELD_CANCELLATION
        if self._held[key] >= wanted:
            return
        calendar = self.calendar
        if calendar.position(self.today) - calendar.position(self._clock.date()) < within:
            self._held[key] += 1
            raise _Stop

    # The workflow ----------------------------------------------------------------------

    def _run(self) -> None:
        rng, item, case = self._rng, self._item, self._case
        recent = self.calendar.add_working_days(case.events[0].at.date(), RECENT_DAYS)
        draw = rng.random()
        self._recent = recent >= self.today
        due = self.calendar.add_working_days(case.events[0].at.date(), item.promised_days)
        if self._recent and due <= self._yellow_by:
            # Of the recent cases due on the same day, the first and every few after it run
            # late: cases due by tomorrow show yellow, those due earlier red, whatever the seed.
            self._due_on[due] += 1
            every = RECENT_LATE_EVERY if due < self.today else DUE_SOON_LATE_EVERY
            self._late = self._due_on[due] % every == 1
        else:
            self._late = draw < LATE_SHARE
        accepted_on = case.events[0].at.date()
        calendar = self.calendar
        if (
            self._pooled[item.category] < POOL_WAITING
            and calendar.position(self.today) - calendar.position(accepted_on) <= 1
        ):
            self._pooled[item.category] += 1
            raise _Stop
        handler = rng.choice(self.staff.handlers[item.category])
        self._move(
            self._within(rng.choice((0, 0, 0, 1, 1))), handler, "claim", CaseStatus.UNDER_REVIEW
        )
        case.handler_id = handler
        if rng.random() < 0.025:
            self._move(
                rng.randint(1, 5), handler, "withdraw", CaseStatus.WITHDRAWN, "申请人书面申请撤回"
            )
            case.closed_on = self._clock.date()
            return
        if item.material_ids and rng.random() < 0.15:
            self._supplement(handler)
            if case.status is CaseStatus.TERMINATED:
                return
        if item.needs_inspection:
            self._inspect(handler)
        if rng.random() < 0.025:
            self._special_procedure(handler)
        if rng.random() < 0.02:
            head = rng.choice(self.staff.heads)
            self._move(
                rng.randint(1, 3),
                head,
                "extend",
                None,
                "项目情况复杂，需延长审查期限",
                {"days": 10},
            )
            case.extension_days = 10
            case.extension_reason = "项目情况复杂，需延长审查期限"
        self._decide(handler)

    def _supplement(self, handler: int) -> None:
        rng, item, case = self._rng, self._item, self._case
        count = min(len(item.material_ids), rng.choice((1, 1, 2, 3)))
        case.missing = set(rng.sample(range(len(item.material_ids)), count))
        names = [item.material_names[i] for i in sorted(case.missing)]
        at = self._move(
            self._within(rng.randint(1, 3)),
            handler,
            "request_supplement",
            CaseStatus.SUPPLEMENT_REQUESTED,
            "申请材料不齐全，一次性告知需补正的材料",
            {"missing": names},
        )
        pause = SimulatedPause(PauseKind.SUPPLEMENT, at.date(), None, None, "补正材料")
        case.pauses.append(pause)
        if rng.random() < 0.04:
            self._move(
                rng.randint(25, 40),
                rng.choice(self.staff.heads),
                "terminate",
                CaseStatus.TERMINATED,
                DISSOLVED.reason,  # demo/cases.py states a person's death instead
                {"basis": DISSOLVED.basis},
            )
            pause.ended_on = self._clock.date()
            case.closed_on = self._clock.date()
            return
        at = self._move(
            rng.randint(1, 5),
            handler,
            "receive_supplement",
            CaseStatus.UNDER_REVIEW,
            "申请人已补正全部材料",
        )
        pause.ended_on = at.date()
        case.supplement_received_on = at.date()
        case.supplemented, case.missing = case.missing, set()

    def _inspect(self, handler: int) -> None:
        rng, item, case = self._rng, self._item, self._case
        at = self._move(
            self._within(rng.randint(1, 3)),
            handler,
            "start_inspection",
            CaseStatus.INSPECTION,
            "需现场踏勘核查",
        )
        case.inspection = SimulatedInspection(at, at.date(), None, None)
        pause = None
        if item.inspection_pauses_clock:
            pause = SimulatedPause(PauseKind.INSPECTION, at.date(), None, None, "现场踏勘")
            case.pauses.append(pause)
        draw = rng.random()
        conclusion = (
            InspectionConclusion.PASSES
            if draw < 0.86
            else InspectionConclusion.RECTIFY
            if draw < 0.96
            else InspectionConclusion.FAILS
        )
        visit = rng.randint(1, 4)
        at = self._move(
            visit if item.inspection_pauses_clock else self._within(visit),
            handler,
            "end_inspection",
            CaseStatus.UNDER_REVIEW,
            "踏勘结束，已录入踏勘记录",
            {"conclusion": conclusion.value},
        )
        case.inspection.done_on = at.date()
        case.inspection.conclusion = conclusion
        if pause is not None:
            pause.ended_on = at.date()

    def _special_procedure(self, handler: int) -> None:
        rng, case = self._rng, self._case
        expected = rng.choice((10, 15, 20))
        at = self._move(
            self._within(rng.randint(1, 2)),
            handler,
            "start_special",
            CaseStatus.SPECIAL_PROCEDURE,
            "项目技术方案复杂，需组织专家对其安全性和可行性进行评审",
            {"procedure": "专家评审", "expected_days": expected},
        )
        pause = SimulatedPause(PauseKind.SPECIAL_PROCEDURE, at.date(), None, expected, "专家评审")
        case.pauses.append(pause)
        at = self._move(
            rng.randint(expected // 2, expected),
            handler,
            "end_special",
            CaseStatus.UNDER_REVIEW,
            "专家评审结束",
        )
        pause.ended_on = at.date()

    def _decide(self, handler: int) -> None:
        rng, item, case = self._rng, self._item, self._case
        # A grant waits for the site to pass: 限期整改 and 不合格 end in a refusal here.
        failed = case.inspection is not None and case.inspection.conclusion is not (
            InspectionConclusion.PASSES
        )
        grant = not failed and rng.random() > 0.045
        limit = item.promised_days + case.extension_days
        so_far = self._clock_days_so_far()
        # The decision comes `used` working days of clock time after acceptance (pauses
        # already moved the cursor): within the promised limit, except for the late few.
        # 窗口授权: with the materials complete at the window, the decision is made, printed
        # and handed over while the applicant waits.
        on_the_spot = (
            item.window_authorised and not self._late and not case.pauses and not case.inspection
        )
        if self._late:
            # A recent late case is still waiting for the days it runs over: a red card.
            used = max(so_far, limit) + (rng.randint(3, 6) if self._recent else rng.randint(1, 8))
        elif on_the_spot:
            used = so_far
        else:
            # Most decisions come well before the promised limit, a few on its last days.
            used = min(limit, max(so_far, round(limit * rng.triangular(0.1, 1.0, 0.15))))
        budget = max(0, used - so_far)
        # Sign-off steps take their days out of the budget; review has the rest.
        signoffs = [] if item.window_authorised else [rng.choice((0, 1, 1, 2))]
        if item.two_level and not item.window_authorised:
            signoffs.append(rng.choice((0, 1, 1, 2)))
        for n, days in enumerate(signoffs):
            signoffs[n] = min(days, budget - sum(signoffs[:n]))
        review = budget - sum(signoffs)
        review -= self._maybe_urge(handler, limit, so_far, review)
        decision = CaseStatus.APPROVED if grant else CaseStatus.REJECTED
        opinion = rng.choice(OPINIONS_APPROVE if grant else OPINIONS_REJECT)
        outcome: dict[str, Any] = {"grant": grant}
        if not grant:
            opinion = rng.choice(REJECT_REASONS)
            outcome["remedies"] = REMEDIES
        verdict = "approve" if grant else "reject"
        if item.window_authorised:
            self._move(review, handler, verdict, decision, opinion, {"level": "承办", **outcome})
        else:
            self._move(
                review,
                handler,
                "propose",
                CaseStatus.DECISION_PROPOSED,
                opinion,
                {"grant": grant, "level": "承办"},
            )
            reviewer = rng.choice(self.staff.reviewers)
            if item.two_level:
                self._move(
                    signoffs[0],
                    reviewer,
                    "sign_off",
                    CaseStatus.AWAITING_SIGNOFF,
                    "同意承办人意见。",
                    {"level": "审核"},
                )
                head = rng.choice(self.staff.heads)
                self._move(
                    signoffs[1],
                    head,
                    verdict,
                    decision,
                    "同意。" if grant else opinion,
                    {"level": "批准", **outcome},
                )
            else:
                self._move(
                    signoffs[0],
                    reviewer,
                    verdict,
                    decision,
                    "同意。" if grant else opinion,
                    {"level": "审核", **outcome},
                )
        case.decided_on = self._clock.date()
        clerk = rng.choice(self.staff.clerks)
        # Other licences are made within a day or two and collected at the unified window or
        # posted; a refusal is served by post or on the next visit.
        if grant:
            self._move(
                0 if on_the_spot else rng.choice((0, 0, 0, 1, 1)),
                clerk,
                "issue_certificate",
                CaseStatus.CERTIFICATE_ISSUED,
                "制证完成",
            )
        self._move(
            0
            if on_the_spot and grant
            else rng.choice((0, 0, 0, 1, 1, 2))
            if grant
            else rng.randint(1, 5),
            clerk,
            "deliver",
            CaseStatus.DELIVERED,
            "统一窗口出件，申请人签收",
        )
        case.closed_on = self._clock.date()

    def _maybe_urge(self, handler: int, limit: int, so_far: int, review: int) -> int:
        """A supervisor urges most cases that turn red during review, and a few yellow ones.
        Returns the working days of review already spent waiting for the urge."""
        rng = self._rng
        red_in = limit - so_far + 1  # the first working day past the due date
        yellow_in = max(1, math.ceil(YELLOW_SHARE * limit) - so_far)
        if 1 <= red_in < review and rng.random() < 0.9:
            wait, level = red_in, "red"
        elif 1 <= yellow_in < min(review, red_in) and rng.random() < 0.3:
            wait, level = yellow_in, "yellow"
        else:
            return 0
        supervisor = rng.choice(self.staff.supervisors)
        message = URGE_MESSAGES[level]
        at = self._move(wait, supervisor, "urge", None, message, {"level": level})
        acknowledged = self._acknowledged(at)
        self._case.urges.append(
            SimulatedUrge(at, supervisor, handler, level, message, acknowledged)
        )
        return wait

    def _acknowledged(self, urged: datetime) -> datetime | None:
        """The handler reads an urge in office hours: later that day or the next working day
        (None if that is still to come)."""
        rng = self._rng
        day, start = urged.date(), office_seconds(urged)
        if rng.random() < 0.3 or OFFICE_SECONDS - start < 1800:
            day, start = self.calendar.add_working_days(day, 1), 0
        room = (office_ceiling(day) if day <= self.today else 0) - start
        if room < 120:
            return None
        return office_moment(day, start + rng.randint(60, min(room - 1, 4 * 3600)))

    def _within(self, days: int) -> int:
        """A counted step's working days, trimmed for a case decided on time so that a day
        of the promised limit is left for the decision."""
        if self._late:
            return days
        limit = self._item.promised_days + self._case.extension_days
        return max(0, min(days, limit - self._clock_days_so_far() - 1))

    def _clock_days_so_far(self) -> int:
        accepted = self._case.events[0].at.date()
        paused = [Pause(p.started_on, p.ended_on) for p in self._case.pauses]
        return used_working_days(self.calendar, accepted, paused, self._clock.date())

    def _compute_due(self, accepted_on: date) -> None:
        case, item = self._case, self._item
        pauses = [Pause(p.started_on, p.ended_on, p.kind) for p in case.pauses]
        today = case.closed_on or self.today
        promised = due_date(
            self.calendar, accepted_on, item.promised_days, pauses, case.extension_days, today
        )
        statutory = due_date(
            self.calendar, accepted_on, item.statutory_days, pauses, case.extension_days, today
        )
        case.promised_due, case.statutory_due = promised.day, statutory.day
        case.promised_warn = warning_date(
            self.calendar, accepted_on, item.promised_days, pauses, case.extension_days, today
        )
        case.provisional = promised.provisional or statutory.provisional
        self._compute_step_due(pauses)

    def _compute_step_due(self, pauses: list[Pause]) -> None:
        """The current step's due and yellow days, counted as the services count them
        (services/deadlines.py): from the step's first start, its pauses skipped."""
        case, item = self._case, self._item
        step = current_step(case.status)
        if step is None or not item.step_limits:
            return
        limit = item.step_limits[list(Step).index(step)]
        if step in STARTED_BY:
            starts = [e.at for e in case.events if e.action in STARTED_BY[step]]
            started = starts[0].astimezone(CHINA).date() if starts else None
        else:
            started = case.decided_on
        if started is None or limit < 1:
            return
        case.step_due = due_date(self.calendar, started, limit, pauses, 0, self.today).day
        case.step_warn = warning_date(self.calendar, started, limit, pauses, 0, self.today)
