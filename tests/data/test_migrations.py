"""Migrations bring any database to head, match the models exactly, and refuse newer schemas."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from desktop.data import migrate, schema_version
from desktop.data.database import make_engine
from desktop.data.errors import SchemaOutOfDate, SchemaTooNew
from desktop.data.models import Base, CalendarYear, Setting
from desktop.services.admin.setup import prepare_database


def test_new_database_is_created_by_upgrade_and_matches_models(empty_db_url):
    engine = make_engine(empty_db_url, create=True)
    assert schema_version.current_revision(engine) is None
    report = prepare_database(engine)
    assert report.revision_before is None
    assert report.revision_after == schema_version.head_revision()
    assert migrate.drift(engine) == []
    tables = set(sa.inspect(engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    engine.dispose()


def test_upgrade_twice_changes_nothing(empty_db_url):
    engine = make_engine(empty_db_url, create=True)
    first = prepare_database(engine)
    second = prepare_database(engine)
    assert first.calendar_years_added, "the first run seeds the published calendar"
    assert second.calendar_years_added == []
    assert second.revision_before == second.revision_after
    engine.dispose()


def test_seeded_database_has_calendar_and_profile(engine, sessions):
    with sessions() as session:
        years = set(session.scalars(sa.select(CalendarYear.year)))
        assert {2024, 2025, 2026} <= years
        assert session.get(Setting, "bureau_profile") is not None
    schema_version.ensure_current(engine)


def test_database_at_newer_revision_is_refused_and_left_alone(engine):
    with engine.begin() as connection:
        connection.execute(sa.text("UPDATE alembic_version SET version_num = 'ffff_future'"))
    with pytest.raises(SchemaTooNew, match="比本程序更新"):
        migrate.upgrade(engine)
    with pytest.raises(SchemaTooNew):
        schema_version.ensure_current(engine)
    assert schema_version.current_revision(engine) == "ffff_future"


def test_a_database_with_branches_is_refused_as_newer(engine):
    with engine.begin() as connection:
        connection.execute(sa.text("INSERT INTO alembic_version VALUES ('ffff_branch')"))
    with pytest.raises(SchemaTooNew, match="ffff_branch"):
        schema_version.ensure_current(engine)


def test_the_scripts_read_without_alembic_are_the_ones_alembic_runs():
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    assert schema_version.head_revision() == scripts.get_current_head()
    assert schema_version.known_revisions() == {
        script.revision: script.down_revision for script in scripts.walk_revisions()
    }


def test_empty_database_is_reported_out_of_date(empty_db_url):
    engine = make_engine(empty_db_url, create=True)
    with pytest.raises(SchemaOutOfDate, match="db upgrade"):
        schema_version.ensure_current(engine)
    engine.dispose()


def test_drift_is_detected_when_models_and_schema_differ(engine):
    with engine.begin() as connection:
        connection.execute(sa.text("CREATE TABLE stray_table (id INTEGER PRIMARY KEY)"))
    assert any("stray_table" in str(diff) for diff in migrate.drift(engine))


def test_the_open_case_index_predicate_matches_the_domain_rule():
    import re

    from desktop.data.models.cases import IN_BACK_OFFICE_SQL
    from desktop.domain.enums import IN_BACK_OFFICE

    listed = set(re.findall(r"'(\w+)'", IN_BACK_OFFICE_SQL.text))
    assert listed == {status.value for status in IN_BACK_OFFICE}
