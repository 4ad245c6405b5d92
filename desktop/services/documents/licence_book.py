"""Reading the licence register: one licence with all its versions, the licences about to
expire (reminders to holders, by SMS or letter, and to supervisors), and their export."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from desktop.data.models import Applicant, Case, Item, Licence
from desktop.documents.table_export import Table, to_xlsx
from desktop.domain.actor import Actor
from desktop.domain.enums import Role
from desktop.domain.errors import DomainError
from desktop.domain.guards import NotAllowed
from desktop.domain.licence_life import LicenceStatus, renewal_deadline, status_on
from desktop.services import timesource
from desktop.services.cases.licence_acts import current_version

# Who reads the register: whoever reads cases (data/security/grants.py gives them SELECT).
READERS = frozenset(Role) - {Role.ADMIN}
MAX_DAYS = 3660


@dataclass(frozen=True)
class LicenceVersion:
    """One version as the window shows it; `status` is as of the day asked."""

    licence_no: str
    version: int
    document_number: str | None  # None: issued before the bureau used this program
    holder: str
    holder_identifier: str
    item_code: str
    item_name: str
    valid_from: date
    valid_to: date | None  # None: 长期有效
    conditions: tuple[str, ...]
    scope: str
    status: LicenceStatus
    ended_on: date | None
    case_number: str | None
    ended_by_case: str | None

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("valid_from", "valid_to", "ended_on"):
            data[key] = data[key].isoformat() if data[key] else None
        data["conditions"] = list(self.conditions)
        data["status"] = self.status.value
        data["status_label"] = self.status.label
        return data


@dataclass(frozen=True)
class Expiring:
    """A licence in force that ends within the days asked, with whom to remind."""

    version: LicenceVersion
    days_left: int
    renewal_deadline: date
    contact_name: str
    contact_phone: str
    address: str

    def as_json(self) -> dict[str, Any]:
        return {
            **self.version.as_json(),
            "days_left": self.days_left,
            "renewal_deadline": self.renewal_deadline.isoformat(),
            "contact_name": self.contact_name,
            "contact_phone": self.contact_phone,
            "address": self.address,
        }


def _check(actor: Actor) -> None:
    if not actor.roles & READERS:
        raise NotAllowed("您不能查看许可证登记")


def _query() -> sa.Select[Any]:
    ender = aliased(Case)
    return (
        sa.select(Licence, Applicant, Item, Case.number, ender.number)
        .join(Applicant, Applicant.id == Licence.holder_id)
        .join(Item, Item.id == Licence.item_id)
        .outerjoin(Case, Case.id == Licence.case_id)
        .outerjoin(ender, ender.id == Licence.ended_by_case_id)
    )


def _version(row: Any, day: date) -> LicenceVersion:
    licence, holder, item, case_number, ended_by = row
    return LicenceVersion(
        licence.licence_no,
        licence.version,
        licence.document_number,
        holder.name,
        holder.identifier,
        item.code,
        item.name,
        licence.valid_from,
        licence.valid_to,
        tuple(str(line) for line in licence.conditions or ()),
        licence.scope or "",
        status_on(licence.status, licence.valid_to, day),
        licence.ended_on,
        case_number,
        ended_by,
    )


def licence_versions(
    session: Session, actor: Actor, number: str, day: date | None = None
) -> list[LicenceVersion]:
    """Every version of the licence with this number (its own, or any version's document
    number), oldest first."""
    _check(actor)
    licence_no = current_version(session, number).licence_no
    day = day or timesource.today()
    rows = session.execute(
        _query().where(Licence.licence_no == licence_no).order_by(Licence.version)
    ).all()
    return [_version(row, day) for row in rows]


def expiring(session: Session, actor: Actor, days: int, day: date | None = None) -> list[Expiring]:
    """The licences in force whose last day falls within `days` days from `day` (today),
    soonest first: the holders to remind to renew, and the supervisors' list."""
    _check(actor)
    if not 0 <= days <= MAX_DAYS:
        raise DomainError("天数应在 0 到 {most} 之间", most=MAX_DAYS)
    day = day or timesource.today()
    return _ending(session, day, day + timedelta(days=days), day)


def expiring_between(session: Session, actor: Actor, start: date, end: date) -> list[Expiring]:
    """The licences whose validity ends within a period (supervision's period; those ended
    before today read 已过期), soonest first; renewed, changed or ended ones are not listed."""
    _check(actor)
    if end < start:
        raise DomainError("期间的结束日不能早于开始日")
    return _ending(session, start, end, timesource.today())


def _ending(session: Session, first: date, last: date, day: date) -> list[Expiring]:
    rows = session.execute(
        _query()
        .where(
            Licence.status == LicenceStatus.VALID,
            Licence.valid_to.is_not(None),
            Licence.valid_to >= first,
            Licence.valid_to <= last,
        )
        .order_by(Licence.valid_to, Licence.licence_no)
    ).all()
    found = []
    for row in rows:
        version = _version(row, day)
        assert version.valid_to is not None
        holder = row[1]
        found.append(
            Expiring(
                version,
                (version.valid_to - day).days,
                renewal_deadline(version.valid_to),
                holder.contact_name,
                holder.contact_phone,
                holder.address or "",
            )
        )
    return found


REMINDER_HEADER = (
    "许可证编号",
    "持证人",
    "统一社会信用代码/身份证号",
    "事项",
    "有效期至",
    "剩余天数",
    "最迟申请延续日",
    "联系人",
    "联系电话",
    "地址",
)
VERSION_HEADER = (  # the licence's number is the table's title
    "版本",
    "文号",
    "持证人",
    "事项",
    "有效期自",
    "有效期至",
    "许可范围",
    "附加条件",
    "状态",
    "办件",
    "终止日",
    "终止办件",
)
LONG_TERM = "长期"
BEFORE_PROGRAM = "（本系统启用前发证）"


def expiring_title(days: int) -> str:
    return f"{days}天内到期的许可证"


def expiring_table(rows: list[Expiring], title: str) -> Table:
    """The holders to remind, one line each (for SMS or letters, and the supervisors' view)."""
    return Table(
        title,
        REMINDER_HEADER,
        [
            (
                row.version.licence_no,
                row.version.holder,
                row.version.holder_identifier,
                row.version.item_name,
                row.version.valid_to,
                row.days_left,
                row.renewal_deadline,
                row.contact_name,
                row.contact_phone,
                row.address,
            )
            for row in rows
        ],
    )


def versions_table(versions: list[LicenceVersion]) -> Table:
    """One licence's versions, oldest first, as the window and `licence show` give them."""
    return Table(
        versions[0].licence_no if versions else "许可证",
        VERSION_HEADER,
        [
            (
                v.version,
                v.document_number or BEFORE_PROGRAM,
                v.holder,
                v.item_name,
                v.valid_from,
                v.valid_to or LONG_TERM,
                v.scope,
                "；".join(v.conditions),
                v.status.label,
                v.case_number or "",
                v.ended_on,
                v.ended_by_case or "",
            )
            for v in versions
        ],
    )


def reminders_xlsx(rows: list[Expiring], days: int) -> bytes:
    return to_xlsx(expiring_table(rows, expiring_title(days)))
