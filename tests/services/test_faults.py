"""One classifier of faults for the command line and the windows: explained errors keep their
own words, the database's refusals and lost connections say what to do, bugs are None."""

from __future__ import annotations

import sqlalchemy as sa

from desktop.data.errors import DatabaseUnreachable
from desktop.domain.errors import DomainError
from desktop.services.faults import FaultKind, classify


class Refusal(Exception):
    """What psycopg raises for SQLSTATE 42501 (insufficient_privilege)."""

    sqlstate = "42501"

    def __str__(self) -> str:
        return "permission denied for table cases\nCONTEXT: ..."


def test_explained_errors_keep_their_words():
    for error in (DomainError("两次输入的密码不一致"), DatabaseUnreachable("无法连接数据库")):
        fault = classify(error)
        assert fault is not None and fault.kind is FaultKind.EXPLAINED
        assert fault.words == str(error)


def test_a_refusal_names_the_servers_first_line():
    fault = classify(sa.exc.ProgrammingError("UPDATE cases", {}, Refusal()))
    assert fault is not None and fault.kind is FaultKind.REFUSED
    assert fault.detail == "permission denied for table cases"
    assert fault.words == "数据库拒绝了此操作（权限不足）：permission denied for table cases"


def test_lost_connections_say_to_check_the_connection():
    for kind in (sa.exc.OperationalError, sa.exc.InterfaceError):
        fault = classify(kind("SELECT 1", {}, Exception("server closed the connection\nmore")))
        assert fault is not None and fault.kind is FaultKind.CONNECTION
        assert fault.words == "数据库操作失败：server closed the connection。请检查数据库连接后重试"


def test_a_bug_is_not_a_fault():
    assert classify(ZeroDivisionError("division by zero")) is None
    assert classify(sa.exc.IntegrityError("INSERT", {}, Exception("duplicate key"))) is None
