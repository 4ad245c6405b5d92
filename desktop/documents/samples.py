"""A realistic sample of every document type: for previews, tests and the sample script."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from desktop.documents.kinds.decisions import (
    GrantDecision,
    NonAcceptanceDecision,
    RejectionDecision,
)
from desktop.documents.kinds.delivery import DeliveredDocument, DeliveryProof
from desktop.documents.kinds.ends import TerminationDecision, WithdrawalDecision
from desktop.documents.kinds.licence import Licence
from desktop.documents.kinds.licence_ends import LicenceCancellation, LicenceRevocation
from desktop.documents.kinds.notices import (
    AcceptanceNotice,
    ExtensionNotice,
    InspectionNotice,
    Inspector,
    MissingMaterial,
    SpecialProcedureNotice,
    SupplementNotice,
)
from desktop.documents.kinds.outcomes import (
    CompletionNotice,
    FilingNotice,
    FilingRefusal,
    RefusalDecision,
)
from desktop.documents.kinds.result_notice import ResultNotice, ResultRow
from desktop.documents.kinds.site_record import (
    CheckedPoint,
    ConfirmingInspector,
    KeptFile,
    SiteRecordDocument,
)
from desktop.documents.model import Applicant, BureauProfile, CaseInfo, DocumentType, Issue
from desktop.domain.enums import ApplicantKind
from desktop.domain.item_kinds import ItemKind
from desktop.domain.terminations import DISSOLVED

BUREAU = BureauProfile(
    organ_name="渭南高新技术产业开发区行政审批服务局",
    seal_text="审批专用章",
    reconsideration_body="渭南高新技术产业开发区管理委员会",
    court="渭南市临渭区人民法院",
    hotline="0913-2166000",
    address="渭南高新区行政服务中心（朝阳大街与东风大街交汇处）",
)

COMPANY = Applicant(
    name="渭南市秦东建筑工程有限公司",
    identifier="91610502MA6Y4N0R2X",
    kind=ApplicantKind.ORGANISATION,
    address="渭南市高新区崇业路18号",
    legal_representative="王建军",
)
PERSON = Applicant(name="张䶮", identifier="610502199001011234", kind=ApplicantKind.PERSON)

ENGINEERING_CASE = CaseInfo(
    number="GX202603020017",
    item_name="建设工程规划许可证核发",
    applicant=COMPANY,
    received_on=date(2026, 3, 2),
    project_name="秦东花园二期3号住宅楼",
    project_address="渭南高新区东风大街与新兴路十字东北角",
)
FILING_CASE = CaseInfo(
    number="GX202603040021",
    item_name="企业投资项目备案",
    applicant=COMPANY,
    received_on=date(2026, 3, 4),
    project_name="秦东建材仓储物流中心",
    project_address="渭南高新区新兴路中段",
)
SERVICE_CASE = CaseInfo(
    number="SH202603090013",
    item_name="最低生活保障审核确认",
    applicant=PERSON,
    received_on=date(2026, 3, 9),
)
SOCIAL_CASE = CaseInfo(
    number="SH202603050042",
    item_name="食品经营许可（仅销售预包装食品）",
    applicant=PERSON,
    received_on=date(2026, 3, 5),
)


# Each sample is dated as the bureau would date it: a notice before what it announces (the
# supplement within five days, the inspection and the special procedure before they start,
# the extension before the first due date), an act on the day it is taken.
ISSUED_ON = {
    DocumentType.ACCEPTANCE: date(2026, 3, 3),
    DocumentType.NON_ACCEPTANCE: date(2026, 3, 6),
    DocumentType.SUPPLEMENT: date(2026, 3, 3),
    DocumentType.INSPECTION: date(2026, 3, 5),
    DocumentType.EXTENSION: date(2026, 3, 27),
    DocumentType.SPECIAL_PROCEDURE: date(2026, 3, 13),
    DocumentType.FILING: date(2026, 3, 5),
    DocumentType.FILING_REFUSAL: date(2026, 3, 5),
    DocumentType.TERMINATION: date(2026, 3, 16),
    DocumentType.WITHDRAWAL: date(2026, 3, 11),
}
# The licence sample is the second number of the day: the grant (0001) names it as 0002.
SERIALS = {DocumentType.LICENCE: 2}


def sample_issue(kind: DocumentType, serial: int | None = None) -> Issue:
    number = serial if serial is not None else SERIALS.get(kind, 1)
    return Issue(BUREAU, f"渭高审批〔2026〕{number:04d}号", ISSUED_ON.get(kind, date(2026, 3, 20)))


def sample_documents() -> dict[DocumentType, object]:
    """One filled-in document of every type."""
    case = ENGINEERING_CASE
    return {
        DocumentType.ACCEPTANCE: AcceptanceNotice(case, accepted_on=date(2026, 3, 3)),
        DocumentType.NON_ACCEPTANCE: NonAcceptanceDecision(
            replace(SOCIAL_CASE, item_name="药品零售企业经营许可"),
            reasons="该事项依法由药品监督管理部门实施，不属于本机关职权范围",
            legal_basis="《中华人民共和国行政许可法》第三十二条第一款第（二）项",
            competent_body="渭南市药品监督管理局",
        ),
        DocumentType.SUPPLEMENT: SupplementNotice(
            case,
            missing=(
                MissingMaterial("建设用地规划许可证复印件", "须加盖单位公章"),
                MissingMaterial("建设工程设计方案总平面图", "须由具有相应资质的设计单位出具"),
                MissingMaterial("不动产权证书（土地）", "提交原件核验"),
                MissingMaterial("授权委托书及受托人身份证明"),
            ),
            supplement_by=date(2026, 3, 13),
        ),
        DocumentType.INSPECTION: InspectionNotice(
            case,
            inspect_on=date(2026, 3, 10),
            half_day="上午",
            site=case.project_address,
            inspectors=(
                Inspector("李卫东", "高新区住房和城乡建设局"),
                Inspector("赵敏", "高新区自然资源和规划分局"),
            ),
            to_prepare=("建设用地规划许可证原件", "施工现场平面布置图"),
            contact_name="刘洋",
            contact_phone="0913-2166018",
        ),
        DocumentType.EXTENSION: ExtensionNotice(
            case,
            accepted_on=date(2026, 3, 3),
            reasons="项目涉及相邻建筑日照分析，需组织技术复核",
            original_due=date(2026, 3, 31),
            new_due=date(2026, 4, 15),
        ),
        DocumentType.SPECIAL_PROCEDURE: SpecialProcedureNotice(
            case,
            procedure="专家评审",
            reasons="建筑高度超过一百米，设计方案的结构安全性需经专家论证",
            starts_on=date(2026, 3, 16),
            expected_days=15,
        ),
        DocumentType.GRANT: GrantDecision(
            case,
            accepted_on=date(2026, 3, 3),
            permitted="同意秦东花园二期3号住宅楼按审定的设计方案建设，地上二十六层、地下二层，"
            "总建筑面积二万三千六百五十平方米",
            valid_from=date(2026, 3, 20),
            valid_until=date(2027, 3, 19),
            conditions=(
                "自核发之日起一年内未开工建设，又未申请延期的，本许可自行失效",
                "施工前应当在施工现场醒目位置公示建设工程规划许可证及附图",
            ),
            licence_number="渭高审批〔2026〕0002号",
        ),
        DocumentType.REJECTION: RejectionDecision(
            SOCIAL_CASE,
            accepted_on=date(2026, 3, 6),
            reasons=(
                "经现场核查，经营场所与生活区未有效分隔，不符合《食品经营许可审查通则》的规定",
                "申请材料中的食品安全管理制度不完整，缺少进货查验记录制度",
            ),
        ),
        DocumentType.LICENCE: Licence(
            case,
            permitted="秦东花园二期3号住宅楼，地上二十六层、地下二层，总建筑面积23650平方米",
            valid_from=date(2026, 3, 20),
            valid_until=date(2027, 3, 19),
            conditions=("按审定的总平面图及设计方案施工",),
            decision_number="渭高审批〔2026〕0001号",
        ),
        DocumentType.FILING: FilingNotice(
            FILING_CASE,
            accepted_on=date(2026, 3, 4),
            filed_on=date(2026, 3, 5),
            legal_basis="《企业投资项目核准和备案管理条例》第十三条",
        ),
        DocumentType.FILING_REFUSAL: FilingRefusal(
            FILING_CASE,
            accepted_on=date(2026, 3, 4),
            reasons=("项目属于《政府核准的投资项目目录》所列应当核准的项目，不属于备案范围",),
            legal_basis="《企业投资项目核准和备案管理条例》第三条",
        ),
        DocumentType.COMPLETION: CompletionNotice(
            SERVICE_CASE,
            accepted_on=date(2026, 3, 9),
            item_kind=ItemKind.CONFIRMATION,
            result="确认申请人家庭自2026年4月起享受城市最低生活保障，保障人口二人",
            legal_basis="《社会救助暂行办法》第十一条",
        ),
        DocumentType.REFUSAL: RefusalDecision(
            SERVICE_CASE,
            accepted_on=date(2026, 3, 9),
            reasons=("经入户调查和家庭经济状况核对，申请人家庭月人均收入高于本地最低生活保障标准",),
            legal_basis="《社会救助暂行办法》第九条",
        ),
        DocumentType.TERMINATION: TerminationDecision(
            case,
            accepted_on=date(2026, 3, 3),
            reason="你单位已于2026年3月12日经登记机关注销登记，依法终止",
            legal_basis=DISSOLVED.basis,
            terminated_on=date(2026, 3, 16),
        ),
        DocumentType.WITHDRAWAL: WithdrawalDecision(
            SOCIAL_CASE,
            accepted_on=date(2026, 3, 6),
            requested_on=date(2026, 3, 10),
            reason="经营场所租赁合同未能续签",
        ),
        DocumentType.LICENCE_CANCELLATION: LicenceCancellation(
            SOCIAL_CASE,
            accepted_on=date(2026, 3, 6),
            licence_no="渭高审批许〔2024〕0117号",
            licence_title="食品经营许可证",
            reason="申请人已停止经营并办理了营业执照注销手续",
            ended_on=date(2026, 3, 12),
        ),
        DocumentType.LICENCE_REVOCATION: LicenceRevocation(
            SOCIAL_CASE,
            accepted_on=date(2026, 3, 6),
            licence_no="渭高审批许〔2025〕0042号",
            licence_title="食品经营许可证",
            reason="被许可人以提供虚假经营场所证明的欺骗手段取得该许可",
            ended_on=date(2026, 3, 16),
        ),
        DocumentType.DELIVERY_PROOF: DeliveryProof(
            case,
            documents=(
                DeliveredDocument("准予行政许可决定书", "渭高审批〔2026〕0001号"),
                DeliveredDocument("行政许可证", "渭高审批〔2026〕0002号"),
            ),
            place="渭南高新区行政服务中心统一出件窗口",
            signer="刘芳",
            capacity="委托代理人",
            signer_id="610502198807153221",
            authorisation="渭南市秦东建筑工程有限公司2026年3月18日出具，委托领取本件审批结果",
            served_by=("陈静",),
        ),
        DocumentType.INSPECTION_RECORD: SiteRecordDocument(
            case,
            inspected_on=date(2026, 3, 10),
            half_day="上午",
            site=case.project_address,
            representative="刘洋",
            points=(
                CheckedPoint("建设地点与申请材料所附总平面图一致", False, "符合"),
                CheckedPoint("建筑位置、层数与规划许可一致", True, "符合"),
                CheckedPoint("施工现场围挡、标识设置规范", False, "不符合", "东侧围挡缺失约二十米"),
                CheckedPoint("消防车通道畅通，未被占用或堵塞", True, "符合"),
            ),
            conclusion="限期整改",
            summary="建设内容与申请一致；施工围挡不完整，须补设后复查",
            inspectors=(
                ConfirmingInspector("李卫东", "高新区住房和城乡建设局", date(2026, 3, 10)),
                ConfirmingInspector("赵敏", "高新区自然资源和规划分局", date(2026, 3, 10)),
            ),
            files=(
                KeptFile("东侧围挡.jpg", 1_843_200, "3b1f" * 16, True),
                KeptFile("现场平面示意.pdf", 204_800, "9ac0" * 16, False),
            ),
            rectify_due=date(2026, 3, 20),
        ),
        DocumentType.RESULT_NOTICE: ResultNotice(
            department="渭南高新技术产业开发区住房和城乡建设局",
            period_start=date(2026, 3, 1),
            period_end=date(2026, 3, 20),
            rows=tuple(
                ResultRow(
                    case_number=f"GX2026030{index % 9 + 1}{index:04d}",
                    applicant=("渭南市秦东建筑工程有限公司", "陕西华岳置业有限公司")[index % 2],
                    item_name=("建设工程规划许可证核发", "建筑工程施工许可证核发")[index % 2],
                    result="不予许可" if index % 7 == 3 else "准予许可",
                    decided_on=date(2026, 3, 1 + index % 19),
                    decision_number=f"渭高审批〔2026〕{index + 100:04d}号",
                )
                for index in range(1, 31)
            ),
            contact_name="刘洋",
            contact_phone="0913-2166018",
        ),
    }
