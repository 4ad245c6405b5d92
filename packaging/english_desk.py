"""English for the windows added around the queues: administration, first start, documents
(workbench tab, certificate window, preview, verifying), and the crash dialog."""

DESK_ENGLISH: dict[str | tuple[str, str], str] = {
    # Administration
    "系统管理": "Administration",
    "事项目录": "Item catalogue",
    "按事项编码或名称搜索": "Search by item code or name",
    "新增事项": "New item",
    "编辑": "Edit",
    "停用/启用": "Retire/reinstate",
    "从 Excel 导入…": "Import from Excel…",
    "导出 Excel…": "Export to Excel…",
    "生成告知单…": "Make guides…",
    "生成大厅海报…": "Make hall posters…",
    "节假日": "Holidays",
    "已录入的年份：": "Years entered:",
    "录入/修改年份…": "Enter or change a year…",
    "单位信息": "Bureau profile",
    "导入签章证书…": "Import seal certificate…",
    "保存单位信息": "Save bureau profile",
    "前台受理导入": "Front-desk import",
    "选择前台受理系统导出的 CSV 或 Excel 文件。每行逐项校验；已导入过的受理编号自动跳过，"
    "同一文件重复导入不会重复登记。": (
        "Choose a CSV or Excel file exported by the front-desk system. Every row is checked; "
        "acceptance numbers imported before are skipped, so importing a file twice adds nothing."
    ),
    "选择文件并导入…": "Choose a file and import…",
    "事项编码": "Item code",
    "事项名称": "Item name",
    "类别": "Category",
    "主管部门": "Department",
    "需踏勘": "Inspection",
    "黄牌预警比例（用去时限的比例）：": "Yellow warning at (share of the time limit used):",
    "正在读取……": "Reading…",
    "正在读取事项……": "Reading items…",
    "在用": "In use",
    "已停用": "Retired",
    "导出事项目录": "Export the item catalogue",
    "Excel 文件 (*.xlsx)": "Excel files (*.xlsx)",
    "已导出到 %1": "Exported to %1",
    "正在导出……": "Exporting…",
    "导入事项目录": "Import the item catalogue",
    "正在校验并导入……": "Checking and importing…",
    "……共 %1 行有误": "… %1 rows in all have problems",
    "新增 %1 项，更新 %2 项。": "%1 items added, %2 updated.",
    "导入完成": "Import finished",
    "文件中有错误行": "The file has rows with problems",
    "以下各行有误，尚未导入任何内容：": "These rows have problems; nothing has been imported:",
    "是否只导入无误的行？（选“否”则不导入，请修改文件后重新导入）": (
        "Import only the rows without problems? (No imports nothing: correct the file and "
        "import it again)"
    ),
    "生成告知单": "Make guides",
    "正在生成告知单……": "Making guides…",
    "生成大厅海报": "Make hall posters",
    "正在生成海报……": "Making posters…",
    "已保存到 %1": "Saved to %1",
    "（该年没有调休或节假日记录）": "(no holidays or make-up working days entered for this year)",
    "录入节假日": "Enter holidays",
    "年份：": "Year:",
    "%1年节假日安排": "Holidays of %1",
    "每行一天：日期 休/班 名称，例如\n2027-01-01 休 元旦\n2027-02-07 班 春节调休": (
        "One day a line: date 休 (holiday) or 班 (make-up working day), then a name, e.g.\n"
        "2027-01-01 休 元旦\n2027-02-07 班 春节调休"
    ),
    "已保存；重新计算了 %1 件暂定期限": "Saved; %1 provisional due dates recomputed",
    "单位信息已保存": "Bureau profile saved",
    "导入签章证书": "Import seal certificate",
    "证书文件 (*.p12 *.pfx)": "Certificate files (*.p12 *.pfx)",
    "证书文件的密码：": "The certificate file's password:",
    "签章证书已导入": "Seal certificate imported",
    "正在导入……": "Importing…",
    "导入前台受理文件": "Import a front-desk file",
    "受理文件 (*.csv *.xlsx)": "Front-desk files (*.csv *.xlsx)",
    "编辑事项": "Edit item",
    "添加材料": "Add material",
    "删除所选材料": "Delete selected materials",
    "保存": "Save",
    "申请材料：": "Materials:",
    # First start
    "首次使用 — 审批工作台": "First start — Approval Desk",
    "请选择数据存放在哪里。以后可用 --db 参数或环境变量 APPROVAL_DESK_DB 改用其他数据库。": (
        "Choose where the data lives. Later, --db or the APPROVAL_DESK_DB environment variable "
        "can point to another database."
    ),
    "只在本机使用（内置数据库，无需任何设置）": "This PC only (embedded database, no set-up)",
    "连接单位的共享服务器（PostgreSQL）": "The bureau's shared server (PostgreSQL)",
    "服务器": "Server",
    "地址：": "Host:",
    "如 192.168.1.10 或 db.bureau.local": "e.g. 192.168.1.10 or db.bureau.local",
    "端口：": "Port:",
    "数据库：": "Database:",
    "测试用账号：": "Account to test with:",
    "加密连接：": "Encryption:",
    "测试连接": "Test connection",
    "下一步": "Next",
    "请填写服务器地址": "Enter the server's host",
    "正在连接……": "Connecting…",
    "连接成功": "Connected",
    "如服务器支持则加密": "Encrypt when the server can",
    "必须加密": "Always encrypt",
    "加密并验证服务器证书": "Encrypt and verify the server certificate",
    "不加密（仅限内网）": "No encryption (internal network only)",
    "新数据库 — 审批工作台": "New database — Approval Desk",
    "这是一个新的数据库。请填写本单位名称，并建立第一个系统管理员账号；"
    "其他工作人员的账号由管理员在“系统管理”中添加。": (
        "This is a new database. Enter the bureau's name and create the first system "
        "administrator; the administrator adds everyone else under Administration."
    ),
    "机关名称：": "Organ name:",
    "文号机关代字：": "Number prefix:",
    "如 渭高审批": "e.g. 渭高审批",
    "管理员用户名：": "Administrator's user name:",
    "管理员姓名：": "Administrator's name:",
    "再次输入密码：": "Password again:",
    "建立账号": "Create account",
    "两次输入的密码不一致": "The two passwords differ",
    "管理员账号已建立，请登录": "The administrator account is ready: please sign in",
    # Documents
    "制发文书": "Issue document",
    "预览": "Preview",
    "打印": "Print",
    "打印副本": "Print copy",
    "作废…": "Void…",
    "作废文书": "Void document",
    "作废 %1 的原因：": "Why is %1 voided:",
    "发证窗口": "Certificate window",
    "制发、打印决定书和许可证，登记出件（Ctrl+Shift+W）": (
        "Issue and print decisions and licences, record hand-overs (Ctrl+Shift+W)"
    ),
    "Ctrl+Shift+W": "Ctrl+Shift+W",
    "核验文书": "Verify document",
    "核验文书 PDF 或二维码（Ctrl+Shift+V）": "Verify a document's PDF or QR code (Ctrl+Shift+V)",
    "Ctrl+Shift+V": "Ctrl+Shift+V",
    "事项目录、节假日、单位信息、督办时限、前台受理导入（Ctrl+Shift+M）": (
        "Item catalogue, holidays, bureau profile, supervision limits, front-desk import"
        " (Ctrl+Shift+M)"
    ),
    "Ctrl+Shift+M": "Ctrl+Shift+M",
    "另存为": "Save as",
    "适合宽度": "Fit width",
    "放大": "Zoom in",
    "缩小": "Zoom out",
    "共 %1 页": "%1 pages",
    "PDF 文件 (*.pdf)": "PDF files (*.pdf)",
    "已作出决定、等待制证或出件的办件。可多选后一次制发并打印；打印在后台进行，窗口可照常使用。": (
        "Decided cases waiting for their documents or hand-over. Select several to issue and "
        "print them in one go; printing runs in the background while you work."
    ),
    "制发并打印所选（Ctrl+P）": "Issue and print selected (Ctrl+P)",
    "Ctrl+P": "Ctrl+P",
    "登记出件…": "Record hand-over…",
    "核验文书…": "Verify a document…",
    "决定": "Decision",
    "决定日期": "Decided on",
    "已制发": "Issued",
    "待制发": "To issue",
    "共 %1 件": "%1 cases",
    "请先选择尚待制发文书的办件": "Select cases that still need documents first",
    "已制发 %1 份文书": "%1 documents issued",
    "未能制发：": "Could not issue:",
    "打印文书": "Print documents",
    "请选择一件办件登记出件": "Select one case to record its hand-over",
    "登记出件": "Record hand-over",
    "%1 的签收人姓名：": "Who received %1:",
    "已登记出件，正在打印送达回证": "Hand-over recorded; printing the proof of delivery",
    "送达回证": "Proof of delivery",
    "选择文书的 PDF 文件，或把扫码枪扫描二维码得到的文字粘贴到下面。": (
        "Choose the document's PDF file, or paste below what the scanner read from its QR code."
    ),
    "选择 PDF 文件…": "Choose a PDF file…",
    "二维码内容": "QR code text",
    "核验二维码": "Verify QR code",
    "选择文书": "Choose a document",
    "正在核验……": "Verifying…",
    "文号：%1": "Number: %1",
    "该文号不在本库的发文登记中": "This number is not in this database's register",
    "说明：%1": "Note: %1",
    "正在打印……": "Printing…",
    "后台继续": "Continue in background",
    "机关名称": "Organ name",
    "印章文字": "Seal text",
    "文号机关代字": "Number prefix",
    "复议机关": "Reconsideration body",
    "管辖法院": "Court",
    "咨询电话": "Hotline",
    "办公地址": "Address",
    "二维码网址格式": "QR address pattern",
    "文号格式（可用 {prefix}、{year}、{serial:04d}；留空用标准格式）": (
        "Number patterns ({prefix}, {year}, {serial:04d}; empty for the standard one)"
    ),
    ("labels", "受理通知书"): "Acceptance notice",
    ("labels", "不予受理决定书"): "Decision not to accept",
    ("labels", "补正材料通知书"): "Notice to supplement materials",
    ("labels", "现场踏勘通知书"): "Site inspection notice",
    ("labels", "延期通知书"): "Extension notice",
    ("labels", "特别程序告知书"): "Special procedure notice",
    ("labels", "准予行政许可决定书"): "Decision to grant",
    ("labels", "不予行政许可决定书"): "Decision to refuse",
    ("labels", "行政许可证"): "Licence",
    ("labels", "送达回证"): "Proof of delivery",
    ("labels", "监管结果抄告函"): "Result notice to the supervising department",
    # Keeping input, and crashes
    "（已填写的内容已保留，再次办理时会自动填入）": (
        " (what you entered is kept and filled in when you try again)"
    ),
    "程序出现了意外错误：%1": "An unexpected error occurred: %1",
    "窗口仍可继续使用，已输入的内容没有丢失。详细信息已记录在日志文件：\n%1\n"
    "如问题反复出现，请将该文件发给系统管理员。": (
        "The window can still be used and nothing you entered is lost. The details are in "
        "the log file:\n%1\nIf it happens again, send that file to the system administrator."
    ),
    "意外错误": "Unexpected error",
}
