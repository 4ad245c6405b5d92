"""The legal guards of `desktop.domain.guards` in SQL, by the same names: `desk_case_move`
checks each of them for the login behind the session, so a case cannot be decided by SQL
past a rule the window would apply (README, "The database as the guard").

Each guard is the actions it concerns, a condition over the move's variables that is true
when the move must be refused, and the same Chinese sentence the services raise; the
guard's name travels in the error's HINT, so a test can match the two sides name by name.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.data.security.identity_sql import SAFE_PATH
from desktop.domain.enums import CaseStatus, InspectionConclusion, InspectionStatus, RecusalKind
from desktop.domain.guards import DECISIONS, NEEDS_REASON, Guard
from desktop.domain.inspections.recusal import EMPLOYMENT_LAPSE_YEARS, RECUSAL_LABELS
from desktop.domain.workflow import ACTION_LABELS, Action

# The PL/pgSQL variables of desk_case_move these conditions read: p_action, p_reason,
# p_data (the client's event data), v_case, v_item, v_proposal (the data of the proposal in
# force, or NULL).
_REASONED = "coalesce(btrim(p_reason), '') <> ''"
_ACTION_LABEL = (
    "(CASE p_action "
    + " ".join(f"WHEN '{a.value}' THEN '{label}'" for a, label in ACTION_LABELS.items())
    + " END)"
)
_RECORDED = (
    "EXISTS (SELECT 1 FROM public.inspections i WHERE i.case_id = v_case.id"
    f" AND i.status = '{InspectionStatus.DONE.value}' AND i.conclusion IS NOT NULL)"
)
_PROPOSED = "(v_proposal->>'grant')::boolean"
# The latest recorded inspection of the case (a re-inspection is always the later row).
_LATEST_NOT_PASSED = (
    "(SELECT i.conclusion FROM public.inspections i WHERE i.case_id = v_case.id"
    f" AND i.status = '{InspectionStatus.DONE.value}' AND i.conclusion IS NOT NULL"
    f" ORDER BY i.id DESC LIMIT 1) <> '{InspectionConclusion.PASSES.value}'"
)


# 容缺受理: a promise whose material is not in and whose catalogue entry did not let the
# licence go out first (domain/promises.py holds_licence_back); desk_guard_issue reads it too.
def promise_open(case_id: str) -> str:
    return (
        f"EXISTS (SELECT 1 FROM public.case_promises p WHERE p.case_id = {case_id}"
        " AND NOT p.issue_before_received AND NOT EXISTS"
        " (SELECT 1 FROM public.case_promise_receipts r WHERE r.promise_id = p.id))"
    )


PROMISE_OPEN_MESSAGE = "容缺受理承诺补交的材料尚未收到：收到后才能制证"


@dataclass(frozen=True)
class SqlGuard:
    actions: frozenset[Action]
    refuses: str  # SQL, true when the move must be refused
    message: str  # RAISE format: % for each of `arguments`
    arguments: tuple[str, ...] = ()


GUARD_SQL: dict[Guard, SqlGuard] = {
    Guard.WRITTEN_REASON: SqlGuard(
        NEEDS_REASON, f"NOT {_REASONED}", "“%”必须填写书面理由", (_ACTION_LABEL,)
    ),
    Guard.INSPECTION_RECORDED: SqlGuard(
        DECISIONS | {Action.PROPOSE},
        f"v_item.needs_inspection AND NOT {_RECORDED}",
        "本事项须现场踏勘：请先录入踏勘结论，再作出或拟定决定",
    ),
    Guard.INSPECTION_PASSED: SqlGuard(
        frozenset({Action.APPROVE}),
        f"v_item.needs_inspection AND coalesce({_LATEST_NOT_PASSED}, false)",
        "最近一次现场踏勘结论不是“合格”：须整改后复查合格，才能准予许可",
    ),
    Guard.PROPOSAL_CHOSEN: SqlGuard(
        frozenset({Action.PROPOSE}),
        "jsonb_typeof(p_data->'grant') IS DISTINCT FROM 'boolean'",
        "请选择拟准予或拟不予许可",
    ),
    Guard.REFUSAL_REASONED: SqlGuard(
        frozenset({Action.PROPOSE}),
        f"p_data->'grant' = 'false'::jsonb AND NOT {_REASONED}",
        "拟不予许可必须写明理由",
    ),
    Guard.DECISION_FOLLOWS_PROPOSAL: SqlGuard(
        DECISIONS,
        f"v_case.status <> '{CaseStatus.UNDER_REVIEW.value}'"
        f" AND jsonb_typeof(v_proposal->'grant') = 'boolean'"
        f" AND {_PROPOSED} <> (p_action = '{Action.APPROVE.value}')",
        "承办人拟定的意见是“%”：如不同意，请退回承办人重新拟定",
        (
            f"CASE WHEN {_PROPOSED} THEN '{CaseStatus.APPROVED.label}'"
            f" ELSE '{CaseStatus.REJECTED.label}' END",
        ),
    ),
    Guard.PROMISES_KEPT: SqlGuard(
        frozenset({Action.ISSUE_CERTIFICATE}), promise_open("v_case.id"), PROMISE_OPEN_MESSAGE
    ),
    Guard.ONE_EXTENSION: SqlGuard(
        frozenset({Action.EXTEND}),
        "v_case.extension_days > 0",
        "本件已延长过一次期限，依法不能再次延长（《行政许可法》第四十二条）",
    ),
    Guard.COMMITMENT_SIGNED: SqlGuard(
        frozenset({Action.APPROVE}),
        "v_item.commitment_based AND v_case.kind = 'new' AND NOT EXISTS"
        " (SELECT 1 FROM public.commitments c WHERE c.case_id = v_case.id)",
        "本事项实行告知承诺制：没有申请人签署的告知承诺书，不能据此准予许可",
    ),
}


def guard_checks() -> str:
    """The PL/pgSQL that refuses a move any guard forbids, first by action (so a claim, which
    no guard concerns, pays one comparison per guard), in the order the domain checks them."""
    blocks = []
    for guard in Guard:
        sql = GUARD_SQL[guard]
        actions = ", ".join(f"'{a.value}'" for a in sorted(sql.actions))
        arguments = "".join(f", {argument}" for argument in sql.arguments)
        blocks.append(
            f"    IF p_action IN ({actions}) THEN\n"
            f"        IF {sql.refuses} THEN\n"
            f"            RAISE EXCEPTION '{sql.message}'{arguments}\n"
            f"                USING ERRCODE = 'check_violation', HINT = '{guard.value}';\n"
            f"        END IF;\n"
            f"    END IF;"
        )
    return "\n".join(blocks)


# Recusal (回避) on every team and backup list, however it is written: the draws and the
# coordinator's changes leave out whoever a tie in force binds to the case's applicant or
# project (domain/inspections/recusal.py), and a plain INSERT must not put them back.
_TODAY = "((now() + interval '8 hours') AT TIME ZONE 'UTC')::date"  # China has no DST
_SAME_PROJECT = (
    "regexp_replace(btrim(t.project_name), '\\s+', ' ', 'g')"
    " = regexp_replace(btrim(c.project_name), '\\s+', ' ', 'g')"
)
_RECUSAL_LABEL = (
    "(CASE t.kind "
    + " ".join(f"WHEN '{k.value}' THEN '{label}'" for k, label in RECUSAL_LABELS.items())
    + " END)"
)

GUARD_RECUSAL = f"""
CREATE OR REPLACE FUNCTION public.desk_guard_recusal() RETURNS trigger
LANGUAGE plpgsql {SAFE_PATH} AS $$
DECLARE
    v_ground text;
    v_name text;
BEGIN
    IF public.desk_is_trusted(current_user) THEN
        RETURN NEW;
    END IF;
    SELECT {_RECUSAL_LABEL}, p.name INTO v_ground, v_name
        FROM public.inspections i
        JOIN public.cases c ON c.id = i.case_id
        JOIN public.recusal_ties t ON t.inspector_id = NEW.inspector_id
        JOIN public.inspectors p ON p.id = t.inspector_id
        WHERE i.id = NEW.inspection_id
          AND ((t.applicant_id IS NOT NULL AND t.applicant_id = c.applicant_id)
               OR (coalesce(t.project_name, '') <> '' AND coalesce(c.project_name, '') <> ''
                   AND {_SAME_PROJECT}))
          AND (t.kind = '{RecusalKind.PRIOR_INVOLVEMENT.value}' OR t.ended_on IS NULL
               OR (t.kind = '{RecusalKind.EMPLOYMENT.value}'
                   AND {_TODAY} <= t.ended_on + interval '{EMPLOYMENT_LAPSE_YEARS} years')
               OR (t.kind <> '{RecusalKind.EMPLOYMENT.value}' AND {_TODAY} <= t.ended_on))
        LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION '踏勘人员 % 应当回避（%），不能列入本次踏勘', v_name, v_ground
            USING ERRCODE = 'check_violation', HINT = 'recusal';
    END IF;
    RETURN NEW;
END $$
"""

FUNCTIONS = {"desk_guard_recusal()": GUARD_RECUSAL}


def statements() -> list[str]:
    """The recusal trigger, idempotently (the move's guards are part of desk_case_move)."""
    return [
        GUARD_RECUSAL,
        "DROP TRIGGER IF EXISTS desk_guard_recusal ON public.inspection_members",
        "CREATE TRIGGER desk_guard_recusal BEFORE INSERT OR UPDATE OF inspector_id, inspection_id"
        " ON public.inspection_members FOR EACH ROW EXECUTE FUNCTION public.desk_guard_recusal()",
    ]
