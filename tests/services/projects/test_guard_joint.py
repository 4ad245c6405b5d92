"""联合踏勘 as the guard on PostgreSQL, by SQL as real staff logins: only the coordinator
joins an inspection to another, only of a case of the same project and stage; a joined
inspection's conclusion cannot be set apart from the lead's."""

from __future__ import annotations

import psycopg
import pytest

from desktop.domain.enums import InspectionConclusion
from tests.services.projects.test_joint_inspection import end, joint  # noqa: F401
from tests.support.logins import connect_as

pytestmark = pytest.mark.parametrize("backend", ["postgres"])
CHECK = psycopg.errors.CheckViolation
REFUSED = psycopg.errors.InsufficientPrivilege
JOIN = "UPDATE inspections SET joint_of_id = %s WHERE id = %s"
RECORD = (
    "UPDATE inspections SET status = 'done', conclusion = %s, findings = '现场情况',"
    " completed_at = now() WHERE id = %s"
)


def joint_of(db_url, inspection_id):
    with connect_as(db_url, "coord1") as connection:
        return connection.execute(
            "SELECT joint_of_id FROM inspections WHERE id = %s", (inspection_id,)
        ).fetchone()[0]


def test_only_the_coordinator_joins_by_sql(joint, db_url):  # noqa: F811
    lead, fire, _, _ = joint.inspections
    with connect_as(db_url, "eng1") as connection:
        with pytest.raises(REFUSED):
            connection.execute(JOIN, (lead, fire))
        # Nor by requesting an inspection already joined to another.
        with pytest.raises(REFUSED, match="只有踏勘协调员"):
            connection.execute(
                "INSERT INTO inspections (case_id, department_id, status, address,"
                " window_start, window_end, requested_at, joint_of_id)"
                " SELECT case_id, department_id, status, address, window_start, window_end,"
                " now(), %s FROM inspections WHERE id = %s",
                (lead, fire),
            )
    assert joint_of(db_url, fire) is None
    with connect_as(db_url, "coord1") as connection:
        connection.execute(JOIN, (lead, fire))
    assert joint_of(db_url, fire) == lead


def test_only_cases_of_one_project_and_stage_are_joined_by_sql(joint, db_url):  # noqa: F811
    lead, fire, plan2, outside = joint.inspections
    with connect_as(db_url, "coord1") as connection:
        with pytest.raises(CHECK, match="不属于同一工程建设项目的同一阶段"):
            connection.execute(JOIN, (lead, outside))
        with pytest.raises(CHECK, match="不属于同一工程建设项目的同一阶段"):
            connection.execute(JOIN, (outside, fire))
        with pytest.raises(CHECK, match="不能并入"):
            connection.execute(JOIN, (fire, fire))
        connection.execute(JOIN, (lead, fire))
        with pytest.raises(CHECK, match="不能并入"):  # no chains: a joined one leads none
            connection.execute(JOIN, (fire, plan2))
        with pytest.raises(CHECK, match="已有并入的踏勘"):  # a lead joins no other
            connection.execute(JOIN, (plan2, lead))
    assert [joint_of(db_url, i) for i in (lead, plan2, outside)] == [None, None, None]


def test_a_joined_conclusion_is_the_leads_by_sql(joint, db_url):  # noqa: F811
    lead, fire, _, _ = joint.inspections
    with connect_as(db_url, "coord1") as connection:
        connection.execute(JOIN, (lead, fire))
    with (
        connect_as(db_url, "eng1") as connection,
        pytest.raises(CHECK, match="须与主踏勘"),  # the lead has none yet
    ):
        connection.execute(RECORD, ("passes", fire))
    end(joint, lead, InspectionConclusion.PASSES)
    with connect_as(db_url, "eng1") as connection:
        for other in ("fails", "rectify"):
            with pytest.raises(CHECK, match="须与主踏勘"):
                connection.execute(RECORD, (other, fire))
    with connect_as(db_url, "coord1") as connection:
        conclusion = connection.execute(
            "SELECT conclusion FROM inspections WHERE id = %s", (fire,)
        ).fetchone()[0]
    assert conclusion is None
