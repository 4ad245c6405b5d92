"""English for the server-clock warning and the record kind of the clock's pauses."""

GUARD_TIME_ENGLISH: dict[str | tuple[str, str], str] = {
    "本机时钟比服务器快 %1 分钟": "This PC's clock is %1 min ahead of the server's",
    "本机时钟比服务器慢 %1 分钟": "This PC's clock is %1 min behind the server's",
    "%1（本机 %2，服务器 %3）：办理时间以服务器为准，请校准本机时钟": (
        "%1 (PC %2, server %3): the server's time counts for every action; please set this "
        "PC's clock"
    ),
    ("terms", "计时暂停"): "Clock pause",
}
