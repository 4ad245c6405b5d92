"""The record of service (送达) of a case's result: who signed, in what capacity, how."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from desktop.data.models.base import Base, enum_column, utcnow
from desktop.domain.delivery import Capacity, ServiceMethod


class CaseDelivery(Base):
    """One per case: the hand-over the 送达回证 prints (Civil Procedure Law arts. 87-90).

    The addressee is the case's applicant; the signer's full ID number is kept here for the
    record, and printed masked.
    """

    __tablename__ = "case_deliveries"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(sa.ForeignKey("cases.id"), unique=True)
    method: Mapped[ServiceMethod] = mapped_column(enum_column(ServiceMethod, 16))
    place: Mapped[str] = mapped_column(sa.String(200), default="")
    signer: Mapped[str] = mapped_column(sa.String(64))
    signer_id_number: Mapped[str] = mapped_column(sa.String(18), default="")
    capacity: Mapped[Capacity] = mapped_column(enum_column(Capacity, 24))
    authorisation: Mapped[str] = mapped_column(sa.Text, default="")
    served_by_id: Mapped[int] = mapped_column(sa.ForeignKey("staff_users.id"))
    served_at: Mapped[datetime] = mapped_column(default=utcnow)
