"""The screenshot tooling's page renders: every document type, the licence's void and copy
prints and the acceptance notice of each kind's variant, each dated no earlier than the
dates its text reports as past."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from desktop.documents.model import DocumentType

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "packaging"))

from document_samples import write_samples

DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
PAST = re.compile(r"于(\d{4})年(\d{1,2})月(\d{1,2})日(?:提交|受理)")


def test_every_type_and_variant_is_rendered_and_dated_after_its_past(tmp_path):
    if shutil.which("pdftoppm") is None or shutil.which("pdftotext") is None:
        pytest.skip("poppler is not installed")
    written = {path.stem for path in write_samples(tmp_path, 20)}
    expected = {kind.value for kind in DocumentType}
    expected |= {"licence-void", "licence-copy", "seal"}
    expected |= {"acceptance-filing", "acceptance-public_service"}
    assert written == expected
    assert all((tmp_path / f"{name}-1.png").exists() for name in written)
    for name in written - {"seal"}:
        text = subprocess.run(
            ["pdftotext", str(tmp_path / f"{name}.pdf"), "-"], capture_output=True, text=True
        ).stdout
        flat = re.sub(r"\s+", "", text)
        dates = [
            date(*map(int, found)) for found in re.findall(r"(\d{4})年(\d{1,2})月(\d{1,2})日", flat)
        ]
        issued = dates[-1]  # the date under the organ's name, last on the page
        for found in PAST.findall(flat):
            assert date(*map(int, found)) <= issued, (name, found, issued)
