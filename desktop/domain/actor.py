"""Who is acting: every service call is attributed to one person (or to the system)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.enums import Role
from desktop.domain.phrases import Term

# Who acted when no staff member did (a migration, the demo, an import).
SYSTEM = Term("系统")


@dataclass(frozen=True)
class Actor:
    """The signed-in staff member (or a named system process) performing an action."""

    user_id: int | None
    username: str
    full_name: str
    roles: frozenset[Role]

    @classmethod
    def system(cls, name: str = "system") -> Actor:
        """A headless process (migrations, imports, demo data); holds every role."""
        return cls(None, name, SYSTEM, frozenset(Role))

    def has(self, role: Role) -> bool:
        return role in self.roles
