"""English for the licence life cycle made airtight: an act's item, a voided licence
document, the catalogue's case kind and base item, the dashboard's expiring licences."""

I21LICENCE2_ENGLISH: dict[str | tuple[str, str], str] = {
    "已作废": "Void",
    "撤销许可证 {number} 须在其准予许可的事项下办理，不能在“{item}”下办理": (
        "Revoking licence {number} goes under the item it was granted under, not “{item}”"
    ),
    "“{item}”不是许可证 {number} 所属事项的{kind}事项：{kind}申请须选该许可证事项的"
    "（{kind}）事项": (
        "“{item}” is not the {kind} item of licence {number}'s item: a {kind} application"
        " goes under that item's ({kind}) item"
    ),
    # The dashboard's card
    "许可证即将到期": "Licences expiring",
    "有效许可证中，有效期在 %1 天内届满的张数（天数按“许可证到期”页的设置）；点击查看": (
        "Licences in force whose validity ends within %1 days (the days set on the Licences"
        " tab); click to list them"
    ),
}
