"""English for the working-day additions: the workbench's due date, the menu bar, global
search, shortcuts and about, the clerk's and coordinator's views, common phrases."""

DAILY_ENGLISH: dict[str | tuple[str, str], str] = {
    "承诺期限 %1": "Promised by %1",
    "剩余 %1 个工作日": "%1 working days left",
    "已超期 %1 个工作日": "%1 working days overdue",
    " · ": " · ",
    # The menu bar, the 快捷键 page and 关于
    "文件": "File",
    "办件": "Cases",
    "视图": "View",
    "工具": "Tools",
    "帮助": "Help",
    "全局查找": "Find anywhere",
    "在您可以查看的全部办件中查找，不限于当前视图（Ctrl+Shift+F）": (
        "Find among every case you may see, not only the current view (Ctrl+Shift+F)"
    ),
    "打开办件": "Open case",
    "在办理窗口中打开选中的办件（回车或双击）": (
        "Open the selected case's workbench (Enter or double-click)"
    ),
    "快捷键": "Keyboard shortcuts",
    "全部操作及其快捷键（F1）": "Every action and its keys (F1)",
    "关于审批工作台": "About Approval Desk",
    "（无）": "(none)",
    "办理窗口": "Workbench",
    "对话框": "Dialogs",
    "确定（意见对话框）": "OK (opinion dialogs)",
    "取消、关闭（含文书预览）": "Cancel, close (the document preview too)",
    "位置": "Where",
    ("MenuBar", "操作"): "Action",
    "菜单中的每项操作也可用下列按键完成：": (
        "Every action in the menus can also be done with these keys:"
    ),
    "PostgreSQL 服务器": "PostgreSQL server",
    "内置数据库（SQLite）": "Embedded database (SQLite)",
    "审批工作台 %1": "Approval Desk %1",
    "行政审批服务局后台审批：分类审批、现场踏勘、制证出件、督办统计。": (
        "The back office of an administrative approval service bureau: classified approval, "
        "site inspections, certificates and hand-over, supervision and statistics."
    ),
    "数据库：%1": "Database: %1",
    "当前用户：%1（%2）": "Signed in: %1 (%2)",
    # Global search
    "查找办件（全部队列）": "Find a case (every queue)",
    "受理编号、申请人名称、身份证号码、统一社会信用代码或项目名称，按回车查找": (
        "Case number, applicant name, resident ID, credit code or project name; Enter to find"
    ),
    "在您可以查看的全部办件中查找，不限于当前视图。": (
        "Finds among every case you may see, not only the current view."
    ),
    "请输入要查找的编号、名称、证件号码或项目名称。": (
        "Type a number, a name, an ID or credit code, or a project name to find."
    ),
    "正在查找……": "Finding…",
    "没有找到符合条件的办件。": "No case matches.",
    "只列出最新受理的 %1 件：请输入更完整的内容缩小范围。": (
        "Only the %1 most recently accepted are listed: type more to narrow the search."
    ),
    "找到 %1 件：按回车或双击打开。": "%1 found: Enter or double-click opens one.",
    "请先在列表中选择一个办件。": "Choose a case in the list first.",
    # Opinion dialogs: 常用意见 and Ctrl+Enter
    "常用意见……": "Common phrases…",
    "Ctrl+Enter：办理；Esc：取消": "Ctrl+Enter: do it; Esc: cancel",
    "同意承办人意见，准予许可。": "I agree with the handler: granted.",
    "材料齐全，符合法定形式，同意。": "The materials are complete and in the legal form; agreed.",
    "经审核，符合许可条件。": "Reviewed: the conditions for the licence are met.",
    "申请材料齐全，符合法定形式。": "The application materials are complete and in the legal form.",
    "经现场踏勘，现场情况与申请材料一致。": (
        "The site inspection found the site as the application describes it."
    ),
    "符合许可条件，拟准予许可。": "The conditions are met; proposed to grant.",
    "不符合许可条件，拟不予许可，理由如下：": (
        "The conditions are not met; proposed to refuse, for these reasons:"
    ),
    "待制证": "To certify",
    "待送达": "To hand over",
    "待安排踏勘": "Inspections to schedule",
    # Key sequences in the forms: the same in both languages.
    "Ctrl+Shift+F": "Ctrl+Shift+F",
    "Return": "Return",
    "F1": "F1",
    "Ctrl+Q": "Ctrl+Q",
}
