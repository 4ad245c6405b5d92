"""Seeded draw weights: the only source of chance in a draw, so a recorded seed replays it.

The seed is derived from a committed secret, a witness's text and the snapshot digest
(draw_commitment.py), so nobody can choose it; each (request, inspector) pair gets a
weight from SHA-256, and among the plans the rules allow, the one with the largest total
weight is taken.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Mapping

# Four bytes keep a whole plan's weight sum far inside CP-SAT's 64-bit integers.
WEIGHT_BYTES = 4


def draw_weight(seed: str, request_id: int, inspector_id: int) -> int:
    """The first four bytes of SHA-256("seed|request|inspector"), big-endian, plus one."""
    digest = hashlib.sha256(f"{seed}|{request_id}|{inspector_id}".encode()).digest()
    return int.from_bytes(digest[:WEIGHT_BYTES], "big") + 1  # never zero: zero means "unused"


def weights_for(seed: str, request_id: int, inspector_ids: Iterable[int]) -> dict[int, int]:
    """`draw_weight` for many inspectors of one request: the hash of the common prefix is
    computed once."""
    prefix = hashlib.sha256(f"{seed}|{request_id}|".encode())
    weights = {}
    for i in inspector_ids:
        digest = prefix.copy()
        digest.update(str(i).encode())
        weights[i] = int.from_bytes(digest.digest()[:WEIGHT_BYTES], "big") + 1
    return weights


def by_weight(weights: dict[int, int]) -> list[int]:
    """Inspector ids, heaviest first; equal weights (rare) by id."""
    return sorted(weights, key=lambda i: (-weights[i], i))


class SeededWeights(Mapping[tuple[int, int], int]):
    """`draw_weight` for (request, inspector) pairs, computed when first asked for: a city's
    draw looks at only part of its millions of eligible pairs."""

    def __init__(self, seed: str) -> None:
        self.seed = seed
        self._rows: dict[int, dict[int, int]] = {}
        self._prefix: dict[int, hashlib._Hash] = {}

    def __getitem__(self, key: tuple[int, int]) -> int:
        request_id, inspector_id = key
        row = self._rows.get(request_id)
        if row is None:
            row = self._rows[request_id] = {}
            self._prefix[request_id] = hashlib.sha256(f"{self.seed}|{request_id}|".encode())
        weight = row.get(inspector_id)
        if weight is None:
            digest = self._prefix[request_id].copy()
            digest.update(str(inspector_id).encode())
            weight = row[inspector_id] = int.from_bytes(digest.digest()[:WEIGHT_BYTES], "big") + 1
        return weight

    def of(self, request_id: int, inspector_ids: Iterable[int]) -> Mapping[int, int]:
        """The weights of one request, at least for `inspector_ids` (perhaps for more)."""
        row = self._rows.get(request_id)
        if row is None:
            row = self._rows[request_id] = {}
            self._prefix[request_id] = hashlib.sha256(f"{self.seed}|{request_id}|".encode())
        prefix = self._prefix[request_id]
        for i in inspector_ids:
            if i not in row:
                digest = prefix.copy()
                digest.update(str(i).encode())
                row[i] = int.from_bytes(digest.digest()[:WEIGHT_BYTES], "big") + 1
        return row

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return ((r, i) for r, row in self._rows.items() for i in row)

    def __len__(self) -> int:
        return sum(len(row) for row in self._rows.values())
