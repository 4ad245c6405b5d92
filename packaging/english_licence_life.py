"""English for the licence life cycle: the register, the acts on a licence (变更, 延续, 注销,
撤销), their documents and refusals, and the register's window."""

LICENCE_LIFE_ENGLISH: dict[str | tuple[str, str], str] = {
    # Labels: what a case asks for, where a licence stands, the two new documents
    "新办": "New",
    "变更": "Change",
    "延续": "Renewal",
    "注销": "Cancellation",
    "撤销": "Revocation",
    "有效": "In force",
    "已变更": "Changed",
    "已延续": "Renewed",
    "已注销": "Cancelled",
    "已撤销": "Revoked",
    "已过期": "Expired",
    "注销行政许可决定书": "Decision cancelling the licence",
    "撤销行政许可决定书": "Decision revoking the licence",
    # Errors
    "许可证 {number} 现为“{status}”，不能申请{kind}": (
        "Licence {number} is “{status}”: no {kind} can be applied for"
    ),
    "许可证 {number} 长期有效，无需申请延续": (
        "Licence {number} is valid without a time limit and needs no renewal"
    ),
    "许可证 {number} 有效期至 {valid_to}，延续申请应在有效期届满三十日前（最迟 {deadline}）"
    "提出；{applied_on} 提出的申请已逾期，不能受理，请按新办重新申请": (
        "Licence {number} is valid until {valid_to}; a renewal must be applied for at least"
        " thirty days before it expires (by {deadline}). An application made on {applied_on}"
        " is too late and cannot be accepted: apply for a new licence instead"
    ),
    "许可证 {number} 不在本局的许可证登记中，请核对编号": (
        "Licence {number} is not in the bureau's licence register: check the number"
    ),
    "新办申请不填写原许可证编号": "An application for a new licence names no existing licence",
    "{kind}申请须填写所{kind}的许可证编号": (
        "An application for {kind} must name the licence it concerns ({kind})"
    ),
    "“{case_kind}”办件不能制发“{title}”": "A “{case_kind}” case cannot have a “{title}”",
    "您不能查看许可证登记": "You may not view the licence register",
    "天数应在 0 到 {most} 之间": "The number of days must be between 0 and {most}",
    "文书 {number} 不能写入许可证登记": (
        "Document {number} cannot be entered in the licence register"
    ),
    "许可证 {number} 现为“{status}”，不能再{kind}": (
        "Licence {number} is “{status}”: it can no longer take a {kind}"
    ),
    "许可证 {number} 的持证人不是本件申请人：{kind}须由持证人申请": (
        "The holder of licence {number} is not this case's applicant: only the holder may"
        " apply for {kind}"
    ),
    # The supervision window's 许可证到期 tab
    "许可证到期": "Licence expiry",
    " 天内到期": " days ahead",
    "有效许可证：": "Licences in force expiring within:",
    "到期提醒": "Expiry reminders",
    "查看许可证……": "Look up a licence…",
    "导出提醒名单……": "Export reminder list…",
    "许可证 %1：%2，共 %3 个版本": "Licence %1: %2, %3 versions",
    "%1 张有效许可证将在 %2 天内到期（红色：已不足三十天，来不及申请延续）": (
        "%1 licences in force expire within %2 days (red: fewer than thirty days left, too"
        " late to apply for renewal)"
    ),
    "查看许可证": "Look up a licence",
    "改为统计期间内到期": "Ending within the period instead",
    "%1 到期的许可证": "Licences ending %1",
    "%1 有 %2 张许可证到期（未延续、未变更）": "%1: %2 licences end (neither renewed nor changed)",
    "期间的结束日不能早于开始日": "The period's end cannot be before its start",
    "许可证编号或文号：": "Licence or document number:",
    "许可证到期提醒": "Licence expiry reminders",
    "申请类型：%1  许可证：%2（有效期至 %3）": "Application: %1  Licence: %2 (valid until %3)",
    "长期": "no time limit",
    # Audit words
    "登记许可证": "Register licence",
    "许可证": "Licence",
}
