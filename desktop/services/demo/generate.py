"""`approval-desk demo`: fill an empty database with a whole demo bureau in one transaction."""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import accumulate
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from desktop.data import models as m
from desktop.data.bulk import bulk_insert, execute_prepared, recorded_as_one
from desktop.data.calendar import load_work_calendar
from desktop.data.logins import link_logins
from desktop.domain.actor import Actor
from desktop.domain.enums import ApplicantKind, CaseStatus, Category, Role
from desktop.domain.errors import DomainError
from desktop.domain.phrases import Term
from desktop.domain.steps import LIMIT_COLUMNS, Step
from desktop.domain.workdays import WorkCalendar
from desktop.services import audit
from desktop.services.demo import DEMO_CASES, checklists, commitments, reference, site_records
from desktop.services.demo.cases import CaseContext, Chunk, ChunkResult, run_chunks
from desktop.services.demo.catalogue import build_catalogue
from desktop.services.demo.documents import issue_demo_documents, make_trial_keys
from desktop.services.demo.licences import plan_licence_life
from desktop.services.demo.lifecycle import ItemFacts, Staff
from desktop.services.demo.moments import OFFICE_SECONDS, demo_today, office_ceiling, office_moment
from desktop.services.demo.notices import result_notice_rows
from desktop.services.demo.people import DEMO_PASSWORD, NamePools, make_applicants, make_staff
from desktop.services.demo.projects import plan_projects
from desktop.services.demo.promises import plan_promises
from desktop.services.demo.tickets import ticket_rows
from desktop.services.demo.visits import Pool, plan_visits

Progress = Callable[[str, int, int], None]
BATCH = 2000
# The intake of a small district hall (the field report's bureau takes ~125 a day): a demo
# spreads its cases over as many working days as that rate needs, from a month up to two
# years, so its share of work in flight, and so its completion rate, is a real bureau's.
DAILY_CASES = 12
SHORTEST_HISTORY = 20  # working days
LONGEST_HISTORY = timedelta(days=730)
Row = dict[str, Any]
INSPECTORS = 96
RECUSAL_TIES = 320
# Tables whose ids the demo assigns itself; PostgreSQL sequences must move past them.
ID_TABLES = (
    "departments",
    "specialties",
    "items",
    "item_materials",
    "item_check_points",
    "staff_users",
    "applicants",
    "inspectors",
    "cases",
    "case_events",
    "case_materials",
    "clock_pauses",
    "inspections",
    "tickets",
    "ratings",
    "rating_follow_ups",
    "result_notices",
    "inspector_unavailability",
    "recusal_ties",
)


class DatabaseNotEmpty(DomainError):
    code = "database_not_empty"


@dataclass(frozen=True)
class DemoOptions:
    cases: int = DEMO_CASES
    seed: int = 1
    today: date | None = None
    # Simulate cases in a worker process while this one writes (same result either way).
    parallel: bool = True


@dataclass
class DemoSummary:
    today: date
    counts: dict[str, int] = field(default_factory=dict)
    statuses: Counter[str] = field(default_factory=Counter)
    usernames: list[str] = field(default_factory=list)

    def describe(self) -> str:
        names = {
            "departments": "部门",
            "items": "事项",
            "staff": "工作人员",
            "applicants": "申请人",
            "inspectors": "踏勘人员",
            "cases": "办件",
            "events": "办理记录",
            "tickets": "热线与投诉",
            "notices": "监管结果抄告",
            "documents": "文书",
            "licences": "原有许可证",
            "promises": "容缺承诺",
            "projects": "工程建设项目",
            "commitments": "告知承诺",
            "revocations": "撤销立案",
        }
        lines = [f"演示数据已生成（今天 = {self.today}）："]
        lines.append("  " + "，".join(f"{names[k]} {v}" for k, v in self.counts.items()))
        lines.append(
            "  办件状态："
            + "，".join(f"{CaseStatus(s).label} {n}" for s, n in sorted(self.statuses.items()))
        )
        lines.append("  签章密钥：试用密钥（与 approval-desk keys init 生成的相同）")
        lines.append(f"  登录账号：{', '.join(self.usernames)}")
        if self.counts.get("inspectors"):
            last = f"insp{self.counts['inspectors']:03d}"
            lines.append(f"  踏勘人员账号（登录确认现场踏勘记录）：insp001 至 {last}")
        lines.append(f"  演示密码（所有账号相同，仅显示这一次）：{DEMO_PASSWORD}")
        return "\n".join(lines)


def generate_demo(
    sessions: sessionmaker[Session], options: DemoOptions, progress: Progress | None = None
) -> DemoSummary:
    """Write the demo bureau; all or nothing. Refuses a database that already has data."""
    if options.cases < 0:
        raise DomainError("办件数量不能为负数")
    report = progress or (lambda step, done, total: None)
    with sessions() as session, session.begin():
        _refuse_non_empty(session)
        return _Generator(session, options, report).run()


def _refuse_non_empty(session: Session) -> None:
    for model, what in (
        (m.Case, Term("办件")),
        (m.Item, Term("事项")),
        (m.StaffUser, Term("工作人员")),
    ):
        if session.scalar(sa.select(sa.func.count()).select_from(model)):
            raise DatabaseNotEmpty(
                "数据库中已有{what}：演示数据只能写入新数据库，请用 --db 指定一个新的数据库文件",
                what=what,
            )


class _Generator:
    def __init__(self, session: Session, options: DemoOptions, report: Progress) -> None:
        self.session = session
        self.options = options
        self.report = report
        self.rng = random.Random(options.seed)
        self.today = options.today or demo_today()
        self.calendar = load_work_calendar(session)
        self.summary = DemoSummary(self.today)
        self.persons: frozenset[int] = frozenset()  # applicant ids of natural persons

    def insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        bulk_insert(self.session, m.Base.metadata.tables[table], rows)

    def run(self) -> DemoSummary:
        # The load is recorded by its one audit entry below, not one per row.
        with recorded_as_one(self.session):
            case_count = self._load()
        make_trial_keys(self.session)
        counts = self.summary.counts
        counts.update(licences=plan_licence_life(self.session, self.rng, self.today))
        # Its own chance, so the rest of the demo stays as the seed always made it.
        promise_rng = random.Random(f"promises-{self.options.seed}")
        counts.update(promises=plan_promises(self.session, promise_rng, self.calendar, self.today))
        projects = random.Random(f"{self.options.seed}/projects")  # its own stream
        counts.update(projects=plan_projects(self.session, projects, self.calendar, self.today))
        checks = commitments.plan_checks(self.session, self.rng, self.calendar, self.today)
        counts.update(documents=issue_demo_documents(self.session, self.report))
        counts.update(commitments=checks, revocations=commitments.open_revocations(self.session))
        audit.record(
            self.session,
            Actor.system("demo"),
            "generate_demo",
            "database",
            None,
            new={"seed": self.options.seed, "cases": case_count, "today": self.today.isoformat()},
        )
        return self.summary

    def _load(self) -> int:
        """Every table of the demo, in one go; how many cases."""
        rng, counts = self.rng, self.summary.counts
        pools = NamePools(self.options.seed, 3000)
        catalogue = build_catalogue()
        self.report("参考数据", 0, 1)
        self.insert("departments", reference.department_rows())
        self.insert("specialties", reference.specialty_rows())
        items, materials, item_specialties = reference.item_rows(catalogue)
        commitments.mark_items(items)  # 告知承诺制
        self.insert("items", items)
        self.insert("item_materials", materials)
        self.insert("item_specialties", item_specialties)
        self.insert("item_check_points", checklists.check_point_rows(catalogue))
        staff_specs = make_staff(rng, pools)
        users, roles = reference.staff_rows(staff_specs)
        self.insert("staff_users", users)
        self.insert("staff_roles", roles)
        if self.session.get_bind().dialect.name == "postgresql":
            # There everyone signs in with a database login of their own.
            link_logins(self.session, [u["username"] for u in users], DEMO_PASSWORD)
        applicant_specs = make_applicants(rng, pools, max(60, self.options.cases // 3))
        self.insert("applicants", reference.applicant_rows(applicant_specs))
        self.persons = frozenset(
            n for n, a in enumerate(applicant_specs, 1) if a.kind is ApplicantKind.PERSON
        )
        inspectors, links = reference.inspector_rows(rng, pools, catalogue, INSPECTORS)
        # Inspectors sign in to confirm their records: an account each, no job role.
        accounts = site_records.inspector_accounts(inspectors, users)
        self.insert("staff_users", accounts)
        if self.session.get_bind().dialect.name == "postgresql":
            link_logins(self.session, [a["username"] for a in accounts], DEMO_PASSWORD)
        self.insert("inspectors", inspectors)
        self.insert("inspector_specialties", links)
        upcoming = [self.calendar.add_working_days(self.today, n) for n in range(1, 21)]
        away = reference.unavailability_rows(rng, INSPECTORS, upcoming)
        self.insert("inspector_unavailability", away)
        self.away = frozenset((a["inspector_id"], a["day"], a["half_day"]) for a in away)
        ties = reference.recusal_rows(rng, INSPECTORS, applicant_specs, self.today, RECUSAL_TIES)
        self.insert("recusal_ties", ties)
        self.conflicts = {(t["inspector_id"], t["applicant_id"]) for t in ties}
        counts.update(
            departments=len(reference.department_rows()),
            items=len(items),
            staff=len(users),
            applicants=len(applicant_specs),
            inspectors=len(inspectors),
        )
        self.summary.usernames = [u["username"] for u in users]
        staff = _staff_by_job(staff_specs)
        case_count = self._cases(items, materials, staff, inspectors, pools.people[:300])
        records_rng = random.Random(f"{self.options.seed}/records")
        records, findings = site_records.record_rows(self.session, records_rng, self.calendar)
        self.insert("inspection_records", records)
        self.insert("inspection_findings", findings)
        tickets, ticket_events = ticket_rows(
            rng, pools, self.calendar, self.today, case_count, staff, self.options.cases // 40
        )
        self.insert("tickets", tickets)
        self.insert("ticket_events", ticket_events)
        notices = result_notice_rows(self.session, self.rng, pools, self.calendar, self.today)
        counts.update(cases=case_count, tickets=len(tickets), notices=notices)
        self._advance_sequences()
        return case_count

    def _cases(
        self,
        items: list[Row],
        materials: list[Row],
        staff: Staff,
        inspectors: list[Row],
        recipients: list[str],
    ) -> int:
        rng, calendar, today = self.rng, self.calendar, self.today
        facts = _item_facts(items, materials)
        last = calendar.position(today)
        first = history_start(calendar, today, self.options.cases)
        # Applications arrive at a steady rate: what is in flight today is the last few days'
        # intake, as in a real hall (no surge staged for the live queues).
        days = [
            calendar.working_day_at(rng.randint(first, last)) for _ in range(self.options.cases)
        ]
        # Accepted in office hours, the last hour left for the day's first steps.
        moments = sorted(
            office_moment(day, min(rng.randint(0, OFFICE_SECONDS - 3600), office_ceiling(day)))
            for day in days
        )
        per_day: Counter[date] = Counter()
        accepted = []
        for moment in moments:
            per_day[moment.date()] += 1
            accepted.append((f"GX{moment:%Y%m%d}{per_day[moment.date()]:04d}", moment))
        by_department: dict[int, list[int]] = {}
        for inspector in inspectors:
            if inspector["active"]:
                by_department.setdefault(inspector["department_id"], []).append(inspector["id"])
        context = CaseContext(
            seed=self.options.seed,
            calendar=calendar,
            today=today,
            staff=staff,
            items=facts,
            # Popular items (food licences, building permits) draw most applications.
            popularity=list(accumulate(1.0 / (rank % 60 + 3) for rank in range(len(facts)))),
            applicant_count=self.summary.counts["applicants"],
            persons=self.persons,
            inspectors_by_department=by_department,
            active_inspectors=sorted(i for ids in by_department.values() for i in ids),
            conflicts=frozenset(self.conflicts),
            recipients=recipients,
            dialect_class=type(self.session.get_bind().dialect),
        )
        chunks = [
            Chunk(n, start + 1, accepted[start : start + BATCH])
            for n, start in enumerate(range(0, len(accepted), BATCH))
        ]
        connection = self.session.connection()
        written = 0
        requests: list[tuple[Row, int]] = []

        def write(result: ChunkResult) -> None:
            nonlocal written
            requests.extend(result.pending)
            for prepared in result.tables:
                execute_prepared(connection, prepared)
            self.summary.statuses.update(result.statuses)
            self.summary.counts["events"] = self.summary.counts.get("events", 0) + result.events
            written += len(result.tables[0].values)
            self.report("办件", written, len(accepted))

        run_chunks(context, chunks, write, parallel=self.options.parallel)
        pool = Pool(by_department, context.active_inspectors, context.conflicts, self.away)
        # Its own stream, so the cases stay as they were whatever the coordinator's day.
        planner = random.Random(f"{self.options.seed}/visits")
        inspections, members = plan_visits(planner, calendar, today, requests, pool)
        self.insert("inspections", inspections)
        self.insert("inspection_members", members)
        return len(accepted)

    def _advance_sequences(self) -> None:
        if self.session.get_bind().dialect.name != "postgresql":
            return
        for table in ID_TABLES:
            self.session.execute(
                sa.text(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"COALESCE((SELECT max(id) FROM {table}), 0) + 1, false)"
                )
            )


def history_start(calendar: WorkCalendar, today: date, cases: int) -> int:
    """The calendar position of the demo's first working day: `cases` at DAILY_CASES a day,
    at least SHORTEST_HISTORY working days and at most two years before `today`."""
    last = calendar.position(today)
    span = max(SHORTEST_HISTORY, math.ceil(cases / DAILY_CASES))
    return max(last - span + 1, calendar.position(today - LONGEST_HISTORY) + 1)


def _item_facts(items: list[dict[str, Any]], materials: list[dict[str, Any]]) -> list[ItemFacts]:
    by_item: dict[int, list[dict[str, Any]]] = {}
    for material in materials:
        by_item.setdefault(material["item_id"], []).append(material)
    return [
        ItemFacts(
            id=i["id"],
            category=i["category"],
            department_id=i["department_id"],
            statutory_days=i["statutory_limit_days"],
            promised_days=i["promised_limit_days"],
            needs_inspection=i["needs_inspection"],
            inspection_pauses_clock=i["inspection_pauses_clock"],
            # 告知承诺制: decided at once by the handler, as a window-authorised item is.
            window_authorised=i["window_authorised"] or i["commitment_based"],
            two_level=i["two_level_signoff"],
            material_ids=tuple(x["id"] for x in by_item.get(i["id"], [])),
            material_names=tuple(x["name"] for x in by_item.get(i["id"], [])),
            step_limits=tuple(i[LIMIT_COLUMNS[step]] for step in Step),
            case_kind=str(i["case_kind"]),
        )
        for i in items
    ]


def _staff_by_job(specs: list[Any]) -> Staff:
    def having(role: Role) -> list[int]:
        return [n for n, spec in enumerate(specs, 1) if role in spec.roles]

    window = having(Role.WINDOW_APPROVER)  # they accept and decide at the window
    clerks = [n for n in having(Role.CLERK) if n not in window]
    return Staff(
        handlers={
            Category.ENGINEERING.value: having(Role.HANDLER_ENGINEERING),
            Category.SOCIAL.value: having(Role.HANDLER_SOCIAL),
        },
        reviewers=[n for n in having(Role.REVIEWER) if n not in having(Role.HEAD)],
        heads=having(Role.HEAD),
        clerks=clerks,
        front_desk=clerks,
        supervisors=having(Role.SUPERVISOR),
        window_clerks=window,
    )
