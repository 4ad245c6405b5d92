"""Signing in: right password, wrong password, lock-out, disabled account."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.domain.passwords import hash_password
from desktop.services.auth import LOCK_AFTER_FAILURES, SignInFailed, sign_in


@pytest.fixture
def with_password(bureau):
    with bureau.sessions() as session, session.begin():
        for user in session.scalars(sa.select(m.StaffUser)):
            user.password_hash = hash_password("Correct#2026")
    return bureau


def test_good_password_gives_the_actor_with_roles(with_password):
    actor = sign_in(with_password.sessions, " eng1 ", "Correct#2026")
    assert actor.username == "eng1" and actor.roles == with_password.actors["eng1"].roles


def test_wrong_passwords_count_down_then_lock(with_password, clock):
    for attempt in range(1, LOCK_AFTER_FAILURES):
        with pytest.raises(SignInFailed, match=f"还可尝试 {LOCK_AFTER_FAILURES - attempt} 次"):
            sign_in(with_password.sessions, "eng1", "wrong")
    with pytest.raises(SignInFailed, match="锁定"):
        sign_in(with_password.sessions, "eng1", "wrong")
    with pytest.raises(SignInFailed, match="已锁定至"):
        sign_in(with_password.sessions, "eng1", "Correct#2026")
    clock.advance(hours=1)
    assert sign_in(with_password.sessions, "eng1", "Correct#2026").username == "eng1"


def test_unknown_and_disabled_accounts(with_password):
    with pytest.raises(SignInFailed, match="用户名或密码不正确"):
        sign_in(with_password.sessions, "nobody", "Correct#2026")
    with with_password.sessions() as session, session.begin():
        session.scalar(sa.select(m.StaffUser).where(m.StaffUser.username == "eng2")).active = False
    with pytest.raises(SignInFailed, match="停用"):
        sign_in(with_password.sessions, "eng2", "Correct#2026")
