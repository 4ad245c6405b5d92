"""Domain errors carry a code and data; `str()` gives a clear Chinese sentence."""

from __future__ import annotations


class DomainError(Exception):
    """A rule was broken. `code` is stable for programs; the message is for people."""

    code = "domain_error"

    def __init__(self, message: str, **data: object) -> None:
        super().__init__(message)
        self.message = message
        self.data = data

    def __str__(self) -> str:
        # A static template with {named} fields is filled in from the data; a composed
        # sentence (no fields, or braces that are not fields) is shown as it is.
        if not self.data:
            return self.message
        try:
            return self.message.format_map(self.data)
        except (KeyError, IndexError, ValueError, AttributeError):
            return self.message


class InvalidIdentifier(DomainError):
    """A resident ID or unified social credit code failed validation."""

    code = "invalid_identifier"
