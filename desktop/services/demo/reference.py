"""Demo reference rows: departments, specialties, the item catalogue, staff and inspectors."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from desktop.domain.enums import HalfDay, RecusalKind
from desktop.domain.passwords import hash_password
from desktop.services.demo.catalogue import (
    ItemSpec,
    catalogue_departments,
    catalogue_specialties,
    variant_of,
)
from desktop.services.demo.people import (
    DEMO_PASSWORD,
    SECTIONS,
    ApplicantSpec,
    NamePools,
    StaffSpec,
)

Rows = list[dict[str, Any]]
TITLES = ("高级工程师", "工程师", "助理工程师", "主任科员", "一级科员", "主治医师", "高级农艺师")


BUREAU_SHORT_NAME = "渭南高新区行政审批服务局"


def department_rows() -> Rows:
    """The industry departments of the catalogue, then the bureau's own sections (which
    staff belong to; they supervise no item)."""
    industry = [(d.code, d.name, d.short_name) for d in catalogue_departments()]
    sections = [(code, f"{BUREAU_SHORT_NAME}{name}", name) for code, name in SECTIONS]
    return [
        {"id": n, "code": code, "name": name, "short_name": short}
        for n, (code, name, short) in enumerate(industry + sections, 1)
    ]


def specialty_rows() -> Rows:
    specialties = catalogue_specialties()
    return [{"id": n, "code": code, "name": name} for n, (code, name) in enumerate(specialties, 1)]


def item_rows(catalogue: tuple[ItemSpec, ...]) -> tuple[Rows, Rows, Rows]:
    """Items, their materials and their required specialties."""
    department_ids = {d.code: n for n, d in enumerate(catalogue_departments(), 1)}
    specialty_ids = {code: n for n, (code, _) in enumerate(catalogue_specialties(), 1)}
    items, materials, specialties = [], [], []
    material_id = 0
    ids = {spec.code: item_id for item_id, spec in enumerate(catalogue, 1)}
    for item_id, spec in enumerate(catalogue, 1):
        promised = spec.promised_days
        case_kind, base_code = variant_of(spec.code, spec.name)
        items.append(
            {
                "id": item_id,
                "code": spec.code,
                "name": spec.name,
                "category": spec.category,
                "department_id": department_ids[spec.department_code],
                "statutory_limit_days": spec.statutory_days,
                "promised_limit_days": promised,
                "review_limit_days": max(1, promised * 6 // 10),
                "signoff_limit_days": 2 if promised >= 5 else 1,
                "certificate_limit_days": 2 if promised >= 5 else 1,
                "delivery_limit_days": 10,
                "needs_inspection": spec.needs_inspection,
                "inspection_pauses_clock": spec.inspection_pauses_clock,
                "at_most_one_trip": spec.at_most_one_trip,
                "transfer_status": spec.transfer_status,
                "kind": spec.kind,
                "issues_licence": spec.issues_licence,
                "validity_years": spec.validity_years,
                "window_authorised": spec.window_authorised,
                "case_kind": case_kind,
                "base_item_id": ids.get(base_code) if base_code else None,
                "project_stage": spec.project_stage,
                "two_level_signoff": spec.two_level,
                "fee": spec.fee,
                "legal_basis": spec.legal_basis,
                "active": True,
            }
        )
        for seq, material in enumerate(spec.materials, 1):
            material_id += 1
            materials.append(
                {
                    "id": material_id,
                    "item_id": item_id,
                    "seq": seq,
                    "name": material.name,
                    "description": material.description,
                    "original_required": material.original,
                    "copies": material.copies,
                }
            )
        specialties.extend(
            {"item_id": item_id, "specialty_id": specialty_ids[code]} for code in spec.specialties
        )
    return items, materials, specialties


def staff_rows(staff: list[StaffSpec]) -> tuple[Rows, Rows]:
    # Every account shares the demo password, so one argon2id hash serves them all.
    password_hash = hash_password(DEMO_PASSWORD)
    sections = {row["code"]: row["id"] for row in department_rows()}
    users, roles = [], []
    for user_id, spec in enumerate(staff, 1):
        users.append(
            {
                "id": user_id,
                "username": spec.username,
                "full_name": spec.full_name,
                "department_id": sections[spec.section],
                "password_hash": password_hash,
                "active": True,
                "failed_logins": 0,
            }
        )
        roles.extend({"user_id": user_id, "role": role} for role in spec.roles)
    return users, roles


def applicant_rows(applicants: list[ApplicantSpec]) -> Rows:
    return [
        {
            "id": n,
            "kind": a.kind,
            "name": a.name,
            "identifier": a.identifier,
            "legal_representative": a.legal_representative,
            "legal_representative_id": a.legal_representative_id,
            "contact_name": a.contact_name,
            "contact_phone": a.contact_phone,
            "address": a.address,
        }
        for n, a in enumerate(applicants, 1)
    ]


def inspector_rows(
    rng: random.Random, pools: NamePools, catalogue: tuple[ItemSpec, ...], count: int
) -> tuple[Rows, Rows]:
    """The pool: every department has inspectors for the specialties its items need."""
    specialty_ids = {code: n for n, (code, _) in enumerate(catalogue_specialties(), 1)}
    needed: dict[str, set[str]] = defaultdict(set)
    for item in catalogue:
        needed[item.department_code].update(item.specialties)
    names = rng.sample(pools.people, count)
    departments, specialties = catalogue_departments(), catalogue_specialties()
    inspectors, links = [], []
    for n in range(1, count + 1):
        department_index = (n - 1) % len(departments)
        department = departments[department_index]
        own = sorted(needed[department.code]) or [code for code, _ in specialties]
        chosen = set(rng.sample(own, min(len(own), rng.choice((1, 1, 2, 2, 3)))))
        if rng.random() < 0.3:
            chosen.add(rng.choice(specialties)[0])
        inspectors.append(
            {
                "id": n,
                "name": names[n - 1],
                "department_id": department_index + 1,
                "staff_user_id": None,
                "title": rng.choice(TITLES),
                "phone": rng.choice(pools.phones),
                "active": rng.random() > 0.03,
                "daily_capacity": rng.choice((1, 2, 2, 2, 3)),
            }
        )
        links.extend({"inspector_id": n, "specialty_id": specialty_ids[c]} for c in sorted(chosen))
    return inspectors, links


def unavailability_rows(rng: random.Random, inspector_count: int, working_days: list[date]) -> Rows:
    """About one half-day in ten taken by leave or other duties over the coming weeks."""
    rows = []
    for inspector_id in range(1, inspector_count + 1):
        for day in working_days:
            for half in HalfDay:
                if rng.random() < 0.1:
                    rows.append(
                        {
                            "inspector_id": inspector_id,
                            "day": day,
                            "half_day": half,
                            "reason": rng.choice(("请假", "出差", "其他公务")),
                        }
                    )
    return rows


def recusal_rows(
    rng: random.Random,
    inspector_count: int,
    applicants: list[ApplicantSpec],
    today: date,
    count: int,
) -> Rows:
    """Ties to organisations and projects, of every kind the recusal rules name."""
    organisations = [n for n, a in enumerate(applicants, 1) if a.legal_representative]
    rows = []
    seen: set[tuple[int, int]] = set()
    while len(rows) < count:
        inspector_id = rng.randint(1, inspector_count)
        applicant_id = rng.choice(organisations)
        if (inspector_id, applicant_id) in seen:
            continue
        seen.add((inspector_id, applicant_id))
        kind = rng.choices(list(RecusalKind), weights=(5, 3, 2, 1))[0]
        applicant = applicants[applicant_id - 1]
        note = {
            RecusalKind.EMPLOYMENT: f"曾任职于{applicant.name}",
            RecusalKind.RELATIVE: f"系{applicant.legal_representative}（{applicant.name}"
            "法定代表人）的近亲属",
            RecusalKind.PRIOR_INVOLVEMENT: f"曾参与{applicant.name}项目的设计评审",
            RecusalKind.DECLARED: "本人申报存在利害关系",
        }[kind]
        ended = (
            today - timedelta(days=rng.randint(30, 1500))
            if kind is RecusalKind.EMPLOYMENT
            else None
        )
        rows.append(
            {
                "inspector_id": inspector_id,
                "kind": kind,
                "applicant_id": applicant_id,
                "project_name": None,
                "ended_on": ended,
                "note": note,
            }
        )
    return rows
