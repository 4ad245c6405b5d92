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
}
