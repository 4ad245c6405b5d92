"""English for the proof of service (送达回证): the hand-over dialog, its checks and the audit
words, and the refusals of documents that would read wrongly."""

LEGAL_ENGLISH: dict[str | tuple[str, str], str] = {
    # Composed below the UI: the receipt's checks, the documents' refusals.
    "签收人的居民身份证号码": "the signer's resident ID number",
    "直接送达须登记签收人的居民身份证号码": (
        "Service in person needs the resident ID number of the person who signs"
    ),
    "申请人是自然人，签收人只能是本人或委托代理人": (
        "The applicant is a person: only the applicant or an authorised agent may sign"
    ),
    "签收人不是申请人本人（身份证号码不符）：请选择“委托代理人”并登记授权委托书": (
        "The signer is not the applicant (the ID numbers differ): choose “authorised agent” "
        "and record the power of attorney"
    ),
    "申请人是单位，签收人应为其法定代表人或委托代理人": (
        "The applicant is an organisation: its legal representative or an authorised agent "
        "must sign"
    ),
    "委托代理人签收须登记授权委托书（出具日期和委托事项）": (
        "An agent signing needs the power of attorney recorded (its date and scope)"
    ),
    ("terms", "登记送达"): "Record service",
    "请先在“登记出件”中登记签收人": "Record the person who signed first (Hand over)",
    "特别程序的种类（听证、检验、专家评审等）没有登记": (
        "The kind of special procedure (hearing, testing, expert review...) was not recorded"
    ),
    "延期通知书的延长后期限（{new}）须晚于原期限（{old}）": (
        "The extended time limit ({new}) must be later than the original one ({old})"
    ),
    "延期通知书须写明延长期限的理由": "An extension notice must give the reasons",
    "特别程序告知书须写明程序的种类（听证、检验、专家评审等）和预计所需时间": (
        "A special-procedure notice must name the procedure (hearing, testing, expert "
        "review...) and the time it is expected to take"
    ),
    "现场踏勘通知书须写明踏勘地点和踏勘人员": (
        "An inspection notice must name the site and the inspectors"
    ),
    "不予受理决定书须写明不予受理的理由": "A non-acceptance decision must give the reasons",
    "准予行政许可决定书须写明许可内容": "A decision to grant must state what is permitted",
    "不予行政许可决定书须写明理由": "A decision to refuse must give the reasons",
}

# The hand-over dialog (context HandOverDialog).
LEGAL_ENGLISH.update(
    {
        "登记出件 %1": "Hand over %1",
        "直接送达": "In person",
        "邮寄送达": "By post",
        "电子送达": "Electronically",
        "委托代理人": "Authorised agent",
        "本人": "The applicant in person",
        "法定代表人": "Legal representative",
        "18位居民身份证号码": "18-digit resident ID number",
        "如：某年某月某日出具，委托领取审批结果": (
            "e.g. issued on (date), to collect the approval result"
        ),
        "统一出件窗口": "Unified hand-over window",
        "受送达人：": "Addressee:",
        "送达方式：": "Served:",
        "签收人身份：": "Signs as:",
        "签收人姓名：": "Name of the signer:",
        "居民身份证号码：": "Resident ID number:",
        "授权委托书：": "Power of attorney:",
        "送达地点：": "Place:",
        "邮寄地址：": "Postal address:",
        "电子送达地址：": "Electronic address:",
        "登记并打印送达回证": "Record and print the proof of service",
        "请填写送达地点（邮寄地址或电子送达地址）": (
            "Enter the place of service (postal or electronic address)"
        ),
    }
)
