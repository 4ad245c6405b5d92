"""The workbench's on-site record (现场踏勘记录), under the inspections of the 现场踏勘 tab:
for the inspection chosen (the latest at first), its conclusion, the finding at each check
point, who of the team confirmed it and when, the files with photos as thumbnails, and the
sealed record document, opened if it was issued. Read only: the coordinator writes it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, QSize, Qt
from PySide6.QtGui import QIcon, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from desktop.domain.timezone import CHINA
from desktop.services.inspections.record_view import RecordView, record_view
from desktop.ui.labels import label
from desktop.ui.messages import explain
from desktop.ui.operations import Operation
from desktop.ui.plain_table import PlainTableModel

if TYPE_CHECKING:
    from desktop.services.cases.details import CaseDetails
    from desktop.ui.pdf_preview import PdfPreview
    from desktop.ui.workbench.window import Workbench

THUMBNAIL = QSize(96, 72)


class SiteRecordPanel(QObject):
    def __init__(self, bench: Workbench) -> None:
        super().__init__(bench)
        self.bench = bench
        self.view: RecordView | None = None
        self.shown_id: int | None = None
        self.previews: list[PdfPreview] = []
        self.box = QGroupBox(self.tr("现场踏勘记录"))
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.findings = PlainTableModel(
            (self.tr("序号"), self.tr("检查要点"), self.tr("结果"), self.tr("情况说明")), self
        )
        self.findings_view = QTableView()
        self.members = PlainTableModel(
            (self.tr("踏勘人员"), self.tr("单位"), self.tr("登录确认时间")), self
        )
        self.members_view = QTableView()
        for view, model in (
            (self.findings_view, self.findings),
            (self.members_view, self.members),
        ):
            view.setModel(model)
            view.verticalHeader().hide()
            view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.horizontalHeader().setStretchLastSection(True)
        self.files = QStandardItemModel(self)
        self.file_list = QListView()
        self.file_list.setModel(self.files)
        self.file_list.setViewMode(QListView.ViewMode.IconMode)
        self.file_list.setIconSize(THUMBNAIL)
        self.file_list.setGridSize(QSize(220, 100))
        self.file_list.setWordWrap(True)
        self.file_list.setMaximumHeight(124)
        self.file_list.setWrapping(False)
        self.document_button = QPushButton(self.tr("查看盖章的踏勘记录"))
        self.document_button.clicked.connect(self.open_document)
        self.document_note = QLabel()
        tables = QHBoxLayout()
        tables.addWidget(self.findings_view, 3)
        tables.addWidget(self.members_view, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.document_button)
        bottom.addWidget(self.document_note, 1)
        layout = QVBoxLayout(self.box)
        layout.addWidget(self.heading)
        layout.addLayout(tables, 1)
        layout.addWidget(self.file_list)
        layout.addLayout(bottom)
        bench.ui.inspectionsLayout.addWidget(self.box, 2)
        bench.ui.inspectionsLayout.setStretch(0, 1)
        bench.ui.inspectionsView.clicked.connect(self._chosen)
        self._clear(self.tr("尚未安排现场踏勘，没有踏勘记录"))

    # Which inspection -------------------------------------------------------------------

    def case_shown(self, details: CaseDetails) -> None:
        """Show the chosen inspection's record again, else the latest inspection's."""
        ids = [i.id for i in details.inspections]
        if not ids:
            self.shown_id = None
            self._clear(self.tr("尚未安排现场踏勘，没有踏勘记录"))
            return
        chosen = self.shown_id if self.shown_id in ids else ids[-1]
        self.bench.ui.inspectionsView.selectRow(ids.index(chosen))
        self.show_inspection(chosen)

    def _chosen(self, index: QModelIndex) -> None:
        details = self.bench.details
        if details is not None and index.isValid():
            self.show_inspection(details.inspections[index.row()].id)

    def show_inspection(self, inspection_id: int) -> None:
        self.shown_id = inspection_id
        context = self.bench.context
        Operation(self, lambda: context.read(record_view, inspection_id)).on_success(
            self._show
        ).on_failure(lambda error: self._clear(explain(error))).run()

    # Showing ----------------------------------------------------------------------------

    def _clear(self, text: str) -> None:
        self.view = None
        self.heading.setText(text)
        self.findings.set_rows([])
        self.members.set_rows([])
        self.files.clear()
        self.document_button.setEnabled(False)
        self.document_note.setText("")

    def _show(self, view: RecordView) -> None:
        if view.record.inspection_id != self.shown_id:
            return  # another inspection was chosen meanwhile
        self.view = view
        record = view.record
        if record.conclusion is None:
            state = self.tr("尚未填写")
        elif record.confirmed:
            state = self.tr("已由踏勘组全体确认")
        else:
            state = self.tr("待踏勘人员确认")
        lines = [
            self.tr("结论：%1（%2）  申请人代表：%3")
            .replace("%1", label(record.conclusion) if record.conclusion else self.tr("未填写"))
            .replace("%2", state)
            .replace("%3", record.representative or self.tr("未填写"))
        ]
        if record.rectify_due is not None:
            lines.append(self.tr("整改期限：%1").replace("%1", record.rectify_due.isoformat()))
        if record.follows_id is not None:
            lines.append(self.tr("本次为复查踏勘"))
        if record.summary:
            lines.append(self.tr("踏勘情况：%1").replace("%1", record.summary))
        self.heading.setText("\n".join(lines))
        self.findings.set_rows(
            [
                (
                    f.seq,
                    f.check_point + (self.tr("（重大事项）") if f.major else ""),
                    label(f.verdict) if f.verdict else "",
                    f.note,
                )
                for f in record.findings
            ]
        )
        self.members.set_rows(
            [
                (
                    m.name,
                    m.department,
                    m.signed_at.astimezone(CHINA).strftime("%Y-%m-%d %H:%M")
                    if m.signed_at
                    else self.tr("未确认"),
                )
                for m in record.members
            ]
        )
        self._show_files(view)
        self.document_button.setEnabled(view.document is not None)
        if view.document is not None:
            self.document_note.setText(self.tr("文号：%1").replace("%1", view.document))
        elif record.confirmed:
            self.document_note.setText(self.tr("踏勘记录尚未制发为盖章文书"))
        else:
            self.document_note.setText(self.tr("全体踏勘人员确认后才能制发盖章的踏勘记录"))

    def _show_files(self, view: RecordView) -> None:
        self.files.clear()
        photos = dict(view.photos)
        for line in view.record.files:
            size = self.tr("%1 KB").replace("%1", f"{line.size / 1024:.1f}")
            item = QStandardItem(f"{line.name}（{size}）")
            item.setEditable(False)
            item.setToolTip(f"{line.name}\nSHA-256 {line.sha256}")
            pixmap = QPixmap()
            if line.id in photos and pixmap.loadFromData(photos[line.id]):
                item.setIcon(QIcon(pixmap.scaled(THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio)))
            self.files.appendRow(item)
        if not view.record.files:
            item = QStandardItem(self.tr("无照片或附件"))
            item.setEditable(False)
            self.files.appendRow(item)

    # The sealed document ----------------------------------------------------------------

    def open_document(self) -> None:
        if self.view is None or self.view.document is None:
            return
        number, context = self.view.document, self.bench.context

        def pdf() -> bytes:
            from desktop.services.documents.issuing import document_pdf

            return context.read(document_pdf, number)

        Operation(self, pdf).on_success(lambda data: self._preview(number, data)).on_failure(
            lambda error: QMessageBox.warning(self.bench, self.tr("踏勘记录"), explain(error))
        ).run()

    def _preview(self, number: str, data: bytes) -> None:
        from desktop.ui.pdf_preview import PdfPreview

        preview = PdfPreview(number, data, f"{number}.pdf")
        self.previews = [p for p in self.previews if p.isVisible()] + [preview]
        preview.show()
