"""The acceptance notice promises the act the item's kind ends in, rendered and read back
with pdftotext as an applicant reads it: only a licence cites ALL art. 32 and art. 45."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace

import pytest

from desktop.documents.kinds.notices import AcceptanceNotice
from desktop.documents.model import DocumentType
from desktop.documents.produce import produce_document
from desktop.documents.samples import sample_documents, sample_issue
from desktop.domain.item_kinds import ItemKind

# (the act promised, words that must not appear) per kind.
WORDING = {
    ItemKind.LICENSING: ("二十个工作日内作出行政许可决定", ()),
    ItemKind.FILING: ("二十个工作日内完成备案", ("行政许可", "申请材料")),
    ItemKind.CONFIRMATION: ("二十个工作日内作出行政确认决定", ("行政许可",)),
    ItemKind.OTHER_POWER: ("二十个工作日内依法作出处理决定", ("行政许可",)),
    ItemKind.PUBLIC_SERVICE: ("二十个工作日内办理完毕", ("行政许可",)),
}


def _pdftotext(pdf: bytes) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler) is not installed")
    done = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
    return re.sub(r"\s+", "", done.stdout.decode())


@pytest.mark.parametrize("kind", list(ItemKind))
def test_the_acceptance_notice_promises_the_act_of_the_items_kind(keys, kind):
    sample = sample_documents()[DocumentType.ACCEPTANCE]
    assert isinstance(sample, AcceptanceNotice)
    notice = replace(sample, item_kind=kind)
    issue = sample_issue(DocumentType.ACCEPTANCE)
    text = _pdftotext(produce_document(notice, issue, signer=keys.signer, qr_key=keys.qr_key).pdf)
    promised, absent = WORDING[kind]
    assert promised in text and "并承诺在十个工作日内办结。" in text
    assert "本机关决定予以受理，受理日期为2026年3月3日。" in text
    licensing = kind is ItemKind.LICENSING
    assert ("《中华人民共和国行政许可法》第三十二条第一款第（五）项" in text) is licensing
    assert ("专家评审" in text) is licensing  # the pauses of ALL art. 45
    for words in absent:
        assert words not in text, (kind, words)
    assert not re.search(r"[，。；、]{2}", text)
