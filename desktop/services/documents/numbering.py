"""Gapless document numbers: one serial per (document type, year), taken in the caller's
transaction.

The counter row is incremented with an upsert that returns the new value (on PostgreSQL
inside the guarded function `desk_next_serial`, see data/security/workflow_sql.py). The row stays
locked until the transaction ends, so concurrent issuers queue on it; a transaction that
rolls back takes its increment with it, so the serials that commit are 1..N with no gap.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session

from desktop.data.models import NumberCounter
from desktop.documents.model import DocumentType
from desktop.services.bureau import BureauProfile

NEXT_SERIAL = sa.text("SELECT public.desk_next_serial(CAST(:t AS text), CAST(:y AS integer))")
# The same on SQLite, built once (a batch takes a number per document). On the table, not
# the mapped class: a plain statement, which leaves the session's loaded objects alone.
_COUNTERS = NumberCounter.__table__
SQLITE_NEXT_SERIAL = (
    sqlite.insert(_COUNTERS)
    .values(doc_type=sa.bindparam("t"), year=sa.bindparam("y"), last_serial=1)
    .on_conflict_do_update(
        index_elements=[_COUNTERS.c.doc_type, _COUNTERS.c.year],
        set_={"last_serial": _COUNTERS.c.last_serial + 1},
    )
    .returning(_COUNTERS.c.last_serial)
)


def next_serial(session: Session, doc_type: str, year: int) -> int:
    if session.get_bind().dialect.name == "postgresql":
        # The guarded function: nobody writes the counters directly there.
        return int(session.execute(NEXT_SERIAL, {"t": doc_type, "y": year}).scalar_one())
    return int(session.execute(SQLITE_NEXT_SERIAL, {"t": doc_type, "y": year}).scalar_one())


def document_number(profile: BureauProfile, kind: DocumentType, year: int, serial: int) -> str:
    """The printed number of any numbered document or notice, e.g. 渭高审批许〔2026〕0001号:
    the type's pattern in the bureau profile (checked when the profile was read), or its
    standard one, filled with the profile's prefix, the year and the serial."""
    pattern = profile.number_patterns.pattern(kind)
    return pattern.format(prefix=profile.number_prefix, year=year, serial=serial)


def last_serial(session: Session, doc_type: str, year: int) -> int:
    value = session.scalar(
        sa.select(NumberCounter.last_serial).where(
            NumberCounter.doc_type == doc_type, NumberCounter.year == year
        )
    )
    return int(value or 0)
