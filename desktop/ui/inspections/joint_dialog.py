"""联合踏勘: the coordinator ticks which pending inspections of the lead case's project and
stage join its visit (services/inspections/joint.py)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListView, QVBoxLayout, QWidget

from desktop.services.inspections.joint import JoinableLine

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class JointDialog(QDialog):
    def __init__(self, parent: QWidget | None, lead: str, lines: Sequence[JoinableLine]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("联合踏勘"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "%1 的现场踏勘一并服务下列同一项目、同一阶段的办件（一次踏勘，结论共用）："
            ).replace("%1", lead)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = QStandardItemModel(self)
        for line in lines:
            handler = line.handler or self.tr("（未认领）")
            item = QStandardItem(f"{line.case_number} · {line.item} · {handler}")
            item.setCheckable(True)
            item.setCheckState(Qt.CheckState.Checked)
            item.setEditable(False)
            item.setData(line.inspection_id, ID_ROLE)
            self.model.appendRow(item)
        self.list = QListView(self)
        self.list.setModel(self.model)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("并入联合踏勘"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 320)

    def chosen(self) -> list[int]:
        """The ticked inspections' ids, in the list's order."""
        return [
            self.model.item(row).data(ID_ROLE)
            for row in range(self.model.rowCount())
            if self.model.item(row).checkState() == Qt.CheckState.Checked
        ]


def ask_joint(dialog: JointDialog) -> list[int] | None:
    """The ticked inspections, or None when cancelled (tests replace this)."""
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
