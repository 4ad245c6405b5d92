"""The remedies a refused applicant must be told of (ALL art. 38)."""

from __future__ import annotations


def remedies_text(reconsideration_body: str, court: str, act: str = "决定") -> str:
    """The remedies against the act a document carries: 决定 (决定书) or 通知 (通知书)."""
    return (
        f"如不服本{act}，可以自收到本{act}书之日起六十日内向{reconsideration_body}申请行政复议，"
        f"也可以自收到本{act}书之日起六个月内向{court}提起行政诉讼。"
    )
