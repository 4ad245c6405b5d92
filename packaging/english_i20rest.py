"""English for the on-site record in the handler's case window and the record's new
refusals (confirmed once, frozen once the whole team confirmed)."""

I20REST_ENGLISH: dict[str | tuple[str, str], str] = {
    # The case window's 现场踏勘 tab
    ("SiteRecordPanel", "踏勘人员"): "Inspector",
    "单位": "Organisation",
    "登录确认时间": "Confirmed at (signed in)",
    "查看盖章的踏勘记录": "Open the sealed record",
    "尚未安排现场踏勘，没有踏勘记录": "No site inspection yet, so no inspection record",
    "尚未填写": "not filled in yet",
    "已由踏勘组全体确认": "confirmed by the whole team",
    "待踏勘人员确认": "awaiting the inspectors' confirmation",
    "结论：%1（%2）  申请人代表：%3": "Conclusion: %1 (%2)  Applicant's representative: %3",
    "未填写": "not filled in",
    "整改期限：%1": "Rectify by: %1",
    "本次为复查踏勘": "This is a re-inspection",
    "踏勘情况：%1": "Findings: %1",
    "踏勘记录尚未制发为盖章文书": "The record has not been issued as a sealed document yet",
    "全体踏勘人员确认后才能制发盖章的踏勘记录": (
        "The sealed record can be issued once every inspector has confirmed it"
    ),
    "%1 KB": "%1 KB",
    "无照片或附件": "No photos or files",
    "踏勘记录": "Inspection record",
    # Refusals
    "{name} 已确认过本记录，不能重复确认": "{name} has already confirmed this record",
    "现场踏勘记录已由踏勘组全体确认，不能再更改": (
        "The whole team has confirmed the on-site record: it can no longer be changed"
    ),
}
