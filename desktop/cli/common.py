"""What every command shares: the database it opens, who acts, dates on the command line."""

from __future__ import annotations

import argparse
import getpass
from datetime import date
from typing import TYPE_CHECKING

from desktop.domain.actor import Actor

if TYPE_CHECKING:  # the window's start never needs these names, so they are imported late
    from desktop.services.database import Engine, Sessions


def parse_date(text: str) -> date:
    """An ISO date argument (YYYY-MM-DD), or argparse's own error naming it."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期“{text}”无效，应为 YYYY-MM-DD") from None


def cli_actor() -> Actor:
    """Headless commands act as the operating-system user, recorded in the audit trail."""
    try:
        name = getpass.getuser()
    except (KeyError, OSError):
        name = "unknown"
    return Actor.system(f"cli:{name}")


def open_engine(
    args: argparse.Namespace, *, require_current: bool = True, create: bool = False
) -> Engine:
    """The database `--db` names (else the environment's or the default), reachable and,
    unless told otherwise, at this version's schema."""
    from desktop.services.database import connect, resolve_url

    return connect(resolve_url(args.db), require_current=require_current, create=create)


def sessions_for(args: argparse.Namespace) -> Sessions:
    """One sessionmaker for the command: each unit of work opens its own session from it."""
    from desktop.services.database import session_factory

    return session_factory(open_engine(args))
