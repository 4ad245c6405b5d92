"""Every character must have a glyph: rare ones render, missing ones fail loudly."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop.documents.errors import MissingGlyph
from desktop.documents.fonts import HEI, SONG, face_for
from desktop.documents.model import DocumentType
from desktop.documents.render import render_document
from desktop.documents.samples import SOCIAL_CASE, sample_documents, sample_issue
from tests.documents.conftest import pdf_text


def test_a_rare_character_in_a_name_renders(issued):
    # 䶮 (CJK Extension A), as in the name 刘䶮, is in the Song font itself.
    assert face_for("䶮") == SONG
    assert "张䶮" in pdf_text(issued[DocumentType.REJECTION].pdf)


def test_a_character_song_lacks_falls_back_to_hei():
    character = next(chr(c) for c in range(0x0400, 0x0500) if face_for(chr(c)) == HEI)
    kind = DocumentType.ACCEPTANCE
    document = sample_documents()[kind]
    applicant = replace(document.case.applicant, name=f"张{character}")
    document = replace(document, case=replace(document.case, applicant=applicant))
    rendered = render_document(document, sample_issue(kind))
    assert f"张{character}" in pdf_text(rendered.pdf)


def test_a_character_no_font_has_is_refused_naming_the_field():
    kind = DocumentType.REJECTION
    document = sample_documents()[kind]
    missing = "\U0002a6a5"  # 𪚥 (Extension B): in neither bundled font
    applicant = replace(SOCIAL_CASE.applicant, name=f"王{missing}")
    document = replace(document, case=replace(document.case, applicant=applicant))
    with pytest.raises(MissingGlyph) as raised:
        render_document(document, sample_issue(kind))
    assert raised.value.field == "data.case.applicant.name"
    assert raised.value.character == missing
    assert "U+2A6A5" in str(raised.value)
