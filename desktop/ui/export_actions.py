"""Saving a table to XLSX or CSV: ask where, build the bytes off the UI thread, write."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.documents.table_export import Table, to_csv, to_xlsx
from desktop.ui.messages import explain
from desktop.ui.operations import Operation

TableWork = Callable[[], Table | list[Table]]


def encode(tables: Table | list[Table], kind: str) -> bytes:
    """XLSX: one sheet per table. CSV: the first table (CSV has one sheet)."""
    listed = tables if isinstance(tables, list) else [tables]
    return to_xlsx(*listed) if kind == "xlsx" else to_csv(listed[0])


def write_export(work: TableWork, kind: str, path: Path) -> Path:
    path.write_bytes(encode(work(), kind))
    return path


def save_table(
    parent: QWidget,
    work: TableWork,
    suggested: str,
    kind: str,
    done: Callable[[str], None],
) -> None:
    """Ask for a file name, then build and write the file in the background."""
    pattern = (
        QCoreApplication.translate("Export", "Excel 工作簿 (*.xlsx)")
        if kind == "xlsx"
        else QCoreApplication.translate("Export", "CSV 文件 (*.csv)")
    )
    name, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("Export", "导出"), f"{suggested}.{kind}", pattern
    )
    if not name:
        return
    path = Path(name if name.lower().endswith(f".{kind}") else f"{name}.{kind}")
    Operation(parent, lambda: write_export(work, kind, path)).on_success(
        lambda written: done(
            QCoreApplication.translate("Export", "已导出到 %1").replace("%1", str(written))
        )
    ).on_failure(
        lambda error: QMessageBox.warning(
            parent, QCoreApplication.translate("Export", "未能导出"), explain(error)
        )
    ).run()
