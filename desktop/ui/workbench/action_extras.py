"""The action dialog's extra rows: a grant's terms (附加条件, 许可范围 or 办理结果, 有效期限)
where the item's kind uses them, and a termination's legal basis. Each checks itself as it
is typed; the dialog keeps OK disabled and shows the message while a check fails."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from desktop.domain.errors import DomainError
from desktop.domain.terminations import check_basis
from desktop.services.cases.decisions import MAX_CONDITION, MAX_CONDITIONS, MAX_SCOPE, MAX_VALIDITY
from desktop.ui.messages import explain


@dataclass(frozen=True)
class GrantTerms:
    """What a grant of this item may set: conditions (a licensing decision), a scope or a
    result, and a validity (an item that issues a licence; None in the catalogue: 长期)."""

    conditions: bool
    scope: bool
    validity: bool
    catalogue_years: int | None = None
    licensing: bool = True  # the scope row reads 许可范围, else 办理结果


class TermsFields(QObject):
    """附加条件 (one a line), 许可范围 or 办理结果, 有效期限 in years, shown for a grant."""

    def __init__(self, parent: QWidget, form: QFormLayout, terms: GrantTerms) -> None:
        super().__init__(parent)
        self.terms, self.form = terms, form
        self.conditions = QPlainTextEdit(parent)
        self.conditions.setObjectName("conditions")
        self.conditions.setTabChangesFocus(True)
        self.conditions.setPlaceholderText(self.tr("每行一条，如：仅限在许可地址内经营"))
        self.conditions.setMaximumHeight(80)
        self.scope = QLineEdit(parent)
        self.scope.setObjectName("scope")
        self.validity = QSpinBox(parent)
        self.validity.setObjectName("validity")
        most = terms.catalogue_years or MAX_VALIDITY
        # Below the catalogue's years only: 0 stands for 长期 where the catalogue says so.
        self.validity.setRange(0 if terms.catalogue_years is None else 1, most)
        self.validity.setSpecialValueText(self.tr("长期"))
        self.validity.setSuffix(self.tr(" 年"))
        self.validity.setValue(terms.catalogue_years or 0)
        catalogue = (
            self.tr("%1 年").replace("%1", str(terms.catalogue_years))
            if terms.catalogue_years
            else self.tr("长期")
        )
        tip = self.tr("事项目录规定的有效期：%1，只能缩短")
        self.validity.setToolTip(tip.replace("%1", catalogue))
        scope_label = self.tr("许可范围：") if terms.licensing else self.tr("办理结果：")
        self.rows = [
            (self.tr("附加条件："), self.conditions, terms.conditions),
            (scope_label, self.scope, terms.scope),
            (self.tr("有效期限："), self.validity, terms.validity),
        ]
        for text, field, wanted in self.rows:
            if wanted:
                form.addRow(text, field)
            else:
                field.hide()  # a child of the dialog all the same

    def show_for(self, grant: bool) -> None:
        for _text, field, wanted in self.rows:
            if wanted:
                self.form.setRowVisible(field, grant)

    def lines(self) -> tuple[str, ...]:
        text = self.conditions.toPlainText()
        return tuple(line.strip() for line in text.splitlines() if line.strip())

    def validity_years(self) -> int | None:
        """None keeps the catalogue's validity (also 长期); else the shorter years chosen."""
        if not self.terms.validity:
            return None
        years = self.validity.value()
        return None if years in (0, self.terms.catalogue_years) else years

    def problem(self) -> str:
        """What is wrong with the terms, in words, or ""."""
        lines = self.lines() if self.terms.conditions else ()
        if len(lines) > MAX_CONDITIONS or any(len(line) > MAX_CONDITION for line in lines):
            return (
                self.tr("附加条件最多 %1 条，每条不超过 %2 字。")
                .replace("%1", str(MAX_CONDITIONS))
                .replace("%2", str(MAX_CONDITION))
            )
        if self.terms.scope and len(self.scope.text().strip()) > MAX_SCOPE:
            return self.tr("许可范围不能超过 %1 字。").replace("%1", str(MAX_SCOPE))
        return ""


class BasisField(QObject):
    """终止审查的法律依据: filled from the chosen ground, editable, checked as typed."""

    def __init__(self, parent: QWidget, form: QFormLayout) -> None:
        super().__init__(parent)
        self.line = QLineEdit(parent)
        self.line.setObjectName("basis")
        self.line.setPlaceholderText(self.tr("法律、法规或者规章的名称及条款"))
        form.addRow(self.tr("法律依据："), self.line)

    def text(self) -> str:
        return self.line.text().strip()

    def problem(self) -> str:
        try:
            check_basis(self.text())
        except DomainError as error:
            return explain(error)
        return ""
