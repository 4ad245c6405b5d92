"""The on-site record on the small inspector pool: a checklist for the inspection item,
staff accounts for two inspectors of a hand-made team, and a way to sign in as them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from desktop.data import models as m
from desktop.domain.enums import FindingVerdict, HalfDay, InspectionConclusion
from desktop.domain.inspections.site_record import Finding
from desktop.domain.passwords import hash_password
from desktop.services.inspections.changes import override_team
from desktop.services.inspections.site_record import RecordForm
from tests.support.inspection_bureau import FIRST_DAY
from tests.support.logins import PASSWORD, give_logins, staff_sessions

CHECKLIST = (
    ("建设地点与申请材料所附总平面图一致", False),
    ("消防车通道畅通，未被占用或堵塞", True),
    ("现场安全防护措施到位", False),
)
TEAM = ("张二", "李四")  # 土木建筑 and 消防, one of them from the item's department
# Inspector -> their staff account (an inspector signs in to confirm the record).
ACCOUNTS = {"张二": "insp_zhang2", "李四": "insp_li4", "张三": "insp_zhang3"}


@dataclass
class Site:
    pool: Any
    inspection_id: int
    case_id: int
    db_url: Any

    @property
    def bureau(self) -> Any:
        return self.pool.bureau

    def coordinator_sessions(self) -> sessionmaker[Session]:
        """The coordinator's own sessions (their login on PostgreSQL)."""
        if self.db_url.get_backend_name() == "postgresql":
            return staff_sessions(self.db_url, "coord1")
        return self.bureau.sessions


def prepare_site(pool: Any, db_url: Any) -> Site:
    """The pool's first request gets the checklist and a team of 张二 and 李四 on the draw's
    first afternoon; the inspectors get accounts with the tests' password."""
    bureau = pool.bureau
    with bureau.sessions() as session, session.begin():
        item = session.scalar(sa.select(m.Item).where(m.Item.code == "inspect"))
        for seq, (text, major) in enumerate(CHECKLIST, start=1):
            session.add(m.ItemCheckPoint(item_id=item.id, seq=seq, text=text, major=major))
        for inspector, username in ACCOUNTS.items():
            user = m.StaffUser(
                username=username,
                full_name=inspector,
                password_hash=hash_password(PASSWORD),
            )
            session.add(user)
            session.flush()
            session.get(m.Inspector, pool.inspectors[inspector]).staff_user_id = user.id
    if db_url.get_backend_name() == "postgresql":
        give_logins(bureau.sessions, ACCOUNTS.values())
    inspection_id = pool.inspections[0]
    members = [pool.inspectors[name] for name in TEAM]
    pool.run(override_team, inspection_id, FIRST_DAY, HalfDay.PM, members, "测试指定")
    with bureau.sessions() as session:
        case_id = session.get(m.Inspection, inspection_id).case_id
    return Site(pool, inspection_id, case_id, db_url)


def form(
    conclusion: InspectionConclusion,
    *,
    failing: int | None = None,
    rectify_due: date | None = None,
) -> RecordForm:
    """A record form: every point meets, except `failing` (a number of CHECKLIST)."""
    findings = tuple(
        Finding(seq, FindingVerdict.FAILS, "消防车通道被材料堆放占用")
        if seq == failing
        else Finding(seq, FindingVerdict.MEETS, "")
        for seq in range(1, len(CHECKLIST) + 1)
    )
    return RecordForm("王五", findings, conclusion, "现场核查情况如上。", rectify_due)
