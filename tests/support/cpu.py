"""CPU time used by processes of this machine (Linux /proc), for benchmarks that report
what an action costs in CPU as well as in wall time."""

from __future__ import annotations

import os
from pathlib import Path

TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _fields(pid: int | str) -> list[str] | None:
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return text.rpartition(")")[2].split()  # the name may hold spaces and brackets


def parent_of(pid: int) -> int | None:
    fields = _fields(pid)
    return int(fields[1]) if fields else None


def family_cpu_seconds(parent: int) -> float:
    """CPU seconds of a process and of its children, those running and those ended."""
    own = _fields(parent)
    if own is None:
        return 0.0
    ticks = sum(int(own[n]) for n in (11, 12, 13, 14))  # its own and its reaped children's
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            fields = _fields(entry.name)
            if fields and int(fields[1]) == parent:
                ticks += int(fields[11]) + int(fields[12])
    return ticks / TICK


def process_cpu_seconds(pid: int) -> float:
    """CPU seconds of one process (0 when it has ended)."""
    fields = _fields(pid)
    return (int(fields[11]) + int(fields[12])) / TICK if fields else 0.0
