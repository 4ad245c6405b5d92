"""English for the daily dialogs: the certificate window's search, the guides of the
selected items, the urge dialog, the draw explanation in words, the override's pool."""

DIALOGS_ENGLISH: dict[str | tuple[str, str], str] = {
    # 发证窗口
    "查找：": "Find:",
    "受理编号、申请人或文书编号（Ctrl+F）": "Case number, applicant or document number (Ctrl+F)",
    "共 %1 件，符合查找条件的 %2 件": "%1 cases, %2 matching",
    "共 %1 件，没有符合“%2”的办件：请检查受理编号、申请人或文书编号": (
        "%1 cases, none matching “%2”: check the case number, applicant or document number"
    ),
    # 生成告知单
    "为所选事项生成一次性告知单（可多选）；未选择事项时为全部在用事项生成": (
        "Make the one-time notification guides of the selected items (several may be "
        "selected); with none selected, of every active item"
    ),
    "所选事项均已停用，停用的事项不生成告知单：请选择在用事项，或不选以生成全部": (
        "The selected items are all inactive and inactive items get no guide: select "
        "active items, or none to make them all"
    ),
    "生成告知单（所选 %1 项）": "Make guides (%1 selected items)",
    "生成告知单（未选择事项：全部在用事项）": "Make guides (no item selected: every active item)",
    "正在生成所选 %1 项事项的告知单……": "Making the guides of the %1 selected items…",
    "未选择事项，正在生成全部在用事项的告知单……": (
        "No item selected: making the guides of every active item…"
    ),
    "已保存所选 %2 项事项的告知单到 %1": "Saved the guides of the %2 selected items to %1",
    "未选择事项，已生成全部 %2 个在用事项的告知单，已保存到 %1": (
        "No item selected: made the guides of all %2 active items, saved to %1"
    ),
    # The urge dialog
    "发出督办": "Send urge",
    "计时暂停": "Clock paused",
    "%1 · %2\n承办人：%3 · %4": "%1 · %2\nHandler: %3 · %4",
    "请填写督办意见：要求承办人何时完成什么": (
        "Write the urge: what the handler is to finish, by when"
    ),
    # The draw explanation
    "另有 %1 人符合条件，未被抽中（抽签排序靠后，或选他们会提高最高近期工作量）": (
        "%1 more were eligible but not drawn (later in the drawing order, or choosing them "
        "would raise the highest recent workload)"
    ),
    "抽签排序第 %1（本组及备选共 %2 人）": ("drawing order %1 (of the %2 on the team and backups)"),
    "近期工作量 %1 次（含本次）": "recent workload %1 (this one included)",
    ("DrawExplanation", "%1 人"): "%1 people",
    "说明：抽签排序由本次抽取前登记的种子计算（SHA-256），任何人可凭种子和数据快照复算；"
    "在符合全部规则、并使全体人员的最高近期工作量尽可能低的安排中，优先选抽签排序靠前的人。"
    "近期工作量为近 %1 天已安排的踏勘次数（含本次）。": (
        "How to read this: the drawing order is computed (SHA-256) from the seed recorded "
        "before the draw; anyone can recompute it from the seed and the data snapshot. Among "
        "the plans that keep every rule and keep everyone's highest recent workload as low as "
        "possible, those earlier in the drawing order are chosen. The recent workload is the "
        "number of inspections in the last %1 days, this one included."
    ),
    # 人工指定
    "按姓名、部门或专业筛选": "Filter by name, department or specialty",
    "不符合条件：": "Not eligible: ",
    "无专业": "no specialty",
    "具备所需专业：": "holds the required specialty: ",
    "共 %1 人，符合条件的 %2 人排在前面；显示 %3 人。已选 %4 人": (
        "%1 people, the %2 eligible first; %3 shown. %4 chosen"
    ),
    "共 %1 人，符合条件的 %2 人排在前面；显示 %3 人。已选 %4 人：%5": (
        "%1 people, the %2 eligible first; %3 shown. %4 chosen: %5"
    ),
    "没有姓名、部门或专业含“%1”的人员": "Nobody whose name, department or specialty has “%1”",
}
