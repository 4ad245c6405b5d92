"""Every per-user QSettings key, declared once with its type and default (UI state only:
business settings live in the database, see the README's "How it is built")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One key. `kind` is what the stored value is converted to on reading (the INI files
    keep text); None hands back what QSettings stored (the window's saved bytes)."""

    key: str
    default: T
    kind: type | None = None

    def get(self) -> T:
        settings = QSettings()
        if not settings.contains(self.key):
            return self.default
        if self.kind is None:
            return settings.value(self.key)  # type: ignore[no-any-return]
        return settings.value(self.key, self.default, self.kind)  # type: ignore[no-any-return]

    def set(self, value: T) -> None:
        QSettings().setValue(self.key, value)


@dataclass(frozen=True)
class PerUser(Generic[T]):
    """A key kept apart for each user signed in on this PC: `pattern` holds "{user}"."""

    pattern: str
    default: T
    kind: type | None = None

    def of(self, username: str) -> Setting[T]:
        return Setting(self.pattern.format(user=username), self.default, self.kind)


# Start-up, before anyone signs in --------------------------------------------------------
LANGUAGE = Setting("ui/language", "zh", str)
LAST_USER = Setting("signin/last_user", "", str)
# None: never chosen (the first start asks); "": the embedded database; else a server URL.
DATABASE_URL: Setting[str | None] = Setting("database/url", None, str)
# The server the reports read from (README, "A standby"); "": the working servers.
REPORTING_URL = Setting("database/reporting_url", "", str)

# The main window, per user ---------------------------------------------------------------
WINDOW_GEOMETRY: PerUser[QByteArray | None] = PerUser("{user}/main/geometry", None)
QUEUE_COLUMNS: PerUser[QByteArray | None] = PerUser("{user}/main/columns", None)
# Layouts saved before the urge column was added had ten columns and no count.
QUEUE_COLUMN_COUNT = PerUser("{user}/main/column_count", 10, int)
SAVED_FILTERS = PerUser("{user}/saved_filters", "{}", str)  # JSON: name -> queue query

DECLARED: tuple[Setting[Any] | PerUser[Any], ...] = (
    LANGUAGE,
    LAST_USER,
    DATABASE_URL,
    REPORTING_URL,
    WINDOW_GEOMETRY,
    QUEUE_COLUMNS,
    QUEUE_COLUMN_COUNT,
    SAVED_FILTERS,
)
