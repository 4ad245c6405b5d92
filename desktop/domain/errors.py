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
        return self.message


class InvalidIdentifier(DomainError):
    """A resident ID or unified social credit code failed validation."""

    code = "invalid_identifier"
