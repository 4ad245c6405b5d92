"""The demo catalogue's on-site checklists: every inspected item gets the points a team
checks for each specialty it needs, after two that every visit checks (site and papers).
Points marked major (重大事项) are the ones whose failure rules out 合格."""

from __future__ import annotations

from typing import Any

from desktop.services.demo.catalogue import ItemSpec

Rows = list[dict[str, Any]]

COMMON = (
    ("经营（建设）场所地址、面积与申请材料一致", False),
    ("现场负责人、从业人员资格证明与申请材料一致", False),
)
# specialty code -> (check point, major-violation flag)
BY_SPECIALTY: dict[str, tuple[tuple[str, bool], ...]] = {
    "civil": (("建设内容、规模与批准的设计文件一致", True), ("施工现场围挡、标识设置规范", False)),
    "structure": (("主体结构无明显裂缝、变形或违规改动承重构件", True),),
    "fire": (
        ("疏散通道、安全出口畅通，未被占用或封堵", True),
        ("消防设施、器材配置齐全且在有效期内", False),
    ),
    "electric": (("配电设施符合规范，无私拉乱接电线", True),),
    "plumbing": (
        ("给排水设施完好，污水接入市政管网或有处理设施", False),
        ("生活饮用水水质检测合格", True),
    ),
    "planning": (("建筑位置、层数与规划许可一致", True),),
    "environment": (("污染防治设施已建成并正常运行", True), ("废弃物分类收集、有处置记录", False)),
    "food": (
        ("加工经营场所布局合理，生熟分开，防蝇防鼠设施齐全", True),
        ("食品贮存条件符合要求，原料有进货查验记录", False),
    ),
    "hygiene": (("卫生设施、通风照明符合卫生规范", False), ("公共用品用具消毒设施齐全", True)),
    "medical": (("诊疗科室设置与执业范围一致", True), ("医疗废物暂存设施符合要求", True)),
    "drugs": (("药品储存温湿度监测、记录完整", True), ("经营场所与仓库面积符合要求", False)),
    "education": (("教学用房、场地符合办学标准", False), ("安全管理制度与应急设施齐全", True)),
    "traffic": (("停车场地、车辆与申请材料一致", False), ("车辆技术状况、安全设施完好", True)),
    "water": (("水土保持措施按方案落实", True),),
    "safety": (("安全生产管理机构和制度健全", False), ("危险作业场所安全防护到位", True)),
    "culture": (("经营场所符合文化市场管理要求", False), ("安全出口、应急照明完好", True)),
    "agriculture": (
        ("生产经营场所、设施与申请材料一致", False),
        ("农药、兽药等投入品隔离存放，无禁用物品", True),
    ),
    "survey": (
        ("测绘仪器设备与检定证书一致", False),
        ("涉密测绘成果保管设施和制度符合保密要求", True),
    ),
}


def check_point_rows(catalogue: tuple[ItemSpec, ...]) -> Rows:
    """Rows of item_check_points for the catalogue's inspected items (ids as item_rows)."""
    rows: Rows = []
    for item_id, spec in enumerate(catalogue, 1):
        if not spec.needs_inspection:
            continue
        points = list(COMMON)
        for code in spec.specialties:
            points.extend(BY_SPECIALTY.get(code, ()))
        rows.extend(
            {"item_id": item_id, "seq": seq, "text": text, "major": major}
            for seq, (text, major) in enumerate(dict.fromkeys(points), 1)
        )
    for n, row in enumerate(rows, 1):
        row["id"] = n
    return rows
