"""Row-security policies as data, and the SQL pieces the policies of several tables share."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop.data.security.names import group_role
from desktop.domain.enums import Role

ME = "(SELECT public.desk_staff_id())"
# Who sees every case (the queues' handlers see their own category's; the admin none).
SEES_EVERY_CASE = (Role.REVIEWER, Role.HEAD, Role.COORDINATOR, Role.CLERK, Role.SUPERVISOR)


def visible_case(column: str) -> str:
    # Row security of `cases` applies inside the subquery, as the querying user.
    return f"EXISTS (SELECT 1 FROM public.cases c WHERE c.id = {column})"


def handled_case(column: str) -> str:
    return f"EXISTS (SELECT 1 FROM public.cases c WHERE c.id = {column} AND c.handler_id = {ME})"


def sql_list(values: Iterable[str]) -> str:
    """Strings (or StrEnum members) as a list of SQL literals: 'a', 'b'."""
    return ", ".join(f"'{value}'" for value in values)


@dataclass(frozen=True)
class Policy:
    table: str
    name: str
    command: str  # SELECT, INSERT, UPDATE, DELETE or ALL
    roles: tuple[str, ...]
    using: str | None = None
    check: str | None = None

    def sql(self) -> str:
        text = (
            f"CREATE POLICY desk_{self.name} ON public.{self.table} "
            f"AS PERMISSIVE FOR {self.command} TO {', '.join(self.roles)}"
        )
        if self.using is not None:
            text += f" USING ({self.using})"
        if self.check is not None:
            text += f" WITH CHECK ({self.check})"
        return text


def roles(*job_roles: Role) -> tuple[str, ...]:
    """The group roles of these job roles, each once, in the order given."""
    return tuple(dict.fromkeys(group_role(role) for role in job_roles))
