"""English for a primary with its standby: the reports' lag note and the reporting
address's message. %1 and {fields} stay as they are."""

I22HA_ENGLISH: dict[str | tuple[str, str], str] = {
    "（数据来自备用服务器，约滞后 %1 秒）": " (read from the standby server, about %1 s behind)",
    "报表服务器地址“{url}”应为 PostgreSQL 地址（postgresql://…）": (
        'The reporting server address "{url}" must be a PostgreSQL address (postgresql://…)'
    ),
}
