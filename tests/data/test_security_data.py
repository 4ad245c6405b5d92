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
