"""The signed QR payload: a document's key fields and content hash, signed with Ed25519.

Version 3 (printed now) is binary, in base64url without padding, at most about 200
characters for a typical licence, so the code stays at a version a phone reads at its
printed size (issue 18):

    byte 0      3, the version
    byte 1      bits 0-1 the marking (0 original, 1 copy, 2 void), bit 2 a validity end,
                bits 3-7 the document type's number in TYPE_CODES (0: its code follows)
    2 bytes     the key hint: the first 2 bytes of the SHA-256 of the raw public key (each
                trusted key with that hint is tried)
    2 bytes     the issue date, days since 2000-01-01 (big-endian)
    2 bytes     the validity end, the same way, when flagged
    12 bytes    the first 12 bytes of the SHA-256 of the document's canonical record
    number      a byte n: below 128, n bytes of GB 18030 text; else a number of the form
                `<prefix>〔<year>〕<serial, 4 digits>号` as n - 128 bytes of prefix, the year
                less 2000 in a byte and the serial in 2 bytes
    holder      a length byte and GB 18030 bytes
    holder ID   a byte: bits 0-5 the ID's length, bits 6-7 how the kept characters (the
                first 6 and last 4, or all of a short ID) follow: 0 as text (length byte),
                1 digits and X in base 11 (5 bytes), 2 the credit-code alphabet (7 bytes)
    item        a length byte and GB 18030 bytes
    64 bytes    the Ed25519 signature over every byte before it

Version 2 (printed before) is binary, in base64url without padding, about 230 characters
for a typical licence; it keeps verifying:

    byte 0      2, the version
    byte 1      flags: bits 0-1 the marking (0 original, 1 copy, 2 void), bit 2 a validity end
    byte 2      the document type's number in TYPE_CODES, or 0 and then its code as a string
    6 bytes     the key id: the first 6 bytes of the SHA-256 of the raw public key
    2 bytes     the issue date, days since 2000-01-01 (big-endian)
    2 bytes     the validity end, the same way, when flagged
    16 bytes    the first half of the SHA-256 of the document's canonical record (record.py)
    4 strings   number, holder, masked holder ID, item: each a length byte and GB 18030 bytes
    64 bytes    the Ed25519 signature over every byte before it

The holder ID is masked (the first 6 and last 4 characters kept, the others as *), stored
as the ID's length and the 10 kept characters. GB 18030 (the national character set) takes
two bytes for a common Chinese character where UTF-8 takes three; browsers decode it with
TextDecoder("gb18030"). The QR code holds `<verification address>#<payload>` when the
bureau has a verification address: the page there checks the signature in the browser.

Version 1 (printed before) is compact JSON with short keys, sorted, no spaces:
{"c":…,"d":"2026-03-16","h":"某某公司","i":"事项","id":"9161…","k":"Ab3x…","n":"渭高审批〔2026〕0001号",
 "s":…,"t":"licence","u":"2031-03-15","v":1}, the holder ID in full and the whole SHA-256
in c; s is the signature over the JSON without s. It keeps verifying.
Anyone with the bureau's public key can check either offline.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Protocol
from urllib.parse import unquote

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from desktop.documents.model import DocumentType, Marking, QrSubject
from desktop.documents.record import canonical_json, record_digest

PAYLOAD_VERSION = 3
BINARY_VERSION_2 = 2  # printed before version 3 (still verified)
JSON_VERSION = 1  # the first payloads, JSON (still verified)
_REQUIRED = {"v", "t", "n", "h", "id", "i", "d", "c", "k", "s"}
_OPTIONAL = {"u", "m"}


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


_BASE64URL = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


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
    content_digest: bytes  # version 2: its first DIGEST_BYTES bytes
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


# The types that carry a QR code, numbered for one byte; another type is written as 0 and
# its code. Numbers are never reused: append only.
TYPE_CODES = (
    "licence",
    "grant",
    "rejection",
    "non_acceptance",
    "filing",
    "filing_refusal",
    "completion",
    "refusal",
    "termination",
    "withdrawal",
)
_V2_TYPES = 4  # version 2 numbered only the first four
_MARKINGS = (Marking.ORIGINAL, Marking.COPY, Marking.VOID)
_EPOCH = date(2000, 1, 1)
DIGEST_BYTES = 12  # version 3; version 2 carried 16
_V2_DIGEST_BYTES = 16
_HINT_BYTES = 2
_KEY_ID_BYTES = 6
_SIGNATURE_BYTES = 64
_KEPT_HEAD, _KEPT_TAIL = 6, 4  # of the holder ID


def mask_id(identifier: str) -> str:
    """The holder ID as a QR code shows it: the first 6 and last 4 characters, the rest *."""
    if len(identifier) <= _KEPT_HEAD + _KEPT_TAIL:
        return identifier
    hidden = len(identifier) - _KEPT_HEAD - _KEPT_TAIL
    return identifier[:_KEPT_HEAD] + "*" * hidden + identifier[-_KEPT_TAIL:]


def _day(value: date) -> bytes:
    return (value - _EPOCH).days.to_bytes(2, "big")


def _text(value: str) -> bytes:
    data = value.encode("gb18030")
    if len(data) > 255:
        raise ValueError(f"QR field too long: {value[:20]}…")
    return bytes([len(data)]) + data


def _masked_id(identifier: str) -> bytes:
    """The ID's length, then the characters a reader sees (all of a short one)."""
    kept = identifier
    if len(identifier) > _KEPT_HEAD + _KEPT_TAIL:
        kept = identifier[:_KEPT_HEAD] + identifier[-_KEPT_TAIL:]
    return bytes([len(identifier)]) + _text(kept)


def sign_qr_payload(
    key: QrSigningKey,
    document_type: DocumentType,
    number: str,
    issued_on: date,
    subject: QrSubject,
    record: bytes,
    marking: Marking = Marking.ORIGINAL,
) -> str:
    """The QR payload for a document (version 3), signed with the bureau's QR key."""
    flags = _MARKINGS.index(marking) | (4 if subject.valid_until is not None else 0)
    code = document_type.value
    index = TYPE_CODES.index(code) + 1 if code in TYPE_CODES else 0
    body = bytes([PAYLOAD_VERSION, flags | index << 3]) + (b"" if index else _text(code))
    body += _unb64(key_id(key.public_key()))[:_HINT_BYTES] + _day(issued_on)
    if subject.valid_until is not None:
        body += _day(subject.valid_until)
    body += record_digest(record)[:DIGEST_BYTES]
    body += _number(number) + _text(subject.holder) + _packed_id(subject.holder_id)
    body += _text(subject.item)
    return _b64(body + key.sign(body))


def sign_qr_payload_v2(
    key: QrSigningKey,
    document_type: DocumentType,
    number: str,
    issued_on: date,
    subject: QrSubject,
    record: bytes,
    marking: Marking = Marking.ORIGINAL,
) -> str:
    """A version 2 payload, as printed before version 3: kept to test that old codes keep
    verifying."""
    flags = _MARKINGS.index(marking) | (4 if subject.valid_until is not None else 0)
    code = document_type.value
    v2 = TYPE_CODES[:_V2_TYPES]
    kind = bytes([v2.index(code) + 1]) if code in v2 else b"\0" + _text(code)
    body = bytes([BINARY_VERSION_2, flags]) + kind
    body += _unb64(key_id(key.public_key())) + _day(issued_on)
    if subject.valid_until is not None:
        body += _day(subject.valid_until)
    body += record_digest(record)[:_V2_DIGEST_BYTES]
    body += _text(number) + _text(subject.holder) + _masked_id(subject.holder_id)
    body += _text(subject.item)
    return _b64(body + key.sign(body))


_NUMBER = re.compile(r"(?P<prefix>.{1,40})〔(?P<year>20\d\d)〕(?P<serial>\d{4})号")


def _number(number: str) -> bytes:
    """A document number: `<prefix>〔<year>〕<serial>号` in a few bytes, else as text."""
    found = _NUMBER.fullmatch(number)
    if found is not None and int(found["serial"]) < 65536:
        prefix = found["prefix"].encode("gb18030")
        if len(prefix) < 128:
            return (
                bytes([128 + len(prefix)])
                + prefix
                + bytes([int(found["year"]) - 2000])
                + int(found["serial"]).to_bytes(2, "big")
            )
    data = number.encode("gb18030")
    if len(data) >= 128:
        raise ValueError(f"QR field too long: {number[:20]}…")
    return bytes([len(data)]) + data


_ID_DIGITS = "0123456789X"  # a resident ID's kept characters
_ID_CREDIT = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # a unified social credit code's (GB 32100)
_ID_PACKS = ((1, _ID_DIGITS, 5), (2, _ID_CREDIT, 7))


def _kept(identifier: str) -> str:
    if len(identifier) > _KEPT_HEAD + _KEPT_TAIL:
        return identifier[:_KEPT_HEAD] + identifier[-_KEPT_TAIL:]
    return identifier


def _packed_id(identifier: str) -> bytes:
    """The ID's length and kept characters, packed as a number where the alphabet allows."""
    if len(identifier) >= 64:
        raise ValueError("QR holder ID too long")
    kept = _kept(identifier)
    if len(kept) == _KEPT_HEAD + _KEPT_TAIL:
        for pack, alphabet, size in _ID_PACKS:
            if set(kept) <= set(alphabet):
                value = 0
                for char in kept:
                    value = value * len(alphabet) + alphabet.index(char)
                return bytes([pack << 6 | len(identifier)]) + value.to_bytes(size, "big")
    return bytes([len(identifier)]) + _text(kept)


def qr_content(payload: str, verify_url: str = "") -> str:
    """What the QR code holds: the verification page's address with the payload as its
    fragment (which browsers never send to the server), or the bare payload."""
    return f"{verify_url}#{payload}" if verify_url else payload


def sign_qr_json(
    key: QrSigningKey,
    document_type: DocumentType,
    number: str,
    issued_on: date,
    subject: QrSubject,
    record: bytes,
    marking: Marking = Marking.ORIGINAL,
) -> str:
    """A version 1 (JSON) payload, as printed before version 2: kept to test that old codes
    keep verifying."""
    body: dict[str, object] = {
        "v": JSON_VERSION,
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


class _Reader:
    """Reads version 2's fields in order; running past the end is a ValueError."""

    def __init__(self, data: bytes) -> None:
        self.data, self.at = data, 0

    def take(self, count: int) -> bytes:
        if self.at + count > len(self.data):
            raise ValueError("payload too short")
        chunk = self.data[self.at : self.at + count]
        self.at += count
        return chunk

    def byte(self) -> int:
        return self.take(1)[0]

    def day(self) -> date:
        return _EPOCH + timedelta(days=int.from_bytes(self.take(2), "big"))

    def text(self) -> str:
        return self.take(self.byte()).decode("gb18030")


def _holder_id(length: int, kept: str) -> str:
    if length > _KEPT_HEAD + _KEPT_TAIL:
        hidden = length - _KEPT_HEAD - _KEPT_TAIL
        if len(kept) != _KEPT_HEAD + _KEPT_TAIL:
            raise ValueError("masked ID of the wrong length")
        return kept[:_KEPT_HEAD] + "*" * hidden + kept[_KEPT_HEAD:]
    if len(kept) != length:
        raise ValueError("ID of the wrong length")
    return kept


def _split(text: str) -> tuple[bytes, bytes, _Reader]:
    if not text or not set(text) <= _BASE64URL:
        raise ValueError("not a payload")
    data = _unb64(text)
    if _b64(data) != text:  # the last character's unused bits: one text per payload
        raise ValueError("not canonical base64url")
    if len(data) <= _SIGNATURE_BYTES:
        raise ValueError("payload too short")
    signed, signature = data[:-_SIGNATURE_BYTES], data[-_SIGNATURE_BYTES:]
    return signed, signature, _Reader(signed)


def _parse_binary(text: str) -> tuple[bytes, bytes, QrFields]:
    """The signed bytes, the signature and the fields of a version 2 or 3 payload."""
    signed, signature, reader = _split(text)
    version = reader.byte()
    if version == BINARY_VERSION_2:
        return signed, signature, _fields_v2(reader)
    if version != PAYLOAD_VERSION:
        raise ValueError("unknown payload version")
    flags = reader.byte()
    index = flags >> 3
    if flags & 0b11 >= len(_MARKINGS) or index > len(TYPE_CODES):
        raise ValueError("unknown flags or document type")
    document_type = DocumentType(TYPE_CODES[index - 1] if index else reader.text())
    hint = _b64(reader.take(_HINT_BYTES))
    issued_on = reader.day()
    valid_until = reader.day() if flags & 0b100 else None
    digest = reader.take(DIGEST_BYTES)
    number = _read_number(reader)
    holder = reader.text()
    holder_id = _read_id(reader)
    item = reader.text()
    if reader.at != len(signed):
        raise ValueError("unexpected bytes after the fields")
    fields = QrFields(
        document_type=document_type,
        number=number,
        holder=holder,
        holder_id=holder_id,
        item=item,
        issued_on=issued_on,
        valid_until=valid_until,
        marking=_MARKINGS[flags & 0b11],
        content_digest=digest,
        key_id=hint,
    )
    return signed, signature, fields


def _read_number(reader: _Reader) -> str:
    size = reader.byte()
    if size < 128:
        return reader.take(size).decode("gb18030")
    prefix = reader.take(size - 128).decode("gb18030")
    year = 2000 + reader.byte()
    serial = int.from_bytes(reader.take(2), "big")
    return f"{prefix}〔{year}〕{serial:04d}号"


def _read_id(reader: _Reader) -> str:
    head = reader.byte()
    pack, length = head >> 6, head & 0b111111
    if pack == 0:
        return _holder_id(length, reader.text())
    for code, alphabet, size in _ID_PACKS:
        if code == pack:
            value = int.from_bytes(reader.take(size), "big")
            chars = []
            for _ in range(_KEPT_HEAD + _KEPT_TAIL):
                value, digit = divmod(value, len(alphabet))
                chars.append(alphabet[digit])
            if value:
                raise ValueError("packed ID out of range")
            return _holder_id(length, "".join(reversed(chars)))
    raise ValueError("unknown ID packing")


def _fields_v2(reader: _Reader) -> QrFields:
    """Version 2's fields, after its version byte."""
    flags = reader.byte()
    if flags & ~0b111 or flags & 0b11 >= len(_MARKINGS):
        raise ValueError("unknown flags")
    index = reader.byte()
    if index > _V2_TYPES:
        raise ValueError("unknown document type")
    document_type = DocumentType(TYPE_CODES[index - 1] if index else reader.text())
    kid = _b64(reader.take(_KEY_ID_BYTES))
    issued_on = reader.day()
    valid_until = reader.day() if flags & 0b100 else None
    digest = reader.take(_V2_DIGEST_BYTES)
    number, holder = reader.text(), reader.text()
    length = reader.byte()
    holder_id = _holder_id(length, reader.text())
    item = reader.text()
    if reader.at != len(reader.data):
        raise ValueError("unexpected bytes after the fields")
    return QrFields(
        document_type=document_type,
        number=number,
        holder=holder,
        holder_id=holder_id,
        item=item,
        issued_on=issued_on,
        valid_until=valid_until,
        marking=_MARKINGS[flags & 0b11],
        content_digest=digest,
        key_id=kid,
    )


def _parse_json(text: str) -> tuple[bytes, bytes, QrFields]:
    """The signed bytes, the signature and the fields of a version 1 (JSON) payload."""
    body = json.loads(text)
    if not isinstance(body, dict) or not _REQUIRED <= body.keys() <= _REQUIRED | _OPTIONAL:
        raise ValueError("unexpected fields")
    if body["v"] != JSON_VERSION:
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
    unsigned = {key: value for key, value in body.items() if key != "s"}
    return canonical_json(unsigned), _unb64(str(body["s"])), fields


def _verifies(public: Ed25519PublicKey, signature: bytes, signed: bytes) -> bool:
    try:
        public.verify(signature, signed)
    except InvalidSignature:
        return False
    return True


def payload_of(text: str) -> str:
    """The payload in what a scanner read: the fragment of a verification address, or the
    text itself."""
    text = text.strip()
    if text.startswith(("https://", "http://")) and "#" in text:
        text = text.split("#", 1)[1]
        if "%" in text:  # a browser or scanner may have escaped it
            text = unquote(text)
    return text.strip()


def verify_qr_payload(
    text: str,
    trusted_public_keys: Iterable[Ed25519PublicKey | bytes],
    *,
    record: bytes | None = None,
) -> QrVerdict:
    """Check scanned QR text (a payload of either version, or a verification address with
    one) against the trusted keys (and, given it, the document's record)."""
    payload = payload_of(text)
    try:
        parse = _parse_json if payload.startswith("{") else _parse_binary
        signed, signature, fields = parse(payload)
    except (ValueError, TypeError, KeyError, binascii.Error) as error:
        return QrVerdict(QrStatus.MALFORMED, detail=str(error), problem=QrProblem.MALFORMED)
    wanted = _unb64(fields.key_id)  # a whole key id (v1, v2) or its first bytes (v3)
    candidates = []
    for key in trusted_public_keys:
        public = Ed25519PublicKey.from_public_bytes(key) if isinstance(key, bytes) else key
        if _unb64(key_id(public)).startswith(wanted):
            candidates.append(public)
    if not candidates:
        return QrVerdict(
            QrStatus.UNKNOWN_SIGNER,
            fields,
            f"key {fields.key_id} is not trusted",
            QrProblem.UNTRUSTED_KEY,
        )
    if not any(_verifies(public, signature, signed) for public in candidates):
        return QrVerdict(
            QrStatus.TAMPERED,
            fields,
            "signature does not match the fields",
            QrProblem.SIGNATURE_MISMATCH,
        )
    digest = fields.content_digest
    if record is not None and record_digest(record)[: len(digest)] != digest:
        return QrVerdict(
            QrStatus.TAMPERED,
            fields,
            "content hash differs from the document",
            QrProblem.CONTENT_MISMATCH,
        )
    if fields.marking is Marking.VOID:
        return QrVerdict(QrStatus.VOID, fields)
    return QrVerdict(QrStatus.VALID, fields)
