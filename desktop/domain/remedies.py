"""The remedies a refused applicant must be told of (ALL art. 38)."""

from __future__ import annotations


def remedies_text(reconsideration_body: str, court: str) -> str:
    return (
        f"如不服本决定，可以自收到本决定书之日起六十日内向{reconsideration_body}申请行政复议，"
        f"也可以自收到本决定书之日起六个月内向{court}提起行政诉讼。"
    )
