"""The item catalogue as spreadsheet rows: the columns, and each row read or rejected.

Two sheets: 事项 (one row per item) and 材料 (one row per material, by item code). Every
problem in a row is reported, not just the first, so a file can be fixed in one pass.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from desktop.domain import sheet_cells as cell
from desktop.domain.commitments import (
    COMMITMENT_PROMISED_DAYS,
    MAX_CHECK_DAYS,
    conditions_of,
)
from desktop.domain.enums import Category, TransferStatus
from desktop.domain.item_kinds import KIND_NAMES, ItemKind
from desktop.domain.licence_life import CaseKind
from desktop.domain.projects import STAGE_NAMES, ProjectStage

ITEM_SHEET = "事项"
MATERIAL_SHEET = "材料"
ITEM_COLUMNS = (
    "事项编码",
    "事项名称",
    "类别",
    "主管部门编码",
    "法定时限",
    "承诺时限",
    "审查时限",
    "审核时限",
    "制证时限",
    "送达时限",
    "需现场踏勘",
    "踏勘暂停计时",
    "最多跑一次",
    "窗口授权办结",
    "两级审批",
    "踏勘专业",
    "收费",
    "设定依据",
    "在用",
    "划转状态",
    "事项类型",
    "发放许可证",
    "许可证有效期",
    "办件类型",
    "基础事项编码",
    "告知承诺制",
    "承诺条件",
    "核查时限",
    "工程建设项目阶段",
)
# Columns a file made before they existed may lack; their default is read instead (for
# 办件类型 and 基础事项编码: an existing item keeps its own).
OPTIONAL_COLUMNS = (
    "划转状态",
    "事项类型",
    "发放许可证",
    "许可证有效期",
    "办件类型",
    "基础事项编码",
    "告知承诺制",
    "承诺条件",
    "核查时限",
    "工程建设项目阶段",
)
# The kinds of case an item may take: 撤销 is the bureau's own act on the licence's own
# item (domain/licence_life.py, check_item), so no item is for it.
ITEM_CASE_KINDS = {kind.label: kind for kind in CaseKind if kind is not CaseKind.REVOCATION}
LONG_TERM = "长期"  # a licence valid without end
MATERIAL_COLUMNS = (
    "事项编码",
    "序号",
    "材料名称",
    "说明",
    "须原件",
    "份数",
    "可容缺受理",
    "容缺可先发证",
)
# 容缺受理 (domain/promises.py): a file made before these columns leaves the materials as
# they are (a new one: 否).
OPTIONAL_MATERIAL_COLUMNS = ("可容缺受理", "容缺可先发证")
CATEGORY_NAMES = {category.label: category for category in Category}
TRANSFER_NAMES = {status.label: status for status in TransferStatus}
LIST_SEPARATOR = "、"
MAX_DAYS = 365


@dataclass(frozen=True)
class ItemRow:
    code: str
    name: str
    category: Category
    department_code: str
    statutory_limit_days: int
    promised_limit_days: int
    review_limit_days: int
    signoff_limit_days: int
    certificate_limit_days: int
    delivery_limit_days: int
    needs_inspection: bool
    inspection_pauses_clock: bool
    at_most_one_trip: bool
    window_authorised: bool
    two_level_signoff: bool
    specialty_codes: tuple[str, ...]
    fee: str
    legal_basis: str
    active: bool
    # None: the file has no such column, so the item keeps its status (new ones: NONE).
    transfer_status: TransferStatus | None = TransferStatus.NONE
    kind: ItemKind = ItemKind.LICENSING
    issues_licence: bool = True
    validity_years: int | None = None  # None: 长期, or no licence
    # The kind of case the item takes, and the 新办 item a variant acts on (its code);
    # None: the file has no such column, so the item keeps its own (new ones: 新办).
    case_kind: CaseKind | None = CaseKind.NEW
    base_code: str | None = ""
    # 告知承诺制 (domain/commitments.py): the conditions the applicant commits to (joined by
    # ；) and the post-check's working days; None: the file has no such column, so the
    # item keeps its own (new ones: not 告知承诺制).
    commitment_based: bool | None = False
    commitment_conditions: str = ""
    commitment_check_days: int | None = None
    # The construction project stage (工程建设项目阶段) whose cases the item serves; "": the
    # item is not part of the project process; None: the file has no such column, so the
    # item keeps its own (new ones: "").
    project_stage: ProjectStage | Literal[""] | None = ""


@dataclass(frozen=True)
class MaterialRow:
    item_code: str
    seq: int
    name: str
    description: str
    original_required: bool
    copies: int
    # None: the file has no such column, so the material keeps its own (new ones: 否).
    may_defer: bool | None = False
    issue_before_received: bool | None = False


@dataclass(frozen=True)
class RowProblem:
    sheet: str
    row: int  # the spreadsheet's row number, header = 1
    reasons: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.sheet}第{self.row}行：" + "；".join(self.reasons)


def _collect(values: Mapping[str, Any], readers: dict[str, Callable[[Any, str], Any]]):
    parsed: dict[str, Any] = {}
    reasons: list[str] = []
    for column, read in readers.items():
        try:
            parsed[column] = read(values.get(column), column)
        except cell.CellError as error:
            reasons.append(str(error))
    return parsed, reasons


def _days(value: Any, column: str) -> int:
    return cell.integer(value, column, 1, MAX_DAYS)


def _category(value: Any, column: str) -> Category:
    name = cell.text(value, column, 10)
    if name not in CATEGORY_NAMES:
        raise cell.CellError(column, f"应为“工程建设类”或“社会事务类”，实为“{name}”")
    return CATEGORY_NAMES[name]


def _transfer(value: Any, column: str) -> TransferStatus:
    name = cell.text(value, column, 10, required=False) or TransferStatus.NONE.label
    if name not in TRANSFER_NAMES:
        raise cell.CellError(column, f"应为“不涉及”“拟划转”或“已划转”，实为“{name}”")
    return TRANSFER_NAMES[name]


def _kind(value: Any, column: str) -> ItemKind:
    name = cell.text(value, column, 10, required=False) or ItemKind.LICENSING.label
    if name not in KIND_NAMES:
        names = "、".join(f"“{n}”" for n in KIND_NAMES)
        raise cell.CellError(column, f"应为{names}之一，实为“{name}”")
    return KIND_NAMES[name]


def _case_kind(value: Any, column: str) -> CaseKind:
    name = cell.text(value, column, 10, required=False) or CaseKind.NEW.label
    if name not in ITEM_CASE_KINDS:
        names = "、".join(f"“{n}”" for n in ITEM_CASE_KINDS)
        raise cell.CellError(column, f"应为{names}之一（撤销不设事项），实为“{name}”")
    return ITEM_CASE_KINDS[name]


def _stage(value: Any, column: str) -> ProjectStage | Literal[""]:
    """One of the four stages by its name, or empty for an item outside the project process."""
    name = cell.text(value, column, 20, required=False)
    if not name:
        return ""
    if name not in STAGE_NAMES:
        names = "、".join(f"“{n}”" for n in STAGE_NAMES)
        raise cell.CellError(column, f"应为{names}之一或留空，实为“{name}”")
    return STAGE_NAMES[name]


def _validity(value: Any, column: str) -> int | None:
    """Years, or 长期 (or empty) for a licence without end."""
    raw = cell.text(value, column, 10, required=False)
    if raw in ("", LONG_TERM):
        return None
    return cell.integer(raw, column, 1, 99)


def _codes(value: Any, column: str) -> tuple[str, ...]:
    joined = cell.text(value, column, 400, required=False)
    return tuple(code.strip() for code in joined.split(LIST_SEPARATOR) if code.strip())


def read_item(values: Mapping[str, Any]) -> tuple[ItemRow | None, list[str]]:
    readers: dict[str, Callable[[Any, str], Any]] = {
        "事项编码": lambda v, c: cell.text(v, c, 32),
        "事项名称": lambda v, c: cell.text(v, c, 200),
        "类别": _category,
        "主管部门编码": lambda v, c: cell.text(v, c, 16),
        **{c: _days for c in ITEM_COLUMNS[4:10]},
        **{c: cell.yes_no for c in ITEM_COLUMNS[10:15]},
        "踏勘专业": _codes,
        "收费": lambda v, c: cell.text(v, c, 200, required=False) or "不收费",
        "设定依据": lambda v, c: cell.text(v, c, 2000, required=False),
        "在用": cell.yes_no,
        "划转状态": _transfer if "划转状态" in values else lambda _v, _c: None,
        "事项类型": _kind,
        # A file without the column: a licensing item issues its licence, others none.
        "发放许可证": cell.yes_no if "发放许可证" in values else lambda _v, _c: None,
        "许可证有效期": _validity,
        "办件类型": _case_kind if "办件类型" in values else lambda _v, _c: None,
        "基础事项编码": (
            (lambda v, c: cell.text(v, c, 32, required=False))
            if "基础事项编码" in values
            else lambda _v, _c: None
        ),
        "告知承诺制": cell.yes_no if "告知承诺制" in values else lambda _v, _c: None,
        "承诺条件": lambda v, c: cell.text(v, c, 2000, required=False),
        "核查时限": _check_days,
        "工程建设项目阶段": _stage if "工程建设项目阶段" in values else lambda _v, _c: None,
    }
    parsed, reasons = _collect(values, readers)
    if reasons:
        return None, reasons
    if parsed["发放许可证"] is None:
        parsed["发放许可证"] = parsed["事项类型"] is ItemKind.LICENSING
    row = ItemRow(*(parsed[column] for column in ITEM_COLUMNS))
    if row.promised_limit_days > row.statutory_limit_days:
        reasons.append("“承诺时限”不能长于“法定时限”")
    if row.inspection_pauses_clock and not row.needs_inspection:
        reasons.append("不需现场踏勘的事项，“踏勘暂停计时”只能填“否”")
    if row.needs_inspection and not row.specialty_codes:
        reasons.append("需现场踏勘的事项须填写“踏勘专业”")
    if row.issues_licence and row.kind is not ItemKind.LICENSING:
        reasons.append(f"“{row.kind.label}”事项不发放许可证：“发放许可证”只能填“否”")
    if row.validity_years is not None and not row.issues_licence:
        reasons.append("不发放许可证的事项不填“许可证有效期”")
    if row.case_kind not in (None, CaseKind.NEW) and not row.base_code:
        reasons.append(f"“{row.case_kind.label}”事项须填写“基础事项编码”（其新办事项的编码）")
    if row.base_code and row.base_code == row.code:
        reasons.append("“基础事项编码”不能是本事项自己的编码")
    reasons += _commitment_problems(row)
    if row.project_stage and row.category is not Category.ENGINEERING:
        reasons.append("只有工程建设类事项属于工程建设项目阶段：“工程建设项目阶段”请留空")
    return (None, reasons) if reasons else (row, [])


def _check_days(value: Any, column: str) -> int | None:
    if cell.text(value, column, 10, required=False) == "":
        return None
    return cell.integer(value, column, 1, MAX_CHECK_DAYS)


def _commitment_problems(row: ItemRow) -> list[str]:
    """A 告知承诺制 item is a 新办 licensing item decided at once (承诺时限 1), with the
    conditions it is decided on; other items have neither conditions nor a check time."""
    if not row.commitment_based:
        if row.commitment_conditions or row.commitment_check_days is not None:
            return ["不实行告知承诺制的事项不填“承诺条件”和“核查时限”"]
        return []
    reasons = []
    if row.kind is not ItemKind.LICENSING or row.case_kind not in (None, CaseKind.NEW):
        reasons.append("告知承诺制只适用于“行政许可”类的新办事项")
    if row.promised_limit_days != COMMITMENT_PROMISED_DAYS:
        reasons.append(
            f"告知承诺制事项当场作出决定：“承诺时限”须为 {COMMITMENT_PROMISED_DAYS} 个工作日"
        )
    if not conditions_of(row.commitment_conditions):
        reasons.append("告知承诺制事项须填写“承诺条件”（多条以“；”分隔）")
    return reasons


def read_material(values: Mapping[str, Any]) -> tuple[MaterialRow | None, list[str]]:
    readers: dict[str, Callable[[Any, str], Any]] = {
        "事项编码": lambda v, c: cell.text(v, c, 32),
        "序号": lambda v, c: cell.integer(v, c, 1, 999),
        "材料名称": lambda v, c: cell.text(v, c, 200),
        "说明": lambda v, c: cell.text(v, c, 2000, required=False),
        "须原件": cell.yes_no,
        "份数": lambda v, c: cell.integer(v, c, 1, 99),
        **{
            c: _yes_no_or_no if c in values else lambda _v, _c: None
            for c in OPTIONAL_MATERIAL_COLUMNS
        },
    }
    parsed, reasons = _collect(values, readers)
    if reasons:
        return None, reasons
    row = MaterialRow(*(parsed[column] for column in MATERIAL_COLUMNS))
    if row.issue_before_received and not row.may_defer:
        reasons.append("“容缺可先发证”只能用于“可容缺受理”的材料：请先将“可容缺受理”填为“是”")
        return None, reasons
    return row, []


def _yes_no_or_no(value: Any, column: str) -> bool:
    """A yes/no column a file may leave empty (or lack): 否."""
    return cell.yes_no(value, column) if str(value or "").strip() else False


def item_values(row: ItemRow) -> list[Any]:
    """The row as written to a sheet, column by column (the inverse of `read_item`)."""
    yes = {True: "是", False: "否"}
    return [
        row.code,
        row.name,
        row.category.label,
        row.department_code,
        row.statutory_limit_days,
        row.promised_limit_days,
        row.review_limit_days,
        row.signoff_limit_days,
        row.certificate_limit_days,
        row.delivery_limit_days,
        yes[row.needs_inspection],
        yes[row.inspection_pauses_clock],
        yes[row.at_most_one_trip],
        yes[row.window_authorised],
        yes[row.two_level_signoff],
        LIST_SEPARATOR.join(row.specialty_codes),
        row.fee,
        row.legal_basis,
        yes[row.active],
        (row.transfer_status or TransferStatus.NONE).label,
        row.kind.label,
        yes[row.issues_licence],
        _validity_text(row),
        (row.case_kind or CaseKind.NEW).label,
        row.base_code or "",
        yes[bool(row.commitment_based)],
        row.commitment_conditions,
        row.commitment_check_days if row.commitment_check_days is not None else "",
        row.project_stage.label if row.project_stage else "",
    ]


def _validity_text(row: ItemRow) -> int | str:
    if row.validity_years is not None:
        return row.validity_years
    return LONG_TERM if row.issues_licence else ""


def material_values(row: MaterialRow) -> list[Any]:
    yes = {True: "是", False: "否"}
    return [
        row.item_code,
        row.seq,
        row.name,
        row.description,
        yes[row.original_required],
        row.copies,
        yes[bool(row.may_defer)],
        yes[bool(row.issue_before_received)],
    ]
