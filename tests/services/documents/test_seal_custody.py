"""The seal's private keys never enter the shared database: PostgreSQL bureaus sign on a
SoftHSM2 token over PKCS#11, SQLite ones with a key file beside the database; no staff login
can read private key material; keys left by older versions are moved out."""

from __future__ import annotations

import base64
import stat
from pathlib import Path

import psycopg
import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.documents.keys import (
    certificate_der,
    create_qr_key,
    create_root_ca,
    create_seal_certificate,
    export_pkcs12,
    export_qr_key,
)
from desktop.documents.model import DocumentType
from desktop.documents.qr_payload import key_id, public_key_bytes
from desktop.documents.token import TokenSigner
from desktop.domain.errors import DomainError
from desktop.services.documents import seal_custody
from desktop.services.documents.issuing import issue_document, verify_document, verify_qr
from desktop.services.documents.signing_keys import (
    KEYS_SETTING,
    TRIAL_PASSPHRASE,
    TRUST_SETTING,
    KeysMissing,
    SealAway,
    init_keys,
    load_signing,
    move_keys_out,
)
from tests.services.documents.test_issuing import decided
from tests.support.key_scan import key_material
from tests.support.logins import connect_as

_READABLE = """
SELECT c.table_schema, c.table_name, c.column_name
FROM information_schema.columns c
JOIN information_schema.tables t USING (table_schema, table_name)
WHERE c.table_schema NOT IN ('pg_catalog', 'information_schema')
  AND t.table_type IN ('BASE TABLE', 'VIEW')
  AND c.data_type IN ('text', 'bytea', 'json', 'jsonb', 'character varying')
  AND has_column_privilege(
        format('%I.%I', c.table_schema, c.table_name), c.column_name, 'SELECT')
ORDER BY 1, 2, 3
"""


@pytest.fixture
def keyed(bureau):
    bureau.run(init_keys, bureau.actors["admin"])
    return bureau


def _stored(bureau) -> dict:
    with bureau.sessions() as session:
        return dict(session.get(m.Setting, KEYS_SETTING).value)


def test_the_private_keys_are_kept_outside_the_database(keyed, backend, db_url):
    stored = _stored(keyed)
    assert {"pkcs12", "qr_key"}.isdisjoint(stored)
    assert key_material(stored) is None
    if backend == "postgres":
        assert stored["custody"] == "token"
        return
    assert stored["custody"] == "key_file" and stored["trial"]
    path = seal_custody.key_file_path(keyed.sessions())
    assert path.parent == Path(db_url.database).parent
    for kept in (path, path.with_name(path.stem + "-qr.pem")):
        assert stat.S_IMODE(kept.stat().st_mode) == 0o600


def test_issuing_signs_with_the_kept_keys_and_the_documents_verify(keyed, backend):
    clerk = keyed.actors["clerk1"]
    case_id = decided(keyed)
    licence = keyed.run(issue_document, clerk, case_id, DocumentType.LICENCE)
    with keyed.sessions() as session:
        signing = load_signing(session)
        on_token = isinstance(signing.signer._signer, TokenSigner)
        assert on_token is (backend == "postgres")  # PKCS#11 through SoftHSM2
        checked = verify_document(session, clerk, licence.pdf)
        assert checked.status == "valid", checked.detail
        assert checked.registered
        (qr_text,) = _qr_texts(licence.pdf)  # the QR key signed too, where it is kept
        assert verify_qr(session, clerk, qr_text).status == "valid"


def _qr_texts(pdf: bytes) -> list[str]:
    from desktop.documents.metadata import read_record

    record = read_record(pdf)
    return [record.qr_text] if record is not None and record.qr_text else []


@pytest.mark.parametrize("backend", ["postgres"], indirect=True)
def test_no_staff_login_can_read_private_key_material(keyed, as_staff, db_url):
    clerk = keyed.actors["clerk1"]
    case_id = decided(keyed)
    keyed.run(issue_document, clerk, case_id, DocumentType.GRANT)
    scanned, seen = 0, set()
    for name in keyed.actors:
        with connect_as(db_url, name) as connection:
            columns = connection.execute(_READABLE).fetchall()
            assert columns, name
            for schema, table, column in columns:
                try:
                    rows = connection.execute(
                        f'SELECT "{column}" FROM "{schema}"."{table}"'
                    ).fetchall()
                except psycopg.Error:  # a view whose rows this login may not read at all
                    continue
                seen.add(table)
                for (value,) in rows:
                    scanned += 1
                    found = key_material(value)
                    assert found is None, f"{name} reads {found} in {table}.{column}"
    assert scanned > 100 and {"settings", "issued_documents"} <= seen


def _old_version_keys(bureau) -> str:
    """The settings as versions before this one left them: the keys themselves, encrypted
    with the trial passphrase, in the database."""
    root = create_root_ca("测试局")
    seal = create_seal_certificate(root, "测试局", "审批专用章")
    qr = create_qr_key()
    kid = key_id(qr.public_key())
    with bureau.sessions() as session, session.begin():
        session.merge(
            m.Setting(
                key=KEYS_SETTING,
                value={
                    "pkcs12": base64.b64encode(export_pkcs12(seal, TRIAL_PASSPHRASE)).decode(),
                    "qr_key": base64.b64encode(export_qr_key(qr, TRIAL_PASSPHRASE)).decode(),
                    "fingerprint": kid,
                    "root": base64.b64encode(certificate_der(root.certificate)).decode(),
                    "trial": True,
                },
            )
        )
        session.merge(
            m.Setting(
                key=TRUST_SETTING,
                value={
                    "roots": [base64.b64encode(certificate_der(root.certificate)).decode()],
                    "qr_keys": {kid: base64.b64encode(public_key_bytes(qr.public_key())).decode()},
                },
            )
        )
    return kid


def test_keys_left_in_the_database_by_an_old_version_are_moved_out(bureau, tmp_path):
    kid = _old_version_keys(bureau)
    assert key_material(_stored(bureau)) == "PKCS#12"  # the scan sees them
    clerk, admin = bureau.actors["clerk1"], bureau.actors["admin"]
    case_id = decided(bureau)
    with pytest.raises(KeysMissing, match="move-out"):
        bureau.run(issue_document, clerk, case_id, DocumentType.GRANT)
    with pytest.raises(DomainError, match="系统管理员"):
        bureau.run(move_keys_out, clerk)
    seal_custody.configure(key_file=str(tmp_path / "custodian" / "seal.p12"))
    assert bureau.run(move_keys_out, admin) == kid
    stored = _stored(bureau)
    assert {"pkcs12", "qr_key"}.isdisjoint(stored) and key_material(stored) is None
    assert (tmp_path / "custodian" / "seal.p12").exists()
    grant = bureau.run(issue_document, clerk, case_id, DocumentType.GRANT)
    with bureau.sessions() as session:
        assert verify_document(session, clerk, grant.pdf).status == "valid"
        actions = session.scalars(sa.select(m.AuditEntry.action)).all()
    assert "move_signing_keys_out" in actions
    with pytest.raises(DomainError, match="无需移出"):
        bureau.run(move_keys_out, admin)


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_a_pc_without_the_key_file_cannot_seal_and_says_what_to_do(keyed, monkeypatch):
    clerk = keyed.actors["clerk1"]
    case_id = decided(keyed)
    path = seal_custody.key_file_path(keyed.sessions())
    path.rename(path.with_name("elsewhere.p12"))
    from desktop.documents.custody import forget_opened

    forget_opened()
    with pytest.raises(SealAway, match="本机没有签章密钥文件"):
        keyed.run(issue_document, clerk, case_id, DocumentType.GRANT)
    with keyed.sessions() as session:  # nothing registered, the number given back
        assert session.scalar(sa.select(sa.func.count()).select_from(m.IssuedDocument)) == 0
    path.with_name("elsewhere.p12").rename(path)
    monkeypatch.setenv(seal_custody.PASSPHRASE_VARIABLE, "not-the-passphrase")
    with pytest.raises(SealAway, match="口令不对"):
        keyed.run(issue_document, clerk, case_id, DocumentType.GRANT)
    monkeypatch.delenv(seal_custody.PASSPHRASE_VARIABLE)
    assert keyed.run(issue_document, clerk, case_id, DocumentType.GRANT).number


@pytest.mark.parametrize("backend", ["postgres"], indirect=True)
def test_the_token_needs_its_pin_and_refuses_a_wrong_one(keyed, monkeypatch):
    from desktop.documents.custody import forget_opened
    from desktop.documents.token import forget_token

    clerk = keyed.actors["clerk1"]
    case_id = decided(keyed)
    module = seal_custody._value("module", seal_custody.MODULE_VARIABLE)
    label = seal_custody._value("label", seal_custody.LABEL_VARIABLE)
    right = seal_custody._value("pin", seal_custody.PIN_VARIABLE)
    forget_opened()
    forget_token(module, label)
    monkeypatch.delenv(seal_custody.PIN_VARIABLE)
    with pytest.raises(seal_custody.PinNeeded, match="PIN"):
        keyed.run(issue_document, clerk, case_id, DocumentType.GRANT)
    seal_custody.give_pin("000000")
    with pytest.raises(SealAway, match="PIN 不对") as refused:
        keyed.run(issue_document, clerk, case_id, DocumentType.GRANT)
    assert refused.value.data["pin_wrong"]
    seal_custody.give_pin(right)  # as typed in the window: this process only
    assert keyed.run(issue_document, clerk, case_id, DocumentType.GRANT).number
