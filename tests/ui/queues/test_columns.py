"""The queue's columns fit an office screen of 1366 x 768 by default."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.domain.enums import Category
from desktop.services.cases.queues import QueueView
from desktop.ui.main_window import MainWindow
from desktop.ui.queues.queue_model import COLUMN, COLUMNS

WAIT = 15000


@pytest.mark.parametrize("backend", ["sqlite"])
def test_every_column_is_visible_at_1366_by_768(qtbot, demo_context):
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.start()
    everything = window.navigation.index_of(Category.ENGINEERING, QueueView.ALL)
    window.tree.setCurrentIndex(everything)
    window._view_chosen(everything)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=WAIT)
    header = window.table.horizontalHeader()
    qtbot.waitUntil(lambda: header.length() <= window.table.viewport().width(), timeout=WAIT)
    metrics = window.table.fontMetrics()
    for column in range(len(COLUMNS)):
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert right <= window.table.viewport().width(), COLUMNS[column].key
        title = window.model.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) > metrics.horizontalAdvance(title), title
    # The project column takes the room left and elides; the handler's name is shown.
    assert header.sectionSize(COLUMN["project"]) >= metrics.horizontalAdvance("高新三路商业综合体")
    assert not window.table.horizontalScrollBar().isVisible()
    handled = [row for row in range(window.model.rowCount()) if window.model.row_at(row).handler]
    assert handled
    row = handled[0]
    assert window.model.index(row, COLUMN["handler"]).data() == window.model.row_at(row).handler
