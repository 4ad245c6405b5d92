"""A batch of documents is retried like a single action: a lost connection rolls the chunk
back and runs it again (numbers gapless), a commit whose reply was lost is not issued twice,
and after the retry time the batch stops with the single actions' message, done work kept."""

from __future__ import annotations

from collections import Counter

import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.services import transactions
from desktop.services.documents.batch_issuing import issue_many, issue_one_by_one
from desktop.services.documents.print_queue import still_needed
from desktop.services.faults import FaultKind, classify
from tests.services.documents.test_issuing import decided
from tests.support.lost_connection import lose_connection


@pytest.fixture
def keyed(bureau):
    from desktop.services.documents.signing_keys import init_keys

    bureau.run(init_keys, bureau.actors["admin"])
    return bureau


def check_once_each(bureau, case_ids):
    """Every case has its decision and licence once, numbers 1..N, one audit entry each."""
    with bureau.sessions() as session:
        rows = session.execute(
            sa.select(m.IssuedDocument.case_id, m.IssuedDocument.doc_type, m.IssuedDocument.serial)
        ).all()
        audited = Counter(
            session.scalars(
                sa.select(m.AuditEntry.entity_id).where(m.AuditEntry.action == "issue_document")
            )
        )
    assert Counter((case_id, kind) for case_id, kind, _ in rows) == {
        (case_id, kind): 1 for case_id in case_ids for kind in ("grant", "licence")
    }
    for kind in ("grant", "licence"):
        serials = sorted(serial for _, k, serial in rows if k == kind)
        assert serials == list(range(1, len(case_ids) + 1))
    assert len(audited) == len(rows) and set(audited.values()) == {1}


def needs_of(bureau):
    clerk = bureau.actors["clerk1"]
    return lambda session, case_id: still_needed(session, clerk, case_id)


def test_a_connection_lost_in_a_chunk_is_retried_with_the_same_numbers(keyed):
    case_ids = [decided(keyed) for _ in range(20)]
    # In the second chunk: the first registers 32 documents.
    seen = lose_connection(keyed.sessions.kw["bind"], after=34)
    retries, reports = [], []
    issued, failures = issue_many(
        keyed.sessions,
        keyed.actors["clerk1"],
        case_ids,
        needs_of(keyed),
        lambda done, total: reports.append((done, total)),
        on_retry=lambda attempt, error: retries.append(attempt),
    )
    assert seen["failed"] == 1 and retries == [1]
    assert not failures and len(issued) == 40 and reports == [(16, 20), (20, 20)]
    check_once_each(keyed, case_ids)


def test_a_chunk_whose_commit_reply_was_lost_is_not_issued_twice(keyed):
    case_ids = [decided(keyed) for _ in range(3)]
    lost = {"left": 1}

    @sa.event.listens_for(keyed.sessions, "after_commit")
    def reply_lost(session):  # the commit is made; the program never hears of it
        if lost["left"] and session.info.get("issued"):
            lost["left"] -= 1
            raise sa.exc.OperationalError(
                "COMMIT", {}, Exception("server closed the connection"), connection_invalidated=True
            )

    @sa.event.listens_for(keyed.sessions, "do_orm_execute")
    def mark(state):  # a transaction that registers a document
        if getattr(state.statement, "table", None) is m.IssuedDocument.__table__:
            state.session.info["issued"] = True

    retries: list[int] = []
    issued, failures = issue_one_by_one(
        keyed.sessions,
        keyed.actors["clerk1"],
        case_ids,
        needs_of(keyed),
        lambda done, total: None,
        on_retry=lambda attempt, error: retries.append(attempt),
    )
    assert lost["left"] == 0 and retries == [1]
    assert not failures
    # The lost chunk's documents come back for printing, read from the register.
    assert sorted((i.kind.value, i.number) for i in issued) == sorted(
        (kind, number)
        for kind, number in keyed.run(
            lambda s: s.execute(sa.select(m.IssuedDocument.doc_type, m.IssuedDocument.number)).all()
        )
    )
    assert all(i.pdf.startswith(b"%PDF") for i in issued)
    check_once_each(keyed, case_ids)


def test_after_the_retry_time_the_batch_stops_with_the_single_actions_message(keyed, monkeypatch):
    case_ids = [decided(keyed) for _ in range(3)]
    monkeypatch.setattr(transactions, "RETRY_FOR_SECONDS", 0.3)
    # The first case goes through, then no more.
    lose_connection(keyed.sessions.kw["bind"], after=2, times=None)
    retries, reports = [], []
    with pytest.raises(sa.exc.OperationalError) as stopped:
        issue_one_by_one(
            keyed.sessions,
            keyed.actors["clerk1"],
            case_ids,
            needs_of(keyed),
            lambda done, total: reports.append(done),
            on_retry=lambda attempt, error: retries.append(attempt),
        )
    fault = classify(stopped.value)
    assert fault is not None and fault.kind is FaultKind.CONNECTION
    assert retries[:2] == [1, 2] and reports == [1]
    check_once_each(keyed, case_ids[:1])  # the done case kept, nothing of the others
