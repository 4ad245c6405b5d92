"""English for the certificate window's batch while it retries after a lost connection,
and when it stops. %1, %2 and %3 stay as they are."""

BATCH_RETRY_ENGLISH: dict[str | tuple[str, str], str] = {
    "连接中断，正在重试（第 %1 次）……已制发 %2/%3 件，不会重复制发": (
        "Connection lost, retrying (attempt %1)… %2 of %3 cases issued; none will be issued twice"
    ),
    "正在制发：%1/%2 件": "Issuing: %1 of %2 cases",
    "已完成的 %1 件已保存；连接恢复后请点“刷新”，再制发其余办件": (
        "The %1 cases done are saved; when the connection is back, press Refresh, then issue "
        "the others"
    ),
}
