"""The actions on a case, one function per user action, gathered for the window.

Each takes `(session, actor, case_id, version, ...)`, runs in the caller's transaction and
returns plain data; nothing is written when a check fails. The shared path (lock, version,
guards, history, clock, audit) is `case_core`; the actions live in three modules by stage.
"""

from desktop.services.case_core import CaseChanged, CaseNotFound, CaseState
from desktop.services.cases.claims import assign, claim, claim_next, release
from desktop.services.cases.decisions import (
    approve,
    deliver,
    extend,
    issue_certificate,
    propose,
    reject,
    send_back,
    sign_off,
    terminate,
    withdraw,
)
from desktop.services.cases.review import (
    MissingMaterial,
    SupplementNotice,
    end_inspection,
    end_special,
    mark_material,
    receive_supplement,
    request_reinspection,
    request_supplement,
    start_inspection,
    start_special,
)

__all__ = [
    "CaseChanged",
    "CaseNotFound",
    "CaseState",
    "MissingMaterial",
    "SupplementNotice",
    "approve",
    "assign",
    "claim",
    "claim_next",
    "deliver",
    "end_inspection",
    "end_special",
    "extend",
    "issue_certificate",
    "mark_material",
    "propose",
    "receive_supplement",
    "reject",
    "release",
    "request_reinspection",
    "request_supplement",
    "send_back",
    "sign_off",
    "start_inspection",
    "start_special",
    "terminate",
    "withdraw",
]
