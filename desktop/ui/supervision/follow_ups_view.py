"""Ratings (好差评): record a rating; follow the poor ones through fix and answer to closure.
Follow-ups past their due date are red."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QInputDialog, QWidget

from desktop.documents.table_export import Table
from desktop.domain.actor import Actor
from desktop.domain.supervision import RatingLevel
from desktop.services.database import Session
from desktop.services.supervision import ratings
from desktop.services.supervision.ratings import FollowUpLine
from desktop.services.supervision.tables import follow_ups_table
from desktop.ui.context import AppContext
from desktop.ui.supervision.record_list_view import RecordListView

LATE = QColor("#fbd5d5")


def rate_by_number(
    session: Session, actor: Actor, number: str, level: RatingLevel, comment: str
) -> FollowUpLine | None:
    case_id = ratings.case_id_by_number(session, number)
    return ratings.record_rating(session, actor, case_id, level, comment)


class FollowUpsView(RecordListView):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context, lambda f: LATE if f is not None and f.late else None, True, parent
        )
        self.add_actions(
            (
                (self.tr("登记评价……"), self.rate),
                (self.tr("登记整改……"), self.fix),
                (self.tr("回访答复……"), self.answer),
            )
        )
        self.layout_.addWidget(self.table, 1)

    def load_work(self, open_only: bool) -> Callable[[], list[FollowUpLine]]:
        context = self.context
        return lambda: context.read(ratings.list_follow_ups, open_only=open_only)

    def table_of(self, records: list[FollowUpLine]) -> Table:
        return follow_ups_table(records)

    def rate(self) -> None:
        number, ok = QInputDialog.getText(self, self.tr("登记评价"), self.tr("受理编号："))
        if not ok or not number.strip():
            return
        names = [
            self.tr("非常满意"),
            self.tr("满意"),
            self.tr("基本满意"),
            self.tr("不满意"),
            self.tr("非常不满意"),
        ]
        name, ok = QInputDialog.getItem(
            self, self.tr("登记评价"), self.tr("申请人的评价："), names, 0, False
        )
        if not ok:
            return
        level = list(RatingLevel)[names.index(name)]
        comment = ""
        if level.poor:
            comment, ok = QInputDialog.getMultiLineText(
                self, self.tr("登记评价"), self.tr("差评：申请人的具体意见（必填）：")
            )
            if not ok:
                return
        context = self.context
        self.run(
            lambda: context.write(rate_by_number, number, level, comment),
            self.tr("已登记评价；差评已转入整改"),
        )

    def fix(self) -> None:
        line = self.chosen(self.tr("请先选择一条差评"))
        if line is None:
            return
        note, ok = QInputDialog.getMultiLineText(self, self.tr("登记整改"), self.tr("整改情况："))
        if ok:
            context = self.context
            self.run(
                lambda: context.write(ratings.record_fix, line.id, note), self.tr("已登记整改")
            )

    def answer(self) -> None:
        line = self.chosen(self.tr("请先选择一条差评"))
        if line is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("回访答复"), self.tr("告知申请人的整改结果：")
        )
        if ok:
            context = self.context
            self.run(
                lambda: context.write(ratings.answer_follow_up, line.id, text),
                self.tr("已回访，本条差评办结"),
            )
