"""Texts composed below the UI: a Chinese template with {named} fields plus their values.

The layers below the UI never translate (they have no Qt). They say what happened as a
template and data; `str()` renders the Chinese, and the UI renders the same data through
its translations. `packaging/translations.py` finds every template and term in the
sources, so each literal below is also a text that translators see.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any, ClassVar, Protocol


class Term(str):
    """A fixed Chinese word passed as a field value (a field name, a rule, "系统"): the UI
    translates it in the "terms" context. Always written `Term("literal")` so it is found."""

    __slots__ = ()


AND = Term("、")
OR = Term("或")


@dataclass(frozen=True)
class Listing:
    """Several values said as one: dates joined by "、", alternatives by "或"."""

    items: tuple[Any, ...]
    joiner: Term = AND


class Composed(Protocol):
    """What a text composed below the UI carries: where its template is translated, the
    template itself, and the values of its fields."""

    context: ClassVar[str]
    template: str
    data: Mapping[str, object]


@dataclass(init=False)
class Phrase:
    """A sentence for people that is not an error (the due-date explanation's lines)."""

    context: ClassVar[str] = "phrases"
    template: str
    data: dict[str, object]

    def __init__(self, template: str, **data: object) -> None:
        self.template = template
        self.data = data

    def __str__(self) -> str:
        return SOURCE.text(self)


class Words:
    """Turns composed texts into words, in Chinese; the UI overrides the three look-ups."""

    def template(self, context: str, text: str) -> str:
        return text

    def term(self, text: str) -> str:
        return text

    def label(self, value: Any) -> str:
        return str(value.label)

    def text(self, composed: Composed) -> str:
        """The template with its fields filled in. A template that does not fit its data
        (a mistyped field in a translation) falls back to the source template, then to the
        bare template: a message must never fail to show."""
        fields = {key: self.word(value) for key, value in composed.data.items()}
        for template in (self.template(composed.context, composed.template), composed.template):
            try:
                return template.format_map(fields)
            except (KeyError, IndexError, ValueError, AttributeError, TypeError):
                continue
        return composed.template

    def word(self, value: object) -> str:
        """One field value in words: terms and enum labels translated, phrases rendered."""
        if isinstance(value, Term):
            return self.term(value)
        if isinstance(value, Listing):
            return self.word(value.joiner).join(self.word(item) for item in value.items)
        if isinstance(value, Enum) and hasattr(value, "label"):
            return self.label(value)
        if isinstance(value, Phrase) or _is_explained(value):
            return self.text(value)  # type: ignore[arg-type]
        return str(value)


def _is_explained(value: object) -> bool:
    """An error told to people (domain.errors.Explained, which imports this module), passed
    on whole inside another message: said in words, translated like its own."""
    return isinstance(value, Exception) and isinstance(getattr(value, "template", None), str)


SOURCE = Words()
