"""Resident ID (GB 11643) and unified social credit code (GB 32100) checks.

The checksums come from python-stdnum. The area code is checked against every code the
administrative-division table (GB/T 2260) has ever held, whatever its validity period: an
ID carries the code of the place of registration when the number was issued, which may be
newer than the holder's birth, or since renamed or retired. A code the table does not know
is a soft refusal (`UnknownAreaCode`) that a caller may accept after a person has looked.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from importlib import resources

from stdnum.cn import ric, uscc

from desktop.domain.enums import ApplicantKind
from desktop.domain.errors import InvalidIdentifier
from desktop.domain.phrases import Term
from desktop.domain.timezone import china_now

RESIDENT_ID_FIELD = Term("居民身份证号码")
CREDIT_CODE_FIELD = Term("统一社会信用代码")
EARLIEST_BIRTH_YEAR = 1880  # no one living was born before; a smaller year is a typo

# Each rule is said in words people can act on; the UI translates them (they are Terms).
RESIDENT_LENGTH = Term("应为18位（GB 11643）")
RESIDENT_FORMAT = Term("前17位应为数字，末位为数字或X（GB 11643）")
RESIDENT_BIRTH = Term("出生日期（第7—14位）不存在或晚于今天（GB 11643）")
RESIDENT_CHECKSUM = Term("校验码（第18位）不符，请核对号码（GB 11643）")
CREDIT_LENGTH = Term("应为18位（GB 32100）")
CREDIT_FORMAT = Term("含有不允许的字符（不得使用I、O、Z、S、V）（GB 32100）")
CREDIT_AUTHORITY = Term("登记管理部门码或机构类别码（第1、2位）无效（GB 32100）")
CREDIT_REGION = Term("行政区划码（第3—8位）应为6位数字（GB 32100）")
CREDIT_CHECKSUM = Term("校验码（第18位）不符，请核对代码（GB 32100）")

# GB 32100-2015 appendix A: registration authority -> the organisation categories it uses.
CREDIT_CATEGORIES = {
    "1": "1239",  # 机构编制: 机关, 事业单位, 中央编办直管的群众团体, 其他
    "2": "19",  # 外交
    "3": "1234569",  # 司法行政
    "4": "19",  # 文化
    "5": "1239",  # 民政: 社会团体, 民办非企业单位, 基金会, 其他
    "6": "129",  # 旅游
    "7": "129",  # 宗教
    "8": "19",  # 工会
    "9": "123",  # 市场监管（工商）: 企业, 个体工商户, 农民专业合作社
    "A": "19",  # 中央军委改革和编制办公室
    "N": "1239",  # 农业: 组级、村级、乡镇级集体经济组织, 其他
    "Y": "1",  # 其他
}
ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # GB 32100: no I, O, Z, S, V
NATIONAL_REGION = "100000"  # organisations registered by a central authority
# Codes outside the division table that numbers really carry: residence permits of Hong
# Kong, Macao and Taiwan residents (GB 11643 numbers issued since 2018).
EXTRA_AREA_CODES = {"810000", "820000", "830000"}


class UnknownAreaCode(InvalidIdentifier):
    """The number is well formed but its area code is in no edition of the division table:
    a person should look at it, and may accept it."""

    code = "unknown_area_code"


@cache
def _known_area_codes() -> frozenset[str]:
    """Every six-digit code in python-stdnum's division table, in any validity period."""
    text = (resources.files("stdnum") / "cn" / "loc.dat").read_text(encoding="utf-8")
    codes: set[str] = set()
    province = ""
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, _, _ = line.strip().partition(" ")
        if not line.startswith(" "):
            province = key
        elif len(key) == 4 and "county=" in line:
            codes.add(province + key)
    return frozenset(codes | EXTRA_AREA_CODES)


def area_code_known(code: str) -> bool:
    """True when `code` is, or ever was, an administrative-division code."""
    return code in _known_area_codes()


def _invalid(field: str, value: str, rule: str) -> InvalidIdentifier:
    return InvalidIdentifier("{field}“{value}”无效：{rule}", field=field, value=value, rule=rule)


def _unknown_area(field: str, value: str, area: str) -> UnknownAreaCode:
    return UnknownAreaCode(
        "{field}“{value}”的地址码 {area} 不在历年行政区划代码中：请核对号码；"
        "核对无误的可以仍然登记",
        field=field,
        value=value,
        area=area,
    )


def validate_resident_id(
    value: str,
    field: str = RESIDENT_ID_FIELD,
    *,
    accept_unknown_area: bool = False,
    today: date | None = None,
) -> str:
    """The normalised 18-digit resident ID, or InvalidIdentifier naming the broken rule:
    length, digits, check digit, a real birth date not after `today` (China's today by
    default), and an area code that exists or ever existed (else UnknownAreaCode, unless
    `accept_unknown_area`)."""
    number = ric.compact(value)
    if len(number) != 18:
        raise _invalid(field, value, RESIDENT_LENGTH)
    if not number[:-1].isdigit() or not number[:-1].isascii() or number[-1] not in "0123456789X":
        raise _invalid(field, value, RESIDENT_FORMAT)
    if number[-1] != ric.calc_check_digit(number):
        raise _invalid(field, value, RESIDENT_CHECKSUM)
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        raise _invalid(field, value, RESIDENT_BIRTH) from None
    if born.year < EARLIEST_BIRTH_YEAR or born > (today or china_now().date()):
        raise _invalid(field, value, RESIDENT_BIRTH)
    if not accept_unknown_area and not area_code_known(number[:6]):
        raise _unknown_area(field, value, number[:6])
    return number


def validate_credit_code(
    value: str, field: str = CREDIT_CODE_FIELD, *, accept_unknown_area: bool = False
) -> str:
    """The normalised 18-character credit code, or InvalidIdentifier naming the broken rule:
    length, alphabet, registration authority and category, region code, check character
    (an unknown region code is UnknownAreaCode, unless `accept_unknown_area`)."""
    number = uscc.compact(value)
    if len(number) != 18:
        raise _invalid(field, value, CREDIT_LENGTH)
    if any(c not in ALPHABET for c in number):
        raise _invalid(field, value, CREDIT_FORMAT)
    if number[1] not in CREDIT_CATEGORIES.get(number[0], ""):
        raise _invalid(field, value, CREDIT_AUTHORITY)
    region = number[2:8]
    if not region.isdigit():
        raise _invalid(field, value, CREDIT_REGION)
    if number[-1] != uscc.calc_check_digit(number[:-1]):
        raise _invalid(field, value, CREDIT_CHECKSUM)
    if not accept_unknown_area and region != NATIONAL_REGION and not area_code_known(region):
        raise _unknown_area(field, value, region)
    return number


def validate_applicant_identifier(
    kind: ApplicantKind, value: str, *, accept_unknown_area: bool = False
) -> str:
    """Validate the identifier that an applicant of this kind must have."""
    if kind is ApplicantKind.PERSON:
        return validate_resident_id(value, accept_unknown_area=accept_unknown_area)
    return validate_credit_code(value, accept_unknown_area=accept_unknown_area)


def unknown_area(kind: ApplicantKind, number: str) -> str | None:
    """The area code of a valid identifier when no edition of the table knows it."""
    area = number[:6] if kind is ApplicantKind.PERSON else number[2:8]
    if area == NATIONAL_REGION and kind is ApplicantKind.ORGANISATION:
        return None
    return None if area_code_known(area) else area


def resident_id_with_check_digit(first17: str) -> str:
    """Complete a 17-digit prefix with its GB 11643 check digit (used by demo data)."""
    return first17 + ric.calc_check_digit(first17 + "0")  # stdnum expects a placeholder digit


def credit_code_with_check_digit(first17: str) -> str:
    """Complete a 17-character prefix with its GB 32100 check character (used by demo data)."""
    return first17 + uscc.calc_check_digit(first17)
