"""Table model: cases per status (rows) in each classified queue (columns)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.domain.enums import CaseStatus, Category
from desktop.services.overview import QueueCount

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (Category.ENGINEERING, Category.SOCIAL)


class OverviewModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._counts: dict[tuple[Category, CaseStatus], int] = {}

    def set_counts(self, counts: list[QueueCount]) -> None:
        self.beginResetModel()
        self._counts = {(c.category, c.status): c.cases for c in counts}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(CaseStatus)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        status = list(CaseStatus)[index.row()]
        count = self._counts.get((COLUMNS[index.column()], status), 0)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{count:,}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section].label
        return list(CaseStatus)[section].label
