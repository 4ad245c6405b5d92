"""Background work: run a function off the UI thread and deliver its result on the UI thread.

Modelled on Anki's QueryOp: `Operation(parent, work).on_success(...).on_failure(...).run()`.
`work` gets nothing from Qt and returns plain data; callbacks run on the UI thread, and
are skipped when `parent` (the widget or model that asked) no longer exists.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal

log = logging.getLogger("desktop.ui.operations")

# Plain Python worker threads; one long-lived relay object carries results back. (Creating
# a QObject per operation and deleting it across threads trips PySide's ownership rules.)
_workers = ThreadPoolExecutor(max_workers=4, thread_name_prefix="operation")
Callback = Callable[[Any], None]


class _Relay(QObject):
    """Lives on the UI thread; a queued signal brings (parent, callback, value) over."""

    deliver = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.deliver.connect(self._call)

    def _call(self, item: tuple[QObject, Callback, Any]) -> None:
        parent, callback, value = item
        if shiboken6.isValid(parent):
            callback(value)


_relay: _Relay | None = None


def _the_relay() -> _Relay:
    global _relay
    if _relay is None:  # first use happens on the UI thread, where the relay must live
        _relay = _Relay()
    return _relay


def _run(
    work: Callable[..., Any],
    relay: _Relay,
    parent: QObject,
    success: Callback,
    failure: Callback | None,
    progress: Callback | None,
) -> None:
    try:
        if progress is None:
            result = work()
        else:  # the work reports (done, total) as it goes; the UI thread hears each report
            result = work(lambda done, total: relay.deliver.emit((parent, progress, (done, total))))
    except Exception as error:  # handed to the UI thread, which decides what to show
        log.debug("background operation failed", exc_info=True)
        if failure is not None:
            relay.deliver.emit((parent, failure, error))
    else:
        relay.deliver.emit((parent, success, result))


class Operation:
    """One piece of background work with its UI-thread callbacks."""

    def __init__(self, parent: QObject, work: Callable[..., Any]) -> None:
        self._parent = parent
        self._work = work
        self._relay = _the_relay()
        self._on_success: Callback = lambda _result: None
        self._on_failure: Callback | None = None
        self._on_progress: Callback | None = None

    def on_success(self, callback: Callback) -> Operation:
        self._on_success = callback
        return self

    def on_failure(self, callback: Callable[[Exception], None]) -> Operation:
        self._on_failure = callback
        return self

    def with_progress(self, callback: Callable[[tuple[int, int]], None]) -> Operation:
        """The work is then called with `report(done, total)`; `callback` gets each report."""
        self._on_progress = callback
        return self

    def run(self) -> None:
        _workers.submit(
            _run,
            self._work,
            self._relay,
            self._parent,
            self._on_success,
            self._on_failure,
            self._on_progress,
        )


def run_with_status(
    parent: QObject,
    status: Any,
    what: str,
    work: Callable[[], Any],
    done: Callable[[Any], None],
    failed: Callable[[Exception], None],
) -> None:
    """Background work that says `what` in a status label (a QLabel) until it ends."""
    status.setText(what)
    Operation(parent, work).on_success(lambda result: (status.clear(), done(result))).on_failure(
        lambda error: (status.clear(), failed(error))
    ).run()
