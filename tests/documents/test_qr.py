"""The QR code on licences and decisions: it scans, it verifies, and edits are caught."""

from __future__ import annotations

import base64
import io
import json
from dataclasses import replace
from datetime import date

import pytest

from desktop.documents.keys import create_qr_key
from desktop.documents.model import DocumentType, Marking, QrSubject
from desktop.documents.qr_payload import (
    DIGEST_BYTES,
    QrStatus,
    mask_id,
    sign_qr_json,
    sign_qr_payload,
    sign_qr_payload_v2,
    verify_qr_payload,
)
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
    assert fields.holder_id == "916105********0R2X"  # masked: first 6 and last 4
    assert fields.item == "建设工程规划许可证核发"
    assert fields.issued_on == sample_issue(kind).issued_on
    assert str(fields.valid_until) == "2027-03-19"
    assert fields.content_digest == record_digest(document.rendered.record)[:DIGEST_BYTES]
    assert "91610502MA6Y4N0R2X" not in document.qr_text
    # About 200 (issue 18): version 3, binary, base64url; this holder and item are long.
    assert len(document.qr_text) <= 206


def test_only_licences_and_decisions_carry_a_qr(issued):
    for kind, document in issued.items():
        assert (document.qr_text is not None) == kind.carries_qr
        assert (document.rendered.layout.qr is not None) == kind.carries_qr


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def test_an_edited_payload_is_tampered(issued, keys):
    text = issued[DocumentType.LICENCE].qr_text
    data = bytearray(_unb64(text))
    data[7] ^= 0x01  # the validity end's low byte: a day off
    verdict = verify_qr_payload(_b64(bytes(data)), [keys.qr_key.public_key()])
    assert verdict.status is QrStatus.TAMPERED
    assert verdict.fields.valid_until in (date(2027, 3, 18), date(2027, 3, 20))


def test_version_2_codes_printed_before_keep_verifying(keys):
    """Version 2 (binary, 16-byte hash, whole key id), printed before version 3."""
    kind = DocumentType.LICENCE
    document, issue = sample_documents()[kind], sample_issue(kind)
    record = render_document(document, issue, qr_key=keys.qr_key).record
    text = sign_qr_payload_v2(
        keys.qr_key, kind, issue.number, issue.issued_on, document.qr_subject(), record
    )
    verdict = verify_qr_payload(text, [keys.qr_key.public_key()], record=record)
    assert verdict.status is QrStatus.VALID and len(text) > 230
    assert verdict.fields.holder_id == "916105********0R2X"
    assert verdict.fields.number == issue.number and str(verdict.fields.valid_until) == "2027-03-19"
    data = bytearray(_unb64(text))
    data[12] ^= 0x01  # version 2's validity end, low byte
    assert verify_qr_payload(_b64(bytes(data)), [keys.qr_key.public_key()]).status is (
        QrStatus.TAMPERED
    )


@pytest.mark.parametrize(
    ("number", "compact"),
    [("渭高审批〔2026〕0001号", True), ("渭高审批〔2026〕65535号", False), ("XK-2026-7", False)],
)
def test_numbers_round_trip_compact_or_as_text(keys, number, compact):
    subject = QrSubject("渭南测试有限公司", "91610502MA6Y4N0R2X", "食品经营许可", None)
    text = sign_qr_payload(
        keys.qr_key, DocumentType.GRANT, number, date(2026, 1, 2), subject, b"{}"
    )
    verdict = verify_qr_payload(text, [keys.qr_key.public_key()], record=b"{}")
    assert verdict.status is QrStatus.VALID and verdict.fields.number == number
    assert (number.encode("gb18030") not in _unb64(text)) is compact  # else as text


def test_an_edited_json_payload_is_tampered(keys):
    """Version 1 (JSON) codes, printed before version 2, keep verifying, and edits show."""
    kind = DocumentType.LICENCE
    document, issue = sample_documents()[kind], sample_issue(kind)
    record = render_document(document, issue, qr_key=keys.qr_key).record
    text = sign_qr_json(
        keys.qr_key, kind, issue.number, issue.issued_on, document.qr_subject(), record
    )
    verdict = verify_qr_payload(text, [keys.qr_key.public_key()], record=record)
    assert verdict.status is QrStatus.VALID
    assert verdict.fields.holder_id == "91610502MA6Y4N0R2X"
    body = json.loads(text)
    body["u"] = "2099-12-31"
    edited = json.dumps(body, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    verdict = verify_qr_payload(edited, [keys.qr_key.public_key()])
    assert verdict.status is QrStatus.TAMPERED


@pytest.mark.parametrize("position", [0, 40, 100, 150, 200, -2, -1])
def test_one_character_changed_is_never_valid(issued, keys, position):
    text = issued[DocumentType.LICENCE].qr_text
    index = position % len(text)
    changed = text[:index] + ("A" if text[index] != "A" else "B") + text[index + 1 :]
    verdict = verify_qr_payload(changed, [keys.qr_key.public_key()])
    assert verdict.status in (QrStatus.TAMPERED, QrStatus.MALFORMED, QrStatus.UNKNOWN_SIGNER)


def test_the_verification_address_carries_the_payload(keys):
    kind = DocumentType.LICENCE
    document, issue = sample_documents()[kind], sample_issue(kind)
    bureau = replace(issue.bureau, verify_url="https://zwfw.example.gov.cn/yz/")
    addressed = render_document(document, replace(issue, bureau=bureau), qr_key=keys.qr_key)
    bare = render_document(document, issue, qr_key=keys.qr_key)
    assert addressed.qr_text == "https://zwfw.example.gov.cn/yz/#" + bare.qr_text
    assert addressed.record == bare.record  # the address is no part of the content
    trusted = [keys.qr_key.public_key()]
    assert verify_qr_payload(addressed.qr_text, trusted).status is QrStatus.VALID
    escaped = addressed.qr_text.replace("-", "%2D")
    assert verify_qr_payload(escaped, trusted).status is QrStatus.VALID


@pytest.mark.parametrize(
    ("holder", "identifier", "masked"),
    [
        ("𬌗龘（个体）", "61010219900101001X", "610102********001X"),
        ("张三", "12345", "12345"),
        ("Ａ公司 & Co.", "9161050212", "9161050212"),
    ],
)
def test_fields_round_trip_in_gb18030(keys, holder, identifier, masked):
    subject = QrSubject(holder, identifier, "食品经营许可（新办）", None)
    text = sign_qr_payload(
        keys.qr_key, DocumentType.RESULT_NOTICE, "渭高〔2026〕9号", date(2026, 1, 2), subject, b"{}"
    )
    verdict = verify_qr_payload(text, [keys.qr_key.public_key()], record=b"{}")
    assert verdict.status is QrStatus.VALID
    fields = verdict.fields
    assert (fields.holder, fields.holder_id, fields.item) == (holder, masked, subject.item)
    assert fields.document_type is DocumentType.RESULT_NOTICE  # a type outside the table
    assert fields.valid_until is None
    assert mask_id(identifier) == masked


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


@pytest.mark.parametrize(
    "text",
    ["", "hello", "{}", '{"v":2}', "[1,2]", '{"v":1,"t":"x"}', "AgQB", "https://a.cn/#", "A" * 130],
)
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


@pytest.mark.parametrize("holder", ["张三", "渭南测试有限公司", "渭南市秦东建筑工程有限公司"])
def test_no_other_last_character_is_valid(keys, holder):
    """base64url's last character may carry unused bits: only the canonical text verifies."""
    subject = QrSubject(holder, "91610502MA6Y4N0R2X", "食品经营许可", None)
    text = sign_qr_payload(
        keys.qr_key, DocumentType.GRANT, "渭高审批〔2026〕0001号", date(2026, 1, 2), subject, b"{}"
    )
    trusted = [keys.qr_key.public_key()]
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    for char in alphabet.replace(text[-1], ""):
        assert verify_qr_payload(text[:-1] + char, trusted).status is not QrStatus.VALID
