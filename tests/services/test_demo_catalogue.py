"""The demo catalogue: the items it builds are pinned, so moving its data cannot change them."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict

import pytest

from desktop.services.demo.catalogue import DEPARTMENTS, SPECIALTIES, build_catalogue

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


@pytest.mark.parametrize("minimum", sorted(PINNED))
def test_built_catalogue_is_unchanged(minimum):
    items = build_catalogue(minimum)
    assert (len(items), digest([asdict(item) for item in items])) == PINNED[minimum]


def test_default_catalogue_is_the_320_pinned_items():
    assert build_catalogue() == build_catalogue(320)


def test_fully_expanded_catalogue_has_395_items():
    with pytest.raises(ValueError, match="395"):
        build_catalogue(396)


def test_departments_and_specialties_are_unchanged():
    assert digest([asdict(d) for d in DEPARTMENTS]) == DEPARTMENTS_SHA
    assert digest([list(s) for s in SPECIALTIES]) == SPECIALTIES_SHA
