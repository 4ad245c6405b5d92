"""Administration services: the item editor, retiring items, the bureau profile, and the
warning when next year's holidays are missing."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.domain.calendar_notice import missing_year_warning
from desktop.domain.errors import DomainError
from desktop.domain.guards import NotAllowed
from desktop.services.admin.catalogue import (
    CatalogueRejected,
    item_form,
    list_items,
    save_item,
    set_item_active,
)
from desktop.services.bureau import PROFILE_KEY, load_profile, save_profile


def test_missing_year_warning_from_the_first_of_december():
    assert missing_year_warning(date(2026, 11, 30), {2026}) is None
    assert "2027年的节假日安排尚未录入" in str(missing_year_warning(date(2026, 12, 1), {2026}))
    assert missing_year_warning(date(2026, 12, 1), {2026, 2027}) is None


def test_the_item_editor_adds_edits_and_retires(bureau):
    admin = bureau.actors["admin"]
    form = bureau.run(item_form, admin, None)
    form.item.update(
        {
            "事项编码": "NEW1",
            "事项名称": "新增测试事项",
            "主管部门编码": "ZJ",
            **{
                c: 5
                for c in ("法定时限", "承诺时限", "审查时限", "审核时限", "制证时限", "送达时限")
            },
        }
    )
    form.materials.append(
        {"事项编码": "NEW1", "序号": 1, "材料名称": "申请表", "须原件": "是", "份数": 1}
    )
    bureau.run(save_item, admin, form)
    edited = bureau.run(item_form, admin, "NEW1")
    assert edited.item["事项名称"] == "新增测试事项" and edited.materials[0]["材料名称"] == "申请表"
    edited.item["承诺时限"] = 9  # longer than the statutory limit
    with pytest.raises(CatalogueRejected, match="承诺时限"):
        bureau.run(save_item, admin, edited)
    # A 变更 item names the 新办 item it acts on; the editor checks it as an import does.
    edited.item.update({"承诺时限": 5, "办件类型": "变更", "基础事项编码": ""})
    with pytest.raises(CatalogueRejected, match="基础事项编码"):
        bureau.run(save_item, admin, edited)
    edited.item["基础事项编码"] = "one"
    bureau.run(save_item, admin, edited)
    assert bureau.run(item_form, admin, "NEW1").item["基础事项编码"] == "one"
    with bureau.sessions() as session:
        item = session.scalar(sa.select(m.Item).where(m.Item.code == "NEW1"))
        assert item.case_kind.label == "变更" and item.base_item_id is not None
    bureau.run(set_item_active, admin, "NEW1", False)
    lines = bureau.run(list_items, admin, "新增")
    assert [(line.code, line.active) for line in lines] == [("NEW1", False)]
    with pytest.raises(NotAllowed):
        bureau.run(set_item_active, bureau.actors["eng1"], "NEW1", True)


def test_profile_changes_are_checked_then_stored_with_an_audit_entry(bureau):
    admin = bureau.actors["admin"]
    with pytest.raises(DomainError):
        bureau.run(save_profile, admin, {"hotline": "", "court": "某法院"})
    with pytest.raises(DomainError):
        bureau.run(save_profile, admin, {"qr_url_pattern": "ftp://x"})
    bureau.run(save_profile, admin, {"hotline": "0913-12345", "yellow_share": 0.8})
    with bureau.sessions() as session:
        profile = load_profile(session)
        assert profile.hotline == "0913-12345" and profile.yellow_share == 0.8
        assert (
            session.scalar(
                sa.select(sa.func.count())
                .select_from(m.AuditEntry)
                .where(m.AuditEntry.action == "save_profile")
            )
            == 1
        )
    with pytest.raises(NotAllowed):
        bureau.run(save_profile, bureau.actors["eng1"], {"hotline": "1"})


def test_number_patterns_are_set_per_type_checked_and_audited(bureau):
    admin = bureau.actors["admin"]
    with pytest.raises(DomainError, match="无效"):
        bureau.run(save_profile, admin, {"number_patterns": {"licence": "{prefix}{code}{serial}"}})
    with pytest.raises(DomainError, match="重号"):
        bureau.run(save_profile, admin, {"number_patterns": {"licence": "{prefix}许{serial}"}})
    with pytest.raises(DomainError, match="未知"):
        bureau.run(save_profile, admin, {"number_patterns": {"memo": "{prefix}{year}{serial}"}})
    pattern = "{prefix}证〔{year}〕{serial:05d}号"
    saved = bureau.run(save_profile, admin, {"number_patterns": {"licence": pattern}})
    assert saved.number_patterns.as_stored() == {"licence": pattern}
    with bureau.sessions() as session:
        stored = session.get(m.Setting, PROFILE_KEY).value
        assert stored["number_patterns"] == {"licence": pattern}
        entry = session.scalars(
            sa.select(m.AuditEntry).where(m.AuditEntry.action == "save_profile")
        ).one()
        assert "证〔" in str(entry.new)
    bureau.run(save_profile, admin, {"number_patterns": {"licence": ""}})  # the standard again
    with bureau.sessions() as session:
        assert "number_patterns" not in session.get(m.Setting, PROFILE_KEY).value
        assert load_profile(session).number_patterns.as_stored() == {}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"court": None}, "管辖法院"),
        ({"organ_name": 7}, "机关名称"),
        ({"yellow_share": "九成"}, "黄牌"),
    ],
)
def test_a_broken_stored_profile_fails_at_load_naming_the_key(bureau, change, message):
    with bureau.sessions() as session, session.begin():
        setting = session.get(m.Setting, PROFILE_KEY)
        value = {**setting.value, **change}
        setting.value = {key: v for key, v in value.items() if v is not None}
    with bureau.sessions() as session, pytest.raises(DomainError, match=message):
        load_profile(session)


def test_only_the_admin_is_told_that_next_years_holidays_are_missing(bureau, monkeypatch):
    from desktop.data.calendar import known_years
    from desktop.services import timesource
    from desktop.services.admin.calendar import calendar_warning

    with bureau.sessions() as session:
        last = max(known_years(session))
    monkeypatch.setattr(timesource, "today", lambda: date(last, 12, 2))
    told = bureau.run(calendar_warning, bureau.actors["admin"])
    assert f"{last + 1}年的节假日安排尚未录入" in str(told)
    for username in ("eng1", "clerk1", "super1"):
        assert bureau.run(calendar_warning, bureau.actors[username]) is None
