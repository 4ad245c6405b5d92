"""The bureau profile: names, seal text, number patterns, remedy bodies, hotline, thresholds.

Stored as JSON in the `settings` table under `PROFILE_KEY`; read once per action into a
frozen `BureauProfile`, checked as it is read, so a missing or wrongly typed key is reported
by name at load and never reaches a document.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from desktop.data.models import Setting
from desktop.documents import model as documents
from desktop.documents.model import DocumentType
from desktop.domain import register
from desktop.domain.actor import Actor
from desktop.domain.enums import Role
from desktop.domain.errors import DomainError
from desktop.domain.guards import NotAllowed
from desktop.services import audit

PROFILE_KEY = "bureau_profile"

# A mark per type keeps numbers of different types apart (desktop/domain/register.py).
NUMBER_MARKS = {kind: register.NUMBER_MARKS[kind.value] for kind in DocumentType}
PATTERN_FIELDS = frozenset({"prefix", "year", "serial"})
PATTERN_LIMIT = 40  # characters


def standard_pattern(kind: DocumentType) -> str:
    """The number pattern of a type the admin has not set: prefix, mark, year, serial."""
    return register.standard_pattern(kind.value)


def check_pattern(pattern: str) -> None:
    """Only {prefix}, {year} and {serial} (with a format such as {serial:04d}) may appear,
    and the year and serial must, or numbers would repeat."""
    names = _pattern_fields(pattern)
    if names is None or not names <= PATTERN_FIELDS or len(pattern) > PATTERN_LIMIT:
        raise DomainError(
            "文号格式“{pattern}”无效：可用 {{prefix}}、{{year}}、{{serial:04d}}，"
            "请在“单位信息”中修改",
            pattern=pattern,
        )
    if not {"year", "serial"} <= names:
        raise DomainError(
            "文号格式“{pattern}”须含 {{year}} 和 {{serial:04d}}，否则会出现重号",
            pattern=pattern,
        )


def _pattern_fields(pattern: str) -> set[str] | None:
    """The fields a pattern names, or None when it is no plain format string."""
    try:
        parsed = list(string.Formatter().parse(pattern))
        pattern.format(prefix="渭高审批", year=2026, serial=1)
    except (KeyError, IndexError, ValueError, AttributeError):
        return None
    if any(conversion or "{" in (spec or "") for _, _, spec, conversion in parsed):
        return None
    fields = [(name, spec or "") for _, name, spec, _ in parsed if name is not None]
    names = [name for name, _ in fields]
    # Each field once, the serial padded at most ({serial:04d}), the others as they are,
    # no literal braces: the database prints numbers the same way (data/security).
    if len(names) != len(set(names)) or "{{" in pattern or "}}" in pattern:
        return None
    for name, spec in fields:
        if spec and not (name == "serial" and register.SERIAL_SPEC.fullmatch(spec)):
            return None
    return set(names)


@dataclass(frozen=True)
class NumberPatterns:
    """The number patterns the admin set per document type (stored as {type code: pattern});
    a type not set prints its standard number."""

    chosen: tuple[tuple[DocumentType, str], ...] = ()

    def __post_init__(self) -> None:
        for _, pattern in self.chosen:
            check_pattern(pattern)
        seen: dict[str, DocumentType] = {}
        for kind in DocumentType:
            sample = self.pattern(kind).format(prefix="渭高审批", year=2026, serial=1)
            if sample in seen:
                raise DomainError(
                    "“{first}”和“{second}”的文号格式相同，会出现重号：请为每类文书设不同的格式",
                    first=seen[sample].label,
                    second=kind.label,
                )
            seen[sample] = kind

    def pattern(self, kind: DocumentType) -> str:
        return dict(self.chosen).get(kind) or standard_pattern(kind)

    def as_stored(self) -> dict[str, str]:
        return {kind.value: pattern for kind, pattern in self.chosen}

    @classmethod
    def from_stored(cls, stored: object) -> NumberPatterns:
        """From {type code: pattern}; an empty pattern means the standard one."""
        if not isinstance(stored, Mapping):
            raise _wrong_type("number_patterns")
        codes = {kind.value: kind for kind in DocumentType}
        chosen: dict[DocumentType, str] = {}
        for code, pattern in stored.items():
            if code not in codes:
                raise DomainError("文号格式中有未知的文书类型“{code}”", code=code)
            if not isinstance(pattern, str):
                raise _wrong_type("number_patterns")
            if pattern.strip():
                chosen[codes[code]] = pattern.strip()
        return cls(tuple((kind, chosen[kind]) for kind in DocumentType if kind in chosen))


@dataclass(frozen=True)
class BureauProfile:
    organ_name: str
    seal_text: str
    number_prefix: str
    reconsideration_body: str
    court: str
    hotline: str
    address: str
    qr_url_pattern: str = ""  # https://…/{code}; empty: the guide's QR holds its text
    # The verification page (README "Anyone can verify"): documents' QR codes point there;
    # empty: they hold the bare payload, which `approval-desk verify --qr` still checks.
    verify_url: str = ""
    # After how many days the page warns that its list of voided documents is old.
    void_list_days: int = 7
    yellow_share: float = 0.9  # share of the time limit used when a case turns yellow
    number_patterns: NumberPatterns = field(default_factory=NumberPatterns)

    @property
    def letterhead(self) -> documents.BureauProfile:
        """What the documents print about the issuing organ."""
        return documents.BureauProfile(
            organ_name=self.organ_name,
            seal_text=self.seal_text,
            reconsideration_body=self.reconsideration_body,
            court=self.court,
            hotline=self.hotline,
            address=self.address,
            verify_url=self.verify_url,
        )

    def as_stored(self) -> dict[str, Any]:
        """The JSON stored: the same keys as ever, `number_patterns` only when any is set."""
        stored: dict[str, Any] = {key: getattr(self, key) for key in TEXT_KEYS}
        stored["qr_url_pattern"] = self.qr_url_pattern
        stored["verify_url"] = self.verify_url
        stored["void_list_days"] = self.void_list_days
        stored["yellow_share"] = self.yellow_share
        if self.number_patterns.chosen:
            stored["number_patterns"] = self.number_patterns.as_stored()
        return stored

    @classmethod
    def from_stored(cls, stored: Mapping[str, Any]) -> BureauProfile:
        """Check the stored JSON key by key; keys it does not know are left alone."""
        values: dict[str, Any] = {}
        for key in TEXT_KEYS:
            if key not in stored:
                raise DomainError(
                    "单位信息缺少“{field}”（{key}）：请由系统管理员在“单位信息”中填写并保存",
                    field=FIELD_NAMES[key],
                    key=key,
                )
            values[key] = stored[key]
        values["qr_url_pattern"] = stored.get("qr_url_pattern", "")
        values["verify_url"] = stored.get("verify_url", "")
        for key, value in values.items():
            if not isinstance(value, str):
                raise _wrong_type(key)
        share = stored.get("yellow_share", 0.9)
        if isinstance(share, bool) or not isinstance(share, int | float):
            raise _wrong_type("yellow_share")
        days = stored.get("void_list_days", 7)
        if isinstance(days, bool) or not isinstance(days, int):
            raise _wrong_type("void_list_days")
        patterns = NumberPatterns.from_stored(stored.get("number_patterns") or {})
        return cls(
            **values,
            void_list_days=days,
            yellow_share=float(share),
            number_patterns=patterns,
        )


def _wrong_type(key: str) -> DomainError:
    return DomainError(
        "单位信息中的“{field}”（{key}）格式不对：请由系统管理员在“单位信息”中改正并保存",
        field=FIELD_NAMES[key],
        key=key,
    )


DEFAULT_PROFILE = BureauProfile(
    organ_name="渭南高新技术产业开发区行政审批服务局",
    seal_text="审批专用章",
    number_prefix=register.DEFAULT_NUMBER_PREFIX,
    reconsideration_body="渭南高新技术产业开发区管理委员会",
    court="渭南市临渭区人民法院",
    hotline="0913-2166000",
    address="渭南高新区行政服务中心（朝阳大街与东风大街交汇处）",
)


def _stored(session: Session) -> dict[str, Any]:
    setting = session.get(Setting, PROFILE_KEY)
    return dict(setting.value) if setting is not None else DEFAULT_PROFILE.as_stored()


def load_profile(session: Session) -> BureauProfile:
    """The profile as stored (the default one when none is), checked."""
    return BureauProfile.from_stored(_stored(session))


# What the settings screen may change as text, with each field's limit (characters).
EDITABLE = {
    "organ_name": 60,
    "seal_text": 12,
    "number_prefix": 20,
    "reconsideration_body": 60,
    "court": 60,
    "hotline": 32,
    "address": 120,
    "qr_url_pattern": 300,
    "verify_url": 200,
}
TEXT_KEYS = (
    "organ_name",
    "seal_text",
    "number_prefix",
    "reconsideration_body",
    "court",
    "hotline",
    "address",
)


def save_profile(session: Session, actor: Actor, changes: dict[str, Any]) -> BureauProfile:
    """Change the bureau profile (admin only); every value is checked before any is stored.

    `number_patterns` maps type codes to patterns; an empty pattern restores the standard
    number of that type."""
    if not actor.has(Role.ADMIN):
        raise NotAllowed("只有系统管理员可以修改单位信息")
    numbers = {"yellow_share", "number_patterns", "void_list_days"}
    unknown = sorted(set(changes) - set(EDITABLE) - numbers)
    if unknown:
        raise DomainError("未知的设置项：{names}", names="、".join(unknown))
    cleaned: dict[str, Any] = {}
    for key, value in changes.items():
        if key == "yellow_share":
            share = float(value)
            if not 0.5 <= share < 1:
                raise DomainError("黄牌预警比例应在 0.5 到 1 之间（如 0.9 表示用去九成时限时预警）")
            cleaned[key] = share
            continue
        if key == "void_list_days":
            cleaned[key] = _void_list_days(value)
            continue
        if key == "number_patterns":
            # Checked with the whole profile below; stored without the emptied ones.
            cleaned[key] = {code: str(text).strip() for code, text in dict(value).items()}
            continue
        text = str(value).strip()
        if key not in ("qr_url_pattern", "verify_url") and not text:
            raise DomainError("“{field}”不能为空", field=FIELD_NAMES[key])
        if len(text) > EDITABLE[key]:
            raise DomainError(
                "“{field}”最多 {limit} 个字", field=FIELD_NAMES[key], limit=EDITABLE[key]
            )
        if key == "qr_url_pattern" and text and not text.startswith(("https://", "http://")):
            raise DomainError(
                "二维码网址应以 https:// 开头，可用 {placeholder} 代表事项编码",
                placeholder="{code}",
            )
        if key == "verify_url" and text:
            check_verify_url(text)
        cleaned[key] = text
    stored = _stored(session)
    before = stored.copy()
    # From the stored JSON, not the checked profile: a save can mend a broken profile.
    after = BureauProfile.from_stored({**stored, **cleaned})
    known = {*TEXT_KEYS, "qr_url_pattern", "verify_url", *numbers}
    value = {key: v for key, v in stored.items() if key not in known} | after.as_stored()
    setting = session.get(Setting, PROFILE_KEY)
    if setting is None:
        session.add(Setting(key=PROFILE_KEY, value=value))
    else:
        setting.value = value
    audit.record(session, actor, "save_profile", "setting", PROFILE_KEY, old=before, new=value)
    return after


def check_verify_url(text: str) -> None:
    """A verification address is a web address the bureau hosts the page at: https (http
    only on an intranet), no fragment of its own (the payload goes there), short."""
    if (
        not text.startswith(("https://", "http://"))
        or "#" in text
        or any(character.isspace() for character in text)
        or len(text) > EDITABLE["verify_url"]
    ):
        raise DomainError(
            "核验网址应以 https:// 开头，不含空格和 #，最多 {limit} 个字符，"
            "如 https://zwfw.example.gov.cn/yz/",
            limit=EDITABLE["verify_url"],
        )


def _void_list_days(value: Any) -> int:
    try:
        days = int(str(value).strip())
    except ValueError:
        days = 0
    if not 1 <= days <= 365:
        raise DomainError("作废名单提醒天数应为 1 到 365 之间的整数（如 7）")
    return days


FIELD_NAMES = {
    "organ_name": "机关名称",
    "seal_text": "印章文字",
    "number_prefix": "文号机关代字",
    "reconsideration_body": "复议机关",
    "court": "管辖法院",
    "hotline": "咨询电话",
    "address": "办公地址",
    "qr_url_pattern": "二维码网址格式",
    "verify_url": "核验网址",
    "void_list_days": "作废名单提醒天数",
    "yellow_share": "黄牌预警比例",
    "number_patterns": "文号格式",
}
