"""Every document type renders from sample data with the right words, fonts and number."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date

import pypdf
import pytest

from desktop.documents.errors import DocumentError, MissingKey
from desktop.documents.kinds.decisions import RejectionDecision
from desktop.documents.kinds.licence import Licence
from desktop.documents.model import DocumentType, Marking
from desktop.documents.render import render_document
from desktop.documents.samples import BUREAU, ENGINEERING_CASE, sample_documents, sample_issue
from tests.documents.conftest import pdf_text

# Words each document must say, beyond its title, number and addressee.
EXPECTED = {
    DocumentType.ACCEPTANCE: ["决定予以受理", "二十个工作日内", "GX202603020017"],
    DocumentType.NON_ACCEPTANCE: ["决定不予受理", "渭南市药品监督管理局", "六十日内", "六个月内"],
    DocumentType.SUPPLEMENT: [
        "一次性告知",
        "建设用地规划许可证复印件",
        "建设工程设计方案总平面图",
        "不动产权证书（土地）",
        "授权委托书及受托人身份证明",
        "2026年3月13日前",
    ],
    DocumentType.INSPECTION: [
        "2026年3月10日上午",
        "李卫东",
        "赵敏",
        "申请回避",
        "不计算在审批期限内",
    ],
    DocumentType.EXTENSION: ["延长十个工作日", "2026年4月15日", "日照分析"],
    DocumentType.SPECIAL_PROCEDURE: ["第四十五条", "专家评审", "预计需要十五个工作日"],
    DocumentType.GRANT: ["决定准予行政许可", "2027年3月19日", "渭高审批〔2026〕0002号"],
    DocumentType.REJECTION: [
        "不予行政许可",
        "进货查验记录制度",
        "六十日内向渭南高新技术产业开发区管理委员会申请行政复议",
        "六个月内向渭南市临渭区人民法院提起行政诉讼",
    ],
    DocumentType.LICENCE: ["持证人", "91610502MA6Y4N0R2X", "2026年3月20日至2027年3月19日"],
    DocumentType.FILING: ["予以备案", "备案不是行政许可", "2026年3月5日", "第十三条"],
    DocumentType.FILING_REFUSAL: ["不予备案", "不属于备案范围", "如不服本通知", "六个月内"],
    DocumentType.COMPLETION: ["本机关予以确认", "现予办结", "保障人口二人"],
    DocumentType.REFUSAL: ["决定不予办理", "最低生活保障标准", "六十日内"],
    DocumentType.TERMINATION: [
        "终止对该申请的审查",
        "2026年3月16日",
        "根据《中华人民共和国民法典》第五十九条、第一百零八条的规定",
        "可以依法重新提出申请",
        "六个月内",
    ],
    DocumentType.WITHDRAWAL: ["准予撤回", "2026年3月10日", "租赁合同未能续签", "领回"],
    DocumentType.DELIVERY_PROOF: [
        "受送达人渭南市秦东建筑工程有限公司",
        "签收人刘芳（委托代理人）",
        "签收人身份证号码610502********3221",
        "授权委托书",
        "签收人签名或盖章",
        "准予行政许可决定书",
        "送达人陈静",
    ],
    DocumentType.LICENCE_CANCELLATION: [
        "决定自2026年3月12日起注销",
        "渭高审批许〔2024〕0117号",
        "第七十条",
        "六十日内",
    ],
    DocumentType.LICENCE_REVOCATION: [
        "决定自2026年3月16日起撤销",
        "欺骗手段",
        "第六十九条",
        "六个月内",
    ],
    DocumentType.RESULT_NOTICE: ["事中事后监管", "陕西华岳置业", "GX202603010009", "不予许可"],
    DocumentType.INSPECTION_RECORD: [
        "申请人代表刘洋",
        "东侧围挡缺失约二十米",
        "（重大事项）",
        "限期整改：请于2026年3月20日前完成整改",
        "照片：东侧围挡.jpg",
        "SHA-2563b1f3b1f3b1f3b1f",
        "已登录确认",
        "赵敏",
    ],
}


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("kind", list(DocumentType))
def test_every_type_says_what_it_must(issued, kind):
    document = issued[kind]
    text = _flat(pdf_text(document.pdf))
    assert kind.label in text
    assert sample_issue(kind).number in text
    assert BUREAU.organ_name in text
    for words in EXPECTED[kind]:
        assert words in text, f"{kind.label} lacks “{words}”"


@pytest.mark.parametrize("kind", list(DocumentType))
def test_fonts_are_embedded_truetype_subsets(issued, kind):
    reader = pypdf.PdfReader(io.BytesIO(issued[kind].pdf))
    fonts = {
        font.get_object()["/BaseFont"]: font.get_object()
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert fonts
    for name, font in fonts.items():
        assert re.fullmatch(r"/[A-Z]{6}\+.+", name), f"{name} is not a subset"
        assert "/FontFile2" in font["/FontDescriptor"], f"{name} is not embedded TrueType"


def test_no_line_starts_with_closing_punctuation(issued):
    for kind in (DocumentType.ACCEPTANCE, DocumentType.GRANT, DocumentType.REJECTION):
        for line in pdf_text(issued[kind].pdf).splitlines():
            assert not line.strip().startswith(tuple("，。、；：）」》”")), line


def test_a_long_body_flows_over_pages_and_the_seal_stays_with_its_end():
    reasons = tuple(f"第{n}项材料与现场核查情况不一致，不符合法定条件" for n in range(1, 41))
    document = RejectionDecision(ENGINEERING_CASE, accepted_on=date(2026, 3, 3), reasons=reasons)
    rendered = render_document(document, sample_issue(DocumentType.REJECTION), qr_key=_qr_key())
    layout = rendered.layout
    assert layout.page_count >= 3
    assert layout.seal.page_index == layout.page_count - 1
    text = _flat(pdf_text(rendered.pdf))
    for reason in reasons:
        assert reason in text
    assert "六个月内" in text
    pages = pypdf.PdfReader(io.BytesIO(rendered.pdf)).pages
    last_page_text = _flat(pages[-1].extract_text())
    assert "不符合法定条件" in last_page_text or "本机关决定不予行政许可" in last_page_text


def test_a_qr_document_without_the_qr_key_is_refused():
    kind = DocumentType.GRANT
    with pytest.raises(MissingKey):
        render_document(sample_documents()[kind], sample_issue(kind))


def test_a_licence_too_long_for_one_page_is_refused_not_cut():
    licence = sample_documents()[DocumentType.LICENCE]
    assert isinstance(licence, Licence)
    long = replace(licence, permitted="许可内容" * 400)
    with pytest.raises(DocumentError, match="一页印不下"):
        render_document(long, sample_issue(DocumentType.LICENCE), qr_key=_qr_key())


def test_copy_and_void_are_marked_on_every_page(keys):
    kind = DocumentType.REJECTION
    document = sample_documents()[kind]
    for marking, word in ((Marking.COPY, "副本"), (Marking.VOID, "作废")):
        rendered = render_document(document, sample_issue(kind), marking=marking, qr_key=_qr_key())
        pages = pypdf.PdfReader(io.BytesIO(rendered.pdf)).pages
        assert len(pages) == rendered.layout.page_count
        for page in pages:
            assert word in page.extract_text()


def _qr_key():
    from desktop.documents.keys import create_qr_key

    return create_qr_key()
