"""The keepers of the catalogue and the inspector pool drop rows only through the guarded
function, which checks their role and leaves each row in the audit trail: no login holds
DELETE on those tables (which would also let it LOCK them). The pool's lock is a row only
the guarded function locks, for the pool's keepers and whoever ends a case with an
inspection open: a login holding the old advisory key, or trying the row itself, holds no
draw up. Typed as SQL by real staff logins; the services still work on both backends."""

from __future__ import annotations

import json

import psycopg
import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.data.security.locks_sql import FORGETTABLE
from desktop.domain.catalogue_rows import LIST_SEPARATOR
from desktop.domain.enums import OPEN_INSPECTIONS, FindingVerdict
from desktop.services.admin.catalogue import item_form, save_item
from desktop.services.inspections.draws import plan_inspections
from desktop.services.inspections.leave import list_leave, remove_leave
from desktop.services.inspections.pool import InspectorForm, save_inspector
from desktop.services.inspections.replacement import LeaveCause, replace_member
from tests.support.inspection_bureau import DAYS, FIRST_DAY
from tests.support.logins import connect_as, give_logins, staff_sessions

REFUSED = psycopg.errors.InsufficientPrivilege
on_postgres = pytest.mark.parametrize("backend", ["postgres"])
OLD_DRAW_KEY = 0x44524157  # the advisory key the pool was locked under before


def first(pool, query):
    with pool.bureau.sessions() as session:
        return session.execute(query).mappings().first()


def deletes_in_trail(pool, table: str, login: str) -> int:
    with pool.bureau.sessions() as session:
        return session.scalar(
            sa.select(sa.func.count())
            .select_from(m.AuditEntry)
            .where(
                m.AuditEntry.action == "delete",
                m.AuditEntry.entity == table,
                m.AuditEntry.actor == login,
            )
        )


def forget(connection, table: str, *rows) -> int:
    return connection.execute(
        "SELECT desk_forget_rows(%s, %s::jsonb)", (table, json.dumps([dict(r) for r in rows]))
    ).fetchone()[0]


@on_postgres
def test_no_keeper_deletes_by_hand_and_the_guarded_function_drops_their_rows(pool, db_url):
    give_logins(pool.bureau.sessions, pool.bureau.actors)
    plan_inspections(pool.bureau.sessions, pool.coordinator, FIRST_DAY, DAYS, "seed-7")
    # A checklist point and a record's finding to drop.
    with pool.bureau.sessions() as session, session.begin():
        item_id = session.scalar(sa.select(sa.func.min(m.Item.id)))
        inspection_id = session.scalar(sa.select(sa.func.min(m.Inspection.id)))
        session.add(m.ItemCheckPoint(item_id=item_id, seq=99, text="现场核对", major=False))
        session.add(m.InspectionRecord(inspection_id=inspection_id))
        session.add(
            m.InspectionFinding(
                inspection_id=inspection_id,
                seq=1,
                check_point="现场核对",
                verdict=next(iter(FindingVerdict)),
            )
        )
    rows = {
        "item_materials": first(pool, sa.select(m.ItemMaterial.id)),
        "item_specialties": first(pool, sa.select(m.item_specialties)),
        "inspection_members": first(
            pool, sa.select(m.InspectionMember.inspection_id, m.InspectionMember.inspector_id)
        ),
        "inspector_unavailability": first(pool, sa.select(m.InspectorUnavailability.id)),
        "inspector_specialties": first(pool, sa.select(m.inspector_specialties)),
        "item_check_points": first(pool, sa.select(m.ItemCheckPoint.id)),
        "inspection_findings": first(pool, sa.select(m.InspectionFinding.id)),
    }
    assert set(rows) == set(FORGETTABLE) and all(rows.values())
    keeper = {
        "item_materials": "admin",
        "item_specialties": "admin",
        "inspection_members": "coord1",
        "inspector_unavailability": "coord1",
        "inspector_specialties": "admin",
        "item_check_points": "admin",
        "inspection_findings": "coord1",
    }
    outsider = {"admin": "coord1", "coord1": "eng1"}
    for table, row in rows.items():
        where = " AND ".join(f"{k} = {v}" for k, v in row.items())
        for login in ("admin", "coord1", "eng1", "head1"):
            with connect_as(db_url, login) as connection, pytest.raises(REFUSED):
                connection.execute(f"DELETE FROM {table} WHERE {where}")
        with connect_as(db_url, outsider[keeper[table]]) as connection:
            if table == "item_materials":  # the coordinator keeps no catalogue
                with pytest.raises(psycopg.errors.InsufficientPrivilege, match="系统管理员"):
                    forget(connection, table, row)
        with connect_as(db_url, "eng1") as connection, pytest.raises(REFUSED):
            forget(connection, table, row)
        with connect_as(db_url, keeper[table]) as connection:
            with pytest.raises(psycopg.errors.InvalidParameterValue):
                forget(connection, table, {})  # a row without its key would match nothing
            assert forget(connection, table, row) == 1
            assert forget(connection, table, row) == 0  # gone
        assert deletes_in_trail(pool, table, keeper[table]) == 1, table
    with connect_as(db_url, "admin") as connection, pytest.raises(REFUSED):
        forget(connection, "cases", {"id": 1})  # not a table of this function
    # A material that cases refer to stays; the admin, who sees no case, learns which.
    with pool.bureau.sessions() as session:
        used = session.scalar(sa.select(sa.func.min(m.CaseMaterial.item_material_id)))
    assert used is not None
    with connect_as(db_url, "admin") as connection:
        with pytest.raises(REFUSED), connection.transaction():
            connection.execute("SELECT * FROM case_materials")
        in_use = "SELECT desk_materials_in_use(%s)"
        assert [r[0] for r in connection.execute(in_use, ([used, 10**6],))] == [used]
        with pytest.raises(REFUSED, match="办件引用"):
            forget(connection, "item_materials", {"id": used})
    with connect_as(db_url, "eng1") as connection, pytest.raises(REFUSED):
        connection.execute(in_use, ([used],))


def sessions_of(pool, db_url, engine, name):
    """The named person's sessions: their own login on PostgreSQL (as_staff made it)."""
    if engine.dialect.name != "postgresql":
        return pool.bureau.sessions
    return staff_sessions(db_url, name)


@pytest.fixture
def as_staff(pool, engine, request):
    """name -> run a service as that person: their own login on PostgreSQL."""
    if engine.dialect.name == "postgresql":
        return request.getfixturevalue("as_staff")
    bureau = pool.bureau
    return lambda name, service, *args: bureau.run(service, bureau.actors[name], *args)


def test_the_keepers_services_drop_rows_as_their_own_logins(pool, as_staff, db_url, engine):
    # The admin drops a material no case uses, and a specialty of the inspection item.
    form = as_staff("admin", item_form, "one")
    form.materials.pop()
    as_staff("admin", save_item, form)
    assert len(as_staff("admin", item_form, "one").materials) == len(form.materials) == 2
    form = as_staff("admin", item_form, "inspect")
    codes = form.item["踏勘专业"].split(LIST_SEPARATOR)
    assert len(codes) == 2
    form.item["踏勘专业"] = codes[0]
    as_staff("admin", save_item, form)
    assert as_staff("admin", item_form, "inspect").item["踏勘专业"] == codes[0]
    # The coordinator takes an inspector's specialty and leave back ...
    inspector = pool.inspectors["张二"]
    with pool.bureau.sessions() as session:
        row = session.get(m.Inspector, inspector)
        held = [s.id for s in row.specialties]
    assert len(held) == 2
    form = InspectorForm(inspector, "张二", row.department_id, tuple(held[:1]))
    as_staff("coord1", save_inspector, form)
    with pool.bureau.sessions() as session:
        assert [s.id for s in session.get(m.Inspector, inspector).specialties] == held[:1]
    zhang = pool.inspectors["张一"]
    leave = as_staff("coord1", list_leave, FIRST_DAY, FIRST_DAY, zhang)
    as_staff("coord1", remove_leave, leave[0].id)
    assert as_staff("coord1", list_leave, FIRST_DAY, FIRST_DAY, zhang) == leave[1:]
    # ... and redraws a team member, which rewrites the team.
    coordinator = sessions_of(pool, db_url, engine, "coord1")
    outcome = plan_inspections(coordinator, pool.coordinator, FIRST_DAY, DAYS, "seed-7")
    line = outcome.planned[0]
    leaving = pool.inspectors[line.team[0].name]
    cause = LeaveCause.DECLINED
    result = as_staff("coord1", replace_member, line.inspection_id, leaving, cause, "生病")
    assert line.team[0].name not in result.team
    with pool.bureau.sessions() as session:
        members = session.scalars(
            sa.select(m.InspectionMember.inspector_id).where(
                m.InspectionMember.inspection_id == line.inspection_id
            )
        ).all()
    assert leaving not in members
    if engine.dialect.name == "postgresql":
        coordinator.kw["bind"].dispose()
        assert deletes_in_trail(pool, "inspection_members", "coord1") >= 1
        assert deletes_in_trail(pool, "item_materials", "admin") == 1


def waits_five_seconds(connection, record) -> None:
    """A draw that waited for a lock would fail after five seconds, not hang the test."""
    with connection.cursor() as cursor:
        cursor.execute("SET lock_timeout = '5s'")
    connection.commit()


@on_postgres
def test_no_login_holds_the_pool_and_a_draw_goes_on_past_the_old_advisory_key(pool, db_url):
    give_logins(pool.bureau.sessions, pool.bureau.actors)
    quiet = pool.bureau.new_case("two")
    with connect_as(db_url, "eng1") as holder:
        holder.execute("SELECT pg_advisory_lock(%s)", (OLD_DRAW_KEY,))  # open to any login
        with holder.transaction():
            for statement in (
                "SELECT desk_lock_pool(NULL)",  # a handler keeps no pool
                "SELECT * FROM pool_lock FOR UPDATE",
                "SELECT * FROM pool_lock FOR KEY SHARE",
                "LOCK TABLE pool_lock IN ROW SHARE MODE",
            ):
                with pytest.raises(REFUSED), holder.transaction():
                    holder.execute(statement)
            # A case with no inspection open: no lock either.
            with pytest.raises(REFUSED), holder.transaction():
                holder.execute("SELECT desk_lock_pool(%s)", (quiet.id,))
            coordinator = staff_sessions(db_url, "coord1")
            sa.event.listen(coordinator.kw["bind"], "connect", waits_five_seconds)
            outcome = plan_inspections(coordinator, pool.coordinator, FIRST_DAY, DAYS, "seed-7")
            assert outcome.planned
            coordinator.kw["bind"].dispose()
    with connect_as(db_url, "coord1") as coordinator, coordinator.transaction():
        coordinator.execute("SELECT desk_lock_pool(NULL)")
        with connect_as(db_url, "admin") as admin:
            admin.execute("SET lock_timeout = '200ms'")
            with pytest.raises(psycopg.errors.LockNotAvailable):
                admin.execute("SELECT desk_lock_pool(NULL)")  # one writer at a time
    # The handler of a case with an inspection open takes it, to withdraw the case.
    with pool.bureau.sessions() as session:
        case_id = session.scalar(
            sa.select(m.Inspection.case_id)
            .where(m.Inspection.status.in_(OPEN_INSPECTIONS))
            .order_by(m.Inspection.id)
            .limit(1)
        )
    with connect_as(db_url, "eng1") as handler, handler.transaction():
        handler.execute("SELECT desk_lock_pool(%s)", (case_id,))
