"""Keys made once per session, and every sample document rendered and signed once."""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import dataclass

import pypdf
import pytest

from desktop.documents.keys import (
    CertifiedKey,
    create_qr_key,
    create_root_ca,
    create_seal_certificate,
)
from desktop.documents.model import DocumentType
from desktop.documents.produce import IssuedDocument, produce_document
from desktop.documents.samples import BUREAU, sample_documents, sample_issue
from desktop.documents.signing import SealSigner


@dataclass(frozen=True)
class BureauKeys:
    root: CertifiedKey
    seal: CertifiedKey
    signer: SealSigner
    qr_key: object


@pytest.fixture(scope="session")
def keys() -> BureauKeys:
    root = create_root_ca(BUREAU.organ_name)
    seal = create_seal_certificate(root, BUREAU.organ_name, BUREAU.seal_text)
    return BureauKeys(root, seal, SealSigner(seal, location=BUREAU.address), create_qr_key())


@pytest.fixture(scope="session")
def issued(keys: BureauKeys) -> dict[DocumentType, IssuedDocument]:
    """Every document type, rendered from the samples, sealed and signed."""
    return {
        kind: produce_document(document, sample_issue(kind), signer=keys.signer, qr_key=keys.qr_key)
        for kind, document in sample_documents().items()
    }


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def render_png(pdf: bytes, page: int, dpi: int) -> bytes:
    """One page as PNG through poppler's pdftoppm, as a scanner or a viewer would see it."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler) is not installed")
    pages = ["-f", str(page), "-l", str(page)]
    result = subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", *pages, "-singlefile", "-"],
        input=pdf,
        capture_output=True,
        check=True,
    )
    return result.stdout
