"""English for the reports' server in the connection settings. %1, %2 stay as they are."""

I22REST_ENGLISH: dict[str | tuple[str, str], str] = {
    "报表服务器：": "Reporting server:",
    "可不填；如备用服务器 db2.bureau.local，统计与审计记录从它读取": (
        "Optional; e.g. the standby db2.bureau.local, which statistics and the audit trail read"
    ),
    "服务器地址": "Server address",
    "报表服务器": "Reporting server",
    "%1“%2”不是有效的服务器名称（可写“名称:端口”，以逗号分隔）": (
        '%1 "%2" is not a valid server name (write "name:port", separated by commas)'
    ),
}
