"""The navigation: both classified queues with their views and live counts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from desktop.domain.enums import Category
from desktop.services.cases.queues import QueueView
from desktop.ui.labels import label

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
# Views whose count is a warning: red for the overdue, dark yellow for the soon due.
ALARM_COLOURS = {
    QueueView.OVERDUE: "#b00020",
    QueueView.DUE_SOON: "#8a6d00",
    QueueView.STEP_OVERDUE: "#b00020",
    QueueView.STEP_DUE_SOON: "#8a6d00",
}


class NavigationModel(QStandardItemModel):
    """Two roots (the queues), a child per view the person works from (`views_for`); the
    child's data is (category, view)."""

    def __init__(self, views: tuple[QueueView, ...] = tuple(QueueView)) -> None:
        super().__init__()
        self.views = views
        self.setHorizontalHeaderLabels([QCoreApplication.translate("Navigation", "办件队列")])
        self._items: dict[tuple[Category, QueueView], QStandardItem] = {}
        self._saved_root: QStandardItem | None = None
        for category in Category:
            root = QStandardItem(label(category))
            root.setEditable(False)
            root.setSelectable(False)
            for view in views:
                child = QStandardItem(label(view))
                child.setEditable(False)
                child.setData((category, view), KEY_ROLE)
                root.appendRow(child)
                self._items[(category, view)] = child
            self.appendRow(root)

    def set_saved(self, names: list[str]) -> None:
        """The user's saved filters, under their own heading (data: ("saved", name))."""
        if self._saved_root is None:
            self._saved_root = QStandardItem(QCoreApplication.translate("Navigation", "我的筛选"))
            self._saved_root.setEditable(False)
            self._saved_root.setSelectable(False)
            self.appendRow(self._saved_root)
        self._saved_root.removeRows(0, self._saved_root.rowCount())
        for name in names:
            child = QStandardItem(name)
            child.setEditable(False)
            child.setData(("saved", name), KEY_ROLE)
            self._saved_root.appendRow(child)

    def saved_index(self, name: str):  # type: ignore[no-untyped-def]
        assert self._saved_root is not None
        for row in range(self._saved_root.rowCount()):
            child = self._saved_root.child(row)
            if child.text() == name:
                return child.index()
        raise KeyError(name)

    def index_of(self, category: Category, view: QueueView):  # type: ignore[no-untyped-def]
        return self._items[(category, view)].index()

    def set_counts(self, category: Category, counts: dict[QueueView, int]) -> None:
        for view, count in counts.items():
            item = self._items.get((category, view))
            if item is None:
                continue
            text = (
                QCoreApplication.translate("Navigation", "%1（%2）")
                .replace("%1", label(view))
                .replace("%2", f"{count:,}")
            )
            if item.text() != text:
                item.setText(text)
            alarming = view in ALARM_COLOURS and count > 0
            colour = ALARM_COLOURS.get(view, "")
            item.setForeground(Qt.GlobalColor.black if not alarming else _brush(colour))


def _brush(colour: str):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QBrush, QColor

    return QBrush(QColor(colour))
