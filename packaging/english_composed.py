"""English for the texts composed below the UI (found by composed_texts.py): error
templates, phrase templates and terms. {fields} must stay as they are in the Chinese."""

ERRORS = {
    # Administration: the bureau profile, the catalogue, the first administrator
    "只有系统管理员可以修改单位信息": "Only a system administrator can change the bureau profile",
    "未知的设置项：{names}": "Unknown settings: {names}",
    "黄牌预警比例应在 0.5 到 1 之间（如 0.9 表示用去九成时限时预警）": (
        "The yellow-warning share must be between 0.5 and 1 "
        "(0.9 warns when nine tenths of the time limit are used)"
    ),
    "“{field}”不能为空": '"{field}" cannot be empty',
    "“{field}”最多 {limit} 个字": '"{field}" can have at most {limit} characters',
    "二维码网址应以 https:// 开头，可用 {placeholder} 代表事项编码": (
        "The QR address must start with https://; {placeholder} stands for the item code"
    ),
    "事项 {code} 不存在": "There is no item {code}",
    "事项未保存：{problems}": "The item was not saved: {problems}",
    "只有系统管理员可以导入或修改事项目录": (
        "Only a system administrator can import or change the item catalogue"
    ),
    "数据库中已有工作人员账号：新账号请由系统管理员在“系统管理”中添加": (
        "The database already has staff accounts: a system administrator adds new ones "
        'under "Administration"'
    ),
    "用户名只能由英文字母、数字、下划线和点组成": (
        "A user name may only have letters, digits, underscores and dots"
    ),
    "请填写管理员姓名": "Enter the administrator's name",
    "密码至少需要 {length} 位": "The password needs at least {length} characters",
    "只有窗口人员、督办人员或系统管理员可以导入前台受理文件": (
        "Only window clerks, supervisors or system administrators can import front-desk files"
    ),
    # Spreadsheets
    "{where}是空的：第1行应为列名": "{where} is empty: row 1 must hold the column names",
    "无法读取 Excel 文件：请确认是 .xlsx 格式且未损坏": (
        "Cannot read the Excel file: make sure it is an .xlsx file and not damaged"
    ),
    "Excel 文件中没有名为“{sheet}”的工作表": 'The Excel file has no sheet named "{sheet}"',
    "无法识别 CSV 文件的编码：请另存为 UTF-8 编码的 CSV": (
        "Cannot tell the CSV file's encoding: save it again as UTF-8 CSV"
    ),
    # Documents
    "办件 {number} 现在不能制发这份文书：{reason}": (
        "This document cannot be issued for case {number} now: {reason}"
    ),
    "“{title}”不是针对单个办件的文书": '"{title}" is not a document about a single case',
    "您不能制发本件的“{title}”：请由发证窗口人员或本件承办人办理": (
        'You cannot issue the "{title}" of this case: the certificate window or the '
        "case's handler does"
    ),
    "本件的“{title}”已制发（{number}）：需要再打印请用“打印副本”，内容有误请先作废": (
        'The "{title}" of this case was issued already ({number}): print a copy to print it '
        "again, or void it first if it is wrong"
    ),
    "文号 {number} 不在本局的发文登记中，请核对": (
        "Number {number} is not in the bureau's register: please check it"
    ),
    "只有发证窗口人员或局领导可以作废文书": (
        "Only the certificate window or the bureau's head can void a document"
    ),
    "请写明作废的原因": "Write down why the document is voided",
    "文书 {number} 已经作废": "Document {number} is void already",
    "只有发证窗口人员或局领导可以打印副本": (
        "Only the certificate window or the bureau's head can print a copy"
    ),
    "文书 {number} 已作废，不能打印副本": "Document {number} is void: no copy can be printed",
    "文书 {number} 不属于办件，不能在此打印副本": (
        "Document {number} belongs to no case: its copy cannot be printed here"
    ),
    "办件或单位信息在发文后已有变更，副本将与原件不一致：请作废原件后重新制发（{number}）": (
        "The case or the bureau profile changed after the document was issued, so a copy "
        "would differ from the original: void the original and issue it again ({number})"
    ),
    "文号格式“{pattern}”无效：可用 {{prefix}}、{{year}}、{{serial:04d}}，请在“单位信息”中修改": (
        'The number pattern "{pattern}" is not valid: use {{prefix}}, {{year}} and '
        '{{serial:04d}}, and change it under "Bureau profile"'
    ),
    "文号格式“{pattern}”须含 {{year}} 和 {{serial:04d}}，否则会出现重号": (
        'The number pattern "{pattern}" must contain {{year}} and {{serial:04d}}, '
        "or numbers would repeat"
    ),
    "“{first}”和“{second}”的文号格式相同，会出现重号：请为每类文书设不同的格式": (
        '"{first}" and "{second}" have the same number pattern, so numbers would repeat: '
        "give each type of document its own pattern"
    ),
    "文号格式中有未知的文书类型“{code}”": (
        'The number patterns name an unknown document type "{code}"'
    ),
    "单位信息缺少“{field}”（{key}）：请由系统管理员在“单位信息”中填写并保存": (
        'The bureau profile lacks "{field}" ({key}): a system administrator fills it in '
        'under "Bureau profile" and saves'
    ),
    "单位信息中的“{field}”（{key}）格式不对：请由系统管理员在“单位信息”中改正并保存": (
        'The bureau profile\'s "{field}" ({key}) has the wrong form: a system administrator '
        'corrects it under "Bureau profile" and saves'
    ),
    "只有系统管理员可以生成或导入签章密钥": (
        "Only a system administrator can create or import the signing keys"
    ),
    "签章密钥已经存在：如确需更换，请加 --replace（旧文书仍可验证）": (
        "The signing keys exist already: add --replace to change them "
        "(older documents still verify)"
    ),
    "尚未生成签章密钥，不能制发文书：请系统管理员运行 approval-desk keys init，"
    "或导入本局的签章证书": (
        "There are no signing keys yet, so no document can be issued: a system administrator "
        "runs approval-desk keys init, or imports the bureau's seal certificate"
    ),
    "签章密钥口令不对，不能制发文书：请在本机设置环境变量 {variable}"
    "（与生成密钥时相同），或联系系统管理员": (
        "The signing-key passphrase is wrong, so no document can be issued: set the "
        "environment variable {variable} on this PC (as when the keys were made), or ask "
        "the system administrator"
    ),
    # The database
    "不支持的数据库类型“{backend}”：请使用 PostgreSQL（postgresql://…）或 SQLite 文件": (
        'Unsupported database type "{backend}": use PostgreSQL (postgresql://…) or an SQLite file'
    ),
    "数据库地址“{url}”格式不正确，应为 postgresql://用户@主机:端口/库名 或 SQLite 文件路径": (
        'The database address "{url}" is not valid: it should be '
        "postgresql://user@host:port/database or the path of an SQLite file"
    ),
    "无法连接数据库 {url}：{reason}。请检查服务器是否开启、网络是否连通、用户名和密码是否正确": (
        "Cannot connect to the database {url}: {reason}. Check that the server is running, "
        "the network is up, and the user name and password are right"
    ),
    "数据库文件 {path} 不存在：请检查路径，或先运行 `approval-desk db upgrade` 创建": (
        "The database file {path} does not exist: check the path, "
        "or create it first with `approval-desk db upgrade`"
    ),
    "数据库结构版本 {revision} 比本程序更新：请先将审批工作台升级到最新版本，"
    "不要用旧版本打开此数据库": (
        "The database schema {revision} is newer than this program: upgrade Approval Desk "
        "first, and do not open this database with an older version"
    ),
    "数据库尚未初始化或版本较旧：请先运行 `approval-desk db upgrade`": (
        "The database is not set up yet or is out of date: run `approval-desk db upgrade` first"
    ),
    "与数据库的连接中断：请检查网络，稍后重试（已输入的内容不会丢失）": (
        "The connection to the database was lost: check the network and try again later "
        "(nothing you entered is lost)"
    ),
    "发生意外错误：%1。请将日志发给系统管理员": (
        "An unexpected error occurred: %1. Please send the log to the system administrator"
    ),
    "数据库中已有{what}：演示数据只能写入新数据库，请用 --db 指定一个新的数据库文件": (
        "The database already has {what}: demo data only goes into a new database; "
        "name a new database file with --db"
    ),
    "办件数量不能为负数": "The number of cases cannot be negative",
    # Signing in and accounts
    "用户名或密码不正确，请重新输入": "Wrong user name or password, please try again",
    "该账号已停用，请联系系统管理员": (
        "This account is disabled: please contact the system administrator"
    ),
    "密码错误次数过多，账号已锁定至 {until}，请稍后再试或联系系统管理员": (
        "Too many wrong passwords: the account is locked until {until}. "
        "Try again later or contact the system administrator"
    ),
    "密码错误次数过多，账号已锁定 {minutes} 分钟": (
        "Too many wrong passwords: the account is locked for {minutes} minutes"
    ),
    "用户名或密码不正确，还可尝试 {left} 次": (
        "Wrong user name or password (attempts left: {left})"
    ),
    "账号 {username} 不存在或已停用": "Account {username} does not exist or is disabled",
    "只有系统管理员可以维护节假日安排": (
        "Only the system administrator can maintain the holiday calendar"
    ),
    "{day} 不属于 {year} 年": "{day} is not in the year {year}",
    "{day} 是周末，本就不计入工作日，无需标为节假日": (
        "{day} is a weekend day and never counts as a working day: "
        "there is no need to mark it as a holiday"
    ),
    "{day} 是工作日，调休上班日只能是周六或周日": (
        "{day} is a weekday: a make-up working day can only be a Saturday or a Sunday"
    ),
    # Applicants and intake
    "{field}“{value}”无效：{rule}": '{field} "{value}" is not valid: {rule}',
    "申请人名称不能为空": "The applicant's name cannot be empty",
    "证件号码 {identifier} 已登记为申请人“{duplicate}”，无需重复登记": (
        'ID number {identifier} is already registered as applicant "{duplicate}": '
        "there is no need to register it again"
    ),
    "受理编号 {number} 已存在，不能重复受理": (
        "Case number {number} already exists: a case cannot be accepted twice"
    ),
    "事项编码 {code} 不存在或已停用": "Item code {code} does not exist or is no longer in use",
    "申请人不存在：请先登记申请人": "The applicant does not exist: register the applicant first",
    "受理时间无效：不能晚于当前时间": "Invalid acceptance time: it cannot be later than now",
    # Cases
    "办件（编号 {case_id}）不存在或已被删除": (
        "The case (id {case_id}) does not exist or has been deleted"
    ),
    "办件不存在或已被删除": "The case does not exist or has been deleted",
    "找不到受理编号为 {number} 的办件，请核对编号": (
        "No case has the number {number}: please check the number"
    ),
    "办件 {number} 已被{changed_by}于 {changed_at} 修改：请刷新后再办理": (
        "Case {number} was changed by {changed_by} at {changed_at}: refresh, then try again"
    ),
    "办件 {number} 已被{who}认领，请选择其他办件": (
        "Case {number} has already been claimed by {who}: please choose another case"
    ),
    "您不是{category}承办人，不能认领本类办件": (
        "You are not a handler in the {category} queue, so you cannot claim its cases"
    ),
    "指派对象不存在或已停用，请重新选择承办人": (
        "The chosen handler does not exist or is disabled: please choose another handler"
    ),
    "{handler}不是{category}承办人，不能承办办件 {number}": (
        "{handler} is not a handler in the {category} queue and cannot handle case {number}"
    ),
    # Permissions and legal preconditions
    "办件当前状态为“{status}”，不能“{action}”": (
        'The case is now "{status}": "{action}" is not possible'
    ),
    "“{action}”需要{roles}角色，您没有该角色": (
        '"{action}" needs the role {roles}, which you do not have'
    ),
    "只有本件承办人可以办理：请先认领本件，或请督办人员指派给您": (
        "Only the case's handler can do this: claim the case first, "
        "or ask a supervisor to assign it to you"
    ),
    "拟定审查意见的人不能审核或批准本人的意见：请由其他审核人、批准人办理": (
        "Whoever proposed the decision cannot sign off or approve their own proposal: "
        "another reviewer or approver must do it"
    ),
    "“{action}”必须填写书面理由": '"{action}" needs written reasons',
    "本事项须现场踏勘：请先录入踏勘结论，再作出或拟定决定": (
        "This item needs a site inspection: record the inspection's conclusion "
        "before proposing or taking a decision"
    ),
    "请选择拟准予或拟不予许可": "Choose whether you propose to approve or to reject",
    "拟不予许可必须写明理由": "A proposal to reject must state its reasons",
    "承办人拟定的意见是“{proposal}”：如不同意，请退回承办人重新拟定": (
        'The handler proposed "{proposal}": if you disagree, '
        "send the case back to the handler for a new proposal"
    ),
    "本件已延长过一次期限，依法不能再次延长（《行政许可法》第四十二条）": (
        "This case has been extended once already and by law cannot be extended again "
        "(Administrative Licensing Law, art. 42)"
    ),
    # Review steps
    "请勾选需要补正的全部材料（一次性告知）": (
        "Tick every material that must be supplemented (they are all requested at once)"
    ),
    "所选材料不属于本办件，请刷新后重新勾选": (
        "The chosen materials do not belong to this case: refresh and tick them again"
    ),
    "所选材料不属于本办件，请刷新后重试": (
        "The chosen material does not belong to this case: refresh and try again"
    ),
    "只有本件承办人可以核对材料：请先认领本件": (
        "Only the case's handler can check materials: claim the case first"
    ),
    "办件当前状态为“{status}”，不能修改材料清单": (
        'The case is now "{status}": its materials list cannot be changed'
    ),
    "请填写踏勘发现的情况（踏勘记录）": (
        "Describe what the inspection found (the inspection record)"
    ),
    "找不到待完成的踏勘任务：请刷新后重试": "No open inspection was found: refresh and try again",
    "请填写特别程序预计所需的工作日数（书面告知申请人）": (
        "Enter how many working days the special procedure is expected to take "
        "(the applicant is told in writing)"
    ),
    "请填写签收人姓名": "Enter the name of the person who received it",
}

TERMS = {
    ("terms", "、"): ", ",
    ("terms", "或"): " or ",
    ("terms", "系统"): "the system",
    ("terms", "他人"): "someone else",
    ("terms", "未知错误"): "unknown error",
    ("terms", "办件"): "cases",
    ("terms", "事项"): "items",
    ("terms", "工作人员"): "staff",
    # Identifiers: the field, then the rule it broke
    "居民身份证号码": "Resident ID number",
    "统一社会信用代码": "Unified social credit code",
    "法定代表人身份证号码": "Legal representative's ID number",
    "应为18位（GB 11643）": "it must have 18 characters (GB 11643)",
    "前17位应为数字，末位为数字或X（GB 11643）": (
        "the first 17 characters must be digits, the last a digit or X (GB 11643)"
    ),
    "出生日期或地址码不存在（GB 11643）": (
        "the date of birth or the area code does not exist (GB 11643)"
    ),
    "校验码（第18位）不符，请核对号码（GB 11643）": (
        "the check digit (the 18th) does not match: please check the number (GB 11643)"
    ),
    "应为18位（GB 32100）": "it must have 18 characters (GB 32100)",
    "含有不允许的字符（不得使用I、O、Z、S、V）（GB 32100）": (
        "it has characters that are not allowed (I, O, Z, S and V are never used) (GB 32100)"
    ),
    "登记管理部门码、机构类别码或行政区划码无效（GB 32100）": (
        "the registering authority, organisation type or area code is not valid (GB 32100)"
    ),
    "校验码（第18位）不符，请核对代码（GB 32100）": (
        "the check character (the 18th) does not match: please check the code (GB 32100)"
    ),
}

PHRASES = {
    "已生成演示数据：账号 eng1、soc1、review1、head1、clerk1、super1、admin 等，密码 {password}": (
        "Demo data created: accounts eng1, soc1, review1, head1, clerk1, super1, admin and "
        "more, password {password}"
    ),
    # The due-date explanation (desktop/domain/due_words.py), line by line.
    "{name}：{limit} 个工作日，自受理日 {start} 的次日起算，至 {due} 届满{mark}": (
        "{name}: {limit} working days, counted from the day after acceptance ({start}), "
        "ending on {due}{mark}"
    ),
    "  延长 {days} 个工作日（已批准）": "  Extended by {days} working days (approved)",
    "  {kind}暂停：{stopped} 停止计时，{resumed} 恢复，扣除 {days} 个工作日": (
        "  Paused for the {kind}: stopped on {stopped}, restarted on {resumed}, "
        "{days} working days not counted"
    ),
    "  {kind}暂停：{stopped} 停止计时，今日（仍在暂停） 恢复，扣除 {days} 个工作日": (
        "  Paused for the {kind}: stopped on {stopped}, still paused today, "
        "{days} working days not counted so far"
    ),
    "  跳过法定节假日：{days}": "  Public holidays skipped: {days}",
    "  计入调休工作日：{days}": "  Make-up working days counted: {days}",
    "已于 {day} 作出决定或办结，计时停止：{state}": (
        "Decided or closed on {day}, the clock stopped: {state}"
    ),
    "今日 {today}：距承诺期限还有 {days} 个工作日，{state}": (
        "Today, {today}: {days} working days left to the promised due date, {state}"
    ),
    "环节“{name}”：时限 {limit} 个工作日，{start} 开始，{due} 到期{done}{late}": (
        'Step "{name}": {limit} working days, started on {start}, due on {due}{done}{late}'
    ),
    "，{day} 完成": ", done on {day}",
    # Its words
    "承诺时限": "Promised time limit",
    "法定时限": "Statutory time limit",
    "补正材料": "supplement",
    ("terms", "现场踏勘"): "site inspection",
    ("terms", "特别程序"): "special procedure",
    "（暂定：所跨年份的节假日安排尚未公布）": (
        " (provisional: the holiday calendar of a year it spans is not published yet)"
    ),
    "正常": "on time",
    "黄牌预警": "yellow warning",
    "红牌（已超期）": "red (overdue)",
    "，进行中": ", in progress",
    "，超时（红牌）": ", overdue (red)",
    "，临近到期（黄牌）": ", due soon (yellow)",
    ("terms", "审查"): "Review",
    "审批签发": "Sign-off",
    ("terms", "制证"): "Certificate",
    "送达": "Delivery",
}

COMPOSED_ENGLISH: dict[str | tuple[str, str], str] = {**ERRORS, **TERMS, **PHRASES}
