"""Resident ID (GB 11643) and unified social credit code (GB 32100) checks, via python-stdnum."""

from __future__ import annotations

from stdnum.cn import ric, uscc
from stdnum.exceptions import (
    InvalidChecksum,
    InvalidComponent,
    InvalidFormat,
    InvalidLength,
    ValidationError,
)

from desktop.domain.enums import ApplicantKind
from desktop.domain.errors import InvalidIdentifier
from desktop.domain.phrases import Term

RESIDENT_ID_FIELD = Term("居民身份证号码")
CREDIT_CODE_FIELD = Term("统一社会信用代码")

# Each rule is said in words people can act on; the UI translates them (they are Terms).
RESIDENT_ID_RULES = {
    InvalidLength: Term("应为18位（GB 11643）"),
    InvalidFormat: Term("前17位应为数字，末位为数字或X（GB 11643）"),
    InvalidComponent: Term("出生日期或地址码不存在（GB 11643）"),
    InvalidChecksum: Term("校验码（第18位）不符，请核对号码（GB 11643）"),
}
CREDIT_CODE_RULES = {
    InvalidLength: Term("应为18位（GB 32100）"),
    InvalidFormat: Term("含有不允许的字符（不得使用I、O、Z、S、V）（GB 32100）"),
    InvalidComponent: Term("登记管理部门码、机构类别码或行政区划码无效（GB 32100）"),
    InvalidChecksum: Term("校验码（第18位）不符，请核对代码（GB 32100）"),
}


def _invalid(
    field: str, value: str, error: ValidationError, rules: dict[type, Term]
) -> InvalidIdentifier:
    # A rule stdnum may add later is still named, in stdnum's own words.
    rule = next((rule for kind, rule in rules.items() if isinstance(error, kind)), str(error))
    return InvalidIdentifier("{field}“{value}”无效：{rule}", field=field, value=value, rule=rule)


def validate_resident_id(value: str, field: str = RESIDENT_ID_FIELD) -> str:
    """Return the normalised 18-digit resident ID or raise InvalidIdentifier naming the rule."""
    try:
        return ric.validate(value)
    except ValidationError as error:
        raise _invalid(field, value, error, RESIDENT_ID_RULES) from None
    except KeyError:
        # stdnum's region lookup raises KeyError for a code that names only a province.
        raise _invalid(field, value, InvalidComponent(), RESIDENT_ID_RULES) from None


def validate_credit_code(value: str, field: str = CREDIT_CODE_FIELD) -> str:
    """Return the normalised 18-character credit code or raise InvalidIdentifier naming the rule."""
    try:
        return uscc.validate(value)
    except ValidationError as error:
        raise _invalid(field, value, error, CREDIT_CODE_RULES) from None


def validate_applicant_identifier(kind: ApplicantKind, value: str) -> str:
    """Validate the identifier that an applicant of this kind must have."""
    if kind is ApplicantKind.PERSON:
        return validate_resident_id(value)
    return validate_credit_code(value)


def resident_id_with_check_digit(first17: str) -> str:
    """Complete a 17-digit prefix with its GB 11643 check digit (used by demo data)."""
    return first17 + ric.calc_check_digit(first17 + "0")  # stdnum expects a placeholder digit


def credit_code_with_check_digit(first17: str) -> str:
    """Complete a 17-character prefix with its GB 32100 check character (used by demo data)."""
    return first17 + uscc.calc_check_digit(first17)
