"""English for the demo standing on its own day (`approval-desk --demo --today DAY`)."""

DEMO_FIGURES_ENGLISH: dict[str | tuple[str, str], str] = {
    "数据库中已有不是演示数据生成的办件：--today 只能用于演示数据库": (
        "The database holds cases the demo did not make: --today is for demo databases only"
    ),
}
