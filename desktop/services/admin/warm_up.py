"""A new connection warmed at sign-in: the person's usual writes rehearsed and rolled back.

A new PostgreSQL backend loads its catalogue caches, compiles the PL/pgSQL guard functions
and triggers and plans their statements on first use, and the client compiles its
statements once per engine: a first claim costs some 20 ms of the server's CPU against 3 ms
warm (README, "Benchmarks"). The window pays that while the person looks at the queue it
opens with, off the UI thread, rather than with the first case they claim.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from desktop.data.idempotency import claim_key
from desktop.domain.actor import Actor
from desktop.domain.enums import Category, Role
from desktop.domain.errors import DomainError
from desktop.services import timesource
from desktop.services.cases.claims import claim_next
from desktop.services.cases.decisions import approve, propose
from desktop.services.cases.queues import QueueQuery, QueueView, fetch_page
from desktop.services.documents.numbering import next_serial
from desktop.services.transactions import new_key

log = logging.getLogger("desktop.services.warm_up")

HANDLERS = {Category.ENGINEERING: Role.HANDLER_ENGINEERING, Category.SOCIAL: Role.HANDLER_SOCIAL}
SIGNERS = (Role.REVIEWER, Role.HEAD)


def rehearsals(actor: Actor) -> list[tuple[str, Callable[[Session], Any]]]:
    """What the person's first writes will be, by their roles: claiming and proposing for a
    handler, signing off for a reviewer or the head, taking a licence number (last: the
    counter row is the bureau's busiest lock) for a clerk."""
    steps: list[tuple[str, Callable[[Session], Any]]] = []
    for category, role in HANDLERS.items():
        if actor.has(role):

            def claim_and_propose(session: Session, category: Category = category) -> None:
                claim_key(session, new_key(), actor.username, "claim_next")
                state = claim_next(session, actor, category)
                if state is not None:
                    propose(session, actor, state.id, state.version, grant=True, opinion="拟准予")

            steps.append((f"claim {category.value}", claim_and_propose))
            break  # the statements are the same for both queues
    if any(actor.has(role) for role in SIGNERS):

        def sign_off(session: Session) -> None:
            for category in Category:
                page = fetch_page(session, actor, QueueQuery(category, QueueView.SIGNOFF), None, 1)
                if page.rows:
                    approve(session, actor, page.rows[0].id, page.rows[0].version)
                    return

        steps.append(("sign off", sign_off))
    if actor.has(Role.CLERK):
        steps.append(("number", lambda s: next_serial(s, "licence", timesource.today().year)))
    return steps


def warm_up(sessions: sessionmaker[Session], actor: Actor) -> float:
    """Rehearse the person's usual writes in one transaction that is always rolled back:
    nothing is claimed, recorded, audited or numbered (a rolled-back number leaves no gap),
    and the rows it touched were locked for those few milliseconds only. Each rehearsal
    stands alone (a savepoint): one the rules refuse does not stop the others. On SQLite,
    with nothing to warm, it does nothing. Returns the seconds it took."""
    started = time.perf_counter()
    with sessions() as session:
        if session.get_bind().dialect.name != "postgresql":
            return 0.0
        transaction = session.begin()
        try:
            for name, step in rehearsals(actor):
                nested = session.begin_nested()
                try:
                    step(session)
                except DomainError as refused:  # e.g. an item that needs an inspection first
                    log.debug("warm-up %s refused: %s", name, refused)
                nested.rollback()
        finally:
            transaction.rollback()
    return time.perf_counter() - started
