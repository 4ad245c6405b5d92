"""Resident IDs and credit codes: our checks agree with python-stdnum and explain the rule."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.cn import ric, uscc

from desktop.domain.enums import ApplicantKind
from desktop.domain.errors import InvalidIdentifier
from desktop.domain.identifiers import (
    credit_code_with_check_digit,
    resident_id_with_check_digit,
    validate_applicant_identifier,
    validate_credit_code,
    validate_resident_id,
)
from desktop.services.demo.people import credit_code, resident_id

VALID_ID = "360426199101010071"


def test_valid_resident_id_is_returned_normalised():
    assert validate_resident_id(VALID_ID) == VALID_ID
    assert validate_resident_id("36042619910101007x".replace("x", "1")) == VALID_ID


@pytest.mark.parametrize(
    ("value", "rule"),
    [
        ("12345", "应为18位"),
        ("3604261991A1010071", "前17位应为数字"),
        ("360426199101010072", "校验码"),
        (resident_id_with_check_digit("36042619911301007"), "出生日期"),
    ],
)
def test_bad_resident_id_names_field_and_rule(value, rule):
    with pytest.raises(InvalidIdentifier) as raised:
        validate_resident_id(value)
    message = str(raised.value)
    assert "居民身份证号码" in message and rule in message and value in message
    assert raised.value.data["field"] == "居民身份证号码"


@pytest.mark.parametrize(
    ("value", "rule"),
    [
        ("9161", "应为18位"),
        ("91610500MA6Y12345I", "不允许的字符"),
        ("91610500MA6Y123450", "校验码"),
    ],
)
def test_bad_credit_code_names_field_and_rule(value, rule):
    with pytest.raises(InvalidIdentifier, match=f"统一社会信用代码.*{rule}"):
        validate_credit_code(value)


def test_the_applicant_kind_decides_which_identifier_is_required():
    assert validate_applicant_identifier(ApplicantKind.PERSON, VALID_ID) == VALID_ID
    with pytest.raises(InvalidIdentifier, match="统一社会信用代码"):
        validate_applicant_identifier(ApplicantKind.ORGANISATION, VALID_ID)


@given(st.text(alphabet="0123456789X", min_size=17, max_size=19))
def test_resident_id_check_agrees_with_stdnum(value):
    try:
        validate_resident_id(value)
        ours = True
    except InvalidIdentifier:
        ours = False
    try:
        theirs = ric.is_valid(value)
    except KeyError:  # stdnum's own lookup fault for province-only codes: not valid
        theirs = False
    assert ours == theirs


@given(st.text(alphabet="0123456789ABCDEFGHJKLMNPQRTUWXYIOZSV", min_size=17, max_size=19))
def test_credit_code_check_agrees_with_stdnum(value):
    try:
        validate_credit_code(value)
        ours = True
    except InvalidIdentifier:
        ours = False
    assert ours == uscc.is_valid(value)


def test_completed_identifiers_validate():
    rng = random.Random(5)
    for _ in range(300):
        assert ric.is_valid(resident_id(rng))
        assert uscc.is_valid(credit_code(rng))
    assert validate_resident_id(resident_id_with_check_digit("36042619910101007")) == VALID_ID
    assert uscc.is_valid(credit_code_with_check_digit("91610500MA6Y12345"))
