"""reportlab set up for official documents, once per process (documents are its only user).

- Streams are plain Flate at level 1: reportlab's default ASCII85 step is pure Python, and
  level 6 spends a third of a licence's time squeezing 7 % out of its font subsets.
- Chinese line breaking rules replace reportlab's Japanese ones (see cjk.py).
"""

from __future__ import annotations

import zlib

from reportlab import rl_config
from reportlab.pdfbase import pdfdoc

from desktop.documents import cjk


class _QuickFlate(pdfdoc.PDFStreamFilterZCompress):
    def encode(self, text: str | bytes) -> bytes:
        data = text.encode("utf-8") if isinstance(text, str) else text
        return zlib.compress(data, 1)


def configure() -> None:
    """Idempotent; imported modules that draw documents call it at import."""
    rl_config.useA85 = 0
    if not isinstance(pdfdoc.PDFZCompress, _QuickFlate):
        pdfdoc.PDFZCompress = _QuickFlate()
    cjk.install()


configure()
