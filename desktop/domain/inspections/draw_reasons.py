"""Why an inspector was not drawn, and why a request got no team: codes with Chinese labels."""

from __future__ import annotations

from enum import StrEnum

from desktop.domain.enums import RecusalKind


class ExclusionReason(StrEnum):
    """Why one inspector cannot serve one inspection."""

    INACTIVE = "inactive"
    RECUSAL_EMPLOYMENT = "recusal_employment"
    RECUSAL_RELATIVE = "recusal_relative"
    RECUSAL_PRIOR_INVOLVEMENT = "recusal_prior_involvement"
    RECUSAL_DECLARED = "recusal_declared"
    NO_USEFUL_SPECIALTY = "no_useful_specialty"
    UNAVAILABLE_IN_WINDOW = "unavailable_in_window"
    # Only when a replacement is drawn into a fixed plan:
    DECLINED = "declined"
    ON_TEAM = "on_team"
    BUSY_AT_SLOT = "busy_at_slot"
    CANNOT_COMPLETE_TEAM = "cannot_complete_team"

    @property
    def label(self) -> str:
        return EXCLUSION_LABELS[self]


EXCLUSION_LABELS = {
    ExclusionReason.INACTIVE: "已停用",
    ExclusionReason.RECUSAL_EMPLOYMENT: "回避：任职或持股",
    ExclusionReason.RECUSAL_RELATIVE: "回避：法定代表人亲属",
    ExclusionReason.RECUSAL_PRIOR_INVOLVEMENT: "回避：曾参与同一项目",
    ExclusionReason.RECUSAL_DECLARED: "回避：申报利害关系",
    ExclusionReason.NO_USEFUL_SPECIALTY: "专业不符且非责任部门",
    ExclusionReason.UNAVAILABLE_IN_WINDOW: "时间窗内无空闲半天",
    ExclusionReason.DECLINED: "已拒绝或申报冲突",
    ExclusionReason.ON_TEAM: "已在本组",
    ExclusionReason.BUSY_AT_SLOT: "该半天已有安排或当日已满额",
    ExclusionReason.CANNOT_COMPLETE_TEAM: "不能补足本组所缺的部门或专业",
}

RECUSAL_REASONS = {
    RecusalKind.EMPLOYMENT: ExclusionReason.RECUSAL_EMPLOYMENT,
    RecusalKind.RELATIVE: ExclusionReason.RECUSAL_RELATIVE,
    RecusalKind.PRIOR_INVOLVEMENT: ExclusionReason.RECUSAL_PRIOR_INVOLVEMENT,
    RecusalKind.DECLARED: ExclusionReason.RECUSAL_DECLARED,
}


class UnplannedReason(StrEnum):
    """Why a request got no date and team in this draw; the first rule that fails is named."""

    WINDOW_OUTSIDE_HORIZON = "window_outside_horizon"
    NO_DEPARTMENT_MEMBER = "no_department_member"
    SPECIALTY_NOT_COVERED = "specialty_not_covered"
    TOO_FEW_ELIGIBLE = "too_few_eligible"
    NO_COMMON_SLOT = "no_common_slot"
    NO_TEAM_FITS = "no_team_fits"
    CAPACITY_TAKEN = "capacity_taken"

    @property
    def label(self) -> str:
        return UNPLANNED_LABELS[self]


UNPLANNED_LABELS = {
    UnplannedReason.WINDOW_OUTSIDE_HORIZON: "时间窗内没有可安排的工作日",
    UnplannedReason.NO_DEPARTMENT_MEMBER: "没有符合条件的责任部门人员",
    UnplannedReason.SPECIALTY_NOT_COVERED: "所需专业无人符合条件",
    UnplannedReason.TOO_FEW_ELIGIBLE: "符合条件的人数不足",
    UnplannedReason.NO_COMMON_SLOT: "时间窗内没有一个半天能凑齐踏勘组",
    UnplannedReason.NO_TEAM_FITS: "任何半天都无法同时满足人数、部门和专业要求",
    UnplannedReason.CAPACITY_TAKEN: "可用人员已被本次抽取的其他踏勘占满",
}
