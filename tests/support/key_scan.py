"""Finding private key material in what a login can read: every text, bytes or JSON value is
tried as a key (PEM, DER PKCS#8, encrypted PKCS#8, PKCS#12, also base64-wrapped)."""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import re
from collections.abc import Iterable

from asn1crypto import keys as asn1_keys
from asn1crypto import pkcs12 as asn1_pkcs12
from cryptography.hazmat.primitives.serialization import (
    load_der_private_key,
    load_pem_private_key,
    pkcs12,
)

_BASE64 = re.compile(rb"[A-Za-z0-9+/_-]{40,}={0,2}")
_PEM = re.compile(rb"-----BEGIN [A-Z ]*PRIVATE KEY-----")
PASSWORDS = (None, b"", b"approval-desk-trial")


def _candidates(blob: bytes) -> Iterable[bytes]:
    yield blob
    for run in _BASE64.findall(blob):
        for decode in (base64.b64decode, base64.urlsafe_b64decode):
            with contextlib.suppress(binascii.Error, ValueError):
                yield decode(run + b"=" * (-len(run) % 4))


def _strict(kind, data: bytes) -> bool:
    try:
        parsed = kind.load(data, strict=True)
        parsed.native  # noqa: B018  (parses every field)
    except (ValueError, TypeError):
        return False
    return True


def looks_like_key(data: bytes) -> str | None:
    """What kind of private key material `data` is, or None."""
    if _PEM.search(data):
        return "PEM private key"
    if _strict(asn1_pkcs12.Pfx, data):
        return "PKCS#12"
    if _strict(asn1_keys.EncryptedPrivateKeyInfo, data):
        return "encrypted PKCS#8"
    if _strict(asn1_keys.PrivateKeyInfo, data):
        return "PKCS#8"
    for password in PASSWORDS:
        try:
            load_der_private_key(data, password)
            return "DER private key"
        except (ValueError, TypeError):
            pass
        try:
            load_pem_private_key(data, password)
            return "PEM private key"
        except (ValueError, TypeError):
            pass
        try:
            key, _, _ = pkcs12.load_key_and_certificates(data, password)
            if key is not None:
                return "PKCS#12"
        except (ValueError, TypeError):
            pass
    return None


def _blobs(value: object) -> Iterable[bytes]:
    if value is None:
        return
    if isinstance(value, bytes | bytearray | memoryview):
        yield bytes(value)
    elif isinstance(value, str):
        yield value.encode("utf-8")
        with contextlib.suppress(ValueError, TypeError):
            yield from _blobs(json.loads(value))
    elif isinstance(value, dict):
        for item in value.values():
            yield from _blobs(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _blobs(item)


def key_material(value: object) -> str | None:
    """The first piece of private key material found in a stored value, if any."""
    for blob in _blobs(value):
        for candidate in _candidates(blob):
            found = looks_like_key(candidate)
            if found:
                return found
    return None
