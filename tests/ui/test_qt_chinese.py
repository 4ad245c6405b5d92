"""Qt's own texts (standard buttons, context menus) follow the interface language."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from desktop.ui.app import install_translator

BUTTONS = QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel


def _texts(qtbot, language: str) -> tuple[list[str], list[str]]:
    app = QApplication.instance()
    translator = install_translator(app, language)
    assert translator is not None
    try:
        box = QMessageBox(QMessageBox.Icon.Question, "审批工作台", "继续？", BUTTONS)
        qtbot.addWidget(box)
        field = QLineEdit()
        qtbot.addWidget(field)
        menu = field.createStandardContextMenu()
        actions = [a.text() for a in menu.actions() if a.text()]
        menu.deleteLater()
        return [button.text() for button in box.buttons()], actions
    finally:
        app.removeTranslator(translator)


def test_message_box_buttons_and_context_menus_in_chinese(qtbot):
    buttons, actions = _texts(qtbot, "zh_CN")
    assert sorted(buttons) == sorted(["确定", "取消"])
    assert any(text.startswith("撤消") for text in actions), actions
    assert any(text.startswith("粘贴") for text in actions), actions


def test_the_english_interface_keeps_qt_in_english(qtbot):
    buttons, actions = _texts(qtbot, "en")
    assert sorted(buttons) == ["Cancel", "OK"]
    assert any(text.startswith("&Undo") for text in actions), actions
