"""Demo people: staff for every role, applicants with valid identifiers, the inspector pool."""

from __future__ import annotations

import random
from dataclasses import dataclass

from faker import Faker

from desktop.domain.enums import ApplicantKind, Role
from desktop.domain.identifiers import (
    credit_code_with_check_digit,
    resident_id_with_check_digit,
)

DEMO_PASSWORD = "Demo@2026"

# Area codes (GB/T 2260) of every era, as real numbers carry them: the bureau's own district
# (临渭区, 610502, created 1994, so most adults were born before their code existed), a
# district made later (华州区, 2015), codes since retired (华县, 渭南地区 612101, 崇文区,
# 卢湾区), a renamed one (桥东区 → 襄都区, 130502) and codes unchanged for decades.
# Twelve codes and six credit regions, as before: the demo's random stream stays the same.
REGION_CODES = (
    "610502",
    "610502",
    "610502",
    "610503",
    "610521",
    "612101",
    "610581",
    "110103",
    "130502",
    "310103",
    "310104",
    "620121",
)
CREDIT_REGIONS = ("610500", "610502", "610503", "610581", "612101", "610100")
CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
STREETS = (
    "东风大街",
    "朝阳大街",
    "崇业路",
    "西岳路",
    "高新一路",
    "高新二路",
    "高新三路",
    "创业大道",
    "新盛路",
    "乐天大街",
    "民生路",
    "天庆路",
    "瑞泉路",
    "站北路",
)
LOCALITY = "陕西省渭南市高新区"

# (username prefix, count, roles) — one person may hold several roles, as in the bureau.
STAFF_PLAN: tuple[tuple[str, int, tuple[Role, ...]], ...] = (
    ("admin", 1, (Role.ADMIN,)),
    ("eng", 8, (Role.HANDLER_ENGINEERING,)),
    ("soc", 8, (Role.HANDLER_SOCIAL,)),
    ("review", 4, (Role.REVIEWER,)),
    ("head", 2, (Role.HEAD, Role.REVIEWER)),
    ("coord", 2, (Role.COORDINATOR,)),
    ("clerk", 4, (Role.CLERK,)),
    ("super", 2, (Role.SUPERVISOR,)),
)


# The bureau's own sections (科室), which its staff belong to, as (code, name): the two
# classified back offices (后台分类审批), the unified window (统一窗口出件), the inspection
# coordinators, electronic supervision (电子监察) and the office that keeps the system.
SECTIONS = (
    ("GCSP", "工程建设审批科"),
    ("SHSW", "社会事务审批科"),
    ("ZHCK", "综合窗口科"),
    ("KCXT", "踏勘协调科"),
    ("DZJC", "电子监察室"),
    ("BGS", "办公室"),
)
# Where each line of STAFF_PLAN works; with two sections the first half of the people work
# in the first (reviewers and heads serve both back offices). Fixed, so the demo's random
# stream stays the same.
SECTION_PLAN = {
    "admin": ("BGS",),
    "eng": ("GCSP",),
    "soc": ("SHSW",),
    "review": ("GCSP", "SHSW"),
    "head": ("GCSP", "SHSW"),
    "coord": ("KCXT",),
    "clerk": ("ZHCK",),
    "super": ("DZJC",),
}


@dataclass(frozen=True)
class StaffSpec:
    username: str
    full_name: str
    roles: tuple[Role, ...]
    section: str = ""  # the code of the section (SECTIONS) the person works in


@dataclass(frozen=True)
class ApplicantSpec:
    kind: ApplicantKind
    name: str
    identifier: str
    legal_representative: str | None
    legal_representative_id: str | None
    contact_name: str
    contact_phone: str
    address: str


class NamePools:
    """Faker is slow per call; draw pools once from a seeded Faker, then combine by our RNG."""

    def __init__(self, seed: int, size: int) -> None:
        fake = Faker("zh_CN")
        fake.seed_instance(seed)
        self.people = list(dict.fromkeys(fake.name() for _ in range(size)))
        self.company_words = list(dict.fromkeys(fake.company_prefix() for _ in range(size // 4)))
        self.company_kinds = (
            "科技有限公司",
            "建设工程有限公司",
            "实业有限公司",
            "商贸有限公司",
            "餐饮管理有限公司",
            "房地产开发有限公司",
            "医药连锁有限公司",
            "教育咨询有限公司",
            "物业服务有限公司",
            "置业有限公司",
        )
        self.phones = [fake.phone_number() for _ in range(size)]


def make_staff(rng: random.Random, pools: NamePools) -> list[StaffSpec]:
    names = rng.sample(pools.people, sum(count for _, count, _ in STAFF_PLAN))
    staff = []
    for prefix, count, roles in STAFF_PLAN:
        sections = SECTION_PLAN[prefix]
        for n in range(1, count + 1):
            username = prefix if count == 1 else f"{prefix}{n}"
            section = sections[(n - 1) * len(sections) // count]
            staff.append(StaffSpec(username, names.pop(), roles, section))
    return staff + window_clerks(pools, {spec.full_name for spec in staff})


# The window clerks the admin authorised to decide window items on the spot (窗口现场审批):
# named from their own stream after everyone else, so the rest of the demo stays as it was.
WINDOW_CLERKS = 2


def window_clerks(pools: NamePools, taken: set[str]) -> list[StaffSpec]:
    free = [name for name in pools.people if name not in taken]
    names = random.Random("demo/window-clerks").sample(free, WINDOW_CLERKS)
    roles = (Role.CLERK, Role.WINDOW_APPROVER)
    return [StaffSpec(f"window{n}", name, roles, "ZHCK") for n, name in enumerate(names, start=1)]


def resident_id(rng: random.Random) -> str:
    # Years 1940-2006, drawn as 46 values (the stream's old draw), spread by a fixed step.
    year = 1940 + (rng.randint(1958, 2003) - 1958) * 66 // 45
    birth = f"{year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    # Valid by construction (area codes and dates); tests validate every demo identifier.
    return resident_id_with_check_digit(
        f"{rng.choice(REGION_CODES)}{birth}{rng.randint(1, 999):03d}"
    )


def credit_code(rng: random.Random, kind_prefix: str = "91") -> str:
    body = "".join(rng.choice(CODE_ALPHABET) for _ in range(9))
    return credit_code_with_check_digit(f"{kind_prefix}{rng.choice(CREDIT_REGIONS)}{body}")


def address(rng: random.Random) -> str:
    return f"{LOCALITY}{rng.choice(STREETS)}{rng.randint(1, 999)}号"


def make_applicants(rng: random.Random, pools: NamePools, count: int) -> list[ApplicantSpec]:
    """About two thirds organisations, one third persons; identifiers unique and valid."""
    seen: set[str] = set()
    applicants: list[ApplicantSpec] = []
    company_names: set[str] = set()
    while len(applicants) < count:
        phone = rng.choice(pools.phones)
        if rng.random() < 0.66:
            name = f"渭南{rng.choice(pools.company_words)}{rng.choice(pools.company_kinds)}"
            if name in company_names:
                name = (
                    f"渭南{rng.choice(pools.company_words)}{rng.choice(pools.company_words)}"
                    f"{rng.choice(pools.company_kinds)}"
                )
            if name in company_names:
                continue
            identifier = credit_code(rng, rng.choice(("91", "91", "91", "92", "52")))
            representative = rng.choice(pools.people)
            spec = ApplicantSpec(
                ApplicantKind.ORGANISATION,
                name,
                identifier,
                representative,
                resident_id(rng),
                rng.choice(pools.people),
                phone,
                address(rng),
            )
            company_names.add(name)
        else:
            name = rng.choice(pools.people)
            identifier = resident_id(rng)
            spec = ApplicantSpec(
                ApplicantKind.PERSON, name, identifier, None, None, name, phone, address(rng)
            )
        if identifier in seen:
            continue
        seen.add(identifier)
        applicants.append(spec)
    return applicants
