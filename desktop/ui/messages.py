"""Errors from the layers below, turned into words that say what to do."""

from __future__ import annotations

import logging

import sqlalchemy as sa

from desktop.data.errors import DatabaseError
from desktop.data.faults import is_permission_denied, server_message
from desktop.domain.errors import DomainError

log = logging.getLogger("desktop.ui")


def explain(error: BaseException) -> str:
    if isinstance(error, DomainError | DatabaseError):
        return str(error)
    if is_permission_denied(error):
        return f"数据库拒绝了此操作（您没有相应权限）：{server_message(error)}"
    if isinstance(error, sa.exc.OperationalError | sa.exc.InterfaceError):
        return "与数据库的连接中断：请检查网络，稍后重试（已输入的内容不会丢失）"
    log.error("unexpected error", exc_info=error)
    return f"发生意外错误：{error}。请将日志发给系统管理员"
