"""A throwaway PostgreSQL cluster for tests and benchmarks: initdb + pg_ctl on a free port."""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

HBA = """\
local all all trust
host replication postgres 127.0.0.1/32 trust
host all postgres 127.0.0.1/32 trust
host all all 127.0.0.1/32 scram-sha-256
host all postgres ::1/128 trust
host all all ::1/128 scram-sha-256
"""


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL binaries on this machine."""


def find_bindir() -> Path:
    """The folder of initdb/pg_ctl: from PATH, or Debian's /usr/lib/postgresql/N/bin."""
    on_path = shutil.which("initdb")
    if on_path:
        return Path(os.path.realpath(on_path)).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    if candidates:
        return Path(candidates[0]).parent
    raise PostgresUnavailable("initdb not found: install PostgreSQL (apt-get install postgresql)")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Cluster:
    """A running cluster; `url(db)` gives a superuser URL to one of its databases."""

    bindir: Path
    datadir: Path
    port: int
    as_postgres_user: bool
    max_connections: int = 200

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = list(args)
        if self.as_postgres_user:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, check=True, capture_output=True, text=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def execute(self, sql: str) -> None:
        """One statement as the superuser, outside a transaction."""
        self.query(sql)

    def query(self, sql: str) -> object:
        """The first column of the first row of `sql` as the superuser (None: no row)."""
        import psycopg

        conninfo = f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres"
        with psycopg.connect(conninfo, autocommit=True, connect_timeout=5) as connection:
            cursor = connection.execute(sql)
            row = cursor.fetchone() if cursor.description else None
        return row[0] if row else None

    def create_database(self, name: str) -> str:
        """Create an empty database and return its superuser URL."""
        import sqlalchemy as sa

        admin = sa.create_engine(self.url(), isolation_level="AUTOCOMMIT")
        try:
            with admin.connect() as connection:
                connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
        finally:
            admin.dispose()
        return self.url(name)

    def start(self) -> None:
        self._run(
            str(self.bindir / "pg_ctl"),
            "-D",
            str(self.datadir),
            "-w",
            "-t",
            "60",
            "-l",
            str(self.datadir / "server.log"),
            "-o",
            f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.datadir} "
            # fsync=off is safe for a throwaway server: an immediate stop (a crash drill)
            # keeps the OS buffers. synchronous_commit stays on, so an acknowledged commit
            # survives such a stop, as on a real server.
            "-c fsync=off -c full_page_writes=off "
            f"-c max_connections={self.max_connections}",
            "start",
        )

    def stop(self, mode: str = "fast") -> None:
        """Stop the server; `immediate` is a crash: no shutdown checkpoint, clients cut off."""
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-m", mode, "-w", "stop")

    def restart_after_crash(self, down_seconds: float = 1.0) -> None:
        """A crash drill: stop immediately, stay down a while, start again (crash recovery)."""
        self.stop("immediate")
        time.sleep(down_seconds)
        self.start()

    def promote(self) -> None:
        """A standby becomes a primary (the failover an IT department or its tool does)."""
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-w", "promote")

    def destroy(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self.stop("immediate")
        shutil.rmtree(self.datadir.parent, ignore_errors=True)


def start_cluster(max_connections: int = 200) -> Cluster:
    """initdb a new cluster in a temporary folder and start it (as `postgres` when root);
    `max_connections` as many as the staff who will be signed in at once, and some."""
    bindir = find_bindir()
    as_postgres = os.geteuid() == 0
    top = Path(tempfile.mkdtemp(prefix="approval-desk-pg-"))
    datadir = top / "data"
    datadir.mkdir()
    if as_postgres:
        shutil.chown(top, "postgres", "postgres")
        shutil.chown(datadir, "postgres", "postgres")
    cluster = Cluster(bindir, datadir, free_port(), as_postgres, max_connections)
    cluster._run(
        str(bindir / "initdb"),
        "-D",
        str(datadir),
        "-U",
        "postgres",
        "-A",
        "trust",
        "-E",
        "UTF8",
        "--locale=C.UTF-8",
        "--no-sync",
    )
    # The superuser comes in without a password; staff logins must give theirs.
    hba = datadir / "pg_hba.conf"
    hba.write_text(HBA)
    if as_postgres:
        shutil.chown(hba, "postgres", "postgres")
    for attempt in range(3):
        try:
            cluster.start()
            return cluster
        except subprocess.CalledProcessError:
            if attempt == 2:
                log = (datadir / "server.log").read_text(errors="replace")[-2000:]
                raise RuntimeError(f"PostgreSQL did not start:\n{log}") from None
            cluster.port = free_port()
            time.sleep(0.5)
    raise AssertionError("unreachable")


@contextlib.contextmanager
def fresh_database(admin_url: str | None, name: str, max_connections: int = 200) -> Iterator[str]:
    """A new empty database for a benchmark, as a superuser URL: on the server `admin_url`
    names (where it stays afterwards), else on a throwaway cluster destroyed at the end."""
    if admin_url is None:
        cluster = start_cluster(max_connections)
        try:
            yield cluster.create_database(name)
        finally:
            cluster.destroy()
        return
    import sqlalchemy as sa

    admin = sa.make_url(admin_url)
    name = f"{name}_{os.getpid()}"
    engine = sa.create_engine(admin, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    finally:
        engine.dispose()
    yield admin.set(database=name).render_as_string(hide_password=False)


def start_standby(primary: Cluster, *, synchronous: bool = True) -> Cluster:
    """A streaming standby of `primary` on a port of its own: `pg_basebackup -R` (which
    writes the standby's primary_conninfo and standby.signal), then started. `synchronous`
    makes the primary wait for the standby before it acknowledges a commit."""
    top = Path(tempfile.mkdtemp(prefix="approval-desk-pg-standby-"))
    if primary.as_postgres_user:
        shutil.chown(top, "postgres", "postgres")
    datadir = top / "data"
    standby = Cluster(  # a hot standby needs at least the primary's max_connections
        primary.bindir, datadir, free_port(), primary.as_postgres_user, primary.max_connections
    )
    standby._run(
        str(primary.bindir / "pg_basebackup"),
        "-D",
        str(datadir),
        "-h",
        "127.0.0.1",
        "-p",
        str(primary.port),
        "-U",
        "postgres",
        "-R",
        "-X",
        "stream",
        "--no-sync",
        "--checkpoint=fast",  # a spread checkpoint would take minutes after a busy set-up
    )
    with contextlib.suppress(FileNotFoundError):
        (datadir / "server.log").unlink()  # the primary's log, copied with the files
    standby.start()
    if synchronous:
        primary.execute("ALTER SYSTEM SET synchronous_standby_names = '*'")
        primary.execute("SELECT pg_reload_conf()")
    deadline = time.monotonic() + 60
    wanted = "sync" if synchronous else "async"
    while primary.query("SELECT sync_state FROM pg_stat_replication") != wanted:
        if time.monotonic() > deadline:
            raise RuntimeError("the standby did not start streaming within a minute")
        time.sleep(0.2)
    return standby
