"""Each item's on-site checklist in the catalogue: read, cross-checked and written with
the catalogue file's 检查要点 sheet and the item editor (README, "The workflow")."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.forget import forget_rows
from desktop.data.models import Item, ItemCheckPoint
from desktop.domain.catalogue_rows import RowProblem
from desktop.domain.check_point_rows import CHECK_SHEET, CheckPointRow, read_check_point
from desktop.services.sheets import Rows


def check_point_rows(session: Session) -> list[CheckPointRow]:
    """Every item's check points, by item code and number."""
    return [
        CheckPointRow(code, seq, text, major)
        for code, seq, text, major in session.execute(
            sa.select(Item.code, ItemCheckPoint.seq, ItemCheckPoint.text, ItemCheckPoint.major)
            .join(Item, Item.id == ItemCheckPoint.item_id)
            .order_by(Item.code, ItemCheckPoint.seq)
        )
    ]


def check_cells(
    cells: Rows, known_codes: Iterable[str], problems: list[RowProblem]
) -> dict[str, list[CheckPointRow]]:
    """The good rows by item code; each bad row's reasons go to `problems`."""
    return rows_by_item(cells, read_check_point, CHECK_SHEET, "检查要点", known_codes, problems)


def rows_by_item(
    cells: Rows,
    read: Callable[[Any], tuple[Any, list[str]]],
    sheet: str,
    what: str,
    known_codes: Iterable[str],
    problems: list[RowProblem],
) -> dict[str, list[Any]]:
    """A sheet of numbered rows per item (materials, check points): the good rows by item
    code; a row whose item is unknown or whose number repeats is bad, and each bad row's
    reasons go to `problems` under `sheet`."""
    known = set(known_codes)
    seen: set[tuple[str, int]] = set()
    found: dict[str, list[Any]] = {}
    for number, values in cells:
        row, reasons = read(values)
        if row is not None:
            key = (row.item_code, row.seq)
            if row.item_code not in known:
                reasons.append(f"事项编码 {row.item_code} 不在事项表中，也不在目录中")
            elif key in seen:
                reasons.append(f"事项 {row.item_code} 的{what}序号 {row.seq} 重复")
            seen.add(key)
        if reasons:
            problems.append(RowProblem(sheet, number, tuple(reasons)))
        elif row is not None:
            found.setdefault(row.item_code, []).append(row)
    return found


def replace_check_points(
    session: Session, codes: Iterable[str], rows: dict[str, list[CheckPointRow]]
) -> None:
    """Each of `codes` gets exactly its rows (records already made keep their own copy of
    each point's text, so a changed checklist does not rewrite them)."""
    items = dict(session.execute(sa.select(Item.code, Item.id).where(Item.code.in_(codes))).all())
    if not items:
        return
    old_points = session.scalars(
        sa.select(ItemCheckPoint.id).where(ItemCheckPoint.item_id.in_(items.values()))
    )
    # On PostgreSQL through desk_forget_rows: no login deletes from the catalogue itself.
    forget_rows(session, ItemCheckPoint.__table__, [{"id": i} for i in old_points])
    session.flush()
    for code, item_id in items.items():
        for row in sorted(rows.get(code, []), key=lambda r: r.seq):
            session.add(
                ItemCheckPoint(item_id=item_id, seq=row.seq, text=row.text, major=row.major)
            )
    session.flush()
