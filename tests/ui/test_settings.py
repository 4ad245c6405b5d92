"""Per-user UI state goes through the declared keys of ui/settings.py, and only there."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from desktop.ui import settings
from desktop.ui.settings import PerUser, Setting

UI = Path(__file__).resolve().parents[2] / "desktop" / "ui"


def test_no_module_but_the_settings_module_opens_qsettings():
    opening = re.compile(r"\bQSettings\s*\(")
    offenders = [
        str(path.relative_to(UI))
        for path in UI.rglob("*.py")
        if path.name != "settings.py" or path.parent != UI
        if opening.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_every_key_is_declared_once():
    keys = [s.key if isinstance(s, Setting) else s.pattern for s in settings.DECLARED]
    assert len(keys) == len(set(keys))


def test_a_setting_never_written_gives_its_default(qapp):
    assert Setting("tests/never_written", "zh", str).get() == "zh"
    assert Setting("tests/never_written_url", None, str).get() is None
    assert PerUser("{user}/tests/never", 10, int).of("nobody").get() == 10


def test_values_round_trip_with_their_types(qapp):
    text = Setting("tests/text", "", str)
    text.set("张三")
    assert text.get() == "张三"
    chosen: Setting[str | None] = Setting("tests/url", None, str)
    chosen.set("")  # the embedded database: chosen, and not the same as never chosen
    assert chosen.get() == ""
    count = PerUser("{user}/tests/count", 10, int)
    count.of("eng1").set(11)
    QSettings().sync()
    assert count.of("eng1").get() == 11
    assert count.of("eng2").get() == 10  # kept apart per user
    state = Setting("tests/bytes", None)
    state.set(QByteArray(b"\x00\x01layout"))
    assert bytes(state.get()) == b"\x00\x01layout"


def test_the_declared_keys_keep_the_names_already_stored_on_users_pcs():
    assert settings.LAST_USER.key == "signin/last_user"
    assert settings.LANGUAGE.key == "ui/language"
    assert settings.DATABASE_URL.key == "database/url"
    assert settings.QUEUE_COLUMN_COUNT.of("eng1").key == "eng1/main/column_count"
    assert settings.SAVED_FILTERS.of("eng1").key == "eng1/saved_filters"
