"""One call from a document's data to the signed PDF a clerk prints."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.documents.model import Issue, Marking
from desktop.documents.qr_payload import QrSigningKey
from desktop.documents.render import Document, RenderedDocument, render_document
from desktop.documents.signing import SealSigner


@dataclass(frozen=True)
class IssuedDocument:
    pdf: bytes  # sealed and signed
    rendered: RenderedDocument  # the unsigned PDF, its record, QR text and layout

    @property
    def content_digest(self) -> bytes:
        return self.rendered.content_digest

    @property
    def qr_text(self) -> str | None:
        return self.rendered.qr_text


def produce_document(
    document: Document,
    issue: Issue,
    *,
    signer: SealSigner,
    qr_key: QrSigningKey | None,
    marking: Marking = Marking.ORIGINAL,
) -> IssuedDocument:
    """Render, seal and sign: what `document issue` and the clerk's action both store."""
    rendered = render_document(document, issue, marking=marking, qr_key=qr_key)
    return IssuedDocument(signer.sign(rendered.pdf, rendered.layout.seal), rendered)
