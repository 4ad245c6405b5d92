"""PostgreSQL announces every case change; the listener reports the ids, and None after a gap."""

from __future__ import annotations

import threading
import time

import pytest
import sqlalchemy as sa

from desktop.data.notifications import CaseListener, supports_notifications


def test_sqlite_has_no_notifications(tmp_path):
    assert not supports_notifications(sa.make_url(f"sqlite:///{tmp_path}/x.sqlite3"))


@pytest.mark.parametrize("backend", ["postgres"])
def test_listener_reports_changed_case_ids(engine, db_url, backend):
    received: list[set[int] | None] = []
    arrived = threading.Event()

    def collect(ids):
        received.append(ids)
        arrived.set()

    listener = CaseListener(db_url, collect, batch_seconds=0.1)
    listener.start()
    try:
        time.sleep(0.5)  # LISTEN is in place
        with engine.begin() as connection:
            connection.execute(
                sa.text("INSERT INTO departments (code, name, short_name) VALUES ('X', 'X局', 'X')")
            )
            connection.execute(
                sa.text(
                    "INSERT INTO items (code, name, category, department_id, statutory_limit_days,"
                    " promised_limit_days, review_limit_days, signoff_limit_days,"
                    " certificate_limit_days, delivery_limit_days, needs_inspection,"
                    " inspection_pauses_clock, at_most_one_trip, window_authorised,"
                    " two_level_signoff, fee, legal_basis, active) SELECT 'I', 'I', 'social', id,"
                    " 20, 10, 5, 2, 2, 10, false, false, true, false, true, '', '', true"
                    " FROM departments"
                )
            )
            connection.execute(
                sa.text(
                    "INSERT INTO applicants (kind, name, identifier, contact_name, contact_phone,"
                    " address) VALUES ('person', '张三', '360426199101010071', '张三', '1', '')"
                )
            )
            case_id = connection.execute(
                sa.text(
                    "INSERT INTO cases (number, item_id, category, applicant_id, green_channel,"
                    " status, accepted_at, accepted_on, extension_days, due_provisional,"
                    " updated_at, version) SELECT 'N1', items.id, 'social', applicants.id, false,"
                    " 'received', now(), current_date, 0, false, now(), 1 FROM items, applicants"
                    " RETURNING id"
                )
            ).scalar_one()
        assert arrived.wait(5)
        assert received[0] == {case_id}
    finally:
        listener.stop()
