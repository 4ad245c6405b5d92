"""Errors raised while composing a document; each names the field and what to change."""

from __future__ import annotations

from desktop.domain.errors import DomainError


class DocumentError(DomainError):
    """The document cannot be produced from the data given."""

    code = "document_error"


class MissingGlyph(DocumentError):
    """A character that no bundled font can draw (it would print as an empty box)."""

    code = "missing_glyph"

    def __init__(self, field: str, character: str) -> None:
        super().__init__(
            f"字段“{field}”中的字符“{character}”（U+{ord(character):04X}）在内置字库中没有字形，"
            "无法打印：请核对该字，或改用规范汉字后重新制作文书",
            field=field,
            character=character,
        )
        self.field = field
        self.character = character


class MissingKey(DocumentError):
    """A signed document was asked for without the key that signs it."""

    code = "missing_key"
