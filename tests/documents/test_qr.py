"""The QR code on licences and decisions: it scans, it verifies, and edits are caught."""

from __future__ import annotations

import io
import json

import pytest

from desktop.documents.keys import create_qr_key
from desktop.documents.model import DocumentType, Marking
from desktop.documents.qr_payload import QrStatus, verify_qr_payload
from desktop.documents.record import record_digest
from desktop.documents.render import render_document
from desktop.documents.samples import sample_documents, sample_issue
from tests.documents.conftest import render_png

zxingcpp = pytest.importorskip("zxingcpp")
Image = pytest.importorskip("PIL.Image")


def _scan(pdf: bytes, page: int) -> list[str]:
    image = Image.open(io.BytesIO(render_png(pdf, page, dpi=120)))
    return [found.text for found in zxingcpp.read_barcodes(image)]


@pytest.mark.parametrize("kind", [DocumentType.LICENCE, DocumentType.GRANT])
def test_the_printed_qr_scans_and_verifies(issued, keys, kind):
    document = issued[kind]
    page = document.rendered.layout.qr.page_index + 1
    assert _scan(document.pdf, page) == [document.qr_text]
    verdict = verify_qr_payload(
        document.qr_text, [keys.qr_key.public_key()], record=document.rendered.record
    )
    assert verdict.status is QrStatus.VALID
    fields = verdict.fields
    assert fields.document_type is kind
    assert fields.number == sample_issue(kind).number
    assert fields.holder == "渭南市秦东建筑工程有限公司"
    assert fields.holder_id == "91610502MA6Y4N0R2X"
    assert fields.item == "建设工程规划许可证核发"
    assert fields.issued_on == sample_issue(kind).issued_on
    assert str(fields.valid_until) == "2027-03-19"
    assert fields.content_digest == record_digest(document.rendered.record)


def test_only_licences_and_decisions_carry_a_qr(issued):
    for kind, document in issued.items():
        assert (document.qr_text is not None) == kind.carries_qr
        assert (document.rendered.layout.qr is not None) == kind.carries_qr


def test_an_edited_payload_is_tampered(issued, keys):
    text = issued[DocumentType.LICENCE].qr_text
    body = json.loads(text)
    body["u"] = "2099-12-31"
    edited = json.dumps(body, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    verdict = verify_qr_payload(edited, [keys.qr_key.public_key()])
    assert verdict.status is QrStatus.TAMPERED


def test_a_payload_for_other_content_is_tampered(issued, keys):
    licence, grant = issued[DocumentType.LICENCE], issued[DocumentType.GRANT]
    verdict = verify_qr_payload(
        licence.qr_text, [keys.qr_key.public_key()], record=grant.rendered.record
    )
    assert verdict.status is QrStatus.TAMPERED


def test_a_foreign_key_is_an_unknown_signer(issued):
    verdict = verify_qr_payload(
        issued[DocumentType.LICENCE].qr_text, [create_qr_key().public_key()]
    )
    assert verdict.status is QrStatus.UNKNOWN_SIGNER


@pytest.mark.parametrize("text", ["", "hello", "{}", '{"v":2}', "[1,2]", '{"v":1,"t":"x"}'])
def test_other_text_is_malformed(keys, text):
    assert verify_qr_payload(text, [keys.qr_key.public_key()]).status is QrStatus.MALFORMED


def test_a_void_print_says_so_and_a_copy_keeps_the_content_hash(keys):
    kind = DocumentType.LICENCE
    document, issue = sample_documents()[kind], sample_issue(kind)
    trusted = [keys.qr_key.public_key()]
    original = render_document(document, issue, qr_key=keys.qr_key)
    void = render_document(document, issue, marking=Marking.VOID, qr_key=keys.qr_key)
    copy = render_document(document, issue, marking=Marking.COPY, qr_key=keys.qr_key)
    assert verify_qr_payload(void.qr_text, trusted).status is QrStatus.VOID
    copy_verdict = verify_qr_payload(copy.qr_text, trusted, record=original.record)
    assert copy_verdict.status is QrStatus.VALID
    assert copy_verdict.fields.marking is Marking.COPY
    assert copy.content_digest == original.content_digest


@pytest.mark.parametrize("size", [1, 120, 361, 409, 480])
def test_the_fast_matrix_is_the_one_qrcode_makes(size):
    import qrcode

    from desktop.documents.qr import QR_MASK, QR_VERSION, qr_matrix

    text = ("渭高审批〔2026〕0001号" * 40)[: size // 3] + "x" * (size % 3)
    stock = qrcode.QRCode(
        version=QR_VERSION,
        error_correction=qrcode.constants.ERROR_CORRECT_M,
        border=0,
        mask_pattern=QR_MASK,
    )
    stock.add_data(text.encode("utf-8"), optimize=0)
    stock.make(fit=True)
    assert qr_matrix(text) == stock.get_matrix()
