"""The bureau profile: names, seal text, number patterns, remedy bodies, hotline, thresholds."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from desktop.data.models import Setting
from desktop.domain.actor import Actor
from desktop.domain.enums import Role
from desktop.domain.errors import DomainError
from desktop.domain.guards import NotAllowed
from desktop.services import audit

PROFILE_KEY = "bureau_profile"

DEFAULT_PROFILE: dict[str, Any] = {
    "organ_name": "渭南高新技术产业开发区行政审批服务局",
    "seal_text": "审批专用章",
    "number_prefix": "渭高审批",
    "reconsideration_body": "渭南高新技术产业开发区管理委员会",
    "court": "渭南市临渭区人民法院",
    "hotline": "0913-2166000",
    "address": "渭南高新区行政服务中心（朝阳大街与东风大街交汇处）",
    "qr_url_pattern": "",
    "yellow_share": 0.9,
}


def load_profile(session: Session) -> dict[str, Any]:
    """The profile as stored, with defaults for keys added since it was saved."""
    setting = session.get(Setting, PROFILE_KEY)
    stored = setting.value if setting is not None else {}
    return {**DEFAULT_PROFILE, **stored}


# What the settings screen may change, with each field's limit (characters).
EDITABLE = {
    "organ_name": 60,
    "seal_text": 12,
    "number_prefix": 20,
    "reconsideration_body": 60,
    "court": 60,
    "hotline": 32,
    "address": 120,
    "qr_url_pattern": 300,
}


def save_profile(session: Session, actor: Actor, changes: dict[str, Any]) -> dict[str, Any]:
    """Change the bureau profile (admin only); every value is checked before any is stored."""
    if not actor.has(Role.ADMIN):
        raise NotAllowed("只有系统管理员可以修改单位信息")
    unknown = sorted(set(changes) - set(EDITABLE) - {"yellow_share"})
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
        text = str(value).strip()
        if key != "qr_url_pattern" and not text:
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
        cleaned[key] = text
    before = load_profile(session)
    after = {**before, **cleaned}
    setting = session.get(Setting, PROFILE_KEY)
    if setting is None:
        session.add(Setting(key=PROFILE_KEY, value=after))
    else:
        setting.value = after
    audit.record(session, actor, "save_profile", "setting", PROFILE_KEY, old=before, new=after)
    return after


FIELD_NAMES = {
    "organ_name": "机关名称",
    "seal_text": "印章文字",
    "number_prefix": "文号机关代字",
    "reconsideration_body": "复议机关",
    "court": "管辖法院",
    "hotline": "咨询电话",
    "address": "办公地址",
    "qr_url_pattern": "二维码网址格式",
}
