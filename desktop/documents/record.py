"""The canonical record of a document: what it says, as bytes to hash, embed and sign.

The QR code on a document cannot hold a hash of the PDF it is printed in, so it holds the
SHA-256 of this record instead: a compact, key-sorted JSON of the document type, the issue
(bureau, number, date) and every field of the document's data. The record is embedded in
the PDF (and covered by the PDF signature), so anyone holding the PDF can recompute the hash
and compare it with the QR; the marking (original, copy, void) is not part of it, so a copy
carries the same hash as its original.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Iterator
from datetime import date
from typing import Any

from desktop.documents.model import DocumentType, Issue


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: _plain(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if f.metadata.get("record", True)
        }
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def canonical_json(value: Any) -> bytes:
    """Key-sorted, compact UTF-8 JSON: the same data always gives the same bytes."""
    return json.dumps(
        _plain(value), ensure_ascii=False, sort_keys=True, separators=(",", ":")
    ).encode("utf-8")


def document_record(kind: DocumentType, document: Any, issue: Issue) -> bytes:
    return canonical_json({"type": kind.value, "issue": issue, "data": document})


def record_digest(record: bytes) -> bytes:
    return hashlib.sha256(record).digest()


def text_fields(value: Any, path: str) -> Iterator[tuple[str, str]]:
    """Every string in a document's data, with the dotted path of its field."""
    if isinstance(value, str):
        yield path, value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from text_fields(getattr(value, field.name), f"{path}.{field.name}")
    elif isinstance(value, tuple | list):
        for index, item in enumerate(value):
            yield from text_fields(item, f"{path}[{index}]")
