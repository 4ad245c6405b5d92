"""A new user's first licence, as the README's quick start promises: `approval-desk --demo`
makes the demo bureau; a handler takes a case to a decision, the sign-offs it needs follow,
and a certificate clerk issues the licence at the 发证窗口, previews it, prints it to a PDF
file and verifies it, all through the windows' own buttons, the dialogs answered here."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pypdf
import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QPushButton,
)

from desktop.data.models import Case, CasePromise, Inspection, Item, StaffUser
from desktop.documents.model import DocumentType
from desktop.domain.enums import CaseStatus, Category, InspectionConclusion, InspectionStatus
from desktop.domain.workflow import Action
from desktop.services.cases.queues import QueueView
from desktop.services.database import open_sessions, resolve_url
from desktop.services.demo.people import DEMO_PASSWORD
from desktop.ui.app import Launcher
from desktop.ui.labels import label
from desktop.ui.main_window import MainWindow
from desktop.ui.operations import under_way
from desktop.ui.workbench.window import Workbench

WAIT_MS = 120_000  # the demo, a sign-in (argon2) and a PDF each take seconds on a busy PC


class Answers:
    """Answers modal dialogs as they come up (each once), by their class name."""

    def __init__(self) -> None:
        self.handlers: dict[str, Callable[[QDialog], None]] = {}
        self.busy = False
        self.timer = QTimer(interval=50)
        self.timer.timeout.connect(self._answer)
        self.timer.start()

    def _answer(self) -> None:
        modal = QApplication.activeModalWidget()
        if self.busy or not isinstance(modal, QDialog) or modal.property("answered"):
            return  # (a dialog marks itself: ids of dead wrappers come back)
        handler = self.handlers.get(type(modal).__name__)
        if handler is None:
            return
        modal.setProperty("answered", True)
        self.busy = True
        try:
            handler(modal)
        finally:
            self.busy = False


def settle(qtbot) -> None:
    qtbot.wait(30)
    qtbot.waitUntil(lambda: not under_way(), timeout=WAIT_MS)
    qtbot.wait(30)


def launch(qtbot, url, username: str, answers: Answers) -> MainWindow:
    """`approval-desk --demo`, then sign in through the sign-in dialog."""

    def sign_in(dialog: QDialog) -> None:
        dialog.username.setText(username)
        dialog.password.setText(DEMO_PASSWORD)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    answers.handlers["SignInDialog"] = sign_in
    launcher = Launcher(url, demo=True)
    launcher.start()
    qtbot.waitUntil(lambda: launcher.window is not None, timeout=WAIT_MS)
    main = launcher.window
    assert isinstance(main, MainWindow) and main.context.actor.username == username
    qtbot.addWidget(main)
    main.resize(1366, 768)
    settle(qtbot)
    return main


def open_case_from(qtbot, main: MainWindow, view: QueueView, number: str) -> Workbench:
    """Click the view in the navigation, search the number, Enter on the row."""
    case = main.model
    index = main.navigation.index_of(category_of(main, number), view)
    main.tree.scrollTo(index)
    qtbot.mouseClick(
        main.tree.viewport(), Qt.MouseButton.LeftButton, pos=main.tree.visualRect(index).center()
    )
    main.search.setText(number)
    qtbot.keyClick(main.search, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: case.rowCount() == 1 and case.row_at(0).number == number, timeout=WAIT_MS
    )
    case_id = case.row_at(0).id
    main.table.setFocus()
    main.table.setCurrentIndex(case.index(0, 0))
    qtbot.keyClick(main.table, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: case_id in main.workbenches and main.workbenches[case_id].isVisible(),
        timeout=WAIT_MS,
    )
    bench = main.workbenches[case_id]
    qtbot.waitUntil(lambda: bench.details is not None and not bench.busy, timeout=WAIT_MS)
    return bench


def category_of(main: MainWindow, number: str):  # type: ignore[no-untyped-def]
    with main.context.sessions() as session:
        return session.scalar(sa.select(Case.category).where(Case.number == number))


def press_action(qtbot, bench: Workbench, action: Action) -> None:
    """The workbench's button for the action; waits until the case has moved on."""
    before = bench.details.version

    def button() -> QPushButton | None:  # (a new button shows once the event loop runs)
        found = [
            b
            for b in bench.findChildren(QPushButton)
            if b.isVisible() and b.isEnabled() and b.text().startswith(label(action))
        ]
        return found[0] if found else None

    qtbot.waitUntil(lambda: button() is not None, timeout=WAIT_MS)
    button().click()
    qtbot.waitUntil(
        lambda: bench.details is not None and bench.details.version != before and not bench.busy,
        timeout=WAIT_MS,
    )


def answer_action(dialog: QDialog) -> None:
    """拟准予许可 (the first choice), with the opinion the form suggests or one typed."""
    if not dialog.ui.text.toPlainText().strip():
        dialog.ui.text.setPlainText("申请材料齐全，符合法定形式，符合许可条件。")
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def print_to(path: Path) -> Callable[[QDialog], None]:
    """Answer the system print dialog: Qt's own PDF printer, into `path`."""

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, QPrintDialog)
        names = [e for e in dialog.findChildren(QLineEdit) if e.objectName() == "filename"]
        if names:
            names[0].setText(str(path))
        else:
            dialog.printer().setOutputFileName(str(path))
        dialog.accept()

    return answer


def a_case_to_decide(url) -> tuple[str, list[tuple[str, Action]]]:
    """A case a demo handler can take to a decision now (one of theirs under review, else one
    from the pool, claimed by eng1 or soc1), needing no inspection or with its result recorded, and
    who signs it off: a two-level item if there is one, so the whole chain is pressed."""
    # Inspected and passed: a grant waits while an inspection ended 限期整改 or 不合格.
    inspected = sa.and_(
        sa.exists().where(
            Inspection.case_id == Case.id,
            Inspection.status == InspectionStatus.DONE,
            Inspection.conclusion == InspectionConclusion.PASSES,
        ),
        ~sa.exists().where(
            Inspection.case_id == Case.id,
            Inspection.conclusion.in_((InspectionConclusion.RECTIFY, InspectionConclusion.FAILS)),
        ),
    )
    handler = sa.case(
        (Case.handler_id.is_not(None), StaffUser.username),
        (Case.category == Category.ENGINEERING, "eng1"),
        else_="soc1",
    )
    sessions = open_sessions(url)
    with sessions() as session:
        rows = session.execute(
            sa.select(
                Case.number, handler, Case.status, Item.window_authorised, Item.two_level_signoff
            )
            .join(Item, Item.id == Case.item_id)
            .outerjoin(StaffUser, StaffUser.id == Case.handler_id)
            .where(
                sa.or_(
                    sa.and_(
                        # Any demo handler (early in China's morning the pool is thin).
                        sa.or_(StaffUser.username.like("eng%"), StaffUser.username.like("soc%")),
                        Case.status == CaseStatus.UNDER_REVIEW,
                    ),
                    Case.status == CaseStatus.RECEIVED,
                ),
                sa.or_(Item.needs_inspection.is_(False), inspected),
                Item.issues_licence.is_(True),  # the clerk then issues a decision and a licence
                Case.kind == "new",
                # Neither a licence held back by a 容缺 promise nor one decided on a commitment.
                ~sa.exists().where(CasePromise.case_id == Case.id),
                Item.commitment_based.is_(False),
            )
            .order_by(
                Case.status != CaseStatus.UNDER_REVIEW,
                Item.window_authorised,
                Item.two_level_signoff.desc(),
                Case.id,
            )
        ).all()
    sessions.kw["bind"].dispose()
    assert rows, "the demo gives its handlers no case to decide"
    number, username, status, window, two_level = rows[0]
    chain = [(username, Action.CLAIM)] if status is CaseStatus.RECEIVED else []
    if window:
        return number, [*chain, (username, Action.APPROVE)]
    chain.append((username, Action.PROPOSE))
    if two_level:
        return number, [*chain, ("review1", Action.SIGN_OFF), ("head1", Action.APPROVE)]
    return number, [*chain, ("review1", Action.APPROVE)]


@pytest.mark.slow
def test_a_new_user_issues_previews_prints_and_verifies_a_licence(qtbot, tmp_path, monkeypatch):
    url = resolve_url(str(tmp_path / "demo.sqlite3"))
    answers = Answers()
    answers.handlers["ActionDialog"] = answer_action
    saved = tmp_path / "licence.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(saved), "PDF (*.pdf)")
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(saved), "PDF (*.pdf)")
    )
    try:
        # The handler, then the sign-offs, each signing in afresh (the README's demo accounts).
        main = launch(qtbot, url, "eng1", answers)
        number, chain = a_case_to_decide(url)
        for username, action in chain:
            if main.context.actor.username != username:
                main.close()
                main = launch(qtbot, url, username, answers)
            view = {
                Action.CLAIM: QueueView.POOL,
                Action.APPROVE: QueueView.MINE,
                Action.PROPOSE: QueueView.MINE,
            }.get(action, QueueView.SIGNOFF)
            if username in ("review1", "head1"):
                view = QueueView.SIGNOFF
            bench = open_case_from(qtbot, main, view, number)
            press_action(qtbot, bench, action)
            bench.close()
        assert bench.details.status is CaseStatus.APPROVED

        # The certificate clerk: 发证窗口, 制发并打印所选 (decision and licence) to a PDF file.
        main.close()
        main = launch(qtbot, url, "clerk1", answers)
        batch = tmp_path / "batch.pdf"
        answers.handlers["QPrintDialog"] = print_to(batch)
        main.ui.printQueueAction.trigger()
        window = main.print_queue
        qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=WAIT_MS)
        rows = [
            r for r in range(window.model.rowCount()) if window.model.index(r, 0).data() == number
        ]
        assert rows, f"{number} is not waiting at the 发证窗口"
        window.ui.cases.selectRow(rows[0])
        window.ui.issueAndPrint.click()
        qtbot.waitUntil(lambda: batch.exists() and not under_way(), timeout=WAIT_MS)
        assert "已制发 2 份文书" in window.ui.status.text(), window.ui.status.text()
        assert len(pypdf.PdfReader(batch).pages) >= 2

        # The workbench's 文书 tab: preview the licence, save it, print it to a PDF file.
        bench = open_case_from(qtbot, main, QueueView.CERTIFY, number)
        bench.tabs.setCurrentWidget(bench.ui.documentsTab)
        kinds = [bench.documents.rows[r][1] for r in range(len(bench.documents.rows))]
        assert label(DocumentType.LICENCE) in kinds, kinds
        bench.ui.documentsView.selectRow(kinds.index(label(DocumentType.LICENCE)))
        preview_button = next(b for b in bench.findChildren(QPushButton) if b.text() == "预览")
        preview_button.click()
        qtbot.waitUntil(lambda: bool(bench.documents_panel.previews), timeout=WAIT_MS)
        preview = bench.documents_panel.previews[-1]
        qtbot.waitUntil(preview.isVisible)
        assert preview.document.pageCount() >= 1
        toolbar = {a.text(): a for a in preview.actions()}
        toolbar["另存为"].trigger()
        assert saved.exists() and saved.read_bytes().startswith(b"%PDF")
        printed = tmp_path / "printed.pdf"
        answers.handlers["QPrintDialog"] = print_to(printed)
        toolbar["打印"].trigger()
        qtbot.waitUntil(lambda: preview.property("last_printed_pages") is not None, timeout=WAIT_MS)
        assert len(pypdf.PdfReader(printed).pages) == preview.document.pageCount()
        qtbot.keyClick(preview, Qt.Key.Key_Escape)
        assert not preview.isVisible()

        # 核验文书: the saved licence is the bureau's, unchanged (有效).
        verdicts: list[str] = []

        def verify(dialog: QDialog) -> None:
            dialog.ui.chooseFile.click()
            qtbot.waitUntil(lambda: dialog.result is not None, timeout=WAIT_MS)
            verdicts.append(dialog.ui.verdict.text() + "\n" + dialog.ui.details.text())
            dialog.reject()

        answers.handlers["VerifyDialog"] = verify
        main.ui.verifyAction.trigger()
        assert verdicts and verdicts[0].startswith("有效"), verdicts
        assert "不在本库的发文登记中" not in verdicts[0], verdicts
    finally:
        answers.timer.stop()
