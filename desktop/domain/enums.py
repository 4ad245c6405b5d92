"""Named values of the domain: queues, applicant kinds, roles, statuses."""

from __future__ import annotations

from enum import StrEnum


class Category(StrEnum):
    """The two classified back-office queues."""

    ENGINEERING = "engineering"
    SOCIAL = "social"

    @property
    def label(self) -> str:
        return {"engineering": "工程建设类", "social": "社会事务类"}[self.value]


class TransferStatus(StrEnum):
    """Where an item stands in the transfer of licensing powers to the bureau (事项划转)."""

    NONE = "none"  # not in the transfer plan
    PLANNED = "planned"  # in the plan, not yet transferred
    TRANSFERRED = "transferred"  # transferred: the bureau approves it

    @property
    def label(self) -> str:
        return {"none": "不涉及", "planned": "拟划转", "transferred": "已划转"}[self.value]


class ApplicantKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"


class Role(StrEnum):
    """Job roles; one person may hold several."""

    HANDLER_ENGINEERING = "handler_engineering"
    HANDLER_SOCIAL = "handler_social"
    REVIEWER = "reviewer"
    HEAD = "head"
    COORDINATOR = "coordinator"
    CLERK = "clerk"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"
    # Not a job of its own: the admin's explicit authorisation of a window clerk to decide
    # window-authorised items on the spot (窗口现场审批, README "On-the-spot approval").
    WINDOW_APPROVER = "window_approver"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS = {
    Role.HANDLER_ENGINEERING: "承办人（工程建设类）",
    Role.HANDLER_SOCIAL: "承办人（社会事务类）",
    Role.REVIEWER: "审核人",
    Role.HEAD: "批准人（分管负责人）",
    Role.COORDINATOR: "踏勘协调员",
    Role.CLERK: "制证员",
    Role.SUPERVISOR: "督办",
    Role.ADMIN: "系统管理员",
    Role.WINDOW_APPROVER: "窗口现场审批（授权）",
}


class CaseStatus(StrEnum):
    """Statuses of a case (办件), as the README's "The workflow" lists them."""

    RECEIVED = "received"
    UNDER_REVIEW = "under_review"
    SUPPLEMENT_REQUESTED = "supplement_requested"
    INSPECTION = "inspection"
    SPECIAL_PROCEDURE = "special_procedure"
    DECISION_PROPOSED = "decision_proposed"
    AWAITING_SIGNOFF = "awaiting_signoff"
    APPROVED = "approved"
    REJECTED = "rejected"
    CERTIFICATE_ISSUED = "certificate_issued"
    DELIVERED = "delivered"
    WITHDRAWN = "withdrawn"
    TERMINATED = "terminated"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS = {
    CaseStatus.RECEIVED: "待认领",
    CaseStatus.UNDER_REVIEW: "审查中",
    CaseStatus.SUPPLEMENT_REQUESTED: "补正中",
    CaseStatus.INSPECTION: "现场踏勘",
    CaseStatus.SPECIAL_PROCEDURE: "特别程序",
    CaseStatus.DECISION_PROPOSED: "已拟决定",
    CaseStatus.AWAITING_SIGNOFF: "待审批",
    CaseStatus.APPROVED: "准予许可",
    CaseStatus.REJECTED: "不予许可",
    CaseStatus.CERTIFICATE_ISSUED: "已制证",
    CaseStatus.DELIVERED: "已送达（办结）",
    CaseStatus.WITHDRAWN: "申请人撤回",
    CaseStatus.TERMINATED: "终止办理",
}

# A case in one of these statuses is finished (办结 or ended): no clock runs any more.
CLOSED_STATUSES = frozenset({CaseStatus.DELIVERED, CaseStatus.WITHDRAWN, CaseStatus.TERMINATED})

# A decision has been taken: the decision clock stopped on `decided_on`.
DECIDED_STATUSES = frozenset(
    {CaseStatus.APPROVED, CaseStatus.REJECTED, CaseStatus.CERTIFICATE_ISSUED, CaseStatus.DELIVERED}
)


class PauseKind(StrEnum):
    """Why a case clock stopped (ALL arts. 32, 45)."""

    SUPPLEMENT = "supplement"
    INSPECTION = "inspection"
    SPECIAL_PROCEDURE = "special_procedure"


class MaterialState(StrEnum):
    REQUIRED = "required"
    RECEIVED = "received"
    MISSING = "missing"


class HalfDay(StrEnum):
    AM = "am"
    PM = "pm"


class InspectionStatus(StrEnum):
    REQUESTED = "requested"
    SCHEDULED = "scheduled"
    DONE = "done"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return {
            "requested": "待安排",
            "scheduled": "已安排",
            "done": "已完成",
            "cancelled": "已取消",
        }[self.value]


# Inspections still to be made: they keep their case in the inspection step.
OPEN_INSPECTIONS = (InspectionStatus.REQUESTED, InspectionStatus.SCHEDULED)


class InspectionConclusion(StrEnum):
    PASSES = "passes"
    RECTIFY = "rectify"
    FAILS = "fails"

    @property
    def label(self) -> str:
        return {"passes": "合格", "rectify": "限期整改", "fails": "不合格"}[self.value]


class FindingVerdict(StrEnum):
    """What the team found at one check point of the on-site record."""

    MEETS = "meets"
    FAILS = "fails"
    NOT_APPLICABLE = "not_applicable"

    @property
    def label(self) -> str:
        return {"meets": "符合", "fails": "不符合", "not_applicable": "不适用"}[self.value]


class OpinionLevel(StrEnum):
    """At which level an opinion was signed (the workbench's opinions tab)."""

    HANDLER = "handler"
    REVIEW = "review"
    APPROVAL = "approval"
    SEND_BACK = "send_back"
    DECISION = "decision"  # a decision whose level was not recorded
    WINDOW = "window"  # decided on the spot by an authorised window clerk

    @property
    def label(self) -> str:
        return OPINION_LEVEL_LABELS[self]

    @classmethod
    def recorded(cls, text: str | None) -> OpinionLevel:
        """The level a decision event recorded in its data (in Chinese, as the record)."""
        return {label: level for level, label in OPINION_LEVEL_LABELS.items()}.get(
            text or "", cls.DECISION
        )


OPINION_LEVEL_LABELS = {
    OpinionLevel.HANDLER: "承办",
    OpinionLevel.REVIEW: "审核",
    OpinionLevel.APPROVAL: "批准",
    OpinionLevel.SEND_BACK: "退回",
    OpinionLevel.DECISION: "审批",
    OpinionLevel.WINDOW: "窗口现场审批",
}


class RecusalKind(StrEnum):
    EMPLOYMENT = "employment"
    RELATIVE = "relative"
    PRIOR_INVOLVEMENT = "prior_involvement"
    DECLARED = "declared"


class DayKind(StrEnum):
    """A calendar exception: a holiday on a weekday, or a make-up working day (调休)."""

    HOLIDAY = "holiday"
    WORKDAY = "workday"


class TicketKind(StrEnum):
    HOTLINE = "hotline"
    COMPLAINT = "complaint"


class TicketStatus(StrEnum):
    OPEN = "open"
    ANSWERED = "answered"
    CLOSED = "closed"


# Statuses in which a case is still being worked on in the back office.
IN_BACK_OFFICE = frozenset(
    {
        CaseStatus.RECEIVED,
        CaseStatus.UNDER_REVIEW,
        CaseStatus.DECISION_PROPOSED,
        CaseStatus.AWAITING_SIGNOFF,
        CaseStatus.SUPPLEMENT_REQUESTED,
        CaseStatus.INSPECTION,
        CaseStatus.SPECIAL_PROCEDURE,
    }
)


def queue_rank(green_channel: bool, status: CaseStatus) -> int:
    """0 for green-channel cases still in the back office (they come first), else 1."""
    return 0 if green_channel and status in IN_BACK_OFFICE else 1


# The status a case is in while a clock pause of each kind runs: the pause opens as the case
# enters that step and ends as it leaves it (an inspection stops the clock where the item
# says so).
PAUSE_STEPS = {
    PauseKind.SUPPLEMENT: CaseStatus.SUPPLEMENT_REQUESTED,
    PauseKind.INSPECTION: CaseStatus.INSPECTION,
    PauseKind.SPECIAL_PROCEDURE: CaseStatus.SPECIAL_PROCEDURE,
}
