"""The seal and QR keys on a PKCS#11 token (the custodian's USB key or the bureau's HSM;
SoftHSM2 in tests): made or imported there, used there, never read out.

Objects are found by CKA_ID, derived from public data the database keeps: the seal key's id is
its certificate's subject key identifier, the QR key's id its key id (`qr_payload.key_id`).
One logged-in session per token and process, reused for every document (python-pkcs11 loads a
module once per process).
"""

from __future__ import annotations

import contextlib
import threading
from typing import Any

import pkcs11
from asn1crypto.core import OctetString
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.types import PublicKeyTypes
from pkcs11 import Attribute, KeyType, Mechanism, MechanismFlag, ObjectClass
from pkcs11.util.ec import (
    decode_ec_private_key,
    encode_ec_public_key,
    encode_named_curve_parameters,
)
from pkcs11.util.rsa import decode_rsa_private_key
from pyhanko.sign.pkcs11 import PKCS11Signer

from desktop.documents.cms_signer import TemplateSigning, asn1_certificate
from desktop.documents.errors import DocumentError
from desktop.documents.keys import CertifiedKey
from desktop.documents.qr_payload import key_id

SEAL_LABEL = "approval-desk-seal"
QR_LABEL = "approval-desk-qr"
_ED25519 = "1.3.101.112"
# Kept on the token, usable only after login, never readable nor exportable.
_PRIVATE = {
    Attribute.TOKEN: True,
    Attribute.PRIVATE: True,
    Attribute.SENSITIVE: True,
    Attribute.EXTRACTABLE: False,
    Attribute.SIGN: True,
}
_PUBLIC = {Attribute.TOKEN: True, Attribute.VERIFY: True}

_sessions: dict[tuple[str, str], Any] = {}
_lock = threading.Lock()


class TokenError(DocumentError):
    """The token cannot be used: not found, wrong PIN, key missing, or taken away."""

    code = "token_error"


def open_token(module: str, label: str, pin: str) -> Any:
    """The process's logged-in read-write session on the token labelled `label`."""
    with _lock:
        session = _sessions.get((module, label))
        if session is not None:
            return session
        try:
            library = pkcs11.lib(module)
        except (OSError, RuntimeError, pkcs11.PKCS11Error):
            raise TokenError(
                "无法加载签章令牌的驱动（PKCS#11 模块）“{module}”：请核对模块路径", module=module
            ) from None
        try:
            token = library.get_token(token_label=label)
        except (pkcs11.NoSuchToken, pkcs11.MultipleTokensReturned):
            raise TokenError(
                "找不到标签为“{label}”的签章令牌：请插入保管人的签章 U 盾，或核对令牌标签",
                label=label,
            ) from None
        try:
            session = token.open(user_pin=pin, rw=True)
        except pkcs11.PinIncorrect:
            raise TokenError(
                "签章令牌的 PIN 不对，未能登录：请重新输入", label=label, pin_wrong=True
            ) from None
        except pkcs11.PinLocked:
            raise TokenError(
                "签章令牌的 PIN 已被锁定：请令牌保管人用管理 PIN 解锁", label=label
            ) from None
        except pkcs11.PKCS11Error as error:
            raise TokenError(
                "无法登录签章令牌“{label}”：{reason}", label=label, reason=type(error).__name__
            ) from None
        _sessions[(module, label)] = session
        return session


def current_session(module: str, label: str) -> Any:
    """The cached session, if it is still open (None after the token was taken away)."""
    with _lock:
        return _sessions.get((module, label))


def forget_token(module: str, label: str) -> None:
    """Drop the cached session (the token was removed, or the PIN changed)."""
    with _lock:
        session = _sessions.pop((module, label), None)
    if session is not None:
        with contextlib.suppress(pkcs11.PKCS11Error):  # already gone with the token
            session.close()


def subject_key_id(public_key: PublicKeyTypes) -> bytes:
    return x509.SubjectKeyIdentifier.from_public_key(public_key).digest  # type: ignore[arg-type]


def generate_seal_key(session: Any) -> ec.EllipticCurvePublicKey:
    """A new ECDSA P-256 key pair on the token; its id is its subject key identifier."""
    parameters = session.create_domain_parameters(
        KeyType.EC, {Attribute.EC_PARAMS: encode_named_curve_parameters("secp256r1")}, local=True
    )
    public, private = parameters.generate_keypair(
        store=True,
        label=SEAL_LABEL,
        mechanism=Mechanism.EC_KEY_PAIR_GEN,
        public_template=_PUBLIC,
        private_template=_PRIVATE,
    )
    key = serialization.load_der_public_key(encode_ec_public_key(public))
    assert isinstance(key, ec.EllipticCurvePublicKey)
    identifier = subject_key_id(key)
    public[Attribute.ID] = identifier
    private[Attribute.ID] = identifier
    return key


def import_seal_key(session: Any, key: CertifiedKey) -> None:
    """Put a seal key from the bureau's CA (read from its PKCS#12) onto the token."""
    private = key.private_key
    if isinstance(private, ec.EllipticCurvePrivateKey):
        der = private.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        )
        attributes = decode_ec_private_key(der)
    elif isinstance(private, rsa.RSAPrivateKey):
        der = private.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        )
        attributes = decode_rsa_private_key(der, MechanismFlag.SIGN)
    else:
        raise TokenError("签章证书的密钥类型不受支持：请使用 ECDSA 或 RSA 证书", field="pkcs12")
    attributes.update(_PRIVATE)
    attributes[Attribute.LABEL] = SEAL_LABEL
    attributes[Attribute.ID] = subject_key_id(key.certificate.public_key())
    session.create_object(attributes)


def generate_qr_key(session: Any) -> Ed25519PublicKey:
    """A new Ed25519 key pair on the token (CKM_EDDSA); its id is its QR key id."""
    parameters = session.create_domain_parameters(
        KeyType.EC_EDWARDS,
        {Attribute.EC_PARAMS: encode_named_curve_parameters(_ED25519)},
        local=True,
    )
    public, private = parameters.generate_keypair(
        store=True,
        label=QR_LABEL,
        mechanism=Mechanism.EC_EDWARDS_KEY_PAIR_GEN,
        public_template=_PUBLIC,
        private_template=_PRIVATE,
    )
    key = _edwards_public(public)
    identifier = key_id(key).encode("ascii")
    public[Attribute.ID] = identifier
    private[Attribute.ID] = identifier
    return key


def _edwards_public(public: Any) -> Ed25519PublicKey:
    point = bytes(public[Attribute.EC_POINT])
    raw = point if len(point) == 32 else OctetString.load(point).native
    return Ed25519PublicKey.from_public_bytes(raw)


def _private_key(session: Any, identifier: bytes, *, seal: bool) -> Any:
    found = list(
        session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY, Attribute.ID: identifier})
    )
    if len(found) != 1:
        raise TokenError(
            "签章令牌上没有本局当前的签章私钥：请插入保管人的签章令牌，"
            "或由系统管理员在此令牌上重新生成或导入签章密钥"
            if seal
            else "签章令牌上没有本局当前的二维码密钥：请插入保管人的签章令牌，"
            "或由系统管理员在此令牌上重新生成或导入签章密钥"
        )
    return found[0]


class TokenQrKey:
    """The QR key on the token: signs with CKM_EDDSA; the public half is known."""

    def __init__(self, handle: Any, public: Ed25519PublicKey) -> None:
        self._handle = handle
        self._public = public

    def sign(self, data: bytes) -> bytes:
        try:
            return bytes(self._handle.sign(data, mechanism=Mechanism.EDDSA))
        except pkcs11.PKCS11Error as error:
            raise _away(error) from None

    def public_key(self) -> Ed25519PublicKey:
        return self._public


def qr_key_on_token(session: Any, public: Ed25519PublicKey) -> TokenQrKey:
    return TokenQrKey(_private_key(session, key_id(public).encode("ascii"), seal=False), public)


class TokenSigner(TemplateSigning, PKCS11Signer):
    """The seal key on the token; pyHanko's PKCS#11 signer with the CMS template."""

    def __init__(self, session: Any, certificate: x509.Certificate, chain: list) -> None:
        public = certificate.public_key()
        super().__init__(
            session,
            signing_cert=asn1_certificate(certificate),
            ca_chain=[asn1_certificate(c) for c in chain],
            key_id=subject_key_id(public),
            # SoftHSM2 and many tokens offer plain CKM_ECDSA only: hash here, sign there.
            use_raw_mechanism=isinstance(public, ec.EllipticCurvePublicKey),
        )
        self._templates = {}
        _private_key(session, subject_key_id(public), seal=True)  # a clear error now
        self._load_objects()

    async def async_sign_raw(self, data: bytes, digest_algorithm: str, dry_run=False) -> bytes:
        if dry_run:
            return await super().async_sign_raw(data, digest_algorithm, dry_run=True)
        # Signed in this thread: pyHanko's default hands each signature to an executor
        # thread, which costs more than the token's signature itself.
        spec = self._select_pkcs11_signing_params(digest_algorithm, self.sign_kwargs(data))
        if spec.pre_sign_transform is not None:
            data = spec.pre_sign_transform(data)
        try:
            signature = self._key_handle.sign(data, **spec.sign_kwargs)
        except pkcs11.PKCS11Error as error:
            raise _away(error) from None
        if spec.post_sign_transform is not None:
            signature = spec.post_sign_transform(signature)
        return signature


def _away(error: Exception) -> TokenError:
    with _lock:
        _sessions.clear()  # the next attempt opens the token afresh
    return TokenError(
        "签章令牌已不可用（{reason}），文书未加盖签章：请插回保管人的签章令牌后重试",
        reason=type(error).__name__,
    )
