"""Document numbers are gapless and unique per type and year, also under concurrent issuing."""

from __future__ import annotations

import threading

import pytest

from desktop.documents.model import DocumentType
from desktop.domain.errors import DomainError
from desktop.services.bureau import DEFAULT_PROFILE, BureauProfile, NumberPatterns
from desktop.services.documents.numbering import document_number, last_serial, next_serial

THREADS = 50
EACH = 4


class Abort(Exception):
    pass


def test_serials_count_per_type_and_year(sessions):
    with sessions() as session, session.begin():
        assert [next_serial(session, "licence", 2026) for _ in range(3)] == [1, 2, 3]
        assert next_serial(session, "licence", 2027) == 1
        assert next_serial(session, "grant", 2026) == 1
    with sessions() as session:
        assert last_serial(session, "licence", 2026) == 3


def test_fifty_threads_get_one_to_n_without_gaps_even_with_rollbacks(sessions):
    committed: list[int] = []
    lock = threading.Lock()
    barrier = threading.Barrier(THREADS)
    errors: list[BaseException] = []

    def issue(worker: int) -> None:
        barrier.wait()
        for round_ in range(EACH):
            try:
                with sessions() as session, session.begin():
                    serial = next_serial(session, "licence", 2026)
                    if (worker + round_) % 5 == 0:
                        raise Abort  # e.g. the PDF failed: the number goes back
                with lock:
                    committed.append(serial)
            except Abort:
                pass
            except BaseException as error:  # pragma: no cover - reported below
                errors.append(error)

    threads = [threading.Thread(target=issue, args=(n,)) for n in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors[:3]
    aborted = sum(1 for w in range(THREADS) for r in range(EACH) if (w + r) % 5 == 0)
    assert sorted(committed) == list(range(1, THREADS * EACH - aborted + 1))
    with sessions() as session:
        assert last_serial(session, "licence", 2026) == len(committed)


def test_number_pattern():
    profile = DEFAULT_PROFILE
    assert document_number(profile, DocumentType.GRANT, 2026, 1) == "渭高审批〔2026〕0001号"
    assert document_number(profile, DocumentType.LICENCE, 2026, 12) == "渭高审批许〔2026〕0012号"
    assert (
        document_number(profile, DocumentType.RESULT_NOTICE, 2027, 3) == "渭高审批抄〔2027〕0003号"
    )
    with pytest.raises(DomainError):
        NumberPatterns.from_stored({"licence": "{prefix}{nope}"})


def test_number_patterns_set_per_type_in_the_profile():
    stored = DEFAULT_PROFILE.as_stored() | {
        "number_patterns": {"licence": "{prefix}证字〔{year}〕第{serial:05d}号", "grant": ""}
    }
    profile = BureauProfile.from_stored(stored)
    assert (
        document_number(profile, DocumentType.LICENCE, 2026, 7) == "渭高审批证字〔2026〕第00007号"
    )
    assert document_number(profile, DocumentType.GRANT, 2026, 7) == "渭高审批〔2026〕0007号"
    assert profile.as_stored()["number_patterns"] == {
        "licence": "{prefix}证字〔{year}〕第{serial:05d}号"
    }


@pytest.mark.parametrize(
    "pattern",
    [
        "{prefix}{nope}〔{year}〕{serial}号",  # only {prefix}, {year}, {serial}
        "{prefix}〔{year}〕{serial!r}号",
        "{prefix}〔{year}〕{0}号",
        "{prefix}许〔2026〕{serial:04d}号",  # without the year, numbers repeat every year
        "{prefix}许〔{year}〕号",
        "{prefix}〔{year}〕{serial:04d}号",  # the decision to grant's number
    ],
)
def test_number_patterns_that_could_not_print_or_would_repeat_are_refused(pattern):
    with pytest.raises(DomainError):
        NumberPatterns.from_stored({"licence": pattern})
