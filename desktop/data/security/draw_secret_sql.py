"""The draw's secret (commit, then reveal) kept from every login until its witness is on
record: `desk_draw_commit` makes the secret in the server and stores it in
`inspection_draw_secrets`, which no login may read, returning only its SHA-256 (the
commitment); `desk_draw_reveal` hands the secret out only once the draw's witness was
committed by an earlier transaction, so nobody can look at the secret, roll back and pick
another witness. README, "Inspections".
"""

from __future__ import annotations

from desktop.data.security.identity_sql import SAFE_PATH
from desktop.domain.enums import Role

_REFUSE = "USING ERRCODE = 'insufficient_privilege'"

COMMIT = f"""
CREATE OR REPLACE FUNCTION public.desk_draw_commit() RETURNS text
LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $$
DECLARE
    v_secret text;
    v_commitment text;
BEGIN
    IF NOT (public.desk_session_has('{Role.COORDINATOR.value}')
            OR public.desk_is_trusted(session_user)) THEN
        RAISE EXCEPTION '只有踏勘协调员可以开启抽取' {_REFUSE};
    END IF;
    -- 2 x 122 random bits from the server's strong generator, hashed to 256 bits of hex.
    v_secret := encode(sha256(convert_to(
        gen_random_uuid()::text || gen_random_uuid()::text, 'UTF8')), 'hex');
    v_commitment := encode(sha256(convert_to(v_secret, 'UTF8')), 'hex');
    INSERT INTO public.inspection_draw_secrets (commitment, secret)
    VALUES (v_commitment, v_secret);
    RETURN v_commitment;
END $$"""

REVEAL = f"""
CREATE OR REPLACE FUNCTION public.desk_draw_reveal(p_draw integer) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $$
DECLARE
    v_commitment text;
BEGIN
    IF public.desk_staff_id() IS NULL AND NOT public.desk_is_trusted(session_user) THEN
        RAISE EXCEPTION '账号 % 不是在职工作人员', session_user {_REFUSE};
    END IF;
    SELECT d.commitment INTO v_commitment FROM public.inspection_draws d WHERE d.id = p_draw;
    IF v_commitment IS NULL THEN
        RAISE EXCEPTION '抽取 % 没有承诺值，无秘密值可揭示', p_draw {_REFUSE};
    END IF;
    IF NOT EXISTS (SELECT 1 FROM public.inspection_draw_witnesses w WHERE w.draw_id = p_draw)
    THEN
        RAISE EXCEPTION '抽取 % 尚未登记见证人随机数：秘密值在见证之后才揭示', p_draw {_REFUSE};
    END IF;
    -- The witness row is visible, so it is committed or this transaction's own; a
    -- transaction that has written nothing yet has no id, so it cannot be its own.
    IF txid_current_if_assigned() IS NOT NULL THEN
        RAISE EXCEPTION '见证须先提交，秘密值才揭示：请在写入任何内容之前揭示' {_REFUSE};
    END IF;
    RETURN (SELECT s.secret FROM public.inspection_draw_secrets s
            WHERE s.commitment = v_commitment);
END $$"""

FUNCTIONS = {"desk_draw_commit()": COMMIT, "desk_draw_reveal(integer)": REVEAL}
DEFINER_FUNCTIONS = tuple(FUNCTIONS)
