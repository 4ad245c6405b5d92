"""English for item kinds, the documents each kind ends in, validity and conditions, and the
acts after acceptance (终止审查, 准予撤回)."""

ITEM_KINDS_ENGLISH: dict[str | tuple[str, str], str] = {
    "备案通知书": "Filing notice",
    "不予备案通知书": "Notice refusing the filing",
    "办结通知书": "Completion notice",
    "不予办理决定书": "Decision not to proceed",
    "终止审查决定书": "Decision to terminate the review",
    "准予撤回申请决定书": "Decision granting withdrawal of the application",
    "行政许可": "administrative licence",
    "备案": "filing",
    "行政确认": "administrative confirmation",
    "其他行政权力": "other administrative power",
    "公共服务": "public service",
    "事项类型": "Kind of item",
    "发放许可证": "Issues a licence",
    "许可证有效期": "Licence validity",
    "拟不予许可的，不能附加条件或许可范围": (
        "A proposal to refuse cannot carry conditions or a scope"
    ),
    "附加条件最多 {count} 条，每条不超过 {length} 字": (
        "At most {count} conditions, each of at most {length} characters"
    ),
    "许可范围不能超过 {length} 字": "The scope may not exceed {length} characters",
    "“{item_kind}”事项“{item}”不能制发“{title}”": (
        "The {item_kind} item “{item}” cannot have a “{title}”"
    ),
}
