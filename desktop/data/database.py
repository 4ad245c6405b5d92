"""Where the database is and how to connect: URL resolution, engines and the session factory."""

from __future__ import annotations

import os
import re
import weakref
from pathlib import Path
from urllib.parse import quote

import sqlalchemy as sa
from platformdirs import user_data_dir
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from desktop.data.errors import (
    BadDatabaseUrl,
    DatabaseDamaged,
    DatabaseMissing,
    DatabaseUnreachable,
)
from desktop.data.faults import is_damaged_file
from desktop.domain.phrases import Term

ENV_VAR = "APPROVAL_DESK_DB"
REPORTING_ENV_VAR = "APPROVAL_DESK_REPORTING_DB"
APP_DIR_NAME = "ApprovalDesk"
CONNECT_TIMEOUT_SECONDS = 5
# A server that vanished without closing its connections (a power cut, a failed-over
# address) is noticed within about half a minute instead of the system's two hours.
KEEPALIVES = {
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 5,
    "keepalives_count": 3,
}


def default_sqlite_path() -> Path:
    """The embedded database file in the user's data folder."""
    return Path(user_data_dir(APP_DIR_NAME, appauthor=False)) / "approval-desk.sqlite3"


def resolve_url(cli_value: str | None = None, environ: dict[str, str] | None = None) -> URL:
    """`--db`, else $APPROVAL_DESK_DB, else the embedded SQLite file; plain paths mean SQLite."""
    env = os.environ if environ is None else environ
    raw = cli_value or env.get(ENV_VAR) or ""
    if not raw.strip():
        return sa.engine.URL.create("sqlite", database=str(default_sqlite_path()))
    return parse_url(raw.strip())


def parse_url(raw: str) -> URL:
    """Accept `postgresql://…`, `sqlite:///file` or a bare file path; refuse anything else."""
    if "://" not in raw:
        return sa.engine.URL.create("sqlite", database=str(Path(raw).expanduser()))
    try:
        url = make_url(_hosts_as_query(raw))
    except (ArgumentError, ValueError):
        raise BadDatabaseUrl(
            "数据库地址“{url}”格式不正确，应为 postgresql://用户@主机:端口/库名 或 SQLite 文件路径",
            url=raw,
        ) from None
    backend = url.get_backend_name()
    if backend in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
        if len(server_hosts(url)) > 1 and "target_session_attrs" not in url.query:
            # Several servers: work goes to whichever is the primary now (README, "A standby").
            url = url.update_query_dict({"target_session_attrs": "read-write"})
        return url
    if backend == "sqlite":
        return url
    raise BadDatabaseUrl(
        "不支持的数据库类型“{backend}”：请使用 PostgreSQL（postgresql://…）或 SQLite 文件",
        backend=backend,
    )


# libpq's multi-host form: postgresql://user@db1:5432,db2:5432/name (README, "A standby").
_MULTI_HOST = re.compile(
    r"^(?P<scheme>[\w+]+://)(?P<user>[^/?#]*@)?(?P<hosts>[^/?#@]*,[^/?#]*)(?P<rest>.*)$"
)


def _hosts_as_query(raw: str) -> str:
    """libpq's `host1:port1,host2:port2` written as SQLAlchemy takes several hosts
    (`?host=host1:port1&host=host2:port2`, which it hands to psycopg as libpq's lists)."""
    match = _MULTI_HOST.match(raw)
    if match is None:
        return raw
    hosts = [host.strip() for host in match["hosts"].split(",") if host.strip()]
    rest = match["rest"]
    path, _, query = rest.partition("?")
    given = "&".join(f"host={quote(host, safe=':[]')}" for host in hosts)
    query = f"{given}&{query}" if query else given
    return f"{match['scheme']}{match['user'] or ''}{path or '/'}?{query}"


def server_hosts(url: URL) -> list[str]:
    """The `host:port` of each server the address names, in the order they are tried."""
    listed = url.query.get("host")
    if listed:
        return [listed] if isinstance(listed, str) else list(listed)
    if url.host is None:
        return []
    return [f"{url.host}:{url.port}" if url.port else url.host]


def reporting_url(url: URL, environ: dict[str, str] | None = None) -> URL | None:
    """Where the reports read (dashboard, statistics, exports, the audit trail): a standby
    when there is one, else the primary; None when that is the working address itself.

    $APPROVAL_DESK_REPORTING_DB names a reporting server (its login is the person's own);
    its hosts are tried first, then those of the working address, each preferring a
    standby (libpq's target_session_attrs=prefer-standby), so a standby that is away costs
    the reports nothing. Without it, an address of several servers reads from a standby."""
    if url.get_backend_name() != "postgresql":
        return None
    env = os.environ if environ is None else environ
    raw = (env.get(REPORTING_ENV_VAR) or "").strip()
    hosts = server_hosts(url)
    if raw:
        given = parse_url(raw)
        if given.get_backend_name() != "postgresql":
            raise BadDatabaseUrl(
                "报表服务器地址“{url}”应为 PostgreSQL 地址（postgresql://…）", url=raw
            )
        hosts = [*server_hosts(given), *(h for h in hosts if h not in server_hosts(given))]
    elif len(hosts) < 2:
        return None
    query = {key: value for key, value in url.query.items() if key != "host"}
    query |= {"host": tuple(hosts), "target_session_attrs": "prefer-standby"}
    return sa.engine.URL.create(
        url.drivername,
        username=url.username,
        password=url.password,
        database=url.database,
        query=query,
    )


def describe(url: URL) -> str:
    """The URL without its password, for messages and logs."""
    return url.render_as_string(hide_password=True)


def make_engine(url: URL, *, create: bool = False, echo: bool = False) -> Engine:
    """An engine for either backend, with the settings each needs for a desktop client.

    An SQLite file that does not exist is created only with `create` (set-up commands);
    elsewhere a missing file is an error, so that a mistyped path changes nothing.
    """
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            path = Path(url.database)
            if not path.exists() and not create:
                raise DatabaseMissing(
                    "数据库文件 {path} 不存在："
                    "请检查路径，或先运行 `approval-desk db upgrade` 创建",
                    path=path,
                )
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(
            url, echo=echo, connect_args={"timeout": 30, "check_same_thread": False}
        )
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        sa.event.listen(engine, "begin", _sqlite_begin_immediate)
        return engine
    return sa.create_engine(
        url,
        echo=echo,
        pool_pre_ping=True,
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT_SECONDS,
            "application_name": "审批工作台",
            **KEEPALIVES,
        },
    )


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    # Take transaction control from the driver so BEGIN IMMEDIATE below is honoured.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA busy_timeout = 30000")
    cursor.execute("PRAGMA cache_size = -65536")  # 64 MB: large queues and loads stay in memory
    cursor.close()


_READ_ONLY = "approval_desk_read_only"


def _sqlite_begin_immediate(connection) -> None:  # type: ignore[no-untyped-def]
    # Writers queue on the database lock at BEGIN instead of failing at their first write;
    # a reader (read_only_sessions) takes no lock and reads beside a writer (WAL).
    if connection.get_execution_options().get(_READ_ONLY):
        connection.exec_driver_sql("BEGIN")
    else:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def check_reachable(engine: Engine) -> None:
    """Open one connection or raise DatabaseUnreachable with a message that says what to do."""
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
            if engine.dialect.name == "sqlite":  # reading the schema finds a foreign file
                connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except sa.exc.DatabaseError as error:
        if is_damaged_file(error):
            raise damaged(error, engine.url) from None
        if not isinstance(error, sa.exc.OperationalError):
            raise
        raise DatabaseUnreachable(
            "无法连接数据库 {url}：{reason}。"
            "请检查服务器是否开启、网络是否连通、用户名和密码是否正确",
            url=describe(engine.url),
            reason=_first_line(error.orig),
        ) from None


def damaged(error: BaseException, url: URL | None = None) -> DatabaseDamaged:
    """An SQLite file that is not a database, or a truncated or damaged one."""
    return DatabaseDamaged(
        "数据库文件 {url} 不是本程序的数据库或已经损坏（{reason}）：请检查 --db 或"
        " APPROVAL_DESK_DB 给出的路径；文件损坏时请用备份恢复",
        url=describe(url) if url is not None else Term("（所打开的文件）"),
        reason=_first_line(getattr(error, "orig", None) or error),
    )


def _first_line(error: BaseException | None) -> str:
    text = str(error or "").strip()
    return text.splitlines()[0] if text else Term("未知错误")


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """One sessionmaker per engine; one session per user action, opened at the edge."""
    return sessionmaker(engine, expire_on_commit=False)


def read_only_sessions(sessions: sessionmaker[Session]) -> sessionmaker[Session]:
    """Sessions for reading only: on SQLite they do not wait for (nor block) a writer.
    Made once per sessionmaker: every read of the window asks for them."""
    engine = sessions.kw["bind"]
    if engine.dialect.name != "sqlite":
        return sessions  # PostgreSQL readers never wait for writers anyway
    readers = _READERS.get(sessions)
    if readers is None:
        reading = engine.execution_options(**{_READ_ONLY: True})
        readers = _READERS[sessions] = sessionmaker(reading, expire_on_commit=False)
    return readers


_READERS: weakref.WeakKeyDictionary[sessionmaker[Session], sessionmaker[Session]] = (
    weakref.WeakKeyDictionary()
)


def reporting_sessions(sessions: sessionmaker[Session]) -> sessionmaker[Session]:
    """Sessions for the reports (README, "A standby"): on the reporting address when there
    is one (`reporting_url`), else the reading sessions. Made once per sessionmaker, with
    the login of the sessions' own address."""
    readers = _REPORTERS.get(sessions)
    if readers is None:
        url = reporting_url(sessions.kw["bind"].url)
        if url is None:  # not kept: the reading sessions may be `sessions` itself
            return read_only_sessions(sessions)
        readers = _REPORTERS[sessions] = session_factory(make_engine(url))
    return readers


_REPORTERS: weakref.WeakKeyDictionary[sessionmaker[Session], sessionmaker[Session]] = (
    weakref.WeakKeyDictionary()
)

# Seconds the standby's data is behind, None on a primary: nothing to replay means none;
# with changes waiting, the time since the last transaction it replayed (or since it
# started, when it has replayed none yet).
STANDBY_LAG = sa.text(
    "SELECT CASE WHEN NOT pg_is_in_recovery() THEN NULL"
    " WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0"
    " ELSE extract(epoch FROM now()"
    " - coalesce(pg_last_xact_replay_timestamp(), pg_postmaster_start_time())) END"
)


def standby_lag(session: Session) -> float | None:
    """How far behind the server of this session is, in seconds; None on a primary or
    SQLite (nothing is behind)."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    lag = session.execute(STANDBY_LAG).scalar()
    return None if lag is None else max(0.0, float(lag))
