"""Saved filters: a name for a queue view with its search and order, kept per user."""

from __future__ import annotations

import json
from dataclasses import asdict

from desktop.domain.enums import Category
from desktop.services.cases.queues import QueueQuery, QueueView, SortKey
from desktop.ui.settings import SAVED_FILTERS


class SavedFilters:
    """Per-user list of named queries in the user's settings (UI state, not business data)."""

    def __init__(self, username: str) -> None:
        self._stored = SAVED_FILTERS.of(username)

    def all(self) -> dict[str, QueueQuery]:
        raw = self._stored.get()
        try:
            stored = json.loads(raw)
        except json.JSONDecodeError:
            return {}
        result = {}
        for name, fields in stored.items():
            try:
                result[name] = QueueQuery(
                    Category(fields["category"]),
                    QueueView(fields["view"]),
                    str(fields.get("search", "")),
                    SortKey(fields["sort"]),
                    bool(fields.get("descending", False)),
                )
            except (KeyError, ValueError):
                continue  # written by another version: skip rather than fail
        return result

    def save(self, name: str, query: QueueQuery) -> None:
        stored = {n: asdict(q) for n, q in self.all().items()}
        stored[name] = asdict(query)
        self._stored.set(json.dumps(stored, ensure_ascii=False))

    def remove(self, name: str) -> None:
        stored = {n: asdict(q) for n, q in self.all().items() if n != name}
        self._stored.set(json.dumps(stored, ensure_ascii=False))
