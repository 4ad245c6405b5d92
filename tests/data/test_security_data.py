"""The security objects as data: every table classified, the rules copied, names consistent."""

from __future__ import annotations

import re

import pytest
import sqlalchemy as sa

from desktop.data.models import Base, TransitionRule
from desktop.data.security import OWNERS, all_functions
from desktop.data.security.grants import TABLE_GRANTS
from desktop.data.security.names import DEFINERS, GROUP_ROLES, STAFF
from desktop.data.security.policies import POLICIES
from desktop.data.transition_rules import rule_rows
from desktop.domain.workflow import TRANSITIONS

GRANTEES = {STAFF, *GROUP_ROLES, *DEFINERS}
PRIVILEGE = re.compile(r"^(SELECT|INSERT|UPDATE|DELETE)(\([a-z_, ]+\))?$")


def test_every_table_of_the_models_is_classified():
    """A new table gets no access until someone decides who may do what with it."""
    missing = sorted(set(Base.metadata.tables) - set(TABLE_GRANTS))
    assert not missing, f"add these tables to desktop/data/security/grants.py: {missing}"
    stale = sorted(set(TABLE_GRANTS) - set(Base.metadata.tables))
    assert not stale, f"grants for tables that no longer exist: {stale}"


def test_grants_name_known_roles_privileges_and_columns():
    for table, per_role in TABLE_GRANTS.items():
        columns = set(Base.metadata.tables[table].columns.keys())
        for grantee, privileges in per_role.items():
            assert grantee in GRANTEES, (table, grantee)
            for privilege in privileges:
                assert PRIVILEGE.match(privilege), (table, privilege)
                named = re.findall(r"[a-z_]+", privilege.partition("(")[2])
                assert set(named) <= columns, (table, privilege)


def test_policies_cover_tables_that_exist_and_known_roles():
    for policy in POLICIES:
        assert policy.table in TABLE_GRANTS, policy
        assert set(policy.roles) <= GRANTEES, policy


def test_every_guarded_function_has_a_non_login_owner():
    assert set(OWNERS.values()) <= set(DEFINERS)
    for signature in OWNERS:
        body = all_functions().get(signature, "")
        if body:  # trigger functions of earlier migrations are altered, not created here
            assert "SECURITY DEFINER" in body and "SET search_path" in body, signature


def test_the_rules_table_holds_the_workflow_rules(sessions):
    with sessions() as session:
        stored = [
            {c: getattr(r, c) for c in rule_rows()[0]}
            for r in session.scalars(sa.select(TransitionRule).order_by(TransitionRule.seq))
        ]
    assert stored == rule_rows()
    assert len(stored) == len(TRANSITIONS)


@pytest.mark.parametrize("backend", ["postgres"])
def test_upgrade_leaves_every_table_with_row_security_or_plain_grants(engine):
    with engine.connect() as connection:
        secured = set(
            connection.exec_driver_sql(
                "SELECT relname FROM pg_class WHERE relrowsecurity AND relkind = 'r'"
            ).scalars()
        )
        public_can = connection.exec_driver_sql(
            "SELECT count(*) FROM information_schema.role_table_grants WHERE grantee = 'PUBLIC'"
            " AND table_schema = 'public'"
        ).scalar()
    assert {"cases", "case_events", "applicants", "idempotency_keys"} <= secured
    assert public_can == 0


@pytest.mark.postgres
def test_a_dba_who_is_not_a_superuser_can_upgrade_and_the_guards_hold(pg_admin_url):
    """The bureau's DBA needs CREATEROLE and the database, not superuser rights."""
    import itertools
    import os

    import psycopg

    from desktop.data.database import make_engine, parse_url
    from desktop.services.admin.setup import prepare_database
    from tests.support.logins import connect_as

    suffix = f"{os.getpid()}_{next(itertools.count())}"
    dba, database = f"dba_{suffix}", f"dbaowned_{suffix}"
    admin = sa.create_engine(pg_admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f"CREATE ROLE {dba} LOGIN CREATEROLE PASSWORD 'Dba#2026pw'")
        connection.exec_driver_sql(f"CREATE DATABASE {database} OWNER {dba}")
    url = parse_url(pg_admin_url).set(database=database, username=dba, password="Dba#2026pw")
    engine = make_engine(url)
    try:
        prepare_database(engine)
        prepare_database(engine)  # and again: idempotent
        from desktop.data.database import session_factory
        from desktop.domain.actor import Actor
        from desktop.domain.enums import Role
        from desktop.services.admin.users import add_account

        sessions = session_factory(engine)
        with sessions() as session, session.begin():
            add_account(
                session, Actor.system(), f"h_{suffix}", "某", [Role.HANDLER_SOCIAL], "Pw#20261"
            )
        with connect_as(url, f"h_{suffix}", "Pw#20261") as connection:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                connection.execute("UPDATE number_counters SET last_serial = 0")
            assert connection.execute("SELECT count(*) FROM cases").fetchone() == (0,)
    finally:
        engine.dispose()
        with admin.connect() as connection:
            connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
        admin.dispose()
