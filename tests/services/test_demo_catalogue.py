"""The demo catalogue: its items are pinned, and a malformed row of its data file is named."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import asdict

import pytest

from desktop.assets import resource
from desktop.services.demo.catalogue import (
    build_catalogue,
    catalogue_departments,
    catalogue_specialties,
)
from desktop.services.demo.catalogue_file import (
    CATALOGUE_FILE,
    CatalogueFileError,
    parse_catalogue,
    read_catalogue_file,
)

# Computed from the catalogue as it was written in Python tuples, before its data moved to
# resources/demo/catalogue.json: (items built, sha256 of their canonical JSON).
PINNED = {
    1: (149, "547fced4d2206d4571bfe066cd9eaea87ebcdeee795fd080e50b7c98df01ef08"),
    320: (320, "df65b543823f05e1ea3ef492fdd92781ad6f224c44a8a8f8731364358eaecf97"),
    395: (395, "aff53825841e98af52f9a38e6474289ae24ebaa029b78b82080136bc743e99f2"),
}
DEPARTMENTS_SHA = "f17fd3a68c860e606db8bcaaef920ee60c72b0744cc03dbcffd344daeab8ee25"
SPECIALTIES_SHA = "7d99c149524f98fa29db623c3c95ded5b6759bb2d37b653b5f92962108e86faf"


def digest(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# The transfer plan came later: pinned apart, so the digests above still hold the rest.
TRANSFER_PINNED = {"none": 45, "planned": 21, "transferred": 254}


def without_transfer(item: object) -> dict:
    fields = asdict(item)  # type: ignore[call-overload]
    fields.pop("transfer_status")
    for kept_apart in ("kind", "issues_licence", "validity_years", "project_stage"):  # below
        fields.pop(kept_apart)
    return fields


@pytest.mark.parametrize("minimum", sorted(PINNED))
def test_built_catalogue_is_unchanged(minimum):
    items = build_catalogue(minimum)
    assert (len(items), digest([without_transfer(item) for item in items])) == PINNED[minimum]


# The construction project stages came later too: each engineering 新办 item of a stage.
STAGES_PINNED = {
    "land_planning": 15,
    "engineering_permit": 13,
    "construction_permit": 11,
    "completion": 8,
    None: 273,
}


def test_the_demo_items_project_stages_are_pinned():
    counts = Counter(item.project_stage for item in build_catalogue())
    assert {(str(k) if k else None): n for k, n in counts.items()} == STAGES_PINNED


def test_the_demo_transfer_plan_is_pinned():
    counts = Counter(item.transfer_status for item in build_catalogue())
    assert counts == TRANSFER_PINNED


def test_the_demo_kinds_licences_and_validities_are_pinned():
    items = build_catalogue()
    assert Counter((item.kind, item.issues_licence) for item in items) == {
        ("licensing", True): 149,
        ("licensing", False): 114,
        ("filing", False): 36,
        ("other_power", False): 10,
        ("public_service", False): 7,
        ("confirmation", False): 4,
    }
    filing = next(item for item in items if item.name.startswith("企业投资项目备案"))
    assert filing.kind == "filing" and not filing.issues_licence
    food = next(item for item in items if item.name == "食品经营许可（新办）")
    assert food.issues_licence and food.validity_years == 5
    assert all(item.validity_years is None for item in items if not item.issues_licence)


def test_default_catalogue_is_the_320_pinned_items():
    assert build_catalogue() == build_catalogue(320)


def test_fully_expanded_catalogue_has_395_items():
    with pytest.raises(ValueError, match="395"):
        build_catalogue(396)


def test_departments_and_specialties_are_unchanged():
    assert digest([asdict(d) for d in catalogue_departments()]) == DEPARTMENTS_SHA
    assert digest([list(s) for s in catalogue_specialties()]) == SPECIALTIES_SHA


def bundled_text() -> str:
    return resource(*CATALOGUE_FILE).read_text(encoding="utf-8")


def test_bundled_file_is_readable_text_one_item_a_line():
    text = bundled_text()
    assert "\\u" not in text, "Chinese is written as characters, not escapes"
    item_lines = [line for line in text.splitlines() if line.lstrip().startswith('{"department"')]
    assert len(item_lines) == len(read_catalogue_file().items) == PINNED[1][0]


def broken(change) -> str:
    data = json.loads(bundled_text())
    change(data)
    return json.dumps(data, ensure_ascii=False)


def set_item(index: int, key: str, value: object):
    return lambda data: data["items"][index].__setitem__(key, value)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (set_item(5, "materials", ["biz", "passport"]), r"items\[5\] \(固定资产投资项目节能审查\)"),
        (set_item(5, "materials", ["biz", "passport"]), 'unknown "passport"'),
        (set_item(7, "department", "XX"), r"items\[7\] .*department \"XX\" is not one of"),
        (set_item(0, "promised_days", 30), r"items\[0\] .*promised_days 30 exceeds"),
        (set_item(0, "statutory_days", True), r"items\[0\] .*statutory_days must be a whole"),
        (set_item(3, "flags", ["two_level", "express"]), r"items\[3\] .*unknown \"express\""),
        (set_item(3, "variants", ["变更", "变更"]), r"items\[3\] .*repeated"),
        (set_item(9, "specialties", ["planning", "magic"]), r"items\[9\] .*\"magic\""),
        (set_item(2, "category", "other"), r"items\[2\] .*category"),
        (set_item(2, "fee", ""), r"items\[2\] .*fee must be a non-empty string"),
        (lambda data: data["items"][4].pop("legal_basis"), r"items\[4\] .*missing legal_basis"),
        (set_item(4, "legal_basi", "x"), r"items\[4\] .*unknown field legal_basi"),
        (lambda data: data["items"].__setitem__(6, ["FG"]), r"items\[6\]: expected an object"),
        (
            set_item(1, "name", "企业投资项目核准"),
            r"items\[1\] \(企业投资项目核准\): already given as items\[0\]",
        ),
        (
            lambda data: data["materials"]["biz"].__setitem__("copies", 0),
            r'materials\["biz"\]: copies must be a whole number of at least 1',
        ),
        (
            lambda data: data["departments"][2].pop("short_name"),
            r"departments\[2\]: missing short_name",
        ),
        (lambda data: data["variant_materials"].pop("change_proof"), "variant_materials"),
    ],
)
def test_a_malformed_row_is_named(change, message):
    with pytest.raises(CatalogueFileError, match=message):
        parse_catalogue(broken(change), "demo/catalogue.json")


def test_broken_json_names_the_file_and_line():
    with pytest.raises(CatalogueFileError, match=r"demo/catalogue.json: not valid JSON .*line 3"):
        parse_catalogue('{\n  "items": [\n    {"name": }\n  ]\n}', "demo/catalogue.json")
