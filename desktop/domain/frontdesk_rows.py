"""The front-desk hand-over file: one accepted case per row, in documented columns.

The front-desk system exports CSV (UTF-8 or GB18030) or XLSX with these column names in
the first row; the order does not matter and extra columns are ignored. Times are China
time (e.g. 2026-11-20 09:30). Identifiers are checked with their checksums; an area code
that no edition of the division table knows is imported and flagged for a person to check.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from desktop.domain import sheet_cells as cell
from desktop.domain.enums import ApplicantKind
from desktop.domain.errors import DomainError
from desktop.domain.identifiers import unknown_area, validate_applicant_identifier
from desktop.domain.licence_life import CASE_KIND_LABELS, CASE_KIND_NAMES, CaseKind
from desktop.domain.projects import check_project_code
from desktop.domain.timezone import CHINA

COLUMNS = (
    "受理编号",
    "事项编码",
    "申请人类型",
    "申请人名称",
    "证件号码",
    "联系人",
    "联系电话",
    "地址",
    "项目名称",
    "项目地址",
    "受理时间",
    "绿色通道",
)
# Optional: what the application asks for (新办 when empty) and the licence it acts on.
LICENCE_COLUMNS = ("申请类型", "原许可证编号")
# Optional, 容缺受理: the materials accepted missing (names joined by 、) on the applicant's
# written promise, and the day they are promised by.
PROMISE_COLUMNS = ("容缺材料", "承诺补交日期")
# Optional: the construction project (工程建设项目) the case belongs to, by its national code.
PROJECT_COLUMN = "项目代码"
# Optional: for a 告知承诺制 item, who signed the applicant's commitment (告知承诺书).
COMMITMENT_COLUMNS = ("承诺人",)
REQUIRED = (*COLUMNS[:5], "受理时间")
KINDS = {"自然人": ApplicantKind.PERSON, "法人或其他组织": ApplicantKind.ORGANISATION}
EARLIEST = datetime(2000, 1, 1, tzinfo=CHINA)


@dataclass(frozen=True)
class AcceptedCase:
    number: str
    item_code: str
    applicant_kind: ApplicantKind
    applicant_name: str
    identifier: str
    contact_name: str
    contact_phone: str
    address: str
    project_name: str
    project_address: str
    accepted_at: datetime
    green_channel: bool
    unknown_area: str | None = None  # an area code no edition of the table knows: flag it
    case_kind: CaseKind = CaseKind.NEW
    licence_no: str | None = None
    promised: tuple[str, ...] = ()  # 容缺材料
    promised_on: date | None = None  # 承诺补交日期
    project_code: str | None = None
    signatory: str | None = None


def _names(value: Any, column: str) -> tuple[str, ...]:
    joined = cell.text(value, column, 1000, required=False)
    return tuple(dict.fromkeys(name.strip() for name in joined.split("、") if name.strip()))


def _day(value: Any, column: str) -> date | None:
    if not str(value or "").strip():
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise cell.CellError(column, f"应为日期，如 2026-11-20，实为“{str(value)[:20]}”") from None


def _project_code(value: Any, column: str) -> str | None:
    code = cell.text(value, column, 32, required=False)
    if not code:
        return None
    try:
        return check_project_code(code)
    except DomainError:
        raise cell.CellError(
            column, f"格式不对：应为“年份-6位地区码-2位-2位-6位序号”，实为“{code}”"
        ) from None


def _case_kind(value: Any, column: str) -> CaseKind:
    name = cell.text(value, column, 10, required=False)
    if not name:
        return CaseKind.NEW
    if name not in CASE_KIND_NAMES:
        allowed = "、".join(CASE_KIND_LABELS.values())
        raise cell.CellError(column, f"应为{allowed}之一，实为“{name}”")
    return CASE_KIND_NAMES[name]


def _kind(value: Any, column: str) -> ApplicantKind:
    name = cell.text(value, column, 10)
    if name not in KINDS:
        raise cell.CellError(column, f"应为“自然人”或“法人或其他组织”，实为“{name}”")
    return KINDS[name]


def read_row(values: Mapping[str, Any], now: datetime) -> tuple[AcceptedCase | None, list[str]]:
    """The row as a case to accept, or every reason it cannot be (`now`: China time)."""
    reasons: list[str] = []
    parsed: dict[str, Any] = {}
    readers = {
        "受理编号": lambda v, c: cell.text(v, c, 64),
        "事项编码": lambda v, c: cell.text(v, c, 32),
        "申请人类型": _kind,
        "申请人名称": lambda v, c: cell.text(v, c, 200),
        "证件号码": lambda v, c: cell.text(v, c, 18),
        "联系人": lambda v, c: cell.text(v, c, 64, required=False),
        "联系电话": lambda v, c: cell.text(v, c, 32, required=False),
        "地址": lambda v, c: cell.text(v, c, 200, required=False),
        "项目名称": lambda v, c: cell.text(v, c, 200, required=False),
        "项目地址": lambda v, c: cell.text(v, c, 200, required=False),
        "受理时间": cell.moment,
        "绿色通道": cell.yes_no,
        "申请类型": _case_kind,
        "原许可证编号": lambda v, c: cell.text(v, c, 64, required=False),
        "容缺材料": _names,
        "承诺补交日期": _day,
        PROJECT_COLUMN: _project_code,
        "承诺人": lambda v, c: cell.text(v, c, 64, required=False),
    }
    for column, read in readers.items():
        try:
            parsed[column] = read(values.get(column), column)
        except cell.CellError as error:
            reasons.append(str(error))
    if "证件号码" in parsed and "申请人类型" in parsed:
        try:
            parsed["证件号码"] = validate_applicant_identifier(
                parsed["申请人类型"], parsed["证件号码"], accept_unknown_area=True
            )
        except DomainError as error:
            reasons.append(str(error))
    if "受理时间" in parsed:
        accepted = parsed["受理时间"].replace(tzinfo=CHINA)
        if not EARLIEST <= accepted <= now:
            reasons.append(
                f"“受理时间”{accepted:%Y-%m-%d %H:%M} 不可能：不能晚于现在，也不能早于2000年"
            )
        parsed["受理时间"] = accepted
    if "容缺材料" in parsed and "承诺补交日期" in parsed:
        if parsed["容缺材料"] and parsed["承诺补交日期"] is None:
            reasons.append("填写了“容缺材料”，须同时填写“承诺补交日期”")
        if parsed["承诺补交日期"] is not None and not parsed["容缺材料"]:
            reasons.append("填写了“承诺补交日期”，须同时填写“容缺材料”")
    if reasons:
        return None, reasons
    area = unknown_area(parsed["申请人类型"], parsed["证件号码"])
    return (
        AcceptedCase(
            *(parsed[column] for column in COLUMNS),
            unknown_area=area,
            case_kind=parsed["申请类型"],
            licence_no=parsed["原许可证编号"] or None,
            promised=parsed["容缺材料"],
            promised_on=parsed["承诺补交日期"],
            project_code=parsed[PROJECT_COLUMN],
            signatory=parsed["承诺人"] or None,
        ),
        [],
    )
