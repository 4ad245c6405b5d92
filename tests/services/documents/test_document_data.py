"""What the documents say, read from the case: dates and notes come from the right fields."""

from __future__ import annotations

from desktop.data import models as m
from desktop.documents.model import DocumentType
from desktop.services.cases import actions as cases
from desktop.services.documents.document_data import document_for


def test_the_extension_notice_runs_from_the_statutory_limit_to_the_extended_one(bureau):
    case = bureau.new_case("one")
    state = bureau.run(cases.claim, bureau.actors["soc1"], case.id, case.version)
    bureau.run(cases.extend, bureau.actors["head1"], state.id, state.version, "情况复杂。")
    with bureau.sessions() as session:
        stored = session.get(m.Case, case.id)
        notice = document_for(session, stored, DocumentType.EXTENSION)
        assert notice.original_due < notice.new_due == stored.statutory_due_on
        assert notice.reasons == "情况复杂。"


def test_the_handlers_supplement_note_reaches_the_notice(bureau):
    case = bureau.new_case("one")
    soc1 = bureau.actors["soc1"]
    state = bureau.run(cases.claim, soc1, case.id, case.version)
    with bureau.sessions() as session:
        material = session.query(m.CaseMaterial).filter_by(case_id=case.id).first().id
    state = bureau.run(cases.mark_material, soc1, state.id, state.version, material, False)
    bureau.run(
        cases.request_supplement, soc1, state.id, state.version, [material], "复印件须加盖公章"
    )
    with bureau.sessions() as session:
        notice = document_for(session, session.get(m.Case, case.id), DocumentType.SUPPLEMENT)
        assert notice.note == "复印件须加盖公章"
