"""Background work: run a function off the UI thread and deliver its result on the UI thread.

Modelled on Anki's QueryOp: `Operation(parent, work).on_success(...).on_failure(...).run()`.
`work` gets nothing from Qt and returns plain data; callbacks run on the UI thread, and
are skipped when `parent` (the widget or model that asked) no longer exists. A failure is
never dropped unseen: without `on_failure` it is shown (`show_failure`); a poll that tries
again on its own says so with `quietly()`.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from desktop.ui.messages import explain

log = logging.getLogger("desktop.ui.operations")

# Plain Python worker threads; one long-lived relay object carries results back. (Creating
# a QObject per operation and deleting it across threads trips PySide's ownership rules.)
# A worker holds no reference to anything of the caller's once it is done: if it dropped
# the last one, a widget could be destroyed on the worker thread, which crashes Qt.
_workers = ThreadPoolExecutor(max_workers=4, thread_name_prefix="operation")
_keys = itertools.count(1)
Callback = Callable[[Any], None]


class _Relay(QObject):
    """Lives on the UI thread and keeps the operations under way; a queued signal says
    which one finished, and its callback runs here."""

    finished = Signal(int)
    progressed = Signal(int, object)  # key, what the work reported: (done, total, ...)

    def __init__(self) -> None:
        super().__init__()
        self.running: dict[int, Operation] = {}
        self.finished.connect(self._call)
        self.progressed.connect(self._report)

    def _report(self, key: int, values: tuple[Any, ...]) -> None:
        operation = self.running.get(key)
        callback = operation._on_progress if operation is not None else None
        if callback is not None and shiboken6.isValid(operation._parent):
            callback(values)

    def _call(self, key: int) -> None:
        operation = self.running.pop(key)
        succeeded, value = operation.outcome
        if not shiboken6.isValid(operation._parent):
            return  # whoever asked is gone, and nobody is left to tell
        if succeeded:
            operation._on_success(value)
        elif operation._on_failure is not None:
            operation._on_failure(value)
        else:
            show_failure(operation._parent, value)


_relay: _Relay | None = None


def _the_relay() -> _Relay:
    global _relay
    if _relay is None:  # first use happens on the UI thread, where the relay must live
        _relay = _Relay()
    return _relay


def under_way() -> int:
    """How many operations have not yet delivered their result (checks wait for none)."""
    return len(_relay.running) if _relay is not None else 0


def _run(key: int, relay: _Relay) -> None:
    operation = relay.running[key]
    try:
        if operation._on_progress is None:
            operation.outcome = (True, operation._work())
        else:  # the work reports (done, total) as it goes; the UI thread hears each report
            report = lambda *values: relay.progressed.emit(key, values)  # noqa: E731
            operation.outcome = (True, operation._work(report))
    except Exception as error:  # handed to the UI thread, which decides what to show
        log.debug("background operation failed", exc_info=True)
        operation.outcome = (False, error)
    del operation  # before telling the UI thread, which then drops the last reference
    relay.finished.emit(key)


class Operation:
    """One piece of background work with its UI-thread callbacks."""

    def __init__(self, parent: QObject, work: Callable[..., Any]) -> None:
        self._parent = parent
        self._work = work
        self._relay = _the_relay()
        self._on_success: Callback = lambda _result: None
        self._on_failure: Callback | None = None
        self._on_progress: Callback | None = None
        self.outcome: tuple[bool, Any] = (False, None)

    def on_success(self, callback: Callback) -> Operation:
        self._on_success = callback
        return self

    def on_failure(self, callback: Callable[[Exception], None]) -> Operation:
        self._on_failure = callback
        return self

    def quietly(self) -> Operation:
        """For a poll that asks again on its own: a failure is logged, not shown (a lost
        connection has its own banner)."""
        self._on_failure = _ignore
        return self

    def with_progress(self, callback: Callable[[tuple[Any, ...]], None]) -> Operation:
        """The work is then called with `report(done, total)`; `callback` gets each report
        as a tuple (a work may add more, e.g. the batch its retry: `(done, total, attempt)`)."""
        self._on_progress = callback
        return self

    def run(self) -> None:
        key = next(_keys)
        self._relay.running[key] = self
        _workers.submit(_run, key, self._relay)


def _ignore(_error: Exception) -> None:
    """The failure handler of `quietly()`: `_run` has already logged the error."""


def show_failure(parent: QObject, error: Exception) -> None:
    """What a failure with no handler of its own does: it is logged, and shown in the status
    line of the main window that asked, or else in a message box over the asking window."""
    log.warning("background operation failed without a handler", exc_info=error)
    text = explain(error)
    owner: QObject | None = parent
    while owner is not None and not isinstance(owner, QWidget):
        owner = owner.parent()  # a model: the view's window is the one to tell
    window = owner.window() if isinstance(owner, QWidget) else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text)
        return
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        window.windowTitle() if window is not None else "",
        text,
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()  # not exec(): the UI goes on while the message waits to be read


def run_with_status(
    parent: QObject,
    status: Any,
    what: str,
    work: Callable[[], Any],
    done: Callable[[Any], None],
    failed: Callable[[Exception], None],
) -> None:
    """Background work that says `what` in a status label (a QLabel) until it ends; what
    was said there since (the outcome of an action, say) stays."""

    def clear() -> None:
        if status.text() == what:
            status.clear()

    status.setText(what)
    Operation(parent, work).on_success(lambda result: (clear(), done(result))).on_failure(
        lambda error: (clear(), failed(error))
    ).run()
