"""English for the kinds of record the database's audit triggers name (the audit trail)."""

GUARD_AUDIT_ENGLISH: dict[str | tuple[str, str], str] = {
    ("terms", "办件记录"): "Case history",
    ("terms", "材料清单"): "Materials checklist",
    ("terms", "踏勘组成员"): "Inspection team member",
    ("terms", "踏勘人员专业"): "Inspector's specialty",
    ("terms", "踏勘人员请假"): "Inspector's leave",
    ("terms", "工单记录"): "Ticket history",
    ("terms", "评价记录"): "Rating",
    ("terms", "抄告办件"): "Case in a result notice",
    ("terms", "送达记录"): "Record of service",
    ("terms", "专业"): "Specialty",
    ("terms", "事项材料"): "Item material",
    ("terms", "事项所需专业"): "Item's required specialty",
    ("terms", "节假日年份"): "Holiday calendar year",
}
