"""A small bureau for service tests: one item of each sign-off kind, staff for every role."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from desktop.data import models as m
from desktop.domain.actor import Actor
from desktop.domain.enums import ApplicantKind, Category, Role
from desktop.domain.timezone import CHINA
from desktop.services import timesource
from desktop.services.cases.intake import NewCase, accept_case
from desktop.services.staff import actor_for

START = datetime(2026, 11, 16, 10, 0, tzinfo=CHINA)  # a Monday

# key: (category, two_level, window_authorised, needs_inspection, promised, statutory)
ITEMS = {
    "two": (Category.ENGINEERING, True, False, False, 10, 20),
    "one": (Category.SOCIAL, False, False, False, 10, 20),
    "window": (Category.SOCIAL, False, True, False, 1, 5),
    "inspect": (Category.ENGINEERING, True, False, True, 10, 20),
}
STAFF = {
    "eng1": (Role.HANDLER_ENGINEERING,),
    "eng2": (Role.HANDLER_ENGINEERING,),
    "soc1": (Role.HANDLER_SOCIAL,),
    "review1": (Role.REVIEWER,),
    "review2": (Role.REVIEWER,),
    "head1": (Role.HEAD, Role.REVIEWER),
    "clerk1": (Role.CLERK,),
    # A window clerk the admin authorised to decide window items on the spot (窗口现场审批).
    "window1": (Role.CLERK, Role.WINDOW_APPROVER),
    "coord1": (Role.COORDINATOR,),
    "super1": (Role.SUPERVISOR,),
    "admin": (Role.ADMIN,),
}


class Clock:
    """The services' notion of now, moved by tests; on PostgreSQL the server's clock
    (`desk_now`, which only the DBA can replace) follows it once a bureau is made."""

    def __init__(self) -> None:
        self._now = START
        self.follower: Engine | None = None

    @property
    def now(self) -> datetime:
        return self._now

    @now.setter
    def now(self, value: datetime) -> None:
        self._now = value
        if self.follower is not None:
            set_server_clock(self.follower, value)

    def advance(self, days: int = 0, hours: int = 0) -> None:
        self.now += timedelta(days=days, hours=hours)


def set_server_clock(engine: Engine, at: datetime) -> None:
    """As the DBA: the database's clock stands at `at` (a test's fixed time)."""
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "CREATE OR REPLACE FUNCTION public.desk_now() RETURNS timestamptz "
            f"LANGUAGE sql STABLE AS $$ SELECT timestamptz '{at.isoformat()}' $$"
        )


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    current = Clock()
    monkeypatch.setattr(timesource, "now", lambda: current.now)
    return current


@dataclass
class Bureau:
    sessions: sessionmaker[Session]
    clock: Clock
    actors: dict[str, Actor] = field(default_factory=dict)
    applicant_id: int = 0
    numbers: Any = field(default_factory=lambda: itertools.count(1))

    def run(self, action: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """One user action: one session, one transaction."""
        with self.sessions() as session, session.begin():
            return action(session, *args, **kwargs)

    def new_case(self, item: str = "two", **changes: Any) -> Any:
        data = NewCase(
            number=f"T{next(self.numbers):05d}",
            item_code=item,
            applicant_id=self.applicant_id,
            accepted_at=changes.pop("accepted_at", self.clock.now - timedelta(hours=1)),
            **changes,
        )
        return self.run(accept_case, Actor.system("test"), data)

    def case(self, case_id: int) -> m.Case:
        with self.sessions() as session:
            case = session.get(m.Case, case_id)
            assert case is not None
            return case


@pytest.fixture
def bureau(sessions: sessionmaker[Session], clock: Clock, engine: Engine) -> Bureau:
    if engine.dialect.name == "postgresql":
        clock.follower = engine
        clock.now = clock.now
    with sessions() as session, session.begin():
        department = m.Department(code="ZJ", name="住房和城乡建设局", short_name="住建局")
        session.add(department)
        session.flush()
        for code, (category, two, window, inspect, promised, statutory) in ITEMS.items():
            item = m.Item(
                code=code,
                name=f"测试事项{code}",
                category=category,
                department_id=department.id,
                statutory_limit_days=statutory,
                promised_limit_days=promised,
                review_limit_days=max(1, promised // 2),
                signoff_limit_days=2,
                certificate_limit_days=2,
                delivery_limit_days=10,
                needs_inspection=inspect,
                inspection_pauses_clock=inspect,
                window_authorised=window,
                two_level_signoff=two,
            )
            item.materials = [
                m.ItemMaterial(seq=n, name=f"材料{n}", description="说明", original_required=n == 1)
                for n in (1, 2, 3)
            ]
            session.add(item)
        for username, roles in STAFF.items():
            user = m.StaffUser(username=username, full_name=f"用户{username}")
            user.roles = [m.StaffRole(role=role) for role in roles]
            session.add(user)
        applicant = m.Applicant(
            kind=ApplicantKind.ORGANISATION,
            name="渭南测试有限公司",
            identifier="91610500MA6Y12345A",
            contact_name="王五",
            contact_phone="13800000000",
        )
        session.add(applicant)
        session.flush()
        applicant_id = applicant.id
    result = Bureau(sessions, clock, applicant_id=applicant_id)
    with sessions() as session:
        result.actors = {name: actor_for(session, name) for name in STAFF}
    return result


@pytest.fixture
def pool(bureau: Bureau) -> Any:
    """The bureau with a small inspector pool and three pending inspection requests."""
    from tests.support.inspection_bureau import stock_pool

    return stock_pool(bureau)


@pytest.fixture
def as_staff(bureau: Bureau, db_url: Any) -> Any:
    """name -> a function running a service as that person, through their own login
    (PostgreSQL: the database's grants and row security apply, not the superuser's)."""
    from tests.support.logins import give_logins, staff_sessions

    give_logins(bureau.sessions, bureau.actors)
    makers = {name: staff_sessions(db_url, name) for name in bureau.actors}

    def run_as(name: str, service: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        with makers[name]() as session, session.begin():
            return service(session, bureau.actors[name], *args, **kwargs)

    yield run_as
    for maker in makers.values():
        maker.kw["bind"].dispose()
