"""English for the texts of reading what people hand in: identifiers of every era, files
that cannot be read, and SQLite files that are no database. {fields} stay as they are."""

INPUTS_ENGLISH: dict[str | tuple[str, str], str] = {
    # Identifiers
    "出生日期（第7—14位）不存在或晚于今天（GB 11643）": (
        "the date of birth (digits 7 to 14) does not exist or is after today (GB 11643)"
    ),
    "登记管理部门码或机构类别码（第1、2位）无效（GB 32100）": (
        "the registration authority or category code (characters 1 and 2) is not valid (GB 32100)"
    ),
    "行政区划码（第3—8位）应为6位数字（GB 32100）": (
        "the region code (characters 3 to 8) must be 6 digits (GB 32100)"
    ),
    "{field}“{value}”的地址码 {area} 不在历年行政区划代码中：请核对号码；核对无误的可以仍然登记": (
        'The area code {area} of the {field} "{value}" is in no edition of the '
        "administrative division codes: check the number; if it is right, it can still be "
        "registered"
    ),
    # Files people name
    "文件“{path}”{rule}": 'The file "{path}" {rule}',
    "不存在，请检查路径": "does not exist: check the path",
    "是一个文件夹，请选择其中的文件": "is a folder: choose a file in it",
    "不是文件夹，请给出文件夹的路径": "is not a folder: give the path of a folder",
    "没有读取权限，请检查文件的权限或换一个位置": (
        "cannot be read (no permission): check its permissions or move it elsewhere"
    ),
    "无法读取（文件可能已损坏、被占用或在已断开的网络位置），请换一份文件重试": (
        "cannot be read (it may be damaged, in use, or on a disconnected network drive): "
        "try another copy"
    ),
    "CSV 文件第 {line} 行无法读取：{reason}。请确认是前台系统导出的 CSV 文件": (
        "Line {line} of the CSV file cannot be read: {reason}. Make sure it is a CSV file "
        "exported by the front-desk system"
    ),
    "有一个字段超过 131072 个字符": "a field has more than 131072 characters",
    "格式不符合 CSV": "it is not in CSV format",
    "Excel 文件中没有工作表": "The Excel file has no worksheet",
    # Databases
    "数据库文件 {url} 不是本程序的数据库或已经损坏（{reason}）：请检查 --db 或"
    " APPROVAL_DESK_DB 给出的路径；文件损坏时请用备份恢复": (
        "The database file {url} is not a database of this program or is damaged ({reason}): "
        "check the path given by --db or APPROVAL_DESK_DB; restore a damaged file from a backup"
    ),
    "（所打开的文件）": "(the file opened)",
}
