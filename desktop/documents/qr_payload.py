"""The signed QR payload: a document's key fields and content hash, signed with Ed25519.

The text is compact JSON with short keys (sorted, no spaces), for example
{"c":…,"d":"2026-03-16","h":"某某公司","i":"事项","id":"9161…","k":"Ab3x…","n":"渭高审批〔2026〕0001号",
 "s":…,"t":"licence","u":"2031-03-15","v":1}
c is the base64url SHA-256 of the document's canonical record (see record.py), k names the
signing key (the first 6 bytes of the SHA-256 of its raw public key), m is present only for
a copy or a void print, and s is the Ed25519 signature over the same JSON without s.
Anyone with the bureau's public key can check it offline.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Protocol

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from desktop.documents.model import DocumentType, Marking, QrSubject
from desktop.documents.record import canonical_json, record_digest

PAYLOAD_VERSION = 1
_REQUIRED = {"v", "t", "n", "h", "id", "i", "d", "c", "k", "s"}
_OPTIONAL = {"u", "m"}


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class QrSigningKey(Protocol):
    """What signs QR payloads: an Ed25519 private key in memory (a key file) or on a
    PKCS#11 token (the private half never leaves it)."""

    def sign(self, data: bytes) -> bytes: ...

    def public_key(self) -> Ed25519PublicKey: ...


def public_key_bytes(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def key_id(key: Ed25519PublicKey) -> str:
    """A short name for a QR key, printed in every payload it signs."""
    return _b64(hashlib.sha256(public_key_bytes(key)).digest()[:6])


@dataclass(frozen=True)
class QrFields:
    """What a QR code says about its document."""

    document_type: DocumentType
    number: str
    holder: str
    holder_id: str
    item: str
    issued_on: date
    valid_until: date | None
    marking: Marking
    content_digest: bytes
    key_id: str


class QrStatus(StrEnum):
    VALID = "valid"
    VOID = "void"  # genuine, but printed as void
    TAMPERED = "tampered"  # the signature or the content hash does not match
    UNKNOWN_SIGNER = "unknown_signer"
    MALFORMED = "malformed"  # not a payload of ours at all

    @property
    def label(self) -> str:
        return {
            "valid": "有效：二维码由本局签发，内容未被改动",
            "void": "已作废：二维码由本局签发，但该文书已作废",
            "tampered": "无效：二维码内容被改动，或与文书内容不符",
            "unknown_signer": "无法确认：二维码不是由受信任的本局密钥签发",
            "malformed": "无法识别：不是本局文书的二维码",
        }[self.value]


class QrProblem(StrEnum):
    """Why a QR text is not valid, for the services to say in words."""

    MALFORMED = "malformed"
    UNTRUSTED_KEY = "untrusted_key"
    SIGNATURE_MISMATCH = "signature_mismatch"
    CONTENT_MISMATCH = "content_mismatch"


@dataclass(frozen=True)
class QrVerdict:
    status: QrStatus
    fields: QrFields | None = None
    detail: str = ""  # in the code's own words, for the log
    problem: QrProblem | None = None

    @property
    def ok(self) -> bool:
        return self.status is QrStatus.VALID


def sign_qr_payload(
    key: QrSigningKey,
    document_type: DocumentType,
    number: str,
    issued_on: date,
    subject: QrSubject,
    record: bytes,
    marking: Marking = Marking.ORIGINAL,
) -> str:
    """The QR text for a document, signed with the bureau's QR key."""
    body: dict[str, object] = {
        "v": PAYLOAD_VERSION,
        "t": document_type.value,
        "n": number,
        "h": subject.holder,
        "id": subject.holder_id,
        "i": subject.item,
        "d": issued_on.isoformat(),
        "c": _b64(record_digest(record)),
        "k": key_id(key.public_key()),
    }
    if subject.valid_until is not None:
        body["u"] = subject.valid_until.isoformat()
    if marking is not Marking.ORIGINAL:
        body["m"] = marking.value
    signature = key.sign(canonical_json(body))
    return canonical_json({**body, "s": _b64(signature)}).decode("utf-8")


def _parse(text: str) -> tuple[dict[str, object], QrFields]:
    body = json.loads(text)
    if not isinstance(body, dict) or not _REQUIRED <= body.keys() <= _REQUIRED | _OPTIONAL:
        raise ValueError("unexpected fields")
    if body["v"] != PAYLOAD_VERSION:
        raise ValueError("unknown payload version")
    strings = {key: value for key, value in body.items() if key != "v"}
    if not all(isinstance(value, str) for value in strings.values()):
        raise ValueError("fields must be text")
    fields = QrFields(
        document_type=DocumentType(body["t"]),
        number=body["n"],
        holder=body["h"],
        holder_id=body["id"],
        item=body["i"],
        issued_on=date.fromisoformat(body["d"]),
        valid_until=date.fromisoformat(body["u"]) if "u" in body else None,
        marking=Marking(body.get("m", Marking.ORIGINAL.value)),
        content_digest=_unb64(body["c"]),
        key_id=body["k"],
    )
    if len(fields.content_digest) != 32:
        raise ValueError("content hash must be SHA-256")
    return body, fields


def verify_qr_payload(
    text: str,
    trusted_public_keys: Iterable[Ed25519PublicKey | bytes],
    *,
    record: bytes | None = None,
) -> QrVerdict:
    """Check scanned QR text against the trusted keys (and, given it, the document's record)."""
    try:
        body, fields = _parse(text)
        signature = _unb64(str(body["s"]))
    except (ValueError, TypeError, KeyError, binascii.Error) as error:
        return QrVerdict(QrStatus.MALFORMED, detail=str(error), problem=QrProblem.MALFORMED)
    keys = {}
    for key in trusted_public_keys:
        public = Ed25519PublicKey.from_public_bytes(key) if isinstance(key, bytes) else key
        keys[key_id(public)] = public
    public = keys.get(fields.key_id)
    if public is None:
        return QrVerdict(
            QrStatus.UNKNOWN_SIGNER,
            fields,
            f"key {fields.key_id} is not trusted",
            QrProblem.UNTRUSTED_KEY,
        )
    unsigned = {key: value for key, value in body.items() if key != "s"}
    try:
        public.verify(signature, canonical_json(unsigned))
    except InvalidSignature:
        return QrVerdict(
            QrStatus.TAMPERED,
            fields,
            "signature does not match the fields",
            QrProblem.SIGNATURE_MISMATCH,
        )
    if record is not None and record_digest(record) != fields.content_digest:
        return QrVerdict(
            QrStatus.TAMPERED,
            fields,
            "content hash differs from the document",
            QrProblem.CONTENT_MISMATCH,
        )
    if fields.marking is Marking.VOID:
        return QrVerdict(QrStatus.VOID, fields)
    return QrVerdict(QrStatus.VALID, fields)
