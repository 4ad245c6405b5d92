"""English for the calm crash dialog, the verification sentences, the audit trail in words
and the holiday editor's and calendar notes' texts."""

CHINESE_UI_ENGLISH: dict[str | tuple[str, str], str] = {
    # The unexpected-error dialog
    "意外错误": "Unexpected error",
    "程序在处理刚才的操作时遇到了意外问题，这一步没有完成。\n"
    "窗口仍可继续使用，已输入的内容没有丢失；可以稍后重试这一步。\n"
    "如问题反复出现，请将下面的日志文件（或“复制详细信息”的内容）发给系统管理员。": (
        "The program ran into an unexpected problem with the last step, which was not done.\n"
        "The window can still be used and nothing you typed is lost; you can try the step "
        "again later.\n"
        "If it keeps happening, send the log file below (or what “Copy details” copies) to "
        "the administrator."
    ),
    "日志文件：%1": "Log file: %1",
    "显示详细信息": "Show details",
    "隐藏详细信息": "Hide details",
    "打开日志文件夹": "Open log folder",
    "复制详细信息": "Copy details",
    "已复制": "Copied",
    "关闭": "Close",
    # The holiday editor and the missing-holidays banner
    "每行一天：日期 休/班 名称，例如\n2027-01-01 休 元旦\n2027-02-07 班 春节调休\n"
    "“休”只用于工作日的放假，“班”只用于周六、周日的调休上班。": (
        "One day a line: date 休/班 name, for example\n2027-01-01 休 New Year's Day\n"
        "2027-02-07 班 Spring Festival make-up day\n"
        "“休” (day off) only for weekdays, “班” (working day) only for Saturdays and Sundays."
    ),
    "第{line}行“{text}”看不懂：应为“2027-01-01 休 元旦”或“2027-02-07 班”": (
        "Line {line} “{text}” cannot be read: write it like “2027-01-01 休 New Year” or "
        "“2027-02-07 班”"
    ),
    "第{line}行：{day} 在第{first}行已写过": "Line {line}: {day} is already on line {first}",
    "第{line}行：{day} 不属于 {year} 年": "Line {line}: {day} is not in the year {year}",
    "第{line}行：{day} 是周末，本就不计入工作日，无需标为节假日": (
        "Line {line}: {day} is a weekend day, which is never a working day: it need not be "
        "marked as a holiday"
    ),
    "第{line}行：{day} 是工作日，调休上班日只能是周六或周日": (
        "Line {line}: {day} is a weekday; a make-up working day can only be a Saturday or Sunday"
    ),
    "{year}年的节假日安排尚未录入：跨入{year}年的期限均为暂定。"
    "请在“系统管理 → 节假日”中录入国务院办公厅公布的安排。": (
        "The holidays of {year} have not been entered: every due date reaching into {year} "
        "is provisional. Enter the arrangement the State Council has published under "
        "“Administration → Holidays”."
    ),
    # Verifying a document or its QR code
    "有效：文书由本局签章，签章后未被改动": ("Valid: sealed by this bureau and not changed since"),
    "已作废：文书由本局签章，但已标记作废": "Void: sealed by this bureau, but marked void",
    "无效：文书在签章后被改动或签章已损坏": (
        "Not valid: changed after it was sealed, or the seal signature is damaged"
    ),
    "无法确认：签章证书不是本局受信任的证书": (
        "Cannot be confirmed: the seal certificate is not one this bureau trusts"
    ),
    "无效：文书没有电子签章": "Not valid: the document has no electronic seal",
    "有效：二维码由本局签发，内容未被改动": "Valid: QR code issued by this bureau, unchanged",
    "已作废：二维码由本局签发，但该文书已作废": (
        "Void: QR code issued by this bureau, but the document is void"
    ),
    "无效：二维码内容被改动，或与文书内容不符": (
        "Not valid: the QR code was changed, or does not match the document"
    ),
    "无法确认：二维码不是由受信任的本局密钥签发": (
        "Cannot be confirmed: the QR code was not signed with a key this bureau trusts"
    ),
    "无法识别：不是本局文书的二维码": "Not recognised: not a QR code of this bureau's documents",
    "文件无法读取：不是完整的 PDF 文件": "The file cannot be read: it is not a complete PDF",
    "文件中找不到电子签章": "The file has no electronic seal",
    "文件中有多个签章，本局文书只有一个": (
        "The file has several signatures; this bureau's documents have one"
    ),
    "签章数据已损坏或格式不符，无法核验": (
        "The seal signature is damaged or in an unknown form and cannot be checked"
    ),
    "签章与文书内容不符：文书在签章后被改动": (
        "The seal does not match the content: the document was changed after sealing"
    ),
    "签章之后文件又被追加了改动": "Changes were appended to the file after it was sealed",
    "文书未按“签章后不允许改动”的方式签章": (
        "The document was not sealed as “no changes allowed after sealing”"
    ),
    "签章证书不是本局受信任的证书": "The seal certificate is not one this bureau trusts",
    "签章证书（{signer}）不是本局受信任的证书": (
        "The seal certificate ({signer}) is not one this bureau trusts"
    ),
    "签章未通过核验": "The seal did not pass the check",
    "文书上印有作废标记": "The document is printed as void",
    "扫描到的内容不是本局文书二维码的格式": (
        "What was scanned is not in the form of this bureau's document QR codes"
    ),
    "签发二维码的密钥不是本局受信任的密钥": "The QR code's key is not one this bureau trusts",
    "二维码内容与其签名不符：内容被改动": (
        "The QR code's content does not match its signature: it was changed"
    ),
    "二维码与文书内容不符": "The QR code does not match the document",
    "本局发文登记中该文书已作废，原因：{reason}": (
        "This bureau's register has the document as void, because: {reason}"
    ),
    "本局发文登记中该文书已作废": "This bureau's register has the document as void",
    # The audit trail in words: labels of actions, records and fields (terms)
    ("terms", "事项"): "Item",
    ("terms", "二维码密钥"): "QR key",
    ("terms", "作废原因"): "Void reason",
    ("terms", "作废文书"): "Void document",
    ("terms", "保存事项"): "Save item",
    ("terms", "修改单位信息"): "Change bureau profile",
    ("terms", "修改回避关系"): "Change recusal tie",
    ("terms", "修改督办设置"): "Change supervision settings",
    ("terms", "修改角色"): "Change roles",
    ("terms", "修改记录"): "Record changed",
    ("terms", "修改踏勘人员"): "Change inspector",
    ("terms", "停用事项"): "Retire item",
    ("terms", "停用用户"): "Disable user",
    ("terms", "内容"): "Content",
    ("terms", "决定时间"): "Decided at",
    ("terms", "删除记录"): "Record deleted",
    ("terms", "制发文书"): "Issue document",
    ("terms", "副本份数"): "Copies",
    ("terms", "办件"): "Case",
    ("terms", "办件数"): "Cases",
    ("terms", "办结工单"): "Close ticket",
    ("terms", "升级工单"): "Escalate ticket",
    ("terms", "单位信息"): "Bureau profile",
    ("terms", "原因"): "Reason",
    ("terms", "发送监管结果抄告"): "Send result notice",
    ("terms", "取消请假"): "Remove leave",
    ("terms", "受理"): "Accept",
    ("terms", "名称"): "Name",
    ("terms", "否"): "no",
    ("terms", "启用"): "Active",
    ("terms", "启用用户"): "Enable user",
    ("terms", "回避关系"): "Recusal tie",
    ("terms", "姓名"): "Name",
    ("terms", "导入事项目录"): "Import the item catalogue",
    ("terms", "导入前台受理"): "Import front-desk cases",
    ("terms", "导入条数"): "Imported",
    ("terms", "工单"): "Ticket",
    ("terms", "已作废"): "Void",
    ("terms", "已收"): "Received",
    ("terms", "建立首个管理员"): "Create the first admin",
    ("terms", "录入节假日"): "Enter holidays",
    ("terms", "恢复事项"): "Reinstate item",
    ("terms", "打印副本"): "Print copy",
    ("terms", "承办人"): "Handler",
    ("terms", "承诺期限"): "Due (promised)",
    ("terms", "抽取"): "Draw",
    ("terms", "抽取记录"): "Draw log",
    ("terms", "摘要值"): "Digest",
    ("terms", "数据库"): "Database",
    ("terms", "整改回访"): "Follow-up fixed",
    ("terms", "文书"): "Document",
    ("terms", "新增"): "Added",
    ("terms", "新增回避关系"): "Add recusal tie",
    ("terms", "新增用户"): "Add user",
    ("terms", "新增记录"): "Record added",
    ("terms", "新增踏勘人员"): "Add inspector",
    ("terms", "日期"): "Date",
    ("terms", "是"): "yes",
    ("terms", "更新"): "Updated",
    ("terms", "期限"): "Due",
    ("terms", "材料"): "Material",
    ("terms", "材料收取"): "Material received",
    ("terms", "法定期限"): "Due (statutory)",
    ("terms", "版本"): "Version",
    ("terms", "状态"): "Status",
    ("terms", "现场踏勘"): "Site inspection",
    ("terms", "生成演示数据"): "Generate demo data",
    ("terms", "用户"): "User",
    ("terms", "用户名"): "User name",
    ("terms", "用户角色"): "User roles",
    ("terms", "申请人"): "Applicant",
    ("terms", "登录"): "Sign in",
    ("terms", "登录失败"): "Sign-in failed",
    ("terms", "登录失败次数"): "Failed sign-ins",
    ("terms", "登记工单"): "Open ticket",
    ("terms", "登记抄告回执"): "Record notice receipt",
    ("terms", "登记申请人"): "Register applicant",
    ("terms", "登记请假"): "Add leave",
    ("terms", "监管结果抄告"): "Result notice",
    ("terms", "督办"): "Urge",
    ("terms", "督办设置"): "Supervision settings",
    ("terms", "确认督办"): "Acknowledge urge",
    ("terms", "等级"): "Level",
    ("terms", "答复回访"): "Answer follow-up",
    ("terms", "答复工单"): "Reply to ticket",
    ("terms", "签章密钥"): "Signing keys",
    ("terms", "类型"): "Type",
    ("terms", "编号"): "Number",
    ("terms", "节假日"): "Holidays",
    ("terms", "角色"): "Roles",
    ("terms", "认领时间"): "Claimed at",
    ("terms", "记录抽取"): "Record draw",
    ("terms", "设置"): "Setting",
    ("terms", "设置签章密钥"): "Set signing keys",
    ("terms", "证件号码"): "ID number",
    ("terms", "评价"): "Rate",
    ("terms", "评价回访"): "Rating follow-up",
    ("terms", "调休上班日"): "Make-up working days",
    ("terms", "踏勘"): "Inspection",
    ("terms", "踏勘人员"): "Inspector",
    ("terms", "踏勘抽取"): "Inspection draw",
    ("terms", "转交给"): "Passed to",
    ("terms", "部门"): "Department",
    ("terms", "重设密码"): "Reset password",
    ("terms", "锁定至"): "Locked until",
    ("terms", "随机种子"): "Seed",
    ("terms", "（无）"): "(none)",
    "{field}：{old} → {new}": "{field}: {old} → {new}",
    "{field}：{new}": "{field}: {new}",
    ("AuditModel", "办件号/名称"): "Case / name",
    ("AuditModel", "变更"): "Change",
    "办件号、文号或用户名": "Case number, document number or user name",
    "办件号/编号：": "Case / number:",
    "（全部）": "(all)",
}
