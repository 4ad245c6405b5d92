"""GB/T 9704-2012 placements: the seal presses on issuer and date, its top near the body."""

from __future__ import annotations

import io
import math
from dataclasses import replace

import pypdf
import pytest

from desktop.documents.layout import (
    BOTTOM_MARGIN,
    CHARACTER,
    LEFT_MARGIN,
    LINE_PITCH,
    PAGE_HEIGHT,
    RIGHT_EDGE,
    TEXT_HEIGHT,
    TOP_MARGIN,
)
from desktop.documents.model import DocumentType, Issue
from desktop.documents.render import render_document
from desktop.documents.samples import BUREAU, sample_documents, sample_issue
from desktop.documents.seal import SEAL_DIAMETER


def _inside(seal, x: float, y: float) -> bool:
    return math.dist((seal.centre_x, seal.centre_y), (x, y)) < seal.diameter / 2


@pytest.mark.parametrize("kind", list(DocumentType))
def test_the_seal_presses_on_issuer_and_date(issued, kind):
    layout = issued[kind].rendered.layout
    seal, date, issuer = layout.seal, layout.date, layout.issuer
    assert seal.diameter == pytest.approx(SEAL_DIAMETER)  # 42 mm
    assert seal.page_index == date.page_index == issuer.page_index == layout.page_count - 1
    assert _inside(seal, *date.centre) and _inside(seal, *issuer.centre)
    assert seal.centre_x == pytest.approx(date.centre[0], abs=0.5)
    # The issuer and date sit a little below the seal's centre.
    assert (date.centre[1] + issuer.centre[1]) / 2 < seal.centre_y
    assert date.y1 < issuer.y0


@pytest.mark.parametrize("kind", list(DocumentType))
def test_the_seal_top_is_within_one_line_of_the_body(issued, kind):
    layout = issued[kind].rendered.layout
    seal_top = layout.seal.centre_y + layout.seal.diameter / 2
    body_bottom = layout.body_bottom.y0
    assert body_bottom - LINE_PITCH <= seal_top <= body_bottom


def test_the_date_stands_four_characters_in_from_the_right():
    kind = DocumentType.ACCEPTANCE
    short = replace(BUREAU, organ_name="西安市行政审批服务局")
    rendered = render_document(
        sample_documents()[kind], Issue(short, "西审批〔2026〕0001号", sample_issue(kind).issued_on)
    )
    date = rendered.layout.date
    assert date.x1 == pytest.approx(RIGHT_EDGE - 4 * CHARACTER, abs=0.5)


def test_a_long_organ_name_ends_one_character_in_from_the_right(issued):
    issuer = issued[DocumentType.ACCEPTANCE].rendered.layout.issuer
    assert issuer.x1 == pytest.approx(RIGHT_EDGE - CHARACTER, abs=0.5)


def test_text_stays_in_the_text_block(issued):
    for kind in (DocumentType.GRANT, DocumentType.RESULT_NOTICE):
        layout = issued[kind].rendered.layout
        for box in (layout.date, layout.issuer, layout.body_bottom):
            assert box.x0 >= LEFT_MARGIN - 0.5 and box.x1 <= RIGHT_EDGE + 0.5
            assert box.y0 >= BOTTOM_MARGIN - 0.5 and box.y1 <= PAGE_HEIGHT - TOP_MARGIN + 0.5
    assert pytest.approx(22) == TEXT_HEIGHT / LINE_PITCH


def test_the_seal_is_vector_graphics_drawn_in_the_content(issued):
    document = issued[DocumentType.GRANT]
    reader = pypdf.PdfReader(io.BytesIO(document.pdf))
    page = reader.pages[document.rendered.layout.seal.page_index]
    assert b"/FormXob.ApprovalSeal Do" in page.get_contents().get_data()
    form = page["/Resources"]["/XObject"]["/FormXob.ApprovalSeal"].get_object()
    assert form["/Subtype"] == "/Form"
    assert "/XObject" not in form.get("/Resources", {})  # no bitmap inside: paths and text
    assert b" re" in form.get_data() or b" c\n" in form.get_data() or b" c " in form.get_data()
