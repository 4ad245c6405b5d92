"""English for the on-site record: the checklist, the record dialog, its refusals, the
re-inspection and the grant guard."""

I20RECORD_ENGLISH: dict[str | tuple[str, str], str] = {
    # Conclusions and findings
    "限期整改": "Rectify by a deadline",
    "符合": "Meets",
    "不符合": "Does not meet",
    "不适用": "Not applicable",
    "现场踏勘记录": "On-site inspection record",
    # The item editor's checklist
    "申请材料": "Materials",
    "踏勘检查要点": "Inspection checklist",
    "序号": "No.",
    "检查要点": "Check point",
    "重大事项": "Major",
    "添加检查要点": "Add check point",
    "删除所选要点": "Remove selected points",
    "需现场踏勘的事项，踏勘组按这些要点逐项检查并记录：": (
        "For items inspected on site, the team checks and records each of these points:"
    ),
    # The record dialog
    "踏勘记录…": "Inspection record…",
    "复查沿用原踏勘组…": "Re-inspect with the same team…",
    "限期整改或不合格后的复查，由原踏勘组再次踏勘": (
        "After rectify by a deadline or fails: the same team inspects again"
    ),
    "填写检查结果、添加照片，由踏勘人员登录确认": (
        "Record the findings, add photos, and have the inspectors confirm by signing in"
    ),
    "结果": "Result",
    "情况说明": "Notes",
    "（请选择）": "(choose)",
    "（重大事项）": " (major)",
    "（复查）": " (re-inspection)",
    "（已确认）": " (confirmed)",
    "（未确认）": " (not confirmed)",
    "踏勘地点：": "Site: ",
    "踏勘时间：": "Time: ",
    "申请人代表：": "Applicant's representative:",
    "踏勘结论：": "Conclusion:",
    "整改期限：": "Rectify by:",
    "情况综述：": "Summary:",
    "照片和文件：": "Photos and files:",
    "添加照片或文件……": "Add photo or file…",
    "添加照片或文件": "Add photo or file",
    "照片或文件 (*.jpg *.jpeg *.png *.pdf);;所有文件 (*)": (
        "Photos or files (*.jpg *.jpeg *.png *.pdf);;All files (*)"
    ),
    "保存记录": "Save record",
    "踏勘人员登录确认……": "Inspector confirms by signing in…",
    "踏勘人员登录确认": "Inspector confirms by signing in",
    "制发记录文书": "Issue the record",
    "关闭": "Close",
    "用户名：": "User name:",
    "密码：": "Password:",
    "确认": "Confirm",
    "取消": "Cancel",
    "踏勘组：": "Team: ",
    "正在办理……": "Working…",
    "正在制发……": "Issuing…",
    "记录已保存，请踏勘人员逐一登录确认": (
        "Record saved; each inspector now confirms it by signing in"
    ),
    "已添加附件": "File added",
    "已确认": "Confirmed",
    "已制发现场踏勘记录 %1": "On-site inspection record %1 issued",
    # Refusals
    "以下检查要点尚未填写结果：{points}": "These check points have no result yet: {points}",
    "检查要点 {seq} 不在本事项的检查清单中，请刷新后重填": (
        "Check point {seq} is not on this item's checklist; refresh and fill in again"
    ),
    "“{point}”不符合：请写明发现的问题": "“{point}” does not meet: describe what was found",
    "请填写在场的申请人代表姓名": "Enter the name of the applicant's representative present",
    "申请人代表姓名过长（最多 {n} 字）": (
        "The representative's name is too long (at most {n} characters)"
    ),
    "请选择踏勘结论：合格、限期整改或不合格": (
        "Choose a conclusion: passes, rectify by a deadline, or fails"
    ),
    "请填写踏勘情况综述": "Enter a summary of the inspection",
    "重大事项“{point}”不符合，结论不能为合格": (
        "Major point “{point}” does not meet: the conclusion cannot be passes"
    ),
    "限期整改须写明整改期限": "Rectify by a deadline needs the deadline",
    "整改期限须晚于今天": "The deadline must be after today",
    "只有限期整改才有整改期限": "Only rectify by a deadline has a deadline",
    "附件须有文件名": "A file needs a name",
    "文件“{name}”是空的，未添加": "File “{name}” is empty; not added",
    "文件“{name}”有 {size} MB，超过每个附件 {limit} MB 的上限，未添加：请压缩后再添加": (
        "File “{name}” is {size} MB, over the {limit} MB limit per file; not added: "
        "compress it and add it again"
    ),
    "找不到该附件，请刷新后重试": "File not found; refresh and try again",
    "请先保存踏勘记录，再由踏勘人员确认": "Save the record before the inspectors confirm it",
    "{name} 不是本次踏勘组成员，不能确认本记录": (
        "{name} is not on this inspection's team and cannot confirm the record"
    ),
    "这不是复查踏勘，没有原踏勘组可沿用": "This is not a re-inspection: there is no team to reuse",
    "复查：沿用原踏勘组": "Re-inspection: the same team",
    "现场踏勘记录尚有 {n} 名踏勘人员未确认，请确认后再结束踏勘": (
        "{n} inspectors have not confirmed the record yet; end the inspection once they have"
    ),
    "现场踏勘记录的结论是“{recorded}”，录入的结论须与之一致": (
        "The record's conclusion is “{recorded}”; the conclusion entered must match it"
    ),
    "只有最近一次踏勘结论为限期整改或不合格时，才能提请复查": (
        "A re-inspection can be requested only when the latest conclusion is "
        "rectify by a deadline or fails"
    ),
    "办件 {number} 还没有填写现场踏勘记录": "Case {number} has no on-site inspection record yet",
    "现场踏勘记录须有检查要点和踏勘人员": "An on-site record needs check points and inspectors",
    "最近一次现场踏勘结论不是“合格”：须整改后复查合格，才能准予许可": (
        "The latest on-site inspection did not pass: the licence can be granted only after "
        "rectification and a re-inspection that passes"
    ),
    # Who may
    "查看现场踏勘记录": "view on-site records",
    "填写现场踏勘记录": "Fill in the on-site record",
    "添加踏勘附件": "Add an inspection file",
    "查看踏勘附件": "view inspection files",
    "组织踏勘人员确认记录": "have the inspectors confirm the record",
    # The audit trail
    "踏勘人员确认记录": "Inspector confirmed the record",
    "提请复查踏勘": "Request a re-inspection",
    "现场踏勘": "Site inspection",
    "踏勘检查结果": "Inspection findings",
    "踏勘附件": "Inspection files",
    "事项检查要点": "Item check points",
}
