"""English for the user administration and audit windows, and the shared database's
refusals and retries."""

TRUST_ENGLISH: dict[str | tuple[str, str], str] = {
    "姓名：": "Name:",
    "再输入一次：": "Once more:",
    "操作人": "By",
    "动作": "Action",
    "对象": "Entity",
    "对象编号": "Entity id",
    "原值": "Old",
    "新值": "New",
    "审计记录": "Audit trail",
    "如 cases、case、staff_users": "e.g. cases, case, staff_users",
    "操作人：": "By:",
    "对象：": "Entity:",
    "对象编号：": "Entity id:",
    "动作：": "Action:",
    "内容包含：": "Content contains:",
    "自：": "From:",
    "至：": "To:",
    "查询": "Search",
    "校验哈希链": "Verify the hash chain",
    "已加载 %1 条": "%1 entries loaded",
    "正在查询……": "Searching…",
    "正在校验哈希链……": "Verifying the hash chain…",
    "哈希链完整：共 %1 条记录，最后一条 #%2": "The hash chain is intact: %1 entries, the last #%2",
    "哈希链在第 #%1 条记录处断开：%2": "The hash chain breaks at entry #%1: %2",
    "与数据库的连接中断或冲突，正在自动重试（第 %1 次）……": (
        "The connection to the database was lost or an action collided; retrying "
        "automatically (attempt %1)…"
    ),
    "用户管理": "Users",
    "用户名": "User name",
    "姓名": "Name",
    "部门": "Department",
    "角色": "Roles",
    "新建用户…": "New user…",
    "设置角色…": "Set roles…",
    "重设密码…": "Reset password…",
    "在职": "Active",
    "未能完成": "Could not finish",
    "新建用户": "New user",
    "已创建用户 %1": "User %1 created",
    "已更新用户 %1": "User %1 updated",
    "%1 的角色": "Roles of %1",
    "已设置 %1 的角色": "Roles of %1 set",
    "重设 %1 的密码": "Reset the password of %1",
    "已重设 %1 的密码": "Password of %1 reset",
    "数据库拒绝了此操作（您没有相应权限）：%1": (
        "The database refused this (you do not have the right to do it): %1"
    ),
    "只有督办人员和系统管理员可以查看审计记录": (
        "Only supervisors and system administrators can see the audit trail"
    ),
    "数据库拒绝了“{action}”：{detail}": 'The database refused "{action}": {detail}',
    "{detail}": "{detail}",
    "用户名或密码不正确，或账号已停用，请重新输入": (
        "The user name or password is wrong, or the account is disabled: please try again"
    ),
    "账号 {username} 不是本系统的在职工作人员": "{username} is not an active member of staff here",
    "只有系统管理员可以管理用户": "Only a system administrator can manage users",
    "系统管理员账号只能由数据库管理员创建和修改": (
        "Only the database administrator creates and changes system administrator accounts"
    ),
    "用户名“{username}”无效：请用小写字母开头，只含小写字母、数字和下划线（2—63位）": (
        'The user name "{username}" is not valid: start with a lower-case letter and use only '
        "lower-case letters, digits and underscores (2 to 63 characters)"
    ),
    "用户 {username} 不存在": "There is no user {username}",
    "请填写姓名": "Enter the name",
    "用户名 {username} 已被使用": "The user name {username} is taken",
    "不能修改自己的角色：请由另一位系统管理员办理": (
        "You cannot change your own roles: another system administrator must"
    ),
    "不能停用或启用自己的账号": "You cannot disable or enable your own account",
    "无法连接数据库 {url}：{reason}。请检查服务器是否开启、网络是否连通": (
        "Cannot connect to the database {url}: {reason}. Check that the server is running "
        "and the network is up"
    ),
}
