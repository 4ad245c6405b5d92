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
}
