"""Replaying a recorded draw: check the revealed secret against the commitment and the
witness against the record, derive the seed, recompute the plan from the stored snapshot
and compare digests with the log and with the audit trail, replacements included.

Loading happens in a session (`load_recorded`); the recomputation (`replay`) needs none,
so no transaction stays open while the solver runs.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import AuditEntry, DrawWitness
from desktop.domain.actor import Actor
from desktop.domain.enums import HalfDay
from desktop.domain.inspections.draw_commitment import commitment_of, derive_seed
from desktop.domain.inspections.draw_events import DrawEvent
from desktop.domain.inspections.draw_replacement import draw_replacement
from desktop.domain.inspections.draw_result import DRAW_RULES_VERSION, RECORD_FORMATS, Assignment
from desktop.domain.inspections.draw_rules import known, plan_under
from desktop.domain.inspections.pool import PoolSnapshot, Slot
from desktop.domain.inspections.pool_codec import snapshot_from_json
from desktop.services.inspections import draw_log
from desktop.services.inspections.access import READING, require


@dataclass(frozen=True)
class RecordedReplacement:
    entry_id: int
    inspection_id: int | None
    digest: str | None
    snapshot: str | None
    data: dict[str, Any]


@dataclass(frozen=True)
class RecordedDraw:
    """What the database says about a draw, and what the audit trail says about it."""

    draw_id: int
    seed: str  # the result's seed ("" when no result was stored)
    rules_version: str
    snapshot_hash: str
    snapshot: str
    recorded_digest: str | None  # None: no result was stored
    audit_record: dict[str, Any]  # the audit entry written when the draw was opened
    audit_digest: str | None  # the digest the audit entry of the result names
    replacements: tuple[RecordedReplacement, ...]
    commitment: str = ""  # "": a draw before commit-then-reveal, its seed chosen
    witness: str = ""  # as the witness table has it
    audit_witness: str = ""  # as the audit entry of the witness has it
    reveal: dict[str, Any] = field(default_factory=dict)  # as the result entry has it
    record_format: int = 1  # how the stored result is written (draw_result.RECORD_FORMATS)


@dataclass(frozen=True)
class ReplayReport:
    draw_id: int
    seed: str
    recorded_digest: str | None
    recomputed_digest: str | None
    replacements: tuple[tuple[int, bool], ...]  # (log entry id, identical)
    problems: tuple[str, ...]
    commitment: str = ""
    witness: str = ""
    secret: str = ""

    @property
    def identical(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        lines = [f"抽取 {self.draw_id}  种子 {self.seed or '无'}"]
        if self.commitment:
            lines += [
                f"承诺值：{self.commitment}",
                f"秘密值：{self.secret or '未揭示'}",
                f"见证人随机数：{self.witness or '无'}",
            ]
        lines += [
            f"记录的结果摘要：{self.recorded_digest or '无'}",
            f"重新计算的摘要：{self.recomputed_digest or '无'}",
        ]
        lines += [
            f"补抽记录 {entry}：{'一致' if same else '不一致'}" for entry, same in self.replacements
        ]
        lines += self.problems
        lines.append("结论：完全一致" if self.identical else "结论：不一致")
        return lines


def load_recorded(session: Session, actor: Actor, draw_id: int) -> RecordedDraw:
    require(actor, READING, "核验抽取记录")
    draw = draw_log.draw_row(session, draw_id)
    result = draw_log.result_entry(session, draw_id)
    committed = draw.commitment is not None
    opening = "open_draw" if committed else "record_draw"
    record = _audit_new(session, opening, "inspection_draw", draw_id) or {}
    audit_result = (
        _audit_new(session, "draw_result", "inspection_draw_log", result.id) if result else None
    )
    witness = session.get(DrawWitness, draw_id)
    audit_witness = _audit_new(session, "witness_draw", "inspection_draw", draw_id) or {}
    data = (result.data or {}) if result else {}
    seed = data["result"]["seed"] if "result" in data else (draw.seed or "")
    return RecordedDraw(
        draw.id,
        seed,
        draw.rules_version,
        draw.snapshot_hash,
        draw.snapshot,
        result.digest if result else None,
        record,
        (audit_result or {}).get("digest"),
        tuple(
            RecordedReplacement(e.id, e.inspection_id, e.digest, e.snapshot, e.data or {})
            for e in draw_log.entries(session, draw_id, DrawEvent.REPLACEMENT)
        ),
        draw.commitment or "",
        witness.witness if witness else "",
        str(audit_witness.get("witness", "")),
        dict(data.get("reveal") or {}),
        int((data.get("result") or {}).get("record_format", 1)),
    )


def replay(recorded: RecordedDraw) -> ReplayReport:
    """Recompute the draw and its replacements; every disagreement is named."""
    problems: list[str] = []
    if not known(recorded.rules_version):
        problems.append(
            f"本次抽取按规则版本 {recorded.rules_version} 进行，本程序不认识该版本"
            f"（本程序为 {DRAW_RULES_VERSION}）"
        )
    if recorded.record_format not in RECORD_FORMATS:
        problems.append(f"抽取结果的记录格式 {recorded.record_format} 本程序无法读取")
    stored = hashlib.sha256(recorded.snapshot.encode("utf-8")).hexdigest()
    if stored != recorded.snapshot_hash:
        problems.append("存储的数据快照与登记的快照摘要不符：快照已被改动")
    seed = _check_seed(recorded, problems)
    if recorded.recorded_digest is None:
        problems.append("本次抽取没有保存结果，无可比对")
    elif recorded.audit_digest != recorded.recorded_digest:
        problems.append("抽取记录的结果摘要与审计日志登记的不一致")
    snapshot = _parse(recorded.snapshot, problems)
    recomputed = None
    if (
        snapshot is not None
        and known(recorded.rules_version)
        and recorded.record_format in RECORD_FORMATS
    ):
        # The method of the recorded rules version, the digest in the recorded format.
        again = plan_under(recorded.rules_version, snapshot, seed)
        recomputed = again.result_digest(recorded.record_format)
        if recorded.recorded_digest is not None and recomputed != recorded.recorded_digest:
            problems.append("用登记的种子和快照重新计算，结果与记录不一致")
    replacements = []
    for entry in recorded.replacements:
        same = _replacement_digest(entry, seed) == entry.digest
        replacements.append((entry.entry_id, same))
        if not same:
            problems.append(f"补抽记录 {entry.entry_id} 重新计算后与记录不一致")
    return ReplayReport(
        recorded.draw_id,
        recorded.seed,
        recorded.recorded_digest,
        recomputed,
        tuple(replacements),
        tuple(problems),
        recorded.commitment,
        recorded.witness,
        str(recorded.reveal.get("secret", "")),
    )


def _check_seed(recorded: RecordedDraw, problems: list[str]) -> str:
    """The seed the record vouches for; every way it fails to follow is named."""
    audit = recorded.audit_record
    if not recorded.commitment:  # before commit-then-reveal: the seed was recorded first
        if (audit.get("seed"), audit.get("snapshot_hash")) != (
            recorded.seed,
            recorded.snapshot_hash,
        ):
            problems.append("抽取记录的种子或快照摘要与审计日志登记的不一致")
        return recorded.seed
    if (audit.get("commitment"), audit.get("snapshot_hash")) != (
        recorded.commitment,
        recorded.snapshot_hash,
    ):
        problems.append("抽取记录的承诺值或快照摘要与审计日志登记的不一致")
    secret = str(recorded.reveal.get("secret", ""))
    if not recorded.reveal:
        problems.append("本次抽取尚未揭示秘密值，无可比对")
        return recorded.seed
    if commitment_of(secret) != recorded.commitment:
        problems.append("揭示的秘密值与开启抽取时公布的承诺值不符：秘密值已被改动")
    if not recorded.witness or recorded.witness != recorded.audit_witness:
        problems.append("见证人随机数与审计日志登记的不一致：见证已被改动")
    if recorded.reveal.get("witness") != recorded.witness:
        problems.append("抽取结果所用的见证人随机数与登记的不一致")
    seed = derive_seed(secret, recorded.witness, recorded.snapshot_hash)
    if seed != recorded.seed:
        problems.append("结果所用的种子不是由秘密值、见证人随机数和快照摘要推出的")
    return seed


def _replacement_digest(entry: RecordedReplacement, seed: str) -> str | None:
    if entry.snapshot is None:
        return None
    snapshot = _parse(entry.snapshot, [])
    if snapshot is None:
        return None
    data = entry.data
    assignment = data["assignment"]
    slot = Slot(
        date.fromisoformat(assignment["slot"]["day"]), HalfDay(assignment["slot"]["half_day"])
    )
    # Stamped with the program's version when it was drawn (2026.1 and 2026.2 draw a
    # replacement the same way).
    version = (data.get("replacement") or {}).get("rules_version", DRAW_RULES_VERSION)
    if not known(version):
        return None
    replacement = draw_replacement(
        snapshot,
        seed,
        Assignment(assignment["request_id"], slot, tuple(assignment["member_ids"])),
        data["leaving_id"],
        data["number"],
        data["load_cap"],
        version,
    )
    return replacement.digest()


def _parse(text: str, problems: list[str]) -> PoolSnapshot | None:
    try:
        return snapshot_from_json(text)
    except (ValueError, KeyError, TypeError) as error:
        problems.append(f"存储的数据快照无法读取：{error}")
        return None


def _audit_new(session: Session, action: str, entity: str, entity_id: int) -> dict[str, Any] | None:
    return session.scalar(
        sa.select(AuditEntry.new)
        .where(
            AuditEntry.action == action,
            AuditEntry.entity == entity,
            AuditEntry.entity_id == str(entity_id),
        )
        .order_by(AuditEntry.id)
        .limit(1)
    )
