"""Logging to a rotating file in the user's log directory, for the window and the CLI."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs

LOG_FILE_NAME = "approval-desk.log"
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"


def log_path() -> Path:
    return Path(platformdirs.user_log_dir("ApprovalDesk", appauthor=False)) / LOG_FILE_NAME


def setup_logging(level: int = logging.INFO) -> Path:
    """Send the program's log records to a file that never grows past ~10 MB in all."""
    path = log_path()
    root = logging.getLogger()
    if any(getattr(h, "approval_desk", False) for h in root.handlers):
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:  # a read-only profile must not stop the program: log to stderr instead
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.approval_desk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level))
    return path
