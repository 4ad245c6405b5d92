"""Keys kept on a PKCS#11 token (SoftHSM2) or in a key file: made there, signing there, and
never readable from there."""

from __future__ import annotations

import pytest
from pkcs11 import Attribute, ObjectClass
from pkcs11.exceptions import AttributeSensitive

from desktop.documents import token as tokens
from desktop.documents.custody import KeyFile, Token, make_keys, open_keys
from desktop.documents.errors import DocumentError
from desktop.documents.model import DocumentType
from desktop.documents.produce import produce_document
from desktop.documents.qr_payload import QrStatus, verify_qr_payload
from desktop.documents.samples import BUREAU, sample_documents, sample_issue
from desktop.documents.verify import PdfStatus, verify_pdf


@pytest.fixture
def token(soft_token) -> Token:
    return Token(soft_token.module, soft_token.label, soft_token.pin)


def _issue(place):
    keys = make_keys(place, BUREAU.organ_name, BUREAU.seal_text)
    signer, qr_key = open_keys(place, keys.certificate, [keys.root], keys.qr_public)
    kind = DocumentType.LICENCE
    issued = produce_document(
        sample_documents()[kind], sample_issue(kind), signer=signer, qr_key=qr_key
    )
    return keys, issued


def test_a_token_signs_the_pdf_and_the_qr_and_its_keys_cannot_be_read(token):
    keys, issued = _issue(token)
    verdict = verify_pdf(issued.pdf, [keys.root])
    assert verdict.status is PdfStatus.VALID, verdict.detail
    qr = verify_qr_payload(issued.qr_text, [keys.qr_public], record=issued.rendered.record)
    assert qr.status is QrStatus.VALID  # Ed25519 (CKM_EDDSA) on SoftHSM2
    session = tokens.open_token(token.module, token.label, token.pin)
    private = list(session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY}))
    assert private
    for key in private:
        assert key[Attribute.SENSITIVE] and not key[Attribute.EXTRACTABLE]
        with pytest.raises(AttributeSensitive):
            key[Attribute.VALUE]


def test_a_wrong_pin_or_label_is_a_clear_refusal(soft_token):
    with pytest.raises(tokens.TokenError, match=r"找不到标签为.*的签章令牌"):
        tokens.open_token(soft_token.module, "no-such-label", "1")
    tokens.forget_token(soft_token.module, soft_token.label)
    with pytest.raises(tokens.TokenError, match="PIN 不对"):
        tokens.open_token(soft_token.module, soft_token.label, "000000")


def test_a_key_file_signs_and_refuses_keys_that_are_not_the_bureau_s(tmp_path):
    place = KeyFile(tmp_path / "seal.p12", "口令")
    keys, issued = _issue(place)
    assert verify_pdf(issued.pdf, [keys.root]).status is PdfStatus.VALID
    other = make_keys(KeyFile(tmp_path / "other.p12", "口令"), "别局", "章")
    with pytest.raises(DocumentError, match="不是本局当前的签章密钥"):
        open_keys(place, other.certificate, [other.root], other.qr_public)
    with pytest.raises(DocumentError, match="口令不对"):
        open_keys(KeyFile(place.path, "错"), keys.certificate, [keys.root], keys.qr_public)
