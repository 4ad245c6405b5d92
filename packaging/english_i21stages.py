"""English for the construction project stages as catalogue data: an item's stage refusing
a case of another stage, and the stage limits the admin keeps."""

I21STAGES_ENGLISH: dict[str | tuple[str, str], str] = {
    # services/cases/projects.py: a case joins its project only with an item of its stage
    "事项“{item}”不属于工程建设项目审批阶段，办件不能列入项目 {code}": (
        "Item “{item}” belongs to no stage of construction project approval: its case cannot"
        " join project {code}"
    ),
    "事项“{item}”属于“{item_stage}”阶段，项目 {code} 现处于“{stage}”阶段，办件不能列入该项目": (
        "Item “{item}” belongs to the “{item_stage}” stage, but project {code} is now in the"
        " “{stage}” stage: its case cannot join the project"
    ),
    # domain/projects.py and services/cases/stage_limits.py: the stage limits
    "“{stage}”阶段时限至少为 1 个工作日：请填写 1 或更大的数再保存": (
        "The “{stage}” stage limit is at least 1 working day: enter 1 or more, then save"
    ),
    (
        "四个阶段时限合计 {total} 个工作日，超过国家规定的 {cap} 个工作日"
        "（国办发〔2019〕11号）：请减少后再保存"
    ): (
        "The four stage limits add up to {total} working days, more than the national cap of"
        " {cap} working days (State Council Office Document 〔2019〕 No. 11): reduce them,"
        " then save"
    ),
    "只有系统管理员可以修改工程建设项目阶段时限": (
        "Only the system administrator may change the construction project stage limits"
    ),
    # ui/admin/stage_limits.py
    ("StageLimits", "工程建设项目阶段时限"): "Construction project stage limits",
    (
        "StageLimits",
        "各审批阶段内并联审批的时限（工作日），四个阶段合计不超过 %1 个工作日"
        "（国办发〔2019〕11号）。保存后所有项目的阶段时限立即按新值计算。",
    ): (
        "The limit for the parallel review within each approval stage (working days); the"
        " four stages together at most %1 working days (State Council Office Document"
        " 〔2019〕 No. 11). Once saved, every project's stage clocks use the new values."
    ),
    ("StageLimits", "%1阶段："): "%1 stage:",
    ("StageLimits", " 个工作日"): " working days",
    ("StageLimits", "、"): ", ",
    ("StageLimits", "恢复默认阶段时限"): "Restore default stage limits",
    ("StageLimits", "填入默认时限（%1），保存后生效"): (
        "Fill in the default limits (%1); they take effect once saved"
    ),
    ("StageLimits", "保存阶段时限"): "Save stage limits",
    ("StageLimits", "正在读取……"): "Reading…",
    ("StageLimits", "正在保存……"): "Saving…",
    ("StageLimits", "阶段时限已保存，各项目的阶段时限按新值计算"): (
        "Stage limits saved: every project's stage clocks use the new values"
    ),
}
