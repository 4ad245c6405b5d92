"""Resident IDs and credit codes: python-stdnum's checksums, area codes of any period, the
authority table, and every rule explained."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.cn import ric, uscc
from stdnum.exceptions import ValidationError

from desktop.domain.enums import ApplicantKind
from desktop.domain.errors import InvalidIdentifier
from desktop.domain.identifiers import (
    CREDIT_CATEGORIES,
    UnknownAreaCode,
    area_code_known,
    credit_code_with_check_digit,
    resident_id_with_check_digit,
    unknown_area,
    validate_applicant_identifier,
    validate_credit_code,
    validate_resident_id,
)
from desktop.domain.timezone import china_today
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


def _stdnum_resident_parts_valid(value: str) -> bool:
    """stdnum's checks without its area-code-at-birth-date rule: length, digits, checksum,
    a real birth date."""
    try:
        number = ric.compact(value)
        if len(number) != 18 or not number[:-1].isdigit():
            return False
        ric.get_birth_date(number)
        return number[-1] == ric.calc_check_digit(number)
    except ValidationError:
        return False


@given(st.text(alphabet="0123456789X", min_size=17, max_size=19))
def test_resident_id_check_is_stdnum_with_areas_of_any_period(value):
    try:
        validate_resident_id(value)
        ours = True
    except InvalidIdentifier:
        ours = False
    number = value.upper()
    expected = (
        _stdnum_resident_parts_valid(value)
        and area_code_known(number[:6])
        and int(number[6:10]) >= 1880
        and ric.get_birth_date(number) <= date.today()
    )
    assert ours == expected
    try:
        theirs = ric.is_valid(value)
    except KeyError:  # stdnum's own lookup fault for province-only codes
        theirs = False
    if theirs and expected is False:  # only a future or impossible-era birth date
        assert ric.get_birth_date(number) > date.today() or int(number[6:10]) < 1880


@given(st.text(alphabet="0123456789ABCDEFGHJKLMNPQRTUWXYIOZSV", min_size=17, max_size=19))
def test_credit_code_check_is_stdnum_with_authority_and_region(value):
    try:
        validate_credit_code(value)
        ours = True
    except InvalidIdentifier:
        ours = False
    number = value.upper()
    sound_parts = (
        len(number) == 18
        and number[1] in CREDIT_CATEGORIES.get(number[0], "")
        and number[2:8].isdigit()
        and (number[2:8] == "100000" or area_code_known(number[2:8]))
    )
    if number[:1].isdigit():  # stdnum reads only numeric authorities
        assert ours == (uscc.is_valid(value) and sound_parts)
    elif ours:
        assert sound_parts and number[-1] == uscc.calc_check_digit(number[:-1])


@pytest.mark.parametrize("year", range(1950, 1994))
def test_residents_born_before_their_area_code_existed_are_accepted(year):
    # 临渭区 (610502) exists since 1994; its adults were born before and carry it.
    number = resident_id_with_check_digit(f"610502{year}0612032")
    assert validate_resident_id(number) == number


@pytest.mark.parametrize(
    ("first17", "why"),
    [
        ("61050219840101001", "临渭区, code newer than the birth"),
        ("61050319620815002", "华州区, created 2015"),
        ("61052119700301003", "华县, retired 2015"),
        ("61210119551001004", "渭南地区, retired 1994"),
        ("11010319450503005", "崇文区, retired 2010"),
        ("11010420101231006", "宣武区, retired 2010, a child of its last year"),
        ("13050219880229007", "桥东区 renamed 襄都区 in 2020, a leap day"),
        ("31010319790909008", "卢湾区, retired 2011"),
        ("61010019900101009", "a prefecture's own code"),
        ("81000019750720010", "Hong Kong residence permit"),
        ("83000019880808011", "Taiwan residence permit"),
    ],
)
def test_real_format_resident_ids_are_accepted(first17, why):
    number = resident_id_with_check_digit(first17)
    assert validate_resident_id(number) == number, why
    assert validate_resident_id(number.lower()) == number  # a lower-case x check digit


def test_x_check_digits_are_accepted():
    with_x = [
        n
        for n in (
            resident_id_with_check_digit(f"610502{y}0101{s:03d}")
            for y in range(1950, 1994)
            for s in range(1, 30)
        )
        if n.endswith("X")
    ]
    assert len(with_x) > 20
    for number in with_x:
        assert validate_resident_id(number) == number
        assert validate_resident_id(number[:-1] + "x") == number


def test_birth_dates_must_be_real_and_not_in_the_future():
    tomorrow = china_today() + timedelta(days=1)  # the rule counts China's days
    future = resident_id_with_check_digit(f"610502{tomorrow:%Y%m%d}001")
    with pytest.raises(InvalidIdentifier, match="晚于今天"):
        validate_resident_id(future)
    assert validate_resident_id(future, today=tomorrow) == future
    for impossible in ("19900230", "19901301", "18790101"):
        with pytest.raises(InvalidIdentifier, match="出生日期"):
            validate_resident_id(resident_id_with_check_digit(f"610502{impossible}001"))


def test_an_unknown_area_code_is_a_warning_that_can_be_accepted():
    number = resident_id_with_check_digit("61059919840101001")
    with pytest.raises(UnknownAreaCode, match="610599") as raised:
        validate_resident_id(number)
    assert "仍然登记" in str(raised.value)
    assert validate_resident_id(number, accept_unknown_area=True) == number
    assert unknown_area(ApplicantKind.PERSON, number) == "610599"
    assert unknown_area(ApplicantKind.PERSON, VALID_ID) is None
    code = credit_code_with_check_digit("91990000MA6Y12345")
    with pytest.raises(UnknownAreaCode, match="990000"):
        validate_credit_code(code)
    assert validate_credit_code(code, accept_unknown_area=True) == code


@pytest.mark.parametrize(
    "first17",
    [
        "91610502MA6Y12345",  # a company
        "92610502MA6Y12345",  # a sole trader
        "93610502MA6Y12345",  # a farmers' cooperative
        "52610500MA6Y12345",  # a private non-enterprise unit
        "12610500MB1234567",  # a public institution
        "N2610502MF1234567",  # a village collective (农业)
        "Y1610502MG1234567",  # another authority
        "11100000000013127",  # a central organ (national region code)
        "91612101MA6Y12345",  # a code of the 渭南地区, retired in 1994
    ],
)
def test_credit_codes_of_every_authority_are_accepted(first17):
    code = credit_code_with_check_digit(first17)
    assert validate_credit_code(code) == code


@pytest.mark.parametrize("first2", ["94", "B1", "Y2", "05", "N4"])
def test_credit_codes_with_an_unknown_authority_or_category_are_refused(first2):
    code = credit_code_with_check_digit(f"{first2}610502MA6Y12345")
    with pytest.raises(InvalidIdentifier, match="登记管理部门码"):
        validate_credit_code(code)


def test_completed_identifiers_validate():
    rng = random.Random(5)
    for _ in range(300):
        assert validate_resident_id(resident_id(rng))
        assert uscc.is_valid(credit_code(rng))
    assert validate_resident_id(resident_id_with_check_digit("36042619910101007")) == VALID_ID
    assert uscc.is_valid(credit_code_with_check_digit("91610500MA6Y12345"))
