"""The document's own record inside the PDF: the canonical record, the QR text, the marking.

They live in the document information dictionary under keys of our own (the record and the
QR text as UTF-8 streams), so a PDF verifier can recompute the QR's content hash from the
file alone; the PDF signature covers them.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfdoc import (
    PDFDate,
    PDFDictionary,
    PDFInfo,
    PDFName,
    PDFStream,
    PDFString,
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

    def __init__(self, title: str, author: str, streams: dict[str, bytes], marking: str) -> None:
        super().__init__()
        self.streams = streams
        self.fixed = {"Title": title, "Author": author, "Subject": title, "Creator": PRODUCER}
        self.marking = marking

    def format(self, document) -> bytes:
        entries = {
            **{key: PDFString(value) for key, value in self.fixed.items()},
            "Producer": PDFString(PRODUCER),
            "CreationDate": PDFDate(ts=document._timeStamp),
            "Trapped": PDFName(self.trapped),
        }
        entries[MARKING_KEY] = PDFString(self.marking)
        # The record and the QR text go in streams: a PDF reader (pyHanko signing, for one)
        # then parses them only when asked, not whenever it reads this dictionary.
        for key, content in self.streams.items():
            entries[key] = document.Reference(
                PDFStream(content=content, filters=[pdfdoc.PDFZCompress])
            )
        return PDFDictionary(entries).format(document)


def attach_record(
    canvas, *, title: str, author: str, record: bytes, qr_text: str | None, marking: Marking
) -> None:
    """Give the canvas's document an information dictionary that carries the record."""
    streams = {RECORD_KEY: record}
    if qr_text is not None:
        streams[QR_KEY] = qr_text.encode("utf-8")
    # reportlab has no public hook for the information dictionary.
    canvas._doc.info = _RecordInfo(title, author, streams, marking.value)


def read_record(pdf: bytes | PdfFileReader) -> EmbeddedRecord | None:
    """The record embedded in a PDF made by render_document, or None for any other PDF."""
    try:
        reader = pdf if isinstance(pdf, PdfFileReader) else PdfFileReader(io.BytesIO(pdf))
        info = reader.trailer["/Info"]
        record = info["/" + RECORD_KEY].data
        qr_text = info["/" + QR_KEY].data.decode("utf-8") if "/" + QR_KEY in info else None
        marking = Marking(str(info.get("/" + MARKING_KEY, Marking.ORIGINAL.value)))
    except (KeyError, ValueError, TypeError, PdfError):
        return None
    return EmbeddedRecord(record, qr_text, marking)
