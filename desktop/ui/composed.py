"""Texts composed below the UI (errors, the due-date explanation), in the user's language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.domain.phrases import Composed, Words
from desktop.ui.labels import label

TERMS = "terms"


class TranslatedWords(Words):
    """The domain's Chinese templates and terms through the installed Qt translations."""

    def template(self, context: str, text: str) -> str:
        return QCoreApplication.translate(context, text)

    def term(self, text: str) -> str:
        return QCoreApplication.translate(TERMS, text)

    def label(self, value: Any) -> str:
        return label(value)


WORDS = TranslatedWords()


def say(composed: Composed) -> str:
    """An error or phrase from below in the UI language (Chinese when none is installed)."""
    return WORDS.text(composed)
