"""QR guides for the catalogue's items (码上办): one page per item and hall posters, made in
one batch with progress. The QR holds the item's public page when the bureau has set a URL
pattern (e.g. https://zwfw.example.gov.cn/item/{code}), else the guide's text."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import sqlalchemy as sa
from sqlalchemy.orm import Session, selectinload

from desktop.data.models import Item
from desktop.documents.guides import GuideMaterial, ItemGuide, guide_pdf, guide_text, poster_pdf
from desktop.domain.actor import Actor
from desktop.services.bureau import BureauProfile, load_profile
from desktop.services.documents.render_lock import rendering

Report = Callable[[int, int], None]


def item_guides(session: Session, codes: Sequence[str] | None = None) -> list[ItemGuide]:
    profile = load_profile(session)
    query = (
        sa.select(Item)
        .options(selectinload(Item.materials), selectinload(Item.department))
        .where(Item.active.is_(True))
        .order_by(Item.code)
    )
    if codes is not None:
        query = query.where(Item.code.in_(codes))
    return [
        ItemGuide(
            code=item.code,
            name=item.name,
            department=item.department.short_name,
            statutory_days=item.statutory_limit_days,
            promised_days=item.promised_limit_days,
            fee=item.fee,
            legal_basis=item.legal_basis,
            at_most_one_trip=item.at_most_one_trip,
            materials=tuple(
                GuideMaterial(m.name, m.description, m.original_required, m.copies)
                for m in item.materials
            ),
            organ_name=profile.organ_name,
            address=profile.address,
            hotline=profile.hotline,
        )
        for item in session.scalars(query)
    ]


def qr_content(profile: BureauProfile, guide: ItemGuide) -> str:
    pattern = profile.qr_url_pattern.strip()
    return pattern.replace("{code}", guide.code) if pattern else guide_text(guide)


def make_guides(
    session: Session, actor: Actor, codes: Sequence[str] | None = None, report: Report | None = None
) -> bytes:
    profile = load_profile(session)
    guides = item_guides(session, codes)
    with rendering():
        return guide_pdf([(guide, qr_content(profile, guide)) for guide in guides], report)


def make_poster(session: Session, actor: Actor, codes: Sequence[str] | None = None) -> bytes:
    profile = load_profile(session)
    guides = item_guides(session, codes)
    entries = [(g.code, g.name, qr_content(profile, g)) for g in guides]
    with rendering():
        return poster_pdf(f"{profile.organ_name} 扫码办事指南", entries)
