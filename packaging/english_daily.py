"""English for the working-day additions: the workbench's due date, the menu bar, global
search, shortcuts and about, the clerk's and coordinator's views, common phrases."""

DAILY_ENGLISH: dict[str | tuple[str, str], str] = {
    "承诺期限 %1": "Promised by %1",
    "剩余 %1 个工作日": "%1 working days left",
    "已超期 %1 个工作日": "%1 working days overdue",
    " · ": " · ",
    "待制证": "To certify",
    "待送达": "To hand over",
    "待安排踏勘": "Inspections to schedule",
}
