"""Commit, then reveal: the draw's seed comes from a secret nobody sees before a second
party (the witness) has given their contribution, so no one can try seeds until a wanted
inspector lands on a team.

Opening a draw records the SHA-256 of a random secret (the commitment) with the frozen
pool snapshot; the witness types their text after the commitment is shown; only then is
the secret revealed, and the seed is the SHA-256 of secret, witness and snapshot digest.
Anyone can check afterwards that the revealed secret matches the commitment and that the
seed follows from the three.
"""

from __future__ import annotations

import hashlib
import secrets

from desktop.domain.errors import DomainError

SECRET_BYTES = 32
MIN_WITNESS = 4
MAX_WITNESS = 64


class WitnessRefused(DomainError):
    code = "witness_refused"


def new_secret() -> str:
    """A fresh secret: 256 random bits as hexadecimal, from the operating system."""
    return secrets.token_hex(SECRET_BYTES)


def commitment_of(secret: str) -> str:
    """What is published before the witness speaks: SHA-256 of the secret's text."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def clean_witness(text: str | None) -> str:
    """The witness's contribution as recorded: 4 to 64 characters, spaces at the ends off."""
    witness = (text or "").strip()
    if not MIN_WITNESS <= len(witness) <= MAX_WITNESS:
        raise WitnessRefused(
            "见证人随机数应为{low}至{high}个字符（由见证人在看到承诺值后自行输入）",
            low=MIN_WITNESS,
            high=MAX_WITNESS,
        )
    return witness


def derive_seed(secret: str, witness: str, snapshot_hash: str) -> str:
    """SHA-256 of the three, each length-prefixed so no two triples give the same bytes."""
    parts = (secret, witness, snapshot_hash)
    data = b"".join(f"{len(p.encode('utf-8'))}:".encode() + p.encode("utf-8") for p in parts)
    return hashlib.sha256(b"draw-seed-v1|" + data).hexdigest()
