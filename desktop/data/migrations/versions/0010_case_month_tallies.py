"""Case statistics per (queue, item, handler, accepted month, decided month, closed month), kept
exact by triggers, so the supervision statistics add up a few thousand rows instead of scanning
every case; and indexes on the three dates, for the cases dated on the days of a month that a
period covers only in part.

Each row counts its cases and what the statistics count of them, whatever the period: the
delivered and the withdrawn or terminated, those decided on time, early and late, the
extension days, and the working days from the promised due date to the decision (the clock's
count by the bureau's calendar, so a calendar change adjusts it too). A partial index holds
what today's red and yellow counts read of the open cases.

PostgreSQL: statement-level triggers with transition tables for inserts and deletes (a bulk
insert of a million cases updates the rows once) and for the calendar; a row trigger for
updates that change what is counted (transition tables rule out a column list). Each statement
locks its rows in key order, so concurrent writers wait for each other instead of deadlocking.
Not deferred to the commit: a calendar change later in the same transaction must see the
tallies as they are.
SQLite: row-level triggers (one writer at a time, no deadlocks).

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-27 07:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "case_month_tallies"
KEYS = ("category", "item_id", "handler_id", "accepted_month", "decided_month", "closed_month")
# What each case adds to its row, from a row `{r}` of cases.
COUNTERS = {
    "cases": "1",
    "delivered": "CASE WHEN {r}.status = 'delivered' THEN 1 ELSE 0 END",
    "ended": "CASE WHEN {r}.status IN ('withdrawn', 'terminated') THEN 1 ELSE 0 END",
    "on_time": "CASE WHEN {r}.decided_on <= {r}.promised_due_on THEN 1 ELSE 0 END",
    "early": "CASE WHEN {r}.decided_on < {r}.promised_due_on THEN 1 ELSE 0 END",
    "late": "CASE WHEN {r}.decided_on > {r}.promised_due_on THEN 1 ELSE 0 END",
    "extension_days": "{r}.extension_days",
}
PAST_DUE = "days_past_due"  # working days from the promised due date to the decision
WATCHED = (
    "category",
    "item_id",
    "handler_id",
    "status",
    "accepted_on",
    "decided_on",
    "closed_on",
    "promised_due_on",
    "extension_days",
)
EPOCH = "1999-12-27"  # a Monday before the calendar's first day
OPEN = sa.text(
    "status IN ('received', 'under_review', 'decision_proposed', 'awaiting_signoff', "
    "'supplement_requested', 'inspection', 'special_procedure')"
)


class Dialect:
    """The few expressions that differ between PostgreSQL and SQLite."""

    def __init__(self, postgres: bool) -> None:
        self.postgres = postgres

    def month(self, column: str) -> str:
        if self.postgres:
            return f"CAST(date_trunc('month', CAST({column} AS timestamp)) AS date)"
        return f"date({column}, 'start of month')"

    def weekdays(self, column: str) -> str:
        """Monday-to-Friday days from EPOCH up to the day (only differences are used)."""
        if self.postgres:
            days = f"({column} - DATE '{EPOCH}')"
        else:
            days = f"CAST(julianday({column}) - julianday('{EPOCH}') AS INTEGER)"
        into_week = f"mod({days}, 7)" if self.postgres else f"({days} % 7)"
        return f"(5 * ({days} / 7) + CASE WHEN {into_week} >= 4 THEN 5 ELSE {into_week} + 1 END)"

    def weight(self, row: str) -> str:
        """+1 for a make-up working day on a weekend, -1 for a holiday on a weekday, else 0."""
        weekend = (
            f"extract(isodow FROM {row}.day) >= 6"
            if self.postgres
            else f"strftime('%w', {row}.day) IN ('0', '6')"
        )
        return (
            f"CASE WHEN {row}.kind = 'workday' AND {weekend} THEN 1 "
            f"WHEN {row}.kind = 'holiday' AND NOT ({weekend}) THEN -1 ELSE 0 END"
        )

    def working_days(self, start: str, end: str) -> str:
        """Working days in (start, end], negative when end comes first (NULL if either is)."""
        low, high = ("least", "greatest") if self.postgres else ("min", "max")
        return (
            f"({self.weekdays(end)} - {self.weekdays(start)} + "
            f"CASE WHEN {end} >= {start} THEN 1 ELSE -1 END * "
            f"(SELECT coalesce(sum({self.weight('c')}), 0) FROM calendar_days c "
            f"WHERE c.day > {low}({start}, {end}) AND c.day <= {high}({start}, {end})))"
        )

    def keys(self, row: str) -> list[str]:
        return [
            f"{row}.category",
            f"{row}.item_id",
            f"{row}.handler_id",
            *(self.month(f"{row}.{c}") for c in ("accepted_on", "decided_on", "closed_on")),
        ]


POSTGRES = Dialect(postgres=True)
SQLITE = Dialect(postgres=False)
COLUMNS = ", ".join((*KEYS, *COUNTERS, PAST_DUE))
ALL_COUNTERS = (*COUNTERS, PAST_DUE)


def postgres_upsert(source: str) -> str:
    """Add the signed rows of `source` (cases' columns and `sign`) to the tallies: one
    statement, its rows locked in key order, so concurrent writers wait instead of deadlocking.
    Working days are counted once per distinct (due date, decision day)."""
    sums = [f"sum(r.sign * {value.format(r='r')})" for value in COUNTERS.values()]
    sums.append("coalesce(sum(r.sign * s.days), 0)")
    keys = ", ".join(str(n) for n in range(1, len(KEYS) + 1))
    changed = " OR ".join(f"{total} <> 0" for total in sums)
    updates = ", ".join(f"{c} = t.{c} + excluded.{c}" for c in ALL_COUNTERS)
    return f"""
    WITH r AS ({source}),
    s AS (
        SELECT due, decided, {POSTGRES.working_days("due", "decided")} AS days
        FROM (SELECT DISTINCT promised_due_on AS due, decided_on AS decided FROM r
              WHERE promised_due_on IS NOT NULL AND decided_on IS NOT NULL) pairs
    )
    INSERT INTO {TABLE} AS t ({COLUMNS})
    SELECT {", ".join(POSTGRES.keys("r"))}, {", ".join(sums)}
    FROM r LEFT JOIN s ON s.due = r.promised_due_on AND s.decided = r.decided_on
    GROUP BY {keys} HAVING {changed} ORDER BY {keys}
    ON CONFLICT ({", ".join(KEYS)}) DO UPDATE SET {updates}"""


def _row_source(row: str, sign: int) -> str:
    return f"SELECT {sign} AS sign, " + ", ".join(f"{row}.{c} AS {c}" for c in WATCHED)


POSTGRES_SOURCES = {
    "insert": f"SELECT 1 AS sign, {', '.join(WATCHED)} FROM new_rows",
    "update": f"{_row_source('OLD', -1)} UNION ALL {_row_source('NEW', 1)}",
    "delete": f"SELECT -1 AS sign, {', '.join(WATCHED)} FROM old_rows",
}
POSTGRES_TRIGGERS = {
    "insert": "AFTER INSERT ON cases REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT",
    "update": f"AFTER UPDATE OF {', '.join(WATCHED)} ON cases FOR EACH ROW WHEN ("
    + " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in WATCHED)
    + ")",
    "delete": "AFTER DELETE ON cases REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT",
}


def calendar_change(dialect: Dialect, day: str, weight: str, source: str = "cases c") -> str:
    """Per row of the tallies: the change to its working days when the weight of `day` in the
    working-day count changes by `weight` (cases whose due date and decision lie either side)."""
    low, high = ("least", "greatest") if dialect.postgres else ("min", "max")
    keys = ", ".join(f"{k} AS {name}" for k, name in zip(dialect.keys("c"), KEYS, strict=True))
    return (
        f"SELECT {keys}, sum({weight} * CASE WHEN c.decided_on >= c.promised_due_on "
        f"THEN 1 ELSE -1 END) AS days FROM {source} "
        f"WHERE {day} > {low}(c.decided_on, c.promised_due_on) "
        f"AND {day} <= {high}(c.decided_on, c.promised_due_on) "
        f"GROUP BY {', '.join(str(n) for n in range(1, len(KEYS) + 1))}"
    )


POSTGRES_CALENDAR_SOURCES = {
    "insert": f"SELECT day, {POSTGRES.weight('n')} AS weight FROM new_rows n",
    "update": f"SELECT day, {POSTGRES.weight('n')} AS weight FROM new_rows n UNION ALL "
    f"SELECT day, -{POSTGRES.weight('o')} FROM old_rows o",
    "delete": f"SELECT day, -{POSTGRES.weight('o')} AS weight FROM old_rows o",
}
POSTGRES_CALENDAR_TRANSITIONS = {
    "insert": "REFERENCING NEW TABLE AS new_rows",
    "update": "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows",
    "delete": "REFERENCING OLD TABLE AS old_rows",
}


def postgres_calendar_function(operation: str) -> str:
    # Only cases decided or due on or after the earliest changed day can straddle one.
    since = "(SELECT min(day) FROM changed)"
    recent = f"(SELECT * FROM cases WHERE decided_on >= {since} OR promised_due_on >= {since})"
    changes = calendar_change(POSTGRES, "x.day", "x.weight", f"{recent} c CROSS JOIN changed x")
    zeros = ", ".join("0" for _ in COUNTERS)
    return f"""
CREATE FUNCTION {TABLE}_after_calendar_{operation}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    WITH changed AS (
        SELECT day, sum(weight) AS weight FROM ({POSTGRES_CALENDAR_SOURCES[operation]}) w
        GROUP BY day HAVING sum(weight) <> 0
    )
    INSERT INTO {TABLE} AS t ({COLUMNS})
    SELECT {", ".join(KEYS)}, {zeros}, days FROM ({changes}) d
    WHERE days <> 0 ORDER BY {", ".join(KEYS)}
    ON CONFLICT ({", ".join(KEYS)}) DO UPDATE SET {PAST_DUE} = t.{PAST_DUE} + excluded.{PAST_DUE};
    RETURN NULL;
END $$
"""


def postgres_function(operation: str) -> str:
    return f"""
CREATE FUNCTION {TABLE}_after_{operation}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    {postgres_upsert(POSTGRES_SOURCES[operation])};
    RETURN NULL;
END $$
"""


def _sqlite_add(row: str, sign: str) -> list[str]:
    """Statements adding one case (`NEW` or `OLD`) to its tallies row, with `sign` + or -."""
    match = " AND ".join(
        f"{key} {'=' if key in ('category', 'item_id', 'accepted_month') else 'IS'} {value}"
        for key, value in zip(KEYS, SQLITE.keys(row), strict=True)
    )
    zeros = ", ".join("0" for _ in ALL_COUNTERS)
    past_due = f"coalesce({SQLITE.working_days(f'{row}.promised_due_on', f'{row}.decided_on')}, 0)"
    values = [*(v.format(r=row) for v in COUNTERS.values()), past_due]
    updates = ", ".join(f"{c} = {c} {sign} {v}" for c, v in zip(ALL_COUNTERS, values, strict=True))
    statements = [f"UPDATE {TABLE} SET {updates} WHERE {match};"]
    if sign == "+":
        statements.insert(
            0,
            f"INSERT INTO {TABLE} ({COLUMNS}) SELECT {', '.join(SQLITE.keys(row))}, {zeros} "
            f"WHERE NOT EXISTS (SELECT 1 FROM {TABLE} WHERE {match});",
        )
    return statements


SQLITE_TRIGGERS = {
    "insert": f"AFTER INSERT ON cases BEGIN {' '.join(_sqlite_add('NEW', '+'))} END",
    "update": f"AFTER UPDATE OF {', '.join(WATCHED)} ON cases WHEN "
    + " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in WATCHED)
    + f" BEGIN {' '.join(_sqlite_add('OLD', '-') + _sqlite_add('NEW', '+'))} END",
    "delete": f"AFTER DELETE ON cases BEGIN {' '.join(_sqlite_add('OLD', '-'))} END",
}


def _sqlite_calendar(row: str, sign: str) -> str:
    # No alias for the updated table: SQLite allows none inside a trigger.
    match = " AND ".join(
        f"{TABLE}.{key} {'=' if key in ('category', 'item_id', 'accepted_month') else 'IS'} d.{key}"
        for key in KEYS
    )
    changes = calendar_change(SQLITE, f"{row}.day", f"{sign}{SQLITE.weight(row)}")
    return (
        f"UPDATE {TABLE} SET {PAST_DUE} = {PAST_DUE} + d.days FROM ({changes}) AS d WHERE {match};"
    )


SQLITE_CALENDAR_TRIGGERS = {
    "insert": f"AFTER INSERT ON calendar_days WHEN {SQLITE.weight('NEW')} <> 0 "
    f"BEGIN {_sqlite_calendar('NEW', '')} END",
    "update": "AFTER UPDATE OF day, kind ON calendar_days "
    "WHEN OLD.day IS NOT NEW.day OR OLD.kind IS NOT NEW.kind "
    f"BEGIN {_sqlite_calendar('OLD', '-')} {_sqlite_calendar('NEW', '')} END",
    "delete": f"AFTER DELETE ON calendar_days WHEN {SQLITE.weight('OLD')} <> 0 "
    f"BEGIN {_sqlite_calendar('OLD', '-')} END",
}


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "category",
            sa.Enum(
                "engineering",
                "social",
                native_enum=False,
                length=24,
                name="month_category",
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("handler_id", sa.Integer(), nullable=True),
        sa.Column("accepted_month", sa.Date(), nullable=False),
        sa.Column("decided_month", sa.Date(), nullable=True),
        sa.Column("closed_month", sa.Date(), nullable=True),
        *(sa.Column(name, sa.Integer(), nullable=False) for name in ALL_COUNTERS),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{TABLE}")),
        sa.UniqueConstraint(
            *KEYS, name=op.f(f"uq_{TABLE}_key"), postgresql_nulls_not_distinct=True
        ),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        for column in ("accepted_on", "decided_on", "closed_on"):
            batch_op.create_index(batch_op.f(f"ix_cases_{column}"), [column], unique=False)
        batch_op.create_index(
            "ix_cases_open_warnings",
            [*KEYS[:3], "status", "promised_due_on", "promised_warn_on"],
            unique=False,
            postgresql_where=OPEN,
            sqlite_where=OPEN,
        )
    postgres = op.get_bind().dialect.name == "postgresql"
    # Count what is there now, then let the triggers keep it (the migration holds the lock).
    if postgres:
        op.execute(postgres_upsert(f"SELECT 1 AS sign, {', '.join(WATCHED)} FROM cases"))
        for operation, when in POSTGRES_TRIGGERS.items():
            op.execute(postgres_function(operation))
            op.execute(
                f"CREATE TRIGGER {TABLE}_{operation} {when} "
                f"EXECUTE FUNCTION {TABLE}_after_{operation}()"
            )
        for operation, transitions in POSTGRES_CALENDAR_TRANSITIONS.items():
            op.execute(postgres_calendar_function(operation))
            op.execute(
                f"CREATE TRIGGER {TABLE}_calendar_{operation} AFTER {operation.upper()} ON "
                f"calendar_days {transitions} FOR EACH STATEMENT "
                f"EXECUTE FUNCTION {TABLE}_after_calendar_{operation}()"
            )
    else:
        past_due = SQLITE.working_days("r.promised_due_on", "r.decided_on")
        sums = [f"sum({v.format(r='r')})" for v in COUNTERS.values()]
        op.execute(
            f"INSERT INTO {TABLE} ({COLUMNS}) SELECT {', '.join(SQLITE.keys('r'))}, "
            f"{', '.join(sums)}, coalesce(sum({past_due}), 0) FROM cases r "
            f"GROUP BY {', '.join(str(n) for n in range(1, len(KEYS) + 1))}"
        )
        for operation, body in SQLITE_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {TABLE}_{operation} {body}")
        for operation, body in SQLITE_CALENDAR_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {TABLE}_calendar_{operation} {body}")


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for table, prefix in (("cases", ""), ("calendar_days", "calendar_")):
        for operation in ("insert", "update", "delete"):
            name = f"{TABLE}_{prefix}{operation}"
            op.execute(f"DROP TRIGGER {name}" + (f" ON {table}" if postgres else ""))
            if postgres:
                op.execute(f"DROP FUNCTION {TABLE}_after_{prefix}{operation}()")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index("ix_cases_open_warnings", postgresql_where=OPEN, sqlite_where=OPEN)
        for column in ("closed_on", "decided_on", "accepted_on"):
            batch_op.drop_index(batch_op.f(f"ix_cases_{column}"))
    op.drop_table(TABLE)
