# ruff: noqa: E501  (long English sentences kept on one line each)
"""English for the period report (工作报告), the performance scores and the transfer status."""

PERIOD_REPORT_ENGLISH: dict[str | tuple[str, str], str] = {
    "工作报告": "Work report",
    "生成工作报告": "Make the work report",
    "PDF 报告 (*.pdf);;Excel 数据表 (*.xlsx)": "PDF report (*.pdf);;Excel data (*.xlsx)",
    "正在生成 %1 的工作报告……": "Making the work report for %1…",
    "工作报告已保存到 %1": "Work report saved to %1",
    "未能生成工作报告": "Could not make the work report",
    "报告格式应为 PDF 或 Excel（.pdf 或 .xlsx），实为“{kind}”": "The report must be PDF or Excel (.pdf or .xlsx), not “{kind}”",
}
