"""One dialog for every case action's inputs: a choice, a number of days, a text.

Each action shows only the rows it needs (see `action_inputs.FORMS`); OK stays disabled
until what is required has been given, and the hint says what is missing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QWidget

from desktop.ui.forms_generated.ui_action_dialog import Ui_ActionDialog
from desktop.ui.workbench.action_extras import BasisField, GrantTerms, TermsFields


@dataclass(frozen=True)
class ActionForm:
    """What an action asks. Labels are source texts in the "ActionDialog" context."""

    choice_label: str | None = None
    choices: tuple[tuple[str, Any], ...] = ()
    days_label: str | None = None
    days_default: int = 10
    text_label: str | None = None
    text_default: str = ""
    # Whether the text must be given, knowing the chosen value (e.g. reasons for refusals).
    text_required: Callable[[Any], bool] = lambda _choice: False
    hint: str = ""
    # 常用意见: phrases the user may insert into the text (source texts, "ActionDialog").
    phrases: tuple[str, ...] = ()
    # A grant's terms, shown while the chosen value is True (the propose form).
    terms: GrantTerms | None = None
    # A legal basis row, filled from the chosen value (a termination's ground).
    basis_of: Callable[[Any], str] | None = None
    # The text filled from the chosen value while the user has not typed their own.
    text_of: Callable[[Any], str] | None = None


@dataclass(frozen=True)
class Answers:
    choice: Any
    days: int
    text: str
    conditions: tuple[str, ...] = ()
    scope: str = ""
    validity_years: int | None = None  # None: the catalogue's validity
    basis: str = ""


class ActionDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, summary: str, form: ActionForm) -> None:
        super().__init__(parent)
        self.form = form
        self.ui = ui = Ui_ActionDialog()
        ui.setupUi(self)
        self.setWindowTitle(title)
        ui.summary.setText(summary)
        for label, field, shown in (
            (ui.choiceLabel, ui.choice, form.choice_label),
            (ui.daysLabel, ui.days, form.days_label),
            (ui.textLabel, ui.text, form.text_label),
        ):
            label.setVisible(shown is not None)
            field.setVisible(shown is not None)
            if shown is not None:
                label.setText(self.tr(shown))
        for text, _value in form.choices:
            ui.choice.addItem(self.tr(text))
        ui.days.setValue(form.days_default)
        ui.text.setPlainText(self.tr(form.text_default) if form.text_default else "")
        ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("办理"))
        ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        ui.choice.currentIndexChanged.connect(self._check)
        ui.text.textChanged.connect(self._check)
        self.phrases = QComboBox(self)
        self.phrases.setVisible(bool(form.phrases) and form.text_label is not None)
        if form.phrases:
            self.phrases.addItem(self.tr("常用意见……"))
            self.phrases.addItems([self.tr(phrase) for phrase in form.phrases])
            self.phrases.activated.connect(self._insert_phrase)
            row, _role = ui.form.getWidgetPosition(ui.text)
            ui.form.insertRow(row + 1, "", self.phrases)
        self.terms = TermsFields(self, ui.form, form.terms) if form.terms else None
        self.basis = BasisField(self, ui.form) if form.basis_of else None
        self._filled = ""  # the text last filled from the choice (text_of)
        if self.terms is not None:
            self.terms.conditions.textChanged.connect(self._check)
            self.terms.scope.textChanged.connect(self._check)
        if self.basis is not None:
            self.basis.line.textChanged.connect(self._check)
        ui.choice.currentIndexChanged.connect(self._follow_choice)
        self._follow_choice()
        ui.text.installEventFilter(self)  # the text box keeps Ctrl+Enter to itself otherwise
        ui.buttons.setToolTip(self.tr("Ctrl+Enter：办理；Esc：取消"))
        self._check()
        (ui.text if form.choice_label is None else ui.choice).setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+Enter (either Enter key) accepts, wherever the focus is."""
        if _ctrl_enter(event):
            self.accept()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Enter in the text accepts the dialog too (the text box would take it as a
        line break)."""
        if (
            watched is self.ui.text
            and event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
            and isinstance(event, QKeyEvent)
            and _ctrl_enter(event)
        ):
            if event.type() == QEvent.Type.KeyPress:
                self.accept()
            event.accept()
            return True
        return super().eventFilter(watched, event)

    def _insert_phrase(self, index: int) -> None:
        """Put the chosen phrase where the cursor is (the first entry is the prompt)."""
        if index > 0:
            self.ui.text.insertPlainText(self.phrases.itemText(index))
            self.ui.text.setFocus()
        self.phrases.setCurrentIndex(0)

    def _follow_choice(self) -> None:
        """Show a grant's terms only for a grant; fill the basis, and the text unless the
        user typed their own, from the chosen ground."""
        chosen = self._chosen()
        if self.terms is not None:
            self.terms.show_for(chosen is True)
        if self.basis is not None and self.form.basis_of is not None:
            self.basis.line.setText(self.form.basis_of(chosen))
        if self.form.text_of is not None:
            current = self.ui.text.toPlainText().strip()
            if not current or current == self._filled:
                self._filled = self.form.text_of(chosen)
                self.ui.text.setPlainText(self._filled)
        self._check()

    def fill(
        self,
        choice: str | None = None,
        days: int | None = None,
        text: str = "",
        *,
        conditions: str | None = None,
        scope: str | None = None,
        validity: int | None = None,
        basis: str | None = None,
    ) -> None:
        """Set the inputs as a user would (used by tests and scripted runs)."""
        if choice is not None:
            index = self.ui.choice.findText(self.tr(choice))
            if index < 0:
                raise ValueError(f"no choice {choice!r}")
            self.ui.choice.setCurrentIndex(index)
        if days is not None:
            self.ui.days.setValue(days)
        self.ui.text.setPlainText(text)
        if self.terms is not None:
            if conditions is not None:
                self.terms.conditions.setPlainText(conditions)
            if scope is not None:
                self.terms.scope.setText(scope)
            if validity is not None:
                self.terms.validity.setValue(validity)
        if self.basis is not None and basis is not None:
            self.basis.line.setText(basis)

    def prefill(self, draft: Answers) -> None:
        """Put back what the user entered last time (an attempt that failed)."""
        values = [value for _text, value in self.form.choices]
        if draft.choice in values:
            self.ui.choice.setCurrentIndex(values.index(draft.choice))
        self.ui.days.setValue(draft.days)
        self.ui.text.setPlainText(draft.text)
        if self.terms is not None:
            self.terms.conditions.setPlainText("\n".join(draft.conditions))
            self.terms.scope.setText(draft.scope)
            if draft.validity_years is not None:
                self.terms.validity.setValue(draft.validity_years)
        if self.basis is not None:
            self.basis.line.setText(draft.basis)

    def answers(self) -> Answers:
        grant = self.terms is not None and self._chosen() is True
        terms = self.terms
        return Answers(
            self._chosen(),
            self.ui.days.value(),
            self.ui.text.toPlainText().strip(),
            conditions=terms.lines() if grant and terms and terms.terms.conditions else (),
            scope=terms.scope.text().strip() if grant and terms and terms.terms.scope else "",
            validity_years=terms.validity_years() if grant and terms else None,
            basis=self.basis.text() if self.basis is not None else "",
        )

    def ready(self) -> bool:
        if self.form.choice_label is not None and self._chosen() is None:
            return False  # nothing chosen (or nothing to choose from)
        if self._problem():
            return False
        return bool(self.answers().text) or not self.form.text_required(self._chosen())

    def _problem(self) -> str:
        """What is wrong with the extra rows (a grant's terms, a basis), in words, or ""."""
        if self.terms is not None and self._chosen() is True:
            return self.terms.problem()
        if self.basis is not None:
            return self.basis.problem()
        return ""

    def _chosen(self) -> Any:
        # The values stay Python objects (Qt item data would turn enums into plain text).
        index = self.ui.choice.currentIndex()
        return self.form.choices[index][1] if index >= 0 else None

    def _check(self) -> None:
        ready = self.ready()
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)
        lines = [self.tr(self.form.hint)] if self.form.hint else []
        problem = self._problem() if hasattr(self, "terms") else ""
        if problem:
            lines.append(problem)
        if not ready and self.form.text_label:
            field = self.tr(self.form.text_label).rstrip("：:")
            lines.append(self.tr("请填写“%1”。").replace("%1", field))
        self.ui.hint.setText("\n".join(lines))

    def accept(self) -> None:
        if self.ready():  # Enter in the combo box must not slip past the check
            super().accept()


def _ctrl_enter(event: QKeyEvent) -> bool:
    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and bool(
        event.modifiers() & Qt.KeyboardModifier.ControlModifier
    )


def ask_form(
    parent: QWidget, title: str, summary: str, form: ActionForm, draft: Answers | None = None
) -> Answers | None:
    dialog = ActionDialog(parent, title, summary, form)
    if draft is not None:
        dialog.prefill(draft)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return dialog.answers() if accepted else None
