"""Kinds of catalogue item and the documents each ends in: a licence is granted or refused
(ALL art. 38), a filing (备案) is acknowledged and never licensed, a confirmation, another
administrative power or a public service is completed with a completion notice.

One source for the services, the window's menus and the database's register check
(data/security/register_sql.py builds its SQL from `KIND_OUTPUTS`).
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum


class ItemKind(StrEnum):
    """The kind of matter an item is (README, "Documents")."""

    LICENSING = "licensing"
    FILING = "filing"
    CONFIRMATION = "confirmation"
    OTHER_POWER = "other_power"
    PUBLIC_SERVICE = "public_service"

    @property
    def label(self) -> str:
        return KIND_LABELS[self]


KIND_LABELS = {
    ItemKind.LICENSING: "行政许可",
    ItemKind.FILING: "备案",
    ItemKind.CONFIRMATION: "行政确认",
    ItemKind.OTHER_POWER: "其他行政权力",
    ItemKind.PUBLIC_SERVICE: "公共服务",
}
KIND_NAMES = {label: kind for kind, label in KIND_LABELS.items()}

LICENCE = "licence"  # the licence document's code: only for licensing items that issue one
# The documents a decided case of each kind ends in: (granted, refused).
_COMPLETED = (("completion",), ("refusal",))
KIND_OUTPUTS: dict[ItemKind, tuple[tuple[str, ...], tuple[str, ...]]] = {
    ItemKind.LICENSING: (("grant", LICENCE), ("rejection",)),
    ItemKind.FILING: (("filing",), ("filing_refusal",)),
    ItemKind.CONFIRMATION: _COMPLETED,
    ItemKind.OTHER_POWER: _COMPLETED,
    ItemKind.PUBLIC_SERVICE: _COMPLETED,
}
# Every decided document type, of any kind: the others (notices, the acts after acceptance,
# the proof of service) belong to a case of every kind.
DECISION_DOCUMENTS = frozenset(
    code for granted, refused in KIND_OUTPUTS.values() for code in granted + refused
)


def outputs(kind: ItemKind, issues_licence: bool, granted: bool) -> tuple[str, ...]:
    """The documents a decided case of this kind needs, in issuing order."""
    codes = KIND_OUTPUTS[kind][0 if granted else 1]
    return tuple(code for code in codes if code != LICENCE or issues_licence)


def kind_allows(doc_type: str, kind: ItemKind, issues_licence: bool) -> bool:
    """Whether a case of this kind may have a document of this type at all."""
    if doc_type not in DECISION_DOCUMENTS:
        return True
    return doc_type in outputs(kind, issues_licence, True) + outputs(kind, issues_licence, False)


def valid_until(decided_on: date, validity_years: int | None) -> date | None:
    """The last day of a licence valid for `validity_years` from its decision (None: 长期):
    the day before the same date that many years on (29 February runs to 28 February)."""
    if validity_years is None:
        return None
    year = decided_on.year + validity_years
    try:
        anniversary = decided_on.replace(year=year)
    except ValueError:  # 29 February in a year without one
        anniversary = date(year, 3, 1)
    return anniversary - timedelta(days=1)
