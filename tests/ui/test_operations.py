"""A background failure without a handler of its own is shown and logged; a poll that opts
out with `quietly()` shows nothing."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from desktop.ui import operations
from desktop.ui.operations import Operation


def _fails() -> None:
    raise RuntimeError("磁盘已满")


def _boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]


def _finish(qtbot, *started: Operation) -> None:
    # These operations' results delivered (others, left by earlier tests, may still run).
    running = lambda: operations._the_relay().running.values()  # noqa: E731
    qtbot.waitUntil(lambda: not any(op in running() for op in started), timeout=15000)


def _run(operation: Operation) -> Operation:
    operation.run()
    return operation


def test_a_failure_without_a_handler_shows_in_the_main_windows_status_line(qtbot, caplog):
    window = QMainWindow()
    qtbot.addWidget(window)
    child = QWidget(window)
    with caplog.at_level(logging.WARNING, logger="desktop.ui.operations"):
        _finish(qtbot, _run(Operation(child, _fails)))
    assert "磁盘已满" in window.statusBar().currentMessage()
    assert any(r.exc_info and "磁盘已满" in str(r.exc_info[1]) for r in caplog.records)


def test_a_failure_without_a_handler_opens_a_message_over_a_plain_window(qtbot, caplog):
    window = QWidget()
    window.setWindowTitle("打印队列")
    qtbot.addWidget(window)
    before = set(_boxes())
    with caplog.at_level(logging.WARNING, logger="desktop.ui.operations"):
        _finish(qtbot, _run(Operation(window, _fails)))
    (box,) = [b for b in _boxes() if b not in before]
    assert "磁盘已满" in box.text()
    assert box.windowTitle() == "打印队列"
    assert box.parent() is window
    assert caplog.records
    box.close()


def test_a_failure_with_its_own_handler_is_left_to_it(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    seen: list[Exception] = []
    _finish(qtbot, _run(Operation(window, _fails).on_failure(seen.append)))
    assert [str(e) for e in seen] == ["磁盘已满"]
    assert window.statusBar().currentMessage() == ""


def test_a_poll_that_opts_out_shows_nothing(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    plain = QWidget()
    qtbot.addWidget(plain)
    before = set(_boxes())
    _finish(
        qtbot,
        _run(Operation(window, _fails).quietly()),
        _run(Operation(plain, _fails).quietly()),
    )
    assert window.statusBar().currentMessage() == ""
    assert set(_boxes()) == before
