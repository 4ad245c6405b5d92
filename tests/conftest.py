"""Shared fixtures: every data-layer test runs on SQLite and on a real PostgreSQL server.

PostgreSQL comes from $APPROVAL_DESK_TEST_PG (a superuser URL) or a throwaway cluster
started here. Without PostgreSQL binaries the PostgreSQL half is skipped, unless
$APPROVAL_DESK_REQUIRE_PG is set (as in CI), when it fails instead.
"""

from __future__ import annotations

import itertools
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from desktop.data.database import make_engine, parse_url, session_factory
from desktop.documents.custody import forget_opened
from desktop.services.admin.setup import prepare_database
from desktop.services.documents import seal_custody
from tests.support.pg_cluster import Cluster, PostgresUnavailable, start_cluster
from tests.support.softhsm import SoftHsmUnavailable, SoftToken, make_token

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BACKENDS = ["sqlite", "postgres"]
_database_numbers = itertools.count(1)


def _require_pg() -> bool:
    return bool(os.environ.get("APPROVAL_DESK_REQUIRE_PG"))


@pytest.fixture(scope="session")
def pg_admin_url() -> Iterator[str]:
    """A superuser URL of a PostgreSQL server for the whole test session."""
    given = os.environ.get("APPROVAL_DESK_TEST_PG")
    if given:
        yield str(parse_url(given).render_as_string(hide_password=False))
        return
    try:
        cluster = start_cluster()
    except PostgresUnavailable as missing:
        if _require_pg():
            pytest.fail(f"PostgreSQL tests must run here but cannot: {missing}")
        pytest.skip(str(missing))
    try:
        yield cluster.url()
    finally:
        cluster.destroy()


def _admin_execute(admin_url: str, sql: str) -> None:
    engine = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql(sql)
    finally:
        engine.dispose()


@pytest.fixture
def own_cluster() -> Iterator[Cluster]:
    """A PostgreSQL server of the test's own, for tests that stop and start it."""
    try:
        cluster = start_cluster()
    except PostgresUnavailable as missing:
        if _require_pg():
            pytest.fail(f"PostgreSQL tests must run here but cannot: {missing}")
        pytest.skip(str(missing))
    yield cluster
    cluster.destroy()


@pytest.fixture(scope="session")
def pg_template(pg_admin_url: str) -> str:
    """A database migrated to head and seeded once; each test copies it."""
    name = f"approval_desk_template_{os.getpid()}"
    _admin_execute(pg_admin_url, f'DROP DATABASE IF EXISTS "{name}"')
    _admin_execute(pg_admin_url, f'CREATE DATABASE "{name}"')
    url = parse_url(pg_admin_url).set(database=name)
    engine = make_engine(url)
    prepare_database(engine)
    engine.dispose()
    return name


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    engine = make_engine(parse_url(str(path)), create=True)
    prepare_database(engine)
    engine.dispose()
    return path


def fresh_database_url(request: pytest.FixtureRequest, backend: str, tmp_path: Path) -> sa.URL:
    """A new database at head on the given backend (a copy of the seeded template)."""
    if backend == "sqlite":
        path = tmp_path / f"test-{next(_database_numbers)}.sqlite3"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        return parse_url(str(path))
    admin_url = request.getfixturevalue("pg_admin_url")
    template = request.getfixturevalue("pg_template")
    name = f"t_{os.getpid()}_{next(_database_numbers)}"
    _admin_execute(admin_url, f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    request.addfinalizer(
        lambda: _admin_execute(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    )
    return parse_url(admin_url).set(database=name)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        callspec = getattr(item, "callspec", None)
        if callspec is not None and callspec.params.get("backend") == "postgres":
            item.add_marker(pytest.mark.postgres)


@pytest.fixture(scope="session")
def soft_token(tmp_path_factory: pytest.TempPathFactory) -> SoftToken:
    """A SoftHSM2 token for the whole session: the seal custodian's USB key in tests."""
    try:
        return make_token(tmp_path_factory.mktemp("softhsm"))
    except SoftHsmUnavailable as missing:
        if _require_pg():
            pytest.fail(f"PostgreSQL tests sign through SoftHSM2 but cannot: {missing}")
        pytest.skip(str(missing))


@pytest.fixture(autouse=True)
def seal_custody_for_tests(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Iterator[None]:
    """Keys made by tests stay out of the user's data folder; PostgreSQL tests keep the
    seal's keys on a SoftHSM2 token and sign over PKCS#11, as a bureau's custodian does."""
    for variable in (
        seal_custody.MODULE_VARIABLE,
        seal_custody.LABEL_VARIABLE,
        seal_custody.PIN_VARIABLE,
        seal_custody.KEY_FILE_VARIABLE,
    ):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setattr(seal_custody, "_user_key_folder", lambda: tmp_path / "user-data")
    callspec = getattr(request.node, "callspec", None)
    if callspec is not None and callspec.params.get("backend") == "postgres":
        token: SoftToken = request.getfixturevalue("soft_token")
        monkeypatch.setenv(seal_custody.MODULE_VARIABLE, token.module)
        monkeypatch.setenv(seal_custody.LABEL_VARIABLE, token.label)
        monkeypatch.setenv(seal_custody.PIN_VARIABLE, token.pin)
    yield
    seal_custody.forget()
    forget_opened()


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def db_url(request: pytest.FixtureRequest, backend: str, tmp_path: Path) -> sa.URL:
    return fresh_database_url(request, backend, tmp_path)


@pytest.fixture
def engine(db_url: sa.URL) -> Iterator[Engine]:
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def sessions(engine: Engine) -> sessionmaker[Session]:
    """The session factory of the test database: `with sessions() as s, s.begin(): ...`."""
    return session_factory(engine)


@pytest.fixture
def empty_db_url(request: pytest.FixtureRequest, backend: str, tmp_path: Path) -> sa.URL:
    """A database with no tables at all (for migration tests)."""
    if backend == "sqlite":
        return parse_url(str(tmp_path / "empty.sqlite3"))
    admin_url = request.getfixturevalue("pg_admin_url")
    name = f"e_{os.getpid()}_{next(_database_numbers)}"
    _admin_execute(admin_url, f'CREATE DATABASE "{name}"')
    request.addfinalizer(
        lambda: _admin_execute(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    )
    return parse_url(admin_url).set(database=name)
