"""Keys for all-day use: Ctrl+Enter accepts an opinion, 常用意见 insert a phrase, Esc closes
the PDF preview."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.ui.workbench.action_dialog import ActionDialog
from desktop.ui.workbench.action_inputs import OPINION_FORM, PROPOSE_FORM, SUPPLEMENT_FORM


def test_ctrl_enter_accepts_only_when_the_opinion_is_given(qtbot):
    dialog = ActionDialog(None, "X", "X", PROPOSE_FORM)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)  # shortcuts reach the active window only
    dialog.ui.text.setFocus()
    qtbot.keyClick(dialog.ui.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and dialog.result() == 0  # nothing written: not accepted
    dialog.fill(choice="拟准予许可", text="符合条件")
    qtbot.keyClick(dialog.ui.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible() and dialog.result() == 1
    assert dialog.answers().text == "符合条件"
    other = ActionDialog(None, "X", "X", PROPOSE_FORM)  # from the choice box, keypad Enter
    qtbot.addWidget(other)
    other.show()
    other.fill(choice="拟不予许可", text="理由")
    qtbot.keyClick(other.ui.choice, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    assert other.result() == 1 and other.answers().choice is False


def test_common_phrases_go_where_the_cursor_is(qtbot):
    dialog = ActionDialog(None, "X", "X", OPINION_FORM)
    qtbot.addWidget(dialog)
    dialog.show()
    phrases = dialog.phrases
    assert phrases.isVisible() and phrases.count() == len(OPINION_FORM.phrases) + 1
    dialog.ui.text.setPlainText("")
    phrases.setCurrentIndex(2)
    phrases.activated.emit(2)
    assert dialog.ui.text.toPlainText() == "同意承办人意见，准予许可。"
    assert phrases.currentIndex() == 0  # back to the prompt, ready for the next phrase
    phrases.activated.emit(0)  # the prompt itself inserts nothing
    assert dialog.ui.text.toPlainText() == "同意承办人意见，准予许可。"
    plain = ActionDialog(None, "X", "X", SUPPLEMENT_FORM)  # no phrases: no list
    qtbot.addWidget(plain)
    assert not plain.phrases.isVisibleTo(plain)


def test_esc_closes_the_pdf_preview(qtbot):
    from desktop.ui.pdf_preview import PdfPreview
    from tests.ui.test_printing import sample_pdf

    preview = PdfPreview("文书", sample_pdf(1), "x.pdf")
    qtbot.addWidget(preview)
    preview.show()
    preview.activateWindow()
    qtbot.waitActive(preview)
    qtbot.keyClick(preview.view, Qt.Key.Key_Escape)
    assert not preview.isVisible()
