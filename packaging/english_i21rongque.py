"""English for 容缺受理 (acceptance with a minor material to follow): the workbench's
容缺承诺 tab, supervision's 容缺承诺 tab and the refusals of promises and receipts. %1… and
{field} placeholders stay as they are."""

I21RONGQUE_ENGLISH: dict[str | tuple[str, str], str] = {
    # The workbench's tab
    "容缺承诺": "Promised materials",
    "容缺承诺（%1 项逾期）": "Promised materials (%1 overdue)",
    "承诺补交日期": "Promised by",
    "未补交可先发证": "Licence may go out first",
    "否": "No",
    "补交日期": "Received on",
    "登记人": "Recorded by",
    "登记补交": "Record received",
    "所选材料今日已收到：登记补交": "The selected material came in today: record it received",
    "未能登记补交": "Could not record the receipt",
    "申请人签署了容缺受理承诺书，承诺在下列日期前补交材料；"
    "未补交且不可先发证的材料补交前，不能制发许可证。": (
        "The applicant signed a letter promising to hand in these materials by the days shown;"
        " the licence cannot be issued while a material that may not go out first is missing."
    ),
    ("Workbench", "容缺受理"): "Accepted with materials to follow",
    "容缺材料补交": "Promised material received",
    # Labels of a promise's state
    "未到期": "Not yet due",
    "按期补交": "Received on time",
    "逾期补交": "Received late",
    "逾期未交": "Overdue",
    # Supervision's tab
    "发起撤销……": "Start revocation…",
    "发起撤销": "Start revocation",
    "请先选择一项逾期未交的材料": "Select an overdue material first",
    "办件 %1 尚未发放许可证，无须撤销：请督促承办人依法处理本件。": (
        "No licence was issued for case %1, so there is nothing to revoke: ask its handler to"
        " deal with the case as the law provides."
    ),
    "申请人未按承诺补交“%1”（承诺 %2 前补交）。"
    "是否对许可证 %3 发起撤销？撤销办件将进入待认领，由承办人依法审查决定。": (
        "The applicant did not hand in “%1” as promised (by %2). Start revoking licence %3?"
        " The revocation case goes to the pool, for a handler to review and decide."
    ),
    "已发起撤销：办件 %1 已进入待认领": "Revocation started: case %1 is in the pool",
    "%1 应补交的容缺材料 %2 项：按期补交 %3 项，逾期补交 %4 项，逾期未交 %5 项，"
    "未到期 %6 项。下表（红色）为目前所有逾期未交的材料，共 %7 项。": (
        "%1: %2 promised materials were due: %3 received on time, %4 received late,"
        " %5 overdue, %6 not yet due. Below (in red) every material overdue today, %7 in all."
    ),
    # Refusals composed below the UI
    "本事项没有材料“{material}”": "The item has no material “{material}”",
    "材料“{material}”不允许容缺受理：须在受理时提交": (
        "“{material}” may not be missing at acceptance: it must be handed in with the application"
    ),
    "材料“{material}”重复承诺": "“{material}” is promised twice",
    "材料“{material}”的承诺补交日期须晚于受理日 {accepted}": (
        "The day “{material}” is promised by must be after the day of acceptance, {accepted}"
    ),
    "材料“{material}”的承诺补交日期不能晚于受理后 {days} 天": (
        "The day “{material}” is promised by cannot be more than {days} days after acceptance"
    ),
    "容缺受理承诺补交的材料尚未收到：收到后才能制证": (
        "A promised material has not come in: the certificate can be made once it has"
    ),
    "办件 {number} 容缺受理承诺补交的{materials}尚未收到：收到后才能制发许可证": (
        "Case {number}: the promised {materials} has not come in: the licence can be issued"
        " once it has"
    ),
    "只有本件承办人可以登记补交的容缺材料：请先认领本件": (
        "Only the case's handler records a promised material received: claim the case first"
    ),
    "办件当前状态为“{status}”，不能再登记补交材料": (
        "The case is “{status}”: no material can be recorded received any more"
    ),
    "所选容缺承诺不属于本办件，请刷新后重试": (
        "The selected promise is not this case's: refresh and try again"
    ),
    "材料“{material}”已登记补交，不能重复登记": "“{material}” is already recorded received",
    "统计期间的结束日不能早于开始日": "The period's last day cannot be before its first",
    "容缺承诺不存在，请刷新后重试": "The promise does not exist: refresh and try again",
    "材料“{material}”已补交，承诺已履行：不能据此撤销": (
        "“{material}” came in, the promise was kept: nothing to revoke for it"
    ),
    "材料“{material}”的承诺补交日期 {day} 未过：逾期后才能据此撤销": (
        "“{material}” is promised by {day}, which has not passed: revocation only once overdue"
    ),
    "办件 {number} 没有在用的许可证：许可证未发出时，请由承办人依法处理本件": (
        "Case {number} has no licence in force: while none went out, its handler deals with"
        " the case as the law provides"
    ),
    "“{material}”是容缺受理承诺补交的材料：请在“容缺承诺”页登记补交": (
        "“{material}” is a promised material: record it received on the Promised materials tab"
    ),
    "已就办件 {number} 发起撤销（{revocation}）": (
        "Revocation of case {number} was already started ({revocation})"
    ),
}
