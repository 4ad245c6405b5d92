"""Errors carry a code, a Chinese template and data; `str()` gives the Chinese sentence and
the UI translates the template (see `desktop.domain.phrases`)."""

from __future__ import annotations

from desktop.domain.phrases import SOURCE


class Explained(Exception):
    """An error told to people. `code` is stable for programs; `template` is a literal with
    {named} fields (never an f-string, so it can be found and translated); `data` holds the
    field values and anything else a program may want (action=, case_id=...)."""

    code = "error"
    context = "errors"

    def __init__(self, template: str, **data: object) -> None:
        super().__init__(template)
        self.template = template
        self.data = data

    def __str__(self) -> str:
        return SOURCE.text(self)


class DomainError(Explained):
    """A rule was broken."""

    code = "domain_error"


class InvalidIdentifier(DomainError):
    """A resident ID or unified social credit code failed validation."""

    code = "invalid_identifier"
