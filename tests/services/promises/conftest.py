"""The small bureau with 容缺 materials: the window item's 材料2 may be missing at acceptance
and the licence issued before it arrives; its 材料3 may be missing, the licence waits."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.services.documents.signing_keys import init_keys

PROMISED_ON = date(2026, 11, 20)  # the Friday after the bureau's Monday


@pytest.fixture
def rongque(bureau):
    with bureau.sessions() as session, session.begin():
        item = session.scalar(sa.select(m.Item).where(m.Item.code == "window"))
        for material in item.materials:
            material.may_defer = material.seq in (2, 3)
            material.issue_before_received = material.seq == 2
    bureau.run(init_keys, bureau.actors["admin"])  # licences are sealed
    return bureau


@pytest.fixture
def run_as(rongque, backend, request):
    """A service as a person: their own login on PostgreSQL, the program on SQLite."""
    if backend == "postgres":
        return request.getfixturevalue("as_staff")
    return lambda name, service, *args, **kw: rongque.run(
        service, rongque.actors[name], *args, **kw
    )
