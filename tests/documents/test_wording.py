"""Every document type, rendered with short, long and carelessly punctuated inputs and read
back from the PDF, reads as a legal reviewer would sign it: no stacked punctuation, no empty
field, no empty brackets, and an extension that runs forwards."""

from __future__ import annotations

import re
from dataclasses import fields, is_dataclass, replace
from datetime import date

import pytest

from desktop.documents.errors import DocumentError
from desktop.documents.kinds.notices import ExtensionNotice, MissingMaterial, SupplementNotice
from desktop.documents.model import CaseInfo, DocumentType
from desktop.documents.render import render_document
from desktop.documents.samples import sample_documents, sample_issue
from desktop.documents.wording import clause, numbered, tidy
from tests.documents.conftest import pdf_text

# Fields that name a thing (a person, a number, a place) rather than say something: they are
# printed as typed, so the variants leave them alone.
_NAMES = {
    "number",
    "name",
    "identifier",
    "holder",
    "half_day",
    "department",
    "title",
    "legal_representative",
    "decision_number",
    "licence_number",
    "item_kind",  # a code chosen from the catalogue, not typed
    "verdict",  # the on-site record's 符合 / 不符合 / 不适用, chosen from a list
    "conclusion",  # 合格 / 限期整改 / 不合格, chosen from a list
    "sha256",  # a file's digest
}
_LONG = "经逐项比对申请材料与现场核查情况并依据现行有效的审查细则"


def _vary(value: object, how: str) -> object:
    """Every free text inside a document, changed the way people type it."""
    if isinstance(value, str):
        if not value:
            return value
        if how == "short":
            return value[:2]
        if how == "long":
            return f"{_LONG}，{value}"
        return f" {value}（见附件。）。。 "  # punctuated: a stop inside brackets, two after
    if isinstance(value, tuple):
        return tuple(_vary(item, how) for item in value)
    if is_dataclass(value) and not isinstance(value, type):
        changes = {
            f.name: _vary(getattr(value, f.name), how)
            for f in fields(value)
            if (f.name not in _NAMES and isinstance(getattr(value, f.name), str | tuple))
            or is_dataclass(getattr(value, f.name))
        }
        return replace(value, **changes)
    return value


def _variant(document: object, how: str) -> object:
    varied = _vary(document, how)
    case = getattr(document, "case", None)
    if isinstance(case, CaseInfo):  # project names are typed too, but never left short
        project = {"short": "", "long": case.project_name * 2, "punctuated": "二期。"}[how]
        varied = replace(varied, case=replace(varied.case, project_name=project))
    return varied


# What a reviewer strikes out: two marks in a row, a stop before a closing bracket, a colon
# with nothing after it, empty brackets.
_DEFECTS = {
    "stacked punctuation": re.compile(r"[。；，、：][。；，、：]"),
    "a stop inside brackets": re.compile(r"[。；，、：][）)》]"),
    "an empty field": re.compile(r"：(?=[）。；，、]|$)"),
    "empty brackets": re.compile(r"（）|\(\)|《》"),
}


def _defects(text: str) -> list[str]:
    flat = re.sub(r"\s+", "", text)
    return [
        f"{name}: …{flat[max(0, m.start() - 12) : m.end() + 12]}…"
        for name, pattern in _DEFECTS.items()
        for m in pattern.finditer(flat)
    ]


@pytest.mark.parametrize("how", ["short", "long", "punctuated"])
@pytest.mark.parametrize("kind", list(DocumentType))
def test_every_type_reads_cleanly_whatever_was_typed(keys, kind, how):
    document = _variant(sample_documents()[kind], how)
    rendered = render_document(document, sample_issue(kind), qr_key=keys.qr_key)
    text = pdf_text(rendered.pdf)
    defects = _defects(text)
    assert not defects, f"{kind.label} ({how}): {len(defects)}, e.g. {defects[:3]}"


@pytest.mark.parametrize("how", ["short", "long", "punctuated"])
def test_the_extension_runs_forwards(keys, how):
    kind = DocumentType.EXTENSION
    document = _variant(sample_documents()[kind], how)
    text = re.sub(r"\s+", "", pdf_text(render_document(document, sample_issue(kind)).pdf))
    old, new = (
        date(*map(int, found))
        for found in re.findall(
            r"(\d{4})年(\d{1,2})月(\d{1,2})日", text.split("由", 2)[-1].split("。")[0]
        )
    )
    assert old < new, text


def test_an_extension_that_runs_backwards_is_refused():
    notice = sample_documents()[DocumentType.EXTENSION]
    assert isinstance(notice, ExtensionNotice)
    backwards = replace(notice, original_due=notice.new_due, new_due=notice.original_due)
    with pytest.raises(DocumentError, match="须晚于原期限"):
        render_document(backwards, sample_issue(DocumentType.EXTENSION))


def test_the_handlers_note_reaches_the_supplement_notice():
    notice = sample_documents()[DocumentType.SUPPLEMENT]
    assert isinstance(notice, SupplementNotice)
    noted = replace(
        notice,
        missing=(MissingMaterial("营业执照副本", "加载统一社会信用代码的营业执照副本。"),),
        note="复印件须加盖公章。",
    )
    text = re.sub(r"\s+", "", pdf_text(render_document(noted, sample_issue(noted.kind)).pdf))
    assert "营业执照副本（加载统一社会信用代码的营业执照副本）。" in text
    assert "补正说明：复印件须加盖公章。" in text


def test_typed_clauses_lose_the_marks_a_template_adds():
    assert clause(" 不符合许可条件。。 ") == "不符合许可条件"
    assert tidy("（营业执照副本。）。") == "（营业执照副本）。"
    assert numbered(("甲。", "", "乙；")) == ["1．甲；", "2．乙。"]
