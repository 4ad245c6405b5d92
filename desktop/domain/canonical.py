"""Canonical JSON of plain domain values, so equal values hash to equal SHA-256 digests."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Mapping
from datetime import date
from enum import Enum
from functools import cache
from typing import Any


def plain(value: Any) -> Any:
    """Dataclasses, dates, enums, sets and tuples as JSON types; sets sorted canonically.

    Dataclass fields declared with `compare=False` (caches, timings) are left out.
    """
    if isinstance(value, Enum):
        return value.value
    if value is None or isinstance(value, str | int | float):
        return value
    if isinstance(value, date):
        return value.isoformat()
    names = _field_names(type(value))
    if names is not None:
        return {name: plain(getattr(value, name)) for name in names}
    if isinstance(value, Mapping):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, set | frozenset):
        try:
            return [plain(item) for item in sorted(value)]
        except TypeError:  # items without an order of their own: order by their JSON
            return sorted((plain(item) for item in value), key=canonical_json)
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    raise TypeError(f"no canonical JSON for {type(value).__name__}")


@cache
def _field_names(cls: type) -> tuple[str, ...] | None:
    if not dataclasses.is_dataclass(cls):
        return None
    return tuple(f.name for f in dataclasses.fields(cls) if f.compare)


def canonical_json(value: Any) -> bytes:
    """UTF-8 JSON with sorted keys and no spaces: one byte string per value."""
    return json.dumps(
        plain(value), sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


def sha256_hex(value: Any) -> str:
    return hashlib.sha256(canonical_json(value)).hexdigest()
