"""The documents package keeps process-wide state while it renders (reportlab settings,
the cached signer): one document at a time per process, whichever window asks."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()


@contextmanager
def rendering() -> Iterator[None]:
    with _lock:
        yield
