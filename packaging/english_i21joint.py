"""English for 联合踏勘 (joint site inspection): the coordinator's button and dialog, the
refusals, and the audit words."""

I21JOINT_ENGLISH: dict[str | tuple[str, str], str] = {
    # The coordinator's window and dialog
    "联合踏勘…": "Joint inspection…",
    "联合踏勘": "Joint inspection",
    "同一工程建设项目同一阶段的办件并入本次踏勘：一次到场，结论共用": (
        "Let cases of the same construction project and stage join this inspection: one visit,"
        " one conclusion"
    ),
    "%1（联合踏勘：%2）": "%1 (joint inspection: %2)",
    "%1 的现场踏勘一并服务下列同一项目、同一阶段的办件（一次踏勘，结论共用）：": (
        "The site inspection of %1 also serves these cases of the same project and stage (one"
        " visit, one conclusion):"
    ),
    "（未认领）": "(not claimed)",
    "并入联合踏勘": "Join the inspection",
    "%1：没有同一工程建设项目同一阶段待安排踏勘的其他办件": (
        "%1: no other case of the same construction project and stage is waiting for an inspection"
    ),
    "%1：已并入联合踏勘 %2 件": "%1: %2 case(s) joined to the inspection",
    # Refusals
    "安排联合踏勘": "arrange joint inspections",
    "请选择要并入联合踏勘的办件": "Please choose the cases to join the inspection",
    "踏勘（{number}）已并入另一次联合踏勘，不能作为主踏勘": (
        "The inspection ({number}) is joined to another one and cannot lead a joint inspection"
    ),
    "办件 {number} 不属于工程建设项目，不能联合踏勘": (
        "Case {number} belongs to no construction project: it cannot have a joint inspection"
    ),
    "办件 {number} 的踏勘不能并入：须为同一工程建设项目同一阶段、待安排踏勘的办件": (
        "The inspection of case {number} cannot join: it must be of a case of the same"
        " construction project and stage, waiting for an inspection"
    ),
    "联合踏勘的主踏勘（办件 {number}）尚未录入结论，请稍后再结束踏勘": (
        "The lead inspection of the joint inspection (case {number}) has no conclusion yet:"
        " end this inspection later"
    ),
    "联合踏勘的结论须与主踏勘（办件 {number}）一致：“{recorded}”": (
        "A joint inspection's conclusion must be the lead inspection's (case {number}):"
        " “{recorded}”"
    ),
    # Audit words
    "办件并入联合踏勘": "Cases joined to a joint inspection",
    "联合踏勘的主踏勘": "Lead of the joint inspection",
    "并入的办件": "Cases joined",
}
