"""Claiming the next case of a queue in one call: the guarded function picks the first pool
case nobody else is locking (green channel first, then the oldest), moves it through the
same transition rules as `desk_case_act` and records the action in the audit trail, as
`desktop.services.cases.claims.claim_next` does in Python on SQLite.

One round trip instead of a dozen: under load, claiming is what every handler does most.
"""

from __future__ import annotations

from desktop.data.security.identity_sql import SAFE_PATH
from desktop.data.security.workflow_sql import queue_role_of
from desktop.domain.enums import CaseStatus
from desktop.domain.workflow import Action

_POOL = CaseStatus.RECEIVED.value

CLAIM_NEXT = f"""
CREATE OR REPLACE FUNCTION public.desk_claim_next(
    p_category text, p_actor_id integer, p_at timestamptz
) RETURNS SETOF public.cases
LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $$
DECLARE
    v_actor integer := public.desk_acting_staff(p_actor_id);
    v_case integer;
    v_version integer;
    v_claimed public.cases;
BEGIN
    -- Only a handler of the queue picks from it (and so sees what it holds); the DBA, who
    -- may claim for anyone, meets the same rules below.
    IF NOT coalesce(public.desk_session_has({queue_role_of("p_category")}), false)
       AND NOT public.desk_is_trusted(session_user) THEN
        RAISE EXCEPTION '账号 % 不是本类办件的承办人，不能认领', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- The pool's own index gives the order; rows other claimers hold are stepped over.
    SELECT c.id INTO v_case FROM public.cases c
        WHERE c.category = p_category AND c.status = '{_POOL}'
        ORDER BY c.queue_rank, c.accepted_at, c.id
        LIMIT 1 FOR UPDATE SKIP LOCKED;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    v_version := public.desk_case_move(v_actor, v_case, '{Action.CLAIM.value}', NULL, NULL,
                                       NULL, NULL, p_at);
    SELECT * INTO v_claimed FROM public.cases WHERE id = v_case;
    -- The entry the services write for every action (services/case_core.finish).
    INSERT INTO public.audit_log (actor, action, entity, entity_id, old, new)
        VALUES ((SELECT username FROM public.staff_users WHERE id = v_actor),
                '{Action.CLAIM.value}', 'case', v_case::text,
                jsonb_build_object('status', '{_POOL}', 'version', v_version - 1),
                jsonb_build_object('status', v_claimed.status, 'version', v_claimed.version,
                                   'handler_id', v_claimed.handler_id));
    RETURN NEXT v_claimed;
END $$
"""

SIGNATURE = "desk_claim_next(text, integer, timestamptz)"
FUNCTIONS = {SIGNATURE: CLAIM_NEXT}
DEFINER_FUNCTIONS = (SIGNATURE,)  # owned by the workflow role


def statements() -> list[str]:
    return list(FUNCTIONS.values())
