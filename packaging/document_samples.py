"""Write every document type, sealed and signed with throwaway trial keys, to look at them:

python packaging/document_samples.py OUTDIR [--dpi 60]

(`packaging/screenshots.py` writes the same at 150 dpi into its folder's documents/.)

Each type is saved as TYPE.pdf and TYPE-N.png (page N, via poppler's pdftoppm), plus a
voided and a copy print of the licence, the acceptance notice of a filing and of a public
service (acceptance-filing, acceptance-public_service), and the seal alone (seal.pdf, seal.png).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.documents.keys import create_qr_key, create_root_ca, create_seal_certificate
from desktop.documents.kinds.notices import AcceptanceNotice
from desktop.documents.model import DocumentType, Marking
from desktop.documents.produce import produce_document
from desktop.documents.samples import (
    BUREAU,
    FILING_CASE,
    SERVICE_CASE,
    sample_documents,
    sample_issue,
)
from desktop.documents.seal import seal_pdf
from desktop.documents.signing import SealSigner
from desktop.documents.verify import verify_pdf
from desktop.domain.item_kinds import ItemKind


def _png(pdf_path: Path, dpi: int) -> None:
    if shutil.which("pdftoppm") is None:
        print("pdftoppm (poppler-utils) not found: PDFs only", file=sys.stderr)
        return
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", pdf_path, pdf_path.with_suffix("")], check=True
    )


def write_samples(outdir: Path, dpi: int) -> list[Path]:
    """Every type as PDF and PNG pages in `outdir`; returns the PDFs written."""
    outdir.mkdir(parents=True, exist_ok=True)
    root = create_root_ca(BUREAU.organ_name)
    seal = create_seal_certificate(root, BUREAU.organ_name, BUREAU.seal_text)
    signer, qr_key = SealSigner(seal, location=BUREAU.address), create_qr_key()
    samples = sample_documents()
    prints = [(kind.value, kind, document, Marking.ORIGINAL) for kind, document in samples.items()]
    licence = samples[DocumentType.LICENCE]
    prints += [
        ("licence-void", DocumentType.LICENCE, licence, Marking.VOID),
        ("licence-copy", DocumentType.LICENCE, licence, Marking.COPY),
    ]
    # The acceptance notice of a filing and of a public service: each promises its own act.
    acceptance = samples[DocumentType.ACCEPTANCE]
    assert isinstance(acceptance, AcceptanceNotice)
    variants = ((FILING_CASE, ItemKind.FILING), (SERVICE_CASE, ItemKind.PUBLIC_SERVICE))
    dated: dict[str, date] = {}  # a variant is dated the day its case was accepted
    for case, kind in variants:
        notice = replace(acceptance, case=case, accepted_on=case.received_on, item_kind=kind)
        name = f"acceptance-{kind.value}"
        prints.append((name, DocumentType.ACCEPTANCE, notice, Marking.ORIGINAL))
        dated[name] = case.received_on
    written = []
    for name, kind, document, marking in prints:
        issue = sample_issue(kind)
        if name in dated:
            issue = replace(issue, issued_on=dated[name])
        issued = produce_document(document, issue, signer=signer, qr_key=qr_key, marking=marking)
        path = outdir / f"{name}.pdf"
        path.write_bytes(issued.pdf)
        _png(path, dpi)
        verdict = verify_pdf(issued.pdf, [root.certificate])
        pages = issued.rendered.layout.page_count
        print(f"{path}  {kind.label}  {pages} page(s)  {verdict.status.value}")
        written.append(path)
    seal_path = outdir / "seal.pdf"
    seal_path.write_bytes(seal_pdf(BUREAU.organ_name, BUREAU.seal_text))
    _png(seal_path, dpi * 3)
    print(seal_path)
    return [*written, seal_path]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--dpi", type=int, default=60)
    args = parser.parse_args()
    write_samples(args.outdir, args.dpi)


if __name__ == "__main__":
    main()
