"""The licences' tests: a bureau with an item under 告知承诺制."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.services.documents.signing_keys import init_keys

CONDITIONS = "已取得营业执照；经营场所符合卫生要求；从业人员持有健康证明"


@pytest.fixture
def promising(bureau, engine, request):
    """The bureau with keys and item "promise": 告知承诺制, a licence valid three years,
    checked within 10 working days of the decision."""
    bureau.run(init_keys, bureau.actors["admin"])
    with bureau.sessions() as session, session.begin():
        one = session.scalar(sa.select(m.Item).where(m.Item.code == "one"))
        item = m.Item(
            code="promise",
            name="食品经营许可（告知承诺）",
            category=one.category,
            department_id=one.department_id,
            statutory_limit_days=20,
            promised_limit_days=1,
            review_limit_days=1,
            signoff_limit_days=1,
            certificate_limit_days=2,
            delivery_limit_days=10,
            two_level_signoff=False,
            validity_years=3,
            commitment_based=True,
            commitment_conditions=CONDITIONS,
            commitment_check_days=10,
        )
        item.materials = [m.ItemMaterial(seq=1, name="告知承诺书", description="申请人签署")]
        session.add(item)
    if engine.dialect.name == "postgresql":
        bureau.as_staff = request.getfixturevalue("as_staff")
    else:
        bureau.as_staff = lambda name, service, *a, **k: bureau.run(
            service, bureau.actors[name], *a, **k
        )
    return bureau
