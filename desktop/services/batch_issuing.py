"""Issuing many documents at once (the certificate window's batch), rendered in parallel.

Rendering and signing take ~30 ms of CPU per document; the database work takes a few. So
a chunk of cases is prepared and numbered in one transaction, its documents rendered by a
pool of worker processes (each loads the signer once), then recorded, and the transaction
committed. A chunk that fails anywhere rolls back whole, numbers included, and is retried
case by case so that one bad case costs only itself.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from desktop.documents.model import DocumentType
from desktop.domain.actor import Actor
from desktop.domain.errors import DomainError
from desktop.services.issuing import (
    Issued,
    Prepared,
    issue_document,
    prepare_issue,
    record_issue,
)
from desktop.services.signing_keys import KeyMaterial, key_material

Report = Callable[[int, int], None]
Needs = Callable[[Session, int], Sequence[DocumentType]]
CHUNK = 16

_signer: Any = None  # in a worker process: the loaded signer and QR key
_qr_key: Any = None


def _start_worker(material: KeyMaterial) -> None:
    global _signer, _qr_key
    from desktop.documents.keys import import_qr_key
    from desktop.documents.signing import SealSigner

    _signer = SealSigner.from_pkcs12(material.pkcs12, material.secret)
    _signer.reason = material.seal_text
    _qr_key = import_qr_key(material.qr_key_pem, material.secret)


def _produce(document: Any, issue: Any) -> tuple[bytes, str]:
    from desktop.documents.produce import produce_document

    produced = produce_document(document, issue, signer=_signer, qr_key=_qr_key)
    return produced.pdf, produced.content_digest.hex()


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
    done = 0
    # Spawned, not forked: a window process has threads (Qt, the database pool) that a
    # fork would copy half-way; and spawning is what Windows and the bundle do anyway.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        workers(), mp_context=context, initializer=_start_worker, initargs=(material,)
    ) as pool:
        for start in range(0, len(case_ids), CHUNK):
            chunk = case_ids[start : start + CHUNK]
            try:
                issued += _issue_chunk(sessions, actor, chunk, needs, pool)
            except DomainError:
                for case_id in chunk:  # find the bad case; the others still go through
                    try:
                        issued += _issue_chunk(sessions, actor, [case_id], needs, pool)
                    except DomainError as error:
                        failures.append(str(error))
            done += len(chunk)
            report(done, len(case_ids))
    return issued, failures


def _issue_chunk(
    sessions: sessionmaker[Session],
    actor: Actor,
    case_ids: Sequence[int],
    needs: Needs,
    pool: ProcessPoolExecutor,
) -> list[Issued]:
    with sessions() as session, session.begin():
        prepared: list[Prepared] = []
        for case_id in case_ids:
            decision = ""
            for kind in needs(session, case_id):
                document = prepare_issue(session, actor, case_id, kind)
                if kind is DocumentType.GRANT:
                    decision = document.issue.number
                elif kind is DocumentType.LICENCE and decision:
                    # The decision is numbered but not yet registered: the licence cites it.
                    document = replace(
                        document, document=replace(document.document, decision_number=decision)
                    )
                prepared.append(document)
        futures = [pool.submit(_produce, p.document, p.issue) for p in prepared]
        return [
            record_issue(session, actor, p, *future.result())
            for p, future in zip(prepared, futures, strict=True)
        ]


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
