"""Replaying a recorded draw: recompute it from the stored seed and snapshot and compare
digests with the log and with the audit trail, replacements included.

Loading happens in a session (`load_recorded`); the recomputation (`replay`) needs none,
so no transaction stays open while the solver runs.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import AuditEntry
from desktop.domain.actor import Actor
from desktop.domain.enums import HalfDay
from desktop.domain.inspections.draw import draw_plan
from desktop.domain.inspections.draw_events import DrawEvent
from desktop.domain.inspections.draw_replacement import draw_replacement
from desktop.domain.inspections.draw_result import DRAW_RULES_VERSION, Assignment
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
    seed: str
    rules_version: str
    snapshot_hash: str
    snapshot: str
    recorded_digest: str | None  # None: no result was stored
    audit_record: dict[str, Any]  # the audit entry written when the seed was recorded
    audit_digest: str | None  # the digest the audit entry of the result names
    replacements: tuple[RecordedReplacement, ...]


@dataclass(frozen=True)
class ReplayReport:
    draw_id: int
    seed: str
    recorded_digest: str | None
    recomputed_digest: str | None
    replacements: tuple[tuple[int, bool], ...]  # (log entry id, identical)
    problems: tuple[str, ...]

    @property
    def identical(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        lines = [
            f"抽取 {self.draw_id}  种子 {self.seed}",
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
    record = _audit_new(session, "record_draw", "inspection_draw", draw_id) or {}
    audit_result = (
        _audit_new(session, "draw_result", "inspection_draw_log", result.id) if result else None
    )
    return RecordedDraw(
        draw.id,
        draw.seed,
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
    )


def replay(recorded: RecordedDraw) -> ReplayReport:
    """Recompute the draw and its replacements; every disagreement is named."""
    problems: list[str] = []
    if recorded.rules_version != DRAW_RULES_VERSION:
        problems.append(
            f"本次抽取按规则版本 {recorded.rules_version} 进行，本程序为 {DRAW_RULES_VERSION}"
        )
    stored = hashlib.sha256(recorded.snapshot.encode("utf-8")).hexdigest()
    if stored != recorded.snapshot_hash:
        problems.append("存储的数据快照与登记的快照摘要不符：快照已被改动")
    if (recorded.audit_record.get("seed"), recorded.audit_record.get("snapshot_hash")) != (
        recorded.seed,
        recorded.snapshot_hash,
    ):
        problems.append("抽取记录的种子或快照摘要与审计日志登记的不一致")
    if recorded.recorded_digest is None:
        problems.append("本次抽取没有保存结果，无可比对")
    elif recorded.audit_digest != recorded.recorded_digest:
        problems.append("抽取记录的结果摘要与审计日志登记的不一致")
    snapshot = _parse(recorded.snapshot, problems)
    recomputed = None
    if snapshot is not None:
        recomputed = draw_plan(snapshot, recorded.seed).result_digest()
        if recorded.recorded_digest is not None and recomputed != recorded.recorded_digest:
            problems.append("用登记的种子和快照重新计算，结果与记录不一致")
    replacements = []
    for entry in recorded.replacements:
        same = _replacement_digest(entry, recorded.seed) == entry.digest
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
    )


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
    replacement = draw_replacement(
        snapshot,
        seed,
        Assignment(assignment["request_id"], slot, tuple(assignment["member_ids"])),
        data["leaving_id"],
        data["number"],
        data["load_cap"],
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
