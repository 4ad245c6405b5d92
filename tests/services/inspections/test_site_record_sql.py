"""The on-site record held by PostgreSQL, typed as SQL by real staff logins: an inspector of
the team confirms it through desk_confirm_record for themselves, once; nobody else sets a
confirmation; a record the whole team confirmed keeps its conclusion, findings and files;
a change before that takes the confirmations back; the handler records an inspection's
result only from a confirmed record with the same conclusion; and each login reads the
records its cases or its inspections allow."""

from __future__ import annotations

import json

import psycopg
import pytest

from desktop.domain.enums import InspectionConclusion
from desktop.services.inspections.site_record import save_record
from tests.support.logins import connect_as
from tests.support.site_records import ACCOUNTS, form, prepare_site

pytestmark = pytest.mark.parametrize("backend", ["postgres"])
REFUSED = psycopg.errors.InsufficientPrivilege
CHECKED = psycopg.errors.CheckViolation
ME = "(SELECT id FROM staff_users WHERE db_role = session_user)"
CONFIRM = f"SELECT desk_confirm_record(%s, {ME})"
CONFIRM_FOR = "SELECT desk_confirm_record(%s, (SELECT id FROM staff_users WHERE username = %s))"


@pytest.fixture
def site(pool, db_url, as_staff):
    site = prepare_site(pool, db_url)
    as_staff("coord1", save_record, site.inspection_id, form(InspectionConclusion.PASSES))
    with connect_as(db_url, "coord1") as connection:
        connection.execute(
            "INSERT INTO inspection_files (inspection_id, name, photo, size, sha256, content,"
            " added_by, added_at) VALUES (%s, '现场.pdf', false, 3, %s, 'pdf', 'coord1', now())",
            (site.inspection_id, "0" * 64),
        )
    return site


def signatures(db_url, inspection_id: int) -> list[bool]:
    with connect_as(db_url, "coord1") as connection:
        rows = connection.execute(
            "SELECT signed_at IS NOT NULL FROM inspection_members"
            " WHERE inspection_id = %s AND NOT is_backup ORDER BY inspector_id",
            (inspection_id,),
        ).fetchall()
    return [signed for (signed,) in rows]


def confirm_all(db_url, inspection_id: int) -> None:
    for name in ("张二", "李四"):
        with connect_as(db_url, ACCOUNTS[name]) as connection:
            connection.execute(CONFIRM, (inspection_id,))


def test_an_inspector_confirms_only_for_themselves_and_once(site, db_url):
    inspection = site.inspection_id
    with connect_as(db_url, ACCOUNTS["张二"]) as connection:
        inspector = connection.execute(CONFIRM, (inspection,)).fetchone()[0]
        assert inspector == site.pool.inspectors["张二"]
        with pytest.raises(CHECKED, match="已确认过本记录"):
            connection.execute(CONFIRM, (inspection,))
        with pytest.raises(REFUSED, match="不能代他人确认"):
            connection.execute(CONFIRM_FOR, (inspection, ACCOUNTS["李四"]))
        # Not by writing the column either, for themselves or for a colleague.
        with pytest.raises(REFUSED):
            connection.execute(
                "UPDATE inspection_members SET signed_at = now() WHERE inspection_id = %s",
                (inspection,),
            )
    with (
        connect_as(db_url, ACCOUNTS["张三"]) as connection,
        pytest.raises(REFUSED, match="不是本次"),
    ):
        connection.execute(CONFIRM, (inspection,))
    with connect_as(db_url, "coord1") as connection:
        with pytest.raises(REFUSED, match="不是本次踏勘组成员"):
            connection.execute(CONFIRM, (inspection,))
        # The coordinator keeps the team, but cannot confirm for 李四.
        with pytest.raises(REFUSED, match="本人登录"):
            connection.execute(
                "UPDATE inspection_members SET signed_at = now()"
                " WHERE inspection_id = %s AND inspector_id = %s",
                (inspection, site.pool.inspectors["李四"]),
            )
    assert sorted(signatures(db_url, inspection)) == [False, True]


def test_a_record_the_team_confirmed_is_not_changed(site, db_url):
    inspection = site.inspection_id
    confirm_all(db_url, inspection)
    changes = (
        ("UPDATE inspection_records SET conclusion = 'fails' WHERE inspection_id = %s", CHECKED),
        ("UPDATE inspection_records SET summary = '改写' WHERE inspection_id = %s", CHECKED),
        ("UPDATE inspection_findings SET note = '改写' WHERE inspection_id = %s", CHECKED),
        (
            "INSERT INTO inspection_findings (inspection_id, seq, check_point, major, verdict,"
            " note) VALUES (%s, 9, '补一点', false, 'fails', '')",
            CHECKED,
        ),
        (
            "INSERT INTO inspection_files (inspection_id, name, photo, size, sha256, content,"
            " added_by) VALUES (%s, '补拍.png', true, 1, repeat('0', 64), 'x', 'coord1')",
            CHECKED,
        ),
        ("UPDATE inspection_members SET signed_at = NULL WHERE inspection_id = %s", CHECKED),
    )
    with connect_as(db_url, "coord1") as connection:
        for sql, error in changes:
            with pytest.raises(error, match="全体确认"):
                connection.execute(sql, (inspection,))
        finding = connection.execute(
            "SELECT id FROM inspection_findings WHERE inspection_id = %s LIMIT 1", (inspection,)
        ).fetchone()[0]
        with pytest.raises(CHECKED, match="全体确认"):
            connection.execute(
                "SELECT desk_forget_rows('inspection_findings', %s::jsonb)",
                (json.dumps([{"id": finding}]),),
            )
        conclusion = connection.execute(
            "SELECT conclusion FROM inspection_records WHERE inspection_id = %s", (inspection,)
        ).fetchone()[0]
    assert conclusion == "passes" and signatures(db_url, inspection) == [True, True]


def test_a_change_before_the_whole_team_confirmed_takes_confirmations_back(site, db_url):
    inspection = site.inspection_id
    with connect_as(db_url, ACCOUNTS["李四"]) as connection:
        connection.execute(CONFIRM, (inspection,))
    with connect_as(db_url, "coord1") as connection:
        connection.execute(
            "UPDATE inspection_records SET summary = '补充说明' WHERE inspection_id = %s",
            (inspection,),
        )
    assert signatures(db_url, inspection) == [False, False]
    with connect_as(db_url, ACCOUNTS["李四"]) as connection:
        connection.execute(CONFIRM, (inspection,))
    with connect_as(db_url, "coord1") as connection:
        connection.execute(
            "UPDATE inspection_findings SET note = '补充' WHERE inspection_id = %s AND seq = 1",
            (inspection,),
        )
    assert signatures(db_url, inspection) == [False, False]


def test_the_result_is_recorded_only_from_the_confirmed_record(site, db_url, bureau):
    inspection = site.inspection_id
    # The handler moves the case out of the inspection step as end_inspection does ...
    case = bureau.case(site.case_id)
    move = "SELECT desk_case_act(%s, 'end_inspection', %s, '', '{}'::jsonb, NULL, %s, now())"
    result = (
        "UPDATE inspections SET status = 'done', conclusion = %s, findings = '见记录',"
        " completed_at = now() WHERE id = %s"
    )
    with connect_as(db_url, "eng1") as connection, connection.transaction():
        connection.execute(move, (case.id, case.version, bureau.actors["eng1"].user_id))
        # ... but cannot write a result the team has not confirmed.
        with pytest.raises(CHECKED, match="2 名踏勘人员未确认"):
            connection.execute(result, ("passes", inspection))
        raise psycopg.Rollback()
    confirm_all(db_url, inspection)
    with connect_as(db_url, "eng1") as connection:
        with connection.transaction():
            connection.execute(move, (case.id, case.version, bureau.actors["eng1"].user_id))
            with pytest.raises(CHECKED, match="结论是“合格”"):
                connection.execute(result, ("fails", inspection))
            raise psycopg.Rollback()
        with connection.transaction():
            connection.execute(move, (case.id, case.version, bureau.actors["eng1"].user_id))
            connection.execute(result, ("passes", inspection))


def test_each_login_reads_the_records_it_may(site, db_url):
    expected = {
        "eng1": 1,  # the case's queue
        "soc1": 0,  # another queue
        "coord1": 1,
        "super1": 1,
        "head1": 1,
        "admin": 0,  # sees no cases
        ACCOUNTS["张二"]: 1,  # on the team
        ACCOUNTS["张三"]: 0,  # not on it
    }
    for login, seen in expected.items():
        with connect_as(db_url, login) as connection:
            counts = [
                connection.execute(f"SELECT count(DISTINCT inspection_id) FROM {table}").fetchone()[
                    0
                ]
                for table in ("inspection_records", "inspection_findings", "inspection_files")
            ]
        assert counts == [seen] * 3, login
