"""Whatever a person hands in (random bytes, CSV and XLSX of any shape, identifiers of any
form), every importer and the verifier answer with a report or one explained refusal, and a
refusal changes nothing in the database."""

from __future__ import annotations

import io
import shutil
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session, sessionmaker

from desktop.data.database import make_engine, parse_url, session_factory
from desktop.domain.actor import Actor
from desktop.domain.enums import ApplicantKind
from desktop.domain.errors import InvalidIdentifier
from desktop.domain.frontdesk_rows import COLUMNS
from desktop.domain.identifiers import resident_id_with_check_digit, validate_applicant_identifier
from desktop.services.admin.catalogue_io import ITEM_SHEET, MATERIAL_SHEET, import_catalogue
from desktop.services.admin.frontdesk_import import import_frontdesk_file
from desktop.services.documents.issuing import verify_document
from desktop.services.faults import FaultKind, classify

ACTOR = Actor.system("test")
TABLES = ("applicants", "cases", "items", "item_materials", "audit_log")
SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture(scope="module")
def sessions(
    sqlite_template: Any, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[sessionmaker[Session]]:
    path = tmp_path_factory.mktemp("hostile") / "desk.sqlite3"
    shutil.copy(sqlite_template, path)
    engine = make_engine(parse_url(str(path)))
    yield session_factory(engine)
    engine.dispose()


def _counts(sessions: sessionmaker[Session]) -> dict[str, int]:
    with sessions() as session:
        return {t: session.scalar(sa.text(f"SELECT count(*) FROM {t}")) for t in TABLES}


def _answer(sessions: sessionmaker[Session], work: Callable[[Session], Any]) -> Any:
    """The result of `work` in one transaction, or None after a clean refusal that
    changed nothing; anything else (a traceback for a person) fails the test."""
    before = _counts(sessions)
    try:
        with sessions() as session, session.begin():
            return work(session)
    except Exception as error:
        fault = classify(error)
        assert fault is not None and fault.kind is FaultKind.EXPLAINED, repr(error)
        assert fault.words.strip() and "\n" not in fault.words
        assert _counts(sessions) == before
        return None


cells = st.one_of(
    st.none(),
    st.text(max_size=30),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=False, allow_infinity=False),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)),
    st.sampled_from(["是", "否", "自然人", "法人或其他组织", "2026-11-20 09:30", "=1+1"]),
)
headers = st.lists(st.one_of(st.sampled_from(COLUMNS), st.text(max_size=10)), max_size=14)
identifiers = st.one_of(
    st.text(alphabet="0123456789Xx -", min_size=15, max_size=20),
    st.text(alphabet="0123456789ABCDEFGHJKLMNPQRTUWXYIOZSV", min_size=17, max_size=19),
    st.builds(
        lambda area, year, month, day, seq: resident_id_with_check_digit(
            f"{area:06d}{year:04d}{month:02d}{day:02d}{seq:03d}"
        ),
        st.integers(0, 999_999),
        st.integers(1800, 2200),
        st.integers(0, 13),
        st.integers(0, 32),
        st.integers(0, 999),
    ),
)


def _csv_bytes(header: list[str], rows: list[list[Any]], encoding: str) -> bytes:
    import csv

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode(encoding, errors="replace")


def _xlsx_bytes(sheets: dict[str, tuple[list[str], list[list[Any]]]]) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for title, (header, rows) in sheets.items():
        sheet = book.create_sheet(title)
        for values in [header, *rows]:
            sheet.append([v.replace("\x00", "") if isinstance(v, str) else v for v in values])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _clean_for_xlsx(value: Any) -> Any:
    if isinstance(value, str):  # openpyxl itself refuses control characters in a cell
        return "".join(c for c in value if c >= " " or c in "\t\n\r")
    return value


@SETTINGS
@given(st.binary(max_size=4000), st.sampled_from(["day.csv", "day.xlsx", "DAY.XLSX", "day"]))
def test_random_bytes_to_every_importer_and_verify(sessions, data, name):
    report = _answer(sessions, lambda s: import_frontdesk_file(s, ACTOR, name, data))
    assert report is None or not report.added
    catalogue = _answer(sessions, lambda s: import_catalogue(s, ACTOR, data))
    assert catalogue is None or not catalogue.written
    verdict = _answer(sessions, lambda s: verify_document(s, ACTOR, data))
    assert verdict is None or verdict.status != "valid"


@SETTINGS
@given(
    headers,
    st.lists(st.lists(st.one_of(cells, identifiers), max_size=14), max_size=8),
    st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16"]),
    st.integers(min_value=0, max_value=3),
)
def test_random_csv_shapes_to_the_frontdesk_import(sessions, header, rows, encoding, cut):
    data = _csv_bytes(header, rows, encoding)
    data = data[: len(data) * cut // 3] if cut else data  # some are cut short
    before = _counts(sessions)
    report = _answer(sessions, lambda s: import_frontdesk_file(s, ACTOR, "day.csv", data))
    if report is not None:  # no item exists here, so no row can be added
        assert not report.added
        assert {k: v for k, v in _counts(sessions).items() if k != "audit_log"} == {
            k: v for k, v in before.items() if k != "audit_log"
        }


@SETTINGS
@given(
    st.dictionaries(
        st.one_of(st.sampled_from([ITEM_SHEET, MATERIAL_SHEET, "受理"]), st.text(min_size=1)),
        st.tuples(headers, st.lists(st.lists(cells, max_size=12), max_size=6)),
        min_size=1,
        max_size=3,
    ),
    st.booleans(),
)
def test_random_xlsx_shapes_to_every_importer(sessions, sheets, cut):
    titles = {}
    for title, (header, rows) in sheets.items():
        safe = "".join(c for c in title if c not in "[]:*?/\\'\x00")[:31].strip() or "表"
        titles[safe] = (
            [_clean_for_xlsx(h) for h in header],
            [[_clean_for_xlsx(v) for v in row] for row in rows],
        )
    try:
        data = _xlsx_bytes(titles)
    except ValueError:  # a shape openpyxl cannot write is no input anyone can hand in
        return
    if cut:
        data = data[: len(data) // 2]
    before = _counts(sessions)
    report = _answer(sessions, lambda s: import_frontdesk_file(s, ACTOR, "day.xlsx", data))
    assert report is None or not report.added
    catalogue = _answer(sessions, lambda s: import_catalogue(s, ACTOR, data))
    if catalogue is not None and not catalogue.written:
        assert _counts(sessions)["items"] == before["items"]


@settings(max_examples=300, deadline=None)
@given(identifiers, st.sampled_from(list(ApplicantKind)))
def test_random_identifiers_are_accepted_or_refused_in_words(value, kind):
    try:
        number = validate_applicant_identifier(kind, value)
    except InvalidIdentifier as error:
        assert str(error).strip() and "\n" not in str(error)
        return
    assert len(number) == 18
    assert validate_applicant_identifier(kind, number) == number
