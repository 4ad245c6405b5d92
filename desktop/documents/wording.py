"""Small pieces of official wording shared by the document kinds."""

from __future__ import annotations

import re
from datetime import date

from desktop.documents.model import Applicant, CaseInfo
from desktop.domain.enums import ApplicantKind

CHINESE_NUMERALS = "〇一二三四五六七八九"
# What may close a clause typed by a person: templates add their own punctuation.
_CLOSING = "。．.；;，,、：:！!？? \t\r\n\u3000"


_STACKED = re.compile(r"[。；，、：;,]+(?=[。；，、：;,])")  # keep the last mark of a run
_BEFORE_CLOSE = re.compile(r"[。；，、：;,]+(?=[）)》”’])")  # nothing stops inside a bracket


def tidy(text: str) -> str:
    """Typed text with stacked marks (。。 ，。) and stops before a closing bracket removed."""
    return _BEFORE_CLOSE.sub("", _STACKED.sub("", text.strip()))


def clause(text: str) -> str:
    """A typed clause without its closing punctuation or spaces, so that a template can
    close it: "不符合许可条件。" and "不符合许可条件" both give "不符合许可条件"."""
    return tidy(text).rstrip(_CLOSING).strip()


def sentence(text: str) -> str:
    """A typed clause closed by one full stop; an empty text stays empty."""
    core = clause(text)
    return f"{core}。" if core else ""


def bracketed(text: str) -> str:
    """（补充说明）, or nothing for an empty text: never an empty pair of brackets."""
    core = clause(text)
    return f"（{core}）" if core else ""


def chinese_date(day: date) -> str:
    """2026年3月2日: Arabic numerals without padding, as GB/T 9704-2012 prescribes."""
    return f"{day.year}年{day.month}月{day.day}日"


def chinese_count(number: int) -> str:
    """一 to 九十九, for item numbers like 一、二、 and periods like 二十个工作日."""
    if not 0 < number < 100:
        return str(number)
    tens, ones = divmod(number, 10)
    prefix = "" if tens == 0 else ("十" if tens == 1 else CHINESE_NUMERALS[tens] + "十")
    return prefix + (CHINESE_NUMERALS[ones] if ones else "")


def addressee(applicant: Applicant) -> str:
    return f"{applicant.name}："


def you(applicant: Applicant) -> str:
    """你 for a person, 你单位 for an organisation."""
    return "你" if applicant.kind is ApplicantKind.PERSON else "你单位"


def application(case: CaseInfo) -> str:
    """The application as documents name it: 提交的某事项申请（项目：某某）."""
    name = clause(case.project_name)
    project = f"（项目名称：{name}）" if name else ""
    return f"{clause(case.item_name)}申请{project}"


def submitted(case: CaseInfo) -> str:
    """你单位于2026年3月2日提交的某事项申请."""
    return f"{you(case.applicant)}于{chinese_date(case.received_on)}提交的{application(case)}"


def accepted(case: CaseInfo, accepted_on: date) -> str:
    """你单位于……提交的某事项申请，本机关已于2026年3月3日受理。"""
    return f"{submitted(case)}，本机关已于{chinese_date(accepted_on)}受理。"


def numbered(items: tuple[str, ...], last: str = "。") -> list[str]:
    """1．甲；2．乙。 — a numbered list closed by the right punctuation, whatever the items
    were typed with; empty items are left out."""
    kept = [core for core in (clause(item) for item in items) if core]
    return [
        f"{index}．{item}{last if index == len(kept) else '；'}"
        for index, item in enumerate(kept, start=1)
    ]
