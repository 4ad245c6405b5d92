"""The PAdES seal signature: valid as issued; any change, or a foreign seal, is caught."""

from __future__ import annotations

import io

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader

from desktop.documents.keys import create_root_ca, create_seal_certificate
from desktop.documents.model import DocumentType, Marking
from desktop.documents.produce import produce_document
from desktop.documents.qr_payload import QrStatus, verify_qr_payload
from desktop.documents.samples import BUREAU, sample_documents, sample_issue
from desktop.documents.signing import SealSigner
from desktop.documents.verify import PdfStatus, verify_pdf


@pytest.mark.parametrize("kind", list(DocumentType))
def test_every_issued_document_verifies(issued, keys, kind):
    verdict = verify_pdf(issued[kind].pdf, [keys.root.certificate])
    assert verdict.status is PdfStatus.VALID, verdict.detail
    assert BUREAU.organ_name in verdict.signer
    assert verdict.record.record == issued[kind].rendered.record


def test_the_signature_is_a_certification_with_the_seal_as_its_appearance(issued):
    document = issued[DocumentType.LICENCE]
    reader = PdfFileReader(io.BytesIO(document.pdf))
    (signature,) = reader.embedded_signatures
    assert signature.docmdp_level.name == "NO_CHANGES"
    widget = (
        signature.sig_field["/Kids"][0] if "/Kids" in signature.sig_field else signature.sig_field
    )
    rect = [float(v) for v in widget["/Rect"]]
    assert rect == pytest.approx(list(document.rendered.layout.seal.box), abs=0.01)
    appearance = widget["/AP"]["/N"]
    assert b"/Seal Do" in appearance.data or b"Do" in appearance.data


def test_the_pdf_carries_a_qr_that_matches_its_own_record(issued, keys):
    verdict = verify_pdf(issued[DocumentType.GRANT].pdf, [keys.root.certificate])
    record = verdict.record
    qr = verify_qr_payload(record.qr_text, [keys.qr_key.public_key()], record=record.record)
    assert qr.status is QrStatus.VALID


def test_a_flipped_byte_is_tampered(issued, keys):
    pdf = bytearray(issued[DocumentType.LICENCE].pdf)
    # A byte inside the page content stream, well before the signature.
    pdf[len(pdf) // 4] ^= 0x01
    assert verify_pdf(bytes(pdf), [keys.root.certificate]).status is PdfStatus.TAMPERED


def test_an_appended_incremental_update_is_tampered(issued, keys):
    writer = IncrementalPdfFileWriter(io.BytesIO(issued[DocumentType.LICENCE].pdf))
    writer.root["/ApprovalDeskNote"] = generic.TextStringObject("改过")
    writer.update_root()
    output = io.BytesIO()
    writer.write(output)
    verdict = verify_pdf(output.getvalue(), [keys.root.certificate])
    assert verdict.status is PdfStatus.TAMPERED


def test_a_foreign_certificate_is_an_unknown_signer(keys):
    stranger = create_root_ca("某某伪造局")
    foreign = SealSigner(create_seal_certificate(stranger, "某某伪造局", "审批专用章"))
    kind = DocumentType.LICENCE
    issued = produce_document(
        sample_documents()[kind], sample_issue(kind), signer=foreign, qr_key=keys.qr_key
    )
    assert verify_pdf(issued.pdf, [keys.root.certificate]).status is PdfStatus.UNKNOWN_SIGNER
    assert verify_pdf(issued.pdf, [stranger.certificate]).status is PdfStatus.VALID


def test_an_unsigned_pdf_and_garbage_are_refused(issued, keys):
    unsigned = issued[DocumentType.LICENCE].rendered.pdf
    assert verify_pdf(unsigned, [keys.root.certificate]).status is PdfStatus.UNSIGNED
    assert verify_pdf(b"not a pdf", [keys.root.certificate]).status is PdfStatus.TAMPERED


def test_a_void_document_verifies_as_void(keys):
    kind = DocumentType.REJECTION
    issued = produce_document(
        sample_documents()[kind],
        sample_issue(kind),
        signer=keys.signer,
        qr_key=keys.qr_key,
        marking=Marking.VOID,
    )
    assert verify_pdf(issued.pdf, [keys.root.certificate]).status is PdfStatus.VOID


def test_signing_does_not_grow_from_document_to_document(keys):
    kind = DocumentType.LICENCE
    sizes = {
        len(
            produce_document(
                sample_documents()[kind], sample_issue(kind), signer=keys.signer, qr_key=keys.qr_key
            ).pdf
        )
        for _ in range(3)
    }
    assert max(sizes) - min(sizes) < 64
