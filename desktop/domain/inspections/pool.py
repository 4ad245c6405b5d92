"""The data a draw sees: a frozen snapshot of the inspector pool and the pending requests."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop.domain.canonical import sha256_hex
from desktop.domain.enums import HalfDay, RecusalKind
from desktop.domain.workdays import WorkCalendar


@dataclass(frozen=True, order=True)
class Slot:
    """A half-day on one working day: the unit a person can be in one place for."""

    day: date
    half_day: HalfDay  # "am" sorts before "pm"

    def __str__(self) -> str:
        return f"{self.day.isoformat()} {'上午' if self.half_day is HalfDay.AM else '下午'}"


@dataclass(frozen=True)
class Inspector:
    """A member of the pool as the draw sees them."""

    id: int
    name: str
    department_id: int
    specialties: frozenset[str]
    title: str = ""
    active: bool = True
    daily_capacity: int = 2  # inspections per working day
    unavailable: frozenset[Slot] = frozenset()  # leave and other duties
    booked: frozenset[Slot] = frozenset()  # inspections already scheduled: they use capacity
    recent_load: int = 0  # inspections over the rolling window, scheduled ones included

    def __post_init__(self) -> None:
        if self.daily_capacity < 1:
            raise ValueError(f"inspector {self.id}: daily capacity must be at least 1")
        if self.recent_load < 0:
            raise ValueError(f"inspector {self.id}: recent load cannot be negative")

    def booked_on(self, day: date) -> int:
        return sum(1 for slot in self.booked if slot.day == day)

    def is_free(self, slot: Slot) -> bool:
        """Not on leave, not booked at `slot`, and with capacity left that day."""
        return (
            slot not in self.unavailable
            and slot not in self.booked
            and self.booked_on(slot.day) < self.daily_capacity
        )


@dataclass(frozen=True)
class RecusalTie:
    """A reason `inspector_id` must not inspect for an applicant or a project (回避)."""

    inspector_id: int
    kind: RecusalKind
    applicant_id: int | None = None
    project_name: str | None = None
    started_on: date | None = None
    ended_on: date | None = None  # employment lapses three years after; others on this day
    note: str = ""

    def __post_init__(self) -> None:
        if self.applicant_id is None and not (self.project_name or "").strip():
            raise ValueError("a recusal tie names an applicant or a project")


@dataclass(frozen=True)
class InspectionRequest:
    """A case that needs a site visit within a window of days."""

    id: int
    case_number: str
    applicant_id: int
    project_name: str | None
    required_specialties: frozenset[str]
    department_id: int  # the responsible industry department
    address: str
    window_start: date
    window_end: date
    team_size: int = 2  # exactly this many inspectors; the law asks for at least two

    def __post_init__(self) -> None:
        if self.team_size < 2:
            raise ValueError(f"request {self.id}: a team has at least two inspectors")
        if self.window_end < self.window_start:
            raise ValueError(f"request {self.id}: the window ends before it starts")


@dataclass(frozen=True)
class PoolSnapshot:
    """Everything a draw depends on; kept sorted so equal data gives an equal hash."""

    as_of: date  # the draw day: recusal lapses are judged on it
    working_days: tuple[date, ...]  # the candidate days, from the working-day calendar
    inspectors: tuple[Inspector, ...]
    ties: tuple[RecusalTie, ...] = ()
    requests: tuple[InspectionRequest, ...] = ()
    _by_id: dict[int, Inspector] = field(init=False, repr=False, compare=False)
    _requests: dict[int, InspectionRequest] = field(init=False, repr=False, compare=False)
    _free: dict[int, frozenset[Slot]] = field(init=False, repr=False, compare=False)
    _ties: dict[int, tuple[RecusalTie, ...]] = field(init=False, repr=False, compare=False)
    _slots: tuple[Slot, ...] = field(init=False, repr=False, compare=False)
    _hash: list[str] = field(init=False, repr=False, compare=False)  # filled on first use

    def __post_init__(self) -> None:
        set_ = object.__setattr__  # frozen: normalise once, here
        set_(self, "working_days", tuple(sorted(set(self.working_days))))
        set_(self, "inspectors", tuple(sorted(self.inspectors, key=lambda i: i.id)))
        set_(self, "ties", tuple(sorted(self.ties, key=_tie_key)))
        set_(self, "requests", tuple(sorted(self.requests, key=lambda r: r.id)))
        set_(self, "_by_id", {i.id: i for i in self.inspectors})
        set_(self, "_requests", {r.id: r for r in self.requests})
        if len(self._by_id) != len(self.inspectors):
            raise ValueError("inspector ids repeat")
        if len(self._requests) != len(self.requests):
            raise ValueError("request ids repeat")
        slots = tuple(Slot(day, half) for day in self.working_days for half in HalfDay)
        set_(self, "_slots", slots)
        set_(self, "_hash", [])
        free = {i.id: frozenset(s for s in slots if i.is_free(s)) for i in self.inspectors}
        set_(self, "_free", free)
        unknown = {t.inspector_id for t in self.ties} - self._by_id.keys()
        if unknown:
            raise ValueError(f"recusal ties name unknown inspectors {sorted(unknown)}")
        ties: dict[int, list[RecusalTie]] = {i.id: [] for i in self.inspectors}
        for tie in self.ties:
            ties[tie.inspector_id].append(tie)
        set_(self, "_ties", {i: tuple(found) for i, found in ties.items()})

    def inspector(self, inspector_id: int) -> Inspector:
        return self._by_id[inspector_id]

    def request(self, request_id: int) -> InspectionRequest:
        return self._requests[request_id]

    def free_slots(self, inspector_id: int) -> frozenset[Slot]:
        """The half-days of the horizon the inspector could still be drawn for."""
        return self._free[inspector_id]

    def slots(self) -> tuple[Slot, ...]:
        return self._slots

    def window_slots(self, request: InspectionRequest) -> tuple[Slot, ...]:
        return tuple(s for s in self.slots() if request.window_start <= s.day <= request.window_end)

    def ties_of(self, inspector_id: int) -> tuple[RecusalTie, ...]:
        return self._ties[inspector_id]

    def snapshot_hash(self) -> str:
        """SHA-256 of the canonical JSON: the draw log records it for replay."""
        if not self._hash:
            self._hash.append(sha256_hex(self))
        return self._hash[0]


def _tie_key(tie: RecusalTie) -> tuple:
    return (
        tie.inspector_id,
        tie.kind.value,
        tie.applicant_id or 0,
        tie.project_name or "",
        tie.started_on or date.min,
        tie.ended_on or date.min,
        tie.note,
    )


def candidate_days(calendar: WorkCalendar, first: date, count: int) -> tuple[date, ...]:
    """`count` working days from `first` (included when it is a working day)."""
    start = calendar.position(first) - (1 if calendar.is_working_day(first) else 0)
    return tuple(calendar.working_day_at(start + n) for n in range(1, count + 1))
