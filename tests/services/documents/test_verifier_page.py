"""The static verification page, in a real browser: a freshly issued licence's QR code reads
有效, a changed character 无效, a voided document 已作废 after a re-export, and the page
works with the network gone after its first load, asking only for its own files."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest

from desktop.documents.model import DocumentType
from desktop.documents.qr_payload import payload_of
from desktop.domain.errors import DomainError
from desktop.domain.guards import NotAllowed
from desktop.services.bureau import load_profile, save_profile
from desktop.services.documents.issuing import issue_document, verify_qr, void_document
from desktop.services.documents.verifier import export_verifier
from tests.documents.conftest import render_png
from tests.services.documents.test_issuing import decided
from tests.support.chromium import Chromium, StaticServer, chromium_binary

zxingcpp = pytest.importorskip("zxingcpp")
Image = pytest.importorskip("PIL.Image")

PAGE_FILES = {
    "/",
    "/index.html",
    "/verifier.css",
    "/verifier.js",
    "/sw.js",
    "/trust.json",
    "/voids.json",
    "/vendor/jsQR-1.4.0.js",
    "/vendor/noble-ed25519-2.3.0.js",
}
DONE = "['valid','void','invalid','unknown'].includes(document.body?.dataset.checked)"


@pytest.fixture
def backend() -> str:
    return "sqlite"  # the page is the same whatever the database; one is enough


@pytest.fixture
def keyed(bureau):
    from desktop.services.documents.signing_keys import init_keys

    bureau.run(init_keys, bureau.actors["admin"])
    return bureau


@pytest.fixture
def browser():
    binary = chromium_binary()
    if binary is None:
        pytest.skip("chromium is not installed (.ci/run installs it)")
    chromium = Chromium(binary)
    yield chromium
    chromium.close()


def scanned(pdf: bytes) -> str:
    """The QR code's text read back from the rendered PDF, as a phone would."""
    for page in (1, 2):
        image = Image.open(io.BytesIO(render_png(pdf, page, dpi=150)))
        found = [code.text for code in zxingcpp.read_barcodes(image)]
        if found:
            return found[0]
    raise AssertionError("no QR code on the licence")


def photographed(pdf: bytes):  # type: ignore[no-untyped-def]
    """The QR code and some paper around it, as a phone's camera frames it."""
    image = Image.open(io.BytesIO(render_png(pdf, 1, dpi=200)))
    (code,) = zxingcpp.read_barcodes(image)
    corners = [code.position.top_left, code.position.bottom_right]
    left, top = (min(p.x for p in corners), min(p.y for p in corners))
    right, bottom = (max(p.x for p in corners), max(p.y for p in corners))
    margin = (right - left) // 2
    return image.crop((left - margin, top - margin, right + margin, bottom + margin))


def opened(browser: Chromium, page: str, url: str) -> dict[str, str]:
    browser.go(page, "about:blank")
    browser.wait_for(page, "location.href === 'about:blank'")
    browser.go(page, url)
    browser.wait_for(page, f"location.href === {json.dumps(url)} && {DONE}")
    return read(browser, page)


def read(browser: Chromium, page: str) -> dict[str, str]:
    return browser.evaluate(
        page,
        """({status: document.getElementById('status').textContent,
            checked: document.body.dataset.checked,
            reason: document.getElementById('reason').textContent,
            number: document.getElementById('f-number').textContent,
            id: document.getElementById('f-id').textContent,
            holder: document.getElementById('f-holder').textContent,
            organ: document.getElementById('f-organ').textContent,
            fieldsShown: !document.getElementById('fields').hidden})""",
    )


def own_files_only(browser: Chromium, page: str, server: StaticServer) -> None:
    for url in browser.requested(page):
        assert url.startswith(server.url), url
        path = "/" + url[len(server.url) :].split("#")[0].split("?")[0]
        assert path in PAGE_FILES, url
    assert set(server.paths) <= PAGE_FILES, server.paths


def test_the_page_checks_a_fresh_licence_then_a_void_then_offline(keyed, browser, tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    server = StaticServer(site)
    admin, clerk = keyed.actors["admin"], keyed.actors["clerk1"]
    keyed.run(save_profile, admin, {"verify_url": server.url, "void_list_days": "30"})
    licence = keyed.run(issue_document, clerk, decided(keyed), DocumentType.LICENCE)
    url = scanned(licence.pdf)
    assert url.startswith(server.url + "#")
    assert len(url) < 280
    assert keyed.run(verify_qr, clerk, url).status == "valid"  # the command line's check
    done = keyed.run(export_verifier, clerk, site)
    assert (done.keys, done.voided) == (1, 0)

    page = browser.page(390, 844, mobile=True)
    try:
        shown = opened(browser, page, url)
        assert (shown["status"], shown["number"]) == ("有效", licence.number)
        assert shown["id"].count("*") == 8 and shown["fieldsShown"]
        assert shown["organ"] == load_profile_name(keyed)

        payload = payload_of(url)
        middle = len(payload) // 2
        changed = (
            payload[:middle] + ("B" if payload[middle] == "A" else "A") + payload[middle + 1 :]
        )
        shown = opened(browser, page, server.url + "#" + changed)
        assert shown["status"] == "无效" and not shown["fieldsShown"]

        # Pasting the address (or the payload) and pressing 核验 checks it too.
        browser.evaluate(
            page,
            f"document.getElementById('paste').value = {json.dumps(url)};"
            "document.getElementById('check').click(); true",
        )
        browser.wait_for(page, "document.body.dataset.checked === 'valid'")

        keyed.clock.advance(days=2)
        keyed.run(void_document, clerk, licence.number, "打印错误")
        assert keyed.run(export_verifier, clerk, site).voided == 1
        shown = opened(browser, page, url)
        assert shown["status"] == "已作废" and shown["number"] == licence.number
        voided_on = keyed.clock.now.date()
        assert f"{voided_on.year}年{voided_on.month}月{voided_on.day}日作废" in shown["reason"]

        browser.wait_for(page, "navigator.serviceWorker.ready.then(r => !!r.active)")
        browser.wait_for(page, "caches.has('approval-desk-verifier')")
        own_files_only(browser, page, server)
        server.stop()  # the network is gone: the page and its lists come from the browser
        shown = opened(browser, page, url)
        assert shown["status"] == "已作废"
        shown = opened(browser, page, server.url + "#" + changed)
        assert shown["status"] == "无效"
        own_files_only(browser, page, server)
    finally:
        server.stop()


def test_codes_printed_before_version_3_keep_verifying_on_the_page(keyed, browser, tmp_path):
    """Version 2 (binary) and version 1 (JSON) codes already on paper still read 有效; the
    version 3 code of the same licence is shorter."""
    from urllib.parse import quote

    from desktop.documents.model import QrSubject
    from desktop.documents.qr_payload import sign_qr_json, sign_qr_payload_v2
    from desktop.services.documents.signing_keys import load_signing

    site = tmp_path / "site"
    site.mkdir()
    server = StaticServer(site)
    clerk = keyed.actors["clerk1"]
    keyed.run(export_verifier, clerk, site)
    key = keyed.run(load_signing).qr_key
    subject = QrSubject("渭南测试有限公司", "91610502MA6Y4N0R2X", "食品经营许可", date(2031, 1, 1))
    facts = (DocumentType.LICENCE, "渭高审批〔2026〕0099号", date(2026, 3, 20), subject, b"{}")
    page = browser.page(390, 844, mobile=True)
    try:
        for old in (sign_qr_payload_v2(key, *facts), sign_qr_json(key, *facts)):
            shown = opened(browser, page, server.url + "#" + quote(old, safe=""))
            assert (shown["status"], shown["number"]) == ("有效", "渭高审批〔2026〕0099号")
            assert shown["id"] == "916105********0R2X"
        payload = sign_qr_payload_v2(key, *facts)
        middle = len(payload) // 2
        changed = (
            payload[:middle] + ("B" if payload[middle] == "A" else "A") + payload[middle + 1 :]
        )
        assert opened(browser, page, server.url + "#" + changed)["status"] == "无效"
    finally:
        server.stop()


def load_profile_name(bureau) -> str:
    with bureau.sessions() as session:
        return load_profile(session).organ_name


def test_a_photo_of_the_qr_code_is_read_in_the_browser(keyed, browser, tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    server = StaticServer(site)
    clerk = keyed.actors["clerk1"]
    keyed.run(save_profile, keyed.actors["admin"], {"verify_url": server.url})
    licence = keyed.run(issue_document, clerk, decided(keyed), DocumentType.LICENCE)
    keyed.run(export_verifier, clerk, site)
    photo = tmp_path / "photo.png"
    photographed(licence.pdf).save(photo)
    page = browser.page(1280, 900)
    try:
        browser.go(page, server.url)
        browser.wait_for(page, "document.body?.dataset.checked === 'waiting'")
        assert read(browser, page)["status"] == "请扫描文书上的二维码"
        node = browser.send(
            "Runtime.evaluate", {"expression": "document.getElementById('photo')"}, session=page
        )["result"]["objectId"]
        browser.send(
            "DOM.setFileInputFiles", {"files": [str(photo)], "objectId": node}, session=page
        )
        browser.wait_for(page, DONE, timeout=30)
        shown = read(browser, page)
        assert (shown["status"], shown["number"]) == ("有效", licence.number)
        # A stale list says so: its date was the bureau's clock, far behind the browser's.
        stale = browser.evaluate(page, "document.getElementById('stale').textContent")
        assert stale.startswith("作废名单更新于")
    finally:
        server.stop()


def test_the_export_is_refused_to_others_and_into_a_file(keyed, tmp_path):
    handler = keyed.actors["soc1"]
    with pytest.raises(NotAllowed):
        keyed.run(export_verifier, handler, tmp_path / "site")
    not_a_folder = tmp_path / "file.txt"
    not_a_folder.write_text("x")
    with pytest.raises(DomainError, match="不是文件夹"):
        keyed.run(export_verifier, keyed.actors["clerk1"], not_a_folder)
    assert not_a_folder.read_text() == "x"


def test_the_signed_void_list_names_each_void_with_its_date(keyed, tmp_path):
    import base64

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    clerk = keyed.actors["clerk1"]
    licence = keyed.run(issue_document, clerk, decided(keyed), DocumentType.LICENCE)
    keyed.run(void_document, clerk, licence.number, "打印错误")
    keyed.run(export_verifier, clerk, tmp_path)
    trust = json.loads((tmp_path / "trust.json").read_text(encoding="utf-8"))
    signed = json.loads((tmp_path / "voids.json").read_text(encoding="utf-8"))
    raw = trust["keys"][signed["key"]]
    key = Ed25519PublicKey.from_public_bytes(base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)))
    signature = signed["signature"]
    key.verify(
        base64.urlsafe_b64decode(signature + "=" * (-len(signature) % 4)),
        signed["list"].encode("utf-8"),
    )
    voided = json.loads(signed["list"])["voided"]
    assert voided == {licence.number: keyed.clock.now.date().isoformat()}
    assert date.fromisoformat(voided[licence.number])
    assert trust["titles"]["licence"] == "行政许可证"
    assert (tmp_path / "index.html").is_file() and (tmp_path / "vendor" / "jsQR-1.4.0.js").is_file()
