"""Issuing many documents at once (the certificate window's batch), rendered in parallel.

Rendering and signing take ~20 ms of CPU per document; the database work takes a few. So
a chunk of cases is numbered in one transaction, its documents rendered by a pool of
worker processes (each loads the signer once), then recorded, and the transaction
committed. The chunk's data is read beforehand, while the previous chunk renders (and read
again for a case that changed in between), so the workers rarely wait. A chunk that fails
on a rule rolls back whole, numbers included, and is issued case by case so that one bad
case costs only itself.

Each chunk is one action to `run_write` (README, "The window"): a lost connection or a
restarting server rolls it back, numbers given back, and it is run again, for up to the
minute single actions wait, telling `on_retry`. Its idempotency key keeps a chunk whose
commit went through unseen from being issued twice: its documents are read back instead.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from functools import partial

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from desktop.data.models import IssuedDocument
from desktop.documents import worker
from desktop.documents.model import DocumentType
from desktop.documents.produce import produce_document
from desktop.domain.actor import Actor
from desktop.domain.errors import DomainError
from desktop.services.bureau import load_profile
from desktop.services.case_core import read_case
from desktop.services.documents.issuing import (
    Gathered,
    Issued,
    Prepared,
    gather_issue,
    number_issue,
    record_issue,
)
from desktop.services.documents.render_lock import rendering
from desktop.services.documents.signing_keys import KeyMaterial, key_material, load_signing
from desktop.services.transactions import AlreadyDone, Retrying, run_read, run_write

Report = Callable[[int, int], None]
Needs = Callable[[Session, int], Sequence[DocumentType]]
Rendered = Future[tuple[bytes, str]]  # the PDF and its content digest (hex)
Render = Callable[[Session, Prepared], Rendered]
Read = list[Gathered | DomainError]
CHUNK = 16


def workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def issue_many(
    sessions: sessionmaker[Session],
    actor: Actor,
    case_ids: Sequence[int],
    needs: Needs,
    report: Report,
    on_retry: Retrying | None = None,
) -> tuple[list[Issued], list[str]]:
    """Issue what `needs(session, case_id)` names for each case; returns the documents and
    a line for each case that could not be issued (and why)."""
    batch = _Batch(sessions, actor, needs, on_retry)
    material = run_read(sessions, actor, _key_material, on_retry=on_retry)
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
        initargs=(
            material.place,
            material.certificate,
            material.root,
            material.qr_public,
            material.seal_text,
        ),
    ) as pool:
        for _ in range(workers()):
            pool.submit(worker.ready)

        def render(session: Session, prepared: Prepared) -> Rendered:
            return pool.submit(worker.produce, prepared.document, prepared.issue)

        gathered = batch.read(chunks[0]) if chunks else []
        for index, chunk in enumerate(chunks):
            following = chunks[index + 1] if index + 1 < len(chunks) else []
            try:
                documents, gathered = batch.issue(gathered, render, partial(batch.read, following))
                issued += documents
            except DomainError:
                for case_id in chunk:  # find the bad case; the others still go through
                    try:
                        issued += batch.issue(batch.read([case_id]), render)[0]
                    except DomainError as error:
                        failures.append(str(error))
                gathered = batch.read(following)
            done += len(chunk)
            report(done, len(case_ids))
    return issued, failures


def issue_one_by_one(
    sessions: sessionmaker[Session],
    actor: Actor,
    case_ids: Sequence[int],
    needs: Needs,
    report: Report,
    on_retry: Retrying | None = None,
) -> tuple[list[Issued], list[str]]:
    """The same in this process, a case at a time, for small batches where starting
    workers costs more."""
    batch = _Batch(sessions, actor, needs, on_retry)
    issued: list[Issued] = []
    failures: list[str] = []
    for done, case_id in enumerate(case_ids, start=1):
        try:
            issued += batch.issue(batch.read([case_id]), _render_here)[0]
        except DomainError as error:
            failures.append(str(error))
        report(done, len(case_ids))
    return issued, failures


@dataclass(frozen=True)
class _Batch:
    """One batch's reads and writes, each retried like a single action."""

    sessions: sessionmaker[Session]
    actor: Actor
    needs: Needs
    on_retry: Retrying | None

    def read(self, case_ids: Sequence[int]) -> Read:
        """The cases' documents to issue, read without locks or numbers."""
        if not case_ids:
            return []
        return run_read(
            self.sessions, self.actor, _gather, case_ids, self.needs, on_retry=self.on_retry
        )

    def issue(
        self, gathered: Read, render: Render, read_next: Callable[[], Read] = list
    ) -> tuple[list[Issued], Read]:
        """Number, render and record a chunk in one retried transaction under one key;
        returns its documents and what `read_next` read meanwhile."""
        following: Read = []

        def issue_batch_chunk(session: Session, actor: Actor) -> list[Issued]:
            nonlocal following
            documents, following = _issue_chunk(session, actor, gathered, render, read_next)
            return documents

        result = run_write(self.sessions, self.actor, issue_batch_chunk, on_retry=self.on_retry)
        if isinstance(result, AlreadyDone):  # committed, but the reply was lost
            result = run_read(
                self.sessions, self.actor, _already_issued, gathered, on_retry=self.on_retry
            )
            following = read_next()
        return result, following


def _key_material(session: Session, actor: Actor) -> KeyMaterial:
    return key_material(session)


def _gather(session: Session, actor: Actor, case_ids: Sequence[int], needs: Needs) -> Read:
    """Read the chunk's documents (no locks, no numbers): done while the previous chunk is
    rendered. A case that cannot be read is kept as its error, reported when it is its turn."""
    gathered: Read = []
    for case_id in case_ids:
        try:
            case = read_case(session, case_id)
            kinds = needs(session, case_id)
            gathered += [gather_issue(session, actor, case, kind) for kind in kinds]
        except DomainError as error:
            gathered.append(error)
    return gathered


def _issue_chunk(
    session: Session,
    actor: Actor,
    gathered: Read,
    render: Render,
    read_next: Callable[[], Read],
) -> tuple[list[Issued], Read]:
    """Number and render one chunk (each document goes to `render` as soon as it has its
    number), read the next chunk meanwhile, then record this one."""
    prepared: list[tuple[Prepared, Rendered]] = []
    decisions: dict[int, str] = {}
    try:
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
            prepared.append((document, render(session, document)))
        following = read_next()
        documents = [record_issue(session, actor, p, *future.result()) for p, future in prepared]
    except BaseException:
        for _, future in prepared:  # this attempt's numbers are given back: its pages too
            future.cancel()
        raise
    return documents, following


def _render_here(session: Session, prepared: Prepared) -> Rendered:
    """Render in this process (one document at a time, see `render_lock`)."""
    signing = load_signing(session)
    with rendering():
        produced = produce_document(
            prepared.document, prepared.issue, signer=signing.signer, qr_key=signing.qr_key
        )
    rendered: Rendered = Future()
    rendered.set_result((produced.pdf, produced.content_digest.hex()))
    return rendered


def _already_issued(session: Session, actor: Actor, gathered: Read) -> list[Issued]:
    """The documents a committed chunk issued, read back (it issued each one it named)."""
    wanted = {(item.case_id, item.kind.value) for item in gathered if isinstance(item, Gathered)}
    rows = session.execute(
        sa.select(
            IssuedDocument.id,
            IssuedDocument.number,
            IssuedDocument.doc_type,
            IssuedDocument.pdf,
            IssuedDocument.case_id,
        )
        .where(
            IssuedDocument.case_id.in_({case_id for case_id, _ in wanted}),
            IssuedDocument.void.is_(False),
        )
        .order_by(IssuedDocument.id)
    )
    return [
        Issued(row.id, row.number, DocumentType(row.doc_type), row.pdf)
        for row in rows
        if (row.case_id, row.doc_type) in wanted
    ]
