"""The demo catalogue's data file (resources/demo/catalogue.json), read with every row checked."""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import Any, NoReturn

from desktop.assets import resource
from desktop.domain.enums import Category
from desktop.domain.item_kinds import ItemKind

CATALOGUE_FILE = ("demo", "catalogue.json")
CATEGORIES = tuple(category.value for category in Category)
# Variant kinds in the order of their code numbers: "SJ001-02" is 变更 (01 is 新办).
VARIANT_KINDS = ("变更", "延续", "注销", "补证")
VARIANT_MATERIALS = ("original_licence", "change_proof", "renew_report", "loss_statement")
TWO_LEVEL, WINDOW_AUTHORISED = "two_level", "window_authorised"
NOT_ONE_TRIP, INSPECTION_IN_LIMIT = "not_one_trip", "inspection_in_limit"
NO_LICENCE = "no_licence"  # a licensing item decided by a decision alone, with no licence
FLAGS = (TWO_LEVEL, WINDOW_AUTHORISED, NOT_ONE_TRIP, INSPECTION_IN_LIMIT, NO_LICENCE)
KINDS = tuple(kind.value for kind in ItemKind)
TOP_FIELDS = (
    "about",
    "legend",
    "specialties",
    "departments",
    "materials",
    "identity_materials",
    "variant_materials",
    "items",
)
ITEM_FIELDS = (
    "department",
    "category",
    "name",
    "statutory_days",
    "promised_days",
    "specialties",
    "flags",
    "variants",
    "materials",
    "legal_basis",
)


class CatalogueFileError(ValueError):
    """The catalogue file is malformed; the message names the file and the row."""


@dataclass(frozen=True)
class DepartmentSpec:
    code: str
    name: str
    short_name: str


@dataclass(frozen=True)
class MaterialSpec:
    name: str
    description: str
    original: bool
    copies: int


@dataclass(frozen=True)
class ItemRow:
    """One approval item as the file gives it, before its code, form and variants are added."""

    department: str
    category: str
    name: str
    statutory_days: int
    promised_days: int
    specialties: tuple[str, ...]
    two_level: bool
    window_authorised: bool
    at_most_one_trip: bool
    inspection_in_limit: bool
    variants: tuple[str, ...]
    materials: tuple[str, ...]
    legal_basis: str
    fee: str | None
    kind: str = ItemKind.LICENSING.value
    issues_licence: bool = False
    validity_years: int | None = None


@dataclass(frozen=True)
class CatalogueFile:
    specialties: tuple[tuple[str, str], ...]
    departments: tuple[DepartmentSpec, ...]
    materials: Mapping[str, MaterialSpec]
    # Carried over to variant items; the first stands in when an item has none of them.
    identity_materials: tuple[str, ...]
    variant_materials: Mapping[str, MaterialSpec]
    items: tuple[ItemRow, ...]


class _Entry:
    """One JSON object of the file, read field by field; every complaint names the object."""

    def __init__(
        self, value: Any, where: str, required: tuple[str, ...], optional: tuple[str, ...] = ()
    ) -> None:
        self.where = where
        if not isinstance(value, dict):
            self.fail(f"expected an object, found {json.dumps(value, ensure_ascii=False)}")
        missing = [key for key in required if key not in value]
        if missing:
            self.fail(f"missing {', '.join(missing)}")
        unknown = sorted(set(value) - set(required) - set(optional))
        if unknown:
            self.fail(f"unknown field {', '.join(unknown)}")
        self.value: dict[str, Any] = value

    def fail(self, problem: str) -> NoReturn:
        raise CatalogueFileError(f"{self.where}: {problem}")

    def text(self, key: str) -> str:
        value = self.value[key]
        if not isinstance(value, str) or not value.strip():
            self.fail(f"{key} must be a non-empty string")
        return value

    def whole(self, key: str, least: int) -> int:
        value = self.value[key]
        if isinstance(value, bool) or not isinstance(value, int) or value < least:
            self.fail(f"{key} must be a whole number of at least {least}")
        return value

    def yes_no(self, key: str) -> bool:
        value = self.value[key]
        if not isinstance(value, bool):
            self.fail(f"{key} must be true or false")
        return value

    def choice(self, key: str, allowed: Collection[str]) -> str:
        value = self.value[key]
        if value not in allowed:
            shown = json.dumps(value, ensure_ascii=False)
            self.fail(f"{key} {shown} is not one of {', '.join(allowed)}")
        return value

    def words(self, key: str, allowed: Collection[str]) -> tuple[str, ...]:
        value = self.value[key]
        if not isinstance(value, list):
            self.fail(f"{key} must be a list")
        for word in value:
            if not isinstance(word, str) or word not in allowed:
                self.fail(f"{key}: unknown {json.dumps(word, ensure_ascii=False)}")
        if len(set(value)) != len(value):
            self.fail(f"{key}: an entry is repeated")
        return tuple(value)

    def objects(self, key: str, kind: type) -> Any:
        value = self.value[key]
        if not isinstance(value, kind):
            self.fail(f"{key} must be a JSON {'object' if kind is dict else 'list'}")
        return value


@cache
def read_catalogue_file() -> CatalogueFile:
    """The bundled catalogue, found as every resource is (checkout, installed wheel, bundle).

    Read once, on first use: importing the demo does not touch the file.
    """
    text = resource(*CATALOGUE_FILE).read_text(encoding="utf-8")
    return parse_catalogue(text, "/".join(CATALOGUE_FILE))


def parse_catalogue(text: str, source: str) -> CatalogueFile:
    """Every row checked; the first bad one raises CatalogueFileError naming it."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise CatalogueFileError(f"{source}: not valid JSON ({error})") from error
    top = _Entry(data, source, TOP_FIELDS)
    specialties = tuple(
        _specialty(_Entry(raw, f"{source}, specialties[{n}]", ("code", "name")))
        for n, raw in enumerate(top.objects("specialties", list))
    )
    departments = tuple(
        _department(_Entry(raw, f"{source}, departments[{n}]", ("code", "name", "short_name")))
        for n, raw in enumerate(top.objects("departments", list))
    )
    _unique(source, "specialties", [code for code, _ in specialties])
    _unique(source, "departments", [department.code for department in departments])
    materials = _materials(top.objects("materials", dict), f"{source}, materials")
    identity = top.words("identity_materials", materials)
    if not identity:
        top.fail("identity_materials must name at least one material")
    variant_materials = _materials(
        top.objects("variant_materials", dict), f"{source}, variant_materials"
    )
    if set(variant_materials) != set(VARIANT_MATERIALS):
        top.fail(f"variant_materials must be exactly {list(VARIANT_MATERIALS)}")
    codes = {
        "departments": {department.code for department in departments},
        "specialties": {code for code, _ in specialties},
        "materials": set(materials),
    }
    items = tuple(
        _item(raw, _item_place(source, n, raw), codes)
        for n, raw in enumerate(top.objects("items", list))
    )
    _unique(source, "items", [item.name for item in items])
    return CatalogueFile(specialties, departments, materials, identity, variant_materials, items)


def _specialty(entry: _Entry) -> tuple[str, str]:
    return entry.text("code"), entry.text("name")


def _department(entry: _Entry) -> DepartmentSpec:
    return DepartmentSpec(entry.text("code"), entry.text("name"), entry.text("short_name"))


def _materials(raw: dict[str, Any], where: str) -> Mapping[str, MaterialSpec]:
    fields = ("name", "description", "original", "copies")
    materials = {}
    for key, value in raw.items():
        entry = _Entry(value, f"{where}[{json.dumps(key, ensure_ascii=False)}]", fields)
        materials[key] = MaterialSpec(
            entry.text("name"),
            entry.text("description"),
            entry.yes_no("original"),
            entry.whole("copies", least=1),
        )
    return MappingProxyType(materials)


def _item_place(source: str, index: int, raw: Any) -> str:
    name = raw.get("name") if isinstance(raw, dict) else None
    return f"{source}, items[{index}]" + (f" ({name})" if isinstance(name, str) else "")


def _item(raw: Any, where: str, codes: dict[str, set[str]]) -> ItemRow:
    entry = _Entry(raw, where, ITEM_FIELDS, optional=("fee", "kind", "validity"))
    statutory = entry.whole("statutory_days", least=1)
    promised = entry.whole("promised_days", least=1)
    if promised > statutory:
        entry.fail(f"promised_days {promised} exceeds statutory_days {statutory}")
    flags = entry.words("flags", FLAGS)
    kind = entry.choice("kind", KINDS) if "kind" in entry.value else ItemKind.LICENSING.value
    licence = kind == ItemKind.LICENSING.value and NO_LICENCE not in flags
    validity = entry.whole("validity", least=1) if "validity" in entry.value else None
    if validity is not None and not licence:
        entry.fail("validity is given only for an item that issues a licence")
    return ItemRow(
        department=entry.choice("department", sorted(codes["departments"])),
        category=entry.choice("category", CATEGORIES),
        name=entry.text("name"),
        statutory_days=statutory,
        promised_days=promised,
        specialties=entry.words("specialties", codes["specialties"]),
        two_level=TWO_LEVEL in flags,
        window_authorised=WINDOW_AUTHORISED in flags,
        at_most_one_trip=NOT_ONE_TRIP not in flags,
        inspection_in_limit=INSPECTION_IN_LIMIT in flags,
        variants=entry.words("variants", VARIANT_KINDS),
        materials=entry.words("materials", codes["materials"]),
        legal_basis=entry.text("legal_basis"),
        fee=entry.text("fee") if "fee" in entry.value else None,
        kind=kind,
        issues_licence=licence,
        validity_years=validity,
    )


def _unique(source: str, key: str, names: list[str]) -> None:
    first: dict[str, int] = {}
    for index, name in enumerate(names):
        if name in first:
            raise CatalogueFileError(
                f"{source}, {key}[{index}] ({name}): already given as {key}[{first[name]}]"
            )
        first[name] = index
