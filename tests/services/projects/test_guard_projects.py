"""Construction projects as the guard on PostgreSQL, by SQL as real staff logins: a case is
never linked to a project of another builder, to a stage the project is not in or for an item
of another stage; a stage moves only to the next one, once no case of it is open and none is
left refused; only the engineering handlers and the head move it, only the front desk
registers projects, only the admin writes the stage limits."""

from __future__ import annotations

import psycopg
import pytest
import sqlalchemy as sa

from desktop.data import models as m
from tests.services.projects.conftest import CODE, decided

pytestmark = pytest.mark.parametrize("backend", ["postgres"])
CHECK = psycopg.errors.CheckViolation
REFUSED = psycopg.errors.InsufficientPrivilege
INSERT_CASE = (
    "INSERT INTO cases (number, item_id, category, applicant_id, green_channel,"
    " queue_rank, status, accepted_at, accepted_on, extension_days, due_provisional,"
    " updated_at, version, kind, project_id, project_stage)"
    " VALUES (%s, %s, 'engineering', %s, false, 1, 'received', %s, %s, 0, false, now(), 1,"
    " 'new', %s, %s)"
)
ADVANCE = "UPDATE projects SET stage = %s WHERE code = %s"


@pytest.fixture
def guarded(projects):
    """(bureau, the project's id, item "plan"'s id)."""
    from tests.support.logins import connect_as  # noqa: F401  (logins given by as_staff)

    with projects.sessions() as session:
        project_id = session.scalar(sa.select(m.Project.id).where(m.Project.code == CODE))
        item_id = session.scalar(sa.select(m.Item.id).where(m.Item.code == "plan"))
    return projects, project_id, item_id


def _insert(db_url, bureau, number, item_id, applicant_id, project_id, stage):
    from tests.support.logins import connect_as

    at = bureau.clock.now
    with connect_as(db_url, "clerk1") as connection:
        connection.execute(
            INSERT_CASE, (number, item_id, applicant_id, at, at.date(), project_id, stage)
        )


def test_a_case_links_only_to_its_builders_project_in_its_stage_by_sql(guarded, db_url):
    bureau, project_id, item_id = guarded
    with pytest.raises(CHECK, match="建设单位不是本件申请人"):
        _insert(db_url, bureau, "P1", item_id, bureau.other_builder_id, project_id, "land_planning")
    with pytest.raises(CHECK, match="不能列入“施工许可”阶段"):
        _insert(
            db_url, bureau, "P2", item_id, bureau.applicant_id, project_id, "construction_permit"
        )
    with pytest.raises(CHECK, match="project_names_stage"):
        _insert(db_url, bureau, "P3", item_id, bureau.applicant_id, None, "land_planning")
    _insert(db_url, bureau, "P4", item_id, bureau.applicant_id, project_id, "land_planning")
    # Nobody moves a case into another project or stage afterwards.
    from tests.support.logins import connect_as

    for name in ("clerk1", "eng1", "head1"):
        with connect_as(db_url, name) as connection, pytest.raises(REFUSED):
            connection.execute("UPDATE cases SET project_stage = 'completion' WHERE number = 'P4'")


def test_a_case_links_only_with_an_item_of_the_project_s_stage_by_sql(guarded, db_url):
    bureau, project_id, _ = guarded
    with bureau.sessions() as session:
        ids = dict(session.execute(sa.select(m.Item.code, m.Item.id)).all())
    args = (bureau.applicant_id, project_id, "land_planning")
    with pytest.raises(CHECK, match=r"属于“工程建设许可”阶段，项目 .* 现处于“立项用地规划许可”"):
        _insert(db_url, bureau, "S1", ids["plan2"], *args)
    with pytest.raises(CHECK, match="不属于工程建设项目审批阶段"):
        _insert(db_url, bureau, "S2", ids["two"], *args)
    _insert(db_url, bureau, "S3", ids["fire"], *args)


def test_a_stage_cannot_advance_while_a_case_is_open_or_refused_by_sql(guarded, db_url):
    from tests.support.logins import connect_as

    bureau, _, _ = guarded
    with connect_as(db_url, "eng1") as connection, pytest.raises(CHECK, match="尚无办件"):
        connection.execute(ADVANCE, ("engineering_permit", CODE))
    decided(bureau, "plan")
    open_case = bureau.new_case("fire", project_code=CODE)
    with connect_as(db_url, "eng1") as connection:
        with pytest.raises(CHECK, match=f"还有办件未办结（{open_case.number}）"):
            connection.execute(ADVANCE, ("engineering_permit", CODE))
        with pytest.raises(CHECK, match="不能进入“施工许可”阶段"):
            connection.execute(ADVANCE, ("construction_permit", CODE))
    # A social handler, the clerk and the supervisor do not move projects at all.
    for name in ("soc1", "clerk1", "super1"):
        with connect_as(db_url, name) as connection, pytest.raises(REFUSED):
            connection.execute(ADVANCE, ("engineering_permit", CODE))
    # Refused: the stage is blocked until the item is granted on a new application.
    from desktop.services.cases import actions as cases

    state = bureau.as_staff("eng1", cases.claim, open_case.id, open_case.version)
    state = bureau.as_staff(
        "eng1", cases.propose, state.id, state.version, grant=False, opinion="不符合"
    )
    bureau.as_staff("review1", cases.reject, state.id, state.version, "不符合法定条件")
    with (
        connect_as(db_url, "head1") as connection,
        pytest.raises(CHECK, match=f"受阻：办件 {open_case.number} 不予许可"),
    ):
        connection.execute(ADVANCE, ("engineering_permit", CODE))
    decided(bureau, "fire")
    with connect_as(db_url, "head1") as connection:
        connection.execute(ADVANCE, ("engineering_permit", CODE))
        # The day it entered the stage is the server's, whatever the caller writes.
        connection.execute(
            "UPDATE projects SET stage = 'engineering_permit', stage_since = DATE '2000-01-01'"
            " WHERE code = %s",
            (CODE,),
        )
    with bureau.sessions() as session:
        project = session.scalar(sa.select(m.Project).where(m.Project.code == CODE))
        assert project.stage.value == "engineering_permit"
        assert project.stage_since == bureau.clock.now.date()


def test_only_the_front_desk_registers_projects_by_sql(guarded, db_url):
    from tests.support.logins import connect_as

    bureau, _, _ = guarded
    insert = (
        "INSERT INTO projects (code, name, builder_id, address, stage, stage_since, created_at)"
        " VALUES (%s, '项目', %s, '', 'land_planning', DATE '2026-11-16', now())"
    )
    for name in ("eng1", "super1", "head1"):
        with connect_as(db_url, name) as connection, pytest.raises(REFUSED):
            connection.execute(insert, ("2026-610502-47-01-000777", bureau.applicant_id))
    with connect_as(db_url, "clerk1") as connection:
        connection.execute(insert, ("2026-610502-47-01-000777", bureau.applicant_id))
        with pytest.raises(REFUSED):
            connection.execute("UPDATE projects SET builder_id = builder_id")
        with pytest.raises(REFUSED):
            connection.execute("DELETE FROM projects")


def test_only_the_admin_writes_the_stage_limits_by_sql(guarded, db_url):
    from tests.support.logins import connect_as

    insert = (
        "INSERT INTO settings (key, value, updated_at) VALUES ('project_stage_limits',"
        " '{\"land_planning\": 5}', now())"
    )
    for name in ("eng1", "head1", "super1", "clerk1"):
        with connect_as(db_url, name) as connection, pytest.raises(REFUSED):
            connection.execute(insert)
    with connect_as(db_url, "admin") as connection:
        connection.execute(insert)
    with connect_as(db_url, "eng1") as connection:  # the stage clocks read them
        assert connection.execute(
            "SELECT value FROM settings WHERE key = 'project_stage_limits'"
        ).fetchone()[0] == {"land_planning": 5}
