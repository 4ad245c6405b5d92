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
}
