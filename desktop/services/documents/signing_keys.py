"""The bureau's signing keys: the private halves kept by the seal's custodian, the public
halves in the database.

The private keys live on a PKCS#11 token or in a key file on the custodian's PC
(`seal_custody` says which); the settings table keeps only public data: the current seal
certificate, its root, the QR public key, and the trust list (every root certificate and QR
public key the bureau has used, so documents signed before a key change still verify).
Databases from before hold the keys themselves; `move_keys_out` takes them out to a key file.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy.orm import Session

from desktop.data.models import Setting
from desktop.documents.custody import (
    KeyFile,
    KeyPlace,
    PublicKeys,
    import_keys,
    make_keys,
    write_key_file,
)
from desktop.documents.custody import open_keys as open_place
from desktop.documents.errors import DocumentError
from desktop.documents.keys import (
    CertifiedKey,
    certificate_der,
    import_pkcs12,
    import_qr_key,
)
from desktop.documents.qr_payload import QrSigningKey, key_id, public_key_bytes
from desktop.documents.signing import SealSigner
from desktop.domain.actor import Actor
from desktop.domain.enums import Role
from desktop.domain.errors import DomainError
from desktop.domain.guards import NotAllowed
from desktop.services import audit
from desktop.services.bureau import load_profile
from desktop.services.documents import seal_custody
from desktop.services.documents.seal_custody import (
    PASSPHRASE_VARIABLE,
    TRIAL_PASSPHRASE,
    key_place,
    passphrase,
)

KEYS_SETTING = "signing_keys"
TRUST_SETTING = "signing_trust"
__all__ = ["PASSPHRASE_VARIABLE", "TRIAL_PASSPHRASE", "passphrase"]


class KeysMissing(DomainError):
    code = "keys_missing"


class KeysExist(DomainError):
    code = "keys_exist"


class SealAway(DomainError):
    """This PC cannot reach the seal's private keys: documents cannot be sealed here."""

    code = "seal_away"


@dataclass(frozen=True)
class Signing:
    signer: SealSigner
    qr_key: QrSigningKey
    fingerprint: str


@dataclass(frozen=True)
class Trust:
    roots: list[x509.Certificate]
    qr_keys: dict[str, Ed25519PublicKey]


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


def _kept(what: Any) -> Any:
    """Run a custody step; its failure (each says what to do at this PC) as SealAway."""
    try:
        return what()
    except DocumentError as error:
        raise SealAway(error.template, **error.data) from None


def _where(place: KeyPlace) -> dict[str, str]:
    if isinstance(place, KeyFile):
        return {"custody": "key_file", "where": str(place.path)}
    return {"custody": "token", "where": place.label}


def init_keys(session: Session, actor: Actor, *, replace: bool = False) -> str:
    """Make a self-signed root, the seal key and certificate and the QR key (for trials), the
    private keys in this PC's token or key file."""
    _require_admin(actor)
    if _setting(session, KEYS_SETTING) is not None and not replace:
        raise DomainError("签章密钥已经存在：如确需更换，请加 --replace（旧文书仍可验证）")
    profile = load_profile(session)
    place = key_place(session, trial=True)
    made = _kept(lambda: make_keys(place, profile.organ_name, profile.seal_text))
    return _save(session, actor, made, place)


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
    """Use a seal certificate from the bureau's CA (PKCS#12) instead of the trial one; its
    private key goes to this PC's token or key file, the QR key stays where it is."""
    _require_admin(actor)
    key: CertifiedKey = import_pkcs12(pkcs12, password)
    existing = _setting(session, KEYS_SETTING)
    qr_public = _qr_public(existing) if existing and "qr_public" in existing else None
    place = key_place(session, trial=True)
    made = _kept(lambda: import_keys(place, key, qr_public))
    return _save(session, actor, made, place)


def _save(session: Session, actor: Actor, keys: PublicKeys, place: KeyPlace) -> str:
    """Record the public halves: the current keys and the trust list."""
    fingerprint = key_id(keys.qr_public)
    root_der = _b64(certificate_der(keys.root))
    _store(
        session,
        KEYS_SETTING,
        {
            "certificate": _b64(certificate_der(keys.certificate)),
            "root": root_der,
            "qr_public": _b64(public_key_bytes(keys.qr_public)),
            "fingerprint": fingerprint,
            "custody": _where(place)["custody"],
            "trial": isinstance(place, KeyFile) and place.passphrase == TRIAL_PASSPHRASE,
        },
    )
    trust = _setting(session, TRUST_SETTING) or {"roots": [], "qr_keys": {}}
    if root_der not in trust["roots"]:
        trust["roots"].append(root_der)
    trust["qr_keys"][fingerprint] = _b64(public_key_bytes(keys.qr_public))
    _store(session, TRUST_SETTING, trust)
    audit.record(
        session,
        actor,
        "set_signing_keys",
        "setting",
        KEYS_SETTING,
        new={"qr_key_id": fingerprint, **_where(place)},
    )
    return fingerprint


def _qr_public(stored: dict[str, Any]) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(_unb64(stored["qr_public"]))


def _current(session: Session) -> dict[str, Any]:
    stored = _setting(session, KEYS_SETTING)
    if stored is None:
        raise KeysMissing(
            "尚未生成签章密钥，不能制发文书：请系统管理员在“系统管理 → 单位信息”中"
            "生成试用密钥或导入本局的签章证书（命令行：approval-desk keys init）"
        )
    if "pkcs12" in stored:
        raise KeysMissing(
            "签章私钥仍存放在共享数据库中，不能制发文书：请签章保管人在保管签章的电脑上运行 "
            "approval-desk keys move-out，把私钥移出数据库"
        )
    return stored


def load_signing(session: Session) -> Signing:
    """The seal signer and QR key from this PC's token or key file, opened once per process;
    a PC without them cannot seal, and says so with what to do."""
    stored = _current(session)
    place = key_place(session, trial=bool(stored.get("trial")))
    certificate = x509.load_der_x509_certificate(_unb64(stored["certificate"]))
    root = x509.load_der_x509_certificate(_unb64(stored["root"]))
    signer, qr_key = _kept(lambda: open_place(place, certificate, [root], _qr_public(stored)))
    signer.reason = load_profile(session).seal_text
    return Signing(signer, qr_key, stored["fingerprint"])


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
    """What a worker process needs to open the same keys (see batch issuing): where they
    are kept and which ones, never the private keys themselves."""

    place: KeyPlace
    certificate: bytes
    root: bytes
    qr_public: bytes
    seal_text: str


def key_material(session: Session) -> KeyMaterial:
    load_signing(session)  # the same checks and clear errors as signing in-process
    stored = _current(session)
    return KeyMaterial(
        key_place(session, trial=bool(stored.get("trial"))),
        _unb64(stored["certificate"]),
        _unb64(stored["root"]),
        _unb64(stored["qr_public"]),
        load_profile(session).seal_text,
    )


def move_keys_out(session: Session, actor: Actor) -> str:
    """Take private keys kept in the database (by earlier versions) out to this PC's key file
    and delete them from the database; returns the QR key id. The key file keeps the
    passphrase they were encrypted with."""
    _require_admin(actor)
    stored = _setting(session, KEYS_SETTING)
    if stored is None or "pkcs12" not in stored:
        raise DomainError("数据库中没有签章私钥，无需移出")
    if seal_custody.uses_token():
        raise DomainError(
            "移出数据库的私钥写入密钥文件：请用 --key-file 指定文件（之后可再导入签章令牌）"
        )
    secret = TRIAL_PASSPHRASE if stored.get("trial") else passphrase()
    try:
        seal = import_pkcs12(_unb64(stored["pkcs12"]), secret or TRIAL_PASSPHRASE)
        qr_key = import_qr_key(_unb64(stored["qr_key"]), secret or TRIAL_PASSPHRASE)
    except DocumentError:
        raise DomainError(
            "数据库中签章私钥的口令不对：请设置环境变量 {variable}（与生成密钥时相同）后重试",
            variable=PASSPHRASE_VARIABLE,
        ) from None
    place = KeyFile(seal_custody.key_file_path(session), secret or TRIAL_PASSPHRASE)
    _kept(lambda: write_key_file(place, seal, qr_key))
    root = seal.chain[-1] if seal.chain else seal.certificate
    fingerprint = _save(
        session, actor, PublicKeys(seal.certificate, root, qr_key.public_key()), place
    )
    audit.record(
        session,
        actor,
        "move_signing_keys_out",
        "setting",
        KEYS_SETTING,
        new={"qr_key_id": fingerprint, "key_file": str(place.path)},
    )
    return fingerprint
