"""The document's own record inside the PDF: the canonical record, the QR text, the marking.

They live in the document information dictionary under keys of our own, so a PDF verifier
can recompute the QR's content hash from the file alone; the PDF signature covers them.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from reportlab.pdfbase.pdfdoc import (
    PDFDate,
    PDFDictionary,
    PDFInfo,
    PDFName,
    PDFStream,
    PDFString,
    PDFZCompress,
)

from desktop.documents.model import Marking

RECORD_KEY = "ApprovalDeskRecord"
QR_KEY = "ApprovalDeskQR"
MARKING_KEY = "ApprovalDeskMarking"
PRODUCER = "Approval Desk 审批工作台"


@dataclass(frozen=True)
class EmbeddedRecord:
    record: bytes
    qr_text: str | None
    marking: Marking


class _RecordInfo(PDFInfo):
    """reportlab's information dictionary plus our keys.

    Its values are kept apart from reportlab's own attributes, which a document template
    sets to its defaults after the canvas is made.
    """

    def __init__(self, title: str, author: str, record: bytes, extra: dict[str, str]) -> None:
        super().__init__()
        self.record = record
        self.fixed = {"Title": title, "Author": author, "Subject": title, "Creator": PRODUCER}
        self.extra = extra

    def format(self, document) -> bytes:
        entries = {
            **{key: PDFString(value) for key, value in self.fixed.items()},
            "Producer": PDFString(PRODUCER),
            "CreationDate": PDFDate(ts=document._timeStamp),
            "Trapped": PDFName(self.trapped),
        }
        entries.update({key: PDFString(value) for key, value in self.extra.items()})
        # The record goes in a compressed stream: a PDF reader (pyHanko signing, for one)
        # then parses it only when asked, not every time it reads the information dictionary.
        entries[RECORD_KEY] = document.Reference(
            PDFStream(content=self.record, filters=[PDFZCompress])
        )
        return PDFDictionary(entries).format(document)


def attach_record(
    canvas, *, title: str, author: str, record: bytes, qr_text: str | None, marking: Marking
) -> None:
    """Give the canvas's document an information dictionary that carries the record."""
    extra = {MARKING_KEY: marking.value}
    if qr_text is not None:
        extra[QR_KEY] = qr_text
    canvas._doc.info = _RecordInfo(
        title, author, record, extra
    )  # reportlab has no public hook for this


def read_record(pdf: bytes | PdfFileReader) -> EmbeddedRecord | None:
    """The record embedded in a PDF made by render_document, or None for any other PDF."""
    try:
        reader = pdf if isinstance(pdf, PdfFileReader) else PdfFileReader(io.BytesIO(pdf))
        info = reader.trailer["/Info"]
        record = info["/" + RECORD_KEY].data
        qr_text = str(info["/" + QR_KEY]) if "/" + QR_KEY in info else None
        marking = Marking(str(info.get("/" + MARKING_KEY, Marking.ORIGINAL.value)))
    except (KeyError, ValueError, TypeError, PdfError):
        return None
    return EmbeddedRecord(record, qr_text, marking)
