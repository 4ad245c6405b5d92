"""The front-desk file carries 容缺受理: a row names the materials promised (容缺材料) and
their day (承诺补交日期); a promise the catalogue does not allow rejects its row alone."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.domain.actor import Actor
from desktop.domain.enums import Role
from desktop.domain.frontdesk_rows import COLUMNS, PROMISE_COLUMNS
from desktop.domain.promises import PromiseState
from desktop.domain.timezone import CHINA
from desktop.services.admin.frontdesk_import import import_frontdesk_file
from desktop.services.cases.promises import case_promises
from desktop.services.sheets import write_csv
from tests.services.admin.test_frontdesk_import import row
from tests.services.promises.conftest import PROMISED_ON

CLERK = Actor(None, "clerk", "窗口", frozenset({Role.CLERK}))


@pytest.mark.parametrize("backend", ["sqlite"])
def test_promises_come_with_the_front_desk_file_and_bad_ones_reject_their_row(rongque):
    accepted = (rongque.clock.now - timedelta(hours=2)).astimezone(CHINA).strftime("%Y-%m-%d %H:%M")
    day = PROMISED_ON.isoformat()
    lines = [
        ("QT0001", "材料2、材料3", day),
        ("QT0002", "材料1", day),  # not 容缺 in the catalogue
        ("QT0003", "材料3", ""),  # no day
        ("QT0004", "", day),  # a day, no material
        ("QT0005", "", ""),  # an ordinary case
    ]
    data = write_csv(
        (*COLUMNS, *PROMISE_COLUMNS),
        [[*row(n, accepted, 事项编码="window"), names, when] for n, names, when in lines],
    )
    report = rongque.run(import_frontdesk_file, CLERK, "day.csv", data)
    assert report.added == ["QT0001", "QT0005"]
    assert [(n, reasons) for n, reasons in report.rejected] == [
        (3, ["材料“材料1”不允许容缺受理：须在受理时提交"]),
        (4, ["填写了“容缺材料”，须同时填写“承诺补交日期”"]),
        (5, ["填写了“承诺补交日期”，须同时填写“容缺材料”"]),
    ]
    with rongque.sessions() as session:
        from desktop.data import models as m

        case_id = session.query(m.Case.id).filter(m.Case.number == "QT0001").scalar()
        promises = case_promises(session, case_id)
    assert [(p.material, p.promised_on, p.state) for p in promises] == [
        ("材料2", PROMISED_ON, PromiseState.OPEN),
        ("材料3", PROMISED_ON, PromiseState.OPEN),
    ]
    assert [p.issue_before_received for p in promises] == [True, False]
