"""English for construction projects (工程建设项目): stages and their states, the project's
refusals, the workbench's project tab and supervision's projects tab."""

I21PROJECT_ENGLISH: dict[str | tuple[str, str], str] = {
    # Labels: the stages and where a stage stands
    "立项用地规划许可": "Project approval, land use and planning permit",
    "工程建设许可": "Construction works permit",
    "施工许可": "Construction start permit",
    "竣工验收": "Completion acceptance",
    "尚未受理": "Nothing accepted yet",
    "并联审批中": "Parallel review under way",
    "受阻（有办件不予许可）": "Blocked (an application refused)",
    "本阶段办结": "Stage completed",
    # Audit words
    "登记工程建设项目": "Register construction project",
    "项目进入下一阶段": "Move project to its next stage",
    "工程建设项目": "Construction project",
    # Errors
    "项目代码“{code}”格式不对：应为“年份-6位地区码-2位-2位-6位序号”，如 2026-610502-47-01-000123": (
        "Project code “{code}” is malformed: it should read year-6-character area code-2 digits"
        "-2 digits-6-digit serial, e.g. 2026-610502-47-01-000123"
    ),
    "您不能登记工程建设项目": "You may not register construction projects",
    "您不能推进工程建设项目的审批阶段": "You may not move a construction project to its next stage",
    "您不能查看工程建设项目": "You may not view construction projects",
    "请填写项目名称": "Please enter the project's name",
    "项目代码 {code} 已登记": "Project code {code} is already registered",
    "建设单位应为已登记的法人或其他组织（统一社会信用代码）": (
        "The builder must be a registered legal person or other organisation (unified social"
        " credit code)"
    ),
    "项目代码 {code} 未登记：请先登记工程建设项目": (
        "Project code {code} is not registered: register the construction project first"
    ),
    "项目 {code} 的建设单位不是本件申请人，办件不能列入该项目": (
        "The builder of project {code} is not this case's applicant: the case cannot join it"
    ),
    "项目代码 {code} 未登记": "Project code {code} is not registered",
    "项目 {code} 已在最后的“竣工验收”阶段": (
        "Project {code} is already in its last stage, completion acceptance"
    ),
    "项目 {code} 的“{stage}”阶段尚无办件，不能进入下一阶段": (
        "The “{stage}” stage of project {code} has no case yet: the project cannot move on"
    ),
    "项目 {code} 的“{stage}”阶段还有办件未办结，不能进入下一阶段": (
        "The “{stage}” stage of project {code} still has open cases: the project cannot move on"
    ),
    "项目 {code} 的“{stage}”阶段受阻：有办件不予许可，须重新申请并准予后才能进入下一阶段": (
        "The “{stage}” stage of project {code} is blocked: an application was refused; the"
        " project moves on only once a new application is granted"
    ),
    # The project tables
    ("ProjectRows", "按时"): "On time",
    ("ProjectRows", "预警"): "Warning",
    ("ProjectRows", "超期"): "Overdue",
    ("ProjectRows", "阶段"): "Stage",
    ("ProjectRows", "状态"): "State",
    ("ProjectRows", "办件"): "Cases",
    ("ProjectRows", "未办结"): "Open",
    ("ProjectRows", "开始"): "Started",
    ("ProjectRows", "时限（工作日）"): "Limit (working days)",
    ("ProjectRows", "应完成"): "Due",
    ("ProjectRows", "完成"): "Finished",
    ("ProjectRows", "阶段计时"): "Stage clock",
    ("ProjectRows", "受理编号"): "Case number",
    ("ProjectRows", "部门"): "Department",
    ("ProjectRows", "事项"): "Item",
    ("ProjectRows", "承办人"): "Handler",
    ("ProjectRows", "承诺期限"): "Promised by",
    ("ProjectRows", "决定日"): "Decided on",
    ("ProjectRows", "（不予许可）"): " (refused)",
    # The workbench's project tab
    "本项目的其他办件（各部门并联审批）：": (
        "The project's other cases (reviewed in parallel by the departments):"
    ),
    "打开所选办件": "Open selected case",
    "进入下一阶段…": "Move to next stage…",
    "进入下一阶段": "Move to next stage",
    "阶段时限 %1 个工作日，应于 %2 前完成，已用 %3 个工作日（%4）": (
        "Stage limit %1 working days, due by %2, %3 working days used (%4)"
    ),
    "项目 %1  %2": "Project %1  %2",
    "建设单位：%1（%2）  建设地点：%3": "Builder: %1 (%2)  Site: %3",
    "当前阶段：%1（自 %2 起）  %3  %4": "Current stage: %1 (since %2)  %3  %4",
    "项目 %1 由“%2”阶段进入“%3”阶段？": "Move project %1 from “%2” to “%3”?",
    # Supervision's projects tab
    "查看工程建设项目的阶段时限": "view construction projects' stage limits",
    "项目阶段清单": "Project stages",
    "各阶段汇总": "Per stage",
    "%1：%2 个": "%1: %2",
    "%1 有 %2 个项目阶段在计时（%3）；超期 %4 个，预警 %5 个": (
        "%1: %2 project stages timed (%3); %4 overdue, %5 warned"
    ),
    "，": ", ",
}
