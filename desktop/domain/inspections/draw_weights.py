"""Seeded draw weights: the only source of chance in a draw, so a recorded seed replays it.

The seed is derived from a committed secret, a witness's text and the snapshot digest
(draw_commitment.py), so nobody can choose it; each (request, inspector) pair gets a
weight from SHA-256, and among the plans the rules allow, the one with the largest total
weight is taken.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

# Four bytes keep a whole plan's weight sum far inside CP-SAT's 64-bit integers.
WEIGHT_BYTES = 4


def draw_weight(seed: str, request_id: int, inspector_id: int) -> int:
    """The first four bytes of SHA-256("seed|request|inspector"), big-endian, plus one."""
    digest = hashlib.sha256(f"{seed}|{request_id}|{inspector_id}".encode()).digest()
    return int.from_bytes(digest[:WEIGHT_BYTES], "big") + 1  # never zero: zero means "unused"


def weights_for(seed: str, request_id: int, inspector_ids: Iterable[int]) -> dict[int, int]:
    return {i: draw_weight(seed, request_id, i) for i in inspector_ids}


def by_weight(weights: dict[int, int]) -> list[int]:
    """Inspector ids, heaviest first; equal weights (rare) by id."""
    return sorted(weights, key=lambda i: (-weights[i], i))
