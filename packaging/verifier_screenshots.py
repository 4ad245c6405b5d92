"""The verification page in headless Chromium, at a phone's width (390 px) and a desktop's
(1280 px): a licence that reads 有效, one whose payload was changed (无效) and one voided
(已作废), from a demo bureau's database. Called by screenshots.py; alone:

python packaging/verifier_screenshots.py DIR
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.support.chromium

from desktop.data import models as m
from desktop.documents.metadata import read_record
from desktop.documents.model import DocumentType
from desktop.domain.enums import CaseStatus
from desktop.services.bureau import save_profile
from desktop.services.documents.issuing import issue_document, void_document
from desktop.services.documents.verifier import export_verifier
from desktop.services.staff import actor_for
from tests.support.chromium import Chromium, StaticServer, chromium_binary

WIDTHS = {"phone": (390, 844), "desktop": (1280, 900)}
DONE = "['valid','void','invalid','unknown'].includes(document.body?.dataset.checked)"


def _licences(sessions, address: str, site: Path) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """Two fresh licences' QR texts and numbers, the second voided."""
    with sessions() as session, session.begin():
        admin = actor_for(session, "admin")
        save_profile(session, admin, {"verify_url": address})
        clerk_name = session.scalar(
            sa.select(m.StaffUser.username)
            .join(m.StaffRole)
            .where(m.StaffRole.role == "clerk")
            .order_by(m.StaffUser.id)
        )
        clerk = actor_for(session, clerk_name)
        approved = session.scalars(
            sa.select(m.Case.id)
            .where(m.Case.status == CaseStatus.APPROVED)
            .order_by(m.Case.id)
            .limit(2)
        ).all()
        issued = [issue_document(session, clerk, case, DocumentType.LICENCE) for case in approved]
        void_document(session, clerk, issued[1].number, "持证人名称填写错误，已重新制发")
        export_verifier(session, clerk, site)
    return [(read_record(one.pdf).qr_text or "", one.number) for one in issued]


def shoot_verifier(sessions, folder: Path) -> None:  # type: ignore[no-untyped-def]
    binary = chromium_binary()
    if binary is None:
        print("chromium is not installed: no screenshots of the verification page")
        return
    site = Path(tempfile.mkdtemp(prefix="verifier-site-"))
    server = StaticServer(site)
    browser = Chromium(binary)
    try:
        (valid, _), (voided, _) = _licences(sessions, server.url, site)
        payload = valid.split("#", 1)[1]
        middle = len(payload) // 2
        changed = server.url + "#" + payload[:middle] + "x" + payload[middle + 1 :]
        for name, (width, height) in WIDTHS.items():
            page = browser.page(width, height, mobile=width < 600)
            for state, url in (("valid", valid), ("invalid", changed), ("void", voided)):
                browser.go(page, "about:blank")
                browser.wait_for(page, "location.href === 'about:blank'")
                browser.go(page, url)
                browser.wait_for(page, DONE)
                target = folder / f"verifier-{state}-{name}.png"
                browser.screenshot(page, target, width)
                print(target)
    finally:
        browser.close()
        server.stop()


if __name__ == "__main__":
    from desktop.data.database import make_engine, parse_url, session_factory
    from desktop.services.admin.setup import prepare_database
    from desktop.services.demo.generate import DemoOptions, generate_demo

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=Path("screenshots"))
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    url = parse_url(str(Path(tempfile.mkdtemp()) / "verifier.sqlite3"))
    engine = make_engine(url, create=True)
    prepare_database(engine)
    sessions = session_factory(engine)
    generate_demo(sessions, DemoOptions(cases=300, seed=1))
    shoot_verifier(sessions, args.folder)
