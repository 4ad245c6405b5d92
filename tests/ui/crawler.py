"""A crawler for window tests: press every visible, enabled button, action and tab of a
window and of every window or dialog that opens from it, answering the dialogs as a user
would, and write down what went wrong. Generic by design: it walks the widget tree, so a new
button is pressed without anyone writing a test for it."""

from __future__ import annotations

import logging
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCalendarWidget,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFontDialog,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QStackedWidget,
    QTabBar,
    QTableView,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QToolButton,
    QTreeView,
    QWidget,
)

from desktop.ui.operations import under_way

# What would end the crawl's ability to go on as this user: never pressed.
SKIPPED = {
    "退出": "ends the program",
    "注销": "signs the user out: the crawl could not go on as this role",
    "切换用户": "signs the user out: the crawl could not go on as this role",
}
# Qt's standard dialogs, answered by cancelling: their own buttons print or open more of Qt's.
QT_OWN_DIALOGS = (QPrintDialog, QPageSetupDialog, QPrintPreviewDialog, QColorDialog, QFontDialog)
FILE_WORDS = re.compile(r"导入|导出|选择.*文件")  # a control so labelled must open a file dialog
UNEXPECTED = "意外错误"
TYPED = "抓取测试"  # what the crawler types where a dialog asks for words
SETTLE_SECONDS = 180  # a draw runs the solver: slow on a busy machine
DEPTH = 4  # windows opened from windows opened from ...

# Latin words allowed in the Chinese interface: names of formats, products and standards, a
# date pattern, key names of shortcuts, and data (the demo administrator's account name).
ALLOWED_LATIN = {
    *("PDF", "Excel", "QR", "URL", "SQLite", "PostgreSQL", "CSV", "XLSX", "xlsx", "csv"),
    *("pdf", "YYYY", "PNG", "Ed25519", "ECDSA", "SHA", "PKCS", "OK"),
    *("Ctrl", "Shift", "Alt", "Enter", "Esc", "Del", "Delete", "Tab", "Home", "End", "Space"),
    *("PgUp", "PgDown", "Backspace", "Return", "Ins", "Insert", "Left", "Right", "Up", "Down"),
    "admin",
}
# A token takes the digits glued before it: a credit code such as 52610100NPYAPCQNUE is data.
TOKEN = re.compile(r"[0-9]*[A-Za-z][A-Za-z0-9_.+\-/\\:@]*")


def english_words(text: str) -> list[str]:
    """The Latin words of three letters or more in `text` that are not data (ids, paths,
    file names, addresses: anything with a digit, a slash, a dot or an @; the {fields} of a
    number pattern, typed as they are) or allowed."""
    words = []
    for token in TOKEN.findall(re.sub(r"<[^>]+>|&\w+;|\{[^}]*\}", " ", text)):
        if re.search(r"[0-9/\\@]|\.\w", token):
            continue
        for part in re.split(r"[+\-_:.]", token):
            if len(part) >= 3 and part not in ALLOWED_LATIN:
                words.append(part)
    return words


class _Problems(logging.Handler):
    """Every unexpected error the ui logs (messages.explain, the crash hook)."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(logging.ERROR)
        self.crawler = crawler

    def emit(self, record: logging.LogRecord) -> None:
        if record.getMessage().startswith("unexpected error"):
            error = record.exc_info[1] if record.exc_info else record.getMessage()
            self.crawler.problem(f"unexpected error logged: {error!r}")


class Crawler:
    def __init__(self, qtbot: Any, monkeypatch: Any, tmp_path: Path) -> None:
        self.qtbot = qtbot
        self.tmp_path = tmp_path
        self.problems: list[str] = []
        self.messages: list[str] = []
        self.where = ""  # the user and window being crawled
        self.step = ""  # what was pressed last
        self.file_dialogs = 0
        self.pressed: list[str] = []
        self.crawled: set[str] = set()  # window classes already crawled for this user
        self.busy: set[int] = set()  # modal dialogs being crawled
        self.saved = 0
        self.english: dict[str, str] = {}  # text with English words -> where it was seen
        self.shots: Path | None = None  # a folder for a screenshot of every window crawled
        self._patch(monkeypatch)
        monkeypatch.setattr(sys, "excepthook", self._excepthook)
        handler = _Problems(self)
        logging.getLogger("desktop").addHandler(handler)
        self._handler = handler
        self.timer = QTimer(interval=40)
        self.timer.timeout.connect(self._answer_modal)
        self.timer.start()

    def close(self) -> None:
        self.timer.stop()
        logging.getLogger("desktop").removeHandler(self._handler)

    # What went wrong ------------------------------------------------------------------

    def problem(self, text: str) -> None:
        self.problems.append(f"{self.where} · {self.step}: {text}")

    def _excepthook(self, kind, error, trace) -> None:  # type: ignore[no-untyped-def]
        import traceback

        lines = "".join(traceback.format_exception(kind, error, trace))
        self.problem(f"exception reached sys.excepthook:\n{lines}")

    def _said(self, title: str, text: str) -> None:
        self.messages.append(f"{self.where} · {self.step}: {title}: {text}")
        if UNEXPECTED in f"{title}{text}":
            self.problem(f"message box: {title}: {text}")

    # The standard dialogs, answered -----------------------------------------------------

    def _patch(self, monkeypatch: Any) -> None:
        def message(answer: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
            def show(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
                self._said(title, text)
                return answer

            return show

        ok, yes = QMessageBox.StandardButton.Ok, QMessageBox.StandardButton.Yes
        for name in ("information", "warning", "critical"):
            monkeypatch.setattr(QMessageBox, name, message(ok))
        monkeypatch.setattr(QMessageBox, "question", message(yes))
        monkeypatch.setattr(QMessageBox, "about", message(ok))

        def open_file(*args, **kwargs):  # type: ignore[no-untyped-def]
            self.file_dialogs += 1
            return "", ""  # cancelled: the file chosen is another test's business

        def open_files(*args, **kwargs):  # type: ignore[no-untyped-def]
            self.file_dialogs += 1
            return [], ""

        def save_file(parent, caption="", folder="", filters="", *args, **kwargs):  # type: ignore[no-untyped-def]
            self.file_dialogs += 1
            self.saved += 1
            found = re.search(r"\*\.(\w+)", filters or "") or re.search(r"\.(\w+)$", folder or "")
            suffix = found.group(1) if found else "out"
            return str(self.tmp_path / f"saved-{self.saved}.{suffix}"), filters

        def folder(*args, **kwargs):  # type: ignore[no-untyped-def]
            self.file_dialogs += 1
            return str(self.tmp_path)

        monkeypatch.setattr(QFileDialog, "getOpenFileName", open_file)
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", open_files)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", save_file)
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", folder)

        def text(*args, **kwargs):  # type: ignore[no-untyped-def]
            self.messages.append(f"{self.where} · {self.step}: asked for text: {args[1:3]}")
            return TYPED, True

        def number(parent, title, label, value=0, minimum=0, *args, **kwargs):  # type: ignore[no-untyped-def]
            value = kwargs.get("value", value)
            return max(value, kwargs.get("minValue", minimum)), True

        def item(parent, title, label, items, current=0, *args, **kwargs):  # type: ignore[no-untyped-def]
            items = list(items)
            return (items[kwargs.get("current", current)], True) if items else ("", False)

        monkeypatch.setattr(QInputDialog, "getText", text)
        monkeypatch.setattr(QInputDialog, "getMultiLineText", text)
        monkeypatch.setattr(QInputDialog, "getInt", number)
        monkeypatch.setattr(QInputDialog, "getDouble", number)
        monkeypatch.setattr(QInputDialog, "getItem", item)

    def _answer_modal(self) -> None:
        """Called by a timer, also inside a modal dialog's own event loop."""
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu):
            popup.close()
        modal = QApplication.activeModalWidget()
        if modal is None or id(modal) in self.busy or isinstance(modal, QProgressDialog):
            return
        seen = modal.property("crawlerSeen") or 0  # (ids of dead wrappers come back)
        modal.setProperty("crawlerSeen", seen + 1)
        if isinstance(modal, QMessageBox):
            self._said(modal.windowTitle(), modal.text())
            button = modal.escapeButton() or modal.defaultButton() or modal.buttons()[0]
            button.click()
        elif isinstance(modal, QFileDialog):
            self.file_dialogs += 1
            modal.reject()
        elif isinstance(modal, QT_OWN_DIALOGS):  # Qt's, not ours: pressing inside prints
            modal.reject()
        elif not isinstance(modal, QDialog) or seen:
            modal.close() if not isinstance(modal, QDialog) else modal.reject()
        else:
            self.busy.add(id(modal))
            try:
                self._answer_own(modal)
            finally:
                self.busy.discard(id(modal))

    def _answer_own(self, dialog: QDialog) -> None:
        """An own dialog, first time up: press what it holds, then accept it with plausible
        words typed where it asks for some (or cancel, when it will not take them)."""
        step = self.step
        kind = type(dialog).__name__
        if kind not in self.crawled:
            self.crawled.add(kind)
            self.qtbot.wait(20)
            self.shoot(dialog, kind)
            self.check_words(dialog)
            self.press_all(dialog, f"{step} → {kind}")
        self.step = step
        if not dialog.isVisible():
            return
        for edit in dialog.findChildren(QLineEdit):
            if edit.isVisible() and edit.isEnabled() and not edit.isReadOnly() and not edit.text():
                edit.setText(TYPED)
        for edit in [*dialog.findChildren(QPlainTextEdit), *dialog.findChildren(QTextEdit)]:
            if edit.isVisible() and not edit.isReadOnly() and not edit.toPlainText():
                edit.setPlainText(TYPED + "：情况属实，同意。")
        for box in dialog.findChildren(QDialogButtonBox):
            for button in box.buttons():
                accepts = box.buttonRole(button) in (
                    box.ButtonRole.AcceptRole,
                    box.ButtonRole.YesRole,
                )
                if accepts and button.isVisible() and button.isEnabled():
                    self.step = f"{step} → {kind} 「{button.text()}」"
                    button.click()
                    return
        dialog.reject()

    # Pressing ---------------------------------------------------------------------------

    def settle(self) -> None:
        """Until every background operation has delivered (and what it opened is up)."""
        deadline = time.monotonic() + SETTLE_SECONDS
        self.qtbot.wait(30)
        while under_way():
            if time.monotonic() > deadline:
                self.problem(f"still working after {SETTLE_SECONDS} s")
                return
            self.qtbot.wait(20)
        self.qtbot.wait(20)

    def crawl(self, window: QWidget, where: str, depth: int = 0) -> None:
        """Every control of this window and of the windows it opens (one of each kind)."""
        kind = type(window).__name__
        if kind in self.crawled or depth > DEPTH:
            return
        self.crawled.add(kind)
        outer = self.where
        self.where = f"{where} · {kind}"
        self.settle()
        self.shoot(window, kind)
        self.press_all(window, "", depth)
        self.where = outer

    def press_all(self, window: QWidget, prefix: str, depth: int = 0) -> None:
        """Each tab, then each button and action (twice: a load may show more)."""
        for tabs in _tab_widgets(window):
            for index in range(tabs.count()):
                if not _reveal(tabs) or not tabs.isTabEnabled(index):
                    continue
                if not tabs.isTabVisible(index):
                    continue
                self.step = f"{prefix}标签「{tabs.tabText(index)}」"
                self.pressed.append(f"{self.where} · {self.step}")
                tabs.setCurrentIndex(index)
                self.settle()
                self.check_texts()
        done: set[int] = set()
        last: list[QAbstractButton] = []
        for _round in range(2):
            for control in list(_controls(window)):
                if not window.isVisible():
                    return
                if id(control) in done or not _alive(control):
                    continue
                if isinstance(control, QAbstractButton):
                    _reveal(control)
                _select_first_rows(window)
                if not (control.isVisible() and control.isEnabled()):
                    continue
                done.add(id(control))
                text = _text(control)
                if any(word in text for word in SKIPPED):
                    continue
                if isinstance(control, QAbstractButton) and _closes(control):
                    last.append(control)
                    continue
                self._press(control, text, prefix, depth)
        for button in last:  # closing buttons last, they may end the window
            if _alive(button) and _reveal(button) and button.isEnabled():
                self._press(button, _text(button), prefix, depth)

    def _press(self, control: QObject, text: str, prefix: str, depth: int) -> None:
        before = {id(w) for w in _windows()}
        dialogs = self.file_dialogs
        self.step = f"{prefix}「{text}」"
        self.pressed.append(f"{self.where} · {self.step}")
        if isinstance(control, QAction):
            control.trigger()
        else:
            control.click()  # type: ignore[attr-defined]
        self.settle()
        if FILE_WORDS.search(text) and self.file_dialogs == dialogs:
            self.problem("labelled for a file but opened no file dialog")
        self.check_texts()
        step = self.step
        for opened in [w for w in _windows() if id(w) not in before]:
            self.crawl(opened, self.where, depth + 1)
        self.step = step

    def check_texts(self) -> None:
        """No status line or label anywhere says 意外错误."""
        for window in _windows():
            if (
                isinstance(window, QMainWindow)
                and UNEXPECTED in window.statusBar().currentMessage()
            ):
                self.problem(f"status bar: {window.statusBar().currentMessage()}")
            for label in window.findChildren(QLabel):
                if UNEXPECTED in label.text() and label.isVisible():
                    self.problem(f"label: {label.text()}")
            if isinstance(window, QMessageBox):
                self._said(window.windowTitle(), window.text())
                window.close()
            else:
                self.check_words(window)

    def shoot(self, window: QWidget, kind: str) -> None:
        if self.shots is not None:
            self.shots.mkdir(parents=True, exist_ok=True)
            user = self.where.split(" · ")[0]
            window.grab().save(str(self.shots / f"{user}-{kind}.png"))

    def check_words(self, window: QWidget) -> None:
        """Every text on show (titles, labels, buttons, tabs, headers, menus, group boxes,
        choices, hints, explanations) said without English words."""
        for text in _visible_texts(window):
            if text not in self.english and english_words(text):
                self.english[text] = f"{self.where} · {type(window).__name__}"

    def english_report(self) -> str:
        return "\n".join(
            f"{where}: «{text}» ({', '.join(english_words(text))})"
            for text, where in sorted(self.english.items(), key=lambda item: item[1])
        )


def _visible_texts(window: QWidget) -> Iterator[str]:
    yield window.windowTitle()
    if isinstance(window, QMainWindow):
        yield window.statusBar().currentMessage()
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible() or widget.window() is not window:
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield widget.text()
        elif isinstance(widget, QGroupBox):
            yield widget.title()
        elif isinstance(widget, QTabWidget):
            yield from (widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i))
        elif isinstance(widget, QLineEdit):
            yield widget.placeholderText()
        elif isinstance(widget, QComboBox):
            yield from (widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)) and widget.isReadOnly():
            yield widget.toPlainText()
        elif isinstance(widget, QToolBar):
            yield from (action.text() for action in widget.actions())
        elif isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
            model = widget.model()
            header = widget.header() if isinstance(widget, QTreeView) else widget.horizontalHeader()
            if header.isVisible():
                yield from (
                    str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                    for c in range(header.count())
                    if not header.isSectionHidden(c)
                )
            if isinstance(widget, QTreeView):  # a navigation: its entries are labels
                yield from _tree_texts(model)
    if isinstance(window, QMainWindow):
        for menu in window.menuBar().findChildren(QMenu):
            yield menu.title()
            yield from (action.text() for action in menu.actions())


def _tree_texts(model, parent=None, depth: int = 0) -> Iterator[str]:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QModelIndex

    parent = parent if parent is not None else QModelIndex()
    for row in range(min(model.rowCount(parent), 50)):
        index = model.index(row, 0, parent)
        yield str(index.data() or "")
        if depth < 2:
            yield from _tree_texts(model, index, depth + 1)


def _select_first_rows(window: QWidget) -> None:
    """A row chosen in every list on show, for the buttons that act on the chosen one."""
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if isinstance(view, QTreeView) or not view.isVisible() or model is None:
            continue  # (a tree's current item is a navigation: pressed as the user would)
        if model.rowCount() > 0 and not view.selectionModel().hasSelection():
            view.setCurrentIndex(model.index(0, 0))


def _alive(thing: QObject) -> bool:
    try:
        thing.objectName()
    except RuntimeError:  # its C++ side is gone
        return False
    return True


def _text(control: QObject) -> str:
    text = control.text() if hasattr(control, "text") else ""  # type: ignore[attr-defined]
    return (text or control.toolTip() or control.objectName()).replace("&", "")  # type: ignore[attr-defined]


def _windows() -> list[QWidget]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and not isinstance(w, (QMenu, QProgressDialog)) and w.isWindow()
    ]


def _tab_widgets(window: QWidget) -> list[QTabWidget]:
    return [t for t in window.findChildren(QTabWidget) if t.window() is window]


def _reveal(widget: QWidget) -> bool:
    """Bring the tabs that hold `widget` to the front; whether it is then on show."""
    child, parent = widget, widget.parentWidget()
    while parent is not None and not child.isWindow():
        if isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget):
            tabs = parent.parentWidget()
            index = tabs.indexOf(child)
            if index >= 0 and tabs.currentIndex() != index:
                tabs.setCurrentIndex(index)
        child, parent = parent, parent.parentWidget()
    return widget.isVisible()


def _controls(window: QWidget) -> Iterator[QObject]:
    """The window's own buttons and actions (not Qt's inner ones, not a nested window's)."""
    for button in window.findChildren(QAbstractButton):
        if not isinstance(button, (QPushButton, QToolButton)) or button.window() is not window:
            continue
        if button.objectName().startswith("qt_") or _inside(button, (QTabBar, QCalendarWidget)):
            continue
        if isinstance(button, QToolButton) and button.defaultAction() is not None:
            continue  # a toolbar's face of an action, pressed as the action
        if button.menu() is not None:
            yield from button.menu().actions()
            continue
        if _inside(button, (QDialogButtonBox,)) and window.isModal():
            continue  # the dialog's answer, given by the crawler at the end
        yield button
    actions = [a for a in window.findChildren(QAction)]
    for widget in [window, *window.findChildren(QWidget)]:
        if widget.window() is window:
            actions.extend(QWidget.actions(widget))  # some windows shadow actions()
    seen: set[int] = set()
    for action in actions:
        if id(action) in seen or action.isSeparator() or action.menu() is not None:
            continue
        seen.add(id(action))
        if action.objectName().startswith(("qt_", "_q_")) or not action.text():
            continue
        if not action.associatedObjects():
            continue  # in no menu, toolbar or widget: nobody can trigger it
        yield action


def _inside(widget: QWidget, kinds: tuple[type, ...]) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kinds):
            return True
        parent = parent.parentWidget()
    return False


def _closes(button: QAbstractButton) -> bool:
    box = button.parentWidget()
    if isinstance(box, QDialogButtonBox):
        role = box.buttonRole(button)
        return role in (box.ButtonRole.RejectRole, box.ButtonRole.AcceptRole)
    return _text(button) in ("关闭", "取消")
