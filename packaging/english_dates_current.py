"""English for stored dates kept current: the calendar version in the explanation, the
recount after a calendar or yellow-share change, and the calendar file import."""

DATES_CURRENT_ENGLISH: dict[str | tuple[str, str], str] = {
    "期限所依据的节假日安排版本未记录（本件在记录版本之前计算）": (
        "The calendar version these dates were counted by was not recorded (counted before "
        "versions were kept)"
    ),
    "（{day} 修改）": " (changed {day})",
    "期限按初次录入的节假日安排和预警比例计算（尚未修改过）": (
        "Dates counted by the holidays and warning share as first entered (never changed)"
    ),
    "期限按第 {version} 版节假日安排和预警比例计算{when}": (
        "Dates counted by version {version} of the holidays and warning share{when}"
    ),
    "  此后节假日安排或预警比例已修改（现为第 {current} 版）；本件已办结，期限保持办结时的计算": (
        "  The holidays or the warning share have changed since (now version {current}); "
        "the case is closed and keeps the dates it was decided under"
    ),
    "  办结时记录的承诺期限为 {day}": "  Promised due date recorded at closing: {day}",
    "已保存；在办件的期限已按新日历重算，%1 件有变化": (
        "Saved; the due dates of open cases were recounted by the new calendar, %1 changed"
    ),
    "文件中没有日期：每行应为“2027-01-01 休 元旦”或“2027-02-07 班”": (
        "The file holds no dates: each line should read “2027-01-01 休 元旦” or “2027-02-07 班”"
    ),
    "文件 {file} 不是 UTF-8 文本：请另存为 UTF-8 后再导入": (
        "File {file} is not UTF-8 text: save it as UTF-8 and import it again"
    ),
    # The queues' step column
    "环节": "Step",
    "%1临近到期": "%1 due soon",
    "%1超时": "%1 overdue",
    ("terms", "审批签发"): "Sign-off",
    ("terms", "送达"): "Delivery",
    ("terms", "按新日历重算期限"): "Due dates recounted by the new calendar",
    ("terms", "日历版本"): "Calendar version",
}
