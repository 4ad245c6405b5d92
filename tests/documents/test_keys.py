"""Keys for trials: a root, a seal certificate fit for PAdES, PKCS#12 and the QR key."""

from __future__ import annotations

import pytest
from cryptography import x509

from desktop.documents.errors import DocumentError
from desktop.documents.keys import (
    create_qr_key,
    export_pkcs12,
    export_qr_key,
    import_pkcs12,
    import_qr_key,
)
from desktop.documents.qr_payload import key_id


def test_the_seal_certificate_is_fit_for_signing_documents(keys):
    certificate = keys.seal.certificate
    usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment  # nonRepudiation
    assert not certificate.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    assert certificate.issuer == keys.root.certificate.subject
    root_constraints = keys.root.certificate.extensions.get_extension_for_class(
        x509.BasicConstraints
    )
    assert root_constraints.value.ca


def test_pkcs12_round_trip_and_wrong_password(keys):
    data = export_pkcs12(keys.seal, "口令-2026")
    loaded = import_pkcs12(data, "口令-2026")
    assert loaded.certificate == keys.seal.certificate
    assert loaded.chain == (keys.root.certificate,)
    with pytest.raises(DocumentError, match="密码错误"):
        import_pkcs12(data, "wrong")


def test_qr_key_round_trip():
    key = create_qr_key()
    loaded = import_qr_key(export_qr_key(key, "pw"), "pw")
    assert key_id(loaded.public_key()) == key_id(key.public_key())
    with pytest.raises(DocumentError):
        import_qr_key(export_qr_key(key, "pw"), "nope")
