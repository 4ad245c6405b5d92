# ruff: noqa: E501  (long English sentences kept on one line each)
"""English for late steps in supervision: the step views, the dashboard's cards and charts,
and the drill-down's columns."""

I23LATE_ENGLISH: dict[str | tuple[str, str], str] = {
    "环节临近到期": "Step due soon",
    "环节超时": "Late steps",
    ("labels", "环节超时"): "Step overdue",
    "环节期限": "Step due",
    "当前环节（审查、审批签发、制证、送达）已过本环节期限的办件；点击查看办件、环节期限、承办人和部门": "Cases whose current step (review, sign-off, certificate, delivery) is past its own due date; click to list the cases with the step's due date, the handler and the department",
    "当前环节已到预警日、尚未到期的办件；点击查看": "Cases whose current step has reached its warning day but is not yet due; click to list them",
    "电子监察图表：": "Supervision charts: ",
    "办件红黄牌": "Red and yellow cases",
    "环节超时与临近到期": "Late and yellow steps",
    "按部门：受理与办结（受理最多的 8 个部门）": "By department: accepted and completed (the 8 busiest departments)",
    "电子监察：当前环节超时（承办人）": "Supervision: late steps now (handlers)",
    "电子监察：当前环节超时（部门）": "Supervision: late steps now (departments)",
}
