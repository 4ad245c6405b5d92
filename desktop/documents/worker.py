"""A batch worker process's side of issuing: the bureau's signer loaded once, documents
produced on request. Free of the database and service layers, so that a spawned worker
imports only what rendering needs and starts quickly."""

from __future__ import annotations

from typing import Any

_signer: Any = None  # the loaded SealSigner and QR key, once per process
_qr_key: Any = None


def start(place: Any, certificate: bytes, root: bytes, qr_public: bytes, seal_text: str) -> None:
    """The pool's initializer: open the seal and QR keys where they are kept (the key file,
    or the token with one session for this process), for the bureau's current certificate."""
    global _signer, _qr_key
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    from desktop.documents.custody import open_keys

    _signer, _qr_key = open_keys(
        place,
        x509.load_der_x509_certificate(certificate),
        [x509.load_der_x509_certificate(root)],
        Ed25519PublicKey.from_public_bytes(qr_public),
    )
    _signer.reason = seal_text
    import desktop.documents.produce  # noqa: F401  (loaded now, not by the first document)


def produce(document: Any, issue: Any) -> tuple[bytes, str]:
    """The sealed, signed PDF and its content digest (hex)."""
    from desktop.documents.produce import produce_document

    produced = produce_document(document, issue, signer=_signer, qr_key=_qr_key)
    return produced.pdf, produced.content_digest.hex()


def ready() -> None:
    """Nothing: submitted first, so the workers start while the first chunk is read."""
