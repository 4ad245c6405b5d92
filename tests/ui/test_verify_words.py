"""The verification dialog answers in Chinese words, never in the validator's English."""

from __future__ import annotations

import re

from desktop.services.staff import actor_for
from desktop.ui.context import AppContext
from desktop.ui.verify_dialog import VerifyDialog

LATIN = re.compile(r"[A-Za-z]{2,}")
WAIT = 15000


def test_a_scanned_text_that_is_no_qr_of_ours_is_explained_in_chinese(qtbot, demo_context):
    # The demo has made the bureau's trial keys, as `approval-desk --demo` does.
    with demo_context.sessions() as session:
        clerk = AppContext(demo_context.url, demo_context.sessions, actor_for(session, "clerk1"))
    dialog = VerifyDialog(clerk)
    qtbot.addWidget(dialog)
    dialog.ui.qrText.setPlainText('{"v": 1, "n": "x"}')
    dialog.ui.checkQr.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=WAIT)
    assert dialog.result.status == "malformed"
    assert dialog.ui.verdict.text().startswith("无法识别")
    details = dialog.ui.details.text()
    assert "说明：" in details and not LATIN.search(details), details
