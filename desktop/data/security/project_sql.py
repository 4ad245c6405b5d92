"""Construction projects in the database: a case names a project only of its own applicant
(the builder), in the project's current stage and for an item the catalogue places in it;
a project's stage moves only to the next one, and only once every case of the stage it
leaves is decided and none is left refused.
Built from `desktop/domain/projects.py` at every upgrade.
"""

from __future__ import annotations

from desktop.data.security.identity_sql import SAFE_PATH
from desktop.domain.projects import STAGE_LABELS, ProjectStage


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _case(expression: str, pairs: dict[str, str], default: str = "NULL") -> str:
    whens = " ".join(f"WHEN {_literal(k)} THEN {v}" for k, v in pairs.items())
    return f"(CASE {expression} {whens} ELSE {default} END)"


def _label(expression: str) -> str:
    return _case(expression, {s.value: _literal(label) for s, label in STAGE_LABELS.items()})


_NEXT = _case(
    "OLD.stage", {s.value: _literal(s.next.value) for s in ProjectStage if s.next is not None}
)
# A case still under review: no decision, not withdrawn or terminated.
OPEN_CASE = "c.decided_on IS NULL AND c.status NOT IN ('withdrawn', 'terminated')"

GUARD_CASE_PROJECT = f"""
CREATE OR REPLACE FUNCTION public.desk_guard_case_project() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $$
DECLARE
    v_project public.projects;
    v_item public.items;
BEGIN
    -- services/cases/projects.py's check_case_project: the builder applies for every case
    -- of its project, each in the stage the project is in when it is accepted.
    IF NEW.project_id IS NULL OR public.desk_is_trusted(session_user) THEN
        RETURN NEW;
    END IF;
    SELECT * INTO v_project FROM public.projects WHERE id = NEW.project_id;
    IF v_project.builder_id IS DISTINCT FROM NEW.applicant_id THEN
        RAISE EXCEPTION '项目 % 的建设单位不是本件申请人，办件不能列入该项目', v_project.code
            USING ERRCODE = 'check_violation';
    END IF;
    IF (TG_OP = 'INSERT' OR NEW.project_id IS DISTINCT FROM OLD.project_id
        OR NEW.project_stage IS DISTINCT FROM OLD.project_stage)
       AND NEW.project_stage IS DISTINCT FROM v_project.stage THEN
        RAISE EXCEPTION '项目 % 现处于“%”阶段，不能列入“%”阶段的办件', v_project.code,
            {_label("v_project.stage")}, {_label("NEW.project_stage")}
            USING ERRCODE = 'check_violation';
    END IF;
    -- The catalogue names the stage each item serves (items.project_stage).
    IF TG_OP = 'INSERT' OR NEW.project_id IS DISTINCT FROM OLD.project_id
       OR NEW.project_stage IS DISTINCT FROM OLD.project_stage THEN
        SELECT * INTO v_item FROM public.items WHERE id = NEW.item_id;
        IF v_item.project_stage IS NULL THEN
            RAISE EXCEPTION '事项“%”不属于工程建设项目审批阶段，办件不能列入项目 %',
                v_item.name, v_project.code USING ERRCODE = 'check_violation';
        END IF;
        IF v_item.project_stage IS DISTINCT FROM NEW.project_stage THEN
            RAISE EXCEPTION '事项“%”属于“%”阶段，项目 % 现处于“%”阶段，办件不能列入该项目',
                v_item.name, {_label("v_item.project_stage")}, v_project.code,
                {_label("NEW.project_stage")} USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    RETURN NEW;
END $$
"""

GUARD_STAGE = f"""
CREATE OR REPLACE FUNCTION public.desk_guard_project_stage() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $$
DECLARE
    v_open text;
    v_refused text;
BEGIN
    -- services/cases/projects.py's advance_stage, by domain/projects.py's stage_state: the
    -- next stage only, once the stage left behind is done.
    IF NEW.stage IS NOT DISTINCT FROM OLD.stage THEN
        NEW.stage_since := OLD.stage_since;
        RETURN NEW;
    END IF;
    IF NEW.stage IS DISTINCT FROM {_NEXT} THEN
        RAISE EXCEPTION '项目 % 只能从“%”阶段进入下一阶段，不能进入“%”阶段', OLD.code,
            {_label("OLD.stage")}, {_label("NEW.stage")} USING ERRCODE = 'check_violation';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM public.cases c
                   WHERE c.project_id = OLD.id AND c.project_stage = OLD.stage) THEN
        RAISE EXCEPTION '项目 % 的“%”阶段尚无办件，不能进入下一阶段', OLD.code,
            {_label("OLD.stage")} USING ERRCODE = 'check_violation';
    END IF;
    SELECT string_agg(c.number, '、' ORDER BY c.number) INTO v_open FROM public.cases c
        WHERE c.project_id = OLD.id AND c.project_stage = OLD.stage AND {OPEN_CASE};
    IF v_open IS NOT NULL THEN
        RAISE EXCEPTION '项目 % 的“%”阶段还有办件未办结（%），不能进入下一阶段', OLD.code,
            {_label("OLD.stage")}, v_open USING ERRCODE = 'check_violation';
    END IF;
    SELECT string_agg(last.number, '、' ORDER BY last.number) INTO v_refused FROM (
        SELECT DISTINCT ON (c.item_id) c.id, c.number FROM public.cases c
        WHERE c.project_id = OLD.id AND c.project_stage = OLD.stage
          AND c.decided_on IS NOT NULL
        ORDER BY c.item_id, c.accepted_at DESC, c.id DESC
    ) last
    WHERE EXISTS (SELECT 1 FROM public.case_events e
                  WHERE e.case_id = last.id AND e.action = 'reject');
    IF v_refused IS NOT NULL THEN
        RAISE EXCEPTION '项目 % 的“%”阶段受阻：办件 % 不予许可，须重新申请并准予后才能进入下一阶段',
            OLD.code, {_label("OLD.stage")}, v_refused USING ERRCODE = 'check_violation';
    END IF;
    NEW.stage_since := public.desk_today();
    RETURN NEW;
END $$
"""

DEFINER_FUNCTIONS = ("desk_guard_case_project()", "desk_guard_project_stage()")
FUNCTIONS = {
    "desk_guard_case_project()": GUARD_CASE_PROJECT,
    "desk_guard_project_stage()": GUARD_STAGE,
}


def statements() -> list[str]:
    return [
        *FUNCTIONS.values(),
        "DROP TRIGGER IF EXISTS desk_guard_case_project ON public.cases",
        "CREATE TRIGGER desk_guard_case_project BEFORE INSERT OR UPDATE OF project_id, "
        "project_stage, applicant_id ON public.cases FOR EACH ROW "
        "EXECUTE FUNCTION public.desk_guard_case_project()",
        "DROP TRIGGER IF EXISTS desk_guard_project_stage ON public.projects",
        "CREATE TRIGGER desk_guard_project_stage BEFORE UPDATE OF stage, stage_since "
        "ON public.projects "
        "FOR EACH ROW EXECUTE FUNCTION public.desk_guard_project_stage()",
    ]
