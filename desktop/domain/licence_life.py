"""The licence life cycle as data: the kinds of case that act on an issued licence (变更,
延续, 注销, 撤销; ALL arts. 49, 50, 69, 70), what each does to the licence register when it is
granted, and the document it ends in.

One source for the services and the database: the register's guarded function
(data/security/licence_sql.py) and the document register's check are built from `LIFE_RULES`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from desktop.domain.errors import DomainError
from desktop.domain.item_kinds import LICENCE, ItemKind, outputs, valid_until


class CaseKind(StrEnum):
    """What a case asks for: a new licence, or an act on one the bureau issued."""

    NEW = "new"
    CHANGE = "change"
    RENEWAL = "renewal"
    CANCELLATION = "cancellation"
    REVOCATION = "revocation"

    @property
    def label(self) -> str:
        return CASE_KIND_LABELS[self]


CASE_KIND_LABELS = {
    CaseKind.NEW: "新办",
    CaseKind.CHANGE: "变更",
    CaseKind.RENEWAL: "延续",
    CaseKind.CANCELLATION: "注销",
    CaseKind.REVOCATION: "撤销",
}
CASE_KIND_NAMES = {label: kind for kind, label in CASE_KIND_LABELS.items()}


class LicenceStatus(StrEnum):
    """Where one version of a licence stands in the register. `EXPIRED` is never stored: a
    valid version whose last day has passed reads as expired (`status_on`)."""

    VALID = "valid"
    CHANGED = "changed"
    RENEWED = "renewed"
    CANCELLED = "cancelled"
    REVOKED = "revoked"
    EXPIRED = "expired"
    VOID = "void"  # its document was voided: the version never took effect

    @property
    def label(self) -> str:
        return LICENCE_STATUS_LABELS[self]


LICENCE_STATUS_LABELS = {
    LicenceStatus.VALID: "有效",
    LicenceStatus.CHANGED: "已变更",
    LicenceStatus.RENEWED: "已延续",
    LicenceStatus.CANCELLED: "已注销",
    LicenceStatus.REVOKED: "已撤销",
    LicenceStatus.EXPIRED: "已过期",
    LicenceStatus.VOID: "已作废",
}
STORED_STATUSES = tuple(s for s in LicenceStatus if s is not LicenceStatus.EXPIRED)

CANCELLATION_DOCUMENT = "licence_cancellation"  # 注销行政许可决定书
REVOCATION_DOCUMENT = "licence_revocation"  # 撤销行政许可决定书
RENEWAL_NOTICE_DAYS = 30  # a renewal is applied for at least this many days before expiry


@dataclass(frozen=True)
class LifeRule:
    """What granting a case of this kind does: the status the licence acted on takes, whether
    a new version follows (and whether its validity starts afresh after the old one's end),
    and the documents a grant ends in, in issuing order (the last one writes the register)."""

    kind: CaseKind
    old_status: LicenceStatus | None  # None: a new licence, nothing acted on
    new_version: bool
    renews_validity: bool
    granted_documents: tuple[str, ...]
    refused_documents: tuple[str, ...] = ("rejection",)

    @property
    def acts_on_licence(self) -> bool:
        return self.old_status is not None

    @property
    def register_document(self) -> str:
        """The document whose registration writes the register."""
        return self.granted_documents[-1]


LIFE_RULES: dict[CaseKind, LifeRule] = {
    rule.kind: rule
    for rule in (
        LifeRule(CaseKind.NEW, None, True, False, ("grant", LICENCE)),
        LifeRule(CaseKind.CHANGE, LicenceStatus.CHANGED, True, False, ("grant", LICENCE)),
        LifeRule(CaseKind.RENEWAL, LicenceStatus.RENEWED, True, True, ("grant", LICENCE)),
        LifeRule(
            CaseKind.CANCELLATION, LicenceStatus.CANCELLED, False, False, (CANCELLATION_DOCUMENT,)
        ),
        # 撤销 is the bureau's own act: not revoking needs no document.
        LifeRule(
            CaseKind.REVOCATION, LicenceStatus.REVOKED, False, False, (REVOCATION_DOCUMENT,), ()
        ),
    )
}
# Documents only a case of the given kinds may have (a cancellation issues no licence).
LIFE_DOCUMENTS = {
    CANCELLATION_DOCUMENT: frozenset({CaseKind.CANCELLATION}),
    REVOCATION_DOCUMENT: frozenset({CaseKind.REVOCATION}),
    "grant": frozenset({CaseKind.NEW, CaseKind.CHANGE, CaseKind.RENEWAL}),
    LICENCE: frozenset({CaseKind.NEW, CaseKind.CHANGE, CaseKind.RENEWAL}),
}
REGISTER_DOCUMENTS = frozenset(rule.register_document for rule in LIFE_RULES.values())


def case_outputs(
    item_kind: ItemKind, issues_licence: bool, granted: bool, case_kind: CaseKind = CaseKind.NEW
) -> tuple[str, ...]:
    """The documents a decided case needs, in issuing order: a new licence's by its item's
    kind (item_kinds.outputs), an act on a licence's by `LIFE_RULES`."""
    if case_kind is CaseKind.NEW:
        return outputs(item_kind, issues_licence, granted)
    rule = LIFE_RULES[case_kind]
    codes = rule.granted_documents if granted else rule.refused_documents
    return tuple(code for code in codes if code != LICENCE or issues_licence)


def life_allows(doc_type: str, case_kind: CaseKind) -> bool:
    """Whether a case of this kind may have a document of this type at all."""
    kinds = LIFE_DOCUMENTS.get(doc_type)
    return kinds is None or case_kind in kinds


class LicenceRefused(DomainError):
    code = "licence_refused"


def status_on(stored: LicenceStatus, valid_to: date | None, day: date) -> LicenceStatus:
    """The status shown on `day`: a valid version past its last day has expired."""
    if stored is LicenceStatus.VALID and valid_to is not None and valid_to < day:
        return LicenceStatus.EXPIRED
    return stored


def renewal_deadline(valid_to: date) -> date:
    """The last day a renewal may be applied for: thirty days before expiry (ALL art. 50)."""
    return valid_to - timedelta(days=RENEWAL_NOTICE_DAYS)


def check_act(
    kind: CaseKind, number: str, stored: LicenceStatus, valid_to: date | None, applied_on: date
) -> None:
    """Refuse a case that cannot act on this licence version on the day it is applied for."""
    if not LIFE_RULES[kind].acts_on_licence:
        return
    shown = status_on(stored, valid_to, applied_on)
    if shown is not LicenceStatus.VALID:
        raise LicenceRefused(
            "许可证 {number} 现为“{status}”，不能申请{kind}",
            number=number,
            status=shown.label,
            kind=kind.label,
        )
    if kind is CaseKind.RENEWAL:
        if valid_to is None:
            raise LicenceRefused("许可证 {number} 长期有效，无需申请延续", number=number)
        deadline = renewal_deadline(valid_to)
        if applied_on > deadline:
            raise LicenceRefused(
                "许可证 {number} 有效期至 {valid_to}，延续申请应在有效期届满三十日前"
                "（最迟 {deadline}）提出；{applied_on} 提出的申请已逾期，不能受理，"
                "请按新办重新申请",
                number=number,
                valid_to=valid_to.isoformat(),
                deadline=deadline.isoformat(),
                applied_on=applied_on.isoformat(),
            )


def new_validity(
    kind: CaseKind,
    decided_on: date,
    validity_years: int | None,
    old_from: date | None,
    old_to: date | None,
) -> tuple[date, date | None]:
    """The validity of the version a grant makes: a new licence runs from its decision; a
    renewal from the day after the old end, for the item's years; a change keeps the old."""
    if kind is CaseKind.RENEWAL and old_to is not None:
        start = old_to + timedelta(days=1)
        return start, valid_until(start, validity_years)
    if kind is CaseKind.CHANGE and old_from is not None:
        return old_from, old_to
    return decided_on, valid_until(decided_on, validity_years)


# The catalogue's variant items (变更, 延续, 注销, 补证) and the kind of case each takes; a
# 补证 (replacement of a lost certificate) reissues the same licence and takes no act.
VARIANT_CASE_KINDS = {
    "新办": CaseKind.NEW,
    "变更": CaseKind.CHANGE,
    "延续": CaseKind.RENEWAL,
    "注销": CaseKind.CANCELLATION,
    "补证": CaseKind.NEW,
}


def check_item(
    kind: CaseKind,
    number: str,
    item_name: str,
    item_kind: CaseKind,
    item_id: int,
    item_base_id: int | None,
    licence_item_id: int,
) -> None:
    """Refuse a case whose item is not the one its act on this licence goes through.

    变更, 延续 and 注销 are applied for by the holder (ALL arts. 49, 50, 70) under the
    catalogue's variant of the licence's own item for that act: the variant's base item is the
    licence's item and the variant takes that kind of case (`Item.case_kind`).

    撤销 is the bureau's own act (ALL art. 69: the authority that granted the licence, or its
    superior, revokes it, of its own motion or at an interested party's request), not an
    application under a variant item; art. 70 then has the licence 注销. It reviews the grant
    itself, so it is recorded under the item the licence was granted under (its 新办 item) and
    under no variant: revoking "a 变更" would review an application, not the licence.
    """
    if kind is CaseKind.NEW:
        return
    if kind is CaseKind.REVOCATION:
        if item_id != licence_item_id:
            raise LicenceRefused(
                "撤销许可证 {number} 须在其准予许可的事项下办理，不能在“{item}”下办理",
                number=number,
                item=item_name,
            )
        return
    if item_kind is not kind or item_base_id != licence_item_id:
        raise LicenceRefused(
            "“{item}”不是许可证 {number} 所属事项的{kind}事项：{kind}申请须选该许可证事项的"
            "（{kind}）事项",
            item=item_name,
            number=number,
            kind=kind.label,
        )
