"""The audit trail in words: every action code and record kind the services and the
database write has a label; rows name cases by number and say a change as field: old → new."""

from __future__ import annotations

import ast
from pathlib import Path

import sqlalchemy as sa

from desktop.data.security.audit_sql import AUDITED_TABLES
from desktop.domain.enums import CaseStatus
from desktop.domain.workflow import Action
from desktop.services.audit_trail import AuditFilter, fetch_audit_page
from desktop.services.audit_words import NAMED_ACTIONS, RECORDS, action_words, change_words
from desktop.services.cases import actions as cases

ROOT = Path(__file__).resolve().parents[2]
# audit.record(session, actor, action, entity, ...), and the follow-ups' helper around it:
# where the action and the entity stand among the arguments.
RECORDERS = {"record": (2, 3), "_recorded": (3, None)}


def _strings(node: ast.expr, function: ast.AST) -> set[str] | None:
    """The literal codes an argument can be: a literal, either side of `a if c else b`, or a
    local name assigned so; None for what the enums cover (f-strings, attributes)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.IfExp):
        body, orelse = _strings(node.body, function), _strings(node.orelse, function)
        return None if body is None or orelse is None else body | orelse
    if isinstance(node, ast.Name):
        found: set[str] = set()
        for child in ast.walk(function):
            if isinstance(child, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == node.id for t in child.targets
            ):
                found |= _strings(child.value, function) or set()
        return found or None
    return None


def written_codes() -> tuple[set[str], set[str]]:
    """(actions, entities) passed as literals to the audit trail anywhere in the services."""
    actions: set[str] = set()
    entities: set[str] = set()
    for path in sorted((ROOT / "desktop" / "services").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef):
                continue
            for call in ast.walk(function):
                if not isinstance(call, ast.Call):
                    continue
                name = getattr(call.func, "attr", getattr(call.func, "id", ""))
                if name not in RECORDERS or len(call.args) < 4:
                    continue
                if name == "record" and getattr(call.func, "value", None) is None:
                    continue
                action, entity = RECORDERS[name]
                actions |= _strings(call.args[action], function) or set()
                if entity is not None:
                    entities |= _strings(call.args[entity], function) or set()
    return actions, entities


def test_every_action_and_record_the_services_write_has_a_label():
    actions, entities = written_codes()
    assert {"sign_in", "issue_document", "add_inspector", "edit_inspector"} <= actions
    assert {"fix_follow_up", "enable_user", "disable_user", "retire_item"} <= actions
    assert len(actions) > 35 and {"case", "staff_user", "issued_document"} <= entities
    unlabelled = sorted(a for a in actions if action_words(a) == a)
    assert not unlabelled, f"actions without a label in audit_words: {unlabelled}"
    assert not sorted(entities - RECORDS.keys()), "records without a label in audit_words"
    # What the database's triggers write: their tables and insert/update/delete.
    assert set(AUDITED_TABLES) <= RECORDS.keys()
    assert {"insert", "update", "delete"} <= NAMED_ACTIONS.keys()
    # The workflow's actions and the draw events are labelled by their enums.
    assert all(action_words(a.value) is a for a in Action)
    assert str(action_words("draw_override").label) == "人工指定"


def test_a_change_is_said_field_by_field():
    lines = change_words(
        {"status": "received", "version": 1, "roles": ["admin"], "handler_id": None},
        {"status": "under_review", "version": 2, "roles": ["admin", "supervisor"], "x": True}
        | {"handler_id": 7},
        {7: "张三"},
    )
    said = [str(line) for line in lines]
    assert said == [  # in the labels' order; the version counter is nobody's business
        f"状态：{CaseStatus.RECEIVED.label} → {CaseStatus.UNDER_REVIEW.label}",
        "角色：系统管理员 → 系统管理员、督办",
        "承办人：（无） → 张三",
        "x：是",
    ]
    assert [str(line) for line in change_words(None, {"reason": ""})] == ["原因：（无）"]
    assert [str(line) for line in change_words({"a": 1}, None)] == ["a：1 → （无）"]
    issued = change_words(None, {"type": "delivery_proof"})  # a document by its title
    assert [str(line) for line in issued] == ["类型：送达回证"]


def test_the_trail_names_cases_by_number_and_filters_by_label(bureau):
    case = bureau.new_case("two")
    bureau.run(cases.claim, bureau.actors["eng1"], case.id, case.version)
    admin = bureau.actors["admin"]
    rows = bureau.run(fetch_audit_page, admin, AuditFilter(action="认领"))
    assert rows and all(row.action == "claim" for row in rows)
    claim = next(row for row in rows if row.entity == "case")
    with bureau.sessions() as session:  # who, by name and login
        from desktop.data import models as m

        eng1 = session.scalars(sa.select(m.StaffUser).where(m.StaffUser.username == "eng1")).one()
    assert claim.actor_name.startswith(f"{eng1.full_name}（eng1）")
    by_name = bureau.run(fetch_audit_page, admin, AuditFilter(actor=eng1.full_name))
    assert claim.id in {row.id for row in by_name}
    assert claim.action_label is Action.CLAIM and claim.record_label == "办件"
    with bureau.sessions() as session:
        from desktop.data import models as m

        number = session.get(m.Case, case.id).number
    assert claim.record == number
    assert f"状态：{CaseStatus.RECEIVED.label} → {CaseStatus.UNDER_REVIEW.label}" in [
        str(line) for line in claim.change
    ]
    by_number = bureau.run(fetch_audit_page, admin, AuditFilter(entity_id=number))
    assert by_number and all(row.record == number for row in by_number)
    assert {row.action for row in by_number} >= {"claim"}
    assert bureau.run(fetch_audit_page, admin, AuditFilter(entity_id="无此办件")) == []
    by_record = bureau.run(fetch_audit_page, admin, AuditFilter(entity="办件"))
    assert by_record and {row.entity for row in by_record} <= {"case", "cases"}
