"""Demo catalogue of departments, inspector specialties and approval items (政务服务事项目录)."""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class DepartmentSpec:
    code: str
    name: str
    short_name: str


@dataclass(frozen=True)
class MaterialSpec:
    name: str
    description: str
    original: bool
    copies: int


@dataclass(frozen=True)
class ItemSpec:
    code: str
    name: str
    category: str
    department_code: str
    statutory_days: int
    promised_days: int
    needs_inspection: bool
    inspection_pauses_clock: bool
    specialties: tuple[str, ...]
    materials: tuple[MaterialSpec, ...]
    window_authorised: bool
    two_level: bool
    at_most_one_trip: bool
    fee: str
    legal_basis: str


ENGINEERING = "engineering"
SOCIAL = "social"
CATEGORY_LABELS: dict[str, str] = {ENGINEERING: "工程建设类", SOCIAL: "社会事务类"}
NO_FEE = "不收费"

SPECIALTIES: tuple[tuple[str, str], ...] = (
    ("civil", "土木建筑"),
    ("structure", "建筑结构"),
    ("fire", "消防安全"),
    ("electric", "电气工程"),
    ("plumbing", "给排水"),
    ("planning", "城乡规划"),
    ("environment", "环境保护"),
    ("food", "食品安全"),
    ("hygiene", "公共卫生"),
    ("medical", "医疗卫生"),
    ("drugs", "药品医疗器械"),
    ("education", "教育"),
    ("traffic", "交通运输"),
    ("water", "水利水保"),
    ("safety", "安全生产"),
    ("culture", "文化旅游"),
    ("agriculture", "农业"),
    ("survey", "测绘"),
)

_PREFIX = "渭南高新区"
DEPARTMENTS: tuple[DepartmentSpec, ...] = tuple(
    DepartmentSpec(code, _PREFIX + name, short)
    for code, name, short in (
        ("FG", "发展和改革局", "发改局"),
        ("ZR", "自然资源和规划局", "自然资源局"),
        ("ZJ", "住房和城乡建设局", "住建局"),
        ("HB", "生态环境局", "生态环境局"),
        ("JT", "交通运输局", "交通局"),
        ("SW", "水务局", "水务局"),
        ("SJ", "市场监督管理局", "市场监管局"),
        ("WJ", "卫生健康局", "卫健局"),
        ("JY", "教育局", "教育局"),
        ("MZ", "民政局", "民政局"),
        ("RS", "人力资源和社会保障局", "人社局"),
        ("WL", "文化和旅游局", "文旅局"),
        ("YJ", "应急管理局", "应急局"),
        ("NY", "农业农村局", "农业农村局"),
    )
)


def _m(name: str, description: str, original: bool = False, copies: int = 1) -> MaterialSpec:
    return MaterialSpec(name, description, original, copies)


# Shared materials, referenced by key from the item table below.
MATERIALS: dict[str, MaterialSpec] = {
    "biz": _m("营业执照", "加载统一社会信用代码的营业执照副本。"),
    "rep": _m("法定代表人身份证明", "法定代表人身份证及法定代表人身份证明书。"),
    "pid": _m("申请人身份证件", "申请人有效期内的居民身份证。"),
    "orgc": _m("统一社会信用代码证书", "机关、事业单位或社会组织的登记证书。"),
    "agent": _m("授权委托书", "委托他人办理的须提交授权委托书及受托人身份证。", True),
    "household": _m("户口簿", "申请人及家庭成员的户口簿。"),
    "photo": _m("近期免冠照片", "近期一寸白底免冠彩色照片。", True, 2),
    "edu": _m("学历证明", "国家承认的学历或学位证书。"),
    "exam": _m("考试合格证明", "相应资格考试合格证明或成绩单。"),
    "physical": _m("体检合格证明", "县级以上医疗机构出具的六个月内体检证明。", True),
    "proj": _m("项目立项文件", "发展改革部门出具的审批、核准或备案文件。"),
    "projinfo": _m("项目基本信息表", "项目名称、建设地点、规模内容及总投资等信息。", True),
    "apprep": _m("项目申请报告", "由企业编制的企业投资项目申请报告。", True, 2),
    "proposal": _m("项目建议书", "阐述建设必要性、规模和投资估算的项目建议书。", True, 2),
    "feas": _m("可行性研究报告", "工程咨询单位编制的可行性研究报告。", True, 2),
    "prelim": _m("初步设计文件及概算", "具备资质的设计单位编制的初步设计及投资概算。", True, 2),
    "energy": _m("节能报告", "固定资产投资项目节能报告。", True),
    "bid": _m("招标方案", "招标范围、招标方式和招标组织形式说明。", True),
    "pre": _m("前置审批意见", "规划选址、用地预审等相关部门审查意见。"),
    "tech": _m("专家评审意见", "专家组出具的技术评审意见。", True),
    "grain": _m("仓储设施情况说明", "粮食仓储、检验设施及其权属情况说明。"),
    "credit": _m("信用修复材料", "已履行行政处罚决定的证明及信用承诺书。", True),
    "land": _m("土地权属证明", "不动产权证书或国有建设用地使用权出让合同。"),
    "redline": _m("用地红线图", "标注界址点坐标的用地红线图。", True),
    "survey": _m("现状地形图", "1:500比例尺现状地形图，纸质版与电子版一致。", True),
    "plan": _m("建设工程设计方案", "总平面图及建筑单体方案图，须加盖设计单位出图章。", True, 2),
    "surveyrep": _m("竣工测量报告", "具备测绘资质单位出具的规划竣工测量成果。", True),
    "reclaim": _m("土地复垦方案", "损毁土地的复垦方案及复垦费用安排。", True),
    "useproof": _m("成果使用证明", "说明测绘成果用途和使用范围的证明函。", True),
    "permit": _m("建设工程规划许可证", "自然资源和规划部门核发的建设工程规划许可证。"),
    "drawings": _m("施工图设计文件", "经审查合格的施工图设计文件及审查合格书。", True),
    "contract": _m("施工合同", "建设单位与施工单位签订的施工总承包合同。"),
    "safety": _m("安全施工措施资料", "施工企业安全生产许可证及安全施工措施。"),
    "firedes": _m("消防设计文件", "含消防设计说明及总平面、平面、系统图的设计文件。", True, 2),
    "firetest": _m("消防设施检测报告", "技术服务机构出具的消防设施检测报告。", True),
    "completion": _m("竣工验收报告", "建设单位组织参建各方形成的工程竣工验收报告。"),
    "garbage": _m("建筑垃圾运输处置合同", "与运输单位、消纳场所签订的运输处置合同。"),
    "vehicle": _m("车辆行驶证", "车辆行驶证及驾驶人驾驶证。"),
    "qualcert": _m("开发企业资质证书", "房地产开发企业资质证书。"),
    "sales": _m("商品房预售方案", "预售方案及已投入开发建设资金的工程进度证明。", True),
    "qual": _m("企业资质申报材料", "注册人员、技术负责人及代表工程业绩证明。"),
    "gas": _m("燃气设施证明", "符合国家标准的燃气设施及储存设施证明。"),
    "road": _m("施工及交通组织方案", "占用或挖掘道路的施工方案及交通疏导方案。", True),
    "green": _m("绿地占用方案", "占用位置、面积、期限及绿地恢复方案。", True),
    "tree": _m("树木情况说明", "树木种类、数量、规格及迁移补植方案。", True),
    "crane": _m("起重机械产品证明", "制造许可证、产品合格证及安装验收资料。"),
    "lease": _m("房屋租赁合同", "出租人与承租人签订的房屋租赁合同。"),
    "income": _m("家庭收入及财产申报", "家庭成员收入、财产状况申报及授权核对书。", True),
    "eia": _m("环境影响报告书", "建设单位委托编制的环境影响报告书全本。", True, 2),
    "eiat": _m("环境影响报告表", "建设单位委托编制的环境影响报告表。", True, 2),
    "eiaform": _m("环境影响登记表", "通过备案系统填报的建设项目环境影响登记表。", True),
    "eiaok": _m("环评批复文件", "建设项目环境影响评价文件审批意见。"),
    "pollute": _m("污染防治设施说明", "主要污染物产生、治理设施及排放情况说明。", True),
    "monitor": _m("自行监测方案", "按排污许可技术规范编制的自行监测方案。", True),
    "waste": _m("危险废物处置设施证明", "贮存、利用、处置设施及技术人员情况证明。"),
    "noise": _m("夜间施工说明", "连续施工的原因、时段及降噪措施说明。", True),
    "rad": _m("放射防护评价报告", "放射诊疗建设项目职业病危害放射防护评价报告。", True),
    "radctl": _m("控制效果评价报告", "放射防护设施控制效果评价报告。", True),
    "route": _m("通行路线说明", "货物名称、外廓尺寸、总质量及拟行驶路线说明。", True),
    "sign": _m("标志设计图", "非公路标志设置位置、规格及结构设计图。", True),
    "transport": _m("车辆及驾驶员情况", "拟投入车辆情况及驾驶人员从业资格证。"),
    "station": _m("停车场地证明", "与经营规模相适应的停车场地证明。"),
    "platform": _m("网络服务平台说明", "网络服务平台数据库接入及服务能力说明。"),
    "insurance": _m("保险凭证", "机动车交通事故责任强制保险凭证。"),
    "water": _m("水资源论证报告", "建设项目水资源论证报告书或论证表。", True),
    "soil": _m("水土保持方案报告书", "编制单位编制的水土保持方案报告书或报告表。", True, 2),
    "soilok": _m("水土保持设施验收鉴定书", "水土保持设施验收报告及验收鉴定书。", True),
    "flood": _m("防洪影响评价报告", "涉河建设项目防洪影响评价报告。", True),
    "drain": _m("排水情况说明", "排水水质、水量及预处理设施情况说明。", True),
    "sand": _m("采砂作业方案", "开采范围、期限、方式及弃料处理方案。", True),
    "irrig": _m("灌排设施补偿方案", "占用灌溉水源或设施的替代工程及补偿方案。", True),
    "premises": _m("经营场所证明", "房屋产权证明或租赁合同。"),
    "layout": _m("场所平面布局图", "标明功能分区及主要设施设备位置的平面图。", True),
    "equip": _m("设施设备清单", "与经营规模相适应的主要设施设备目录。", True),
    "rules": _m("管理制度", "质量安全管理制度及岗位责任制度文本。", True),
    "staff": _m("专业技术人员资格证明", "专业技术人员学历、职称或执业资格证书。"),
    "health": _m("从业人员健康证明", "直接接触食品或顾客人员的有效健康证明。"),
    "flow": _m("生产工艺流程图", "主要生产工艺流程及设备布局图。", True),
    "hygiene": _m("卫生检测报告", "检测机构出具的场所空气、水质等卫生检测报告。", True),
    "watertest": _m("水质检测报告", "检测机构出具的出厂水及管网末梢水检测报告。", True),
    "device": _m("特种设备证明", "产品合格证、监督检验证明及安装质量证明。"),
    "charter": _m("章程", "经发起人或举办者通过的章程文本。", True),
    "capital": _m("开办资金证明", "银行资信证明或验资报告等开办资金证明。", True),
    "members": _m("发起人及负责人情况", "发起人、拟任负责人基本情况及身份证明。", True),
    "coop": _m("成员名册及出资清单", "全体设立人签名的成员名册及出资清单。", True),
    "metrology": _m("计量标准技术报告", "计量标准技术报告及配套设备检定证书。", True),
    "setup": _m("设置批准书", "卫生健康部门出具的医疗机构设置批准书。"),
    "medstaff": _m("医务人员执业证书", "拟聘医师、护士的资格证书及执业证书。"),
    "medrules": _m("医疗质量管理制度", "医疗质量安全核心制度及人员岗位职责。", True),
    "doccert": _m("医师资格证书", "国家统一颁发的医师资格证书。"),
    "schoolplan": _m("办学条件说明", "学校发展规划、办学条件及课程设置说明。", True),
    "teacher": _m("教职工资格证明", "校长及教师的身份证明和教师资格证书。"),
    "childcert": _m("延缓或免学证明", "医疗机构出具的诊断证明或其他相关证明。", True),
    "transfer": _m("转入学校接收证明", "转入学校同意接收的书面证明。", True),
    "firecheck": _m("消防安全证明", "消防验收、备案或投入使用前消防安全检查证明。"),
    "sup": _m("业务主管单位批准文件", "业务主管单位同意成立的批准文件。", True),
    "placename": _m("地名命名方案", "拟用地名的含义、理由及论证材料。", True),
    "tomb": _m("殡葬设施建设方案", "选址、规模、建设方案及环境影响说明。", True),
    "lpc": _m("劳务派遣协议样本", "劳务派遣协议及劳动合同样本文本。", True),
    "workhour": _m("特殊工时实施方案", "实行特殊工时的岗位、人数及休息休假安排。", True),
    "union": _m("工会或职工意见", "工会或职工代表对实施方案的意见。", True),
    "unemp": _m("劳动关系终止证明", "用人单位出具的解除或终止劳动关系证明。"),
    "bank": _m("银行账户信息", "本人社会保障卡或银行结算账户信息。"),
    "roster": _m("职工名册", "新招用职工名册及劳动合同签订情况。", True),
    "travel": _m("质量保证金证明", "旅游服务质量保证金存款证明或银行担保。", True),
    "perform": _m("演出节目材料", "演出节目内容、演员名单及演出合同。"),
    "cultural": _m("文物影响评估报告", "建设工程对文物安全影响的评估报告。", True),
    "hazard": _m("安全评价报告", "具备资质的机构出具的安全评价报告。", True),
    "emerg": _m("应急预案", "生产安全事故应急救援预案及评审意见。", True),
    "storage": _m("储存设施证明", "专用仓库或储存设施的产权或租赁证明。"),
    "seed": _m("种子加工检验条件证明", "种子加工、检验设施及品种权属证明。"),
    "animal": _m("动物防疫条件说明", "场所选址、布局、设施设备及防疫制度说明。", True),
    "vet": _m("执业兽医证明", "执业兽医资格证书或乡村兽医登记证。"),
    "milk": _m("冷却检测设备证明", "生鲜乳冷却、检测设备及其操作人员情况。"),
    "farm": _m("机具来历证明", "购机发票及产品合格证。", True),
    "fish": _m("苗种生产条件证明", "繁育设施、水质条件及技术人员情况证明。"),
    "plant": _m("检疫申报材料", "植物及植物产品名称、数量、产地及用途说明。", True),
    "house": _m("住房情况证明", "申请户成员及现有住房情况证明。", True),
    "village": _m("村集体审核意见", "村民小组及村集体经济组织审核意见。", True),
}

_IDENTITY_KEYS = ("biz", "rep", "pid", "orgc")
_ORIGINAL_LICENCE = _m("原许可证件或批准文件", "原许可证正、副本或原批准文件。", True)
_CHANGE_PROOF = _m("变更事项证明材料", "能够证明变更内容的相关文件。")
_RENEW_REPORT = _m("许可期内情况自查报告", "许可有效期内经营及合规情况自查报告。", True)
_LOSS_STATEMENT = _m("遗失或损毁说明", "证件遗失声明或损毁证件原件。", True)

# Row: department, category (E/S), name, statutory days, promised days, specialties
# (space separated; empty = no on-site inspection), flags, variant letters, material keys,
# legal basis.  Flags: "2" two-level sign-off, "W" window authorised, "M" not 最多跑一次,
# "N" inspection counted inside the time limit.  Variants: B 变更, Y 延续, Z 注销, C 补证.
_Row = tuple[str, str, str, int, int, str, str, str, str, str]
# fmt: off
_ROWS: tuple[_Row, ...] = (
    ("FG", "E", "企业投资项目核准", 20, 10, "", "2", "BY",
     "biz rep apprep pre land", "《企业投资项目核准和备案管理条例》第三条"),
    ("FG", "E", "企业投资项目备案", 1, 1, "", "W", "B",
     "biz rep projinfo", "《企业投资项目核准和备案管理条例》第十三条"),
    ("FG", "E", "政府投资项目建议书审批", 20, 10, "", "2", "",
     "orgc rep proposal", "《政府投资条例》第九条"),
    ("FG", "E", "政府投资项目可行性研究报告审批", 20, 10, "", "2", "",
     "orgc rep feas pre energy", "《政府投资条例》第九条"),
    ("FG", "E", "政府投资项目初步设计及概算审批", 20, 10, "", "2", "B",
     "orgc rep prelim tech", "《政府投资条例》第十一条"),
    ("FG", "E", "固定资产投资项目节能审查", 20, 10, "", "2", "B",
     "biz rep proj energy", "《中华人民共和国节约能源法》第十五条"),
    ("FG", "E", "依法必须招标项目招标方案核准", 10, 3, "", "2", "",
     "biz rep proj bid", "《中华人民共和国招标投标法实施条例》第七条"),
    ("FG", "S", "粮食收购企业备案", 1, 1, "", "W", "BZ",
     "biz rep grain", "《粮食流通管理条例》第九条"),
    ("FG", "S", "行政处罚信息信用修复", 5, 2, "", "2", "",
     "biz rep credit", "《失信行为纠正后的信用信息修复管理办法（试行）》"),
    ("ZR", "E", "建设项目用地预审与选址意见书核发", 20, 10, "planning survey", "2M", "BY",
     "biz rep proj redline survey",
     "《中华人民共和国土地管理法》第五十二条；《中华人民共和国城乡规划法》第三十六条"),
    ("ZR", "E", "建设用地规划许可证核发", 20, 7, "planning survey", "2", "BC",
     "biz rep proj land redline", "《中华人民共和国城乡规划法》第三十七条、第三十八条"),
    ("ZR", "E", "建设工程规划许可证核发", 20, 10, "planning", "2", "BYC",
     "biz rep land plan survey", "《中华人民共和国城乡规划法》第四十条"),
    ("ZR", "E", "乡村建设规划许可证核发", 20, 10, "planning survey", "2", "BY",
     "pid household land plan", "《中华人民共和国城乡规划法》第四十一条"),
    ("ZR", "E", "临时建设工程规划许可", 20, 5, "planning", "2", "Y",
     "biz rep land plan", "《中华人民共和国城乡规划法》第四十四条"),
    ("ZR", "E", "建设工程规划核实", 20, 10, "planning survey", "2N", "",
     "biz rep surveyrep completion", "《中华人民共和国城乡规划法》第四十五条"),
    ("ZR", "E", "国有建设用地使用权划拨批准", 20, 10, "survey", "2M", "",
     "orgc rep proj redline pre", "《中华人民共和国土地管理法》第五十四条"),
    ("ZR", "E", "临时用地审批", 20, 10, "survey agriculture", "2M", "Y",
     "biz rep redline reclaim", "《中华人民共和国土地管理法》第五十七条"),
    ("ZR", "E", "建设工程设计方案审查", 20, 10, "", "2", "B",
     "biz rep land plan survey", "《中华人民共和国城乡规划法》第四十条；《陕西省城乡规划条例》"),
    ("ZR", "S", "基础测绘成果提供", 10, 5, "", "W", "",
     "orgc rep useproof", "《中华人民共和国测绘成果管理条例》"),
    ("ZJ", "E", "建筑工程施工许可证核发", 7, 3, "", "2", "BYC",
     "biz rep land permit contract drawings safety",
     "《中华人民共和国建筑法》第七条；《建筑工程施工许可管理办法》"),
    ("ZJ", "E", "建设工程消防设计审查", 15, 7, "", "2", "B",
     "biz rep firedes plan", "《中华人民共和国消防法》第十一条"),
    ("ZJ", "E", "建设工程消防验收", 15, 7, "fire electric plumbing", "2N", "",
     "biz rep completion firetest firedes", "《中华人民共和国消防法》第十三条"),
    ("ZJ", "E", "建设工程消防验收备案", 5, 1, "", "W", "",
     "biz rep completion firetest",
     "《中华人民共和国消防法》第十三条；《建设工程消防设计审查验收管理暂行规定》"),
    ("ZJ", "E", "城市建筑垃圾处置核准", 20, 5, "environment traffic", "2", "BY",
     "biz rep garbage vehicle", "《城市建筑垃圾管理规定》第七条"),
    ("ZJ", "E", "商品房预售许可", 10, 5, "civil", "2", "B",
     "biz rep qualcert land permit sales",
     "《中华人民共和国城市房地产管理法》第四十五条；《城市商品房预售管理办法》"),
    ("ZJ", "E", "建筑业企业资质核准", 20, 10, "", "2M", "BYZC",
     "biz rep qual staff rules", "《中华人民共和国建筑法》第十三条；《建筑业企业资质管理规定》"),
    ("ZJ", "E", "施工图审查备案", 5, 1, "", "W", "",
     "biz rep drawings tech", "《建设工程质量管理条例》第十一条"),
    ("ZJ", "E", "建设工程质量安全监督登记", 5, 2, "", "W", "",
     "biz rep contract drawings safety", "《建设工程质量管理条例》第十三条"),
    ("ZJ", "E", "房地产开发企业资质核定", 20, 10, "", "2M", "BYZC",
     "biz rep staff capital rules", "《城市房地产开发经营管理条例》第九条"),
    ("ZJ", "S", "燃气经营许可", 20, 10, "safety fire", "2M", "BYZC",
     "biz rep gas staff emerg rules", "《城镇燃气管理条例》第十五条"),
    ("ZJ", "E", "占用挖掘城市道路审批", 20, 5, "traffic civil", "2", "Y",
     "biz rep road permit", "《城市道路管理条例》第三十条、第三十三条"),
    ("ZJ", "E", "市政设施建设类审批", 20, 10, "civil", "2", "B",
     "biz rep road drawings", "《城市道路管理条例》第二十九条"),
    ("ZJ", "E", "临时占用城市绿化用地审批", 20, 5, "environment", "2", "Y",
     "biz rep green", "《城市绿化条例》第十九条"),
    ("ZJ", "E", "砍伐、迁移城市树木审批", 20, 5, "environment agriculture", "2", "",
     "biz rep tree", "《城市绿化条例》第二十条"),
    ("ZJ", "E", "建筑起重机械使用登记", 7, 3, "structure safety", "N", "BZ",
     "biz rep crane safety", "《建设工程安全生产管理条例》第三十五条"),
    ("ZJ", "E", "工程建设项目竣工联合验收", 15, 7, "civil structure fire", "2NM", "",
     "biz rep completion surveyrep firetest",
     "《国务院办公厅关于全面开展工程建设项目审批制度改革的实施意见》"),
    ("ZJ", "E", "房屋建筑和市政基础设施工程竣工验收备案", 15, 5, "", "W", "",
     "biz rep completion permit firetest", "《建设工程质量管理条例》第四十九条"),
    ("ZJ", "S", "公共租赁住房保障资格审核", 20, 10, "", "2", "",
     "pid household income", "《公共租赁住房管理办法》"),
    ("ZJ", "S", "房屋租赁登记备案", 3, 1, "", "W", "BZ",
     "pid lease premises", "《商品房屋租赁管理办法》第十四条"),
    ("HB", "E", "建设项目环境影响报告书审批", 60, 30, "environment planning", "2M", "B",
     "biz rep proj eia tech", "《中华人民共和国环境影响评价法》第二十二条"),
    ("HB", "E", "建设项目环境影响报告表审批", 30, 15, "environment", "2", "B",
     "biz rep proj eiat", "《中华人民共和国环境影响评价法》第二十二条"),
    ("HB", "E", "建设项目环境影响登记表备案", 1, 1, "", "W", "",
     "biz rep eiaform", "《中华人民共和国环境影响评价法》第二十二条"),
    ("HB", "E", "排污许可", 20, 10, "environment", "2", "BYZC",
     "biz rep eiaok pollute monitor",
     "《中华人民共和国环境保护法》第四十五条；《排污许可管理条例》"),
    ("HB", "E", "夜间建筑施工作业审批", 3, 1, "", "W", "",
     "biz rep contract noise", "《中华人民共和国噪声污染防治法》第四十三条"),
    ("HB", "S", "危险废物经营许可", 20, 10, "environment safety", "2M", "BYZ",
     "biz rep waste staff emerg rules", "《中华人民共和国固体废物污染环境防治法》第八十条"),
    ("HB", "S", "辐射安全许可", 20, 10, "environment safety", "2", "BYZ",
     "biz rep rad staff rules", "《放射性同位素与射线装置安全和防护条例》第五条"),
    ("JT", "E", "超限运输车辆行驶公路许可", 5, 2, "", "2", "",
     "biz rep vehicle route", "《中华人民共和国公路法》第五十条；《公路安全保护条例》第三十五条"),
    ("JT", "E", "涉路施工许可", 20, 10, "traffic civil", "2", "BY",
     "biz rep drawings road",
     "《中华人民共和国公路法》第四十四条、第四十五条；《公路安全保护条例》第二十七条"),
    ("JT", "E", "公路建设项目施工许可", 20, 10, "", "2", "B",
     "biz rep proj drawings contract", "《中华人民共和国公路法》第二十五条"),
    ("JT", "E", "公路建设项目设计文件审批", 20, 10, "", "2", "B",
     "biz rep proj prelim tech", "《公路建设市场管理办法》"),
    ("JT", "E", "更新采伐护路林审批", 20, 5, "traffic agriculture", "2", "",
     "orgc rep tree", "《中华人民共和国公路法》第四十二条"),
    ("JT", "E", "设置非公路标志审批", 20, 10, "traffic", "2", "YZ",
     "biz rep sign", "《中华人民共和国公路法》第五十四条"),
    ("JT", "E", "公路增设或改造平面交叉道口审批", 20, 10, "traffic civil", "2", "",
     "biz rep drawings road", "《中华人民共和国公路法》第五十五条"),
    ("JT", "S", "道路货物运输经营许可", 20, 10, "traffic", "2", "BYZ",
     "biz rep transport station rules", "《中华人民共和国道路运输条例》"),
    ("JT", "S", "道路旅客运输经营许可", 20, 10, "traffic safety", "2M", "BYZ",
     "biz rep transport station rules", "《中华人民共和国道路运输条例》"),
    ("JT", "S", "巡游出租汽车经营许可", 20, 10, "traffic", "2", "BYZ",
     "biz rep transport station rules", "《巡游出租汽车经营服务管理规定》"),
    ("JT", "S", "网络预约出租汽车经营许可", 20, 10, "", "2", "BYZ",
     "biz rep platform rules", "《网络预约出租汽车经营服务管理暂行办法》第五条"),
    ("JT", "S", "网络预约出租汽车运输证核发", 10, 3, "", "W", "BZC",
     "pid vehicle insurance", "《网络预约出租汽车经营服务管理暂行办法》第十二条"),
    ("JT", "S", "机动车维修经营备案", 1, 1, "", "W", "BZ",
     "biz rep premises equip staff", "《机动车维修管理规定》"),
    ("JT", "S", "道路运输从业人员从业资格证核发", 10, 5, "", "W", "YC",
     "pid photo exam", "《道路运输从业人员管理规定》"),
    ("SW", "E", "取水许可", 45, 20, "water survey", "2M", "BYZ",
     "biz rep proj water tech",
     "《中华人民共和国水法》第四十八条；《取水许可和水资源费征收管理条例》"),
    ("SW", "E", "水土保持方案审批", 20, 10, "water environment", "2", "B",
     "biz rep proj soil", "《中华人民共和国水土保持法》第二十五条"),
    ("SW", "E", "洪水影响评价类审批", 20, 10, "water", "2", "B",
     "biz rep proj flood drawings", "《中华人民共和国防洪法》第十七条、第二十七条、第三十三条"),
    ("SW", "E", "城镇污水排入排水管网许可", 15, 7, "plumbing environment", "2", "BYZ",
     "biz rep drain watertest", "《城镇排水与污水处理条例》第二十一条"),
    ("SW", "E", "拆除、改动城镇排水与污水处理设施审核", 20, 10, "plumbing", "2", "",
     "biz rep drain drawings", "《城镇排水与污水处理条例》第四十三条"),
    ("SW", "E", "河道采砂许可", 20, 10, "water survey", "2", "YZ",
     "biz rep sand equip", "《中华人民共和国水法》第三十九条"),
    ("SW", "E", "水利基建项目初步设计文件审批", 20, 10, "", "2", "",
     "orgc rep prelim tech", "《政府投资条例》第十一条"),
    ("SW", "E", "占用农业灌溉水源、灌排工程设施审批", 20, 10, "water agriculture", "2", "",
     "biz rep irrig drawings", "《中华人民共和国水法》；《农田水利条例》"),
    ("SW", "E", "生产建设项目水土保持设施验收报备", 5, 1, "", "W", "",
     "biz rep soilok", "《中华人民共和国水土保持法》第二十七条"),
    ("SJ", "S", "食品经营许可", 10, 5, "food hygiene", "2", "BYZC",
     "biz rep premises layout equip rules health",
     "《中华人民共和国食品安全法》第三十五条；《食品经营许可和备案管理办法》"),
    ("SJ", "S", "食品生产许可", 20, 10, "food hygiene", "2M", "BYZC",
     "biz rep premises layout flow equip rules staff",
     "《中华人民共和国食品安全法》第三十五条；《食品生产许可管理办法》"),
    ("SJ", "S", "仅销售预包装食品备案", 1, 1, "", "W", "BZ",
     "biz rep premises", "《中华人民共和国食品安全法》第三十五条"),
    ("SJ", "S", "食品小作坊登记", 15, 7, "food", "2", "BYZ",
     "pid premises layout health", "《陕西省食品小作坊小餐饮及摊贩管理条例》"),
    ("SJ", "S", "小餐饮经营登记", 10, 5, "food hygiene", "", "BYZ",
     "pid premises layout health", "《陕西省食品小作坊小餐饮及摊贩管理条例》"),
    ("SJ", "S", "药品零售企业许可", 30, 15, "drugs", "2M", "BYZC",
     "biz rep premises staff equip rules", "《中华人民共和国药品管理法》第五十一条"),
    ("SJ", "S", "第二类医疗器械经营备案", 1, 1, "", "W", "BZ",
     "biz rep premises staff", "《医疗器械监督管理条例》第四十一条"),
    ("SJ", "S", "第三类医疗器械经营许可", 20, 10, "drugs", "2M", "BYZC",
     "biz rep premises staff equip rules", "《医疗器械监督管理条例》第四十二条"),
    ("SJ", "S", "特种设备使用登记", 15, 5, "", "W", "BZ",
     "biz rep device", "《中华人民共和国特种设备安全法》第三十三条"),
    ("SJ", "S", "企业设立登记", 3, 1, "", "W", "",
     "rep charter premises members", "《中华人民共和国市场主体登记管理条例》第三条"),
    ("SJ", "S", "个体工商户登记", 3, 1, "", "W", "BZ",
     "pid premises", "《中华人民共和国市场主体登记管理条例》"),
    ("SJ", "S", "农民专业合作社登记", 3, 1, "", "W", "BZ",
     "pid charter coop premises", "《中华人民共和国农民专业合作社法》"),
    ("SJ", "S", "计量标准器具核准", 20, 10, "", "2", "YZ",
     "biz rep metrology staff", "《中华人民共和国计量法》第八条"),
    ("WJ", "S", "公共场所卫生许可", 20, 5, "hygiene", "2", "BYZC",
     "biz rep premises layout hygiene health", "《公共场所卫生管理条例》第八条"),
    ("WJ", "S", "医疗机构设置审批", 30, 15, "medical", "2", "B",
     "biz rep premises layout feas", "《医疗机构管理条例》第九条"),
    ("WJ", "S", "医疗机构执业登记", 45, 20, "medical hygiene fire", "2M", "BYZC",
     "rep setup premises layout medstaff equip medrules", "《医疗机构管理条例》第十五条"),
    ("WJ", "S", "诊所备案", 1, 1, "", "W", "BZ",
     "pid medstaff premises layout", "《诊所备案管理暂行办法》"),
    ("WJ", "S", "饮用水供水单位卫生许可", 20, 10, "hygiene water", "2", "BYZ",
     "biz rep watertest health rules", "《中华人民共和国传染病防治法》第二十九条"),
    ("WJ", "S", "母婴保健技术服务执业许可", 20, 10, "medical", "2", "BYZ",
     "rep medstaff equip medrules", "《中华人民共和国母婴保健法》第三十二条"),
    ("WJ", "S", "放射诊疗许可", 20, 10, "medical safety", "2", "BYZ",
     "rep rad staff equip medrules", "《放射诊疗管理规定》"),
    ("WJ", "S", "医师执业注册", 20, 5, "", "", "BZC",
     "pid photo doccert physical", "《中华人民共和国医师法》第十三条"),
    ("WJ", "S", "护士执业注册", 20, 5, "", "", "BYZ",
     "pid photo exam physical", "《护士条例》第七条"),
    ("WJ", "S", "乡村医生执业注册", 20, 10, "", "", "BY",
     "pid photo edu physical", "《乡村医生从业管理条例》第九条"),
    ("WJ", "E", "放射诊疗建设项目职业病危害放射防护预评价审核", 20, 10, "medical safety", "2", "",
     "biz rep rad proj", "《中华人民共和国职业病防治法》第十七条"),
    ("WJ", "E", "放射诊疗建设项目职业病放射防护设施竣工验收", 20, 10, "medical safety", "2N", "",
     "biz rep radctl completion", "《中华人民共和国职业病防治法》第十八条"),
    ("JY", "S", "民办学校办学许可", 60, 30, "education fire safety", "2M", "BYZC",
     "rep charter capital schoolplan teacher premises", "《中华人民共和国民办教育促进法》第十二条"),
    ("JY", "S", "民办幼儿园办学许可", 60, 30, "education hygiene fire", "2M", "BYZ",
     "rep charter capital teacher premises layout", "《幼儿园管理条例》第十一条"),
    ("JY", "S", "非学科类校外培训机构审批", 30, 15, "education fire", "2", "BZ",
     "rep charter capital teacher premises", "《中华人民共和国民办教育促进法》第十二条"),
    ("JY", "S", "教师资格认定", 30, 15, "", "2", "C",
     "pid photo edu physical exam", "《中华人民共和国教师法》第十三条；《教师资格条例》"),
    ("JY", "S", "适龄儿童、少年入学延缓或免学审批", 10, 5, "", "", "",
     "pid household childcert", "《中华人民共和国义务教育法》第十一条"),
    ("JY", "S", "中小学生学籍转接", 5, 2, "", "W", "",
     "pid household transfer", "《中小学生学籍管理办法》"),
    ("MZ", "S", "社会团体登记", 60, 20, "", "2M", "BZC",
     "members charter capital premises sup", "《社会团体登记管理条例》第三条"),
    ("MZ", "S", "民办非企业单位登记", 60, 20, "", "2M", "BZC",
     "members charter capital premises sup", "《民办非企业单位登记管理暂行条例》第三条"),
    ("MZ", "S", "养老机构设立备案", 1, 1, "", "W", "BZ",
     "orgc rep premises firecheck", "《中华人民共和国老年人权益保障法》第四十三条"),
    ("MZ", "S", "慈善组织认定", 30, 15, "", "2", "",
     "orgc rep charter capital", "《中华人民共和国慈善法》第十条"),
    ("MZ", "S", "地名命名、更名审批", 30, 15, "planning survey", "2", "",
     "orgc rep placename", "《地名管理条例》"),
    ("MZ", "E", "殡葬设施建设审批", 20, 10, "planning environment", "2M", "",
     "orgc rep tomb land", "《殡葬管理条例》第八条"),
    ("MZ", "S", "最低生活保障审核确认", 30, 15, "", "2", "",
     "pid household income", "《社会救助暂行办法》第十一条"),
    ("MZ", "S", "临时救助申请", 10, 3, "", "", "",
     "pid household income", "《社会救助暂行办法》"),
    ("RS", "S", "劳务派遣经营许可", 20, 10, "", "2", "BYZC",
     "biz rep capital premises lpc rules", "《中华人民共和国劳动合同法》第五十七条"),
    ("RS", "S", "人力资源服务许可", 20, 10, "", "2", "BYZ",
     "biz rep premises staff rules", "《人力资源市场暂行条例》第十八条"),
    ("RS", "S", "企业实行不定时工作制和综合计算工时工作制审批", 20, 10, "", "2", "Y",
     "biz rep workhour union", "《中华人民共和国劳动法》第三十九条"),
    ("RS", "S", "民办职业培训学校设立", 30, 15, "education fire", "2M", "BYZ",
     "rep charter capital teacher premises", "《中华人民共和国民办教育促进法》第十二条"),
    ("RS", "S", "就业创业证申领", 1, 1, "", "W", "C",
     "pid photo", "《就业服务与就业管理规定》"),
    ("RS", "S", "失业保险金申领", 5, 1, "", "W", "",
     "pid unemp bank", "《失业保险条例》第十四条"),
    ("RS", "S", "社会保障卡申领", 5, 1, "", "W", "C",
     "pid photo", "《中华人民共和国社会保险法》第五十八条"),
    ("RS", "S", "职工基本养老保险参保登记", 1, 1, "", "W", "BZ",
     "biz rep roster", "《中华人民共和国社会保险法》第五十七条"),
    ("RS", "S", "劳动用工备案", 1, 1, "", "W", "BZ",
     "biz rep roster", "《中华人民共和国劳动合同法》第七条"),
    ("WL", "S", "娱乐场所经营许可", 20, 10, "culture fire", "2", "BYZC",
     "biz rep premises layout firecheck", "《娱乐场所管理条例》第九条"),
    ("WL", "S", "互联网上网服务营业场所经营许可", 20, 10, "culture fire", "2", "BYZC",
     "biz rep premises layout firecheck equip", "《互联网上网服务营业场所管理条例》"),
    ("WL", "S", "网络文化经营许可", 20, 10, "", "2", "BYZ",
     "biz rep staff platform premises", "《互联网文化管理暂行规定》"),
    ("WL", "S", "旅行社设立许可", 20, 10, "", "2", "BZC",
     "biz rep premises travel staff", "《旅行社条例》第六条"),
    ("WL", "S", "营业性演出审批", 3, 1, "", "2", "B",
     "biz rep perform premises", "《营业性演出管理条例》第十三条"),
    ("WL", "S", "出版物零售单位设立", 20, 10, "", "", "BZ",
     "biz rep premises staff", "《出版管理条例》第三十七条"),
    ("WL", "S", "电影放映单位设立审批", 20, 10, "culture fire", "2", "BZ",
     "biz rep premises equip firecheck", "《中华人民共和国电影产业促进法》第二十四条"),
    ("WL", "S", "文艺表演团体设立审批", 20, 10, "", "2", "BZ",
     "biz rep staff premises", "《营业性演出管理条例》第六条"),
    ("WL", "E", "文物保护单位建设控制地带内建设工程设计方案审核", 20, 10,
     "culture planning", "2", "", "biz rep plan cultural", "《中华人民共和国文物保护法》第十八条"),
    ("WL", "E", "文物保护单位保护范围内其他建设工程或爆破钻探挖掘作业审批", 20, 10,
     "culture civil", "2M", "", "biz rep drawings cultural",
     "《中华人民共和国文物保护法》第十七条"),
    ("WL", "E", "建设工程文物考古调查勘探", 30, 15, "culture survey", "2N", "",
     "biz rep redline proj", "《中华人民共和国文物保护法》第二十九条"),
    ("YJ", "S", "危险化学品经营许可", 30, 15, "safety fire", "2M", "BYZC",
     "biz rep premises storage staff rules emerg", "《危险化学品安全管理条例》第三十三条"),
    ("YJ", "S", "烟花爆竹经营（零售）许可", 20, 10, "safety fire", "2", "BYZ",
     "biz rep premises storage staff", "《烟花爆竹安全管理条例》第十九条"),
    ("YJ", "S", "生产安全事故应急预案备案", 1, 1, "", "W", "",
     "biz rep emerg tech", "《生产安全事故应急条例》第七条"),
    ("YJ", "S", "第三类非药品类易制毒化学品经营备案", 1, 1, "", "W", "BZ",
     "biz rep premises storage", "《易制毒化学品管理条例》"),
    ("YJ", "E", "危险化学品建设项目安全条件审查", 20, 10, "safety fire", "2", "",
     "biz rep proj hazard", "《危险化学品安全管理条例》第十二条"),
    ("YJ", "E", "危险化学品建设项目安全设施设计审查", 20, 10, "safety fire electric", "2", "B",
     "biz rep hazard drawings", "《危险化学品建设项目安全监督管理办法》"),
    ("YJ", "E", "金属冶炼建设项目安全设施设计审查", 20, 10, "safety structure", "2", "B",
     "biz rep hazard drawings", "《中华人民共和国安全生产法》"),
    ("NY", "S", "农药经营许可", 20, 10, "agriculture safety", "2", "BYZC",
     "biz rep premises storage staff rules", "《农药管理条例》第二十四条"),
    ("NY", "S", "兽药经营许可", 30, 15, "agriculture drugs", "2", "BYZC",
     "biz rep premises storage staff rules", "《兽药管理条例》第二十二条"),
    ("NY", "S", "种子生产经营许可", 20, 10, "agriculture", "2", "BYZ",
     "biz rep seed staff premises", "《中华人民共和国种子法》第三十一条"),
    ("NY", "S", "动物防疫条件合格证核发", 20, 10, "agriculture hygiene", "2", "BZC",
     "biz rep animal vet layout", "《中华人民共和国动物防疫法》"),
    ("NY", "S", "动物诊疗许可证核发", 20, 10, "agriculture medical", "2", "BZ",
     "biz rep premises vet equip", "《中华人民共和国动物防疫法》"),
    ("NY", "S", "生鲜乳收购站许可", 20, 10, "agriculture food", "2", "BY",
     "biz rep milk premises", "《乳品质量安全监督管理条例》第二十条"),
    ("NY", "S", "拖拉机和联合收割机登记", 2, 1, "", "W", "BZC",
     "pid farm insurance", "《中华人民共和国道路交通安全法》第一百二十一条"),
    ("NY", "S", "拖拉机和联合收割机驾驶证核发", 20, 5, "", "", "YC",
     "pid photo physical", "《拖拉机和联合收割机驾驶证管理规定》"),
    ("NY", "S", "乡村兽医登记", 20, 10, "", "", "",
     "pid photo edu", "《乡村兽医管理办法》"),
    ("NY", "S", "水产苗种生产许可", 20, 10, "agriculture water", "2", "BY",
     "biz rep fish", "《中华人民共和国渔业法》第十六条"),
    ("NY", "S", "农业植物检疫证书核发", 5, 2, "agriculture", "N", "",
     "biz rep plant", "《植物检疫条例》"),
    ("NY", "S", "生猪定点屠宰厂（场）设置审查", 30, 15, "agriculture hygiene", "2M", "",
     "biz rep premises equip staff animal", "《生猪屠宰管理条例》"),
    ("NY", "E", "农村村民宅基地审批", 20, 10, "agriculture planning survey", "2M", "",
     "pid household house village", "《中华人民共和国土地管理法》第六十二条"),
    ("NY", "E", "设施农业用地备案", 5, 1, "", "W", "",
     "biz rep redline reclaim", "《关于设施农业用地管理有关问题的通知》"),
)
# fmt: on

# Items that carry a fee; everything else is 不收费.
FEES: dict[str, str] = {
    "占用挖掘城市道路审批": "城市道路占用费、挖掘修复费按陕西省核定标准收取",
    "临时占用城市绿化用地审批": "临时占用绿地按市定标准收取绿地补偿费",
    "砍伐、迁移城市树木审批": "树木补偿费按市定标准收取",
    "水土保持方案审批": "水土保持补偿费按征占用土地面积依陕西省标准计征",
    "取水许可": "水资源税由税务机关按实际取水量依法征收",
    "涉路施工许可": "损坏公路路产的按陕西省公路赔（补）偿标准收取",
    "河道采砂许可": "河道采砂权有偿出让，价款按出让合同缴纳",
}

VARIANTS: tuple[str, ...] = ("（新办）", "（变更）", "（延续）", "（注销）", "（补证）")
NEW, CHANGE, RENEW, CANCEL, REISSUE = VARIANTS
_VARIANT_LETTERS: dict[str, str] = {"B": CHANGE, "Y": RENEW, "Z": CANCEL, "C": REISSUE}
# Order in which variant kinds are added when growing the catalogue towards ``minimum``.
_EXPANSION_ORDER: tuple[str, ...] = (CHANGE, CANCEL, RENEW, REISSUE)
# A renewal keeps its on-site inspection only for these higher-risk specialties.
_RENEWAL_INSPECTED = frozenset({"safety", "medical", "drugs"})


def _base_item(row: _Row, seq: int) -> tuple[ItemSpec, tuple[str, ...]]:
    dept, cat, name, statutory, promised, spec, flags, letters, keys, legal = row
    specialties = tuple(spec.split())
    application = _m("申请表", f"{name}申请表，须申请人签字或加盖公章。", True)
    item = ItemSpec(
        code=f"{dept}{seq:03d}",
        name=name,
        category=ENGINEERING if cat == "E" else SOCIAL,
        department_code=dept,
        statutory_days=statutory,
        promised_days=promised,
        needs_inspection=bool(specialties),
        inspection_pauses_clock=bool(specialties) and "N" not in flags,
        specialties=specialties,
        materials=(application, *(MATERIALS[key] for key in keys.split())),
        window_authorised="W" in flags,
        two_level="2" in flags,
        at_most_one_trip="M" not in flags,
        fee=FEES.get(name, NO_FEE),
        legal_basis=legal,
    )
    variants = (NEW, *(_VARIANT_LETTERS[letter] for letter in letters)) if letters else ()
    return item, variants


def _build_base() -> tuple[tuple[ItemSpec, ...], dict[str, tuple[str, ...]]]:
    counters: dict[str, int] = {}
    items: list[ItemSpec] = []
    variants: dict[str, tuple[str, ...]] = {}
    for row in _ROWS:
        counters[row[0]] = counters.get(row[0], 0) + 1
        item, kinds = _base_item(row, counters[row[0]])
        items.append(item)
        if kinds:
            variants[item.code] = kinds
    return tuple(items), variants


BASE_ITEMS, ITEM_VARIANTS = _build_base()
"""Base items (plain names) and, per base code, the variant suffixes that apply to it."""


def _variant(base: ItemSpec, suffix: str) -> ItemSpec:
    """Derive the 变更/延续/注销/补证 item of a licensing item."""
    label = suffix.strip("（）")
    identity = tuple(MATERIALS[k] for k in _IDENTITY_KEYS if MATERIALS[k] in base.materials)
    form = _m(f"{label}申请表", f"{base.name}{label}申请表，须申请人签字或加盖公章。", True)
    inspect = (
        suffix == RENEW
        and base.needs_inspection
        and not _RENEWAL_INSPECTED.isdisjoint(base.specialties)
    )
    # 变更 is reviewed within 10 working days, 注销 and 补证 within 5; 延续 keeps the base limit.
    statutory = min(base.statutory_days, 10 if suffix == CHANGE else 5)
    if suffix == RENEW:
        statutory = base.statutory_days
        promised = base.promised_days if inspect else max(1, base.promised_days // 2)
        extra: tuple[MaterialSpec, ...] = (_ORIGINAL_LICENCE, _RENEW_REPORT)
        two_level = base.two_level
    elif suffix == CHANGE:
        promised = min(3, max(1, base.promised_days // 2))
        extra = (_ORIGINAL_LICENCE, _CHANGE_PROOF)
        two_level = base.two_level and base.category == ENGINEERING
    elif suffix == CANCEL:
        promised = 1
        extra = (_ORIGINAL_LICENCE,)
        two_level = False
    else:
        promised = 1
        extra = (_LOSS_STATEMENT,)
        two_level = False
    return replace(
        base,
        code=f"{base.code}-{VARIANTS.index(suffix) + 1:02d}",
        name=base.name + suffix,
        statutory_days=statutory,
        promised_days=min(promised, statutory),
        needs_inspection=inspect,
        inspection_pauses_clock=inspect and base.inspection_pauses_clock,
        specialties=base.specialties if inspect else (),
        materials=(form, *(identity or (MATERIALS["biz"],)), *extra),
        window_authorised=not two_level and not inspect,
        two_level=two_level,
        at_most_one_trip=base.at_most_one_trip or suffix in (CANCEL, REISSUE),
        fee=base.fee if suffix == RENEW else NO_FEE,
    )


def _interleaved(items: tuple[ItemSpec, ...]) -> list[ItemSpec]:
    """Alternate engineering and social items so partial expansion stays balanced."""
    rank: dict[str, int] = {}
    keyed: list[tuple[int, int, ItemSpec]] = []
    for item in items:
        rank[item.category] = rank.get(item.category, 0) + 1
        keyed.append((rank[item.category], 0 if item.category == ENGINEERING else 1, item))
    return [item for _, _, item in sorted(keyed, key=lambda k: (k[0], k[1]))]


def build_catalogue(minimum: int = 320) -> tuple[ItemSpec, ...]:
    """Base items plus variants, added in a fixed order until at least ``minimum`` items.

    Codes and names are stable: a base item with variants is always named "…（新办）" and
    keeps its base code; variant codes append the variant number ("SJ001-02" is 变更).
    Raises ValueError if ``minimum`` exceeds the fully expanded catalogue.
    """
    items = [
        replace(item, name=item.name + NEW) if item.code in ITEM_VARIANTS else item
        for item in BASE_ITEMS
    ]
    order = _interleaved(BASE_ITEMS)
    for suffix in _EXPANSION_ORDER:
        for base in order:
            if len(items) >= minimum:
                break
            if suffix in ITEM_VARIANTS.get(base.code, ()):
                items.append(_variant(base, suffix))
    if len(items) < minimum:
        raise ValueError(f"catalogue has only {len(items)} items, {minimum} requested")
    dept_rank = {dept.code: index for index, dept in enumerate(DEPARTMENTS)}
    return tuple(sorted(items, key=lambda item: (dept_rank[item.department_code], item.code)))
