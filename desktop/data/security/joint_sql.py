"""联合踏勘 held by the database: only the inspection coordinator joins an inspection to a
lead one, and only one of another open case of the same construction project and stage; a
joined inspection's conclusion is the lead's, never set apart from it
(services/inspections/joint.py; README, 联合踏勘).
"""

from __future__ import annotations

from desktop.data.security.identity_sql import SAFE_PATH
from desktop.domain.enums import OPEN_INSPECTIONS, InspectionStatus, Role

_CHECK = "USING ERRCODE = 'check_violation'"
_REFUSE = "USING ERRCODE = 'insufficient_privilege'"
_OPEN = ", ".join(f"'{s.value}'" for s in OPEN_INSPECTIONS)

GUARD_JOINT = f"""
CREATE OR REPLACE FUNCTION public.desk_guard_joint_inspection() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $$
DECLARE
    v_lead public.inspections;
    v_case public.cases;
    v_lead_case public.cases;
    v_changed boolean;
    v_concluded boolean;
BEGIN
    IF public.desk_is_trusted(session_user) THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        v_changed := NEW.joint_of_id IS NOT NULL;
        v_concluded := NEW.conclusion IS NOT NULL;
    ELSE
        v_changed := NEW.joint_of_id IS DISTINCT FROM OLD.joint_of_id;
        v_concluded := NEW.conclusion IS DISTINCT FROM OLD.conclusion;
    END IF;
    IF v_changed THEN
        IF NOT public.desk_session_has('{Role.COORDINATOR.value}') THEN
            RAISE EXCEPTION '只有踏勘协调员可以安排联合踏勘' {_REFUSE};
        END IF;
        IF NEW.joint_of_id IS NOT NULL THEN
            SELECT * INTO v_lead FROM public.inspections WHERE id = NEW.joint_of_id;
            SELECT * INTO v_case FROM public.cases WHERE id = NEW.case_id;
            SELECT * INTO v_lead_case FROM public.cases WHERE id = v_lead.case_id;
            IF v_lead.id = NEW.id OR v_lead.joint_of_id IS NOT NULL
               OR v_lead.status NOT IN ({_OPEN}) THEN
                RAISE EXCEPTION '踏勘 % 不是待踏勘的主踏勘，不能并入', NEW.joint_of_id {_CHECK};
            END IF;
            IF NEW.status IS DISTINCT FROM '{InspectionStatus.REQUESTED.value}'
               OR EXISTS (SELECT 1 FROM public.inspections j WHERE j.joint_of_id = NEW.id) THEN
                RAISE EXCEPTION '办件 % 的踏勘已安排或已有并入的踏勘，不能再并入', v_case.number
                    {_CHECK};
            END IF;
            IF v_case.project_id IS NULL
               OR v_case.project_id IS DISTINCT FROM v_lead_case.project_id
               OR v_case.project_stage IS DISTINCT FROM v_lead_case.project_stage THEN
                RAISE EXCEPTION '办件 % 与 % 不属于同一工程建设项目的同一阶段，不能联合踏勘',
                    v_case.number, v_lead_case.number {_CHECK};
            END IF;
        END IF;
    END IF;
    IF NEW.joint_of_id IS NOT NULL AND NEW.conclusion IS NOT NULL AND v_concluded THEN
        -- A cancelled lead leaves the joined inspection on its own (services: joint_lead).
        SELECT * INTO v_lead FROM public.inspections WHERE id = NEW.joint_of_id;
        IF v_lead.status IS DISTINCT FROM '{InspectionStatus.CANCELLED.value}'
           AND (v_lead.status IS DISTINCT FROM '{InspectionStatus.DONE.value}'
                OR v_lead.conclusion IS DISTINCT FROM NEW.conclusion) THEN
            RAISE EXCEPTION '联合踏勘的结论须与主踏勘（%）的结论一致', NEW.joint_of_id {_CHECK};
        END IF;
    END IF;
    RETURN NEW;
END $$"""

FUNCTIONS = {"desk_guard_joint_inspection()": GUARD_JOINT}
DEFINER_FUNCTIONS = ("desk_guard_joint_inspection()",)


def statements() -> list[str]:
    """The function and its trigger, idempotently."""
    return [
        *FUNCTIONS.values(),
        "DROP TRIGGER IF EXISTS desk_guard_joint_inspection ON public.inspections",
        "CREATE TRIGGER desk_guard_joint_inspection BEFORE INSERT OR UPDATE OF joint_of_id,"
        " conclusion ON public.inspections FOR EACH ROW"
        " EXECUTE FUNCTION public.desk_guard_joint_inspection()",
    ]
