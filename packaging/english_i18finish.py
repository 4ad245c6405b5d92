"""English for a grant's terms in the propose dialog, the termination's grounds and legal
basis, and their messages."""

I18FINISH_ENGLISH: dict[str | tuple[str, str], str] = {
    "附加条件：": "Conditions:",
    "许可范围：": "Scope of the licence:",
    "办理结果：": "Result:",
    "有效期限：": "Valid for:",
    "长期": "Indefinitely",
    " 年": " years",
    "%1 年": "%1 years",
    "事项目录规定的有效期：%1，只能缩短": "The catalogue's validity: %1; it can only be shortened",
    "每行一条，如：仅限在许可地址内经营": "One a line, e.g. only at the licensed address",
    "附加条件最多 %1 条，每条不超过 %2 字。": (
        "At most %1 conditions, each of at most %2 characters."
    ),
    "许可范围不能超过 %1 字。": "The scope may not exceed %1 characters.",
    (
        "写明审查情况和依据；准予的，附加条件、许可范围和有效期限随决定一并报批，"
        "写入决定书和许可证。"
    ): (
        "State the review and its grounds; for a grant, the conditions, scope and validity "
        "go up for approval with it and are printed in the decision and the licence."
    ),
    "法律依据：": "Legal basis:",
    "法律、法规或者规章的名称及条款": "The law, regulation or rule and its article",
    "终止情形：": "Ground:",
    "查明的事实：": "Facts found:",
    "申请人死亡": "The applicant died",
    "申请人依法终止": "The applicant was dissolved",
    "依法需要终止审查的其他情形": "Another ground on which the review must end",
    "事实和法律依据写入终止审查决定书；其他情形须写明所依据的法律、法规或者规章的条款。": (
        "The facts and the legal basis are printed in the termination decision; for another "
        "ground, cite the article of the law, regulation or rule."
    ),
    "拟不予许可的，不能附加条件、许可范围或有效期": (
        "A proposal to refuse cannot carry conditions, a scope or a validity"
    ),
    "“{kind}”事项的决定不能附加条件": "A decision on a {kind} item cannot carry conditions",
    "事项“{item}”不发放许可证，不能设定有效期": (
        "The item “{item}” issues no licence, so no validity can be set"
    ),
    "有效期须为 1 至 {most} 年（事项目录规定的有效期为{catalogue}）": (
        "The validity must be 1 to {most} years (the catalogue's validity is {catalogue})"
    ),
    "终止审查的理由不能超过 {length} 字": (
        "The reason for terminating may not exceed {length} characters"
    ),
    "请写明终止审查的法律依据（法律、法规或者规章的名称及条款）": (
        "Give the legal basis for ending the review (the law, regulation or rule and its article)"
    ),
    "法律依据不能超过 {length} 字": "The legal basis may not exceed {length} characters",
    (
        "法律依据“{basis}”须写明法律、法规或者规章的名称（加书名号）和条款，"
        "如：《中华人民共和国民法典》第五十九条"
    ): (
        "The legal basis “{basis}” must name the law, regulation or rule (in 《》) and the "
        "article, e.g. 《中华人民共和国民法典》第五十九条"
    ),
}
