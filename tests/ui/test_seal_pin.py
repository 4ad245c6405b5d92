"""The seal token's PIN, asked at the first signing: kept in this process only."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QWidget

from desktop.documents.custody import Token
from desktop.domain.errors import DomainError
from desktop.services.documents import seal_custody
from desktop.services.documents.signing_keys import SealAway
from desktop.ui.seal_pin import ask_seal_pin


def test_the_pin_is_asked_when_the_token_needs_it_and_kept_in_memory(qtbot, monkeypatch):
    parent = QWidget()
    qtbot.addWidget(parent)
    monkeypatch.setenv(seal_custody.MODULE_VARIABLE, "/usr/lib/softhsm/libsofthsm2.so")
    asked: list[str] = []

    def typed(_parent, _title, prompt, _echo):  # type: ignore[no-untyped-def]
        asked.append(prompt)
        return "135790", True

    monkeypatch.setattr(QInputDialog, "getText", typed)
    try:
        seal_custody.key_place(None)
    except seal_custody.PinNeeded as needed:
        assert ask_seal_pin(parent, needed)
    place = seal_custody.key_place(None)
    assert isinstance(place, Token) and place.pin == "135790"
    assert "135790" not in repr(place)
    wrong = SealAway("签章令牌的 PIN 不对，未能登录：请重新输入", pin_wrong=True)
    assert ask_seal_pin(parent, wrong) and "不对" in asked[-1]
    assert not ask_seal_pin(parent, DomainError("别的错误"))
    assert len(asked) == 2
