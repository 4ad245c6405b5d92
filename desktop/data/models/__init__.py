"""All tables of Approval Desk; importing this package registers them on `Base.metadata`."""

from desktop.data.models.base import Base
from desktop.data.models.case_months import CaseMonthTally
from desktop.data.models.cases import Case, CaseEvent, CaseMaterial, CaseTally, ClockPause
from desktop.data.models.commitments import Commitment
from desktop.data.models.control import AuditChainLock, IdempotencyKey, PoolLock, TransitionRule
from desktop.data.models.deliveries import CaseDelivery
from desktop.data.models.draws import DrawLogEntry, DrawSecret, DrawWitness, InspectionDraw
from desktop.data.models.inspections import (
    Inspection,
    InspectionMember,
    Inspector,
    InspectorUnavailability,
    RecusalTie,
    inspector_specialties,
)
from desktop.data.models.licences import Licence
from desktop.data.models.people import Applicant, StaffRole, StaffUser
from desktop.data.models.projects import Project
from desktop.data.models.promises import CasePromise, PromiseReceipt
from desktop.data.models.records import (
    AuditEntry,
    CalendarException,
    CalendarVersion,
    CalendarYear,
    IssuedDocument,
    NumberCounter,
    Setting,
    Ticket,
)
from desktop.data.models.reference import (
    Department,
    Item,
    ItemMaterial,
    Specialty,
    item_specialties,
)
from desktop.data.models.site_records import (
    InspectionFile,
    InspectionFinding,
    InspectionRecord,
    ItemCheckPoint,
)
from desktop.data.models.supervision import (
    CaseUrge,
    Rating,
    RatingFollowUp,
    ResultNotice,
    ResultNoticeCase,
    TicketEvent,
)

__all__ = [
    "Applicant",
    "AuditChainLock",
    "AuditEntry",
    "Base",
    "CalendarException",
    "CalendarVersion",
    "CalendarYear",
    "Case",
    "CaseDelivery",
    "CaseEvent",
    "CaseMaterial",
    "CaseMonthTally",
    "CasePromise",
    "CaseTally",
    "CaseUrge",
    "ClockPause",
    "Commitment",
    "Department",
    "DrawLogEntry",
    "DrawSecret",
    "DrawWitness",
    "IdempotencyKey",
    "Inspection",
    "InspectionDraw",
    "InspectionFile",
    "InspectionFinding",
    "InspectionMember",
    "InspectionRecord",
    "Inspector",
    "InspectorUnavailability",
    "IssuedDocument",
    "Item",
    "ItemCheckPoint",
    "ItemMaterial",
    "Licence",
    "NumberCounter",
    "PoolLock",
    "Project",
    "PromiseReceipt",
    "Rating",
    "RatingFollowUp",
    "RecusalTie",
    "ResultNotice",
    "ResultNoticeCase",
    "Setting",
    "Specialty",
    "StaffRole",
    "StaffUser",
    "Ticket",
    "TicketEvent",
    "TransitionRule",
    "inspector_specialties",
    "item_specialties",
]
