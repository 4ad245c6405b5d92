"""User administration on both backends: accounts made, re-roled, disabled and given new
passwords by an admin (and on PostgreSQL, logins that really sign in or not)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from desktop.domain.actor import Actor
from desktop.domain.enums import Role
from desktop.domain.errors import DomainError
from desktop.domain.guards import NotAllowed
from desktop.services.admin import users
from desktop.services.auth import SignInFailed
from desktop.services.server_signin import sign_in_anywhere
from tests.test_cli import ROOT


def sign_in(bureau, db_url, username, password):
    who = sign_in_anywhere(db_url, bureau.sessions, username, password)
    if who.sessions is not bureau.sessions:
        who.sessions.kw["bind"].dispose()
    return who.actor


def test_an_admin_adds_re_roles_disables_and_resets(bureau, db_url):
    admin = bureau.actors["admin"]
    bureau.run(users.add_account, admin, "usr_new1", "新人", [Role.HANDLER_SOCIAL], "First#2026")
    assert sign_in(bureau, db_url, "usr_new1", "First#2026").roles == {Role.HANDLER_SOCIAL}
    bureau.run(users.set_roles, admin, "usr_new1", [Role.REVIEWER, Role.HEAD])
    assert sign_in(bureau, db_url, "usr_new1", "First#2026").roles == {Role.REVIEWER, Role.HEAD}
    bureau.run(users.reset_password, admin, "usr_new1", "Second#2026")
    with pytest.raises(SignInFailed):
        sign_in(bureau, db_url, "usr_new1", "First#2026")
    assert sign_in(bureau, db_url, "usr_new1", "Second#2026").username == "usr_new1"
    bureau.run(users.set_active, admin, "usr_new1", False)
    with pytest.raises(SignInFailed):
        sign_in(bureau, db_url, "usr_new1", "Second#2026")
    bureau.run(users.set_active, admin, "usr_new1", True)
    assert sign_in(bureau, db_url, "usr_new1", "Second#2026").full_name == "新人"
    listed = {a.username: a for a in bureau.run(users.list_accounts, admin)}
    assert listed["usr_new1"].roles == (Role.HEAD, Role.REVIEWER) and listed["usr_new1"].active


def test_only_admins_and_never_for_their_own_roles(bureau):
    with pytest.raises(NotAllowed):
        bureau.run(
            users.add_account, bureau.actors["eng1"], "usr_x", "某", [Role.ADMIN], "Pass#2026"
        )
    with pytest.raises(NotAllowed):
        bureau.run(users.set_roles, bureau.actors["admin"], "admin", [Role.ADMIN, Role.HEAD])
    with pytest.raises(NotAllowed):
        bureau.run(users.reset_password, bureau.actors["eng1"], "eng2", "Other#2026")
    # Admin accounts are the DBA's: no admin makes one or takes one over.
    bureau.run(users.add_account, Actor.system(), "usr_admin2", "二号", [Role.ADMIN], "Adm#20262")
    for service, *args in (
        (users.add_account, "usr_admin3", "三号", [Role.ADMIN], "Adm#20263"),
        (users.set_roles, "eng1", [Role.ADMIN]),
        (users.reset_password, "usr_admin2", "Mine#2026"),
        (users.set_active, "usr_admin2", False),
    ):
        with pytest.raises(NotAllowed):
            bureau.run(service, bureau.actors["admin"], *args)
    with pytest.raises(DomainError):
        bureau.run(users.add_account, Actor.system(), "Bad Name", "某", [], "Pass#2026")
    with pytest.raises(DomainError):
        bureau.run(users.add_account, Actor.system(), "usr_short", "某", [], "short")


def test_users_through_the_command_line(db_url):
    url = db_url.render_as_string(hide_password=False)

    def cli(*args: str, password: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "desktop", "--db", url, "users", *args],
            cwd=ROOT,
            input=password + "\n",
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    added = cli(
        "add",
        "usr_cli1",
        "--name",
        "命令行",
        "--roles",
        "clerk,supervisor",
        "--password-stdin",
        password="Cli#2026pw",
    )
    assert added.returncode == 0, added.stderr
    listed = cli("list")
    assert "usr_cli1\t命令行\tclerk,supervisor\t在职" in listed.stdout
    assert cli("roles", "usr_cli1", "--roles", "clerk").returncode == 0
    assert cli("disable", "usr_cli1").returncode == 0
    assert "usr_cli1\t命令行\tclerk\t停用" in cli("list").stdout
    wrong = cli("roles", "usr_cli1", "--roles", "boss")
    assert wrong.returncode == 2 and wrong.stderr.startswith("错误：")
