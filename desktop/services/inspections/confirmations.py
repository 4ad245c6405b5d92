"""Each inspector's confirmation of an on-site record (现场踏勘记录) by signing in: for
themselves, once, and only while the record is saved (ALL art. 61). On PostgreSQL the
confirmation is written by `desk_confirm_record` in the inspector's own login."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from desktop.data import models as m
from desktop.domain.actor import Actor
from desktop.domain.inspections.site_record import RecordRefused
from desktop.services import audit, timesource
from desktop.services.inspections.access import SCHEDULING, require
from desktop.services.inspections.site_record import WRITABLE, SiteRecord, site_record
from desktop.services.inspections.teams import load_inspection
from desktop.services.server_signin import sign_in_anywhere


def confirm_record(session: Session, signer: Actor, inspection_id: int) -> int:
    """The signed-in inspector `signer` confirms the saved record for themselves, once;
    returns their inspector id. On PostgreSQL through `desk_confirm_record`, in their own
    login (the database holds the same rules)."""
    if session.get_bind().dialect.name == "postgresql":
        inspector_id = int(
            session.scalar(
                sa.text("SELECT public.desk_confirm_record(:inspection, :signer)"),
                {"inspection": inspection_id, "signer": signer.user_id},
            )
        )
    else:
        member = check_confirmable(session, inspection_id, signer)
        member.signed_at = timesource.now()
        inspector_id = member.inspector_id
        session.flush()
    audit.record(
        session,
        signer,
        "inspection_record_confirm",
        "inspection",
        inspection_id,
        None,
        {"inspector": inspector_id, "signed_in_as": signer.username},
    )
    return inspector_id


def check_confirmable(session: Session, inspection_id: int, signer: Actor) -> m.InspectionMember:
    """The team member `signer` is, if the record is saved and they have not confirmed it
    yet; RecordRefused otherwise."""
    load_inspection(session, inspection_id, WRITABLE)
    record = session.get(m.InspectionRecord, inspection_id)
    if record is None or record.conclusion is None:
        raise RecordRefused("请先保存踏勘记录，再由踏勘人员确认")
    name = signer.full_name or signer.username
    member = session.scalar(
        sa.select(m.InspectionMember)
        .join(m.Inspector, m.Inspector.id == m.InspectionMember.inspector_id)
        .where(
            m.InspectionMember.inspection_id == inspection_id,
            m.InspectionMember.is_backup.is_(False),
            m.Inspector.staff_user_id == signer.user_id,
        )
    )
    if member is None:
        raise RecordRefused("{name} 不是本次踏勘组成员，不能确认本记录", name=name)
    if member.signed_at is not None:
        raise RecordRefused("{name} 已确认过本记录，不能重复确认", name=name)
    return member


def confirm_by_signing_in(
    sessions: sessionmaker[Session],
    actor: Actor,
    inspection_id: int,
    username: str,
    password: str,
) -> SiteRecord:
    """An inspector confirms the record by signing in (the sign-in dialog's own check:
    the server's on PostgreSQL, the stored hash on SQLite): the coordinator `actor` checks
    the record can be confirmed, then the confirmation is kept in the inspector's name, by
    their own login on PostgreSQL."""
    require(actor, SCHEDULING, "组织踏勘人员确认记录")
    engine = sessions.kw["bind"]
    signed = sign_in_anywhere(engine.url, sessions, username, password)
    try:
        with sessions() as session:
            check_confirmable(session, inspection_id, signed.actor)
        with signed.sessions() as session, session.begin():
            confirm_record(session, signed.actor, inspection_id)
    finally:
        if signed.sessions is not sessions:
            signed.sessions.kw["bind"].dispose()
    with sessions() as session:
        return site_record(session, actor, inspection_id)
