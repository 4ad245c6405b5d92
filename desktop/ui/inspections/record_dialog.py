"""The on-site record dialog (现场踏勘记录): the finding at every check point, the
applicant's representative, the conclusion (and for 限期整改 its deadline), files and
photos shown as thumbnails, each inspector's confirmation by signing in, and the printed
record. Every write runs the services off the UI thread; a refusal is shown in words."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtGui import QIcon, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.documents.model import DocumentType
from desktop.domain.enums import FindingVerdict, InspectionConclusion
from desktop.domain.inspections.site_record import Finding
from desktop.services import timesource
from desktop.services.documents.issuing import Issued, issue_document
from desktop.services.inspections.confirmations import confirm_by_signing_in
from desktop.services.inspections.site_record import (
    RecordForm,
    SiteRecord,
    attach_file,
    file_content,
    save_record,
    site_record,
)
from desktop.ui.context import AppContext
from desktop.ui.inspections.draw_explanation import half_day_text
from desktop.ui.labels import label
from desktop.ui.messages import explain
from desktop.ui.operations import Operation
from desktop.ui.pdf_preview import PdfPreview

THUMBNAIL = QSize(96, 72)


def ask_sign_in(parent: QWidget) -> tuple[str, str] | None:
    """An inspector's user name and password, or None (tests replace this)."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(dialog.tr("踏勘人员登录确认"))
    username, password = QLineEdit(), QLineEdit()
    password.setEchoMode(QLineEdit.EchoMode.Password)
    form = QFormLayout(dialog)
    form.addRow(dialog.tr("用户名："), username)
    form.addRow(dialog.tr("密码："), password)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(dialog.tr("确认"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(dialog.tr("取消"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return username.text(), password.text()


class RecordDialog(QDialog):
    def __init__(self, context: AppContext, record: SiteRecord, parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self.record = context, record
        self.setWindowTitle(self.tr("现场踏勘记录"))
        self.resize(1000, 700)  # fits a 768-high screen
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.points = QStandardItemModel(0, 4, self)
        self.points.setHorizontalHeaderLabels(
            [self.tr("序号"), self.tr("检查要点"), self.tr("结果"), self.tr("情况说明")]
        )
        self.grid = QTableView()
        self.grid.setModel(self.points)
        self.grid.verticalHeader().hide()
        self.grid.horizontalHeader().setStretchLastSection(True)
        self.verdicts: list[QComboBox] = []
        self.representative = QLineEdit()
        self.conclusion = QComboBox()
        self.conclusion.addItem(self.tr("（请选择）"), None)
        for choice in InspectionConclusion:
            self.conclusion.addItem(label(choice), choice)
        self.conclusion.currentIndexChanged.connect(self._conclusion_changed)
        self.rectify_due = QDateEdit()
        self.rectify_due.setCalendarPopup(True)
        self.rectify_due.setDisplayFormat("yyyy-MM-dd")
        self.summary = QPlainTextEdit()
        self.summary.setMaximumHeight(60)
        self.files = QStandardItemModel(self)
        self.file_list = QListView()
        self.file_list.setModel(self.files)
        self.file_list.setViewMode(QListView.ViewMode.IconMode)
        self.file_list.setIconSize(THUMBNAIL)
        self.file_list.setMaximumHeight(130)
        self.members = QLabel()
        self.members.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("保存记录"))
        self.save_button.clicked.connect(self.save)
        self.attach_button = QPushButton(self.tr("添加照片或文件……"))
        self.attach_button.clicked.connect(self.attach)
        self.confirm_button = QPushButton(self.tr("踏勘人员登录确认……"))
        self.confirm_button.clicked.connect(self.confirm)
        self.print_button = QPushButton(self.tr("制发记录文书"))
        self.print_button.clicked.connect(self.print_record)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        self._lay_out(close)
        self.show_record(record)

    def _lay_out(self, close: QPushButton) -> None:
        form = QFormLayout()
        form.addRow(self.tr("申请人代表："), self.representative)
        conclusion_row = QHBoxLayout()
        conclusion_row.addWidget(self.conclusion)
        conclusion_row.addWidget(QLabel(self.tr("整改期限：")))
        conclusion_row.addWidget(self.rectify_due)
        conclusion_row.addStretch(1)
        form.addRow(self.tr("踏勘结论："), conclusion_row)
        form.addRow(self.tr("情况综述："), self.summary)
        files_row = QHBoxLayout()
        files_row.addWidget(QLabel(self.tr("照片和文件：")))
        files_row.addStretch(1)
        files_row.addWidget(self.attach_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.members, 1)
        for button in (self.save_button, self.confirm_button, self.print_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.grid, 1)
        layout.addLayout(form)
        layout.addLayout(files_row)
        layout.addWidget(self.file_list)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    # Showing -------------------------------------------------------------------------------

    def show_record(self, record: SiteRecord) -> None:
        self.record = record
        when = f"{record.day} {half_day_text(record.half_day)}" if record.day else ""
        again = self.tr("（复查）") if record.follows_id else ""
        self.heading.setText(
            f"{record.case_number} · {record.item_name} · {record.applicant}\n"
            f"{self.tr('踏勘地点：')}{record.address}　{self.tr('踏勘时间：')}{when}{again}"
        )
        self.points.removeRows(0, self.points.rowCount())
        self.verdicts = []
        for row, finding in enumerate(record.findings):
            point = finding.check_point + (self.tr("（重大事项）") if finding.major else "")
            cells = [QStandardItem(str(finding.seq)), QStandardItem(point)]
            cells += [QStandardItem(""), QStandardItem(finding.note)]
            for cell in cells[:3]:
                cell.setEditable(False)
            self.points.appendRow(cells)
            verdict = QComboBox()
            verdict.addItem(self.tr("（请选择）"), None)
            for choice in FindingVerdict:
                verdict.addItem(label(choice), choice)
            verdict.setCurrentIndex(max(0, verdict.findData(finding.verdict)))
            self.grid.setIndexWidget(self.points.index(row, 2), verdict)
            self.verdicts.append(verdict)
        self.grid.resizeColumnsToContents()
        self.grid.setColumnWidth(1, 420)
        self.grid.setColumnWidth(2, 110)
        self.representative.setText(record.representative)
        self.conclusion.setCurrentIndex(max(0, self.conclusion.findData(record.conclusion)))
        due = record.rectify_due or timesource.today()
        self.rectify_due.setDate(QDate(due.year, due.month, due.day))
        self.summary.setPlainText(record.summary)
        self._conclusion_changed()
        self._show_files()
        signed = [
            m.name + (self.tr("（已确认）") if m.signed_at else self.tr("（未确认）"))
            for m in record.members
        ]
        self.members.setText(self.tr("踏勘组：") + "、".join(signed))
        self.print_button.setEnabled(record.confirmed)

    def _show_files(self) -> None:
        self.files.clear()
        for line in self.record.files:
            item = QStandardItem(line.name)
            item.setEditable(False)
            item.setToolTip(f"{line.size} B · SHA-256 {line.sha256}")
            self.files.appendRow(item)
            if line.photo:
                self._load_thumbnail(item, line.id)

    def _load_thumbnail(self, item: QStandardItem, file_id: int) -> None:
        context = self.context

        def show(content: bytes) -> None:
            pixmap = QPixmap()
            if pixmap.loadFromData(content):
                scaled = pixmap.scaled(
                    THUMBNAIL,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
                item.setIcon(QIcon(scaled))

        Operation(self, lambda: context.read(file_content, file_id)).on_success(show).run()

    def _conclusion_changed(self) -> None:
        self.rectify_due.setEnabled(self.conclusion.currentData() == InspectionConclusion.RECTIFY)

    # Acting --------------------------------------------------------------------------------

    def form(self) -> RecordForm:
        findings = []
        for row, verdict in enumerate(self.verdicts):
            chosen = verdict.currentData()
            if chosen is None:
                continue  # the services name every point left unanswered
            seq = int(self.points.item(row, 0).text())
            note = self.points.item(row, 3).text()
            findings.append(Finding(seq, FindingVerdict(chosen), note))
        data = self.conclusion.currentData()  # Qt hands the enum back as its value
        conclusion = InspectionConclusion(data) if data else None
        due = None
        if conclusion is InspectionConclusion.RECTIFY:
            qdate = self.rectify_due.date()
            due = date(qdate.year(), qdate.month(), qdate.day())
        return RecordForm(
            self.representative.text(),
            tuple(findings),
            conclusion,
            self.summary.toPlainText(),
            due,
        )

    def _write(self, work, done_text: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(self.tr("正在办理……"))
        Operation(self, work).on_success(lambda record: self._done(record, done_text)).on_failure(
            self._failed
        ).run()

    def _done(self, record: SiteRecord, text: str) -> None:
        if record:  # AlreadyDone (falsy) when a lost reply was retried: nothing new to show
            self.show_record(record)
        self.message.setStyleSheet("color: #1b5e20;")
        self.message.setText(text)

    def _failed(self, error: Exception) -> None:
        self.message.setStyleSheet("color: #b00020;")
        self.message.setText(explain(error))

    def save(self) -> None:
        form, context, inspection_id = self.form(), self.context, self.record.inspection_id
        self._write(
            lambda: context.write(save_record, inspection_id, form),
            self.tr("记录已保存，请踏勘人员逐一登录确认"),
        )

    def attach(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("添加照片或文件"),
            "",
            self.tr("照片或文件 (*.jpg *.jpeg *.png *.pdf);;所有文件 (*)"),
        )
        if not path:
            return
        context, inspection_id = self.context, self.record.inspection_id

        def work() -> SiteRecord:
            content = Path(path).read_bytes()
            context.write(attach_file, inspection_id, Path(path).name, content)
            return context.read(site_record, inspection_id)

        self._write(work, self.tr("已添加附件"))

    def confirm(self) -> None:
        answers = ask_sign_in(self)
        if answers is None:
            return
        username, password = answers
        context, inspection_id = self.context, self.record.inspection_id
        self._write(
            lambda: confirm_by_signing_in(
                context.sessions, context.actor, inspection_id, username, password
            ),
            self.tr("已确认"),
        )

    def print_record(self) -> None:
        """Issue the record as its own sealed document and show it, ready to print."""
        context, case_id = self.context, self.record.case_id
        extra = {"inspection_id": self.record.inspection_id}
        self.message.setText(self.tr("正在制发……"))
        Operation(
            self,
            lambda: context.write(issue_document, case_id, DocumentType.INSPECTION_RECORD, extra),
        ).on_success(self._issued).on_failure(self._failed).run()

    def _issued(self, issued: Issued) -> None:
        if not issued:
            return  # already issued by an earlier attempt whose reply was lost
        self.message.setStyleSheet("color: #1b5e20;")
        self.message.setText(self.tr("已制发现场踏勘记录 %1").replace("%1", issued.number))
        self.preview = PdfPreview(
            f"{label(DocumentType.INSPECTION_RECORD)} {issued.number}",
            issued.pdf,
            f"{self.record.case_number}-现场踏勘记录.pdf",
        )
        self.preview.show()
