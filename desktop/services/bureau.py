"""The bureau profile: names, seal text, number patterns, remedy bodies, hotline, thresholds."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from desktop.data.models import Setting

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
