"""Background work: run a function off the UI thread and deliver its result by signal.

Modelled on Anki's QueryOp: `Operation(parent, work).on_success(...).on_failure(...).run()`.
`work` gets nothing from Qt and returns plain data; callbacks run on the UI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger("desktop.ui.operations")

# Plain Python worker threads: no Qt object crosses threads except the signal emission
# (PySide's QRunnable subclasses have lifetime pitfalls across the C++/Python boundary).
_workers = ThreadPoolExecutor(max_workers=4, thread_name_prefix="operation")


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


def _run(work: Callable[[], Any], signals: _Signals) -> None:
    try:
        result = work()
    except Exception as error:  # handed to the UI thread, which decides what to show
        log.debug("background operation failed", exc_info=True)
        signals.failed.emit(error)
    else:
        signals.succeeded.emit(result)


def wait_for_background_work() -> None:
    """Block until every queued operation has finished (tests, screenshots, shutdown)."""
    global _workers
    _workers.shutdown(wait=True)
    _workers = ThreadPoolExecutor(max_workers=4, thread_name_prefix="operation")


class Operation:
    """One piece of background work with its UI-thread callbacks."""

    def __init__(self, parent: QObject, work: Callable[[], Any]) -> None:
        self._work = work
        # Parented to the caller: the signals live on the UI thread and die with the caller.
        self._signals = _Signals(parent)
        self._on_success: Callable[[Any], None] = lambda _result: None
        self._on_failure: Callable[[Exception], None] | None = None

    def on_success(self, callback: Callable[[Any], None]) -> Operation:
        self._on_success = callback
        return self

    def on_failure(self, callback: Callable[[Exception], None]) -> Operation:
        self._on_failure = callback
        return self

    def run(self) -> None:
        self._signals.succeeded.connect(self._on_success)
        if self._on_failure is not None:
            self._signals.failed.connect(self._on_failure)
        _workers.submit(_run, self._work, self._signals)
