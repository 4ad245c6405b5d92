"""A list of records with actions (tickets, follow-ups, notices): a table over the export
rows, an "open only" switch, buttons, and the plumbing every such list shares."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.documents.table_export import Table
from desktop.ui.context import AppContext
from desktop.ui.messages import explain
from desktop.ui.operations import Operation
from desktop.ui.supervision.breakdown_view import table_view
from desktop.ui.table_model import Colour, TableModel

Actions = Sequence[tuple[str, Callable[[], None]]]


class RecordListView(QWidget):
    """Subclasses say how to load (`load_work`) and show (`table_of`) their records."""

    def __init__(
        self,
        context: AppContext,
        colour: Colour | None,
        with_open_only: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.model = TableModel(colour, self)
        self.table = table_view(self.model)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.buttons = QHBoxLayout()
        self.open_only: QCheckBox | None = None
        if with_open_only:
            self.open_only = QCheckBox(QCoreApplication.translate("RecordListView", "只看未办结"))
            self.open_only.setChecked(True)
            self.open_only.toggled.connect(self.reload)
            self.buttons.addWidget(self.open_only)
        self.buttons.addWidget(self.note, 1)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.buttons)

    def add_actions(self, actions: Actions) -> None:
        for text, slot in actions:
            button = QPushButton(text)
            button.clicked.connect(slot)
            self.buttons.addWidget(button)

    # What subclasses provide -------------------------------------------------------------

    def load_work(self, open_only: bool) -> Callable[[], list[Any]]:
        raise NotImplementedError

    def table_of(self, records: list[Any]) -> Table:
        raise NotImplementedError

    # Shared --------------------------------------------------------------------------------

    def reload(self) -> None:
        open_only = self.open_only.isChecked() if self.open_only is not None else False
        Operation(self, self.load_work(open_only)).on_success(self.show_records).on_failure(
            self.failed
        ).run()

    def show_records(self, records: list[Any]) -> None:
        self.model.set_table(self.table_of(records), records)

    def run(self, work: Callable[[], Any], done: str | Callable[[Any], str]) -> None:
        """Do an action in the background; say it is done and reload, or say why not."""

        def finished(result: Any) -> None:
            self.note.setText(done(result) if callable(done) else done)
            self.reload()

        Operation(self, work).on_success(finished).on_failure(self.failed).run()

    def failed(self, error: Exception) -> None:
        QMessageBox.warning(
            self, QCoreApplication.translate("RecordListView", "未能办理"), explain(error)
        )

    def chosen(self, nothing: str) -> Any | None:
        """The selected record, or None after telling the user to select one."""
        index = self.table.currentIndex()
        if not index.isValid():
            QMessageBox.information(
                self, QCoreApplication.translate("RecordListView", "提示"), nothing
            )
            return None
        return self.model.object_at(index.row())

    def export_work(self) -> Callable[[], Table]:
        table = self.model.shown_table()
        return lambda: table
