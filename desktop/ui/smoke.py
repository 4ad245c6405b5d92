"""`approval-desk --smoke`: start the full window offscreen against a temporary database,
open each main view, and exit 0, printing how long each step took. For checking a build
(the PyInstaller bundle above all): fonts, translations, forms, migrations must all load.
The temporary database is built by a child process: the start measured here does all its
own importing, mapper configuration and connecting, as a real start does.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

SMOKE_CASES = 300
WAIT_SECONDS = 30


def process_age() -> float | None:
    """Seconds since this process started (Linux), or None where that is not known."""
    try:
        ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return uptime - ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def _wait(app, done: Callable[[], bool], what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + WAIT_SECONDS
    while not done():
        if time.monotonic() > deadline:
            raise RuntimeError(f"smoke: timed out waiting for {what}")
        app.processEvents()
        time.sleep(0.005)


def build_database(path: str) -> None:
    """The temporary database with the demo bureau (run in a process of its own)."""
    from desktop.services.admin.setup import prepare_database
    from desktop.services.database import make_engine, parse_url, session_factory
    from desktop.services.demo.generate import DemoOptions, generate_demo

    engine = make_engine(parse_url(path), create=True)
    prepare_database(engine)
    generate_demo(session_factory(engine), DemoOptions(cases=SMOKE_CASES, seed=1))
    engine.dispose()


def _build_apart(path: Path) -> None:
    """Build the database in a child process, so that nothing it imports, configures or
    caches makes this process's window look quicker to start than a real start is."""
    child = multiprocessing.get_context("spawn").Process(target=build_database, args=(str(path),))
    child.start()
    child.join()
    if child.exitcode != 0:
        raise RuntimeError(f"smoke: building the temporary database failed ({child.exitcode})")


def check_libraries() -> None:
    """What the bundle must carry besides the windows (README, "Packaging"): a document made
    and sealed (ReportLab, pyHanko, cryptography) and verified, its page drawn by QtPdf and
    printed to a PDF file through QtPrintSupport, a team drawn by OR-Tools (numpy), and
    PostgreSQL's client library loaded."""
    from datetime import date

    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPageSize
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

    from desktop.documents.keys import create_qr_key, create_root_ca, create_seal_certificate
    from desktop.documents.model import DocumentType
    from desktop.documents.produce import produce_document
    from desktop.documents.samples import BUREAU, sample_documents, sample_issue
    from desktop.documents.signing import SealSigner
    from desktop.documents.verify import PdfStatus, verify_pdf
    from desktop.domain.inspections.draw_problem import Need, Person
    from desktop.domain.inspections.pool import HalfDay, Slot
    from desktop.domain.inspections.team_solver import choose_teams
    from desktop.ui.printing import print_pdfs

    began = time.perf_counter()
    root = create_root_ca(BUREAU.organ_name)
    seal = create_seal_certificate(root, BUREAU.organ_name, BUREAU.seal_text)
    kind = DocumentType.LICENCE
    issued = produce_document(
        sample_documents()[kind],
        sample_issue(kind),
        signer=SealSigner(seal, location=BUREAU.address),
        qr_key=create_qr_key(),
    )
    verdict = verify_pdf(issued.pdf, [root.certificate])
    if verdict.status is not PdfStatus.VALID:
        raise RuntimeError(f"smoke: the sealed document does not verify ({verdict.detail})")
    data = QByteArray(issued.pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    image = document.render(0, document.pagePointSize(0).toSize())
    if document.pageCount() < 1 or image.isNull():
        raise RuntimeError("smoke: QtPdf did not draw the document's page")
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printed = Path(tempfile.mkdtemp(prefix="approval-desk-smoke-")) / "printed.pdf"
    printer.setOutputFileName(str(printed))
    pages = print_pdfs(printer, [issued.pdf], lambda done, total: None)
    if pages < 1 or printed.stat().st_size == 0:
        raise RuntimeError("smoke: printing to a PDF file gave nothing")
    import psycopg

    libpq = psycopg.pq.version()  # loads libpq (the system's, in the Linux bundle)
    slot = Slot(date(2026, 12, 8), HalfDay.AM)
    people = {i: Person(i, 1 + i % 2, frozenset({"fire"}), 0, {slot.day: 2}) for i in range(1, 7)}
    need = Need(1, 2, 1, ("fire",), {slot: tuple(people)})
    weights = {(1, i): 1000 * i for i in people}
    choice = choose_teams([need], people, {1: slot}, weights, 1)
    if len(choice.teams.get(1, ())) != 2:
        raise RuntimeError(f"smoke: OR-Tools drew no team ({choice})")
    print(
        f"smoke: libraries: {kind.value} made, sealed and verified, {pages} page printed to PDF, "
        f"team {choice.teams[1]} drawn ({choice.pick_status}) "
        f"in {time.perf_counter() - began:.2f} s; libpq {libpq} ({psycopg.pq.__impl__})"
    )


def run_smoke(started: float) -> int:
    """`started`: time.perf_counter() when the program began running Python code."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.domain.enums import Category
    from desktop.services.cases.queues import QueueView
    from desktop.services.database import make_engine, parse_url, session_factory
    from desktop.services.staff import actor_for
    from desktop.ui.app import install_qt_chinese, make_application
    from desktop.ui.context import AppContext
    from desktop.ui.main_window import MainWindow
    from desktop.ui.signin_dialog import SignInDialog

    app = make_application()
    if install_qt_chinese(app) is None:
        raise RuntimeError("smoke: Qt's own Chinese texts (qtbase_zh_CN.qm) are missing")
    # What a real start costs: the program's imports and Qt (and, below, the window's first
    # rows), without the temporary database this check builds for itself.
    age_at_app = process_age()
    app_ready, cpu_at_app = time.perf_counter(), time.process_time()
    path = Path(tempfile.mkdtemp(prefix="approval-desk-smoke-")) / "smoke.sqlite3"
    _build_apart(path)
    ready, cpu_at_ready = time.perf_counter(), time.process_time()
    url = parse_url(str(path))
    engine = make_engine(url)
    sessions = session_factory(engine)
    with sessions() as session:
        context = AppContext(url, sessions, actor_for(session, "admin"))
    SignInDialog(url, sessions).show()
    window = MainWindow(context)
    window.show()
    window.start()
    _wait(app, lambda: window.model.rowCount() > 0 or not window.model.loading, "first rows")
    usable = time.perf_counter()
    # The processor time of the same steps (all threads): on a busy machine the clock above
    # also counts waiting for a processor; this does not.
    cpu = time.process_time() - (cpu_at_ready - cpu_at_app)
    before_python = (age_at_app - (app_ready - started)) if age_at_app is not None else 0.0
    startup = before_python + (app_ready - started) + (usable - ready)
    print(f"smoke: temporary database with {SMOKE_CASES} demo cases in {ready - app_ready:.2f} s")
    print(
        f"smoke: start to usable window {startup:.2f} s (interpreter and bundle loader "
        f"{before_python:.2f} s, imports and Qt {app_ready - started:.2f} s, window and first "
        f"rows {usable - ready:.2f} s; processor time {cpu:.2f} s)"
    )
    for category in Category:
        for view in window.navigation.views:
            index = window.navigation.index_of(category, view)
            window.tree.setCurrentIndex(index)
            window._view_chosen(index)
            _wait(app, lambda: not window.model.loading, f"{category.value}/{view.value}")
            print(f"smoke: {category.value}/{view.value}: {window.model.rowCount()} rows")
    window._view_chosen(window.navigation.index_of(Category.ENGINEERING, QueueView.ALL))
    _wait(app, lambda: window.model.rowCount() > 0, "rows to open")
    from desktop.ui.workbench.window import Workbench

    bench = Workbench(context, window.model.row_at(0).id)
    bench.show()
    _wait(app, lambda: bench.details is not None, "the workbench")
    print(f"smoke: workbench {bench.details.number}: {len(bench.details.history)} history lines")
    from desktop.ui.admin.window import AdminWindow

    admin = AdminWindow(context)
    admin.show()
    _wait(app, lambda: admin.items.rowCount() > 0, "the catalogue")
    print(f"smoke: administration: {admin.items.rowCount()} items")
    from desktop.ui.inspections.window import CoordinatorWindow

    with sessions() as session:
        coordinator = AppContext(url, sessions, actor_for(session, "coord1"))
    inspections = CoordinatorWindow(coordinator)
    inspections.show()
    _wait(app, lambda: inspections.week.rowCount() > 0, "the inspection calendar")
    print(f"smoke: inspections: {inspections.week.rowCount()} inspectors in the week")
    for widget in (inspections, admin, bench, window):
        widget.close()
    engine.dispose()
    check_libraries()
    print("smoke: ok")
    sys.stdout.flush()
    return 0
