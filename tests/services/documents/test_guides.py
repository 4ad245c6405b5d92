"""QR guides and hall posters: every code decodes (zxing-cpp, independent of the encoder) to
the configured URL, or to the guide's text when no URL is set."""

from __future__ import annotations

import io

import pypdf
import pytest

from desktop.documents.guides import guide_text
from desktop.services.bureau import save_profile
from desktop.services.documents.guides import item_guides, make_guides, make_poster
from tests.documents.conftest import render_png

zxingcpp = pytest.importorskip("zxingcpp")
Image = pytest.importorskip("PIL.Image")
PATTERN = "https://zwfw.weinan.gov.cn/item/{code}"


def scan(pdf: bytes, page: int = 1) -> list[str]:
    image = Image.open(io.BytesIO(render_png(pdf, page, dpi=150)))
    return sorted(found.text for found in zxingcpp.read_barcodes(image))


def test_guides_carry_the_item_page_or_the_guide_text(bureau):
    admin = bureau.actors["admin"]
    with bureau.sessions() as session:
        guides = item_guides(session)
    reports: list[tuple[int, int]] = []
    plain = bureau.run(make_guides, admin, None, lambda done, total: reports.append((done, total)))
    assert len(pypdf.PdfReader(io.BytesIO(plain)).pages) == len(guides)
    assert reports[-1] == (len(guides), len(guides))
    assert scan(plain, 1) == [guide_text(guides[0])]
    bureau.run(save_profile, admin, {"qr_url_pattern": PATTERN})
    linked = bureau.run(make_guides, admin, [guides[1].code])
    assert scan(linked) == [PATTERN.replace("{code}", guides[1].code)]
    text = "".join(pypdf.PdfReader(io.BytesIO(linked)).pages[0].extract_text().split())
    assert guides[1].name in text and "一次性告知单" in text and "材料1" in text


def test_a_poster_sheet_of_every_item_decodes(bureau):
    admin = bureau.actors["admin"]
    bureau.run(save_profile, admin, {"qr_url_pattern": PATTERN})
    with bureau.sessions() as session:
        codes = [guide.code for guide in item_guides(session)]
    poster = bureau.run(make_poster, admin)
    assert scan(poster) == sorted(PATTERN.replace("{code}", code) for code in codes)
