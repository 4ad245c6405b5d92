"""English for 告知承诺制 (approval on a written commitment): the catalogue's columns, the
commitment at acceptance, the post-check's results and refusals, the supervision tab and its
dialog, the audit words. %1… stay as they are."""

I21PROMISE_ENGLISH: dict[str | tuple[str, str], str] = {
    # Labels and audit words
    "属实": "True",
    "不实": "False",
    "待决定": "Awaiting decision",
    "待核查": "To check",
    "逾期未核查": "Check overdue",
    "告知承诺": "Commitment",
    "登记告知承诺书": "Record commitment",
    "登记告知承诺核查结果": "Record commitment check",
    # The catalogue
    "告知承诺制": "Commitment-based",
    "承诺条件": "Committed conditions",
    "核查时限": "Check time limit",
    "承诺人": "Signatory",
    "不实行告知承诺制的事项不填“承诺条件”和“核查时限”": (
        "An item not under the commitment system has no committed conditions or check time"
    ),
    "告知承诺制只适用于“行政许可”类的新办事项": (
        "The commitment system applies only to new licensing items"
    ),
    "告知承诺制事项须填写“承诺条件”（多条以“；”分隔）": (
        "A commitment-based item needs its committed conditions (separated by “；”)"
    ),
    # Acceptance and the check (services)
    "事项“{item}”不实行告知承诺制，不能登记告知承诺书": (
        "Item “{item}” is not under the commitment system: no commitment can be recorded"
    ),
    "事项“{item}”实行告知承诺制：受理时须登记申请人签署的告知承诺书（承诺人）": (
        "Item “{item}” is decided on a commitment: record the applicant's signed commitment"
        " (signatory) at acceptance"
    ),
    "承诺人姓名不能超过 {n} 字": "The signatory's name may have at most {n} characters",
    "事项“{item}”的目录未列明承诺条件：请管理员在事项目录中填写“承诺条件”": (
        "The catalogue lists no conditions for item “{item}”: ask the administrator to fill"
        " in its committed conditions"
    ),
    "该承诺已核查为“不实”，不能再认定为“属实”": (
        "This commitment was found false and cannot be found true afterwards"
    ),
    "该承诺的核查结果已记录为“{result}”，不能更改": (
        "This commitment's check was recorded as “{result}” and cannot be changed"
    ),
    "办件尚未作出决定，还没有核查任务": "The case is not decided yet: there is no check",
    "请填写核查人员（不超过 64 字）": "Name the officer who checked (at most 64 characters)",
    "核查日期应在决定日 {decided} 至今天 {today} 之间": (
        "The check date must be between the decision day {decided} and today {today}"
    ),
    "核查情况不能超过 {n} 字": "The findings may have at most {n} characters",
    "核查不实的，须写明与承诺不符的事实": (
        "A false commitment needs the facts that differ from what was committed"
    ),
    "只有督办人员可以登记告知承诺核查结果": "Only a supervisor can record a commitment check",
    "告知承诺记录（编号 {id}）不存在": "Commitment record {id} does not exist",
    "办件 {number} 没有告知承诺记录": "Case {number} has no commitment",
    "办件 {number} 的许可证尚未制发登记：核查不实须撤销许可证，请待制证后再登记": (
        "Case {number}'s licence is not issued yet: a false commitment revokes the licence,"
        " so record it once the licence is made"
    ),
    "查看告知承诺核查": "view commitment checks",
    "本事项实行告知承诺制：没有申请人签署的告知承诺书，不能据此准予许可": (
        "This item is decided on a commitment: without the applicant's signed commitment it"
        " cannot be granted"
    ),
    # The supervision tab and its dialog
    "告知承诺核查": "Commitment checks",
    "登记核查结果……": "Record check…",
    "登记核查结果": "Record check",
    "核查部门的核查人员": "The checking department's officer",
    "核查情况；不实的，写明与承诺不符的事实": (
        "Findings; for a false commitment, the facts that differ from it"
    ),
    "办件：": "Case:",
    "承诺条件：": "Committed conditions:",
    "核查结论：": "Result:",
    "核查人员：": "Checked by:",
    "核查日期：": "Checked on:",
    "核查情况：": "Findings:",
    "核查不实的，将同时对其许可证立案撤销（《行政许可法》第六十九条）。": (
        "A false commitment also opens the revocation of its licence (Administrative"
        " Licensing Law, art. 69)."
    ),
    "登记": "Record",
    "取消": "Cancel",
    "%1：告知承诺 %2 件；已核查 %3 件（属实 %4 件，不实 %5 件）；"
    "逾期未核查 %6 件。当前待核查 %7 件。": (
        "%1: %2 commitments; %3 checked (%4 true, %5 false); %6 checks overdue. %7 checks open now."
    ),
    "请先选择要登记核查结果的承诺": "Select the commitment whose check to record first",
    "已登记核查结果：%1": "Check recorded: %1",
    "；已立案撤销 %1": "; revocation %1 opened",
}
