"""Benchmark: sealed, signed licences.

    python tests/benchmarks/bench_documents.py [--batch 1000] [--workers 2]

Prints the time per licence (render with glyph check, signed QR, seal, PAdES signature),
warm, as wall and CPU time, split into rendering and signing; then a batch of --batch
licences with numbers 1..N, with progress, in one process and in --workers processes
(each loads the signer once, as the clerk's print queue would). Goals: under 30 ms per
document, 1000 in under 20 s on a 2-core machine. No assertions: figures only.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop.documents.keys import (
    create_qr_key,
    create_root_ca,
    create_seal_certificate,
    export_pkcs12,
    export_qr_key,
    import_qr_key,
)
from desktop.documents.model import DocumentType
from desktop.documents.produce import produce_document
from desktop.documents.render import render_document
from desktop.documents.samples import BUREAU, sample_documents, sample_issue
from desktop.documents.signing import SealSigner
from desktop.documents.verify import PdfStatus, verify_pdf

PASSWORD = "bench"
KIND = DocumentType.LICENCE
_worker: tuple[SealSigner, object] | None = None


def _issue(serial: int):
    issue = sample_issue(KIND)
    return replace(issue, number=f"渭高审批〔2026〕{serial:04d}号")


def _load_worker(p12: bytes, qr_pem: bytes) -> None:
    global _worker
    _worker = (SealSigner.from_pkcs12(p12, PASSWORD), import_qr_key(qr_pem, PASSWORD))


def _produce(serial: int) -> int:
    signer, qr_key = _worker
    document = sample_documents()[KIND]
    return len(produce_document(document, _issue(serial), signer=signer, qr_key=qr_key).pdf)


def per_document(signer: SealSigner, qr_key, rounds: int = 60) -> None:
    document = sample_documents()[KIND]
    for serial in range(5):  # warm: fonts loaded, CMS template built
        produce_document(document, _issue(serial), signer=signer, qr_key=qr_key)
    walls, cpus, renders, signs = [], [], [], []
    for serial in range(rounds):
        wall, cpu = time.perf_counter(), time.process_time()
        rendered = render_document(document, _issue(serial), qr_key=qr_key)
        middle = time.perf_counter()
        signed = signer.sign(rendered.pdf, rendered.layout.seal)
        end = time.perf_counter()
        walls.append(end - wall)
        cpus.append(time.process_time() - cpu)
        renders.append(middle - wall)
        signs.append(end - middle)
    ms = lambda values: f"{statistics.median(values) * 1000:6.1f} ms"  # noqa: E731
    print(f"licence, warm, median of {rounds}: {ms(walls)} wall, {ms(cpus)} CPU")
    print(f"  render (glyph check, record, QR, layout): {ms(renders)}")
    print(f"  seal signature (PAdES, certification):    {ms(signs)}")
    print(f"  size: {len(signed) / 1024:.0f} KiB")
    verdict = verify_pdf(signed, [signer_root])
    print(f"  verify_pdf: {verdict.status.value}")
    assert verdict.status is PdfStatus.VALID


def _cpu() -> float:
    """CPU seconds of this process and its finished workers: the figure other load spares."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def batch(total: int, workers: int, p12: bytes, qr_pem: bytes) -> None:
    step = max(1, total // 10)
    start, cpu_start = time.perf_counter(), _cpu()
    if workers <= 1:
        _load_worker(p12, qr_pem)
        results = map(_produce, range(1, total + 1))
        pool = None
    else:
        pool = ProcessPoolExecutor(workers, initializer=_load_worker, initargs=(p12, qr_pem))
        results = pool.map(_produce, range(1, total + 1), chunksize=25)
    size = 0
    for done, length in enumerate(results, start=1):
        size += length
        if done % step == 0 or done == total:
            elapsed = time.perf_counter() - start
            print(f"  {done:5d}/{total}  {elapsed:6.1f} s", flush=True)
    if pool is not None:
        pool.shutdown()
    elapsed, cpu = time.perf_counter() - start, _cpu() - cpu_start
    print(
        f"batch of {total} in {workers} process(es): {elapsed:.1f} s wall "
        f"({elapsed / total * 1000:.1f} ms per licence), {cpu:.1f} s CPU "
        f"({cpu / total * 1000:.1f} ms per licence), {size / 2**20:.0f} MiB"
    )


def main() -> None:
    global signer_root
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1))
    args = parser.parse_args()
    root = create_root_ca(BUREAU.organ_name)
    seal = create_seal_certificate(root, BUREAU.organ_name, BUREAU.seal_text)
    signer_root = root.certificate
    qr_key = create_qr_key()
    p12, qr_pem = export_pkcs12(seal, PASSWORD), export_qr_key(qr_key, PASSWORD)
    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
    per_document(SealSigner(seal), qr_key)
    print("batch, 1 process:")
    batch(args.batch, 1, p12, qr_pem)
    if args.workers > 1:
        print(f"batch, {args.workers} processes:")
        batch(args.batch, args.workers, p12, qr_pem)


signer_root = None

if __name__ == "__main__":
    main()
