"""The bureau's keys: a self-signed root, the seal certificate that signs PDFs, PKCS#12
import and export, and the Ed25519 key that signs QR codes. Pure functions, no storage."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.types import (
    CertificateIssuerPrivateKeyTypes,
    CertificatePublicKeyTypes,
)
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from desktop.documents.errors import DocumentError

# ECDSA P-256: accepted by PDF readers for PAdES and far cheaper to sign with than RSA.
_CURVE = ec.SECP256R1()


@dataclass(frozen=True)
class CertifiedKey:
    """A private key, its certificate, and the chain above it (root last)."""

    private_key: CertificateIssuerPrivateKeyTypes
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...] = ()


def _fit(text: str) -> str:
    """Names in certificates are limited to 64 (UTF-8 bytes, as cryptography counts)."""
    while len(text.encode("utf-8")) > 64:
        text = text[:-1]
    return text


def _name(common_name: str, organ_name: str, unit: str = "") -> x509.Name:
    attributes = [
        x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, _fit(organ_name)),
    ]
    if unit:
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, _fit(unit)))
    attributes.append(x509.NameAttribute(NameOID.COMMON_NAME, _fit(common_name)))
    return x509.Name(attributes)


def _key_usage(*, sign_documents: bool, sign_certificates: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=sign_documents,
        content_commitment=sign_documents,  # nonRepudiation: what PAdES signers carry
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=sign_certificates,
        crl_sign=sign_certificates,
        encipher_only=False,
        decipher_only=False,
    )


def _now(now: dt.datetime | None) -> dt.datetime:
    return now or dt.datetime.now(dt.UTC)


def create_root_ca(
    organ_name: str, *, years: int = 20, now: dt.datetime | None = None
) -> CertifiedKey:
    """A self-signed root for trials; a bureau with a real CA imports a PKCS#12 instead."""
    key = ec.generate_private_key(_CURVE)
    name = _name("审批工作台根证书", organ_name)
    start = _now(now) - dt.timedelta(minutes=5)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + dt.timedelta(days=365 * years))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_key_usage(sign_documents=False, sign_certificates=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return CertifiedKey(key, certificate)


def create_seal_certificate(
    root: CertifiedKey,
    organ_name: str,
    seal_text: str,
    *,
    years: int = 5,
    now: dt.datetime | None = None,
) -> CertifiedKey:
    """A new seal key and its certificate, issued by `root` (the key in memory)."""
    key = ec.generate_private_key(_CURVE)
    certificate = issue_seal_certificate(
        root, key.public_key(), organ_name, seal_text, years=years, now=now
    )
    return CertifiedKey(key, certificate, (root.certificate, *root.chain))


def issue_seal_certificate(
    root: CertifiedKey,
    public_key: CertificatePublicKeyTypes,
    organ_name: str,
    seal_text: str,
    *,
    years: int = 5,
    now: dt.datetime | None = None,
) -> x509.Certificate:
    """The certificate the seal signs PDFs with, for a key held anywhere (a token too)."""
    start = _now(now) - dt.timedelta(minutes=5)
    end = min(start + dt.timedelta(days=365 * years), root.certificate.not_valid_after_utc)
    root_key_id = x509.SubjectKeyIdentifier.from_public_key(root.private_key.public_key())
    return (
        x509.CertificateBuilder()
        .subject_name(_name(organ_name, organ_name, seal_text))
        .issuer_name(root.certificate.subject)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(sign_documents=True, sign_certificates=False), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION, _DOCUMENT_SIGNING]),
            critical=False,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(root_key_id),
            critical=False,
        )
        .sign(root.private_key, hashes.SHA256())
    )


# id-kp-documentSigning (RFC 9336).
_DOCUMENT_SIGNING = x509.ObjectIdentifier("1.3.6.1.5.5.7.3.36")


def export_pkcs12(key: CertifiedKey, password: str, friendly_name: str = "seal") -> bytes:
    """PKCS#12 bytes holding the key, its certificate and chain, encrypted with `password`."""
    return pkcs12.serialize_key_and_certificates(
        friendly_name.encode("utf-8"),
        key.private_key,
        key.certificate,
        list(key.chain) or None,
        serialization.BestAvailableEncryption(password.encode("utf-8")),
    )


def import_pkcs12(data: bytes, password: str) -> CertifiedKey:
    """Load a PKCS#12 file; a wrong password or a file without a key is a clear error."""
    try:
        private_key, certificate, chain = pkcs12.load_key_and_certificates(
            data, password.encode("utf-8")
        )
    except ValueError:
        raise DocumentError("无法读取证书文件：密码错误或文件已损坏", field="pkcs12") from None
    if private_key is None or certificate is None:
        raise DocumentError("证书文件中没有私钥或签名证书", field="pkcs12")
    return CertifiedKey(private_key, certificate, tuple(chain))


def create_qr_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def export_qr_key(key: Ed25519PrivateKey, password: str) -> bytes:
    """The QR key as encrypted PKCS#8 PEM."""
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(password.encode("utf-8")),
    )


def import_qr_key(pem: bytes, password: str) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(pem, password.encode("utf-8"))
    except (ValueError, TypeError):
        raise DocumentError("无法读取二维码密钥：密码错误或文件已损坏", field="qr_key") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise DocumentError("二维码密钥须为 Ed25519 密钥", field="qr_key")
    return key


def certificate_der(certificate: x509.Certificate) -> bytes:
    return certificate.public_bytes(serialization.Encoding.DER)
