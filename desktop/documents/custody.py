"""Where the seal's private keys are kept, outside the shared database: on a PKCS#11 token
(`Token`) or in a passphrase-protected key file (`KeyFile`: the seal's PKCS#12 and, beside it,
the QR key as encrypted PKCS#8). Making, importing and opening them; the database keeps only
the certificates and public keys (`PublicKeys`). Opened keys are cached per process.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop.documents import token as tokens
from desktop.documents.errors import DocumentError
from desktop.documents.keys import (
    CertifiedKey,
    certificate_der,
    create_qr_key,
    create_root_ca,
    export_pkcs12,
    export_qr_key,
    import_pkcs12,
    import_qr_key,
    issue_seal_certificate,
)
from desktop.documents.qr_payload import QrSigningKey, key_id
from desktop.documents.signing import SealSigner


@dataclass(frozen=True)
class KeyFile:
    """A PKCS#12 file (the seal) and its QR key file beside it, under one passphrase."""

    path: Path
    passphrase: str = field(repr=False)

    @property
    def qr_path(self) -> Path:
        return self.path.with_name(self.path.stem + "-qr.pem")


@dataclass(frozen=True)
class Token:
    """A PKCS#11 token: its module (driver library), its label and the user PIN."""

    module: str
    label: str
    pin: str = field(repr=False)


KeyPlace = KeyFile | Token


@dataclass(frozen=True)
class PublicKeys:
    """What the database may keep of a set of keys."""

    certificate: x509.Certificate  # the seal's
    root: x509.Certificate
    qr_public: Ed25519PublicKey


class KeyFileMissing(DocumentError):
    code = "key_file_missing"


_cache: dict[tuple[KeyPlace, bytes, str], tuple[SealSigner, QrSigningKey, object]] = {}
_cache_lock = threading.Lock()


def _write_private(path: Path, data: bytes) -> None:
    """Written whole or not at all, readable by its owner only; an older file is kept aside."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        path.replace(path.with_name(f"{path.name}.replaced-{stamp}"))
    temporary = path.with_name(path.name + ".part")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as file:
        file.write(data)
    temporary.replace(path)


def write_key_file(place: KeyFile, seal: CertifiedKey, qr_key: Ed25519PrivateKey) -> None:
    _write_private(place.path, export_pkcs12(seal, place.passphrase))
    _write_private(place.qr_path, export_qr_key(qr_key, place.passphrase))


def _read_key_file(place: KeyFile) -> tuple[CertifiedKey, Ed25519PrivateKey]:
    if not place.path.exists() or not place.qr_path.exists():
        raise KeyFileMissing(
            "本机没有签章密钥文件（{path}），文书不能加盖签章：请在保管签章的电脑上制发，"
            "或把密钥文件及其备份放回原处",
            path=str(place.path),
        )
    try:
        seal = import_pkcs12(place.path.read_bytes(), place.passphrase)
        qr_key = import_qr_key(place.qr_path.read_bytes(), place.passphrase)
    except DocumentError:
        raise DocumentError(
            "签章密钥文件的口令不对，或文件已损坏：请核对口令（{path}）", path=str(place.path)
        ) from None
    return seal, qr_key


def make_keys(place: KeyPlace, organ_name: str, seal_text: str) -> PublicKeys:
    """A self-signed root (for trials), the seal certificate and the QR key, kept in `place`.
    The root's private key is used once, to issue the seal certificate, and then dropped."""
    root = create_root_ca(organ_name)
    if isinstance(place, Token):
        session = tokens.open_token(place.module, place.label, place.pin)
        certificate = issue_seal_certificate(
            root, tokens.generate_seal_key(session), organ_name, seal_text
        )
        return PublicKeys(certificate, root.certificate, tokens.generate_qr_key(session))
    seal_key = _software_seal_key()
    certificate = issue_seal_certificate(root, seal_key.public_key(), organ_name, seal_text)
    qr_key = create_qr_key()
    write_key_file(place, CertifiedKey(seal_key, certificate, (root.certificate,)), qr_key)
    return PublicKeys(certificate, root.certificate, qr_key.public_key())


def _software_seal_key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def import_keys(
    place: KeyPlace, seal: CertifiedKey, qr_public: Ed25519PublicKey | None
) -> PublicKeys:
    """The bureau's own seal certificate into `place`; the QR key stays if `place` holds the
    one named by `qr_public`, else a new one is made there."""
    root = seal.chain[-1] if seal.chain else seal.certificate
    if isinstance(place, Token):
        session = tokens.open_token(place.module, place.label, place.pin)
        tokens.import_seal_key(session, seal)
        qr = None
        if qr_public is not None:
            try:
                qr = tokens.qr_key_on_token(session, qr_public).public_key()
            except tokens.TokenError:
                qr = None
        return PublicKeys(seal.certificate, root, qr or tokens.generate_qr_key(session))
    qr_key: Ed25519PrivateKey | None = None
    if qr_public is not None and place.qr_path.exists():
        try:
            kept = import_qr_key(place.qr_path.read_bytes(), place.passphrase)
            qr_key = kept if key_id(kept.public_key()) == key_id(qr_public) else None
        except DocumentError:
            qr_key = None
    qr_key = qr_key or create_qr_key()
    write_key_file(place, seal, qr_key)
    return PublicKeys(seal.certificate, root, qr_key.public_key())


def open_keys(
    place: KeyPlace,
    certificate: x509.Certificate,
    chain: list[x509.Certificate],
    qr_public: Ed25519PublicKey,
) -> tuple[SealSigner, QrSigningKey]:
    """The seal signer and the QR key held in `place` for the bureau's current certificate
    (with the chain above it) and QR key, as the database names them; loaded once per
    process, and the token's session reused for every document."""
    fingerprint = hashlib.sha256(certificate_der(certificate)).digest()
    wanted = (place, fingerprint, key_id(qr_public))
    with _cache_lock:
        cached = _cache.get(wanted)
        if cached is not None and (
            not isinstance(place, Token)
            or cached[2] is tokens.current_session(place.module, place.label)
        ):
            return cached[0], cached[1]
        if isinstance(place, Token):
            session = tokens.open_token(place.module, place.label, place.pin)
            signer = SealSigner.with_signer(
                tokens.TokenSigner(session, certificate, chain), certificate
            )
            qr: QrSigningKey = tokens.qr_key_on_token(session, qr_public)
            handle: object = session
        else:
            seal, qr_key = _read_key_file(place)
            if certificate_der(seal.certificate) != certificate_der(certificate) or key_id(
                qr_key.public_key()
            ) != key_id(qr_public):
                raise DocumentError(
                    "本机签章密钥文件（{path}）不是本局当前的签章密钥：请使用保管人的密钥文件，"
                    "或由系统管理员重新生成或导入签章密钥",
                    path=str(place.path),
                )
            signer, qr, handle = SealSigner(seal), qr_key, None
        _cache[wanted] = (signer, qr, handle)
        return signer, qr


def forget_opened() -> None:
    """Drop every opened key (tests, or after the custodian changed the keys)."""
    with _cache_lock:
        _cache.clear()
