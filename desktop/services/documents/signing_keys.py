"""The bureau's signing keys, kept in the database so every clerk's PC signs the same way.

Stored in the settings table: the seal's PKCS#12 and the QR key, both encrypted with the
key passphrase (`APPROVAL_DESK_KEY_PASSPHRASE`; trial keys made without one use a fixed,
documented trial passphrase and are marked as trial keys), and the trust list: every root
certificate and QR public key the bureau has used, so documents signed before a key change
still verify. Loaded keys are cached per process (pyHanko signing is the costly part).
"""

from __future__ import annotations

import base64
import os
import threading
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy.orm import Session

from desktop.data.models import Setting
from desktop.documents.errors import DocumentError
from desktop.documents.keys import (
    certificate_der,
    create_qr_key,
    create_root_ca,
    create_seal_certificate,
    export_pkcs12,
    export_qr_key,
    import_pkcs12,
    import_qr_key,
)
from desktop.documents.qr_payload import key_id, public_key_bytes
from desktop.documents.signing import SealSigner
from desktop.domain.actor import Actor
from desktop.domain.enums import Role
from desktop.domain.errors import DomainError
from desktop.domain.guards import NotAllowed
from desktop.services import audit
from desktop.services.bureau import load_profile

KEYS_SETTING = "signing_keys"
TRUST_SETTING = "signing_trust"
PASSPHRASE_VARIABLE = "APPROVAL_DESK_KEY_PASSPHRASE"
TRIAL_PASSPHRASE = "approval-desk-trial"  # trial keys only: they protect nothing


class KeysMissing(DomainError):
    code = "keys_missing"


class KeysExist(DomainError):
    code = "keys_exist"


@dataclass(frozen=True)
class Signing:
    signer: SealSigner
    qr_key: Ed25519PrivateKey
    fingerprint: str


@dataclass(frozen=True)
class Trust:
    roots: list[x509.Certificate]
    qr_keys: dict[str, Ed25519PublicKey]


_cache: dict[str, Signing] = {}
_cache_lock = threading.Lock()


def passphrase() -> str:
    return os.environ.get(PASSPHRASE_VARIABLE, "")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text)


def _setting(session: Session, key: str) -> dict[str, Any] | None:
    row = session.get(Setting, key)
    return None if row is None else dict(row.value)


def _store(session: Session, key: str, value: dict[str, Any]) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def _require_admin(actor: Actor) -> None:
    if not actor.has(Role.ADMIN):
        raise NotAllowed("只有系统管理员可以生成或导入签章密钥")


def init_keys(session: Session, actor: Actor, *, replace: bool = False) -> str:
    """Make a self-signed root, the seal certificate and the QR key (for trials)."""
    _require_admin(actor)
    if _setting(session, KEYS_SETTING) is not None and not replace:
        raise DomainError("签章密钥已经存在：如确需更换，请加 --replace（旧文书仍可验证）")
    profile = load_profile(session)
    root = create_root_ca(profile.organ_name)
    seal = create_seal_certificate(root, profile.organ_name, profile.seal_text)
    return _save(session, actor, export_pkcs12(seal, _secret()), create_qr_key(), root.certificate)


def init_trial_keys(session: Session, actor: Actor) -> str:
    """The admin window's button: trial keys, made as `keys init` makes them, only while the
    bureau has none (replacing keys in use is a deliberate step: importing the seal)."""
    _require_admin(actor)
    if _setting(session, KEYS_SETTING) is not None:
        raise KeysExist(
            "本局已有签章密钥，未生成新的试用密钥：现有密钥继续有效；"
            "如需改用本局的正式证书，请点“导入签章证书…”"
        )
    return init_keys(session, actor)


def import_seal(session: Session, actor: Actor, pkcs12: bytes, password: str) -> str:
    """Use a seal certificate from the bureau's CA (PKCS#12) instead of the trial one."""
    _require_admin(actor)
    key = import_pkcs12(pkcs12, password)
    root = key.chain[-1] if key.chain else key.certificate
    existing = _setting(session, KEYS_SETTING)
    qr_key = (
        import_qr_key(_unb64(existing["qr_key"]), _secret(existing))
        if existing
        else create_qr_key()
    )
    return _save(session, actor, export_pkcs12(key, _secret()), qr_key, root)


def _secret(stored: dict[str, Any] | None = None) -> str:
    if stored is not None and stored.get("trial"):
        return TRIAL_PASSPHRASE
    return passphrase() or TRIAL_PASSPHRASE


def _save(
    session: Session, actor: Actor, pkcs12: bytes, qr_key: Ed25519PrivateKey, root: x509.Certificate
) -> str:
    public = qr_key.public_key()
    fingerprint = key_id(public)
    _store(
        session,
        KEYS_SETTING,
        {
            "pkcs12": _b64(pkcs12),
            "qr_key": _b64(export_qr_key(qr_key, _secret())),
            "fingerprint": fingerprint,
            "root": _b64(certificate_der(root)),
            "trial": not passphrase(),
        },
    )
    trust = _setting(session, TRUST_SETTING) or {"roots": [], "qr_keys": {}}
    root_der = _b64(certificate_der(root))
    if root_der not in trust["roots"]:
        trust["roots"].append(root_der)
    trust["qr_keys"][fingerprint] = _b64(public_key_bytes(public))
    _store(session, TRUST_SETTING, trust)
    audit.record(
        session, actor, "set_signing_keys", "setting", KEYS_SETTING, new={"qr_key_id": fingerprint}
    )
    return fingerprint


def load_signing(session: Session) -> Signing:
    """The seal signer and QR key, loaded once per process and key."""
    stored = _setting(session, KEYS_SETTING)
    if stored is None:
        raise KeysMissing(
            "尚未生成签章密钥，不能制发文书：请系统管理员在“系统管理 → 单位信息”中"
            "生成试用密钥或导入本局的签章证书（命令行：approval-desk keys init）"
        )
    with _cache_lock:
        cached = _cache.get(stored["fingerprint"] + stored["pkcs12"][-16:])
        if cached is None:
            secret = _secret(stored)
            try:
                signer = SealSigner.from_pkcs12(_unb64(stored["pkcs12"]), secret)
                qr_key = import_qr_key(_unb64(stored["qr_key"]), secret)
            except DocumentError:
                raise KeysMissing(
                    "签章密钥口令不对，不能制发文书：请在本机设置环境变量 {variable}"
                    "（与生成密钥时相同），或联系系统管理员",
                    variable=PASSPHRASE_VARIABLE,
                ) from None
            signer.reason = load_profile(session).seal_text
            cached = Signing(signer, qr_key, stored["fingerprint"])
            _cache[stored["fingerprint"] + stored["pkcs12"][-16:]] = cached
        return cached


def load_trust(session: Session) -> Trust:
    trust = _setting(session, TRUST_SETTING) or {"roots": [], "qr_keys": {}}
    return Trust(
        [x509.load_der_x509_certificate(_unb64(der)) for der in trust["roots"]],
        {
            kid: Ed25519PublicKey.from_public_bytes(_unb64(raw))
            for kid, raw in trust["qr_keys"].items()
        },
    )


@dataclass(frozen=True)
class KeyMaterial:
    """What a worker process needs to load the same signer (see batch issuing)."""

    pkcs12: bytes
    qr_key_pem: bytes
    secret: str
    seal_text: str


def key_material(session: Session) -> KeyMaterial:
    load_signing(session)  # the same checks and clear errors as signing in-process
    stored = _setting(session, KEYS_SETTING)
    assert stored is not None
    return KeyMaterial(
        _unb64(stored["pkcs12"]),
        _unb64(stored["qr_key"]),
        _secret(stored),
        load_profile(session).seal_text,
    )
