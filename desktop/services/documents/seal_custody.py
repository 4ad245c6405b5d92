"""This PC's answer to "where are the seal's private keys?": a PKCS#11 token or a key file,
never the shared database (README, "Custody of the seal").

Read from the environment, or set for this process by the command line (`keys init
--pkcs11-module …`) and by the window (the PIN asked at the first signing):

- a token: `APPROVAL_DESK_PKCS11_MODULE` (the token's PKCS#11 library),
  `APPROVAL_DESK_TOKEN_LABEL`, and the PIN from `APPROVAL_DESK_TOKEN_PIN` or asked;
- else a key file: `APPROVAL_DESK_KEY_FILE`, by default next to the SQLite file
  (`<name>-seal.p12`) or in the user's data folder, with the passphrase from
  `APPROVAL_DESK_KEY_PASSPHRASE` (keys made without one carry the trial passphrase and are
  marked as trial keys).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy.orm import Session

from desktop.data.database import APP_DIR_NAME
from desktop.documents.custody import KeyFile, KeyPlace, Token
from desktop.domain.errors import DomainError

MODULE_VARIABLE = "APPROVAL_DESK_PKCS11_MODULE"
LABEL_VARIABLE = "APPROVAL_DESK_TOKEN_LABEL"
PIN_VARIABLE = "APPROVAL_DESK_TOKEN_PIN"
KEY_FILE_VARIABLE = "APPROVAL_DESK_KEY_FILE"
PASSPHRASE_VARIABLE = "APPROVAL_DESK_KEY_PASSPHRASE"
DEFAULT_LABEL = "approval-desk"
TRIAL_PASSPHRASE = "approval-desk-trial"  # trial keys only: they protect nothing

_NO_FILE = (None, "", ":memory:")
_chosen: dict[str, str] = {}  # this process's choices (command line, the window's PIN)
_lock = threading.Lock()


class PinNeeded(DomainError):
    """The token is configured but its PIN is not known to this process yet."""

    code = "seal_pin_needed"


def configure(**choices: str | None) -> None:
    """Set this process's custody: module=, label=, pin=, key_file=, passphrase=."""
    with _lock:
        for name, value in choices.items():
            if value is not None:
                _chosen[name] = value


def give_pin(pin: str) -> None:
    """The PIN typed in the window: kept in this process's memory only."""
    configure(pin=pin)


def forget() -> None:
    with _lock:
        _chosen.clear()


def _value(name: str, variable: str) -> str:
    with _lock:
        chosen = _chosen.get(name)
    return chosen if chosen is not None else os.environ.get(variable, "")


def uses_token() -> bool:
    """A token is configured (a key file chosen on the command line overrides it)."""
    with _lock:
        if _chosen.get("key_file"):
            return False
    return bool(_value("module", MODULE_VARIABLE))


def passphrase() -> str:
    return _value("passphrase", PASSPHRASE_VARIABLE)


def _user_key_folder() -> Path:
    return Path(user_data_dir(APP_DIR_NAME, appauthor=False))


def key_file_path(session: Session | None) -> Path:
    """The key file: as configured, else next to an SQLite file, else the user's folder."""
    given = _value("key_file", KEY_FILE_VARIABLE)
    if given:
        return Path(given).expanduser()
    url = session.get_bind().url if session is not None else None
    if url is not None and url.get_backend_name() == "sqlite" and url.database not in _NO_FILE:
        database = Path(str(url.database))
        return database.with_name(database.stem + "-seal.p12")
    return _user_key_folder() / "seal.p12"


def key_place(session: Session | None, *, trial: bool = False) -> KeyPlace:
    """Where this PC keeps (or is to keep) the keys; `trial` keys use the trial passphrase
    when none is set."""
    if uses_token():
        pin = _value("pin", PIN_VARIABLE)
        if not pin:
            raise PinNeeded(
                "签章令牌需要 PIN（由签章保管人掌握）才能加盖签章：请在窗口中输入，"
                "或在本机设置环境变量 {variable}",
                variable=PIN_VARIABLE,
            )
        label = _value("label", LABEL_VARIABLE) or DEFAULT_LABEL
        return Token(_value("module", MODULE_VARIABLE), label, pin)
    secret = passphrase() or (TRIAL_PASSPHRASE if trial else "")
    return KeyFile(key_file_path(session), secret)
