"""English for the inspector pool tab and commands' messages, and the draw by commit, then
reveal (commitment, witness, secret)."""

POOL_DRAW_ENGLISH: dict[str | tuple[str, str], str] = {
    # The draw box and the draw record
    (
        "抽取（双随机：开启时公布承诺值，见证人随后给出随机数，再揭示秘密值；"
        "种子由三者推出，任何人不能选定）"
    ): (
        "Draw (the commitment is shown when the draw is opened, the witness then gives a "
        "random text, and the secret is revealed; the seed follows from all three and "
        "nobody can choose it)"
    ),
    "开启抽取": "Open draw",
    "承诺值：": "Commitment:",
    "（尚未开启）": "(no draw open)",
    "见证人随机数（由监督人员看到承诺值后输入）：": (
        "Witness's random text (typed by the supervisor after seeing the commitment):"
    ),
    "登记见证人随机数……": "Recording the witness's text…",
    "正在开启抽取……": "Opening the draw…",
    "%1（抽取 %2，快照摘要 %3…）": "%1 (draw %2, snapshot digest %3…)",
    "抽取 %1 已开启：请见证人看到承诺值后输入随机数": (
        "Draw %1 is open: the witness types their random text after seeing the commitment"
    ),
    "请先开启抽取": "Open a draw first",
    "待抽取": "open",
    "抽取 %1 · 规则版本 %2 · 操作人 %3": "Draw %1 · rules version %2 · operator %3",
    "承诺值 %1\n秘密值 %2\n见证人随机数 %3\n快照摘要 %4\n种子 %5": (
        "Commitment %1\nSecret %2\nWitness's text %3\nSnapshot digest %4\nSeed %5"
    ),
    "（旧式抽取，无承诺值）": "(an older draw, without a commitment)",
    "结果摘要 %1 · 最高负荷 %2，计数下限 %3（%4）": (
        "Result digest %1 · highest load %2, counting floor %3 (%4)"
    ),
    (
        "说明：抽签排序由种子计算（SHA-256），种子由开启抽取时承诺的秘密值、见证人随机数和"
        "数据快照摘要推出，任何人不能选定，任何人可凭抽取记录复算；"
        "在符合全部规则、并使全体人员的最高近期工作量尽可能低的安排中，优先选抽签排序靠前的人。"
        "近期工作量为近 %1 天已安排的踏勘次数（含本次）。"
    ): (
        "How to read this: the drawing order is computed (SHA-256) from the seed, which "
        "follows from the secret committed when the draw was opened, the witness's text and "
        "the data snapshot's digest: nobody can choose it, and anyone can recompute it from "
        "the draw record. Among the plans that keep every rule and keep the highest recent "
        "load as low as possible, those earlier in the drawing order are preferred. The "
        "recent load counts the inspections of the last %1 days (this one included)."
    ),
    # The pool tab
    "踏勘人才库": "Inspector pool",
    "编号": "No.",
    "专业": "Specialties",
    "职称": "Title",
    "每日上限": "Daily limit",
    "请假与公务": "Leave and duties",
    "回避关系": "Recusal ties",
    "按姓名、部门、专业、请假或回避关系筛选": (
        "Filter by name, department, specialty, leave or recusal tie"
    ),
    "新增人员…": "Add…",
    "修改部门与专业…": "Change department and specialties…",
    "移出或恢复": "Retire or reinstate",
    "登记请假…": "Record leave…",
    "登记回避关系…": "Record recusal tie…",
    "导入…": "Import…",
    "导出…": "Export…",
    "在库": "in the pool",
    "已移出": "retired",
    "请先选择一名踏勘人员": "Select an inspector first",
    "已新增踏勘人员": "Inspector added",
    "已保存：此后开启的抽取按新资料进行": "Saved: draws opened from now on use it",
    "将%1移出人才库？此后的抽取不再抽到。": (
        "Retire %1 from the pool? Later draws will not pick them."
    ),
    "将%1恢复到人才库？": "Take %1 back into the pool?",
    "%1已恢复到人才库": "%1 is back in the pool",
    "%1已移出人才库": "%1 has left the pool",
    "已登记 %1 个半天：此后开启的抽取避开": (
        "%1 half-days recorded: draws opened from now on avoid them"
    ),
    "已登记回避关系：此后开启的抽取回避": (
        "Recusal tie recorded: draws opened from now on respect it"
    ),
    "导出踏勘人才库": "Export the inspector pool",
    "导入踏勘人才库": "Import the inspector pool",
    "新增 %1 人，更新 %2 人，未变 %3 人。": "%1 added, %2 changed, %3 unchanged.",
    # Its dialogs
    "新增踏勘人员": "Add inspector",
    "修改踏勘人员": "Change inspector",
    "所在部门：": "Department:",
    "专业（勾选）：": "Specialties (tick):",
    "职称：": "Title:",
    "每日踏勘上限：": "Daily inspection limit:",
    " 次/日": " a day",
    "登记请假或公务：%1": "Record leave or duties: %1",
    "全天": "Whole day",
    "首日：": "First day:",
    "末日：": "Last day:",
    "半天：": "Half-day:",
    "登记回避关系：%1": "Record recusal tie: %1",
    "（不指定）": "(none)",
    "（仍存续）": "(still in force)",
    "回避事由：": "Ground:",
    "申请人编号：": "Applicant no.:",
    "项目名称：": "Project name:",
    "关系终止日：": "Tie ended on:",
    "说明：": "Note:",
    # What the services say
    "见证人随机数应为{low}至{high}个字符（由见证人在看到承诺值后自行输入）": (
        "The witness's text must have {low} to {high} characters (typed by the witness "
        "after seeing the commitment)"
    ),
    "开启抽取后人才库或待安排的申请发生了变化：请重新开启抽取（抽取 {draw_id}）": (
        "The pool or the pending requests changed after the draw was opened: open a new "
        "draw (draw {draw_id})"
    ),
    "抽取 {draw_id} 已经登记过见证人随机数：一个承诺值只能抽取一次": (
        "Draw {draw_id} already has its witness: one commitment is drawn once"
    ),
    "抽取 {draw_id} 是按操作人登记的种子进行的旧式抽取": (
        "Draw {draw_id} is an older draw, with a seed its operator recorded"
    ),
    "抽取 {draw_id} 已经结束：一个承诺值只能抽取一次": (
        "Draw {draw_id} is over: one commitment is drawn once"
    ),
    "抽取 {draw_id} 尚未登记见证人随机数": "Draw {draw_id} has no witness yet",
    "抽取 {draw_id} 的秘密值与承诺值不符": "Draw {draw_id}'s secret does not match its commitment",
    "结果不是由抽取 {draw_id} 的承诺值、见证和快照算出的": (
        "The result was not computed from draw {draw_id}'s commitment, witness and snapshot"
    ),
    "抽取期间人才库或待安排的申请发生了变化，结果未保存：请重新开启抽取（抽取 {draw_id}）": (
        "The pool or the pending requests changed during the draw; nothing was stored: "
        "open a new draw (draw {draw_id})"
    ),
    ("terms", "开启抽取"): "Open draw",
    ("terms", "登记见证"): "Record witness",
    ("terms", "导入踏勘人才库"): "Import inspector pool",
    ("terms", "抽取见证"): "Draw witness",
}
