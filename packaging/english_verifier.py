"""English for the verification page's settings, export and QR verdict texts."""

VERIFIER_ENGLISH: dict[str | tuple[str, str], str] = {
    "核验网址": "Verification address",
    "核验网址：": "Verification address:",
    "作废名单提醒天数": "Void list warning age",
    "作废名单超过此天数未更新时，核验网页提示：": (
        "The verification page warns when the void list is older than:"
    ),
    "作废名单提醒天数（核验网页）：": "Void list warning age (verification page):",
    " 天": " days",
    "如 https://zwfw.example.gov.cn/yz/（可稍后填写）": (
        "e.g. https://zwfw.example.gov.cn/yz/ (may be set later)"
    ),
    "文书二维码指向的核验网页，如 https://zwfw.example.gov.cn/yz/": (
        "The verification page documents' QR codes point to, e.g. https://zwfw.example.gov.cn/yz/"
    ),
    "导出核验网页": "Export the verification page",
    "核验网址应以 https:// 开头，不含空格和 #，最多 {limit} 个字符，"
    "如 https://zwfw.example.gov.cn/yz/": (
        "The verification address should start with https://, contain no spaces and no #, "
        "and be at most {limit} characters, e.g. https://zwfw.example.gov.cn/yz/"
    ),
    "作废名单提醒天数应为 1 到 365 之间的整数（如 7）": (
        "The void list warning age should be a whole number of days from 1 to 365 (e.g. 7)"
    ),
    "只有系统管理员、发证窗口人员或局领导可以导出核验网页": (
        "Only an administrator, an issuing clerk or a bureau head can export the verification page"
    ),
    "“{folder}”不是文件夹：请指定要写入核验网页的文件夹": (
        "“{folder}” is not a folder: name the folder to write the verification page into"
    ),
    "无法写入文件夹“{folder}”：{reason}": "Cannot write to the folder “{folder}”: {reason}",
    "缺少核验网页的资源文件：安装不完整，请重新安装审批工作台": (
        "The verification page's files are missing: the installation is incomplete, "
        "please reinstall Approval Desk"
    ),
}
