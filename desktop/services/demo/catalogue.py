"""The demo item catalogue (政务服务事项目录) built from resources/demo/catalogue.json."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from desktop.domain.licence_life import VARIANT_CASE_KINDS, CaseKind
from desktop.domain.projects import ProjectStage
from desktop.services.demo.catalogue_file import (
    VARIANT_KINDS,
    CatalogueFile,
    DepartmentSpec,
    ItemRow,
    MaterialSpec,
    read_catalogue_file,
)


@dataclass(frozen=True)
class ItemSpec:
    code: str
    name: str
    category: str
    department_code: str
    statutory_days: int
    promised_days: int
    needs_inspection: bool
    inspection_pauses_clock: bool
    specialties: tuple[str, ...]
    materials: tuple[MaterialSpec, ...]
    window_authorised: bool
    two_level: bool
    at_most_one_trip: bool
    fee: str
    legal_basis: str
    transfer_status: str = "none"  # a TransferStatus value
    kind: str = "licensing"  # an ItemKind value
    issues_licence: bool = False
    validity_years: int | None = None
    # The construction project stage the item serves (a ProjectStage value), or None.
    project_stage: str | None = None


ENGINEERING = "engineering"
SOCIAL = "social"
CATEGORY_LABELS: dict[str, str] = {ENGINEERING: "工程建设类", SOCIAL: "社会事务类"}
NO_FEE = "不收费"

VARIANTS: tuple[str, ...] = tuple(f"（{kind}）" for kind in ("新办", *VARIANT_KINDS))
NEW, CHANGE, RENEW, CANCEL, REISSUE = VARIANTS
# The demo's transfer plan (事项划转): every licensing item (one with variants) is in the
# plan and transferred, except housing and construction's engineering items, still pending
# under the city's construction-project approval reform.
_TRANSFER_PENDING = frozenset({("engineering", "ZJ")})
# Order in which variant kinds are added when growing the catalogue towards ``minimum``.
_EXPANSION_ORDER: tuple[str, ...] = (CHANGE, CANCEL, RENEW, REISSUE)
# A renewal keeps its on-site inspection only for these higher-risk specialties.
_RENEWAL_INSPECTED = frozenset({"safety", "medical", "drugs"})


# The stage (工程建设项目阶段) an engineering item serves, by words of its name (the stages'
# typical matters, 国办发〔2019〕11号); items matching none stay out of projects.
STAGE_WORDS = {
    ProjectStage.LAND_PLANNING: (
        "项目核准",
        "项目备案",
        "项目建议书",
        "可行性研究",
        "用地预审",
        "建设用地规划许可",
        "划拨",
        "节能审查",
        "招标方案",
        "环境影响",
        "水土保持方案",
        "取水许可",
        "洪水影响",
    ),
    ProjectStage.ENGINEERING_PERMIT: (
        "建设工程规划许可",
        "设计方案",
        "初步设计",
        "消防设计",
        "安全设施设计",
        "安全条件",
        "设计文件",
        "预评价",
        "考古调查",
    ),
    ProjectStage.CONSTRUCTION_PERMIT: (
        "施工许可",
        "质量安全监督",
        "起重机械",
        "夜间建筑施工",
        "临时占用城市绿化",
        "砍伐、迁移城市树木",
        "排水与污水处理设施",
        "临时用地",
        "平面交叉",
    ),
    ProjectStage.COMPLETION: ("竣工", "消防验收", "规划核实", "设施验收", "排污许可"),
}


def stage_of_item(name: str) -> ProjectStage | None:
    """The stage whose matters the item's name names, if any."""
    for stage, words in STAGE_WORDS.items():
        if any(word in name for word in words):
            return stage
    return None


def _m(name: str, description: str, original: bool = False, copies: int = 1) -> MaterialSpec:
    return MaterialSpec(name, description, original, copies)


# The data (specialties, departments, materials, items) lives in resources/demo/catalogue.json,
# read on first use.
def catalogue_departments() -> tuple[DepartmentSpec, ...]:
    """The demo bureau's departments, in the order the catalogue sorts by."""
    return read_catalogue_file().departments


def catalogue_specialties() -> tuple[tuple[str, str], ...]:
    """Inspector specialties as (code, name)."""
    return read_catalogue_file().specialties


def _base_item(
    row: ItemRow, seq: int, materials: Mapping[str, MaterialSpec]
) -> tuple[ItemSpec, tuple[str, ...]]:
    application = _m("申请表", f"{row.name}申请表，须申请人签字或加盖公章。", True)
    item = ItemSpec(
        code=f"{row.department}{seq:03d}",
        name=row.name,
        category=row.category,
        department_code=row.department,
        statutory_days=row.statutory_days,
        promised_days=row.promised_days,
        needs_inspection=bool(row.specialties),
        inspection_pauses_clock=bool(row.specialties) and not row.inspection_in_limit,
        specialties=row.specialties,
        materials=(application, *(materials[key] for key in row.materials)),
        window_authorised=row.window_authorised,
        two_level=row.two_level,
        at_most_one_trip=row.at_most_one_trip,
        fee=row.fee or NO_FEE,
        legal_basis=row.legal_basis,
        kind=row.kind,
        issues_licence=row.issues_licence,
        validity_years=row.validity_years,
        project_stage=_stage_value(row),
    )
    variants = (NEW, *(f"（{kind}）" for kind in row.variants)) if row.variants else ()
    if variants:
        pending = (row.category, row.department) in _TRANSFER_PENDING
        item = replace(item, transfer_status="planned" if pending else "transferred")
    return item, variants


def _stage_value(row: ItemRow) -> str | None:
    """The stage of an engineering item, by its name (a 新办 or single item; its 变更, 延续,
    注销 and 补证 items take none: they act on a licence, not on a project's stage)."""
    stage = stage_of_item(row.name) if row.category == ENGINEERING else None
    return stage.value if stage is not None else None


def _build_base() -> tuple[tuple[ItemSpec, ...], dict[str, tuple[str, ...]]]:
    """Base items (plain names) and, per base code, the variant suffixes that apply to it."""
    data = read_catalogue_file()
    counters: dict[str, int] = {}
    items: list[ItemSpec] = []
    variants: dict[str, tuple[str, ...]] = {}
    for row in data.items:
        counters[row.department] = counters.get(row.department, 0) + 1
        item, kinds = _base_item(row, counters[row.department], data.materials)
        items.append(item)
        if kinds:
            variants[item.code] = kinds
    return tuple(items), variants


def _variant(base: ItemSpec, suffix: str, data: CatalogueFile) -> ItemSpec:
    """Derive the 变更/延续/注销/补证 item of a licensing item."""
    label = suffix.strip("（）")
    materials, extras = data.materials, data.variant_materials
    identity = tuple(
        materials[key] for key in data.identity_materials if materials[key] in base.materials
    )
    form = _m(f"{label}申请表", f"{base.name}{label}申请表，须申请人签字或加盖公章。", True)
    inspect = (
        suffix == RENEW
        and base.needs_inspection
        and not _RENEWAL_INSPECTED.isdisjoint(base.specialties)
    )
    # 变更 is reviewed within 10 working days, 注销 and 补证 within 5; 延续 keeps the base limit.
    statutory = min(base.statutory_days, 10 if suffix == CHANGE else 5)
    if suffix == RENEW:
        statutory = base.statutory_days
        promised = base.promised_days if inspect else max(1, base.promised_days // 2)
        extra: tuple[MaterialSpec, ...] = (extras["original_licence"], extras["renew_report"])
        two_level = base.two_level
    elif suffix == CHANGE:
        promised = min(3, max(1, base.promised_days // 2))
        extra = (extras["original_licence"], extras["change_proof"])
        two_level = base.two_level and base.category == ENGINEERING
    elif suffix == CANCEL:
        promised = 1
        extra = (extras["original_licence"],)
        two_level = False
    else:
        promised = 1
        extra = (extras["loss_statement"],)
        two_level = False
    return replace(
        base,
        code=f"{base.code}-{VARIANTS.index(suffix) + 1:02d}",
        name=base.name + suffix,
        statutory_days=statutory,
        promised_days=min(promised, statutory),
        needs_inspection=inspect,
        inspection_pauses_clock=inspect and base.inspection_pauses_clock,
        specialties=base.specialties if inspect else (),
        materials=(form, *(identity or (materials[data.identity_materials[0]],)), *extra),
        window_authorised=not two_level and not inspect,
        two_level=two_level,
        at_most_one_trip=base.at_most_one_trip or suffix in (CANCEL, REISSUE),
        fee=base.fee if suffix == RENEW else NO_FEE,
        # A cancellation (注销) ends a licence: it issues none.
        issues_licence=base.issues_licence and suffix != CANCEL,
        validity_years=base.validity_years if suffix != CANCEL else None,
        project_stage=None,
    )


def variant_of(code: str, name: str) -> tuple[CaseKind, str | None]:
    """The kind of case an item takes and, for a variant, its base item's code, by the
    catalogue's convention ("SJ001-02" named "…（变更）" is SJ001's 变更 item)."""
    if "-" in code:
        for suffix in VARIANTS[1:]:
            if name.endswith(suffix):
                return VARIANT_CASE_KINDS[suffix.strip("（）")], code.rsplit("-", 1)[0]
    return CaseKind.NEW, None


def _interleaved(items: tuple[ItemSpec, ...]) -> list[ItemSpec]:
    """Alternate engineering and social items so partial expansion stays balanced."""
    rank: dict[str, int] = {}
    keyed: list[tuple[int, int, ItemSpec]] = []
    for item in items:
        rank[item.category] = rank.get(item.category, 0) + 1
        keyed.append((rank[item.category], 0 if item.category == ENGINEERING else 1, item))
    return [item for _, _, item in sorted(keyed, key=lambda k: (k[0], k[1]))]


def build_catalogue(minimum: int = 320) -> tuple[ItemSpec, ...]:
    """Base items plus variants, added in a fixed order until at least ``minimum`` items.

    Codes and names are stable: a base item with variants is always named "…（新办）" and
    keeps its base code; variant codes append the variant number ("SJ001-02" is 变更).
    Raises ValueError if ``minimum`` exceeds the fully expanded catalogue.
    """
    base_items, item_variants = _build_base()
    data = read_catalogue_file()
    items = [
        replace(item, name=item.name + NEW) if item.code in item_variants else item
        for item in base_items
    ]
    order = _interleaved(base_items)
    for suffix in _EXPANSION_ORDER:
        for base in order:
            if len(items) >= minimum:
                break
            if suffix in item_variants.get(base.code, ()):
                items.append(_variant(base, suffix, data))
    if len(items) < minimum:
        raise ValueError(f"catalogue has only {len(items)} items, {minimum} requested")
    dept_rank = {dept.code: index for index, dept in enumerate(data.departments)}
    return tuple(sorted(items, key=lambda item: (dept_rank[item.department_code], item.code)))
