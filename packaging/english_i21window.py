"""English for 窗口现场审批 (on-the-spot approval at the window): the authorisation, the
dialog of the certificate window, its refusals, and supervision's 现场办结 figure."""

I21WINDOW_ENGLISH: dict[str | tuple[str, str], str] = {
    # Labels: the admin's authorisation (a role), the level a decision was made at
    "窗口现场审批（授权）": "On-the-spot approval at the window (authorised)",
    "窗口现场审批": "On-the-spot approval at the window",
    # Refusals
    "窗口现场审批只能由受理本件的授权窗口人员在受理当场办理：本件已进入后台办理": (
        "Only the authorised window clerk who accepted this case may approve it on the spot,"
        " at acceptance: this case has gone to the back office"
    ),
    "窗口现场审批须由经系统管理员授权的窗口人员（制证员）办理：您没有该授权": (
        "On-the-spot approval is for window clerks (certificate clerks) the administrator has"
        " authorised: you do not hold that authorisation"
    ),
    "事项“{item}”未列入窗口现场审批的事项：请按一般程序受理，由后台审批": (
        "“{item}” is not an item the window may approve on the spot: accept it as usual for"
        " the back office to decide"
    ),
    "申请材料未全部齐全，不能现场审批：请一次性告知申请人需补齐的材料，或按一般程序受理": (
        "The materials are not all complete, so the application cannot be approved on the"
        " spot: tell the applicant at once everything still missing, or accept it as usual"
    ),
    "请填写受理编号": "Enter the acceptance number",
    "审批意见不能超过 {length} 字": "The opinion may be at most {length} characters",
    "查看现场办结统计": "view the on-the-spot approval figures",
    # The certificate window and its dialog (事项, 受理编号, 申请材料, 决定, 审批意见, 取消 and
    # 打印文书 have their English already)
    "窗口现场审批…": "On-the-spot approval…",
    "%1 已当场准予并制发文书：打印后请为申请人登记出件": (
        "%1 was approved on the spot and its documents issued: after printing, record the"
        " hand-over to the applicant"
    ),
    "前台综合受理系统的受理编号": "The acceptance number from the front-desk system",
    "单位（统一社会信用代码）": "Organisation (unified social credit code)",
    "个人（居民身份证号码）": "Person (resident ID number)",
    "已登记的申请人可不填": "Not needed for a registered applicant",
    "以上申请材料已全部收取，齐全并符合法定形式": (
        "All the materials above are received, complete and in the legal form"
    ),
    "申请人类型": "Applicant type",
    "证件号码": "ID number",
    "申请人名称": "Applicant name",
    "联系电话": "Phone",
    "当场准予行政许可": "Grant the licence on the spot",
    "确定后即受理、当场准予，并制发加盖审批专用章的决定书和许可证件；"
    "材料不齐或需要踏勘、审核的，请按一般程序受理。": (
        "OK accepts the application, grants it on the spot and issues the decision and the"
        " licence under the approval seal; when materials are missing or the case needs a"
        " site visit or a review, accept it as usual."
    ),
    "当场准予并打印": "Grant and print",
    "事项目录中没有授权窗口现场审批的事项": (
        "No item of the catalogue may be approved on the spot at the window"
    ),
    "正在受理、审批并制发文书……": "Accepting, approving and issuing the documents…",
    "已办理：请在发证窗口刷新后打印文书、登记出件": (
        "Done: refresh the certificate window, then print the documents and record the hand-over"
    ),
    # Supervision's dashboard
    "现场办结 今日 / 本期": "On the spot today / in the period",
    "经授权的窗口人员受理后当场准予许可的办件：今日的件数 / 本期的件数": (
        "Cases an authorised window clerk accepted and granted on the spot: today / in the period"
    ),
}
