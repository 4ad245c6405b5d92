"""`approval-desk verifier export DIR`: the static verification page, ready to host.

The folder holds the page (resources/verifier: its HTML, script, style, offline worker and
vendored libraries), `trust.json` (the issuing organ, every QR key the bureau ever used,
the document titles, the age after which the page warns) and `voids.json` (the voided
documents' numbers and void dates, signed with the current QR key so the page can check
the list came from the bureau). Re-exporting after a void refreshes the list. README
"Anyone can verify" says how to host it.
"""

from __future__ import annotations

import base64
import json
import shutil
from dataclasses import dataclass
from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import IssuedDocument
from desktop.documents.model import DocumentType
from desktop.documents.qr_payload import key_id, public_key_bytes
from desktop.domain.actor import Actor
from desktop.domain.enums import Role
from desktop.domain.errors import DomainError
from desktop.domain.guards import NotAllowed
from desktop.domain.timezone import CHINA
from desktop.services import audit, timesource
from desktop.services.bureau import load_profile
from desktop.services.documents.signing_keys import load_signing, load_trust

TRUST_FILE = "trust.json"
VOIDS_FILE = "voids.json"


@dataclass(frozen=True)
class VerifierExport:
    folder: Path
    keys: int  # public QR keys in the trust list
    voided: int  # documents in the signed list
    verify_url: str  # the profile's address ("" when not set)


def page_source() -> Traversable:
    """The page's files (resources/verifier)."""
    source = files("desktop.resources").joinpath("verifier")
    if not source.joinpath("index.html").is_file():
        raise DomainError("缺少核验网页的资源文件：安装不完整，请重新安装审批工作台")
    return source


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _copy_tree(source: Traversable, target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for node in source.iterdir():
        if node.is_dir():
            _copy_tree(node, target / node.name)
        elif node.is_file():
            with as_file(node) as path:
                shutil.copyfile(path, target / node.name)


def export_verifier(
    session: Session, actor: Actor, folder: Path, *, source: Traversable | None = None
) -> VerifierExport:
    """Write (or refresh) the verification page's folder; the void list is signed with the
    QR key, so this runs where that key is kept."""
    if not (actor.has(Role.ADMIN) or actor.has(Role.CLERK) or actor.has(Role.HEAD)):
        raise NotAllowed("只有系统管理员、发证窗口人员或局领导可以导出核验网页")
    if folder.exists() and not folder.is_dir():
        raise DomainError("“{folder}”不是文件夹：请指定要写入核验网页的文件夹", folder=folder)
    profile = load_profile(session)
    signing = load_signing(session)
    keys = dict(load_trust(session).qr_keys)
    current = signing.qr_key.public_key()
    keys[key_id(current)] = current
    voided = {
        number: voided_at.astimezone(CHINA).date().isoformat()
        for number, voided_at in session.execute(
            sa.select(IssuedDocument.number, IssuedDocument.voided_at)
            .where(IssuedDocument.void.is_(True))
            .order_by(IssuedDocument.number)
        )
        if voided_at is not None
    }
    now = timesource.now().astimezone(CHINA)
    updated = now.isoformat(timespec="seconds")
    listed = json.dumps(
        {"organ": profile.organ_name, "updated": updated, "voided": voided},
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    signed_list = {
        "list": listed,
        "key": key_id(current),
        "signature": _b64(signing.qr_key.sign(listed.encode("utf-8"))),
    }
    trust = {
        "organ": profile.organ_name,
        "hotline": profile.hotline,
        "keys": {kid: _b64(public_key_bytes(key)) for kid, key in sorted(keys.items())},
        "titles": {kind.value: kind.label for kind in DocumentType},
        "void_list_days": profile.void_list_days,
        "verify_url": profile.verify_url,
    }
    try:
        _copy_tree(source or page_source(), folder)
        (folder / TRUST_FILE).write_text(
            json.dumps(trust, ensure_ascii=False, indent=1), encoding="utf-8"
        )
        (folder / VOIDS_FILE).write_text(
            json.dumps(signed_list, ensure_ascii=False, indent=1), encoding="utf-8"
        )
    except OSError as error:
        raise DomainError(
            "无法写入文件夹“{folder}”：{reason}", folder=folder, reason=error.strerror or error
        ) from None
    audit.record(
        session,
        actor,
        "export_verifier",
        "setting",
        "verifier",
        new={"folder": str(folder), "keys": len(keys), "voided": len(voided)},
    )
    return VerifierExport(folder, len(keys), len(voided), profile.verify_url)
