"""What a document check found, in words: the verdict and why (composed phrases, so the
English UI translates them); the validator's own message stays in the log."""

from __future__ import annotations

import logging

from desktop.documents.qr_payload import QrProblem, QrStatus, QrVerdict
from desktop.documents.verify import PdfProblem, PdfStatus, PdfVerdict
from desktop.domain.phrases import Phrase

log = logging.getLogger("desktop.services.documents.verify")

PDF_VERDICTS = {
    PdfStatus.VALID: Phrase("有效：文书由本局签章，签章后未被改动"),
    PdfStatus.VOID: Phrase("已作废：文书由本局签章，但已标记作废"),
    PdfStatus.TAMPERED: Phrase("无效：文书在签章后被改动或签章已损坏"),
    PdfStatus.UNKNOWN_SIGNER: Phrase("无法确认：签章证书不是本局受信任的证书"),
    PdfStatus.UNSIGNED: Phrase("无效：文书没有电子签章"),
}
QR_VERDICTS = {
    QrStatus.VALID: Phrase("有效：二维码由本局签发，内容未被改动"),
    QrStatus.VOID: Phrase("已作废：二维码由本局签发，但该文书已作废"),
    QrStatus.TAMPERED: Phrase("无效：二维码内容被改动，或与文书内容不符"),
    QrStatus.UNKNOWN_SIGNER: Phrase("无法确认：二维码不是由受信任的本局密钥签发"),
    QrStatus.MALFORMED: Phrase("无法识别：不是本局文书的二维码"),
}
PDF_PROBLEMS = {
    PdfProblem.UNREADABLE: Phrase("文件无法读取：不是完整的 PDF 文件"),
    PdfProblem.NO_SIGNATURE: Phrase("文件中找不到电子签章"),
    PdfProblem.SEVERAL_SIGNATURES: Phrase("文件中有多个签章，本局文书只有一个"),
    PdfProblem.BROKEN_SIGNATURE: Phrase("签章数据已损坏或格式不符，无法核验"),
    PdfProblem.CONTENT_CHANGED: Phrase("签章与文书内容不符：文书在签章后被改动"),
    PdfProblem.APPENDED: Phrase("签章之后文件又被追加了改动"),
    PdfProblem.NOT_CERTIFIED: Phrase("文书未按“签章后不允许改动”的方式签章"),
    PdfProblem.UNTRUSTED: Phrase("签章证书不是本局受信任的证书"),
    PdfProblem.NOT_ACCEPTED: Phrase("签章未通过核验"),
    PdfProblem.MARKED_VOID: Phrase("文书上印有作废标记"),
}
QR_PROBLEMS = {
    QrProblem.MALFORMED: Phrase("扫描到的内容不是本局文书二维码的格式"),
    QrProblem.UNTRUSTED_KEY: Phrase("签发二维码的密钥不是本局受信任的密钥"),
    QrProblem.SIGNATURE_MISMATCH: Phrase("二维码内容与其签名不符：内容被改动"),
    QrProblem.CONTENT_MISMATCH: Phrase("二维码与文书内容不符"),
}


def pdf_words(verdict: PdfVerdict) -> tuple[Phrase, Phrase | None]:
    """(the verdict, why) for a checked PDF."""
    if verdict.detail:
        log.info("PDF check: %s (%s)", verdict.status.value, verdict.detail)
    if verdict.problem is PdfProblem.UNTRUSTED and verdict.signer:
        why = Phrase("签章证书（{signer}）不是本局受信任的证书", signer=verdict.signer)
        return PDF_VERDICTS[verdict.status], why
    why = PDF_PROBLEMS[verdict.problem] if verdict.problem is not None else None
    return PDF_VERDICTS[verdict.status], why


def qr_words(verdict: QrVerdict) -> tuple[Phrase, Phrase | None]:
    """(the verdict, why) for scanned QR text."""
    if verdict.detail:
        log.info("QR check: %s (%s)", verdict.status.value, verdict.detail)
    why = QR_PROBLEMS[verdict.problem] if verdict.problem is not None else None
    return QR_VERDICTS[verdict.status], why
