"""The on-site record's rules (现场踏勘记录): what a complete record holds, how large a file
may be, which files are photos, and what each conclusion requires (ALL art. 34; the record
is signed by the inspectors, ALL art. 61)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import PurePath

from desktop.domain.enums import FindingVerdict, InspectionConclusion
from desktop.domain.errors import DomainError

MAX_FILE_BYTES = 5 * 1024 * 1024  # one photo or scan; the record stays printable and movable
PHOTO_SUFFIXES = frozenset({".jpg", ".jpeg", ".png"})
MAX_REPRESENTATIVE = 64


class RecordRefused(DomainError):
    """The record cannot be saved, attached to or confirmed as asked."""

    code = "record_refused"


@dataclass(frozen=True)
class Finding:
    """The team's verdict at one check point of the item's checklist, with a note."""

    seq: int
    verdict: FindingVerdict
    note: str = ""


def is_photo(name: str) -> bool:
    return PurePath(name).suffix.lower() in PHOTO_SUFFIXES


def file_digest(name: str, content: bytes) -> str:
    """The SHA-256 of a file about to be attached, or RecordRefused when it cannot be."""
    if not name.strip():
        raise RecordRefused("附件须有文件名")
    if not content:
        raise RecordRefused("文件“{name}”是空的，未添加", name=name)
    if len(content) > MAX_FILE_BYTES:
        raise RecordRefused(
            "文件“{name}”有 {size} MB，超过每个附件 {limit} MB 的上限，未添加：请压缩后再添加",
            name=name,
            size=f"{len(content) / 1024 / 1024:.1f}",
            limit=MAX_FILE_BYTES // 1024 // 1024,
        )
    return hashlib.sha256(content).hexdigest()


def check_record(
    checklist: dict[int, tuple[str, bool]],
    findings: tuple[Finding, ...],
    representative: str,
    conclusion: InspectionConclusion | None,
    summary: str,
    rectify_due: date | None,
    today: date,
) -> None:
    """Refuse a record that is incomplete or contradicts itself; `checklist` maps each
    check point's number to its text and major-violation flag."""
    given = {f.seq for f in findings}
    missing = [text for seq, (text, _) in sorted(checklist.items()) if seq not in given]
    if missing:
        raise RecordRefused("以下检查要点尚未填写结果：{points}", points="；".join(missing))
    unknown = sorted(given - set(checklist))
    if unknown:
        raise RecordRefused("检查要点 {seq} 不在本事项的检查清单中，请刷新后重填", seq=unknown[0])
    for finding in findings:
        if finding.verdict is FindingVerdict.FAILS and not finding.note.strip():
            raise RecordRefused(
                "“{point}”不符合：请写明发现的问题", point=checklist[finding.seq][0]
            )
    name = representative.strip()
    if not name:
        raise RecordRefused("请填写在场的申请人代表姓名")
    if len(name) > MAX_REPRESENTATIVE:
        raise RecordRefused("申请人代表姓名过长（最多 {n} 字）", n=MAX_REPRESENTATIVE)
    if conclusion is None:
        raise RecordRefused("请选择踏勘结论：合格、限期整改或不合格")
    if not summary.strip():
        raise RecordRefused("请填写踏勘情况综述")
    failed_major = [
        checklist[f.seq][0]
        for f in findings
        if f.verdict is FindingVerdict.FAILS and checklist[f.seq][1]
    ]
    if conclusion is InspectionConclusion.PASSES and failed_major:
        raise RecordRefused("重大事项“{point}”不符合，结论不能为合格", point=failed_major[0])
    if conclusion is InspectionConclusion.RECTIFY:
        if rectify_due is None:
            raise RecordRefused("限期整改须写明整改期限")
        if rectify_due <= today:
            raise RecordRefused("整改期限须晚于今天")
    elif rectify_due is not None:
        raise RecordRefused("只有限期整改才有整改期限")
