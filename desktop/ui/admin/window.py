"""System administration: the item catalogue, the holiday calendar, the bureau profile,
the supervision limits and front-desk file imports. Everything runs off the UI thread;
errors say what to do."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desktop.documents.model import DocumentType
from desktop.domain.calendar_text import format_days
from desktop.domain.phrases import Phrase
from desktop.services.admin.calendar import (
    calendar_overview,
    calendar_warning,
    save_bureau_profile,
    set_year,
)
from desktop.services.admin.catalogue import item_form, list_items, set_item_active
from desktop.services.admin.catalogue_io import export_catalogue, import_catalogue
from desktop.services.admin.frontdesk_import import import_frontdesk_file
from desktop.services.bureau import (
    EDITABLE,
    FIELD_NAMES,
    PATTERN_LIMIT,
    BureauProfile,
    load_profile,
    standard_pattern,
)
from desktop.services.documents.guides import make_guides, make_poster
from desktop.services.documents.signing_keys import import_seal, init_trial_keys
from desktop.services.input_files import read_input
from desktop.ui.admin.holiday_editor import HolidayYearDialog
from desktop.ui.admin.item_editor import ItemEditor
from desktop.ui.admin.scoring_page import ScoringPage
from desktop.ui.admin.stage_limits import StageLimits
from desktop.ui.admin.supervision_limits import SupervisionLimits
from desktop.ui.composed import say
from desktop.ui.context import AppContext
from desktop.ui.forms_generated.ui_admin_window import Ui_AdminWindow
from desktop.ui.labels import label
from desktop.ui.messages import explain
from desktop.ui.operations import Operation, run_with_status
from desktop.ui.plain_table import ROW_ROLE, PlainTableModel
from desktop.ui.scroll_pages import scroll_pages

SEARCH_DELAY_MS = 300
# The profile's field names (services.bureau.FIELD_NAMES), for lupdate to find.
PROFILE_FIELDS = (
    QT_TRANSLATE_NOOP("AdminWindow", "机关名称"),
    QT_TRANSLATE_NOOP("AdminWindow", "印章文字"),
    QT_TRANSLATE_NOOP("AdminWindow", "文号机关代字"),
    QT_TRANSLATE_NOOP("AdminWindow", "复议机关"),
    QT_TRANSLATE_NOOP("AdminWindow", "管辖法院"),
    QT_TRANSLATE_NOOP("AdminWindow", "咨询电话"),
    QT_TRANSLATE_NOOP("AdminWindow", "办公地址"),
    QT_TRANSLATE_NOOP("AdminWindow", "二维码网址格式"),
    QT_TRANSLATE_NOOP("AdminWindow", "核验网址"),
)


class AdminWindow(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.ui = ui = Ui_AdminWindow()
        ui.setupUi(self)
        scroll_pages(ui.tabs)
        self.items = PlainTableModel(
            (
                self.tr("事项编码"),
                self.tr("事项名称"),
                self.tr("类别"),
                self.tr("主管部门"),
                self.tr("法定时限"),
                self.tr("承诺时限"),
                self.tr("需踏勘"),
                self.tr("状态"),
            ),
            self,
        )
        ui.items.setModel(self.items)
        ui.items.doubleClicked.connect(lambda _: self.edit_item())
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.load_items)
        ui.itemSearch.textChanged.connect(lambda _: self.search_timer.start())
        ui.addItem.clicked.connect(lambda: self.edit_item(new=True))
        ui.editItem.clicked.connect(lambda: self.edit_item())
        ui.toggleItem.clicked.connect(self.toggle_item)
        ui.importCatalogue.clicked.connect(lambda: self.import_catalogue())
        ui.exportCatalogue.clicked.connect(self.export_catalogue)
        ui.makeGuides.clicked.connect(lambda: self.make_guides())
        ui.makePoster.clicked.connect(lambda: self.make_poster())
        ui.years.currentTextChanged.connect(self._show_year)
        ui.editYear.clicked.connect(self.edit_year)
        ui.saveProfile.clicked.connect(self.save_profile)
        ui.importSeal.clicked.connect(lambda: self.import_seal())
        self.make_keys = QPushButton(self.tr("生成试用签章密钥"))
        self.make_keys.setToolTip(
            self.tr("尚无签章密钥时生成试用密钥（与 approval-desk keys init 相同），即可制发文书")
        )
        self.make_keys.clicked.connect(lambda: self.make_trial_keys())
        ui.profileButtons.insertWidget(ui.profileButtons.indexOf(ui.importSeal), self.make_keys)
        ui.importFrontdesk.clicked.connect(lambda: self.import_frontdesk())
        self.profile_fields: dict[str, QLineEdit] = {}
        for key in EDITABLE:
            field = QLineEdit()
            field.setMaxLength(EDITABLE[key])
            self.profile_fields[key] = field
            ui.profileForm.addRow(self.tr(FIELD_NAMES[key]) + "：", field)
        self.yellow_share = QDoubleSpinBox(minimum=0.5, maximum=0.99, singleStep=0.05)
        ui.profileForm.addRow(self.tr("黄牌预警比例（用去时限的比例）："), self.yellow_share)
        self.profile_fields["verify_url"].setPlaceholderText(
            self.tr("文书二维码指向的核验网页，如 https://zwfw.example.gov.cn/yz/")
        )
        self.void_list_days = QSpinBox(minimum=1, maximum=365)
        self.void_list_days.setSuffix(self.tr(" 天"))
        ui.profileForm.addRow(
            self.tr("作废名单超过此天数未更新时，核验网页提示："), self.void_list_days
        )
        # One pattern per numbered type; empty keeps the standard one, shown as placeholder.
        patterns = QGroupBox(
            self.tr("文号格式（可用 {prefix}、{year}、{serial:04d}；留空用标准格式）")
        )
        patterns_form = QFormLayout(patterns)
        self.number_patterns: dict[DocumentType, QLineEdit] = {}
        for kind in DocumentType:
            field = QLineEdit(placeholderText=standard_pattern(kind))
            field.setMaxLength(PATTERN_LIMIT)
            self.number_patterns[kind] = field
            patterns_form.addRow(label(kind) + "：", field)
        ui.profileLayout.insertWidget(1, patterns)
        self.limits = SupervisionLimits(self)
        self.stage_limits = StageLimits(self)
        self.scoring = ScoringPage(self)
        ui.tabs.insertTab(ui.tabs.indexOf(ui.limitsTab) + 1, self.scoring, self.tr("绩效考核"))
        self.calendar: dict[int, Any] = {}
        self.holiday_dialog: HolidayYearDialog | None = None
        self.holiday_draft: tuple[int, str] | None = None  # kept until it is saved
        self.load_all()

    # Loading ----------------------------------------------------------------------------

    def _run(self, work, done, what: str) -> None:  # type: ignore[no-untyped-def]
        run_with_status(self, self.ui.status, what, work, done, self._failed)

    def _failed(self, error: Exception) -> None:
        self.ui.status.clear()
        self.ui.progress.setVisible(False)
        QMessageBox.warning(self, self.windowTitle(), explain(error))

    def load_all(self) -> None:
        context = self.context
        self.load_items()
        self._run(
            lambda: context.read(calendar_overview), self._show_calendar, self.tr("正在读取……")
        )
        self._run(
            lambda: context.read(lambda s, a: load_profile(s)),
            self._show_profile,
            self.tr("正在读取……"),
        )
        self._run(lambda: context.read(calendar_warning), self._show_banner, self.tr("正在读取……"))
        self.limits.load()
        self.stage_limits.load()
        self.scoring.load()

    def load_items(self) -> None:
        context, search = self.context, self.ui.itemSearch.text()
        self._run(
            lambda: context.read(list_items, search), self._show_items, self.tr("正在读取事项……")
        )

    def _show_items(self, lines) -> None:  # type: ignore[no-untyped-def]
        yes = {True: self.tr("是"), False: ""}
        self.items.set_rows(
            [
                (
                    line.code,
                    line.name,
                    label(line.category),
                    line.department,
                    line.statutory_limit_days,
                    line.promised_limit_days,
                    yes[line.needs_inspection],
                    self.tr("在用") if line.active else self.tr("已停用"),
                )
                for line in lines
            ],
            list(lines),
        )
        self.ui.items.resizeColumnsToContents()

    def _show_banner(self, notice: Phrase | None) -> None:
        self.ui.banner.setText(say(notice) if notice is not None else "")
        self.ui.banner.setVisible(notice is not None)

    # Catalogue ----------------------------------------------------------------------------

    def _selected_item(self):  # type: ignore[no-untyped-def]
        index = self.ui.items.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def edit_item(self, new: bool = False) -> None:
        line = None if new else self._selected_item()
        if not new and line is None:
            return
        context, code = self.context, None if line is None else line.code
        self._run(lambda: context.read(item_form, code), self._open_editor, self.tr("正在读取……"))

    def _open_editor(self, form) -> None:  # type: ignore[no-untyped-def]
        editor = ItemEditor(self.context, form, self)
        if editor.exec():
            self.load_items()

    def toggle_item(self) -> None:
        line = self._selected_item()
        if line is None:
            return
        context = self.context
        self._run(
            lambda: context.write(set_item_active, line.code, not line.active),
            lambda _: self.load_items(),
            self.tr("正在保存……"),
        )

    def export_catalogue(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出事项目录"), "事项目录.xlsx", self.tr("Excel 文件 (*.xlsx)")
        )
        if not path:
            return
        context = self.context
        self._run(
            lambda: Path(path).write_bytes(context.read(export_catalogue)),
            lambda _: self.ui.status.setText(self.tr("已导出到 %1").replace("%1", path)),
            self.tr("正在导出……"),
        )

    def import_catalogue(self, path: str | None = None, only_good_rows: bool = False) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("导入事项目录"), "", self.tr("Excel 文件 (*.xlsx)")
            )
        if not path:
            return
        context, good_only = self.context, only_good_rows
        self._run(  # the file is read in the background too: a failure is a message
            lambda: context.write(import_catalogue, read_input(path), only_good_rows=good_only),
            lambda report: self._catalogue_imported(path, report),
            self.tr("正在校验并导入……"),
        )

    def _catalogue_imported(self, path: str, report) -> None:  # type: ignore[no-untyped-def]
        problems = "\n".join(str(p) for p in report.problems[:30])
        if len(report.problems) > 30:
            problems += "\n" + self.tr("……共 %1 行有误").replace("%1", str(len(report.problems)))
        if report.written:
            text = self.tr("新增 %1 项，更新 %2 项。").replace("%1", str(len(report.added)))
            text = text.replace("%2", str(len(report.updated)))
            QMessageBox.information(
                self, self.tr("导入完成"), text + ("\n\n" + problems if problems else "")
            )
            self.load_items()
            return
        choice = QMessageBox.question(
            self,
            self.tr("文件中有错误行"),
            self.tr("以下各行有误，尚未导入任何内容：")
            + "\n\n"
            + problems
            + "\n\n"
            + self.tr("是否只导入无误的行？（选“否”则不导入，请修改文件后重新导入）"),
        )
        if choice == QMessageBox.StandardButton.Yes:
            self.import_catalogue(path, only_good_rows=True)

    def selected_items(self) -> list[Any]:
        """The catalogue lines selected in the table, top to bottom."""
        rows = sorted({index.row() for index in self.ui.items.selectionModel().selectedRows()})
        return [self.items.index(row, 0).data(ROW_ROLE) for row in rows]

    def make_guides(self, path: str | None = None) -> None:
        """The one-time notification guides of the selected items, one PDF, with progress;
        every active item's when none is selected (and the window says so)."""
        chosen = self.selected_items()
        codes = [line.code for line in chosen if line.active]
        if chosen and not codes:
            self.ui.status.setText(
                self.tr(
                    "所选事项均已停用，停用的事项不生成告知单：请选择在用事项，或不选以生成全部"
                )
            )
            return
        if codes:
            caption = self.tr("生成告知单（所选 %1 项）").replace("%1", str(len(codes)))
            name = f"一次性告知单-{codes[0]}.pdf" if len(codes) == 1 else "一次性告知单.pdf"
        else:
            caption = self.tr("生成告知单（未选择事项：全部在用事项）")
            name = "一次性告知单.pdf"
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, caption, name, "PDF (*.pdf)")
        if not path:
            return
        context, ui = self.context, self.ui
        ui.progress.setValue(0)
        ui.progress.setVisible(True)
        if codes:
            ui.status.setText(
                self.tr("正在生成所选 %1 项事项的告知单……").replace("%1", str(len(codes)))
            )
        else:
            ui.status.setText(self.tr("未选择事项，正在生成全部在用事项的告知单……"))
        wanted = codes or None

        def work(report):  # type: ignore[no-untyped-def]
            Path(path).write_bytes(context.read(make_guides, wanted, report))
            return path

        def progress(report: tuple[int, int]) -> None:
            ui.progress.setMaximum(report[1])
            ui.progress.setValue(report[0])

        def saved(path: str) -> None:
            ui.progress.setVisible(False)
            if codes:
                text = self.tr("已保存所选 %2 项事项的告知单到 %1")
                count = len(codes)
            else:
                text = self.tr("未选择事项，已生成全部 %2 个在用事项的告知单，已保存到 %1")
                count = ui.progress.maximum()
            ui.status.setText(text.replace("%1", path).replace("%2", str(count)))

        Operation(self, work).with_progress(progress).on_success(saved).on_failure(
            self._failed
        ).run()

    def make_poster(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("生成大厅海报"), "扫码办事海报.pdf", "PDF (*.pdf)"
            )
        if not path:
            return
        context = self.context

        def work() -> str:
            Path(path).write_bytes(context.read(make_poster))
            return path

        self._run(work, self._saved, self.tr("正在生成海报……"))

    def _saved(self, path: str) -> None:
        self.ui.progress.setVisible(False)
        self.ui.status.setText(self.tr("已保存到 %1").replace("%1", path))

    # Calendar -----------------------------------------------------------------------------

    def _show_calendar(self, overview: dict[int, Any]) -> None:
        self.calendar = overview
        current = self.ui.years.currentItem().text() if self.ui.years.currentItem() else None
        self.ui.years.clear()
        years = [str(year) for year in sorted(overview, reverse=True)]
        self.ui.years.addItems(years)
        self.ui.years.setCurrentRow(years.index(current) if current in years else 0)

    def _show_year(self, text: str) -> None:
        days = self.calendar.get(int(text), []) if text else []
        self.ui.yearDays.setPlainText(format_days(days) or self.tr("（该年没有调休或节假日记录）"))

    def edit_year(self) -> None:
        """Open the holiday editor; a draft whose saving failed comes back as it was typed."""
        current = self.ui.years.currentItem()
        year, text = self.holiday_draft or (int(current.text()) + 1 if current else 2027, None)
        dialog = self.holiday_dialog = HolidayYearDialog(self.calendar, year, text, self)
        dialog.accepted.connect(lambda: self._save_year(dialog))
        dialog.open()

    def _save_year(self, dialog: HolidayYearDialog) -> None:
        year, days = dialog.year.value(), dialog.days
        self.holiday_draft = (year, dialog.text.toPlainText())
        context = self.context

        def saved(changed: int) -> None:
            self.holiday_draft = None
            self.load_all()  # first, so that its reading notes do not cover the outcome
            words = self.tr("已保存；在办件的期限已按新日历重算，%1 件有变化")
            self.ui.status.setText(words.replace("%1", str(changed)))

        self._run(lambda: context.write(set_year, year, days), saved, self.tr("正在保存……"))

    # Profile ------------------------------------------------------------------------------

    def _show_profile(self, profile: BureauProfile) -> None:
        for key, field in self.profile_fields.items():
            field.setText(getattr(profile, key))
        self.yellow_share.setValue(profile.yellow_share)
        self.void_list_days.setValue(profile.void_list_days)
        chosen = profile.number_patterns.as_stored()
        for kind, field in self.number_patterns.items():
            field.setText(chosen.get(kind.value, ""))

    def save_profile(self) -> None:
        changes: dict[str, Any] = {key: f.text() for key, f in self.profile_fields.items()}
        changes["yellow_share"] = round(self.yellow_share.value(), 2)
        changes["void_list_days"] = self.void_list_days.value()
        changes["number_patterns"] = {
            kind.value: field.text() for kind, field in self.number_patterns.items()
        }
        context = self.context
        self._run(
            lambda: context.write(save_bureau_profile, changes),
            lambda profile: (
                self._show_profile(profile),
                self.ui.status.setText(self.tr("单位信息已保存")),
            ),
            self.tr("正在保存……"),
        )

    def import_seal(self, path: str | None = None, password: str | None = None) -> None:
        """The bureau CA's seal certificate (PKCS#12) replaces the trial one."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("导入签章证书"), "", self.tr("证书文件 (*.p12 *.pfx)")
            )
        if not path:
            return
        if password is None:
            password, ok = QInputDialog.getText(
                self,
                self.tr("导入签章证书"),
                self.tr("证书文件的密码："),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return
        context, secret = self.context, password
        self._run(
            lambda: context.write(import_seal, read_input(path), secret),
            lambda _key_id: self.ui.status.setText(self.tr("签章证书已导入")),
            self.tr("正在导入……"),
        )

    def make_trial_keys(self) -> None:
        """Trial keys where the bureau has none; where it has keys, a message and no change."""
        context = self.context
        self._run(
            lambda: context.write(init_trial_keys),
            lambda key_id: self.ui.status.setText(
                self.tr("试用签章密钥已生成（二维码密钥 %1），现在可以制发文书").replace(
                    "%1", str(key_id)
                )
            ),
            self.tr("正在生成密钥……"),
        )

    # Front desk ---------------------------------------------------------------------------

    def import_frontdesk(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("导入前台受理文件"), "", self.tr("受理文件 (*.csv *.xlsx)")
            )
        if not path:
            return
        context, name = self.context, Path(path).name
        self._run(
            lambda: context.write(import_frontdesk_file, name, read_input(path)),
            lambda report: self.ui.frontdeskReport.setPlainText("\n".join(report.lines())),
            self.tr("正在导入……"),
        )
