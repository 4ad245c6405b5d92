"""Asking for the seal token's PIN at the first signing: kept in this process's memory only,
never in the database nor in the settings (README, "Custody of the seal")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget


def needs_pin(error: BaseException) -> bool:
    """The token asked for a PIN, or refused the one given."""
    code = getattr(error, "code", "")
    data = getattr(error, "data", {})
    return code == "seal_pin_needed" or (code == "seal_away" and bool(data.get("pin_wrong")))


def ask_seal_pin(parent: QWidget, error: BaseException) -> bool:
    """Ask for the PIN when `error` says one is needed; True when one was typed (try again)."""
    if not needs_pin(error):
        return False
    wrong = getattr(error, "code", "") == "seal_away"
    prompt = QCoreApplication.translate(
        "seal_pin",
        "签章令牌的 PIN 不对，请重新输入："
        if wrong
        else "请输入签章令牌的 PIN（由签章保管人掌握）：",
    )
    pin, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("seal_pin", "加盖签章"),
        prompt,
        QLineEdit.EchoMode.Password,
    )
    if not ok or not pin:
        return False
    # Here, not at the top: custody brings the signing stack (pkcs11, pyHanko, reportlab),
    # which the workbench leaves to its background work (tests/test_smoke.py).
    from desktop.services.documents import seal_custody

    seal_custody.give_pin(pin)
    return True
