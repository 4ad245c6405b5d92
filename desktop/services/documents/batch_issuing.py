"""Issuing many documents at once (the certificate window's batch), rendered in parallel.

Rendering and signing take ~20 ms of CPU per document; the database work takes a few. So
a chunk of cases is numbered in one transaction, its documents rendered by a pool of
worker processes (each loads the signer once), then recorded, and the transaction
committed. The chunk's data is read beforehand, while the previous chunk renders (and read
again for a case that changed in between), so the workers rarely wait. A chunk that fails
anywhere rolls back whole, numbers included, and is retried case by case so that one bad
case costs only itself.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import replace
from functools import partial

from sqlalchemy.orm import Session, sessionmaker

from desktop.data.database import read_only_sessions
from desktop.documents import worker
from desktop.documents.model import DocumentType
from desktop.domain.actor import Actor
from desktop.domain.errors import DomainError
from desktop.services.bureau import load_profile
from desktop.services.case_core import read_case
from desktop.services.documents.issuing import (
    Gathered,
    Issued,
    Prepared,
    gather_issue,
    issue_document,
    number_issue,
    record_issue,
)
from desktop.services.documents.signing_keys import key_material

Report = Callable[[int, int], None]
Needs = Callable[[Session, int], Sequence[DocumentType]]
CHUNK = 16


def workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def issue_many(
    sessions: sessionmaker[Session],
    actor: Actor,
    case_ids: Sequence[int],
    needs: Needs,
    report: Report,
) -> tuple[list[Issued], list[str]]:
    """Issue what `needs(session, case_id)` names for each case; returns the documents and
    a line for each case that could not be issued (and why)."""
    with sessions() as session:
        material = key_material(session)
    issued: list[Issued] = []
    failures: list[str] = []
    chunks = [case_ids[start : start + CHUNK] for start in range(0, len(case_ids), CHUNK)]
    done = 0
    # Spawned, not forked: a window process has threads (Qt, the database pool) that a
    # fork would copy half-way; and spawning is what Windows and the bundle do anyway.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        workers(),
        mp_context=context,
        initializer=worker.start,
        initargs=(material.pkcs12, material.secret, material.seal_text, material.qr_key_pem),
    ) as pool:
        for _ in range(workers()):
            pool.submit(worker.ready)
        gathered = _gather(sessions, actor, chunks[0], needs) if chunks else []
        for index, chunk in enumerate(chunks):
            following = chunks[index + 1] if index + 1 < len(chunks) else []
            try:
                read_next = partial(_gather, sessions, actor, following, needs)
                documents, gathered = _issue_chunk(sessions, actor, gathered, pool, read_next)
                issued += documents
            except DomainError:
                for case_id in chunk:  # find the bad case; the others still go through
                    try:
                        issued += _issue_one(sessions, actor, case_id, needs, pool)
                    except DomainError as error:
                        failures.append(str(error))
                gathered = _gather(sessions, actor, following, needs)
            done += len(chunk)
            report(done, len(case_ids))
    return issued, failures


def _gather(
    sessions: sessionmaker[Session], actor: Actor, case_ids: Sequence[int], needs: Needs
) -> list[Gathered | DomainError]:
    """Read the chunk's documents (no locks, no numbers): done while the previous chunk is
    rendered. A case that cannot be read is kept as its error, reported when it is its turn."""
    gathered: list[Gathered | DomainError] = []
    with read_only_sessions(sessions)() as session:
        for case_id in case_ids:
            try:
                case = read_case(session, case_id)
                gathered += [
                    gather_issue(session, actor, case, kind) for kind in needs(session, case_id)
                ]
            except DomainError as error:
                gathered.append(error)
    return gathered


def _issue_chunk(
    sessions: sessionmaker[Session],
    actor: Actor,
    gathered: Sequence[Gathered | DomainError],
    pool: ProcessPoolExecutor,
    read_next: Callable[[], list[Gathered | DomainError]],
) -> tuple[list[Issued], list[Gathered | DomainError]]:
    """Number and render one chunk (each document goes to the workers as soon as it has
    its number), read the next chunk meanwhile, then record this one."""
    with sessions() as session, session.begin():
        prepared: list[tuple[Prepared, Future[tuple[bytes, str]]]] = []
        decisions: dict[int, str] = {}
        profile = load_profile(session)
        for item in gathered:
            if isinstance(item, DomainError):
                raise item
            document = number_issue(session, actor, item, profile)
            if item.kind is DocumentType.GRANT:
                decisions[item.case_id] = document.issue.number
            elif item.kind is DocumentType.LICENCE and item.case_id in decisions:
                # The decision is numbered but not yet registered: the licence cites it.
                cited = replace(document.document, decision_number=decisions[item.case_id])
                document = replace(document, document=cited)
            prepared.append(
                (document, pool.submit(worker.produce, document.document, document.issue))
            )
        following = read_next()
        documents = [record_issue(session, actor, p, *future.result()) for p, future in prepared]
    return documents, following


def _issue_one(
    sessions: sessionmaker[Session],
    actor: Actor,
    case_id: int,
    needs: Needs,
    pool: ProcessPoolExecutor,
) -> list[Issued]:
    """One case on its own (after its chunk failed), in the worker processes."""
    gathered = _gather(sessions, actor, [case_id], needs)
    return _issue_chunk(sessions, actor, gathered, pool, list)[0]


def issue_one_by_one(
    sessions: sessionmaker[Session],
    actor: Actor,
    case_ids: Sequence[int],
    needs: Needs,
    report: Report,
) -> tuple[list[Issued], list[str]]:
    """The same in this process, for small batches where starting workers costs more."""
    issued: list[Issued] = []
    failures: list[str] = []
    for done, case_id in enumerate(case_ids, start=1):
        try:
            with sessions() as session, session.begin():
                issued += [
                    issue_document(session, actor, case_id, k) for k in needs(session, case_id)
                ]
        except DomainError as error:
            failures.append(str(error))
        report(done, len(case_ids))
    return issued, failures
