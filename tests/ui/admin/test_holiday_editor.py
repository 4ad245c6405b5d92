"""The holiday editor keeps what was typed and points at a bad line; the missing-holidays
banner is for the admin only."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa

from desktop.data import models as m
from desktop.services import timesource
from desktop.services.staff import actor_for
from desktop.ui.admin.window import AdminWindow
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow

WAIT = 15000


def signed_in(context: AppContext, username: str) -> AppContext:
    with context.sessions() as session:
        return AppContext(context.url, context.sessions, actor_for(session, username))


def test_a_bad_line_is_pointed_at_and_nothing_typed_is_lost(qtbot, demo_context):
    window = AdminWindow(signed_in(demo_context, "admin"))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.ui.years.count() > 0, timeout=WAIT)
    year = int(window.ui.years.item(0).text()) + 1
    window.ui.editYear.click()
    dialog = window.holiday_dialog
    assert dialog is not None and dialog.isVisible() and dialog.year.value() == year
    typed = f"{year}-01-01 休 元旦\n{year}-02-1O 休 春节\n{year}-02-11 休 春节"
    dialog.text.setPlainText(typed)
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.text.toPlainText() == typed
    assert dialog.marked_line() == 2 and dialog.text.textCursor().blockNumber() == 1
    assert "第2行" in dialog.message.text() and "看不懂" in dialog.message.text()
    # A weekend marked as a holiday is refused on its line too, before anything is saved.
    saturday = next(date(year, 1, d) for d in range(1, 8) if date(year, 1, d).weekday() == 5)
    typed = f"{year}-01-01 休 元旦\n{saturday.isoformat()} 休 周末"
    dialog.text.setPlainText(typed)
    assert not dialog.message.text() and dialog.marked_line() is None
    dialog.save_button.click()
    assert dialog.marked_line() == 2 and "周末" in dialog.message.text()
    assert dialog.text.toPlainText() == typed
    dialog.text.setPlainText(f"{year}-01-01 休 元旦\n")
    dialog.save_button.click()
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: "已保存" in window.ui.status.text(), timeout=WAIT)
    qtbot.waitUntil(lambda: window.ui.years.item(0).text() == str(year), timeout=WAIT)
    with demo_context.sessions() as session:
        stored = session.scalar(
            sa.select(m.CalendarException).where(m.CalendarException.day == date(year, 1, 1))
        )
    assert stored is not None


def test_cancel_changes_nothing_and_a_failed_save_keeps_the_draft(qtbot, demo_context, monkeypatch):
    window = AdminWindow(signed_in(demo_context, "admin"))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.ui.years.count() > 0, timeout=WAIT)
    count = window.ui.years.count()
    window.edit_year()
    dialog = window.holiday_dialog
    year = dialog.year.value()
    dialog.text.setPlainText(f"{year}-01-01 休 元旦")
    dialog.cancel_button.click()
    assert not dialog.isVisible() and window.holiday_draft is None
    # The write fails (say the connection dropped): the text comes back when reopened.
    from desktop.ui.admin import window as admin_window

    monkeypatch.setattr(admin_window, "set_year", _failing_set_year)
    warnings: list[str] = []
    monkeypatch.setattr(admin_window.QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    window.edit_year()
    dialog = window.holiday_dialog
    typed = f"{year}-01-01 休 元旦\n{year}-01-04 休 假日"
    dialog.text.setPlainText(typed)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: bool(warnings), timeout=WAIT)
    assert "连接" in warnings[0]
    window.edit_year()
    assert window.holiday_dialog.text.toPlainText() == typed
    assert window.holiday_dialog.year.value() == year
    window.holiday_dialog.cancel_button.click()
    assert window.ui.years.count() == count


def _failing_set_year(session, actor, year, days):
    from desktop.domain.errors import DomainError

    raise DomainError("数据库连接中断，请稍后重试")


def test_the_missing_holidays_banner_is_for_the_admin_only(qtbot, demo_context, monkeypatch):
    from desktop.data.calendar import known_years

    with demo_context.sessions() as session:
        last = max(known_years(session))
    monkeypatch.setattr(timesource, "today", lambda: date(last, 12, 2))
    admin = AdminWindow(signed_in(demo_context, "admin"))
    qtbot.addWidget(admin)
    qtbot.waitUntil(lambda: admin.ui.banner.isVisibleTo(admin), timeout=WAIT)
    assert f"{last + 1}年的节假日安排尚未录入" in admin.ui.banner.text()
    for username, shown in (("admin", True), ("eng1", False), ("clerk1", False)):
        window = MainWindow(signed_in(demo_context, username))
        qtbot.addWidget(window)
        window.start()
        qtbot.waitUntil(lambda w=window: not w.model.loading, timeout=WAIT)
        qtbot.wait(300)  # the notice is read after the first rows
        if shown:
            qtbot.waitUntil(lambda w=window: w.ui.notice.isVisibleTo(w), timeout=WAIT)
        assert window.ui.notice.isVisibleTo(window) is shown, username
