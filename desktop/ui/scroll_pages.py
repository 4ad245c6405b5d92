"""Tab pages that scroll: a page taller than an office PC's 768-pixel screen would otherwise
make the whole window taller than the screen, cutting off its bottom."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QVBoxLayout, QWidget


def scroll_pages(tabs: QTabWidget) -> None:
    """Put each page's contents in a scroll area inside the page. The page (and every widget
    on it) stays the same object: only the layout moves, to the scroll area's inner widget."""
    for index in range(tabs.count()):
        page = tabs.widget(index)
        layout = page.layout()
        if layout is None:
            continue
        inner = QWidget()
        inner.setObjectName(f"{page.objectName()}Contents")
        inner.setLayout(layout)  # Qt takes the layout, and its widgets, off the page
        area = QScrollArea(page)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(inner)
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(area)
