"""A batch worker process's side of issuing: the bureau's signer loaded once, documents
produced on request. Free of the database and service layers, so that a spawned worker
imports only what rendering needs and starts quickly."""

from __future__ import annotations

from typing import Any

_signer: Any = None  # the loaded SealSigner and QR key, once per process
_qr_key: Any = None


def start(pkcs12: bytes, secret: str, seal_text: str, qr_key_pem: bytes) -> None:
    """The pool's initializer: load the seal certificate and the QR key."""
    global _signer, _qr_key
    from desktop.documents.keys import import_qr_key
    from desktop.documents.signing import SealSigner

    _signer = SealSigner.from_pkcs12(pkcs12, secret)
    _signer.reason = seal_text
    _qr_key = import_qr_key(qr_key_pem, secret)
    import desktop.documents.produce  # noqa: F401  (loaded now, not by the first document)


def produce(document: Any, issue: Any) -> tuple[bytes, str]:
    """The sealed, signed PDF and its content digest (hex)."""
    from desktop.documents.produce import produce_document

    produced = produce_document(document, issue, signer=_signer, qr_key=_qr_key)
    return produced.pdf, produced.content_digest.hex()


def ready() -> None:
    """Nothing: submitted first, so the workers start while the first chunk is read."""
