<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../../desktop/ui/admin/users_dialog.py" line="50" />
        <source>用户名：</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users_dialog.py" line="51" />
        <source>姓名：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users_dialog.py" line="63" />
        <source>密码：</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users_dialog.py" line="64" />
        <source>再输入一次：</source>
        <translation>Once more:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users_dialog.py" line="80" />
        <source>两次输入的密码不一致</source>
        <translation>The two passwords differ</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../forms/action_dialog.ui" line="38" />
        <source> 个工作日</source>
        <translation> working days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_dialog.py" line="76" />
        <source>办理</source>
        <translation>Do it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_dialog.py" line="77" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_dialog.py" line="85" />
        <source>常用意见……</source>
        <translation>Common phrases…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_dialog.py" line="101" />
        <source>Ctrl+Enter：办理；Esc：取消</source>
        <translation>Ctrl+Enter: do it; Esc: cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_dialog.py" line="236" />
        <source>请填写“%1”。</source>
        <translation>Please fill in "%1".</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="47" />
        <source>退回理由：</source>
        <translation>Why it goes back:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="50" />
        <source>延长期限的理由：</source>
        <translation>Why the time limit is extended:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="52" />
        <source>延长十个工作日，只能延长一次；理由将写入延期通知书。</source>
        <translation>Extends by ten working days, once only; the reasons go into the extension notice.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="57" />
        <source>撤回原因：</source>
        <translation>Why it is withdrawn:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="59" />
        <source>须有申请人的书面撤回申请。</source>
        <translation>The applicant's written request to withdraw is needed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="62" />
        <source>退回待认领的原因（可不填）：</source>
        <translation>Why it goes back to the pool (optional):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="65" />
        <source>不予许可的理由：</source>
        <translation>Reasons for the rejection:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="67" />
        <source>理由将写入不予行政许可决定书，并告知申请人复议和诉讼的权利。</source>
        <translation>The reasons go into the rejection decision, which tells the applicant how to seek reconsideration or sue.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="80" />
        <source>意见：</source>
        <translation>Opinion:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="81" />
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="84" />
        <source>同意。</source>
        <translation>Agreed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="85" />
        <source>同意承办人意见，准予许可。</source>
        <translation>I agree with the handler: granted.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="86" />
        <source>材料齐全，符合法定形式，同意。</source>
        <translation>The materials are complete and in the legal form; agreed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="87" />
        <source>经审核，符合许可条件。</source>
        <translation>Reviewed: the conditions for the licence are met.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="91" />
        <source>拟定的决定：</source>
        <translation>Proposed decision:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="93" />
        <source>拟准予许可</source>
        <translation>Propose to approve</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="94" />
        <source>拟不予许可</source>
        <translation>Propose to reject</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="96" />
        <source>承办意见：</source>
        <translation>Handler's opinion:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="99" />
        <source>申请材料齐全，符合法定形式。</source>
        <translation>The application materials are complete and in the legal form.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="100" />
        <source>经现场踏勘，现场情况与申请材料一致。</source>
        <translation>The site inspection found the site as the application describes it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="101" />
        <source>符合许可条件，拟准予许可。</source>
        <translation>The conditions are met; proposed to grant.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="102" />
        <source>不符合许可条件，拟不予许可，理由如下：</source>
        <translation>The conditions are not met; proposed to refuse, for these reasons:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="104" />
        <source>写明审查情况和依据；拟不予许可的，理由将写入不予行政许可决定书。</source>
        <translation>State what was reviewed and on what grounds; for a rejection, the reasons go into the rejection decision.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="127" />
        <source>写明审查情况和依据；准予的，附加条件、许可范围和有效期限随决定一并报批，写入决定书和许可证。</source>
        <translation>State the review and its grounds; for a grant, the conditions, scope and validity go up for approval with it and are printed in the decision and the licence.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="135" />
        <source>申请人死亡</source>
        <translation>The applicant died</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="136" />
        <source>申请人依法终止</source>
        <translation>The applicant was dissolved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="137" />
        <source>依法需要终止审查的其他情形</source>
        <translation>Another ground on which the review must end</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="145" />
        <source>终止情形：</source>
        <translation>Ground:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="147" />
        <source>查明的事实：</source>
        <translation>Facts found:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="151" />
        <source>事实和法律依据写入终止审查决定书；其他情形须写明所依据的法律、法规或者规章的条款。</source>
        <translation>The facts and the legal basis are printed in the termination decision; for another ground, cite the article of the law, regulation or rule.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="159" />
        <source>补正说明（可不填）：</source>
        <translation>Note on the supplement (optional):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="160" />
        <source>“材料”页中标为“缺少”的材料将一次性告知申请人，计时暂停。</source>
        <translation>The materials marked "Missing" on the Materials page are requested from the applicant in one notice; the clock stops.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="165" />
        <source>踏勘结论：</source>
        <translation>Conclusion:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="167" />
        <source>合格</source>
        <translation>Passes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="168" />
        <source>限期整改</source>
        <translation>Rectify by a deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="169" />
        <source>不合格</source>
        <translation>Fails</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="171" />
        <source>踏勘发现的情况：</source>
        <translation>Findings:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="175" />
        <source>特别程序：</source>
        <translation>Special procedure:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="179" />
        <source>专家评审</source>
        <translation>Expert review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="180" />
        <source>听证</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="181" />
        <source>招标</source>
        <translation>Tendering</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="182" />
        <source>拍卖</source>
        <translation>Auction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="183" />
        <source>检验</source>
        <translation>Inspection test</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="184" />
        <source>检测</source>
        <translation>Testing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="185" />
        <source>检疫</source>
        <translation>Quarantine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="186" />
        <source>鉴定</source>
        <translation>Appraisal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="189" />
        <source>预计所需：</source>
        <translation>Expected to take:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="190" />
        <source>理由：</source>
        <translation>Reasons:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="192" />
        <source>特别程序所需时间不计入审批期限，并书面告知申请人（行政许可法第四十五条）。</source>
        <translation>Time taken by a special procedure does not count towards the time limit; the applicant is told in writing (Administrative Licensing Law, art. 45).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="223" />
        <source>请先在“材料”页把缺少的材料全部标为“缺少”，再一次性告知申请人。</source>
        <translation>First mark every missing material as "Missing" on the Materials page, then request them all from the applicant at once.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_inputs.py" line="258" />
        <source>指派给：</source>
        <translation>Assign to:</translation>
    </message>
</context>
<context>
    <name>AdminWindow</name>
    <message>
        <location filename="../../forms/admin_window.ui" line="9" />
        <source>系统管理</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../forms/admin_window.ui" line="22" />
        <source>事项目录</source>
        <translation>Item catalogue</translation>
    </message>
    <message>
        <location filename="../../forms/admin_window.ui" line="28" />
        <source>按事项编码或名称搜索</source>
        <translation>Search by item code or name</translation>
    </message>
    <message>
        <location filename="../../forms/admin_window.ui" line="32" />
        <source>新增事项</source>
        <translation>New item</translation>
    </message>
    <message>
        <location filename="../../forms/admin_window.ui" line="33" />
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../forms/admin_window.ui" line="34" />
        <source>停用/启用</source>
        <translation>Retire/reinstate</translation>
    </message>
    <message>
        <location filename="../../forms/admin_window.ui" line="35" />
        <source>从 Excel 导入…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../forms/admin_window.ui" line="36" />
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../forms/admin_window.ui" line="37" />
        <source>生成告知单…</source>
        <translation>Make guides…</translation>
    </message>
    <message>
        <location filename="../../forms/admin_window.ui" line="37" />
        <source>为所选事项生成一次性告知单（可多选）；未选择事项时为全部在用事项生成</source>
        <translation>Make the one-time notification guides of the selected items (several may be selected); with none selected, of every active item</translation>
    </message>
    <message>
        <location filename="../../forms/admin_window.ui" line="38" />
        <source>生成大厅海报…</source>
        <translation>Make hall posters…</translation>
    </message>
    <message>
        <location filename="../../forms/admin_window.ui" line="55" />
        <source>节假日</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <location filename="../../forms/admin_window.ui" line="59" />
        <source>已录入的年份：</source>
        <translation>Years entered:</translation>
    </message>
    <message>
        <location filename="../../forms/admin_window.ui" line="61" />
        <source>录入/修改年份…</source>
        <translation>Enter or change a year…</translation>
    </message>
    <message>
        <location filename="../../forms/admin_window.ui" line="72" />
        <source>单位信息</source>
        <translation>Bureau profile</translation>
    </message>
    <message>
        <location filename="../../forms/admin_window.ui" line="78" />
        <source>导入签章证书…</source>
        <translation>Import seal certificate…</translation>
    </message>
    <message>
        <location filename="../../forms/admin_window.ui" line="79" />
        <source>保存单位信息</source>
        <translation>Save bureau profile</translation>
    </message>
    <message>
        <location filename="../../forms/admin_window.ui" line="86" />
        <source>督办时限</source>
        <translation>Supervision limits</translation>
    </message>
    <message>
        <location filename="../../forms/admin_window.ui" line="91" />
        <source>时限按工作日计算（不含周末和法定节假日），每项 1 至 %1 个工作日。答复时限和差评整改回访时限用于此后登记的工单和差评，已登记的保持原期限；抄告回执时限立即适用于所有尚未登记回执的抄告。</source>
        <translation>Limits count working days (no weekends or public holidays), 1 to %1 each. The answer and follow-up limits apply to tickets and poor ratings recorded from now on; those already recorded keep their due dates. The receipt limit applies at once to every result notice whose receipt is not recorded yet.</translation>
    </message>
    <message>
        <location filename="../../forms/admin_window.ui" line="105" />
        <source>恢复默认值</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <location filename="../../forms/admin_window.ui" line="105" />
        <source>填入默认时限（热线咨询 %1 日、投诉 %2 日、差评回访 %3 日、抄告回执 %4 日），保存后生效</source>
        <translation>Fill in the default limits (hotline %1, complaint %2, follow-up %3, receipt %4 working days); they apply once saved</translation>
    </message>
    <message>
        <location filename="../../forms/admin_window.ui" line="106" />
        <source>保存督办时限（Ctrl+S）</source>
        <translation>Save limits (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../forms/admin_window.ui" line="106" />
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../forms/admin_window.ui" line="113" />
        <source>前台受理导入</source>
        <translation>Front-desk import</translation>
    </message>
    <message>
        <location filename="../../forms/admin_window.ui" line="118" />
        <source>选择前台受理系统导出的 CSV 或 Excel 文件。每行逐项校验；已导入过的受理编号自动跳过，同一文件重复导入不会重复登记。</source>
        <translation>Choose a CSV or Excel file exported by the front-desk system. Every row is checked; acceptance numbers imported before are skipped, so importing a file twice adds nothing.</translation>
    </message>
    <message>
        <location filename="../../forms/admin_window.ui" line="123" />
        <source>选择文件并导入…</source>
        <translation>Choose a file and import…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="63" />
        <source>机关名称</source>
        <translation>Organ name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="64" />
        <source>印章文字</source>
        <translation>Seal text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="65" />
        <source>文号机关代字</source>
        <translation>Number prefix</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="66" />
        <source>复议机关</source>
        <translation>Reconsideration body</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="67" />
        <source>管辖法院</source>
        <translation>Court</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="68" />
        <source>咨询电话</source>
        <translation>Hotline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="69" />
        <source>办公地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="70" />
        <source>二维码网址格式</source>
        <translation>QR address pattern</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="71" />
        <source>核验网址</source>
        <translation>Verification address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="83" />
        <source>事项编码</source>
        <translation>Item code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="84" />
        <source>事项名称</source>
        <translation>Item name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="85" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="86" />
        <source>主管部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="87" />
        <source>法定时限</source>
        <translation>Statutory time limit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="88" />
        <source>承诺时限</source>
        <translation>Promised time limit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="89" />
        <source>需踏勘</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="90" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="110" />
        <source>生成试用签章密钥</source>
        <translation>Make trial signing keys</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="112" />
        <source>尚无签章密钥时生成试用密钥（与 approval-desk keys init 相同），即可制发文书</source>
        <translation>Where there are no signing keys yet, make trial keys (as approval-desk keys init does) so that documents can be issued</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="124" />
        <source>黄牌预警比例（用去时限的比例）：</source>
        <translation>Yellow warning at (share of the time limit used):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="126" />
        <source>文书二维码指向的核验网页，如 https://zwfw.example.gov.cn/yz/</source>
        <translation>The verification page documents' QR codes point to, e.g. https://zwfw.example.gov.cn/yz/</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="129" />
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="131" />
        <source>作废名单超过此天数未更新时，核验网页提示：</source>
        <translation>The verification page warns when the void list is older than:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="135" />
        <source>文号格式（可用 {prefix}、{year}、{serial:04d}；留空用标准格式）</source>
        <translation>Number patterns ({prefix}, {year}, {serial:04d}; empty for the standard one)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="148" />
        <source>绩效考核</source>
        <translation>Performance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="168" />
        <location filename="../../desktop/ui/admin/window.py" line="173" />
        <location filename="../../desktop/ui/admin/window.py" line="175" />
        <location filename="../../desktop/ui/admin/window.py" line="221" />
        <source>正在读取……</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="183" />
        <source>正在读取事项……</source>
        <translation>Reading items…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="187" />
        <source>是</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="198" />
        <source>在用</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="198" />
        <source>已停用</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="236" />
        <location filename="../../desktop/ui/admin/window.py" line="402" />
        <location filename="../../desktop/ui/admin/window.py" line="429" />
        <source>正在保存……</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="241" />
        <source>导出事项目录</source>
        <translation>Export the item catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="241" />
        <location filename="../../desktop/ui/admin/window.py" line="255" />
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="248" />
        <source>已导出到 %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="249" />
        <source>正在导出……</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="255" />
        <source>导入事项目录</source>
        <translation>Import the item catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="263" />
        <source>正在校验并导入……</source>
        <translation>Checking and importing…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="269" />
        <source>……共 %1 行有误</source>
        <translation>… %1 rows in all have problems</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="271" />
        <source>新增 %1 项，更新 %2 项。</source>
        <translation>%1 items added, %2 updated.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="274" />
        <source>导入完成</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="280" />
        <source>文件中有错误行</source>
        <translation>The file has rows with problems</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="281" />
        <source>以下各行有误，尚未导入任何内容：</source>
        <translation>These rows have problems; nothing has been imported:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="285" />
        <source>是否只导入无误的行？（选“否”则不导入，请修改文件后重新导入）</source>
        <translation>Import only the rows without problems? (No imports nothing: correct the file and import it again)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="303" />
        <source>所选事项均已停用，停用的事项不生成告知单：请选择在用事项，或不选以生成全部</source>
        <translation>The selected items are all inactive and inactive items get no guide: select active items, or none to make them all</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="308" />
        <source>生成告知单（所选 %1 项）</source>
        <translation>Make guides (%1 selected items)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="311" />
        <source>生成告知单（未选择事项：全部在用事项）</source>
        <translation>Make guides (no item selected: every active item)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="322" />
        <source>正在生成所选 %1 项事项的告知单……</source>
        <translation>Making the guides of the %1 selected items…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="325" />
        <source>未选择事项，正在生成全部在用事项的告知单……</source>
        <translation>No item selected: making the guides of every active item…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="339" />
        <source>已保存所选 %2 项事项的告知单到 %1</source>
        <translation>Saved the guides of the %2 selected items to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="342" />
        <source>未选择事项，已生成全部 %2 个在用事项的告知单，已保存到 %1</source>
        <translation>No item selected: made the guides of all %2 active items, saved to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="353" />
        <source>生成大厅海报</source>
        <translation>Make hall posters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="363" />
        <source>正在生成海报……</source>
        <translation>Making posters…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="367" />
        <source>已保存到 %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="381" />
        <source>（该年没有调休或节假日记录）</source>
        <translation>(no holidays or make-up working days entered for this year)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="399" />
        <source>已保存；在办件的期限已按新日历重算，%1 件有变化</source>
        <translation>Saved; the due dates of open cases were recounted by the new calendar, %1 changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="427" />
        <source>单位信息已保存</source>
        <translation>Bureau profile saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="436" />
        <location filename="../../desktop/ui/admin/window.py" line="443" />
        <source>导入签章证书</source>
        <translation>Import seal certificate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="436" />
        <source>证书文件 (*.p12 *.pfx)</source>
        <translation>Certificate files (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="444" />
        <source>证书文件的密码：</source>
        <translation>The certificate file's password:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="452" />
        <source>签章证书已导入</source>
        <translation>Seal certificate imported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="453" />
        <location filename="../../desktop/ui/admin/window.py" line="482" />
        <source>正在导入……</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="462" />
        <source>试用签章密钥已生成（二维码密钥 %1），现在可以制发文书</source>
        <translation>Trial signing keys made (QR key %1): documents can be issued now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="466" />
        <source>正在生成密钥……</source>
        <translation>Making the keys…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="474" />
        <source>导入前台受理文件</source>
        <translation>Import a front-desk file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="474" />
        <source>受理文件 (*.csv *.xlsx)</source>
        <translation>Front-desk files (*.csv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../desktop/ui/admin/audit_model.py" line="21" />
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_model.py" line="22" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_model.py" line="23" />
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_model.py" line="24" />
        <source>动作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_model.py" line="25" />
        <source>对象</source>
        <translation>Entity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_model.py" line="26" />
        <source>办件号/名称</source>
        <translation>Case / name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_model.py" line="27" />
        <source>变更</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <location filename="../../desktop/ui/admin/audit_window.py" line="44" />
        <source>审计记录</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_window.py" line="57" />
        <source>操作人：</source>
        <translation>By:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_window.py" line="59" />
        <source>对象：</source>
        <translation>Entity:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_window.py" line="51" />
        <source>办件号、文号或用户名</source>
        <translation>Case number, document number or user name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_window.py" line="58" />
        <source>动作：</source>
        <translation>Action:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_window.py" line="60" />
        <source>办件号/编号：</source>
        <translation>Case / number:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_window.py" line="61" />
        <source>内容包含：</source>
        <translation>Content contains:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_window.py" line="62" />
        <source>自：</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_window.py" line="63" />
        <source>至：</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_window.py" line="75" />
        <source>查询</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_window.py" line="76" />
        <source>校验哈希链</source>
        <translation>Verify the hash chain</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_window.py" line="89" />
        <source>已加载 %1 条</source>
        <translation>%1 entries loaded</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_window.py" line="107" />
        <source>（全部）</source>
        <translation>(all)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_window.py" line="133" />
        <source>正在查询……</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_window.py" line="138" />
        <source>正在校验哈希链……</source>
        <translation>Verifying the hash chain…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_window.py" line="151" />
        <source>哈希链完整：共 %1 条记录，最后一条 #%2</source>
        <translation>The hash chain is intact: %1 entries, the last #%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_window.py" line="157" />
        <source>哈希链在第 #%1 条记录处断开：%2</source>
        <translation>The hash chain breaks at entry #%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_window.py" line="162" />
        <source>（数据来自备用服务器，约滞后 %1 秒）</source>
        <translation> (read from the standby server, about %1 s behind)</translation>
    </message>
</context>
<context>
    <name>BasisField</name>
    <message>
        <location filename="../../desktop/ui/workbench/action_extras.py" line="107" />
        <source>法律、法规或者规章的名称及条款</source>
        <translation>The law, regulation or rule and its article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_extras.py" line="108" />
        <source>法律依据：</source>
        <translation>Legal basis:</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <location filename="../../desktop/ui/queues/case_list_view.py" line="59" />
        <source>在“统计看板”或“分组统计”中点击一个数字，这里列出它包含的办件</source>
        <translation>Click a figure on the dashboard or in the breakdown to list its cases here</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/case_list_view.py" line="79" />
        <source>打开办件</source>
        <translation>Open case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/case_list_view.py" line="81" />
        <source>督办……</source>
        <translation>Urge…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/case_list_view.py" line="82" />
        <source>向承办人发出督办通知（仅限黄牌、红牌办件）</source>
        <translation>Send an urge to the handler (yellow or red cases only)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/case_list_view.py" line="97" />
        <source>正在统计……</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/case_list_view.py" line="102" />
        <source>共 %1 件</source>
        <translation>%1 cases</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/case_list_view.py" line="122" />
        <source>督办</source>
        <translation>Urge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/case_list_view.py" line="122" />
        <source>请先选择一件办件</source>
        <translation>Select a case first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/case_list_view.py" line="131" />
        <source>未能督办</source>
        <translation>Not urged</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/case_list_view.py" line="136" />
        <source>已督办 %1：承办人会在办件列表和办件中看到，并确认收到</source>
        <translation>Urged %1: the handler sees it in their queue and in the case, and acknowledges it</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../../desktop/ui/supervision/commitments_view.py" line="60" />
        <source>登记核查结果</source>
        <translation>Record check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/commitments_view.py" line="63" />
        <source>属实</source>
        <translation>True</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/commitments_view.py" line="64" />
        <source>不实</source>
        <translation>False</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/commitments_view.py" line="66" />
        <source>核查部门的核查人员</source>
        <translation>The checking department's officer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/commitments_view.py" line="72" />
        <source>核查情况；不实的，写明与承诺不符的事实</source>
        <translation>Findings; for a false commitment, the facts that differ from it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/commitments_view.py" line="76" />
        <source>办件：</source>
        <translation>Case:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/commitments_view.py" line="77" />
        <source>承诺条件：</source>
        <translation>Committed conditions:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/commitments_view.py" line="78" />
        <source>核查结论：</source>
        <translation>Result:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/commitments_view.py" line="79" />
        <source>核查人员：</source>
        <translation>Checked by:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/commitments_view.py" line="80" />
        <source>核查日期：</source>
        <translation>Checked on:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/commitments_view.py" line="81" />
        <source>核查情况：</source>
        <translation>Findings:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/commitments_view.py" line="82" />
        <source>核查不实的，将同时对其许可证立案撤销（《行政许可法》第六十九条）。</source>
        <translation>A false commitment also opens the revocation of its licence (Administrative Licensing Law, art. 69).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/commitments_view.py" line="88" />
        <source>登记</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/commitments_view.py" line="89" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ClockWarning</name>
    <message>
        <location filename="../../desktop/ui/clock_warning.py" line="24" />
        <source>本机时钟比服务器快 %1 分钟</source>
        <translation>This PC's clock is %1 min ahead of the server's</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clock_warning.py" line="26" />
        <source>本机时钟比服务器慢 %1 分钟</source>
        <translation>This PC's clock is %1 min behind the server's</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clock_warning.py" line="28" />
        <source>%1（本机 %2，服务器 %3）：办理时间以服务器为准，请校准本机时钟</source>
        <translation>%1 (PC %2, server %3): the server's time counts for every action; please set this PC's clock</translation>
    </message>
</context>
<context>
    <name>CommitmentsView</name>
    <message>
        <location filename="../../desktop/ui/supervision/commitments_view.py" line="110" />
        <source>登记核查结果……</source>
        <translation>Record check…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/commitments_view.py" line="131" />
        <source>%1：告知承诺 %2 件；已核查 %3 件（属实 %4 件，不实 %5 件）；逾期未核查 %6 件。当前待核查 %7 件。</source>
        <translation>%1: %2 commitments; %3 checked (%4 true, %5 false); %6 checks overdue. %7 checks open now.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/commitments_view.py" line="144" />
        <source>请先选择要登记核查结果的承诺</source>
        <translation>Select the commitment whose check to record first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/commitments_view.py" line="155" />
        <source>已登记核查结果：%1</source>
        <translation>Check recorded: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/commitments_view.py" line="157" />
        <source>；已立案撤销 %1</source>
        <translation>; revocation %1 opened</translation>
    </message>
</context>
<context>
    <name>ConnectionWatch</name>
    <message>
        <location filename="../../desktop/ui/connection_watch.py" line="30" />
        <source>与数据库的连接中断或冲突，正在自动重试（第 %1 次）……</source>
        <translation>The connection to the database was lost or an action collided; retrying automatically (attempt %1)…</translation>
    </message>
</context>
<context>
    <name>CoordinatorWindow</name>
    <message>
        <location filename="../../forms/coordinator_window.ui" line="9" />
        <source>踏勘协调</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <location filename="../../forms/coordinator_window.ui" line="15" />
        <source>踏勘日历</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../forms/coordinator_window.ui" line="19" />
        <source>◀ 上一周</source>
        <translation>◀ Previous week</translation>
    </message>
    <message>
        <location filename="../../forms/coordinator_window.ui" line="20" />
        <source>本周</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../forms/coordinator_window.ui" line="21" />
        <source>下一周 ▶</source>
        <translation>Next week ▶</translation>
    </message>
    <message>
        <location filename="../../forms/coordinator_window.ui" line="30" />
        <source>蓝色：踏勘　灰色：请假或公务　空白：可安排</source>
        <translation>Blue: inspection   Grey: leave or other duty   Blank: available</translation>
    </message>
    <message>
        <location filename="../../forms/coordinator_window.ui" line="46" />
        <source>待安排与抽取</source>
        <translation>Pending and draw</translation>
    </message>
    <message>
        <location filename="../../forms/coordinator_window.ui" line="50" />
        <source>待安排的踏勘申请</source>
        <translation>Pending inspection requests</translation>
    </message>
    <message>
        <location filename="../../forms/coordinator_window.ui" line="67" />
        <location filename="../../forms/coordinator_window.ui" line="197" />
        <source>人工指定…</source>
        <translation>Assign by hand…</translation>
    </message>
    <message>
        <location filename="../../forms/coordinator_window.ui" line="68" />
        <location filename="../../forms/coordinator_window.ui" line="199" />
        <source>延期…</source>
        <translation>Postpone…</translation>
    </message>
    <message>
        <location filename="../../forms/coordinator_window.ui" line="69" />
        <location filename="../../forms/coordinator_window.ui" line="200" />
        <source>取消踏勘…</source>
        <translation>Cancel inspection…</translation>
    </message>
    <message>
        <location filename="../../forms/coordinator_window.ui" line="74" />
        <source>抽取（双随机：开启时公布承诺值，见证人随后给出随机数，再揭示秘密值；种子由三者推出，任何人不能选定）</source>
        <translation>Draw (the commitment is shown when the draw is opened, the witness then gives a random text, and the secret is revealed; the seed follows from all three and nobody can choose it)</translation>
    </message>
    <message>
        <location filename="../../forms/coordinator_window.ui" line="94" />
        <source>开启抽取</source>
        <translation>Open draw</translation>
    </message>
    <message>
        <location filename="../../forms/coordinator_window.ui" line="100" />
        <source>承诺值：</source>
        <translation>Commitment:</translation>
    </message>
    <message>
        <location filename="../../forms/coordinator_window.ui" line="103" />
        <location filename="../../desktop/ui/inspections/window.py" line="328" />
        <source>（尚未开启）</source>
        <translation>(no draw open)</translation>
    </message>
    <message>
        <location filename="../../forms/coordinator_window.ui" line="112" />
        <source>见证人随机数（由监督人员看到承诺值后输入）：</source>
        <translation>Witness's random text (typed by the supervisor after seeing the commitment):</translation>
    </message>
    <message>
        <location filename="../../forms/coordinator_window.ui" line="78" />
        <source>自</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../forms/coordinator_window.ui" line="82" />
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../forms/coordinator_window.ui" line="85" />
        <source>起</source>
        <translation>for</translation>
    </message>
    <message>
        <location filename="../../forms/coordinator_window.ui" line="91" />
        <source> 个工作日</source>
        <translation> working days</translation>
    </message>
    <message>
        <location filename="../../forms/coordinator_window.ui" line="123" />
        <source>抽取</source>
        <translation>Draw</translation>
    </message>
    <message>
        <location filename="../../forms/coordinator_window.ui" line="143" />
        <source>抽取结果</source>
        <translation>Draw results</translation>
    </message>
    <message>
        <location filename="../../forms/coordinator_window.ui" line="147" />
        <source>抽取记录：</source>
        <translation>Draw:</translation>
    </message>
    <message>
        <location filename="../../forms/coordinator_window.ui" line="153" />
        <location filename="../../desktop/ui/inspections/window.py" line="416" />
        <source>重放核验</source>
        <translation>Replay and verify</translation>
    </message>
    <message>
        <location filename="../../forms/coordinator_window.ui" line="180" />
        <source>已安排</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location filename="../../forms/coordinator_window.ui" line="196" />
        <source>补抽替换…</source>
        <translation>Replace member…</translation>
    </message>
    <message>
        <location filename="../../forms/coordinator_window.ui" line="198" />
        <source>改期…</source>
        <translation>Reschedule…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/window.py" line="44" />
        <source>登记见证人随机数……</source>
        <translation>Recording the witness's text…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/window.py" line="45" />
        <source>正在抽取……</source>
        <translation>Drawing…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/window.py" line="46" />
        <source>正在保存……</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/window.py" line="60" />
        <location filename="../../desktop/ui/inspections/window.py" line="74" />
        <location filename="../../desktop/ui/inspections/window.py" line="88" />
        <source>受理编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/window.py" line="61" />
        <location filename="../../desktop/ui/inspections/window.py" line="89" />
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/window.py" line="62" />
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/window.py" line="63" />
        <source>责任部门</source>
        <translation>Responsible department</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/window.py" line="64" />
        <source>所需专业</source>
        <translation>Specialties needed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/window.py" line="65" />
        <source>时间窗</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/window.py" line="66" />
        <source>人数</source>
        <translation>Team size</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/window.py" line="67" />
        <source>地点</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/window.py" line="75" />
        <location filename="../../desktop/ui/inspections/window.py" line="86" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/window.py" line="76" />
        <location filename="../../desktop/ui/inspections/window.py" line="87" />
        <source>半天</source>
        <translation>Half-day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/window.py" line="77" />
        <location filename="../../desktop/ui/inspections/window.py" line="90" />
        <source>踏勘组</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/window.py" line="78" />
        <location filename="../../desktop/ui/inspections/window.py" line="91" />
        <source>备选人员</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/window.py" line="79" />
        <source>未安排原因</source>
        <translation>Why not planned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/window.py" line="92" />
        <source>抽取编号</source>
        <translation>Draw</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/window.py" line="104" />
        <source>踏勘记录…</source>
        <translation>Inspection record…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/window.py" line="105" />
        <source>填写检查结果、添加照片，由踏勘人员登录确认</source>
        <translation>Record the findings, add photos, and have the inspectors confirm by signing in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/window.py" line="107" />
        <source>复查沿用原踏勘组…</source>
        <translation>Re-inspect with the same team…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/window.py" line="108" />
        <source>限期整改或不合格后的复查，由原踏勘组再次踏勘</source>
        <translation>After rectify by a deadline or fails: the same team inspects again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/window.py" line="110" />
        <source>联合踏勘…</source>
        <translation>Joint inspection…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/window.py" line="112" />
        <source>同一工程建设项目同一阶段的办件并入本次踏勘：一次到场，结论共用</source>
        <translation>Let cases of the same construction project and stage join this inspection: one visit, one conclusion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/window.py" line="117" />
        <source>踏勘人才库</source>
        <translation>Inspector pool</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/window.py" line="171" />
        <location filename="../../desktop/ui/inspections/window.py" line="177" />
        <location filename="../../desktop/ui/inspections/window.py" line="179" />
        <location filename="../../desktop/ui/inspections/window.py" line="194" />
        <location filename="../../desktop/ui/inspections/window.py" line="204" />
        <location filename="../../desktop/ui/inspections/window.py" line="351" />
        <source>正在读取……</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/window.py" line="189" />
        <source>正在办理……</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/window.py" line="238" />
        <source>待安排的踏勘申请（%1 项）</source>
        <translation>Pending inspection requests (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/window.py" line="245" />
        <source>%1（联合踏勘：%2）</source>
        <translation>%1 (joint inspection: %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/window.py" line="257" />
        <source>正在开启抽取……</source>
        <translation>Opening the draw…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/window.py" line="264" />
        <source>%1（抽取 %2，快照摘要 %3…）</source>
        <translation>%1 (draw %2, snapshot digest %3…)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/window.py" line="274" />
        <source>抽取 %1 已开启：请见证人看到承诺值后输入随机数</source>
        <translation>Draw %1 is open: the witness types their random text after seeing the commitment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/window.py" line="284" />
        <source>请先开启抽取</source>
        <translation>Open a draw first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/window.py" line="318" />
        <source>抽取 %1 完成：安排 %2 项，未安排 %3 项</source>
        <translation>Draw %1 done: %2 planned, %3 not planned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/window.py" line="356" />
        <source>公平已证明</source>
        <translation>fairness proven</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/window.py" line="356" />
        <source>未达计数下限</source>
        <translation>above the counting floor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/window.py" line="358" />
        <source>抽取 %1 · 规则版本 %2 · 操作人 %3</source>
        <translation>Draw %1 · rules version %2 · operator %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/window.py" line="364" />
        <source>承诺值 %1
秘密值 %2
见证人随机数 %3
快照摘要 %4
种子 %5</source>
        <translation>Commitment %1
Secret %2
Witness's text %3
Snapshot digest %4
Seed %5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/window.py" line="365" />
        <source>（旧式抽取，无承诺值）</source>
        <translation>(an older draw, without a commitment)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/window.py" line="372" />
        <source>结果摘要 %1 · 最高负荷 %2，计数下限 %3（%4）</source>
        <translation>Result digest %1 · highest load %2, counting floor %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/window.py" line="412" />
        <source>正在重放核验……</source>
        <translation>Replaying…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/window.py" line="430" />
        <source>人工</source>
        <translation>by hand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/window.py" line="451" />
        <source>请先选择一项踏勘</source>
        <translation>Select an inspection first</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../desktop/ui/crash.py" line="39" />
        <source>意外错误</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash.py" line="47" />
        <source>程序在处理刚才的操作时遇到了意外问题，这一步没有完成。
窗口仍可继续使用，已输入的内容没有丢失；可以稍后重试这一步。
如问题反复出现，请将下面的日志文件（或“复制详细信息”的内容）发给系统管理员。</source>
        <translation>The program ran into an unexpected problem with the last step, which was not done.
The window can still be used and nothing you typed is lost; you can try the step again later.
If it keeps happening, send the log file below (or what “Copy details” copies) to the administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash.py" line="54" />
        <location filename="../../desktop/ui/crash.py" line="103" />
        <source>日志文件：%1</source>
        <translation>Log file: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash.py" line="67" />
        <location filename="../../desktop/ui/crash.py" line="93" />
        <source>显示详细信息</source>
        <translation>Show details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash.py" line="70" />
        <source>打开日志文件夹</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash.py" line="72" />
        <source>复制详细信息</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash.py" line="79" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash.py" line="93" />
        <source>隐藏详细信息</source>
        <translation>Hide details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash.py" line="105" />
        <source>已复制</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../desktop/ui/supervision/dashboard_view.py" line="39" />
        <source>受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/dashboard_view.py" line="40" />
        <source>办结</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/dashboard_view.py" line="42" />
        <source>办结率 %</source>
        <translation>Completion rate %</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/dashboard_view.py" line="45" />
        <source>本期受理的办件中，期末前已送达的比例；点击查看未办结的办件</source>
        <translation>Share of the period's accepted cases delivered by its end; click for those not completed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/dashboard_view.py" line="50" />
        <source>按时办结率 %</source>
        <translation>On-time rate %</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/dashboard_view.py" line="53" />
        <source>本期作出决定的办件中，未超承诺期限的比例；点击查看超期的办件</source>
        <translation>Share of the period's decisions within the promised limit; click for the late ones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/dashboard_view.py" line="58" />
        <source>平均用时 / 时限（工作日）</source>
        <translation>Average days used / limit (working days)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/dashboard_view.py" line="61" />
        <source>暂停计时的日子不计；时限含延长的期限</source>
        <translation>Paused days do not count; the limit includes extensions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/dashboard_view.py" line="63" />
        <source>提前决定</source>
        <translation>Decided early</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/dashboard_view.py" line="64" />
        <source>超期决定</source>
        <translation>Decided late</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/dashboard_view.py" line="65" />
        <source>当前红牌</source>
        <translation>Red now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/dashboard_view.py" line="66" />
        <source>当前黄牌</source>
        <translation>Yellow now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/dashboard_view.py" line="68" />
        <source>环节超时</source>
        <translation>Late steps</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/dashboard_view.py" line="71" />
        <source>当前环节（审查、审批签发、制证、送达）已过本环节期限的办件；点击查看办件、环节期限、承办人和部门</source>
        <translation>Cases whose current step (review, sign-off, certificate, delivery) is past its own due date; click to list the cases with the step's due date, the handler and the department</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/dashboard_view.py" line="78" />
        <source>环节临近到期</source>
        <translation>Step due soon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/dashboard_view.py" line="81" />
        <source>当前环节已到预警日、尚未到期的办件；点击查看</source>
        <translation>Cases whose current step has reached its warning day but is not yet due; click to list them</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/dashboard_view.py" line="86" />
        <source>办件红黄牌</source>
        <translation>Red and yellow cases</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/dashboard_view.py" line="87" />
        <source>环节超时与临近到期</source>
        <translation>Late and yellow steps</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../desktop/ui/supervision/dashboard_view.py" line="131" />
        <location filename="../../desktop/ui/supervision/dashboard_view.py" line="181" />
        <source>许可证即将到期</source>
        <translation>Licences expiring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/dashboard_view.py" line="138" />
        <location filename="../../desktop/ui/supervision/dashboard_view.py" line="190" />
        <source>现场办结 今日 / 本期</source>
        <translation>On the spot today / in the period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/dashboard_view.py" line="141" />
        <source>经授权的窗口人员受理后当场准予许可的办件：今日的件数 / 本期的件数</source>
        <translation>Cases an authorised window clerk accepted and granted on the spot: today / in the period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/dashboard_view.py" line="151" />
        <source>电子监察图表：</source>
        <translation>Supervision charts: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/dashboard_view.py" line="184" />
        <source>有效许可证中，有效期在 %1 天内届满的张数（天数按“许可证到期”页的设置）；点击查看</source>
        <translation>Licences in force whose validity ends within %1 days (the days set on the Licences tab); click to list them</translation>
    </message>
</context>
<context>
    <name>DatabaseChoice</name>
    <message>
        <location filename="../../forms/database_choice.ui" line="6" />
        <source>首次使用 — 审批工作台</source>
        <translation>First start — Approval Desk</translation>
    </message>
    <message>
        <location filename="../../forms/database_choice.ui" line="11" />
        <source>请选择数据存放在哪里。以后可用 --db 参数或环境变量 APPROVAL_DESK_DB 改用其他数据库。</source>
        <translation>Choose where the data lives. Later, --db or the APPROVAL_DESK_DB environment variable can point to another database.</translation>
    </message>
    <message>
        <location filename="../../forms/database_choice.ui" line="16" />
        <source>只在本机使用（内置数据库，无需任何设置）</source>
        <translation>This PC only (embedded database, no set-up)</translation>
    </message>
    <message>
        <location filename="../../forms/database_choice.ui" line="22" />
        <source>连接单位的共享服务器（PostgreSQL）</source>
        <translation>The bureau's shared server (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../forms/database_choice.ui" line="27" />
        <source>服务器</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../forms/database_choice.ui" line="30" />
        <source>地址：</source>
        <translation>Host:</translation>
    </message>
    <message>
        <location filename="../../forms/database_choice.ui" line="31" />
        <source>如 192.168.1.10 或 db.bureau.local</source>
        <translation>e.g. 192.168.1.10 or db.bureau.local</translation>
    </message>
    <message>
        <location filename="../../forms/database_choice.ui" line="32" />
        <source>端口：</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../forms/database_choice.ui" line="34" />
        <source>数据库：</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../forms/database_choice.ui" line="36" />
        <source>测试用账号：</source>
        <translation>Account to test with:</translation>
    </message>
    <message>
        <location filename="../../forms/database_choice.ui" line="38" />
        <source>密码：</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../forms/database_choice.ui" line="40" />
        <source>加密连接：</source>
        <translation>Encryption:</translation>
    </message>
    <message>
        <location filename="../../forms/database_choice.ui" line="42" />
        <source>报表服务器：</source>
        <translation>Reporting server:</translation>
    </message>
    <message>
        <location filename="../../forms/database_choice.ui" line="43" />
        <source>可不填；如备用服务器 db2.bureau.local，统计与审计记录从它读取</source>
        <translation>Optional; e.g. the standby db2.bureau.local, which statistics and the audit trail read</translation>
    </message>
    <message>
        <location filename="../../forms/database_choice.ui" line="44" />
        <source>测试连接</source>
        <translation>Test connection</translation>
    </message>
</context>
<context>
    <name>DatabaseChoiceDialog</name>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="19" />
        <source>如服务器支持则加密</source>
        <translation>Encrypt when the server can</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="20" />
        <source>必须加密</source>
        <translation>Always encrypt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="21" />
        <source>加密并验证服务器证书</source>
        <translation>Encrypt and verify the server certificate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="22" />
        <source>不加密（仅限内网）</source>
        <translation>No encryption (internal network only)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="52" />
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="53" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="88" />
        <source>请填写服务器地址</source>
        <translation>Enter the server's host</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="91" />
        <source>服务器地址</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="92" />
        <source>报表服务器</source>
        <translation>Reporting server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="96" />
        <source>%1“%2”不是有效的服务器名称（可写“名称:端口”，以逗号分隔）</source>
        <translation>%1 "%2" is not a valid server name (write "name:port", separated by commas)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="104" />
        <source>正在连接……</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="112" />
        <source>连接成功</source>
        <translation>Connected</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../desktop/ui/workbench/documents_panel.py" line="41" />
        <source>制发文书</source>
        <translation>Issue document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/documents_panel.py" line="46" />
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/documents_panel.py" line="47" />
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/documents_panel.py" line="48" />
        <source>打印副本</source>
        <translation>Print copy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/documents_panel.py" line="49" />
        <source>作废…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/documents_panel.py" line="86" />
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/documents_panel.py" line="129" />
        <source>作废文书</source>
        <translation>Void document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/documents_panel.py" line="129" />
        <source>作废 %1 的原因：</source>
        <translation>Why is %1 voided:</translation>
    </message>
</context>
<context>
    <name>DrawExplanation</name>
    <message>
        <location filename="../../desktop/ui/inspections/draw_explanation.py" line="20" />
        <source>上午</source>
        <translation>morning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/draw_explanation.py" line="21" />
        <source>下午</source>
        <translation>afternoon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/draw_explanation.py" line="22" />
        <source>未安排：</source>
        <translation>Not planned: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/draw_explanation.py" line="23" />
        <source>踏勘组</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/draw_explanation.py" line="24" />
        <source>备选人员（依次递补）</source>
        <translation>Backups (in order of replacement)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/draw_explanation.py" line="25" />
        <source>另有 %1 人符合条件，未被抽中（抽签排序靠后，或选他们会提高最高近期工作量）</source>
        <translation>%1 more were eligible but not drawn (later in the drawing order, or choosing them would raise the highest recent workload)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/draw_explanation.py" line="32" />
        <source>抽签排序第 %1（本组及备选共 %2 人）</source>
        <translation>drawing order %1 (of the %2 on the team and backups)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/draw_explanation.py" line="33" />
        <source>近期工作量 %1 次（含本次）</source>
        <translation>recent workload %1 (this one included)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/draw_explanation.py" line="34" />
        <source>%1 人</source>
        <translation>%1 people</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/draw_explanation.py" line="35" />
        <source>说明：抽签排序由种子计算（SHA-256），种子由开启抽取时承诺的秘密值、见证人随机数和数据快照摘要推出，任何人不能选定，任何人可凭抽取记录复算；在符合全部规则、并使全体人员的最高近期工作量尽可能低的安排中，优先选抽签排序靠前的人。近期工作量为近 %1 天已安排的踏勘次数（含本次）。</source>
        <translation>How to read this: the drawing order is computed (SHA-256) from the seed, which follows from the secret committed when the draw was opened, the witness's text and the data snapshot's digest: nobody can choose it, and anyone can recompute it from the draw record. Among the plans that keep every rule and keep the highest recent load as low as possible, those earlier in the drawing order are preferred. The recent load counts the inspections of the last %1 days (this one included).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/draw_explanation.py" line="29" />
        <source>不符合条件的人员及原因</source>
        <translation>Not eligible, and why</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/draw_explanation.py" line="30" />
        <source>责任部门人员</source>
        <translation>responsible department</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/draw_explanation.py" line="31" />
        <source>专业：</source>
        <translation>specialties: </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../desktop/ui/export_actions.py" line="38" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_actions.py" line="40" />
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_actions.py" line="43" />
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_actions.py" line="50" />
        <source>已导出到 %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_actions.py" line="54" />
        <source>未能导出</source>
        <translation>Not exported</translation>
    </message>
</context>
<context>
    <name>FirstAdmin</name>
    <message>
        <location filename="../../forms/first_admin.ui" line="6" />
        <source>新数据库 — 审批工作台</source>
        <translation>New database — Approval Desk</translation>
    </message>
    <message>
        <location filename="../../forms/first_admin.ui" line="11" />
        <source>这是一个新的数据库。请填写本单位名称，并建立第一个系统管理员账号；其他工作人员的账号由管理员在“系统管理”中添加。</source>
        <translation>This is a new database. Enter the bureau's name and create the first system administrator; the administrator adds everyone else under Administration.</translation>
    </message>
    <message>
        <location filename="../../forms/first_admin.ui" line="16" />
        <source>机关名称：</source>
        <translation>Organ name:</translation>
    </message>
    <message>
        <location filename="../../forms/first_admin.ui" line="18" />
        <source>文号机关代字：</source>
        <translation>Number prefix:</translation>
    </message>
    <message>
        <location filename="../../forms/first_admin.ui" line="19" />
        <source>如 渭高审批</source>
        <translation>e.g. 渭高审批</translation>
    </message>
    <message>
        <location filename="../../forms/first_admin.ui" line="20" />
        <source>管理员用户名：</source>
        <translation>Administrator's user name:</translation>
    </message>
    <message>
        <location filename="../../forms/first_admin.ui" line="22" />
        <source>管理员姓名：</source>
        <translation>Administrator's name:</translation>
    </message>
    <message>
        <location filename="../../forms/first_admin.ui" line="24" />
        <source>密码：</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../forms/first_admin.ui" line="26" />
        <source>再次输入密码：</source>
        <translation>Password again:</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="128" />
        <source>如 https://zwfw.example.gov.cn/yz/（可稍后填写）</source>
        <translation>e.g. https://zwfw.example.gov.cn/yz/ (may be set later)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="130" />
        <source>核验网址：</source>
        <translation>Verification address:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="131" />
        <source>建立账号</source>
        <translation>Create account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="132" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="139" />
        <source>两次输入的密码不一致</source>
        <translation>The two passwords differ</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <location filename="../../desktop/ui/supervision/follow_ups_view.py" line="38" />
        <source>登记评价……</source>
        <translation>Record rating…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/follow_ups_view.py" line="39" />
        <source>登记整改……</source>
        <translation>Record fix…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/follow_ups_view.py" line="40" />
        <source>回访答复……</source>
        <translation>Answer applicant…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/follow_ups_view.py" line="53" />
        <location filename="../../desktop/ui/supervision/follow_ups_view.py" line="64" />
        <location filename="../../desktop/ui/supervision/follow_ups_view.py" line="72" />
        <source>登记评价</source>
        <translation>Record rating</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/follow_ups_view.py" line="53" />
        <source>受理编号：</source>
        <translation>Case number:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/follow_ups_view.py" line="57" />
        <source>非常满意</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/follow_ups_view.py" line="58" />
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/follow_ups_view.py" line="59" />
        <source>基本满意</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/follow_ups_view.py" line="60" />
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/follow_ups_view.py" line="61" />
        <source>非常不满意</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/follow_ups_view.py" line="64" />
        <source>申请人的评价：</source>
        <translation>The applicant's rating:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/follow_ups_view.py" line="72" />
        <source>差评：申请人的具体意见（必填）：</source>
        <translation>Poor rating: what the applicant said (required):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/follow_ups_view.py" line="79" />
        <source>已登记评价；差评已转入整改</source>
        <translation>Rating recorded; a poor one goes to follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/follow_ups_view.py" line="83" />
        <location filename="../../desktop/ui/supervision/follow_ups_view.py" line="94" />
        <source>请先选择一条差评</source>
        <translation>Select a poor rating first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/follow_ups_view.py" line="86" />
        <source>登记整改</source>
        <translation>Record fix</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/follow_ups_view.py" line="86" />
        <source>整改情况：</source>
        <translation>What was fixed:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/follow_ups_view.py" line="90" />
        <source>已登记整改</source>
        <translation>Fix recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/follow_ups_view.py" line="98" />
        <source>回访答复</source>
        <translation>Answer applicant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/follow_ups_view.py" line="98" />
        <source>告知申请人的整改结果：</source>
        <translation>What the applicant was told:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/follow_ups_view.py" line="104" />
        <source>已回访，本条差评办结</source>
        <translation>Answered: this poor rating is closed</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <location filename="../../desktop/ui/queues/global_search.py" line="39" />
        <source>查找办件（全部队列）</source>
        <translation>Find a case (every queue)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/global_search.py" line="43" />
        <source>受理编号、申请人名称、身份证号码、统一社会信用代码或项目名称，按回车查找</source>
        <translation>Case number, applicant name, resident ID, credit code or project name; Enter to find</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/global_search.py" line="46" />
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/global_search.py" line="49" />
        <source>打开办件</source>
        <translation>Open case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/global_search.py" line="51" />
        <source>在您可以查看的全部办件中查找，不限于当前视图。</source>
        <translation>Finds among every case you may see, not only the current view.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/global_search.py" line="54" />
        <source>受理编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/global_search.py" line="55" />
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/global_search.py" line="56" />
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/global_search.py" line="57" />
        <source>项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/global_search.py" line="58" />
        <source>承诺期限</source>
        <translation>Due (promised)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/global_search.py" line="59" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/global_search.py" line="60" />
        <source>承办人</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/global_search.py" line="92" />
        <source>请输入要查找的编号、名称、证件号码或项目名称。</source>
        <translation>Type a number, a name, an ID or credit code, or a project name to find.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/global_search.py" line="97" />
        <source>正在查找……</source>
        <translation>Finding…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/global_search.py" line="121" />
        <source>没有找到符合条件的办件。</source>
        <translation>No case matches.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/global_search.py" line="124" />
        <source>只列出最新受理的 %1 件：请输入更完整的内容缩小范围。</source>
        <translation>Only the %1 most recently accepted are listed: type more to narrow the search.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/global_search.py" line="130" />
        <source>找到 %1 件：按回车或双击打开。</source>
        <translation>%1 found: Enter or double-click opens one.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/global_search.py" line="144" />
        <source>请先在列表中选择一个办件。</source>
        <translation>Choose a case in the list first.</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../../desktop/ui/hand_over_dialog.py" line="38" />
        <source>登记出件 %1</source>
        <translation>Hand over %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hand_over_dialog.py" line="42" />
        <source>直接送达</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hand_over_dialog.py" line="43" />
        <source>邮寄送达</source>
        <translation>By post</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hand_over_dialog.py" line="44" />
        <source>电子送达</source>
        <translation>Electronically</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hand_over_dialog.py" line="48" />
        <source>委托代理人</source>
        <translation>Authorised agent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hand_over_dialog.py" line="50" />
        <source>本人</source>
        <translation>The applicant in person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hand_over_dialog.py" line="52" />
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hand_over_dialog.py" line="58" />
        <source>18位居民身份证号码</source>
        <translation>18-digit resident ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hand_over_dialog.py" line="60" />
        <source>如：某年某月某日出具，委托领取审批结果</source>
        <translation>e.g. issued on (date), to collect the approval result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hand_over_dialog.py" line="66" />
        <source>受送达人：</source>
        <translation>Addressee:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hand_over_dialog.py" line="67" />
        <source>送达方式：</source>
        <translation>Served:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hand_over_dialog.py" line="68" />
        <source>签收人身份：</source>
        <translation>Signs as:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hand_over_dialog.py" line="69" />
        <source>签收人姓名：</source>
        <translation>Name of the signer:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hand_over_dialog.py" line="70" />
        <source>居民身份证号码：</source>
        <translation>Resident ID number:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hand_over_dialog.py" line="71" />
        <source>授权委托书：</source>
        <translation>Power of attorney:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hand_over_dialog.py" line="72" />
        <location filename="../../desktop/ui/hand_over_dialog.py" line="115" />
        <source>送达地点：</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hand_over_dialog.py" line="78" />
        <source>登记并打印送达回证</source>
        <translation>Record and print the proof of service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hand_over_dialog.py" line="79" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hand_over_dialog.py" line="116" />
        <source>邮寄地址：</source>
        <translation>Postal address:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hand_over_dialog.py" line="117" />
        <source>电子送达地址：</source>
        <translation>Electronic address:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hand_over_dialog.py" line="130" />
        <source>请填写送达地点（邮寄地址或电子送达地址）</source>
        <translation>Enter the place of service (postal or electronic address)</translation>
    </message>
</context>
<context>
    <name>HolidayYearDialog</name>
    <message>
        <location filename="../../desktop/ui/admin/holiday_editor.py" line="42" />
        <source>录入节假日</source>
        <translation>Enter holidays</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/holiday_editor.py" line="47" />
        <source>每行一天：日期 休/班 名称，例如
2027-01-01 休 元旦
2027-02-07 班 春节调休
“休”只用于工作日的放假，“班”只用于周六、周日的调休上班。</source>
        <translation>One day a line: date 休/班 name, for example
2027-01-01 休 New Year's Day
2027-02-07 班 Spring Festival make-up day
“休” (day off) only for weekdays, “班” (working day) only for Saturdays and Sundays.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/holiday_editor.py" line="64" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/holiday_editor.py" line="66" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/holiday_editor.py" line="70" />
        <source>年份：</source>
        <translation>Year:</translation>
    </message>
</context>
<context>
    <name>InspectionActions</name>
    <message>
        <location filename="../../desktop/ui/inspections/actions.py" line="71" />
        <source>%1：无人可以递补，已退回待安排，请重新抽取或人工指定</source>
        <translation>%1: nobody can step in; the request is pending again: draw again or assign by hand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/actions.py" line="75" />
        <source>%1：%2 由 %3 递补</source>
        <translation>%1: %3 replaces %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/actions.py" line="128" />
        <source>%1：踏勘已取消，办件退回审查，计时恢复</source>
        <translation>%1: inspection cancelled; the case is back under review and its clock runs again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/actions.py" line="130" />
        <source>%1：踏勘已取消</source>
        <translation>%1: inspection cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/actions.py" line="140" />
        <source>%1：没有同一工程建设项目同一阶段待安排踏勘的其他办件</source>
        <translation>%1: no other case of the same construction project and stage is waiting for an inspection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/actions.py" line="151" />
        <source>%1：已并入联合踏勘 %2 件</source>
        <translation>%1: %2 case(s) joined to the inspection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/actions.py" line="159" />
        <source>%1：已办理</source>
        <translation>%1: done</translation>
    </message>
</context>
<context>
    <name>InspectionChangeDialog</name>
    <message>
        <location filename="../../forms/inspection_change.ui" line="23" />
        <source>不能参加的组员：</source>
        <translation>Member who cannot go:</translation>
    </message>
    <message>
        <location filename="../../forms/inspection_change.ui" line="30" />
        <source>原因类别：</source>
        <translation>Cause:</translation>
    </message>
    <message>
        <location filename="../../forms/inspection_change.ui" line="37" />
        <source>日期：</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../forms/inspection_change.ui" line="46" />
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../forms/inspection_change.ui" line="55" />
        <source>时间窗 </source>
        <translation>Window </translation>
    </message>
    <message>
        <location filename="../../forms/inspection_change.ui" line="56" />
        <source> 个工作日</source>
        <translation> working days</translation>
    </message>
    <message>
        <location filename="../../forms/inspection_change.ui" line="64" />
        <source>踏勘组（勾选）：</source>
        <translation>Team (tick):</translation>
    </message>
    <message>
        <location filename="../../forms/inspection_change.ui" line="72" />
        <source>按姓名、部门或专业筛选</source>
        <translation>Filter by name, department or specialty</translation>
    </message>
    <message>
        <location filename="../../forms/inspection_change.ui" line="93" />
        <source>理由：</source>
        <translation>Reasons:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/change_dialog.py" line="85" />
        <source>无法参加（拒绝、生病等）</source>
        <translation>Cannot go (declined, ill, …)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/change_dialog.py" line="86" />
        <source>申报利害关系，需回避</source>
        <translation>Declared a conflict of interest</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/change_dialog.py" line="87" />
        <source>上午</source>
        <translation>morning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/change_dialog.py" line="88" />
        <source>下午</source>
        <translation>afternoon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/change_dialog.py" line="92" />
        <source>新时间窗自：</source>
        <translation>New window from:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/change_dialog.py" line="108" />
        <source>不符合条件：</source>
        <translation>Not eligible: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/change_dialog.py" line="120" />
        <source>办理</source>
        <translation>Do it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/change_dialog.py" line="121" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/change_dialog.py" line="134" />
        <source>无专业</source>
        <translation>no specialty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/change_dialog.py" line="139" />
        <source>责任部门人员</source>
        <translation>responsible department</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/change_dialog.py" line="141" />
        <source>具备所需专业：</source>
        <translation>holds the required specialty: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/change_dialog.py" line="157" />
        <source>共 %1 人，符合条件的 %2 人排在前面；显示 %3 人。已选 %4 人：%5</source>
        <translation>%1 people, the %2 eligible first; %3 shown. %4 chosen: %5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/change_dialog.py" line="159" />
        <source>共 %1 人，符合条件的 %2 人排在前面；显示 %3 人。已选 %4 人</source>
        <translation>%1 people, the %2 eligible first; %3 shown. %4 chosen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/change_dialog.py" line="168" />
        <source>没有姓名、部门或专业含“%1”的人员</source>
        <translation>Nobody whose name, department or specialty has “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/change_dialog.py" line="175" />
        <source>补抽替换</source>
        <translation>Replace member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/change_dialog.py" line="176" />
        <source>人工指定踏勘组</source>
        <translation>Assign the team by hand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/change_dialog.py" line="177" />
        <source>改期</source>
        <translation>Reschedule</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/change_dialog.py" line="178" />
        <source>延期</source>
        <translation>Postpone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/change_dialog.py" line="179" />
        <source>取消踏勘</source>
        <translation>Cancel inspection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/change_dialog.py" line="185" />
        <source>按本次抽取公布的备选顺序递补，其余安排不变；申报回避的将记入回避关系。</source>
        <translation>The first backup in the draw's published order steps in; nothing else changes. A declared conflict is recorded as a recusal tie.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/change_dialog.py" line="188" />
        <source>人工指定须符合全部规则（人数、责任部门、专业、回避、请假、冲突、每日上限），理由记入抽取记录。</source>
        <translation>A team set by hand must keep every rule (size, department, specialties, recusal, leave, clashes, daily limit); the reason goes into the draw log.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/change_dialog.py" line="191" />
        <source>原踏勘组改到时间窗内的另一个半天，须全体有空。</source>
        <translation>The same team at another half-day of the window; everyone must be free.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/change_dialog.py" line="192" />
        <source>退回待安排，按新的时间窗参加下一次抽取。</source>
        <translation>Back to the pending requests; the next draw plans it in the new window.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/change_dialog.py" line="193" />
        <source>取消后不再安排；记录保留。</source>
        <translation>No longer planned; the record stays.</translation>
    </message>
</context>
<context>
    <name>InspectorDialog</name>
    <message>
        <location filename="../../desktop/ui/inspections/pool_dialogs.py" line="61" />
        <source>新增踏勘人员</source>
        <translation>Add inspector</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_dialogs.py" line="61" />
        <source>修改踏勘人员</source>
        <translation>Change inspector</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_dialogs.py" line="83" />
        <source> 次/日</source>
        <translation> a day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_dialogs.py" line="84" />
        <source>姓名：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_dialogs.py" line="85" />
        <source>所在部门：</source>
        <translation>Department:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_dialogs.py" line="86" />
        <source>专业（勾选）：</source>
        <translation>Specialties (tick):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_dialogs.py" line="87" />
        <source>职称：</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_dialogs.py" line="88" />
        <source>电话：</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_dialogs.py" line="89" />
        <source>每日踏勘上限：</source>
        <translation>Daily inspection limit:</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <location filename="../../desktop/ui/admin/item_editor.py" line="70" />
        <source>编辑事项</source>
        <translation>Edit item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/item_editor.py" line="70" />
        <source>新增事项</source>
        <translation>New item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/item_editor.py" line="98" />
        <source>添加材料</source>
        <translation>Add material</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/item_editor.py" line="100" />
        <source>删除所选材料</source>
        <translation>Delete selected materials</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/item_editor.py" line="108" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/item_editor.py" line="109" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/item_editor.py" line="114" />
        <source>申请材料：</source>
        <translation>Materials:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/item_editor.py" line="123" />
        <source>申请材料</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/item_editor.py" line="124" />
        <source>踏勘检查要点</source>
        <translation>Inspection checklist</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/item_editor.py" line="141" />
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/item_editor.py" line="141" />
        <source>检查要点</source>
        <translation>Check point</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/item_editor.py" line="141" />
        <source>重大事项</source>
        <translation>Major</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/item_editor.py" line="150" />
        <source>添加检查要点</source>
        <translation>Add check point</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/item_editor.py" line="152" />
        <source>删除所选要点</source>
        <translation>Remove selected points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/item_editor.py" line="155" />
        <source>需现场踏勘的事项，踏勘组按这些要点逐项检查并记录：</source>
        <translation>For items inspected on site, the team checks and records each of these points:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/item_editor.py" line="210" />
        <source>正在保存……</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>JointDialog</name>
    <message>
        <location filename="../../desktop/ui/inspections/joint_dialog.py" line="20" />
        <source>联合踏勘</source>
        <translation>Joint inspection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/joint_dialog.py" line="24" />
        <source>%1 的现场踏勘一并服务下列同一项目、同一阶段的办件（一次踏勘，结论共用）：</source>
        <translation>The site inspection of %1 also serves these cases of the same project and stage (one visit, one conclusion):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/joint_dialog.py" line="31" />
        <source>（未认领）</source>
        <translation>(not claimed)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/joint_dialog.py" line="44" />
        <source>并入联合踏勘</source>
        <translation>Join the inspection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/joint_dialog.py" line="45" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="79" />
        <source>正在打开数据库……</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="81" />
        <location filename="../../desktop/ui/app.py" line="134" />
        <location filename="../../desktop/ui/app.py" line="174" />
        <source>审批工作台</source>
        <translation>Approval Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="94" />
        <source>正在准备演示数据（约需十秒）……</source>
        <translation>Preparing the demo data (about ten seconds)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="118" />
        <source>管理员账号已建立，请登录</source>
        <translation>The administrator account is ready: please sign in</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../../desktop/ui/inspections/pool_dialogs.py" line="120" />
        <source>登记请假或公务：%1</source>
        <translation>Record leave or duties: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_dialogs.py" line="126" />
        <source>全天</source>
        <translation>Whole day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_dialogs.py" line="127" />
        <source>上午</source>
        <translation>morning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_dialogs.py" line="128" />
        <source>下午</source>
        <translation>afternoon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_dialogs.py" line="131" />
        <source>首日：</source>
        <translation>First day:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_dialogs.py" line="132" />
        <source>末日：</source>
        <translation>Last day:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_dialogs.py" line="133" />
        <source>半天：</source>
        <translation>Half-day:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_dialogs.py" line="134" />
        <source>事由：</source>
        <translation>Subject:</translation>
    </message>
</context>
<context>
    <name>LicencesView</name>
    <message>
        <location filename="../../desktop/ui/supervision/licences_view.py" line="45" />
        <source>改为统计期间内到期</source>
        <translation>Ending within the period instead</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/licences_view.py" line="50" />
        <source> 天内到期</source>
        <translation> days ahead</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/licences_view.py" line="52" />
        <source>有效许可证：</source>
        <translation>Licences in force expiring within:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/licences_view.py" line="58" />
        <source>到期提醒</source>
        <translation>Expiry reminders</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/licences_view.py" line="59" />
        <source>查看许可证……</source>
        <translation>Look up a licence…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/licences_view.py" line="60" />
        <source>导出提醒名单……</source>
        <translation>Export reminder list…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/licences_view.py" line="75" />
        <source>%1 到期的许可证</source>
        <translation>Licences ending %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/licences_view.py" line="88" />
        <source>许可证 %1：%2，共 %3 个版本</source>
        <translation>Licence %1: %2, %3 versions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/licences_view.py" line="95" />
        <source>%1 有 %2 张许可证到期（未延续、未变更）</source>
        <translation>%1: %2 licences end (neither renewed nor changed)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/licences_view.py" line="101" />
        <source>%1 张有效许可证将在 %2 天内到期（红色：已不足三十天，来不及申请延续）</source>
        <translation>%1 licences in force expire within %2 days (red: fewer than thirty days left, too late to apply for renewal)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/licences_view.py" line="117" />
        <source>查看许可证</source>
        <translation>Look up a licence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/licences_view.py" line="117" />
        <source>许可证编号或文号：</source>
        <translation>Licence or document number:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/licences_view.py" line="140" />
        <source>许可证到期提醒</source>
        <translation>Licence expiry reminders</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="78" />
        <source>审批工作台 — %1</source>
        <translation>Approval Desk — %1</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="9" />
        <source>审批工作台</source>
        <translation>Approval Desk</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="40" />
        <source>搜索：受理编号、申请人名称、身份证号码或统一社会信用代码（Ctrl+F）</source>
        <translation>Search: case number, applicant name, resident ID or credit code (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="76" />
        <source>操作</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="95" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="96" />
        <source>重新读取办件和计数（F5）</source>
        <translation>Read the cases and counts again (F5)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="97" />
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="100" />
        <source>全局查找</source>
        <translation>Find anywhere</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="101" />
        <source>在您可以查看的全部办件中查找，不限于当前视图（Ctrl+Shift+F）</source>
        <translation>Find among every case you may see, not only the current view (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="102" />
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="105" />
        <source>打开办件</source>
        <translation>Open case</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="106" />
        <source>在办理窗口中打开选中的办件（回车或双击）</source>
        <translation>Open the selected case's workbench (Enter or double-click)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="107" />
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="111" />
        <source>快捷键</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="112" />
        <source>全部操作及其快捷键（F1）</source>
        <translation>Every action and its keys (F1)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="113" />
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="116" />
        <source>关于审批工作台</source>
        <translation>About Approval Desk</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="119" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="120" />
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="123" />
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="124" />
        <source>按编号、申请人或证件号搜索（Ctrl+F）</source>
        <translation>Search by number, applicant or ID (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="125" />
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="128" />
        <location filename="../../desktop/ui/main_window.py" line="321" />
        <source>保存筛选</source>
        <translation>Save filter</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="129" />
        <source>把当前视图、搜索和排序存为“我的筛选”（Ctrl+S）</source>
        <translation>Save the current view, search and sorting as one of "My filters" (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="130" />
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="133" />
        <source>删除筛选</source>
        <translation>Delete filter</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="134" />
        <source>删除左侧选中的“我的筛选”（Delete）</source>
        <translation>Delete the filter selected on the left (Delete)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="135" />
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="139" />
        <source>我的督办</source>
        <translation>My urges</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="140" />
        <source>发给我的督办通知：查看、打开办件、确认收到（Ctrl+Shift+U）</source>
        <translation>Urges sent to me: read them, open the case, acknowledge (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="141" />
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="144" />
        <source>发证窗口</source>
        <translation>Certificate window</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="145" />
        <source>制发、打印决定书和许可证，登记出件（Ctrl+Shift+W）</source>
        <translation>Issue and print decisions and licences, record hand-overs (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="146" />
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="149" />
        <source>核验文书</source>
        <translation>Verify document</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="150" />
        <source>核验文书 PDF 或二维码（Ctrl+Shift+V）</source>
        <translation>Verify a document's PDF or QR code (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="151" />
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="154" />
        <source>踏勘协调</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="155" />
        <source>踏勘日历、待安排申请、抽取与调整（Ctrl+Shift+I）</source>
        <translation>Inspection calendar, pending requests, draws and changes (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="156" />
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="159" />
        <source>系统管理</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="160" />
        <source>事项目录、节假日、单位信息、督办时限、前台受理导入（Ctrl+Shift+M）</source>
        <translation>Item catalogue, holidays, bureau profile, supervision limits, front-desk import (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="161" />
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="100" />
        <source>%1（%2） · %3</source>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="170" />
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="171" />
        <source>办件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="173" />
        <source>视图</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="183" />
        <source>工具</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="192" />
        <source>帮助</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="308" />
        <source>我的筛选</source>
        <translation>My filters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="321" />
        <source>名称：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="395" />
        <source>收到新的督办通知：点“我的督办”（Ctrl+Shift+U）查看并确认收到</source>
        <translation>A new urge has arrived: open “My urges” (Ctrl+Shift+U) to read and acknowledge it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="410" />
        <source>（程序会自动重试）</source>
        <translation> (retrying automatically)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="415" />
        <source>正在加载……</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="417" />
        <source>已加载 %1 件</source>
        <translation>%1 cases loaded</translation>
    </message>
</context>
<context>
    <name>MenuBar</name>
    <message>
        <location filename="../../desktop/ui/menu_bar.py" line="60" />
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menu_bar.py" line="65" />
        <source>办理窗口</source>
        <translation>Workbench</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menu_bar.py" line="68" />
        <source>对话框</source>
        <translation>Dialogs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menu_bar.py" line="70" />
        <source>确定（意见对话框）</source>
        <translation>OK (opinion dialogs)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menu_bar.py" line="72" />
        <source>取消、关闭（含文书预览）</source>
        <translation>Cancel, close (the document preview too)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menu_bar.py" line="81" />
        <location filename="../../desktop/ui/menu_bar.py" line="87" />
        <source>快捷键</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menu_bar.py" line="85" />
        <source>位置</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menu_bar.py" line="86" />
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menu_bar.py" line="100" />
        <source>菜单中的每项操作也可用下列按键完成：</source>
        <translation>Every action in the menus can also be done with these keys:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menu_bar.py" line="109" />
        <source>PostgreSQL 服务器</source>
        <translation>PostgreSQL server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menu_bar.py" line="111" />
        <source>内置数据库（SQLite）</source>
        <translation>Embedded database (SQLite)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menu_bar.py" line="114" />
        <source>审批工作台 %1</source>
        <translation>Approval Desk %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menu_bar.py" line="116" />
        <source>行政审批服务局后台审批：分类审批、现场踏勘、制证出件、督办统计。</source>
        <translation>The back office of an administrative approval service bureau: classified approval, site inspections, certificates and hand-over, supervision and statistics.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menu_bar.py" line="120" />
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menu_bar.py" line="124" />
        <source>当前用户：%1（%2）</source>
        <translation>Signed in: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menu_bar.py" line="134" />
        <source>关于审批工作台</source>
        <translation>About Approval Desk</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/queues/navigation.py" line="29" />
        <source>办件队列</source>
        <translation>Case queues</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/navigation.py" line="47" />
        <source>我的筛选</source>
        <translation>My filters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/navigation.py" line="75" />
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>NewTicketDialog</name>
    <message>
        <location filename="../../desktop/ui/supervision/ticket_dialog.py" line="29" />
        <source>登记来电或投诉</source>
        <translation>Register a call or complaint</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/ticket_dialog.py" line="32" />
        <source>热线咨询</source>
        <translation>Hotline question</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/ticket_dialog.py" line="33" />
        <source>投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/ticket_dialog.py" line="38" />
        <source>受理编号、申请人名称或证件号码</source>
        <translation>Case number, applicant name or ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/ticket_dialog.py" line="40" />
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/ticket_dialog.py" line="43" />
        <location filename="../../desktop/ui/supervision/ticket_dialog.py" line="70" />
        <source>（不关联办件）</source>
        <translation>(no case)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/ticket_dialog.py" line="48" />
        <source>类型：</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/ticket_dialog.py" line="49" />
        <source>来电人：</source>
        <translation>Caller:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/ticket_dialog.py" line="50" />
        <source>电话：</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/ticket_dialog.py" line="51" />
        <source>事由：</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/ticket_dialog.py" line="52" />
        <source>详细内容：</source>
        <translation>Details:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/ticket_dialog.py" line="53" />
        <source>查找办件：</source>
        <translation>Find case:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/ticket_dialog.py" line="54" />
        <source>关联办件：</source>
        <translation>Case:</translation>
    </message>
</context>
<context>
    <name>NoticesView</name>
    <message>
        <location filename="../../desktop/ui/supervision/notices_view.py" line="34" />
        <source>发送本期抄告……</source>
        <translation>Send notice for the period…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/notices_view.py" line="35" />
        <source>登记回执……</source>
        <translation>Record receipt…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/notices_view.py" line="36" />
        <source>导出抄告清单……</source>
        <translation>Export notice list…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/notices_view.py" line="37" />
        <source>抄告函……</source>
        <translation>Letter…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/notices_view.py" line="59" />
        <source>%1 的准予许可办件均已抄告</source>
        <translation>Every approval of %1 has been reported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/notices_view.py" line="63" />
        <source>待抄告（%1）：%2</source>
        <translation>To report (%1): %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/notices_view.py" line="68" />
        <source>本期没有待抄告的办件</source>
        <translation>Nothing to report for the period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/notices_view.py" line="71" />
        <source>%1（%2 件）</source>
        <translation>%1 (%2 cases)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/notices_view.py" line="75" />
        <source>发送抄告</source>
        <translation>Send result notice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/notices_view.py" line="75" />
        <source>抄告部门：</source>
        <translation>Department:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/notices_view.py" line="84" />
        <source>已发送 %1，共 %2 件</source>
        <translation>Sent %1 with %2 cases</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/notices_view.py" line="91" />
        <location filename="../../desktop/ui/supervision/notices_view.py" line="106" />
        <location filename="../../desktop/ui/supervision/notices_view.py" line="118" />
        <source>请先选择一份抄告</source>
        <translation>Select a notice first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/notices_view.py" line="95" />
        <source>登记回执 %1</source>
        <translation>Receipt for %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/notices_view.py" line="95" />
        <source>部门签收人：</source>
        <translation>Received by:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/notices_view.py" line="101" />
        <source>已登记回执</source>
        <translation>Receipt recorded</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../desktop/ui/pdf_preview.py" line="47" />
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_preview.py" line="48" />
        <location filename="../../desktop/ui/pdf_preview.py" line="83" />
        <source>另存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_preview.py" line="49" />
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_preview.py" line="50" />
        <source>放大</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_preview.py" line="51" />
        <source>缩小</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_preview.py" line="63" />
        <source>共 %1 页</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_preview.py" line="83" />
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_preview.py" line="87" />
        <source>已保存到 %1</source>
        <translation>Saved to %1</translation>
    </message>
</context>
<context>
    <name>PerformanceView</name>
    <message>
        <location filename="../../desktop/ui/supervision/performance_view.py" line="45" />
        <source>人员排名</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/performance_view.py" line="46" />
        <source>部门排名</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/performance_view.py" line="58" />
        <source>考核期间：</source>
        <translation>Assessment period: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/performance_view.py" line="60" />
        <source>  排名：</source>
        <translation>  Rank: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/performance_view.py" line="83" />
        <source>工具栏所选期间</source>
        <translation>The toolbar's period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/performance_view.py" line="89" />
        <source>得分 = 100 + 按时决定、按时答复工单、评价得分（非常满意 +2 … 非常不满意 −2）的加分 − 超期决定、红黄牌、被督办、被投诉的扣分，各按管理员设定的权重；部门得分按人员平均。考核周期：%1。</source>
        <translation>Score = 100 + points for on-time decisions, tickets answered in time and ratings (very satisfied +2 … very dissatisfied −2) − points for late decisions, red and yellow cases, urges and complaints, each by the weight the admin set; a department scores its people's average. Assessment period: %1.</translation>
    </message>
</context>
<context>
    <name>PeriodReportAction</name>
    <message>
        <location filename="../../desktop/ui/supervision/report_action.py" line="42" />
        <source>生成工作报告</source>
        <translation>Make the work report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/report_action.py" line="44" />
        <source>PDF 报告 (*.pdf);;Excel 数据表 (*.xlsx)</source>
        <translation>PDF report (*.pdf);;Excel data (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/report_action.py" line="56" />
        <source>正在生成 %1 的工作报告……</source>
        <translation>Making the work report for %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/report_action.py" line="73" />
        <source>工作报告已保存到 %1</source>
        <translation>Work report saved to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/report_action.py" line="78" />
        <source>未能生成工作报告</source>
        <translation>Could not make the work report</translation>
    </message>
</context>
<context>
    <name>PoolTab</name>
    <message>
        <location filename="../../desktop/ui/inspections/pool_tab.py" line="63" />
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_tab.py" line="64" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_tab.py" line="65" />
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_tab.py" line="66" />
        <source>专业</source>
        <translation>Specialties</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_tab.py" line="67" />
        <source>职称</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_tab.py" line="68" />
        <source>每日上限</source>
        <translation>Daily limit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_tab.py" line="69" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_tab.py" line="70" />
        <source>请假与公务</source>
        <translation>Leave and duties</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_tab.py" line="71" />
        <source>回避关系</source>
        <translation>Recusal ties</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_tab.py" line="80" />
        <source>按姓名、部门、专业、请假或回避关系筛选</source>
        <translation>Filter by name, department, specialty, leave or recusal tie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_tab.py" line="93" />
        <source>新增人员…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_tab.py" line="94" />
        <source>修改部门与专业…</source>
        <translation>Change department and specialties…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_tab.py" line="95" />
        <source>移出或恢复</source>
        <translation>Retire or reinstate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_tab.py" line="96" />
        <source>登记请假…</source>
        <translation>Record leave…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_tab.py" line="97" />
        <source>登记回避关系…</source>
        <translation>Record recusal tie…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_tab.py" line="98" />
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_tab.py" line="99" />
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_tab.py" line="118" />
        <source>正在读取……</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_tab.py" line="123" />
        <source>在库</source>
        <translation>in the pool</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_tab.py" line="123" />
        <source>已移出</source>
        <translation>retired</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_tab.py" line="149" />
        <source>请先选择一名踏勘人员</source>
        <translation>Select an inspector first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_tab.py" line="158" />
        <source>已新增踏勘人员</source>
        <translation>Inspector added</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_tab.py" line="170" />
        <source>已保存：此后开启的抽取按新资料进行</source>
        <translation>Saved: draws opened from now on use it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_tab.py" line="178" />
        <source>将%1移出人才库？此后的抽取不再抽到。</source>
        <translation>Retire %1 from the pool? Later draws will not pick them.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_tab.py" line="180" />
        <source>将%1恢复到人才库？</source>
        <translation>Take %1 back into the pool?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_tab.py" line="182" />
        <source>踏勘人才库</source>
        <translation>Inspector pool</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_tab.py" line="190" />
        <source>%1已恢复到人才库</source>
        <translation>%1 is back in the pool</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_tab.py" line="190" />
        <source>%1已移出人才库</source>
        <translation>%1 has left the pool</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_tab.py" line="204" />
        <source>已登记 %1 个半天：此后开启的抽取避开</source>
        <translation>%1 half-days recorded: draws opened from now on avoid them</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_tab.py" line="218" />
        <source>已登记回避关系：此后开启的抽取回避</source>
        <translation>Recusal tie recorded: draws opened from now on respect it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_tab.py" line="225" />
        <source>导出踏勘人才库</source>
        <translation>Export the inspector pool</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_tab.py" line="225" />
        <location filename="../../desktop/ui/inspections/pool_tab.py" line="239" />
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_tab.py" line="232" />
        <source>已导出到 %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_tab.py" line="233" />
        <source>正在导出……</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_tab.py" line="239" />
        <source>导入踏勘人才库</source>
        <translation>Import the inspector pool</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_tab.py" line="247" />
        <source>正在校验并导入……</source>
        <translation>Checking and importing…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_tab.py" line="253" />
        <source>……共 %1 行有误</source>
        <translation>… %1 rows in all have problems</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_tab.py" line="256" />
        <source>新增 %1 人，更新 %2 人，未变 %3 人。</source>
        <translation>%1 added, %2 changed, %3 unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_tab.py" line="262" />
        <source>导入完成</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_tab.py" line="268" />
        <source>文件中有错误行</source>
        <translation>The file has rows with problems</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_tab.py" line="269" />
        <source>以下各行有误，尚未导入任何内容：</source>
        <translation>These rows have problems; nothing has been imported:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_tab.py" line="273" />
        <source>是否只导入无误的行？（选“否”则不导入，请修改文件后重新导入）</source>
        <translation>Import only the rows without problems? (No imports nothing: correct the file and import it again)</translation>
    </message>
</context>
<context>
    <name>PrintQueue</name>
    <message>
        <location filename="../../forms/print_queue.ui" line="6" />
        <source>发证窗口</source>
        <translation>Certificate window</translation>
    </message>
    <message>
        <location filename="../../forms/print_queue.ui" line="11" />
        <source>已作出决定、等待制证或出件的办件。可多选后一次制发并打印；打印在后台进行，窗口可照常使用。</source>
        <translation>Decided cases waiting for their documents or hand-over. Select several to issue and print them in one go; printing runs in the background while you work.</translation>
    </message>
    <message>
        <location filename="../../forms/print_queue.ui" line="16" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../forms/print_queue.ui" line="17" />
        <source>制发并打印所选（Ctrl+P）</source>
        <translation>Issue and print selected (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../forms/print_queue.ui" line="17" />
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location filename="../../forms/print_queue.ui" line="18" />
        <source>登记出件…</source>
        <translation>Record hand-over…</translation>
    </message>
    <message>
        <location filename="../../forms/print_queue.ui" line="19" />
        <source>核验文书…</source>
        <translation>Verify a document…</translation>
    </message>
    <message>
        <location filename="../../forms/print_queue.ui" line="21" />
        <source>查找：</source>
        <translation>Find:</translation>
    </message>
    <message>
        <location filename="../../forms/print_queue.ui" line="25" />
        <source>受理编号、申请人或文书编号（Ctrl+F）</source>
        <translation>Case number, applicant or document number (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print_queue.py" line="37" />
        <source>受理编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print_queue.py" line="38" />
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print_queue.py" line="39" />
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print_queue.py" line="40" />
        <source>决定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print_queue.py" line="41" />
        <source>决定日期</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print_queue.py" line="42" />
        <source>已制发</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print_queue.py" line="43" />
        <source>待制发</source>
        <translation>To issue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print_queue.py" line="53" />
        <source>窗口现场审批…</source>
        <translation>On-the-spot approval…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print_queue.py" line="65" />
        <source>正在读取……</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print_queue.py" line="90" />
        <source>准予许可</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print_queue.py" line="90" />
        <source>不予许可</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print_queue.py" line="104" />
        <source>共 %1 件</source>
        <translation>%1 cases</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print_queue.py" line="107" />
        <source>共 %1 件，符合查找条件的 %2 件</source>
        <translation>%1 cases, %2 matching</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print_queue.py" line="113" />
        <source>共 %1 件，没有符合“%2”的办件：请检查受理编号、申请人或文书编号</source>
        <translation>%1 cases, none matching “%2”: check the case number, applicant or document number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print_queue.py" line="129" />
        <source>请先选择尚待制发文书的办件</source>
        <translation>Select cases that still need documents first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print_queue.py" line="161" />
        <source>连接中断，正在重试（第 %1 次）……已制发 %2/%3 件，不会重复制发</source>
        <translation>Connection lost, retrying (attempt %1)… %2 of %3 cases issued; none will be issued twice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print_queue.py" line="164" />
        <source>正在制发：%1/%2 件</source>
        <translation>Issuing: %1 of %2 cases</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print_queue.py" line="177" />
        <source>已完成的 %1 件已保存；连接恢复后请点“刷新”，再制发其余办件</source>
        <translation>The %1 cases done are saved; when the connection is back, press Refresh, then issue the others</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print_queue.py" line="187" />
        <source>已制发 %1 份文书</source>
        <translation>%1 documents issued</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print_queue.py" line="189" />
        <source>未能制发：</source>
        <translation>Could not issue:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print_queue.py" line="193" />
        <source>打印文书</source>
        <translation>Print documents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print_queue.py" line="204" />
        <source>%1 已当场准予并制发文书：打印后请为申请人登记出件</source>
        <translation>%1 was approved on the spot and its documents issued: after printing, record the hand-over to the applicant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print_queue.py" line="213" />
        <source>请选择一件办件登记出件</source>
        <translation>Select one case to record its hand-over</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print_queue.py" line="228" />
        <source>登记出件</source>
        <translation>Record hand-over</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print_queue.py" line="232" />
        <source>已登记出件，正在打印送达回证</source>
        <translation>Hand-over recorded; printing the proof of delivery</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print_queue.py" line="234" />
        <source>送达回证</source>
        <translation>Proof of delivery</translation>
    </message>
</context>
<context>
    <name>ProjectPanel</name>
    <message>
        <location filename="../../desktop/ui/workbench/project_panel.py" line="61" />
        <source>本项目的其他办件（各部门并联审批）：</source>
        <translation>The project's other cases (reviewed in parallel by the departments):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/project_panel.py" line="64" />
        <source>打开所选办件</source>
        <translation>Open selected case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/project_panel.py" line="66" />
        <source>进入下一阶段…</source>
        <translation>Move to next stage…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/project_panel.py" line="74" />
        <location filename="../../desktop/ui/workbench/project_panel.py" line="124" />
        <source>工程建设项目</source>
        <translation>Construction project</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/project_panel.py" line="93" />
        <source>阶段时限 %1 个工作日，应于 %2 前完成，已用 %3 个工作日（%4）</source>
        <translation>Stage limit %1 working days, due by %2, %3 working days used (%4)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/project_panel.py" line="102" />
        <source>项目 %1  %2</source>
        <translation>Project %1  %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/project_panel.py" line="103" />
        <source>建设单位：%1（%2）  建设地点：%3</source>
        <translation>Builder: %1 (%2)  Site: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/project_panel.py" line="107" />
        <source>当前阶段：%1（自 %2 起）  %3  %4</source>
        <translation>Current stage: %1 (since %2)  %3  %4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/project_panel.py" line="124" />
        <source>请先选择一件办件</source>
        <translation>Select a case first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/project_panel.py" line="142" />
        <location filename="../../desktop/ui/workbench/project_panel.py" line="154" />
        <source>进入下一阶段</source>
        <translation>Move to next stage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/project_panel.py" line="143" />
        <source>项目 %1 由“%2”阶段进入“%3”阶段？</source>
        <translation>Move project %1 from “%2” to “%3”?</translation>
    </message>
</context>
<context>
    <name>ProjectRows</name>
    <message>
        <location filename="../../desktop/ui/project_rows.py" line="17" />
        <source>按时</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_rows.py" line="18" />
        <source>预警</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_rows.py" line="19" />
        <source>超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_rows.py" line="22" />
        <location filename="../../desktop/ui/project_rows.py" line="34" />
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_rows.py" line="23" />
        <location filename="../../desktop/ui/project_rows.py" line="37" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_rows.py" line="24" />
        <source>办件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_rows.py" line="25" />
        <source>未办结</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_rows.py" line="26" />
        <source>开始</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_rows.py" line="27" />
        <source>时限（工作日）</source>
        <translation>Limit (working days)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_rows.py" line="28" />
        <source>应完成</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_rows.py" line="29" />
        <source>完成</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_rows.py" line="30" />
        <source>阶段计时</source>
        <translation>Stage clock</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_rows.py" line="33" />
        <source>受理编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_rows.py" line="35" />
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_rows.py" line="36" />
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_rows.py" line="38" />
        <source>承办人</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_rows.py" line="39" />
        <source>承诺期限</source>
        <translation>Promised by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_rows.py" line="40" />
        <source>决定日</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_rows.py" line="42" />
        <source>（不予许可）</source>
        <translation> (refused)</translation>
    </message>
</context>
<context>
    <name>ProjectsView</name>
    <message>
        <location filename="../../desktop/ui/supervision/projects_view.py" line="42" />
        <source>项目阶段清单</source>
        <translation>Project stages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/projects_view.py" line="43" />
        <source>各阶段汇总</source>
        <translation>Per stage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/projects_view.py" line="64" />
        <source>%1：%2 个</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/projects_view.py" line="68" />
        <source>%1 有 %2 个项目阶段在计时（%3）；超期 %4 个，预警 %5 个</source>
        <translation>%1: %2 project stages timed (%3); %4 overdue, %5 warned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/projects_view.py" line="71" />
        <source>，</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>PromisesPanel</name>
    <message>
        <location filename="../../desktop/ui/workbench/promises_panel.py" line="57" />
        <source>材料</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/promises_panel.py" line="58" />
        <source>承诺补交日期</source>
        <translation>Promised by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/promises_panel.py" line="59" />
        <source>未补交可先发证</source>
        <translation>Licence may go out first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/promises_panel.py" line="60" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/promises_panel.py" line="61" />
        <source>补交日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/promises_panel.py" line="62" />
        <source>登记人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/promises_panel.py" line="68" />
        <source>申请人签署了容缺受理承诺书，承诺在下列日期前补交材料；未补交且不可先发证的材料补交前，不能制发许可证。</source>
        <translation>The applicant signed a letter promising to hand in these materials by the days shown; the licence cannot be issued while a material that may not go out first is missing.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/promises_panel.py" line="78" />
        <source>登记补交</source>
        <translation>Record received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/promises_panel.py" line="79" />
        <source>所选材料今日已收到：登记补交</source>
        <translation>The selected material came in today: record it received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/promises_panel.py" line="89" />
        <location filename="../../desktop/ui/workbench/promises_panel.py" line="110" />
        <source>容缺承诺</source>
        <translation>Promised materials</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/promises_panel.py" line="94" />
        <source>是</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/promises_panel.py" line="94" />
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/promises_panel.py" line="112" />
        <source>容缺承诺（%1 项逾期）</source>
        <translation>Promised materials (%1 overdue)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/promises_panel.py" line="143" />
        <source>未能登记补交</source>
        <translation>Could not record the receipt</translation>
    </message>
</context>
<context>
    <name>PromisesView</name>
    <message>
        <location filename="../../desktop/ui/supervision/promises_view.py" line="39" />
        <source>发起撤销……</source>
        <translation>Start revocation…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/promises_view.py" line="62" />
        <source>%1 应补交的容缺材料 %2 项：按期补交 %3 项，逾期补交 %4 项，逾期未交 %5 项，未到期 %6 项。下表（红色）为目前所有逾期未交的材料，共 %7 项。</source>
        <translation>%1: %2 promised materials were due: %3 received on time, %4 received late, %5 overdue, %6 not yet due. Below (in red) every material overdue today, %7 in all.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/promises_view.py" line="75" />
        <source>请先选择一项逾期未交的材料</source>
        <translation>Select an overdue material first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/promises_view.py" line="81" />
        <location filename="../../desktop/ui/supervision/promises_view.py" line="89" />
        <source>发起撤销</source>
        <translation>Start revocation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/promises_view.py" line="82" />
        <source>办件 %1 尚未发放许可证，无须撤销：请督促承办人依法处理本件。</source>
        <translation>No licence was issued for case %1, so there is nothing to revoke: ask its handler to deal with the case as the law provides.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/promises_view.py" line="91" />
        <source>申请人未按承诺补交“%1”（承诺 %2 前补交）。是否对许可证 %3 发起撤销？撤销办件将进入待认领，由承办人依法审查决定。</source>
        <translation>The applicant did not hand in “%1” as promised (by %2). Start revoking licence %3? The revocation case goes to the pool, for a handler to review and decide.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/promises_view.py" line="104" />
        <source>已发起撤销：办件 %1 已进入待认领</source>
        <translation>Revocation started: case %1 is in the pool</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../desktop/ui/queues/queue_model.py" line="108" />
        <source>受理编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/queue_model.py" line="116" />
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/queue_model.py" line="122" />
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/queue_model.py" line="128" />
        <source>项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/queue_model.py" line="135" />
        <source>受理日期</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/queue_model.py" line="142" />
        <source>承诺期限</source>
        <translation>Due (promised)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/queue_model.py" line="149" />
        <source>剩余工作日</source>
        <translation>Working days left</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/queue_model.py" line="154" />
        <source>预警</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/queue_model.py" line="157" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/queue_model.py" line="164" />
        <source>承办人</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/queue_model.py" line="169" />
        <source>督办</source>
        <translation>Urged</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/queue_model.py" line="97" />
        <source>黄牌</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/queue_model.py" line="98" />
        <source>红牌</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/queue_model.py" line="55" />
        <source>【绿】</source>
        <translation>[G] </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/queue_model.py" line="61" />
        <source>（暂定）</source>
        <translation> (prov.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/queue_model.py" line="69" />
        <source>暂停计时</source>
        <translation>Clock paused</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/queue_model.py" line="81" />
        <source>待确认</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/queue_model.py" line="92" />
        <source>%1临近到期</source>
        <translation>%1 due soon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/queue_model.py" line="93" />
        <source>%1超时</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/queue_model.py" line="171" />
        <source>环节</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/queue_model.py" line="183" />
        <source>环节期限</source>
        <translation>Step due</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/queue_model.py" line="190" />
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/queue_model.py" line="349" />
        <source>申请人：</source>
        <translation>Applicant: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/queue_model.py" line="352" />
        <source>绿色通道：优先办理</source>
        <translation>Green channel: handle first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/queue_model.py" line="355" />
        <source>期限为暂定：所跨年份的节假日安排尚未公布</source>
        <translation>Provisional: the holiday calendar of a year it spans is not published yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/queue_model.py" line="359" />
        <source>已被督办，承办人尚未确认收到督办通知</source>
        <translation>Urged: the handler has not acknowledged the urge yet</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../desktop/ui/inspections/record_dialog.py" line="81" />
        <source>现场踏勘记录</source>
        <translation>On-site inspection record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/record_dialog.py" line="87" />
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/record_dialog.py" line="87" />
        <source>检查要点</source>
        <translation>Check point</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/record_dialog.py" line="87" />
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/record_dialog.py" line="87" />
        <source>情况说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/record_dialog.py" line="96" />
        <location filename="../../desktop/ui/inspections/record_dialog.py" line="175" />
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/record_dialog.py" line="115" />
        <source>保存记录</source>
        <translation>Save record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/record_dialog.py" line="117" />
        <source>添加照片或文件……</source>
        <translation>Add photo or file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/record_dialog.py" line="119" />
        <source>踏勘人员登录确认……</source>
        <translation>Inspector confirms by signing in…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/record_dialog.py" line="121" />
        <source>制发记录文书</source>
        <translation>Issue the record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/record_dialog.py" line="123" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/record_dialog.py" line="130" />
        <source>申请人代表：</source>
        <translation>Applicant's representative:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/record_dialog.py" line="133" />
        <source>整改期限：</source>
        <translation>Rectify by:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/record_dialog.py" line="136" />
        <source>踏勘结论：</source>
        <translation>Conclusion:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/record_dialog.py" line="137" />
        <source>情况综述：</source>
        <translation>Summary:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/record_dialog.py" line="139" />
        <source>照片和文件：</source>
        <translation>Photos and files:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/record_dialog.py" line="160" />
        <source>（复查）</source>
        <translation> (re-inspection)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/record_dialog.py" line="168" />
        <source>（重大事项）</source>
        <translation> (major)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/record_dialog.py" line="192" />
        <source>（已确认）</source>
        <translation> (confirmed)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/record_dialog.py" line="192" />
        <source>（未确认）</source>
        <translation> (not confirmed)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/record_dialog.py" line="195" />
        <source>踏勘组：</source>
        <translation>Team: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/record_dialog.py" line="253" />
        <source>正在办理……</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/record_dialog.py" line="272" />
        <source>记录已保存，请踏勘人员逐一登录确认</source>
        <translation>Record saved; each inspector now confirms it by signing in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/record_dialog.py" line="278" />
        <source>添加照片或文件</source>
        <translation>Add photo or file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/record_dialog.py" line="280" />
        <source>照片或文件 (*.jpg *.jpeg *.png *.pdf);;所有文件 (*)</source>
        <translation>Photos or files (*.jpg *.jpeg *.png *.pdf);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/record_dialog.py" line="291" />
        <source>已添加附件</source>
        <translation>File added</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/record_dialog.py" line="303" />
        <source>已确认</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/record_dialog.py" line="310" />
        <source>正在制发……</source>
        <translation>Issuing…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/record_dialog.py" line="320" />
        <source>已制发现场踏勘记录 %1</source>
        <translation>On-site inspection record %1 issued</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../desktop/ui/supervision/record_list_view.py" line="49" />
        <source>只看未办结</source>
        <translation>Open only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/record_list_view.py" line="93" />
        <source>未能办理</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/record_list_view.py" line="101" />
        <source>提示</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ScoringPage</name>
    <message>
        <location filename="../../desktop/ui/admin/scoring_page.py" line="50" />
        <source> 分</source>
        <translation> pts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/scoring_page.py" line="53" />
        <source>加</source>
        <translation>add</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/scoring_page.py" line="53" />
        <source>扣</source>
        <translation>deduct</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/scoring_page.py" line="58" />
        <source>考核周期：</source>
        <translation>Assessment period:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/scoring_page.py" line="61" />
        <source>得分 = 100 + 各项数量 × 权重（加分项加、扣分项减）。评价得分按每条评价计：非常满意 +2、满意 +1、基本满意 0、不满意 −1、非常不满意 −2。部门得分为其人员得分构成的平均。督办与统计窗口的“绩效考核”页按此排名。</source>
        <translation>Score = 100 + each count × its weight (added for gains, subtracted for deductions). Ratings count per rating: very satisfied +2, satisfied +1, fairly satisfied 0, dissatisfied −1, very dissatisfied −2. A department's score is the average of its people's parts. The supervision window's Performance tab ranks by it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/scoring_page.py" line="72" />
        <source>恢复默认权重</source>
        <translation>Default weights</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/scoring_page.py" line="74" />
        <source>保存绩效考核设置</source>
        <translation>Save the performance settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/scoring_page.py" line="92" />
        <source>正在读取……</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/scoring_page.py" line="124" />
        <source>正在保存……</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/scoring_page.py" line="132" />
        <source>绩效考核设置已保存，督办与统计窗口刷新后按新权重排名</source>
        <translation>Performance settings saved; the supervision window ranks by the new weights once refreshed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/scoring_page.py" line="135" />
        <source>绩效考核设置</source>
        <translation>Performance settings</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../forms/signin.ui" line="12" />
        <source>登录 — 审批工作台</source>
        <translation>Sign in — Approval Desk</translation>
    </message>
    <message>
        <location filename="../../forms/signin.ui" line="18" />
        <source>审批工作台</source>
        <translation>Approval Desk</translation>
    </message>
    <message>
        <location filename="../../forms/signin.ui" line="32" />
        <source>用户名：</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../forms/signin.ui" line="41" />
        <source>密码：</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin_dialog.py" line="32" />
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin_dialog.py" line="33" />
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin_dialog.py" line="34" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin_dialog.py" line="43" />
        <source>请输入用户名和密码</source>
        <translation>Please enter your user name and password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin_dialog.py" line="46" />
        <source>正在验证……</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>SiteRecordPanel</name>
    <message>
        <location filename="../../desktop/ui/workbench/site_record_panel.py" line="46" />
        <source>现场踏勘记录</source>
        <translation>On-site inspection record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/site_record_panel.py" line="51" />
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/site_record_panel.py" line="51" />
        <source>检查要点</source>
        <translation>Check point</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/site_record_panel.py" line="51" />
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/site_record_panel.py" line="51" />
        <source>情况说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/site_record_panel.py" line="55" />
        <source>踏勘人员</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/site_record_panel.py" line="55" />
        <source>单位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/site_record_panel.py" line="55" />
        <source>登录确认时间</source>
        <translation>Confirmed at (signed in)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/site_record_panel.py" line="76" />
        <source>查看盖章的踏勘记录</source>
        <translation>Open the sealed record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/site_record_panel.py" line="93" />
        <location filename="../../desktop/ui/workbench/site_record_panel.py" line="102" />
        <source>尚未安排现场踏勘，没有踏勘记录</source>
        <translation>No site inspection yet, so no inspection record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/site_record_panel.py" line="137" />
        <source>尚未填写</source>
        <translation>not filled in yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/site_record_panel.py" line="139" />
        <source>已由踏勘组全体确认</source>
        <translation>confirmed by the whole team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/site_record_panel.py" line="141" />
        <source>待踏勘人员确认</source>
        <translation>awaiting the inspectors' confirmation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/site_record_panel.py" line="143" />
        <source>结论：%1（%2）  申请人代表：%3</source>
        <translation>Conclusion: %1 (%2)  Applicant's representative: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/site_record_panel.py" line="144" />
        <location filename="../../desktop/ui/workbench/site_record_panel.py" line="146" />
        <source>未填写</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/site_record_panel.py" line="149" />
        <source>整改期限：%1</source>
        <translation>Rectify by: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/site_record_panel.py" line="151" />
        <source>本次为复查踏勘</source>
        <translation>This is a re-inspection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/site_record_panel.py" line="153" />
        <source>踏勘情况：%1</source>
        <translation>Findings: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/site_record_panel.py" line="159" />
        <source>（重大事项）</source>
        <translation> (major)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/site_record_panel.py" line="173" />
        <source>未确认</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/site_record_panel.py" line="181" />
        <source>文号：%1</source>
        <translation>Number: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/site_record_panel.py" line="183" />
        <source>踏勘记录尚未制发为盖章文书</source>
        <translation>The record has not been issued as a sealed document yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/site_record_panel.py" line="185" />
        <source>全体踏勘人员确认后才能制发盖章的踏勘记录</source>
        <translation>The sealed record can be issued once every inspector has confirmed it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/site_record_panel.py" line="191" />
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/site_record_panel.py" line="200" />
        <source>无照片或附件</source>
        <translation>No photos or files</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/site_record_panel.py" line="217" />
        <source>踏勘记录</source>
        <translation>Inspection record</translation>
    </message>
</context>
<context>
    <name>StageLimits</name>
    <message>
        <location filename="../../desktop/ui/admin/stage_limits.py" line="43" />
        <location filename="../../desktop/ui/admin/stage_limits.py" line="134" />
        <source>工程建设项目阶段时限</source>
        <translation>Construction project stage limits</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/stage_limits.py" line="47" />
        <source>各审批阶段内并联审批的时限（工作日），四个阶段合计不超过 %1 个工作日（国办发〔2019〕11号）。保存后所有项目的阶段时限立即按新值计算。</source>
        <translation>The limit for the parallel review within each approval stage (working days); the four stages together at most %1 working days (State Council Office Document 〔2019〕 No. 11). Once saved, every project's stage clocks use the new values.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/stage_limits.py" line="58" />
        <source> 个工作日</source>
        <translation> working days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/stage_limits.py" line="61" />
        <source>%1阶段：</source>
        <translation>%1 stage:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/stage_limits.py" line="68" />
        <source>恢复默认阶段时限</source>
        <translation>Restore default stage limits</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/stage_limits.py" line="70" />
        <source>填入默认时限（%1），保存后生效</source>
        <translation>Fill in the default limits (%1); they take effect once saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/stage_limits.py" line="72" />
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/stage_limits.py" line="78" />
        <source>保存阶段时限</source>
        <translation>Save stage limits</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/stage_limits.py" line="93" />
        <source>正在读取……</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/stage_limits.py" line="123" />
        <source>正在保存……</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/stage_limits.py" line="131" />
        <source>阶段时限已保存，各项目的阶段时限按新值计算</source>
        <translation>Stage limits saved: every project's stage clocks use the new values</translation>
    </message>
</context>
<context>
    <name>SupervisionCharts</name>
    <message>
        <location filename="../../desktop/ui/supervision/stats_charts.py" line="39" />
        <source>受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/stats_charts.py" line="40" />
        <source>办结</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/stats_charts.py" line="41" />
        <source>超期决定</source>
        <translation>Decided late</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/stats_charts.py" line="42" />
        <source>红牌（已超期）</source>
        <translation>red (overdue)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/stats_charts.py" line="43" />
        <source>黄牌（即将到期）</source>
        <translation>Yellow (due soon)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/stats_charts.py" line="44" />
        <source>环节超时</source>
        <translation>Late steps</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/stats_charts.py" line="45" />
        <source>环节临近到期</source>
        <translation>Step due soon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/stats_charts.py" line="48" />
        <source>月度趋势：受理、办结与按时办结率</source>
        <translation>Monthly trend: accepted, completed, on-time rate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/stats_charts.py" line="49" />
        <source>按队列：受理、办结、超期决定</source>
        <translation>By queue: accepted, completed, decided late</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/stats_charts.py" line="50" />
        <source>按部门：受理与办结（受理最多的 8 个部门）</source>
        <translation>By department: accepted and completed (the 8 busiest departments)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/stats_charts.py" line="54" />
        <source>电子监察：当前环节超时（承办人）</source>
        <translation>Supervision: late steps now (handlers)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/stats_charts.py" line="55" />
        <source>电子监察：当前环节超时（部门）</source>
        <translation>Supervision: late steps now (departments)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/stats_charts.py" line="51" />
        <source>电子监察：当前红黄牌（承办人）</source>
        <translation>Electronic supervision: red and yellow now (handlers)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/stats_charts.py" line="52" />
        <source>电子监察：当前红黄牌（部门）</source>
        <translation>Electronic supervision: red and yellow now (departments)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/stats_charts.py" line="53" />
        <source>按时办结率（%）</source>
        <translation>On-time rate (%)</translation>
    </message>
</context>
<context>
    <name>SupervisionLimits</name>
    <message>
        <location filename="../../desktop/ui/admin/supervision_limits.py" line="41" />
        <source>热线咨询答复时限：</source>
        <translation>Hotline answer limit:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/supervision_limits.py" line="42" />
        <source>热线咨询登记后，须在这些工作日内答复来电人</source>
        <translation>A hotline question is answered within this many working days of being recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/supervision_limits.py" line="45" />
        <source>投诉答复时限：</source>
        <translation>Complaint answer limit:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/supervision_limits.py" line="46" />
        <source>投诉登记后，须在这些工作日内答复投诉人</source>
        <translation>A complaint is answered within this many working days of being recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/supervision_limits.py" line="53" />
        <source>差评登记后，须在这些工作日内整改并回访申请人</source>
        <translation>A poor rating is fixed and the applicant answered within this many working days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/supervision_limits.py" line="54" />
        <source>差评整改回访时限：</source>
        <translation>Poor-rating follow-up limit:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/supervision_limits.py" line="56" />
        <source>抄告发出后超过这些工作日仍未登记回执的，标为逾期未确认</source>
        <translation>A result notice with no receipt recorded after this many working days is flagged as unconfirmed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/supervision_limits.py" line="58" />
        <source>抄告回执时限：</source>
        <translation>Result-notice receipt limit:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/supervision_limits.py" line="74" />
        <source> 个工作日</source>
        <translation> working days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/supervision_limits.py" line="83" />
        <source>正在读取……</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/supervision_limits.py" line="119" />
        <source>正在保存……</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/supervision_limits.py" line="127" />
        <source>督办时限已保存，此后登记的工单和差评按新时限计算</source>
        <translation>Limits saved: tickets and poor ratings recorded from now on use them</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/supervision_limits.py" line="130" />
        <source>督办时限</source>
        <translation>Supervision limits</translation>
    </message>
</context>
<context>
    <name>SupervisionWindow</name>
    <message>
        <location filename="../../desktop/ui/supervision/window.py" line="92" />
        <source>督办与统计 — 审批工作台</source>
        <translation>Supervision — Approval Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/window.py" line="101" />
        <source>按队列</source>
        <translation>By queue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/window.py" line="102" />
        <source>按部门</source>
        <translation>By department</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/window.py" line="103" />
        <source>按事项</source>
        <translation>By item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/window.py" line="104" />
        <source>按承办人</source>
        <translation>By handler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/window.py" line="130" />
        <source>统计看板</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/window.py" line="131" />
        <source>分组统计</source>
        <translation>Breakdown</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/window.py" line="132" />
        <source>办件清单</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/window.py" line="133" />
        <source>热线与投诉</source>
        <translation>Hotline and complaints</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/window.py" line="134" />
        <source>差评回访</source>
        <translation>Poor ratings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/window.py" line="135" />
        <source>监管抄告</source>
        <translation>Result notices</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/window.py" line="136" />
        <source>许可证到期</source>
        <translation>Licence expiry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/window.py" line="137" />
        <source>容缺承诺</source>
        <translation>Promised materials</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/window.py" line="138" />
        <source>工程建设项目</source>
        <translation>Construction project</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/window.py" line="139" />
        <source>告知承诺核查</source>
        <translation>Commitment checks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/window.py" line="140" />
        <source>督办记录</source>
        <translation>Urges</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/window.py" line="141" />
        <source>绩效考核</source>
        <translation>Performance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/window.py" line="147" />
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/window.py" line="149" />
        <source> 期间：</source>
        <translation> Period: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/window.py" line="153" />
        <source>  分组：</source>
        <translation>  Group: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/window.py" line="157" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/window.py" line="158" />
        <source>导出 Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/window.py" line="159" />
        <source>导出 CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/window.py" line="160" />
        <source>工作报告</source>
        <translation>Work report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/window.py" line="182" />
        <source>正在统计……</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/window.py" line="230" />
        <source>%1 的统计，用时 %2 秒</source>
        <translation>Statistics for %1, took %2 s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/window.py" line="235" />
        <source>（数据来自备用服务器，约滞后 %1 秒）</source>
        <translation> (read from the standby server, about %1 s behind)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/window.py" line="282" />
        <source>没有可导出的内容：请先刷新</source>
        <translation>Nothing to export yet: refresh first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/actions.py" line="54" />
        <source>督办与统计</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/actions.py" line="57" />
        <source>统计看板、督办、热线投诉、好差评、抄告与绩效（Ctrl+Shift+T）</source>
        <translation>Dashboard, urging, hotline and complaints, ratings, result notices and performance (Ctrl+Shift+T)</translation>
    </message>
</context>
<context>
    <name>TermsFields</name>
    <message>
        <location filename="../../desktop/ui/workbench/action_extras.py" line="39" />
        <source>每行一条，如：仅限在许可地址内经营</source>
        <translation>One a line, e.g. only at the licensed address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_extras.py" line="48" />
        <location filename="../../desktop/ui/workbench/action_extras.py" line="54" />
        <source>长期</source>
        <translation>Indefinitely</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_extras.py" line="49" />
        <source> 年</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_extras.py" line="52" />
        <source>%1 年</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_extras.py" line="56" />
        <source>事项目录规定的有效期：%1，只能缩短</source>
        <translation>The catalogue's validity: %1; it can only be shortened</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_extras.py" line="58" />
        <source>许可范围：</source>
        <translation>Scope of the licence:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_extras.py" line="58" />
        <source>办理结果：</source>
        <translation>Result:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_extras.py" line="60" />
        <source>附加条件：</source>
        <translation>Conditions:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_extras.py" line="62" />
        <source>有效期限：</source>
        <translation>Valid for:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_extras.py" line="91" />
        <source>附加条件最多 %1 条，每条不超过 %2 字。</source>
        <translation>At most %1 conditions, each of at most %2 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/action_extras.py" line="96" />
        <source>许可范围不能超过 %1 字。</source>
        <translation>The scope may not exceed %1 characters.</translation>
    </message>
</context>
<context>
    <name>TicketsView</name>
    <message>
        <location filename="../../desktop/ui/supervision/tickets_view.py" line="39" />
        <source>登记来电……</source>
        <translation>Register call…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/tickets_view.py" line="40" />
        <source>答复……</source>
        <translation>Reply…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/tickets_view.py" line="41" />
        <source>升级督办……</source>
        <translation>Escalate…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/tickets_view.py" line="42" />
        <source>办结</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/tickets_view.py" line="43" />
        <source>逾期工单全部升级</source>
        <translation>Escalate all late tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/tickets_view.py" line="49" />
        <source>选择一张工单，这里显示它的办理经过</source>
        <translation>Select a ticket to see its history here</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/tickets_view.py" line="79" />
        <source>请先选择一张工单</source>
        <translation>Select a ticket first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/tickets_view.py" line="86" />
        <source>已登记</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/tickets_view.py" line="93" />
        <source>答复 %1</source>
        <translation>Reply to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/tickets_view.py" line="93" />
        <source>答复内容：</source>
        <translation>Reply:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/tickets_view.py" line="97" />
        <source>已答复</source>
        <translation>Replied</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/tickets_view.py" line="108" />
        <source>全体督办人员</source>
        <translation>All supervisors</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/tickets_view.py" line="109" />
        <source>升级督办 %1</source>
        <translation>Escalate %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/tickets_view.py" line="110" />
        <source>升级给：</source>
        <translation>Escalate to:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/tickets_view.py" line="114" />
        <source>理由：</source>
        <translation>Reasons:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/tickets_view.py" line="119" />
        <source>已升级督办</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/tickets_view.py" line="126" />
        <source>已办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision/tickets_view.py" line="132" />
        <source>已升级 %1 张逾期工单</source>
        <translation>%1 late tickets escalated</translation>
    </message>
</context>
<context>
    <name>TieDialog</name>
    <message>
        <location filename="../../desktop/ui/inspections/pool_dialogs.py" line="150" />
        <source>登记回避关系：%1</source>
        <translation>Record recusal tie: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_dialogs.py" line="157" />
        <source>（不指定）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_dialogs.py" line="164" />
        <source>（仍存续）</source>
        <translation>(still in force)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_dialogs.py" line="167" />
        <source>回避事由：</source>
        <translation>Ground:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_dialogs.py" line="168" />
        <source>申请人编号：</source>
        <translation>Applicant no.:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_dialogs.py" line="169" />
        <source>项目名称：</source>
        <translation>Project name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_dialogs.py" line="170" />
        <source>关系终止日：</source>
        <translation>Tie ended on:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/pool_dialogs.py" line="171" />
        <source>说明：</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>UrgeBanner</name>
    <message>
        <location filename="../../desktop/ui/workbench/urge_banner.py" line="41" />
        <source>本件已被督办：请抓紧办理，并点“确认收到”告知督办人员</source>
        <translation>This case has been urged: speed it up, and press “Acknowledge” to tell the supervisor you have seen it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/urge_banner.py" line="43" />
        <source>本件已被督办，承办人%1尚未确认收到</source>
        <translation>This case has been urged; the handler %1 has not acknowledged it yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/urge_banner.py" line="44" />
        <source>（未认领）</source>
        <translation>(not claimed)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/urge_banner.py" line="51" />
        <source>【%1】%2 %3：%4</source>
        <translation>[%1] %2 %3: %4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/urge_banner.py" line="74" />
        <source>未能确认收到</source>
        <translation>Not acknowledged</translation>
    </message>
</context>
<context>
    <name>UrgeDialog</name>
    <message>
        <location filename="../../desktop/ui/queues/urge_dialog.py" line="21" />
        <source>督办 %1</source>
        <translation>Urge %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/urge_dialog.py" line="25" />
        <source>督办意见（要求承办人何时完成什么）：</source>
        <translation>Urge (what the handler must finish, by when):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/urge_dialog.py" line="27" />
        <source>本件已超过（或即将超过）承诺时限，请抓紧办理并说明原因。</source>
        <translation>This case is past (or close to) its promised limit: please finish it and explain the delay.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/urge_dialog.py" line="37" />
        <source>发出督办</source>
        <translation>Send urge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/urge_dialog.py" line="38" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/urge_dialog.py" line="55" />
        <source>计时暂停</source>
        <translation>Clock paused</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/urge_dialog.py" line="57" />
        <source>已超期 %1 个工作日</source>
        <translation>%1 working days overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/urge_dialog.py" line="59" />
        <source>剩余 %1 个工作日</source>
        <translation>%1 working days left</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/urge_dialog.py" line="60" />
        <source>（未认领）</source>
        <translation>(not claimed)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/urge_dialog.py" line="62" />
        <source>%1 · %2
承办人：%3 · %4</source>
        <translation>%1 · %2
Handler: %3 · %4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/urge_dialog.py" line="75" />
        <source>请填写督办意见：要求承办人何时完成什么</source>
        <translation>Write the urge: what the handler is to finish, by when</translation>
    </message>
</context>
<context>
    <name>UrgesEntry</name>
    <message>
        <location filename="../../desktop/ui/queues/urges_view.py" line="202" />
        <source>我的督办</source>
        <translation>My urges</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/urges_view.py" line="204" />
        <source>我的督办（%1 条待确认）</source>
        <translation>My urges (%1 to acknowledge)</translation>
    </message>
</context>
<context>
    <name>UrgesWindow</name>
    <message>
        <location filename="../../desktop/ui/queues/urges_view.py" line="44" />
        <source>我的督办</source>
        <translation>My urges</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/urges_view.py" line="48" />
        <source>督办人员就您承办的黄牌、红牌办件发出的督办通知。请抓紧办理，并选中后点“确认收到”告知督办人员；双击或按 Enter 打开办件。</source>
        <translation>Urges a supervisor sent about your yellow or red cases. Speed them up, then select them and press “Acknowledge” to tell the supervisor; double-click or press Enter to open the case.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/urges_view.py" line="53" />
        <source>也显示已确认的</source>
        <translation>Show acknowledged ones too</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/urges_view.py" line="57" />
        <source>督办时间</source>
        <translation>Urged at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/urges_view.py" line="58" />
        <source>受理编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/urges_view.py" line="59" />
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/urges_view.py" line="60" />
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/urges_view.py" line="61" />
        <source>督办人</source>
        <translation>Urged by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/urges_view.py" line="62" />
        <source>确认收到</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/urges_view.py" line="63" />
        <source>督办意见</source>
        <translation>Urge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/urges_view.py" line="82" />
        <source>确认收到（Ctrl+Shift+O）</source>
        <translation>Acknowledge (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/urges_view.py" line="83" />
        <source>打开办件</source>
        <translation>Open case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/urges_view.py" line="84" />
        <source>刷新（F5）</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/urges_view.py" line="102" />
        <source>正在读取……</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/urges_view.py" line="108" />
        <source>未确认</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/urges_view.py" line="129" />
        <source>%1 条督办待确认收到</source>
        <translation>Urges to acknowledge: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/urges_view.py" line="131" />
        <source>没有待确认的督办</source>
        <translation>No urges to acknowledge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/urges_view.py" line="148" />
        <source>请先选中要确认收到的督办（未确认的）</source>
        <translation>Select the urges to acknowledge first (those not yet acknowledged)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/urges_view.py" line="151" />
        <source>正在确认……</source>
        <translation>Acknowledging…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queues/urges_view.py" line="157" />
        <source>已确认收到 %1 条督办。</source>
        <translation>Urges acknowledged: %1.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../desktop/ui/admin/users_dialog.py" line="91" />
        <source>用户管理</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users_dialog.py" line="96" />
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users_dialog.py" line="97" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users_dialog.py" line="98" />
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users_dialog.py" line="99" />
        <source>角色</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users_dialog.py" line="100" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users_dialog.py" line="112" />
        <source>新建用户…</source>
        <translation>New user…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users_dialog.py" line="113" />
        <source>停用/启用</source>
        <translation>Retire/reinstate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users_dialog.py" line="114" />
        <source>设置角色…</source>
        <translation>Set roles…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users_dialog.py" line="115" />
        <source>重设密码…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users_dialog.py" line="142" />
        <source>在职</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users_dialog.py" line="142" />
        <source>已停用</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users_dialog.py" line="153" />
        <source>正在保存……</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users_dialog.py" line="162" />
        <source>未能完成</source>
        <translation>Could not finish</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users_dialog.py" line="166" />
        <source>新建用户</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users_dialog.py" line="174" />
        <source>已创建用户 %1</source>
        <translation>User %1 created</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users_dialog.py" line="184" />
        <source>已更新用户 %1</source>
        <translation>User %1 updated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users_dialog.py" line="194" />
        <source>%1 的角色</source>
        <translation>Roles of %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users_dialog.py" line="201" />
        <source>已设置 %1 的角色</source>
        <translation>Roles of %1 set</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users_dialog.py" line="210" />
        <source>重设 %1 的密码</source>
        <translation>Reset the password of %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users_dialog.py" line="216" />
        <source>已重设 %1 的密码</source>
        <translation>Password of %1 reset</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../forms/verify_dialog.ui" line="6" />
        <source>核验文书</source>
        <translation>Verify document</translation>
    </message>
    <message>
        <location filename="../../forms/verify_dialog.ui" line="11" />
        <source>选择文书的 PDF 文件，或把扫码枪扫描二维码得到的文字粘贴到下面。</source>
        <translation>Choose the document's PDF file, or paste below what the scanner read from its QR code.</translation>
    </message>
    <message>
        <location filename="../../forms/verify_dialog.ui" line="16" />
        <source>选择 PDF 文件…</source>
        <translation>Choose a PDF file…</translation>
    </message>
    <message>
        <location filename="../../forms/verify_dialog.ui" line="20" />
        <source>二维码内容</source>
        <translation>QR code text</translation>
    </message>
    <message>
        <location filename="../../forms/verify_dialog.ui" line="21" />
        <source>核验二维码</source>
        <translation>Verify QR code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/verify_dialog.py" line="30" />
        <source>选择文书</source>
        <translation>Choose a document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/verify_dialog.py" line="42" />
        <source>正在核验……</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/verify_dialog.py" line="57" />
        <source>文号：%1</source>
        <translation>Number: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/verify_dialog.py" line="59" />
        <source>该文号不在本库的发文登记中</source>
        <translation>This number is not in this database's register</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/verify_dialog.py" line="61" />
        <source>说明：%1</source>
        <translation>Note: %1</translation>
    </message>
</context>
<context>
    <name>WeekCalendarModel</name>
    <message>
        <location filename="../../desktop/ui/inspections/week_calendar_model.py" line="27" />
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/week_calendar_model.py" line="28" />
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/week_calendar_model.py" line="29" />
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/week_calendar_model.py" line="30" />
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/week_calendar_model.py" line="31" />
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/week_calendar_model.py" line="32" />
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/week_calendar_model.py" line="33" />
        <source>周日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/week_calendar_model.py" line="36" />
        <source>上午</source>
        <translation>morning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/week_calendar_model.py" line="37" />
        <source>下午</source>
        <translation>afternoon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/week_calendar_model.py" line="40" />
        <source>踏勘人员</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/week_calendar_model.py" line="41" />
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/week_calendar_model.py" line="43" />
        <source>已停用</source>
        <translation>Retired</translation>
    </message>
</context>
<context>
    <name>WindowApprovalDialog</name>
    <message>
        <location filename="../../desktop/ui/window_approval_dialog.py" line="44" />
        <source>窗口现场审批</source>
        <translation>On-the-spot approval at the window</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_approval_dialog.py" line="50" />
        <source>前台综合受理系统的受理编号</source>
        <translation>The acceptance number from the front-desk system</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_approval_dialog.py" line="52" />
        <source>单位（统一社会信用代码）</source>
        <translation>Organisation (unified social credit code)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_approval_dialog.py" line="53" />
        <source>个人（居民身份证号码）</source>
        <translation>Person (resident ID number)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_approval_dialog.py" line="57" />
        <source>已登记的申请人可不填</source>
        <translation>Not needed for a registered applicant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_approval_dialog.py" line="61" />
        <source>以上申请材料已全部收取，齐全并符合法定形式</source>
        <translation>All the materials above are received, complete and in the legal form</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_approval_dialog.py" line="65" />
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_approval_dialog.py" line="66" />
        <source>受理编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_approval_dialog.py" line="67" />
        <source>申请人类型</source>
        <translation>Applicant type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_approval_dialog.py" line="68" />
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_approval_dialog.py" line="69" />
        <source>申请人名称</source>
        <translation>Applicant name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_approval_dialog.py" line="70" />
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_approval_dialog.py" line="71" />
        <source>申请材料</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_approval_dialog.py" line="73" />
        <source>决定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_approval_dialog.py" line="73" />
        <source>当场准予行政许可</source>
        <translation>Grant the licence on the spot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_approval_dialog.py" line="74" />
        <source>审批意见</source>
        <translation>Opinions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_approval_dialog.py" line="77" />
        <source>确定后即受理、当场准予，并制发加盖审批专用章的决定书和许可证件；材料不齐或需要踏勘、审核的，请按一般程序受理。</source>
        <translation>OK accepts the application, grants it on the spot and issues the decision and the licence under the approval seal; when materials are missing or the case needs a site visit or a review, accept it as usual.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_approval_dialog.py" line="87" />
        <source>当场准予并打印</source>
        <translation>Grant and print</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_approval_dialog.py" line="88" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_approval_dialog.py" line="108" />
        <source>事项目录中没有授权窗口现场审批的事项</source>
        <translation>No item of the catalogue may be approved on the spot at the window</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_approval_dialog.py" line="139" />
        <source>正在受理、审批并制发文书……</source>
        <translation>Accepting, approving and issuing the documents…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_approval_dialog.py" line="154" />
        <source>已办理：请在发证窗口刷新后打印文书、登记出件</source>
        <translation>Done: refresh the certificate window, then print the documents and record the hand-over</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_approval_dialog.py" line="161" />
        <source>打印文书</source>
        <translation>Print documents</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <location filename="../../desktop/ui/workbench/case_rows.py" line="25" />
        <source>已收</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/case_rows.py" line="26" />
        <source>缺少</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/case_rows.py" line="27" />
        <source>待核对</source>
        <translation>To check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/case_rows.py" line="31" />
        <source>%1：已收</source>
        <translation>%1: received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/case_rows.py" line="32" />
        <source>%1：缺少</source>
        <translation>%1: missing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/case_rows.py" line="36" />
        <source>受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/case_rows.py" line="37" />
        <source>核对材料</source>
        <translation>Materials checked</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/case_rows.py" line="38" />
        <source>督办</source>
        <translation>Urge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/case_rows.py" line="39" />
        <source>确认收到督办</source>
        <translation>Urge acknowledged</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/case_rows.py" line="40" />
        <source>容缺受理</source>
        <translation>Accepted with materials to follow</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/case_rows.py" line="41" />
        <source>容缺材料补交</source>
        <translation>Promised material received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/case_rows.py" line="55" />
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/case_rows.py" line="90" />
        <source>签收人：%1</source>
        <translation>Received by %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/case_rows.py" line="91" />
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/case_rows.py" line="103" />
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/case_rows.py" line="135" />
        <source>承诺期限 %1</source>
        <translation>Promised by %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/case_rows.py" line="139" />
        <source>剩余 %1 个工作日</source>
        <translation>%1 working days left</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/case_rows.py" line="143" />
        <source>已超期 %1 个工作日</source>
        <translation>%1 working days overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/case_rows.py" line="146" />
        <source>暂停计时</source>
        <translation>Clock paused</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/case_rows.py" line="154" />
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location filename="../../forms/workbench.ui" line="9" />
        <source>办件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../forms/workbench.ui" line="17" />
        <location filename="../../desktop/ui/workbench/window.py" line="117" />
        <source>正在加载……</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../forms/workbench.ui" line="53" />
        <source>重新加载</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/window.py" line="61" />
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/window.py" line="61" />
        <source>材料</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/window.py" line="61" />
        <location filename="../../desktop/ui/workbench/window.py" line="78" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/window.py" line="61" />
        <source>收到日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/window.py" line="65" />
        <location filename="../../desktop/ui/workbench/window.py" line="74" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/window.py" line="66" />
        <source>办理人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/window.py" line="67" />
        <source>环节</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/window.py" line="68" />
        <source>原状态</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/window.py" line="69" />
        <source>新状态</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/window.py" line="70" />
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/window.py" line="74" />
        <source>层级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/window.py" line="74" />
        <source>意见</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/window.py" line="74" />
        <source>签署人</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/window.py" line="79" />
        <source>踏勘日期</source>
        <translation>Inspection day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/window.py" line="80" />
        <source>结论</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/window.py" line="81" />
        <source>踏勘人员</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/window.py" line="82" />
        <source>发现情况</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/window.py" line="86" />
        <source>文号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/window.py" line="86" />
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/window.py" line="86" />
        <source>签发时间</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/window.py" line="86" />
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../forms/workbench.ui" line="82" />
        <source>确认收到（Ctrl+Shift+O）</source>
        <translation>Acknowledge (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../../forms/workbench.ui" line="83" />
        <source>告知督办人员您已看到这条督办通知</source>
        <translation>Tell the supervisor that you have seen this urge</translation>
    </message>
    <message>
        <location filename="../../forms/workbench.ui" line="84" />
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../../forms/workbench.ui" line="96" />
        <source>材料（双击切换已收/缺少）</source>
        <translation>Materials (double-click: received / missing)</translation>
    </message>
    <message>
        <location filename="../../forms/workbench.ui" line="110" />
        <source>办理记录</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../forms/workbench.ui" line="124" />
        <source>期限说明</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../forms/workbench.ui" line="134" />
        <source>审批意见</source>
        <translation>Opinions</translation>
    </message>
    <message>
        <location filename="../../forms/workbench.ui" line="148" />
        <source>现场踏勘</source>
        <translation>Site inspection</translation>
    </message>
    <message>
        <location filename="../../forms/workbench.ui" line="162" />
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/window.py" line="127" />
        <source>【绿色通道】</source>
        <translation>[Green channel] </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/window.py" line="131" />
        <source>申请人：%1（%2）  联系：%3</source>
        <translation>Applicant: %1 (%2)  Contact: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/window.py" line="139" />
        <source>申请类型：%1  许可证：%2（有效期至 %3）</source>
        <translation>Application: %1  Licence: %2 (valid until %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/window.py" line="142" />
        <source>长期</source>
        <translation>Indefinitely</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/window.py" line="146" />
        <source>项目：%1（%2）</source>
        <translation>Project: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/window.py" line="151" />
        <source>受理时间：%1  承办人：%2</source>
        <translation>Accepted: %1  Handler: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/window.py" line="153" />
        <source>未认领</source>
        <translation>unclaimed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/case_rows.py" line="117" />
        <source>是</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/window.py" line="186" />
        <source>当前没有您可以办理的操作</source>
        <translation>Nothing you can do on this case now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/window.py" line="197" />
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/window.py" line="221" />
        <source>正在办理“%1”……</source>
        <translation>Working on "%1"…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/window.py" line="237" />
        <source>正在保存……</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/window.py" line="247" />
        <source>办件已变化</source>
        <translation>Case changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/window.py" line="247" />
        <source>现在重新加载吗？</source>
        <translation>Reload it now?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/window.py" line="252" />
        <source>（已填写的内容已保留，再次办理时会自动填入）</source>
        <translation> (what you entered is kept and filled in when you try again)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/window.py" line="253" />
        <source>未能办理</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench/window.py" line="286" />
        <source>本件已被%1修改，显示的内容已过时。</source>
        <translation>%1 changed this case: what you see is out of date.</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="48" />
        <source>认领</source>
        <translation>Claim</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="49" />
        <source>退回待认领</source>
        <translation>Return to pool</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="50" />
        <source>指派</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="51" />
        <source>转办</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="52" />
        <source>一次性告知补正</source>
        <translation>Request supplement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="53" />
        <source>补正材料已收</source>
        <translation>Supplement received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="54" />
        <source>提请现场踏勘</source>
        <translation>Request inspection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="55" />
        <source>踏勘结束</source>
        <translation>Inspection done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="56" />
        <source>取消踏勘</source>
        <translation>Cancel inspection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="57" />
        <source>进入特别程序</source>
        <translation>Start special procedure</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="58" />
        <source>特别程序结束</source>
        <translation>End special procedure</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="59" />
        <source>拟定审查意见</source>
        <translation>Propose decision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="60" />
        <source>审核同意</source>
        <translation>Sign off</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="61" />
        <source>退回承办人</source>
        <translation>Send back</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="62" />
        <source>延长期限</source>
        <translation>Extend</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="63" />
        <source>制证</source>
        <translation>Issue certificate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="64" />
        <source>送达出件</source>
        <translation>Deliver</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="65" />
        <source>准予许可</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="66" />
        <source>不予许可</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="67" />
        <source>申请人撤回</source>
        <translation>Withdraw (by the applicant)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="68" />
        <source>终止办理</source>
        <translation>Terminate</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../desktop/ui/inspections/record_dialog.py" line="58" />
        <source>踏勘人员登录确认</source>
        <translation>Inspector confirms by signing in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/record_dialog.py" line="62" />
        <source>用户名：</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/record_dialog.py" line="63" />
        <source>密码：</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/record_dialog.py" line="67" />
        <source>确认</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspections/record_dialog.py" line="68" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../desktop/ui/messages.py" line="15" />
        <source>与数据库的连接中断：请检查网络，稍后重试（已输入的内容不会丢失）</source>
        <translation>The connection to the database was lost: check the network and try again later (nothing you entered is lost)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="18" />
        <source>数据库拒绝了此操作（您没有相应权限）：%1</source>
        <translation>The database refused this (you do not have the right to do it): %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="19" />
        <source>发生意外错误：%1。请将日志发给系统管理员</source>
        <translation>An unexpected error occurred: %1. Please send the log to the system administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/data/database.py" line="61" />
        <source>数据库地址“{url}”格式不正确，应为 postgresql://用户@主机:端口/库名 或 SQLite 文件路径</source>
        <translation>The database address "{url}" is not valid: it should be postgresql://user@host:port/database or the path of an SQLite file</translation>
    </message>
    <message>
        <location filename="../../desktop/data/database.py" line="74" />
        <source>不支持的数据库类型“{backend}”：请使用 PostgreSQL（postgresql://…）或 SQLite 文件</source>
        <translation>Unsupported database type "{backend}": use PostgreSQL (postgresql://…) or an SQLite file</translation>
    </message>
    <message>
        <location filename="../../desktop/data/database.py" line="126" />
        <source>报表服务器地址“{url}”应为 PostgreSQL 地址（postgresql://…）</source>
        <translation>The reporting server address "{url}" must be a PostgreSQL address (postgresql://…)</translation>
    </message>
    <message>
        <location filename="../../desktop/data/database.py" line="158" />
        <source>数据库文件 {path} 不存在：请检查路径，或先运行 `approval-desk db upgrade` 创建</source>
        <translation>The database file {path} does not exist: check the path, or create it first with `approval-desk db upgrade`</translation>
    </message>
    <message>
        <location filename="../../desktop/data/database.py" line="218" />
        <source>无法连接数据库 {url}：{reason}。请检查服务器是否开启、网络是否连通、用户名和密码是否正确</source>
        <translation>Cannot connect to the database {url}: {reason}. Check that the server is running, the network is up, and the user name and password are right</translation>
    </message>
    <message>
        <location filename="../../desktop/data/database.py" line="228" />
        <source>数据库文件 {url} 不是本程序的数据库或已经损坏（{reason}）：请检查 --db 或 APPROVAL_DESK_DB 给出的路径；文件损坏时请用备份恢复</source>
        <translation>The database file {url} is not a database of this program or is damaged ({reason}): check the path given by --db or APPROVAL_DESK_DB; restore a damaged file from a backup</translation>
    </message>
    <message>
        <location filename="../../desktop/data/schema_version.py" line="55" />
        <source>数据库结构版本 {revision} 比本程序更新：请先将审批工作台升级到最新版本，不要用旧版本打开此数据库</source>
        <translation>The database schema {revision} is newer than this program: upgrade Approval Desk first, and do not open this database with an older version</translation>
    </message>
    <message>
        <location filename="../../desktop/data/schema_version.py" line="67" />
        <source>数据库尚未初始化或版本较旧：请先运行 `approval-desk db upgrade`</source>
        <translation>The database is not set up yet or is out of date: run `approval-desk db upgrade` first</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/calendar_text.py" line="43" />
        <source>文件中没有日期：每行应为“2027-01-01 休 元旦”或“2027-02-07 班”</source>
        <translation>The file holds no dates: each line should read “2027-01-01 休 元旦” or “2027-02-07 班”</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/calendar_text.py" line="66" />
        <source>第{line}行“{text}”看不懂：应为“2027-01-01 休 元旦”或“2027-02-07 班”</source>
        <translation>Line {line} “{text}” cannot be read: write it like “2027-01-01 休 New Year” or “2027-02-07 班”</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/calendar_text.py" line="74" />
        <source>第{line}行：{day} 在第{first}行已写过</source>
        <translation>Line {line}: {day} is already on line {first}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/calendar_text.py" line="84" />
        <source>第{line}行：{day} 不属于 {year} 年</source>
        <translation>Line {line}: {day} is not in the year {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/calendar_text.py" line="89" />
        <source>第{line}行：{day} 是周末，本就不计入工作日，无需标为节假日</source>
        <translation>Line {line}: {day} is a weekend day, which is never a working day: it need not be marked as a holiday</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/calendar_text.py" line="93" />
        <source>第{line}行：{day} 是工作日，调休上班日只能是周六或周日</source>
        <translation>Line {line}: {day} is a weekday; a make-up working day can only be a Saturday or Sunday</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commitments.py" line="101" />
        <source>该承诺已核查为“不实”，不能再认定为“属实”</source>
        <translation>This commitment was found false and cannot be found true afterwards</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commitments.py" line="103" />
        <source>该承诺的核查结果已记录为“{result}”，不能更改</source>
        <translation>This commitment's check was recorded as “{result}” and cannot be changed</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commitments.py" line="105" />
        <source>办件尚未作出决定，还没有核查任务</source>
        <translation>The case is not decided yet: there is no check</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commitments.py" line="107" />
        <source>请填写核查人员（不超过 64 字）</source>
        <translation>Name the officer who checked (at most 64 characters)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commitments.py" line="109" />
        <source>核查日期应在决定日 {decided} 至今天 {today} 之间</source>
        <translation>The check date must be between the decision day {decided} and today {today}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commitments.py" line="115" />
        <source>核查情况不能超过 {n} 字</source>
        <translation>The findings may have at most {n} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commitments.py" line="117" />
        <source>核查不实的，须写明与承诺不符的事实</source>
        <translation>A false commitment needs the facts that differ from what was committed</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/delivery.py" line="78" />
        <source>请填写签收人姓名</source>
        <translation>Enter the name of the person who received it</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/delivery.py" line="80" />
        <source>直接送达须登记签收人的居民身份证号码</source>
        <translation>Service in person needs the resident ID number of the person who signs</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/delivery.py" line="87" />
        <source>申请人是自然人，签收人只能是本人或委托代理人</source>
        <translation>The applicant is a person: only the applicant or an authorised agent may sign</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/delivery.py" line="90" />
        <source>签收人不是申请人本人（身份证号码不符）：请选择“委托代理人”并登记授权委托书</source>
        <translation>The signer is not the applicant (the ID numbers differ): choose “authorised agent” and record the power of attorney</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/delivery.py" line="94" />
        <source>申请人是单位，签收人应为其法定代表人或委托代理人</source>
        <translation>The applicant is an organisation: its legal representative or an authorised agent must sign</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/delivery.py" line="96" />
        <source>委托代理人签收须登记授权委托书（出具日期和委托事项）</source>
        <translation>An agent signing needs the power of attorney recorded (its date and scope)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/guards.py" line="107" />
        <source>办件当前状态为“{status}”，不能“{action}”</source>
        <translation>The case is now "{status}": "{action}" is not possible</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/guards.py" line="121" />
        <source>“{action}”需要{roles}角色，您没有该角色</source>
        <translation>"{action}" needs the role {roles}, which you do not have</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/guards.py" line="125" />
        <source>只有本件承办人可以办理：请先认领本件，或请督办人员指派给您</source>
        <translation>Only the case's handler can do this: claim the case first, or ask a supervisor to assign it to you</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/guards.py" line="129" />
        <source>窗口现场审批只能由受理本件的授权窗口人员在受理当场办理：本件已进入后台办理</source>
        <translation>Only the authorised window clerk who accepted this case may approve it on the spot, at acceptance: this case has gone to the back office</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/guards.py" line="134" />
        <source>审核和批准须由两人分别办理：您已审核本件，请由其他批准人办理</source>
        <translation>Review and approval must be done by two different people: you reviewed this case, so another approver must take it</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/guards.py" line="137" />
        <source>拟定审查意见的人不能审核或批准本人的意见：请由其他审核人、批准人办理</source>
        <translation>Whoever proposed the decision cannot sign off or approve their own proposal: another reviewer or approver must do it</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/guards.py" line="186" />
        <source>“{action}”必须填写书面理由</source>
        <translation>"{action}" needs written reasons</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/guards.py" line="195" />
        <source>本事项须现场踏勘：请先录入踏勘结论，再作出或拟定决定</source>
        <translation>This item needs a site inspection: record the inspection's conclusion before proposing or taking a decision</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/guards.py" line="207" />
        <source>最近一次现场踏勘结论不是“合格”：须整改后复查合格，才能准予许可</source>
        <translation>The latest on-site inspection did not pass: the licence can be granted only after rectification and a re-inspection that passes</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/guards.py" line="214" />
        <source>请选择拟准予或拟不予许可</source>
        <translation>Choose whether you propose to approve or to reject</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/guards.py" line="219" />
        <source>拟不予许可必须写明理由</source>
        <translation>A proposal to reject must state its reasons</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/guards.py" line="224" />
        <source>承办人拟定的意见是“{proposal}”：如不同意，请退回承办人重新拟定</source>
        <translation>The handler proposed "{proposal}": if you disagree, send the case back to the handler for a new proposal</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/guards.py" line="233" />
        <source>容缺受理承诺补交的材料尚未收到：收到后才能制证</source>
        <translation>A promised material has not come in: the certificate can be made once it has</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/guards.py" line="238" />
        <source>本件已延长过一次期限，依法不能再次延长（《行政许可法》第四十二条）</source>
        <translation>This case has been extended once already and by law cannot be extended again (Administrative Licensing Law, art. 42)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/guards.py" line="246" />
        <source>本事项实行告知承诺制：没有申请人签署的告知承诺书，不能据此准予许可</source>
        <translation>This item is decided on a commitment: without the applicant's signed commitment it cannot be granted</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/identifiers.py" line="90" />
        <source>{field}“{value}”无效：{rule}</source>
        <translation>{field} "{value}" is not valid: {rule}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/identifiers.py" line="94" />
        <source>{field}“{value}”的地址码 {area} 不在历年行政区划代码中：请核对号码；核对无误的可以仍然登记</source>
        <translation>The area code {area} of the {field} "{value}" is in no edition of the administrative division codes: check the number; if it is right, it can still be registered</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/inspections/draw_commitment.py" line="42" />
        <source>见证人随机数应为{low}至{high}个字符（由见证人在看到承诺值后自行输入）</source>
        <translation>The witness's text must have {low} to {high} characters (typed by the witness after seeing the commitment)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/inspections/site_record.py" line="42" />
        <source>附件须有文件名</source>
        <translation>A file needs a name</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/inspections/site_record.py" line="44" />
        <source>文件“{name}”是空的，未添加</source>
        <translation>File “{name}” is empty; not added</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/inspections/site_record.py" line="46" />
        <source>文件“{name}”有 {size} MB，超过每个附件 {limit} MB 的上限，未添加：请压缩后再添加</source>
        <translation>File “{name}” is {size} MB, over the {limit} MB limit per file; not added: compress it and add it again</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/inspections/site_record.py" line="69" />
        <source>以下检查要点尚未填写结果：{points}</source>
        <translation>These check points have no result yet: {points}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/inspections/site_record.py" line="72" />
        <source>检查要点 {seq} 不在本事项的检查清单中，请刷新后重填</source>
        <translation>Check point {seq} is not on this item's checklist; refresh and fill in again</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/inspections/site_record.py" line="75" />
        <source>“{point}”不符合：请写明发现的问题</source>
        <translation>“{point}” does not meet: describe what was found</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/inspections/site_record.py" line="80" />
        <source>请填写在场的申请人代表姓名</source>
        <translation>Enter the name of the applicant's representative present</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/inspections/site_record.py" line="82" />
        <source>申请人代表姓名过长（最多 {n} 字）</source>
        <translation>The representative's name is too long (at most {n} characters)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/inspections/site_record.py" line="84" />
        <source>请选择踏勘结论：合格、限期整改或不合格</source>
        <translation>Choose a conclusion: passes, rectify by a deadline, or fails</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/inspections/site_record.py" line="86" />
        <source>请填写踏勘情况综述</source>
        <translation>Enter a summary of the inspection</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/inspections/site_record.py" line="93" />
        <source>重大事项“{point}”不符合，结论不能为合格</source>
        <translation>Major point “{point}” does not meet: the conclusion cannot be passes</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/inspections/site_record.py" line="96" />
        <source>限期整改须写明整改期限</source>
        <translation>Rectify by a deadline needs the deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/inspections/site_record.py" line="98" />
        <source>整改期限须晚于今天</source>
        <translation>The deadline must be after today</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/inspections/site_record.py" line="100" />
        <source>只有限期整改才有整改期限</source>
        <translation>Only rectify by a deadline has a deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/licence_life.py" line="166" />
        <source>许可证 {number} 现为“{status}”，不能申请{kind}</source>
        <translation>Licence {number} is “{status}”: no {kind} can be applied for</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/licence_life.py" line="174" />
        <source>许可证 {number} 长期有效，无需申请延续</source>
        <translation>Licence {number} is valid without a time limit and needs no renewal</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/licence_life.py" line="177" />
        <source>许可证 {number} 有效期至 {valid_to}，延续申请应在有效期届满三十日前（最迟 {deadline}）提出；{applied_on} 提出的申请已逾期，不能受理，请按新办重新申请</source>
        <translation>Licence {number} is valid until {valid_to}; a renewal must be applied for at least thirty days before it expires (by {deadline}). An application made on {applied_on} is too late and cannot be accepted: apply for a new licence instead</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/licence_life.py" line="241" />
        <source>撤销许可证 {number} 须在其准予许可的事项下办理，不能在“{item}”下办理</source>
        <translation>Revoking licence {number} goes under the item it was granted under, not “{item}”</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/licence_life.py" line="248" />
        <source>“{item}”不是许可证 {number} 所属事项的{kind}事项：{kind}申请须选该许可证事项的（{kind}）事项</source>
        <translation>“{item}” is not the {kind} item of licence {number}'s item: a {kind} application goes under that item's ({kind}) item</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/projects.py" line="74" />
        <source>“{stage}”阶段时限至少为 1 个工作日：请填写 1 或更大的数再保存</source>
        <translation>The “{stage}” stage limit is at least 1 working day: enter 1 or more, then save</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/projects.py" line="80" />
        <source>四个阶段时限合计 {total} 个工作日，超过国家规定的 {cap} 个工作日（国办发〔2019〕11号）：请减少后再保存</source>
        <translation>The four stage limits add up to {total} working days, more than the national cap of {cap} working days (State Council Office Document 〔2019〕 No. 11): reduce them, then save</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/projects.py" line="117" />
        <source>项目代码“{code}”格式不对：应为“年份-6位地区码-2位-2位-6位序号”，如 2026-610502-47-01-000123</source>
        <translation>Project code “{code}” is malformed: it should read year-6-character area code-2 digits-2 digits-6-digit serial, e.g. 2026-610502-47-01-000123</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/promises.py" line="69" />
        <source>本事项没有材料“{material}”</source>
        <translation>The item has no material “{material}”</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/promises.py" line="71" />
        <source>材料“{material}”不允许容缺受理：须在受理时提交</source>
        <translation>“{material}” may not be missing at acceptance: it must be handed in with the application</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/promises.py" line="73" />
        <source>材料“{material}”的承诺补交日期须晚于受理日 {accepted}</source>
        <translation>The day “{material}” is promised by must be after the day of acceptance, {accepted}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/promises.py" line="79" />
        <source>材料“{material}”的承诺补交日期不能晚于受理后 {days} 天</source>
        <translation>The day “{material}” is promised by cannot be more than {days} days after acceptance</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/terminations.py" line="59" />
        <source>请写明终止审查的法律依据（法律、法规或者规章的名称及条款）</source>
        <translation>Give the legal basis for ending the review (the law, regulation or rule and its article)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/terminations.py" line="61" />
        <source>法律依据不能超过 {length} 字</source>
        <translation>The legal basis may not exceed {length} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/terminations.py" line="63" />
        <source>法律依据“{basis}”须写明法律、法规或者规章的名称（加书名号）和条款，如：《中华人民共和国民法典》第五十九条</source>
        <translation>The legal basis “{basis}” must name the law, regulation or rule (in 《》) and the article, e.g. 《中华人民共和国民法典》第五十九条</translation>
    </message>
    <message>
        <location filename="../../desktop/services/admin/calendar.py" line="54" />
        <source>只有系统管理员可以维护节假日安排</source>
        <translation>Only the system administrator can maintain the holiday calendar</translation>
    </message>
    <message>
        <location filename="../../desktop/services/admin/calendar.py" line="57" />
        <source>{day} 不属于 {year} 年</source>
        <translation>{day} is not in the year {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/admin/calendar.py" line="60" />
        <source>{day} 是周末，本就不计入工作日，无需标为节假日</source>
        <translation>{day} is a weekend day and never counts as a working day: there is no need to mark it as a holiday</translation>
    </message>
    <message>
        <location filename="../../desktop/services/admin/calendar.py" line="62" />
        <source>{day} 是工作日，调休上班日只能是周六或周日</source>
        <translation>{day} is a weekday: a make-up working day can only be a Saturday or a Sunday</translation>
    </message>
    <message>
        <location filename="../../desktop/services/admin/catalogue.py" line="103" />
        <source>事项 {code} 不存在</source>
        <translation>There is no item {code}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/admin/catalogue.py" line="136" />
        <source>事项未保存：{problems}</source>
        <translation>The item was not saved: {problems}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/admin/catalogue_io.py" line="62" />
        <source>只有系统管理员可以导入或修改事项目录</source>
        <translation>Only a system administrator can import or change the item catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop/services/admin/first_run.py" line="41" />
        <source>数据库中已有工作人员账号：新账号请由系统管理员在“系统管理”中添加</source>
        <translation>The database already has staff accounts: a system administrator adds new ones under "Administration"</translation>
    </message>
    <message>
        <location filename="../../desktop/services/admin/first_run.py" line="44" />
        <source>用户名只能由英文字母、数字、下划线和点组成</source>
        <translation>A user name may only have letters, digits, underscores and dots</translation>
    </message>
    <message>
        <location filename="../../desktop/services/admin/first_run.py" line="46" />
        <source>请填写管理员姓名</source>
        <translation>Enter the administrator's name</translation>
    </message>
    <message>
        <location filename="../../desktop/services/admin/first_run.py" line="48" />
        <source>密码至少需要 {length} 位</source>
        <translation>The password needs at least {length} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/services/admin/frontdesk_import.py" line="63" />
        <source>只有窗口人员、督办人员或系统管理员可以导入前台受理文件</source>
        <translation>Only window clerks, supervisors or system administrators can import front-desk files</translation>
    </message>
    <message>
        <location filename="../../desktop/services/admin/users.py" line="47" />
        <source>只有系统管理员可以管理用户</source>
        <translation>Only a system administrator can manage users</translation>
    </message>
    <message>
        <location filename="../../desktop/services/admin/users.py" line="58" />
        <source>系统管理员账号只能由数据库管理员创建和修改</source>
        <translation>Only the database administrator creates and changes system administrator accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/services/admin/users.py" line="63" />
        <source>用户名“{username}”无效：请用小写字母开头，只含小写字母、数字和下划线（2—63位）</source>
        <translation>The user name "{username}" is not valid: start with a lower-case letter and use only lower-case letters, digits and underscores (2 to 63 characters)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/admin/users.py" line="81" />
        <source>用户 {username} 不存在</source>
        <translation>There is no user {username}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/admin/users.py" line="118" />
        <source>请填写姓名</source>
        <translation>Enter the name</translation>
    </message>
    <message>
        <location filename="../../desktop/services/admin/users.py" line="125" />
        <source>用户名 {username} 已被使用</source>
        <translation>The user name {username} is taken</translation>
    </message>
    <message>
        <location filename="../../desktop/services/admin/users.py" line="144" />
        <source>不能修改自己的角色：请由另一位系统管理员办理</source>
        <translation>You cannot change your own roles: another system administrator must</translation>
    </message>
    <message>
        <location filename="../../desktop/services/admin/users.py" line="167" />
        <source>不能停用或启用自己的账号</source>
        <translation>You cannot disable or enable your own account</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_trail.py" line="118" />
        <source>只有督办人员和系统管理员可以查看审计记录</source>
        <translation>Only supervisors and system administrators can see the audit trail</translation>
    </message>
    <message>
        <location filename="../../desktop/services/auth.py" line="34" />
        <source>用户名或密码不正确，请重新输入</source>
        <translation>Wrong user name or password, please try again</translation>
    </message>
    <message>
        <location filename="../../desktop/services/auth.py" line="36" />
        <source>该账号已停用，请联系系统管理员</source>
        <translation>This account is disabled: please contact the system administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/services/auth.py" line="40" />
        <source>密码错误次数过多，账号已锁定至 {until}，请稍后再试或联系系统管理员</source>
        <translation>Too many wrong passwords: the account is locked until {until}. Try again later or contact the system administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/services/auth.py" line="54" />
        <source>密码错误次数过多，账号已锁定 {minutes} 分钟</source>
        <translation>Too many wrong passwords: the account is locked for {minutes} minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/services/auth.py" line="58" />
        <source>用户名或密码不正确，还可尝试 {left} 次</source>
        <translation>Wrong user name or password (attempts left: {left})</translation>
    </message>
    <message>
        <location filename="../../desktop/services/bureau.py" line="45" />
        <source>文号格式“{pattern}”无效：可用 {{prefix}}、{{year}}、{{serial:04d}}，请在“单位信息”中修改</source>
        <translation>The number pattern "{pattern}" is not valid: use {{prefix}}, {{year}} and {{serial:04d}}, and change it under "Bureau profile"</translation>
    </message>
    <message>
        <location filename="../../desktop/services/bureau.py" line="51" />
        <source>文号格式“{pattern}”须含 {{year}} 和 {{serial:04d}}，否则会出现重号</source>
        <translation>The number pattern "{pattern}" must contain {{year}} and {{serial:04d}}, or numbers would repeat</translation>
    </message>
    <message>
        <location filename="../../desktop/services/bureau.py" line="92" />
        <source>“{first}”和“{second}”的文号格式相同，会出现重号：请为每类文书设不同的格式</source>
        <translation>"{first}" and "{second}" have the same number pattern, so numbers would repeat: give each type of document its own pattern</translation>
    </message>
    <message>
        <location filename="../../desktop/services/bureau.py" line="114" />
        <source>文号格式中有未知的文书类型“{code}”</source>
        <translation>The number patterns name an unknown document type "{code}"</translation>
    </message>
    <message>
        <location filename="../../desktop/services/bureau.py" line="170" />
        <source>单位信息缺少“{field}”（{key}）：请由系统管理员在“单位信息”中填写并保存</source>
        <translation>The bureau profile lacks "{field}" ({key}): a system administrator fills it in under "Bureau profile" and saves</translation>
    </message>
    <message>
        <location filename="../../desktop/services/bureau.py" line="197" />
        <source>单位信息中的“{field}”（{key}）格式不对：请由系统管理员在“单位信息”中改正并保存</source>
        <translation>The bureau profile's "{field}" ({key}) has the wrong form: a system administrator corrects it under "Bureau profile" and saves</translation>
    </message>
    <message>
        <location filename="../../desktop/services/bureau.py" line="254" />
        <source>只有系统管理员可以修改单位信息</source>
        <translation>Only a system administrator can change the bureau profile</translation>
    </message>
    <message>
        <location filename="../../desktop/services/bureau.py" line="258" />
        <source>未知的设置项：{names}</source>
        <translation>Unknown settings: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/bureau.py" line="264" />
        <source>黄牌预警比例应在 0.5 到 1 之间（如 0.9 表示用去九成时限时预警）</source>
        <translation>The yellow-warning share must be between 0.5 and 1 (0.9 warns when nine tenths of the time limit are used)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/bureau.py" line="276" />
        <source>“{field}”不能为空</source>
        <translation>"{field}" cannot be empty</translation>
    </message>
    <message>
        <location filename="../../desktop/services/bureau.py" line="278" />
        <source>“{field}”最多 {limit} 个字</source>
        <translation>"{field}" can have at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/services/bureau.py" line="282" />
        <source>二维码网址应以 https:// 开头，可用 {placeholder} 代表事项编码</source>
        <translation>The QR address must start with https://; {placeholder} stands for the item code</translation>
    </message>
    <message>
        <location filename="../../desktop/services/bureau.py" line="313" />
        <source>核验网址应以 https:// 开头，不含空格和 #，最多 {limit} 个字符，如 https://zwfw.example.gov.cn/yz/</source>
        <translation>The verification address should start with https://, contain no spaces and no #, and be at most {limit} characters, e.g. https://zwfw.example.gov.cn/yz/</translation>
    </message>
    <message>
        <location filename="../../desktop/services/bureau.py" line="326" />
        <source>作废名单提醒天数应为 1 到 365 之间的整数（如 7）</source>
        <translation>The void list warning age should be a whole number of days from 1 to 365 (e.g. 7)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/case_core.py" line="105" />
        <source>办件（编号 {case_id}）不存在或已被删除</source>
        <translation>The case (id {case_id}) does not exist or has been deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/services/case_core.py" line="115" />
        <source>办件 {number} 已被{changed_by}于 {changed_at} 修改：请刷新后再办理</source>
        <translation>Case {number} was changed by {changed_by} at {changed_at}: refresh, then try again</translation>
    </message>
    <message>
        <location filename="../../desktop/services/case_moves.py" line="142" />
        <source>数据库拒绝了“{action}”：{detail}</source>
        <translation>The database refused "{action}": {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/case_moves.py" line="146" />
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/applicants.py" line="40" />
        <source>申请人名称不能为空</source>
        <translation>The applicant's name cannot be empty</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/applicants.py" line="58" />
        <source>证件号码 {identifier} 已登记为申请人“{duplicate}”，无需重复登记</source>
        <translation>ID number {identifier} is already registered as applicant "{duplicate}": there is no need to register it again</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/claims.py" line="38" />
        <source>办件 {number} 已被{who}认领，请选择其他办件</source>
        <translation>Case {number} has already been claimed by {who}: please choose another case</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/claims.py" line="58" />
        <source>您不是{category}承办人，不能认领本类办件</source>
        <translation>You are not a handler in the {category} queue, so you cannot claim its cases</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/claims.py" line="99" />
        <source>指派对象不存在或已停用，请重新选择承办人</source>
        <translation>The chosen handler does not exist or is disabled: please choose another handler</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/claims.py" line="104" />
        <source>{handler}不是{category}承办人，不能承办办件 {number}</source>
        <translation>{handler} is not a handler in the {category} queue and cannot handle case {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/commitments.py" line="30" />
        <source>事项“{item}”不实行告知承诺制，不能登记告知承诺书</source>
        <translation>Item “{item}” is not under the commitment system: no commitment can be recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/commitments.py" line="35" />
        <source>事项“{item}”实行告知承诺制：受理时须登记申请人签署的告知承诺书（承诺人）</source>
        <translation>Item “{item}” is decided on a commitment: record the applicant's signed commitment (signatory) at acceptance</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/commitments.py" line="40" />
        <source>承诺人姓名不能超过 {n} 字</source>
        <translation>The signatory's name may have at most {n} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/commitments.py" line="42" />
        <source>事项“{item}”的目录未列明承诺条件：请管理员在事项目录中填写“承诺条件”</source>
        <translation>The catalogue lists no conditions for item “{item}”: ask the administrator to fill in its committed conditions</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/decisions.py" line="52" />
        <source>拟不予许可的，不能附加条件、许可范围或有效期</source>
        <translation>A proposal to refuse cannot carry conditions, a scope or a validity</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/decisions.py" line="55" />
        <source>附加条件最多 {count} 条，每条不超过 {length} 字</source>
        <translation>At most {count} conditions, each of at most {length} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/decisions.py" line="61" />
        <source>许可范围不能超过 {length} 字</source>
        <translation>The scope may not exceed {length} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/decisions.py" line="92" />
        <source>“{kind}”事项的决定不能附加条件</source>
        <translation>A decision on a {kind} item cannot carry conditions</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/decisions.py" line="96" />
        <source>事项“{item}”不发放许可证，不能设定有效期</source>
        <translation>The item “{item}” issues no licence, so no validity can be set</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/decisions.py" line="99" />
        <source>有效期须为 1 至 {most} 年（事项目录规定的有效期为{catalogue}）</source>
        <translation>The validity must be 1 to {most} years (the catalogue's validity is {catalogue})</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/decisions.py" line="220" />
        <source>办件不存在或已被删除</source>
        <translation>The case does not exist or has been deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/decisions.py" line="270" />
        <source>终止审查的理由不能超过 {length} 字</source>
        <translation>The reason for terminating may not exceed {length} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/intake.py" line="55" />
        <source>受理编号 {number} 已存在，不能重复受理</source>
        <translation>Case number {number} already exists: a case cannot be accepted twice</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/intake.py" line="58" />
        <source>事项编码 {code} 不存在或已停用</source>
        <translation>Item code {code} does not exist or is no longer in use</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/intake.py" line="60" />
        <source>申请人不存在：请先登记申请人</source>
        <translation>The applicant does not exist: register the applicant first</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/intake.py" line="62" />
        <source>受理时间无效：不能晚于当前时间</source>
        <translation>Invalid acceptance time: it cannot be later than now</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/licence_acts.py" line="30" />
        <source>许可证 {number} 不在本局的许可证登记中，请核对编号</source>
        <translation>Licence {number} is not in the bureau's licence register: check the number</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/licence_acts.py" line="55" />
        <source>新办申请不填写原许可证编号</source>
        <translation>An application for a new licence names no existing licence</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/licence_acts.py" line="58" />
        <source>{kind}申请须填写所{kind}的许可证编号</source>
        <translation>An application for {kind} must name the licence it concerns ({kind})</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/licence_acts.py" line="62" />
        <source>许可证 {number} 的持证人不是本件申请人：{kind}须由持证人申请</source>
        <translation>The holder of licence {number} is not this case's applicant: only the holder may apply for {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/project_views.py" line="143" />
        <source>您不能查看工程建设项目</source>
        <translation>You may not view construction projects</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/project_views.py" line="166" />
        <source>项目代码 {code} 未登记</source>
        <translation>Project code {code} is not registered</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/projects.py" line="48" />
        <source>您不能登记工程建设项目</source>
        <translation>You may not register construction projects</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/projects.py" line="52" />
        <source>请填写项目名称</source>
        <translation>Please enter the project's name</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/projects.py" line="54" />
        <source>项目代码 {code} 已登记</source>
        <translation>Project code {code} is already registered</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/projects.py" line="57" />
        <source>建设单位应为已登记的法人或其他组织（统一社会信用代码）</source>
        <translation>The builder must be a registered legal person or other organisation (unified social credit code)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/projects.py" line="97" />
        <source>事项“{item}”不属于工程建设项目审批阶段，办件不能列入项目 {code}</source>
        <translation>Item “{item}” belongs to no stage of construction project approval: its case cannot join project {code}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/projects.py" line="103" />
        <source>事项“{item}”属于“{item_stage}”阶段，项目 {code} 现处于“{stage}”阶段，办件不能列入该项目</source>
        <translation>Item “{item}” belongs to the “{item_stage}” stage, but project {code} is now in the “{stage}” stage: its case cannot join the project</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/projects.py" line="147" />
        <source>项目代码 {code} 未登记：请先登记工程建设项目</source>
        <translation>Project code {code} is not registered: register the construction project first</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/projects.py" line="149" />
        <source>项目 {code} 的建设单位不是本件申请人，办件不能列入该项目</source>
        <translation>The builder of project {code} is not this case's applicant: the case cannot join it</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/projects.py" line="172" />
        <source>您不能推进工程建设项目的审批阶段</source>
        <translation>You may not move a construction project to its next stage</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/projects.py" line="181" />
        <source>项目 {code} 已在最后的“竣工验收”阶段</source>
        <translation>Project {code} is already in its last stage, completion acceptance</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/projects.py" line="184" />
        <source>项目 {code} 的“{stage}”阶段尚无办件，不能进入下一阶段</source>
        <translation>The “{stage}” stage of project {code} has no case yet: the project cannot move on</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/projects.py" line="190" />
        <source>项目 {code} 的“{stage}”阶段还有办件未办结，不能进入下一阶段</source>
        <translation>The “{stage}” stage of project {code} still has open cases: the project cannot move on</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/projects.py" line="196" />
        <source>项目 {code} 的“{stage}”阶段受阻：有办件不予许可，须重新申请并准予后才能进入下一阶段</source>
        <translation>The “{stage}” stage of project {code} is blocked: an application was refused; the project moves on only once a new application is granted</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/promises.py" line="80" />
        <source>材料“{material}”重复承诺</source>
        <translation>“{material}” is promised twice</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/promises.py" line="181" />
        <source>只有本件承办人可以登记补交的容缺材料：请先认领本件</source>
        <translation>Only the case's handler records a promised material received: claim the case first</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/promises.py" line="183" />
        <source>办件当前状态为“{status}”，不能再登记补交材料</source>
        <translation>The case is “{status}”: no material can be recorded received any more</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/promises.py" line="186" />
        <source>所选容缺承诺不属于本办件，请刷新后重试</source>
        <translation>The selected promise is not this case's: refresh and try again</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/promises.py" line="188" />
        <source>材料“{material}”已登记补交，不能重复登记</source>
        <translation>“{material}” is already recorded received</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/queries.py" line="44" />
        <source>找不到受理编号为 {number} 的办件，请核对编号</source>
        <translation>No case has the number {number}: please check the number</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/review.py" line="83" />
        <source>请勾选需要补正的全部材料（一次性告知）</source>
        <translation>Tick every material that must be supplemented (they are all requested at once)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/review.py" line="92" />
        <source>所选材料不属于本办件，请刷新后重新勾选</source>
        <translation>The chosen materials do not belong to this case: refresh and tick them again</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/review.py" line="160" />
        <source>只有最近一次踏勘结论为限期整改或不合格时，才能提请复查</source>
        <translation>A re-inspection can be requested only when the latest conclusion is rectify by a deadline or fails</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/review.py" line="269" />
        <source>找不到待完成的踏勘任务：请刷新后重试</source>
        <translation>No open inspection was found: refresh and try again</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/review.py" line="274" />
        <source>请填写踏勘发现的情况（踏勘记录）</source>
        <translation>Describe what the inspection found (the inspection record)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/review.py" line="290" />
        <source>联合踏勘的主踏勘（办件 {number}）尚未录入结论，请稍后再结束踏勘</source>
        <translation>The lead inspection of the joint inspection (case {number}) has no conclusion yet: end this inspection later</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/review.py" line="294" />
        <source>联合踏勘的结论须与主踏勘（办件 {number}）一致：“{recorded}”</source>
        <translation>A joint inspection's conclusion must be the lead inspection's (case {number}): “{recorded}”</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/review.py" line="319" />
        <source>现场踏勘记录尚有 {n} 名踏勘人员未确认，请确认后再结束踏勘</source>
        <translation>{n} inspectors have not confirmed the record yet; end the inspection once they have</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/review.py" line="321" />
        <source>现场踏勘记录的结论是“{recorded}”，录入的结论须与之一致</source>
        <translation>The record's conclusion is “{recorded}”; the conclusion entered must match it</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/review.py" line="338" />
        <source>请填写特别程序预计所需的工作日数（书面告知申请人）</source>
        <translation>Enter how many working days the special procedure is expected to take (the applicant is told in writing)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/review.py" line="396" />
        <source>只有本件承办人可以核对材料：请先认领本件</source>
        <translation>Only the case's handler can check materials: claim the case first</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/review.py" line="398" />
        <source>办件当前状态为“{status}”，不能修改材料清单</source>
        <translation>The case is now "{status}": its materials list cannot be changed</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/review.py" line="401" />
        <source>所选材料不属于本办件，请刷新后重试</source>
        <translation>The chosen material does not belong to this case: refresh and try again</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/review.py" line="403" />
        <source>“{material}”是容缺受理承诺补交的材料：请在“容缺承诺”页登记补交</source>
        <translation>“{material}” is a promised material: record it received on the Promised materials tab</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/stage_limits.py" line="34" />
        <source>只有系统管理员可以修改工程建设项目阶段时限</source>
        <translation>Only the system administrator may change the construction project stage limits</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/urging.py" line="51" />
        <source>请填写督办意见，说明要求承办人何时完成什么</source>
        <translation>Write the urge: what the handler must finish, and by when</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/urging.py" line="55" />
        <source>办件 {number} 没有黄牌或红牌预警（已办结、暂停计时或未临近期限），无需督办</source>
        <translation>Case {number} has no yellow or red warning (closed, paused or not near its due date): there is nothing to urge</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/urging.py" line="86" />
        <source>督办记录不存在：请刷新后重试</source>
        <translation>The urge does not exist: refresh and try again</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/urging.py" line="89" />
        <source>只有被督办的承办人可以确认收到督办</source>
        <translation>Only the urged handler can acknowledge the urge</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/window.py" line="103" />
        <source>窗口现场审批须由经系统管理员授权的窗口人员（制证员）办理：您没有该授权</source>
        <translation>On-the-spot approval is for window clerks (certificate clerks) the administrator has authorised: you do not hold that authorisation</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/window.py" line="112" />
        <source>事项“{item}”未列入窗口现场审批的事项：请按一般程序受理，由后台审批</source>
        <translation>“{item}” is not an item the window may approve on the spot: accept it as usual for the back office to decide</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/window.py" line="117" />
        <source>申请材料未全部齐全，不能现场审批：请一次性告知申请人需补齐的材料，或按一般程序受理</source>
        <translation>The materials are not all complete, so the application cannot be approved on the spot: tell the applicant at once everything still missing, or accept it as usual</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/window.py" line="121" />
        <source>请填写受理编号</source>
        <translation>Enter the acceptance number</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/window.py" line="123" />
        <source>审批意见不能超过 {length} 字</source>
        <translation>The opinion may be at most {length} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/services/demo/clock.py" line="50" />
        <source>数据库中已有不是演示数据生成的办件：--today 只能用于演示数据库</source>
        <translation>The database holds cases the demo did not make: --today is for demo databases only</translation>
    </message>
    <message>
        <location filename="../../desktop/services/demo/generate.py" line="133" />
        <source>办件数量不能为负数</source>
        <translation>The number of cases cannot be negative</translation>
    </message>
    <message>
        <location filename="../../desktop/services/demo/generate.py" line="147" />
        <source>数据库中已有{what}：演示数据只能写入新数据库，请用 --db 指定一个新的数据库文件</source>
        <translation>The database already has {what}: demo data only goes into a new database; name a new database file with --db</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/document_data.py" line="140" />
        <source>办件 {number} 现在不能制发这份文书：{reason}</source>
        <translation>This document cannot be issued for case {number} now: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/document_data.py" line="538" />
        <source>“{title}”不是针对单个办件的文书</source>
        <translation>"{title}" is not a document about a single case</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/document_data.py" line="542" />
        <source>“{case_kind}”办件不能制发“{title}”</source>
        <translation>A “{case_kind}” case cannot have a “{title}”</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/document_data.py" line="546" />
        <source>“{item_kind}”事项“{item}”不能制发“{title}”</source>
        <translation>The {item_kind} item “{item}” cannot have a “{title}”</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/issuing.py" line="153" />
        <source>您不能制发本件的“{title}”：请由发证窗口人员或本件承办人办理</source>
        <translation>You cannot issue the "{title}" of this case: the certificate window or the case's handler does</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/issuing.py" line="158" />
        <source>办件 {number} 处于“{status}”，不能制发“{title}”</source>
        <translation>Case {number} is “{status}”: no “{title}” can be issued for it now</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/issuing.py" line="165" />
        <source>办件 {number} 容缺受理承诺补交的{materials}尚未收到：收到后才能制发许可证</source>
        <translation>Case {number}: the promised {materials} has not come in: the licence can be issued once it has</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/issuing.py" line="206" />
        <source>本件的“{title}”已制发（{number}）：需要再打印请用“打印副本”，内容有误请先作废</source>
        <translation>The "{title}" of this case was issued already ({number}): print a copy to print it again, or void it first if it is wrong</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/issuing.py" line="273" />
        <source>文号 {number} 不在本局的发文登记中，请核对</source>
        <translation>Number {number} is not in the bureau's register: please check it</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/issuing.py" line="287" />
        <source>只有发证窗口人员或局领导可以作废文书</source>
        <translation>Only the certificate window or the bureau's head can void a document</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/issuing.py" line="289" />
        <source>请写明作废的原因</source>
        <translation>Write down why the document is voided</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/issuing.py" line="292" />
        <source>文书 {number} 已经作废</source>
        <translation>Document {number} is void already</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/issuing.py" line="311" />
        <source>只有发证窗口人员或局领导可以打印副本</source>
        <translation>Only the certificate window or the bureau's head can print a copy</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/issuing.py" line="314" />
        <source>文书 {number} 已作废，不能打印副本</source>
        <translation>Document {number} is void: no copy can be printed</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/issuing.py" line="317" />
        <source>文书 {number} 不属于办件，不能在此打印副本</source>
        <translation>Document {number} belongs to no case: its copy cannot be printed here</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/issuing.py" line="328" />
        <source>办件或单位信息在发文后已有变更，副本将与原件不一致：请作废原件后重新制发（{number}）</source>
        <translation>The case or the bureau profile changed after the document was issued, so a copy would differ from the original: void the original and issue it again ({number})</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/licence_book.py" line="82" />
        <source>您不能查看许可证登记</source>
        <translation>You may not view the licence register</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/licence_book.py" line="136" />
        <source>天数应在 0 到 {most} 之间</source>
        <translation>The number of days must be between 0 and {most}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/licence_book.py" line="146" />
        <source>期间的结束日不能早于开始日</source>
        <translation>The period's end cannot be before its start</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/licence_register.py" line="41" />
        <source>文书 {number} 不能写入许可证登记</source>
        <translation>Document {number} cannot be entered in the licence register</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/licence_register.py" line="53" />
        <source>许可证 {number} 现为“{status}”，不能再{kind}</source>
        <translation>Licence {number} is “{status}”: it can no longer take a {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/seal_custody.py" line="105" />
        <source>签章令牌需要 PIN（由签章保管人掌握）才能加盖签章：请在窗口中输入，或在本机设置环境变量 {variable}</source>
        <translation>The seal token needs its PIN (held by the seal custodian) to seal: enter it in the window, or set the environment variable {variable} on this PC</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/signing_keys.py" line="109" />
        <source>只有系统管理员可以生成或导入签章密钥</source>
        <translation>Only a system administrator can create or import the signing keys</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/signing_keys.py" line="131" />
        <source>签章密钥已经存在：如确需更换，请加 --replace（旧文书仍可验证）</source>
        <translation>The signing keys exist already: add --replace to change them (older documents still verify)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/signing_keys.py" line="143" />
        <source>本局已有签章密钥，未生成新的试用密钥：现有密钥继续有效；如需改用本局的正式证书，请点“导入签章证书…”</source>
        <translation>The bureau has signing keys already, so no trial keys were made: the keys in use stay valid; to use the bureau's own certificate, click "Import seal certificate…"</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/signing_keys.py" line="201" />
        <source>尚未生成签章密钥，不能制发文书：请系统管理员在“系统管理 → 单位信息”中生成试用密钥或导入本局的签章证书（命令行：approval-desk keys init）</source>
        <translation>There are no signing keys yet, so no document can be issued: a system administrator makes trial keys or imports the bureau's seal certificate under "Administration → Bureau profile" (command line: approval-desk keys init)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/signing_keys.py" line="206" />
        <source>签章私钥仍存放在共享数据库中，不能制发文书：请签章保管人在保管签章的电脑上运行 approval-desk keys move-out，把私钥移出数据库</source>
        <translation>The seal's private keys are still in the shared database, documents cannot be issued: the seal custodian must run approval-desk keys move-out on their PC to take them out of the database</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/signing_keys.py" line="267" />
        <source>数据库中没有签章私钥，无需移出</source>
        <translation>The database holds no private signing keys: nothing to move</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/signing_keys.py" line="269" />
        <source>移出数据库的私钥写入密钥文件：请用 --key-file 指定文件（之后可再导入签章令牌）</source>
        <translation>Keys moved out of the database go to a key file: name it with --key-file (they can be imported onto a token afterwards)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/signing_keys.py" line="277" />
        <source>数据库中签章私钥的口令不对：请设置环境变量 {variable}（与生成密钥时相同）后重试</source>
        <translation>Wrong passphrase for the keys in the database: set the environment variable {variable} (as when the keys were made) and try again</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/site_record_data.py" line="37" />
        <source>办件 {number} 还没有填写现场踏勘记录</source>
        <translation>Case {number} has no on-site inspection record yet</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/verifier.py" line="52" />
        <source>缺少核验网页的资源文件：安装不完整，请重新安装审批工作台</source>
        <translation>The verification page's files are missing: the installation is incomplete, please reinstall Approval Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/verifier.py" line="76" />
        <source>只有系统管理员、发证窗口人员或局领导可以导出核验网页</source>
        <translation>Only an administrator, an issuing clerk or a bureau head can export the verification page</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/verifier.py" line="78" />
        <source>“{folder}”不是文件夹：请指定要写入核验网页的文件夹</source>
        <translation>“{folder}” is not a folder: name the folder to write the verification page into</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/verifier.py" line="123" />
        <source>无法写入文件夹“{folder}”：{reason}</source>
        <translation>Cannot write to the folder “{folder}”: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/input_files.py" line="36" />
        <source>文件“{path}”{rule}</source>
        <translation>The file "{path}" {rule}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/inspections/access.py" line="28" />
        <source>只有{roles}可以{action}</source>
        <translation>Only {roles} can {action}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/inspections/board.py" line="310" />
        <source>抽取 {draw_id} 没有保存结果</source>
        <translation>Draw {draw_id} has no stored result</translation>
    </message>
    <message>
        <location filename="../../desktop/services/inspections/changes.py" line="107" />
        <source>时间窗应为1至{limit}个工作日</source>
        <translation>The window must be 1 to {limit} working days</translation>
    </message>
    <message>
        <location filename="../../desktop/services/inspections/changes.py" line="109" />
        <source>新的时间窗不能早于今天（{today}）</source>
        <translation>The new window cannot start before today ({today})</translation>
    </message>
    <message>
        <location filename="../../desktop/services/inspections/changes.py" line="192" />
        <source>请填写{action}的理由</source>
        <translation>Give the reason for {action}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/inspections/changes.py" line="211" />
        <source>人工安排不符合踏勘规则：{rules}</source>
        <translation>The team set by hand breaks the inspection rules: {rules}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/inspections/confirmations.py" line="54" />
        <source>请先保存踏勘记录，再由踏勘人员确认</source>
        <translation>Save the record before the inspectors confirm it</translation>
    </message>
    <message>
        <location filename="../../desktop/services/inspections/confirmations.py" line="66" />
        <source>{name} 不是本次踏勘组成员，不能确认本记录</source>
        <translation>{name} is not on this inspection's team and cannot confirm the record</translation>
    </message>
    <message>
        <location filename="../../desktop/services/inspections/confirmations.py" line="68" />
        <source>{name} 已确认过本记录，不能重复确认</source>
        <translation>{name} has already confirmed this record</translation>
    </message>
    <message>
        <location filename="../../desktop/services/inspections/draw_log.py" line="67" />
        <source>没有编号为 {draw_id} 的抽取记录</source>
        <translation>There is no draw {draw_id}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/inspections/draws.py" line="89" />
        <source>抽取的工作日数应为1至{limit}天</source>
        <translation>A draw covers 1 to {limit} working days</translation>
    </message>
    <message>
        <location filename="../../desktop/services/inspections/draws.py" line="93" />
        <source>没有待安排的踏勘申请</source>
        <translation>There are no inspection requests waiting</translation>
    </message>
    <message>
        <location filename="../../desktop/services/inspections/draws.py" line="154" />
        <source>抽取 {draw_id} 已经登记过见证人随机数：一个承诺值只能抽取一次</source>
        <translation>Draw {draw_id} already has its witness: one commitment is drawn once</translation>
    </message>
    <message>
        <location filename="../../desktop/services/inspections/draws.py" line="161" />
        <source>开启抽取后人才库或待安排的申请发生了变化：请重新开启抽取（抽取 {draw_id}）</source>
        <translation>The pool or the pending requests changed after the draw was opened: open a new draw (draw {draw_id})</translation>
    </message>
    <message>
        <location filename="../../desktop/services/inspections/draws.py" line="184" />
        <source>抽取 {draw_id} 是按操作人登记的种子进行的旧式抽取</source>
        <translation>Draw {draw_id} is an older draw, with a seed its operator recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/services/inspections/draws.py" line="186" />
        <source>抽取 {draw_id} 已经结束：一个承诺值只能抽取一次</source>
        <translation>Draw {draw_id} is over: one commitment is drawn once</translation>
    </message>
    <message>
        <location filename="../../desktop/services/inspections/draws.py" line="195" />
        <source>抽取 {draw_id} 尚未登记见证人随机数</source>
        <translation>Draw {draw_id} has no witness yet</translation>
    </message>
    <message>
        <location filename="../../desktop/services/inspections/draws.py" line="202" />
        <source>抽取 {draw_id} 的秘密值与承诺值不符</source>
        <translation>Draw {draw_id}'s secret does not match its commitment</translation>
    </message>
    <message>
        <location filename="../../desktop/services/inspections/draws.py" line="213" />
        <source>抽取记录 {draw_id} 的数据快照与登记的摘要不符</source>
        <translation>The snapshot of draw {draw_id} does not match its recorded digest</translation>
    </message>
    <message>
        <location filename="../../desktop/services/inspections/draws.py" line="237" />
        <source>结果不是由抽取 {draw_id} 的承诺值、见证和快照算出的</source>
        <translation>The result was not computed from draw {draw_id}'s commitment, witness and snapshot</translation>
    </message>
    <message>
        <location filename="../../desktop/services/inspections/draws.py" line="240" />
        <source>抽取期间人才库或待安排的申请发生了变化，结果未保存：请重新开启抽取（抽取 {draw_id}）</source>
        <translation>The pool or the pending requests changed during the draw; nothing was stored: open a new draw (draw {draw_id})</translation>
    </message>
    <message>
        <location filename="../../desktop/services/inspections/joint.py" line="75" />
        <source>请选择要并入联合踏勘的办件</source>
        <translation>Please choose the cases to join the inspection</translation>
    </message>
    <message>
        <location filename="../../desktop/services/inspections/joint.py" line="79" />
        <source>踏勘（{number}）已并入另一次联合踏勘，不能作为主踏勘</source>
        <translation>The inspection ({number}) is joined to another one and cannot lead a joint inspection</translation>
    </message>
    <message>
        <location filename="../../desktop/services/inspections/joint.py" line="83" />
        <source>办件 {number} 不属于工程建设项目，不能联合踏勘</source>
        <translation>Case {number} belongs to no construction project: it cannot have a joint inspection</translation>
    </message>
    <message>
        <location filename="../../desktop/services/inspections/joint.py" line="89" />
        <source>办件 {number} 的踏勘不能并入：须为同一工程建设项目同一阶段、待安排踏勘的办件</source>
        <translation>The inspection of case {number} cannot join: it must be of a case of the same construction project and stage, waiting for an inspection</translation>
    </message>
    <message>
        <location filename="../../desktop/services/inspections/leave.py" line="68" />
        <source>请填写请假或公务事由（不超过100个字）</source>
        <translation>Give the reason for the leave or duty (at most 100 characters)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/inspections/leave.py" line="70" />
        <source>请假日期有误：结束日不能早于开始日，且不超过一年</source>
        <translation>The leave dates are wrong: the end cannot be before the start, and it lasts at most a year</translation>
    </message>
    <message>
        <location filename="../../desktop/services/inspections/leave.py" line="73" />
        <source>没有编号为 {id} 的踏勘人员</source>
        <translation>There is no inspector {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/inspections/leave.py" line="96" />
        <source>{name}在{day}{half}已安排踏勘：请先更换人员再登记请假</source>
        <translation>{name} has an inspection on {day} {half}: replace them first, then record the leave</translation>
    </message>
    <message>
        <location filename="../../desktop/services/inspections/leave.py" line="138" />
        <source>该请假记录不存在或已撤销：请刷新</source>
        <translation>That leave does not exist or was withdrawn: refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/services/inspections/pool.py" line="107" />
        <source>请填写姓名（不超过64个字）</source>
        <translation>Enter the name (at most 64 characters)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/inspections/pool.py" line="109" />
        <source>每日踏勘上限应为1至{limit}次</source>
        <translation>The daily limit must be 1 to {limit} inspections</translation>
    </message>
    <message>
        <location filename="../../desktop/services/inspections/pool.py" line="111" />
        <source>所选部门不存在：请刷新后重试</source>
        <translation>The chosen department does not exist: refresh and try again</translation>
    </message>
    <message>
        <location filename="../../desktop/services/inspections/pool.py" line="116" />
        <source>所选专业不存在：请刷新后重试</source>
        <translation>The chosen specialty does not exist: refresh and try again</translation>
    </message>
    <message>
        <location filename="../../desktop/services/inspections/pool.py" line="147" />
        <source>{name}还有{count}项已安排的踏勘：请先更换人员再停用</source>
        <translation>{name} still has {count} scheduled inspections: replace them first, then deactivate</translation>
    </message>
    <message>
        <location filename="../../desktop/services/inspections/recusal_ties.py" line="86" />
        <source>回避关系须指明申请人或项目</source>
        <translation>A recusal tie must name the applicant or the project</translation>
    </message>
    <message>
        <location filename="../../desktop/services/inspections/recusal_ties.py" line="88" />
        <source>没有编号为 {id} 的申请人</source>
        <translation>There is no applicant {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/inspections/recusal_ties.py" line="98" />
        <source>该回避关系不存在：请刷新</source>
        <translation>That recusal tie does not exist: refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/services/inspections/replacement.py" line="64" />
        <source>请填写更换人员的原因</source>
        <translation>Give the reason for the replacement</translation>
    </message>
    <message>
        <location filename="../../desktop/services/inspections/replacement.py" line="68" />
        <source>踏勘（{case_number}）的人员不是抽取产生的：请用“人工指定”更换</source>
        <translation>The team of the inspection ({case_number}) was not drawn: change it with "set by hand"</translation>
    </message>
    <message>
        <location filename="../../desktop/services/inspections/replacement.py" line="74" />
        <source>{name}不是踏勘（{case_number}）的组员</source>
        <translation>{name} is not on the team of the inspection ({case_number})</translation>
    </message>
    <message>
        <location filename="../../desktop/services/inspections/site_record.py" line="237" />
        <source>找不到该附件，请刷新后重试</source>
        <translation>File not found; refresh and try again</translation>
    </message>
    <message>
        <location filename="../../desktop/services/inspections/site_record.py" line="257" />
        <source>现场踏勘记录已由踏勘组全体确认，不能再更改</source>
        <translation>The whole team has confirmed the on-site record: it can no longer be changed</translation>
    </message>
    <message>
        <location filename="../../desktop/services/inspections/site_record.py" line="272" />
        <source>这不是复查踏勘，没有原踏勘组可沿用</source>
        <translation>This is not a re-inspection: there is no team to reuse</translation>
    </message>
    <message>
        <location filename="../../desktop/services/inspections/teams.py" line="45" />
        <source>没有编号为 {id} 的踏勘任务</source>
        <translation>There is no inspection {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/inspections/teams.py" line="49" />
        <source>踏勘（{case_number}）当前为“{status}”，不能这样办理：请刷新后重试</source>
        <translation>The inspection ({case_number}) is "{status}" now, which does not allow this: refresh and try again</translation>
    </message>
    <message>
        <location filename="../../desktop/services/server_signin.py" line="72" />
        <source>用户名或密码不正确，或账号已停用，请重新输入</source>
        <translation>The user name or password is wrong, or the account is disabled: please try again</translation>
    </message>
    <message>
        <location filename="../../desktop/services/server_signin.py" line="73" />
        <source>无法连接数据库 {url}：{reason}。请检查服务器是否开启、网络是否连通</source>
        <translation>Cannot connect to the database {url}: {reason}. Check that the server is running and the network is up</translation>
    </message>
    <message>
        <location filename="../../desktop/services/server_signin.py" line="84" />
        <source>账号 {username} 不是本系统的在职工作人员</source>
        <translation>{username} is not an active member of staff here</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sheets.py" line="39" />
        <source>{where}是空的：第1行应为列名</source>
        <translation>{where} is empty: row 1 must hold the column names</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sheets.py" line="56" />
        <source>无法读取 Excel 文件：请确认是 .xlsx 格式且未损坏</source>
        <translation>Cannot read the Excel file: make sure it is an .xlsx file and not damaged</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sheets.py" line="58" />
        <source>Excel 文件中没有名为“{sheet}”的工作表</source>
        <translation>The Excel file has no sheet named "{sheet}"</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sheets.py" line="61" />
        <source>Excel 文件中没有工作表</source>
        <translation>The Excel file has no worksheet</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sheets.py" line="81" />
        <source>无法识别 CSV 文件的编码：请另存为 UTF-8 编码的 CSV</source>
        <translation>Cannot tell the CSV file's encoding: save it again as UTF-8 CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sheets.py" line="87" />
        <source>CSV 文件第 {line} 行无法读取：{reason}。请确认是前台系统导出的 CSV 文件</source>
        <translation>Line {line} of the CSV file cannot be read: {reason}. Make sure it is a CSV file exported by the front-desk system</translation>
    </message>
    <message>
        <location filename="../../desktop/services/staff.py" line="19" />
        <source>账号 {username} 不存在或已停用</source>
        <translation>Account {username} does not exist or is disabled</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/commitment_checks.py" line="138" />
        <source>告知承诺记录（编号 {id}）不存在</source>
        <translation>Commitment record {id} does not exist</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/commitment_checks.py" line="147" />
        <source>办件 {number} 没有告知承诺记录</source>
        <translation>Case {number} has no commitment</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/commitment_checks.py" line="164" />
        <source>只有督办人员可以登记告知承诺核查结果</source>
        <translation>Only a supervisor can record a commitment check</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/commitment_checks.py" line="206" />
        <source>办件 {number} 的许可证尚未制发登记：核查不实须撤销许可证，请待制证后再登记</source>
        <translation>Case {number}'s licence is not issued yet: a false commitment revokes the licence, so record it once the licence is made</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/promise_watch.py" line="75" />
        <source>统计期间的结束日不能早于开始日</source>
        <translation>The period's last day cannot be before its first</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/promise_watch.py" line="145" />
        <source>容缺承诺不存在，请刷新后重试</source>
        <translation>The promise does not exist: refresh and try again</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/promise_watch.py" line="147" />
        <source>材料“{material}”已补交，承诺已履行：不能据此撤销</source>
        <translation>“{material}” came in, the promise was kept: nothing to revoke for it</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/promise_watch.py" line="151" />
        <source>材料“{material}”的承诺补交日期 {day} 未过：逾期后才能据此撤销</source>
        <translation>“{material}” is promised by {day}, which has not passed: revocation only once overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/promise_watch.py" line="164" />
        <source>办件 {number} 没有在用的许可证：许可证未发出时，请由承办人依法处理本件</source>
        <translation>Case {number} has no licence in force: while none went out, its handler deals with the case as the law provides</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/promise_watch.py" line="172" />
        <source>已就办件 {number} 发起撤销（{revocation}）</source>
        <translation>Revocation of case {number} was already started ({revocation})</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/ratings.py" line="55" />
        <source>只有窗口工作人员或督办人员可以登记评价</source>
        <translation>Only window staff or supervisors can record a rating</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/ratings.py" line="58" />
        <source>办件不存在：请重新查找办件</source>
        <translation>The case does not exist: look it up again</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/ratings.py" line="60" />
        <source>办件 {number} 已有评价，每件只能评价一次</source>
        <translation>Case {number} has a rating already; each case is rated once</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/ratings.py" line="63" />
        <source>差评须记录申请人的具体意见，以便整改</source>
        <translation>A poor rating needs the applicant's own words, so it can be put right</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/ratings.py" line="94" />
        <source>受理编号 {number} 不存在：请核对后重新输入</source>
        <translation>There is no case number {number}: check it and enter it again</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/ratings.py" line="102" />
        <source>只有整改责任人或督办人员可以登记整改情况</source>
        <translation>Only the person responsible or a supervisor can record the fix</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/ratings.py" line="141" />
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/ratings.py" line="171" />
        <source>差评回访记录不存在：请刷新后重试</source>
        <translation>The follow-up does not exist: refresh and try again</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/report_content.py" line="295" />
        <source>报告格式应为 PDF 或 Excel（.pdf 或 .xlsx），实为“{kind}”</source>
        <translation>The report must be PDF or Excel (.pdf or .xlsx), not “{kind}”</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/result_notices.py" line="163" />
        <source>{department}在 {period} 没有尚未抄告的准予许可办件</source>
        <translation>{department} has no approvals in {period} that are not reported yet</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/result_notices.py" line="183" />
        <source>抄告记录不存在：请刷新后重试</source>
        <translation>The result notice does not exist: refresh and try again</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/result_notices.py" line="185" />
        <source>抄告 {number} 的回执已登记</source>
        <translation>The receipt of notice {number} is recorded already</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/result_notices.py" line="187" />
        <source>请填写部门签收人姓名</source>
        <translation>Enter who signed for it at the department</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/result_notices.py" line="223" />
        <source>部门不存在：请重新选择</source>
        <translation>The department does not exist: choose again</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/scoring.py" line="115" />
        <source>“{measure}”的权重应在 0 至 {most} 分之间，实为 {weight}：请改正后再保存</source>
        <translation>The weight of “{measure}” must be between 0 and {most} points, not {weight}: correct it, then save</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/scoring.py" line="122" />
        <source>考核周期应为月度、季度或年度</source>
        <translation>The assessment period must be monthly, quarterly or yearly</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/scoring.py" line="131" />
        <source>只有系统管理员可以修改绩效考核权重</source>
        <translation>Only the system administrator can change the performance weights</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/settings.py" line="70" />
        <source>{limit}至少为 1 个工作日：请填写 1 或更大的数再保存</source>
        <translation>The {limit} is at least 1 working day: enter 1 or more, then save</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/settings.py" line="74" />
        <source>{limit}不能超过 {most} 个工作日：请核对后填写 {most} 以内的数再保存</source>
        <translation>The {limit} cannot exceed {most} working days: check it, enter {most} or less, then save</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/settings.py" line="88" />
        <source>只有系统管理员可以修改督办时限设置</source>
        <translation>Only a system administrator can change the answer time limits</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/stats_definitions.py" line="37" />
        <source>统计期间无效：结束日期 {end} 早于开始日期 {start}，请重新选择</source>
        <translation>The period is not valid: it ends ({end}) before it starts ({start}); choose again</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/stats_definitions.py" line="43" />
        <source>统计期间须在 {first} 至 {last} 之内</source>
        <translation>The period must lie between {first} and {last}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/tickets.py" line="92" />
        <source>请填写{what}</source>
        <translation>Enter {what}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/tickets.py" line="94" />
        <source>关联的办件不存在：请重新查找办件</source>
        <translation>The linked case does not exist: look it up again</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/tickets.py" line="125" />
        <source>只有首问责任人、承办人或督办人员可以答复本件</source>
        <translation>Only the first contact, the assignee or a supervisor can answer this ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/tickets.py" line="127" />
        <source>工单 {number} 已办结，不能再答复</source>
        <translation>Ticket {number} is closed: it cannot be answered again</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/tickets.py" line="129" />
        <source>请填写答复内容</source>
        <translation>Enter the answer</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/tickets.py" line="145" />
        <source>工单 {number} 已办结，无需升级</source>
        <translation>Ticket {number} is closed: there is nothing to escalate</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/tickets.py" line="147" />
        <source>请填写升级督办的理由</source>
        <translation>Enter why it is escalated</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/tickets.py" line="149" />
        <source>升级对象不存在：请重新选择</source>
        <translation>The person to escalate to does not exist: choose again</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/tickets.py" line="175" />
        <source>首问负责：只有首问责任人或督办人员可以办结本件</source>
        <translation>First-contact responsibility: only the first contact or a supervisor can close this ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/tickets.py" line="177" />
        <source>工单 {number} 尚未答复：请先答复来电人，再办结</source>
        <translation>Ticket {number} is not answered yet: answer the caller first, then close it</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/tickets.py" line="200" />
        <source>工单不存在，或您无权查看：请刷新后重试</source>
        <translation>The ticket does not exist, or you may not see it: refresh and try again</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/tickets.py" line="254" />
        <source>工单不存在：请刷新后重试</source>
        <translation>The ticket does not exist: refresh and try again</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision_access.py" line="19" />
        <source>只有督办人员或分管负责人可以{doing}：请联系督办人员办理</source>
        <translation>Only supervisors or the head in charge can {doing}: ask a supervisor</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="20" />
        <source>工程建设类</source>
        <translation>Engineering construction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="21" />
        <source>社会事务类</source>
        <translation>Social affairs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="22" />
        <source>待认领</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="23" />
        <source>我的办件</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="24" />
        <source>待我审批</source>
        <translation>Awaiting my sign-off</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="25" />
        <source>补正中</source>
        <translation>Supplement requested</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="26" />
        <source>踏勘/特别程序</source>
        <translation>Inspection / special proc.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="27" />
        <source>即将到期（黄牌）</source>
        <translation>Due soon (yellow)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="28" />
        <source>已超期（红牌）</source>
        <translation>Overdue (red)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="29" />
        <source>环节临近到期</source>
        <translation>Step due soon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="30" />
        <source>环节超时</source>
        <translation>Step overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="31" />
        <source>绿色通道</source>
        <translation>Green channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="32" />
        <source>全部办件</source>
        <translation>All cases</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="33" />
        <source>待制证</source>
        <translation>To certify</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="34" />
        <source>待送达</source>
        <translation>To hand over</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="35" />
        <source>待安排踏勘</source>
        <translation>Inspections to schedule</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="36" />
        <source>审查中</source>
        <translation>Under review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="37" />
        <source>现场踏勘</source>
        <translation>Site inspection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="38" />
        <source>特别程序</source>
        <translation>Special procedure</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="39" />
        <source>已拟决定</source>
        <translation>Decision proposed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="40" />
        <source>待审批</source>
        <translation>Awaiting sign-off</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="41" />
        <source>准予许可</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="42" />
        <source>不予许可</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="43" />
        <source>已制证</source>
        <translation>Certificate issued</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="44" />
        <source>已送达（办结）</source>
        <translation>Delivered (completed)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="45" />
        <source>申请人撤回</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="46" />
        <source>终止办理</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="70" />
        <source>承办人（工程建设类）</source>
        <translation>Handler (engineering construction)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="71" />
        <source>承办人（社会事务类）</source>
        <translation>Handler (social affairs)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="72" />
        <source>审核人</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="73" />
        <source>批准人（分管负责人）</source>
        <translation>Approver (head)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="74" />
        <source>踏勘协调员</source>
        <translation>Inspection coordinator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="75" />
        <source>制证员</source>
        <translation>Certificate clerk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="76" />
        <source>督办</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="77" />
        <source>系统管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="78" />
        <source>窗口现场审批（授权）</source>
        <translation>On-the-spot approval at the window (authorised)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="80" />
        <source>待安排</source>
        <translation>To schedule</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="81" />
        <source>已安排</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="82" />
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="83" />
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="84" />
        <source>合格</source>
        <translation>Passes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="85" />
        <source>限期整改</source>
        <translation>Rectify by a deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="86" />
        <source>不合格</source>
        <translation>Fails</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="87" />
        <source>符合</source>
        <translation>Meets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="88" />
        <source>不符合</source>
        <translation>Does not meet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="89" />
        <source>不适用</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="91" />
        <source>承办</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="92" />
        <source>窗口现场审批</source>
        <translation>On-the-spot approval at the window</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="93" />
        <source>审核</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="94" />
        <source>批准</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="95" />
        <source>退回</source>
        <translation>Sent back</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="96" />
        <source>审批</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="98" />
        <source>受理通知书</source>
        <translation>Acceptance notice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="99" />
        <source>不予受理决定书</source>
        <translation>Decision not to accept</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="100" />
        <source>补正材料通知书</source>
        <translation>Notice to supplement materials</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="101" />
        <source>现场踏勘通知书</source>
        <translation>Site inspection notice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="102" />
        <source>现场踏勘记录</source>
        <translation>On-site inspection record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="103" />
        <source>延期通知书</source>
        <translation>Extension notice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="104" />
        <source>特别程序告知书</source>
        <translation>Special procedure notice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="105" />
        <source>准予行政许可决定书</source>
        <translation>Decision to grant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="106" />
        <source>不予行政许可决定书</source>
        <translation>Decision to refuse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="107" />
        <source>行政许可证</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="108" />
        <source>备案通知书</source>
        <translation>Filing notice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="109" />
        <source>不予备案通知书</source>
        <translation>Notice refusing the filing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="110" />
        <source>办结通知书</source>
        <translation>Completion notice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="111" />
        <source>不予办理决定书</source>
        <translation>Decision not to proceed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="112" />
        <source>终止审查决定书</source>
        <translation>Decision to terminate the review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="113" />
        <source>准予撤回申请决定书</source>
        <translation>Decision granting withdrawal of the application</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="114" />
        <source>送达回证</source>
        <translation>Proof of delivery</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="115" />
        <source>监管结果抄告函</source>
        <translation>Result notice to the supervising department</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="116" />
        <source>注销行政许可决定书</source>
        <translation>Decision cancelling the licence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="117" />
        <source>撤销行政许可决定书</source>
        <translation>Decision revoking the licence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="119" />
        <source>新办</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="120" />
        <source>变更</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="121" />
        <source>延续</source>
        <translation>Renewal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="122" />
        <source>注销</source>
        <translation>Cancellation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="123" />
        <source>撤销</source>
        <translation>Revocation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="124" />
        <source>有效</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="125" />
        <source>已变更</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="126" />
        <source>已延续</source>
        <translation>Renewed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="127" />
        <source>已注销</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="128" />
        <source>已撤销</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="129" />
        <source>已过期</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="131" />
        <source>立项用地规划许可</source>
        <translation>Project approval, land use and planning permit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="132" />
        <source>工程建设许可</source>
        <translation>Construction works permit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="133" />
        <source>施工许可</source>
        <translation>Construction start permit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="134" />
        <source>竣工验收</source>
        <translation>Completion acceptance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="135" />
        <source>尚未受理</source>
        <translation>Nothing accepted yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="136" />
        <source>并联审批中</source>
        <translation>Parallel review under way</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="137" />
        <source>受阻（有办件不予许可）</source>
        <translation>Blocked (an application refused)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="138" />
        <source>本阶段办结</source>
        <translation>Stage completed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="140" />
        <source>不涉及</source>
        <translation>Not in the plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="141" />
        <source>拟划转</source>
        <translation>To be transferred</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="142" />
        <source>已划转</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="144" />
        <source>属实</source>
        <translation>True</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="145" />
        <source>不实</source>
        <translation>False</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="146" />
        <source>待决定</source>
        <translation>Awaiting decision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="147" />
        <source>待核查</source>
        <translation>To check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="148" />
        <source>逾期未核查</source>
        <translation>Check overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="150" />
        <source>黄牌督办</source>
        <translation>Yellow-card urge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="151" />
        <source>红牌督办</source>
        <translation>Red-card urge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="153" />
        <source>未到期</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="154" />
        <source>按期补交</source>
        <translation>Received on time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="155" />
        <source>逾期补交</source>
        <translation>Received late</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="156" />
        <source>逾期未交</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../desktop/ui/pdf_preview.py" line="95" />
        <source>正在打印……</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_preview.py" line="95" />
        <source>后台继续</source>
        <translation>Continue in background</translation>
    </message>
</context>
<context>
    <name>seal_pin</name>
    <message>
        <location filename="../../desktop/ui/seal_pin.py" line="30" />
        <source>加盖签章</source>
        <translation>Seal</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../desktop/ui/admin/actions.py" line="37" />
        <source>用户管理</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/actions.py" line="39" />
        <source>审计记录</source>
        <translation>Audit trail</translation>
    </message>
</context>
<context>
    <name>terms</name>
    <message>
        <location filename="../../desktop/data/database.py" line="231" />
        <source>（所打开的文件）</source>
        <translation>(the file opened)</translation>
    </message>
    <message>
        <location filename="../../desktop/data/database.py" line="238" />
        <source>未知错误</source>
        <translation>unknown error</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/actor.py" line="11" />
        <source>系统</source>
        <translation>the system</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/delivery.py" line="21" />
        <source>签收人的居民身份证号码</source>
        <translation>the signer's resident ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/due_words.py" line="19" />
        <source>承诺时限</source>
        <translation>Promised time limit</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/due_words.py" line="20" />
        <source>法定时限</source>
        <translation>Statutory time limit</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/due_words.py" line="22" />
        <source>补正材料</source>
        <translation>supplement</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/due_words.py" line="23" />
        <source>现场踏勘</source>
        <translation>Site inspection</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/due_words.py" line="24" />
        <source>特别程序</source>
        <translation>special procedure</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/due_words.py" line="26" />
        <source>（暂定：所跨年份的节假日安排尚未公布）</source>
        <translation> (provisional: the holiday calendar of a year it spans is not published yet)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/due_words.py" line="28" />
        <source>正常</source>
        <translation>on time</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/due_words.py" line="29" />
        <source>黄牌预警</source>
        <translation>yellow warning</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/due_words.py" line="30" />
        <source>红牌（已超期）</source>
        <translation>red (overdue)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/due_words.py" line="33" />
        <source>，进行中</source>
        <translation>, in progress</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/due_words.py" line="35" />
        <source>，超时（红牌）</source>
        <translation>, overdue (red)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/due_words.py" line="36" />
        <source>，临近到期（黄牌）</source>
        <translation>, due soon (yellow)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/identifiers.py" line="23" />
        <source>居民身份证号码</source>
        <translation>Resident ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/identifiers.py" line="24" />
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/identifiers.py" line="28" />
        <source>应为18位（GB 11643）</source>
        <translation>it must have 18 characters (GB 11643)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/identifiers.py" line="29" />
        <source>前17位应为数字，末位为数字或X（GB 11643）</source>
        <translation>the first 17 characters must be digits, the last a digit or X (GB 11643)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/identifiers.py" line="30" />
        <source>出生日期（第7—14位）不存在或晚于今天（GB 11643）</source>
        <translation>the date of birth (digits 7 to 14) does not exist or is after today (GB 11643)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/identifiers.py" line="31" />
        <source>校验码（第18位）不符，请核对号码（GB 11643）</source>
        <translation>the check digit (the 18th) does not match: please check the number (GB 11643)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/identifiers.py" line="32" />
        <source>应为18位（GB 32100）</source>
        <translation>it must have 18 characters (GB 32100)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/identifiers.py" line="33" />
        <source>含有不允许的字符（不得使用I、O、Z、S、V）（GB 32100）</source>
        <translation>it has characters that are not allowed (I, O, Z, S and V are never used) (GB 32100)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/identifiers.py" line="34" />
        <source>登记管理部门码或机构类别码（第1、2位）无效（GB 32100）</source>
        <translation>the registration authority or category code (characters 1 and 2) is not valid (GB 32100)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/identifiers.py" line="35" />
        <source>行政区划码（第3—8位）应为6位数字（GB 32100）</source>
        <translation>the region code (characters 3 to 8) must be 6 digits (GB 32100)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/identifiers.py" line="36" />
        <source>校验码（第18位）不符，请核对代码（GB 32100）</source>
        <translation>the check character (the 18th) does not match: please check the code (GB 32100)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/phrases.py" line="24" />
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/domain/phrases.py" line="25" />
        <source>或</source>
        <translation> or </translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="23" />
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="24" />
        <source>登录失败</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="25" />
        <source>建立首个管理员</source>
        <translation>Create the first admin</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="26" />
        <source>新增用户</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="27" />
        <source>修改角色</source>
        <translation>Change roles</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="28" />
        <source>启用用户</source>
        <translation>Enable user</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="29" />
        <source>停用用户</source>
        <translation>Disable user</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="30" />
        <source>重设密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="31" />
        <source>修改单位信息</source>
        <translation>Change bureau profile</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="32" />
        <source>修改督办设置</source>
        <translation>Change supervision settings</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="33" />
        <source>设置签章密钥</source>
        <translation>Set signing keys</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="34" />
        <source>移出签章私钥</source>
        <translation>Move signing keys out</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="35" />
        <source>录入节假日</source>
        <translation>Enter holidays</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="36" />
        <source>按新日历重算期限</source>
        <translation>Due dates recounted by the new calendar</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="37" />
        <source>保存事项</source>
        <translation>Save item</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="38" />
        <source>停用事项</source>
        <translation>Retire item</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="39" />
        <source>恢复事项</source>
        <translation>Reinstate item</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="40" />
        <source>导入事项目录</source>
        <translation>Import the item catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="41" />
        <source>导入前台受理</source>
        <translation>Import front-desk cases</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="42" />
        <source>受理</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="43" />
        <source>登记申请人</source>
        <translation>Register applicant</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="44" />
        <source>材料收取</source>
        <translation>Material received</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="45" />
        <source>督办</source>
        <translation>Urge</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="46" />
        <source>确认督办</source>
        <translation>Acknowledge urge</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="47" />
        <source>制发文书</source>
        <translation>Issue document</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="48" />
        <source>登记许可证</source>
        <translation>Register licence</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="49" />
        <source>作废文书</source>
        <translation>Void document</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="50" />
        <source>打印副本</source>
        <translation>Print copy</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="51" />
        <source>导出核验网页</source>
        <translation>Export the verification page</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="52" />
        <source>登记送达</source>
        <translation>Record service</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="53" />
        <source>发送监管结果抄告</source>
        <translation>Send result notice</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="54" />
        <source>登记抄告回执</source>
        <translation>Record notice receipt</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="55" />
        <source>登记工单</source>
        <translation>Open ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="56" />
        <source>答复工单</source>
        <translation>Reply to ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="57" />
        <source>升级工单</source>
        <translation>Escalate ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="58" />
        <source>办结工单</source>
        <translation>Close ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="59" />
        <source>评价</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="60" />
        <source>整改回访</source>
        <translation>Follow-up fixed</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="61" />
        <source>答复回访</source>
        <translation>Answer follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="62" />
        <source>新增踏勘人员</source>
        <translation>Add inspector</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="63" />
        <source>修改踏勘人员</source>
        <translation>Change inspector</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="64" />
        <source>登记请假</source>
        <translation>Add leave</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="65" />
        <source>取消请假</source>
        <translation>Remove leave</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="66" />
        <source>新增回避关系</source>
        <translation>Add recusal tie</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="67" />
        <source>修改回避关系</source>
        <translation>Change recusal tie</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="68" />
        <source>记录抽取</source>
        <translation>Record draw</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="69" />
        <source>开启抽取</source>
        <translation>Open draw</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="70" />
        <source>登记见证</source>
        <translation>Record witness</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="71" />
        <source>导入踏勘人才库</source>
        <translation>Import inspector pool</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="72" />
        <source>填写现场踏勘记录</source>
        <translation>Fill in the on-site record</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="73" />
        <source>添加踏勘附件</source>
        <translation>Add an inspection file</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="74" />
        <source>踏勘人员确认记录</source>
        <translation>Inspector confirmed the record</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="75" />
        <source>提请复查踏勘</source>
        <translation>Request a re-inspection</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="76" />
        <source>办件并入联合踏勘</source>
        <translation>Cases joined to a joint inspection</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="77" />
        <source>登记工程建设项目</source>
        <translation>Register construction project</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="78" />
        <source>项目进入下一阶段</source>
        <translation>Move project to its next stage</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="79" />
        <source>生成演示数据</source>
        <translation>Generate demo data</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="80" />
        <source>登记告知承诺书</source>
        <translation>Record commitment</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="81" />
        <source>登记告知承诺核查结果</source>
        <translation>Record commitment check</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="83" />
        <source>新增记录</source>
        <translation>Record added</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="84" />
        <source>修改记录</source>
        <translation>Record changed</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="85" />
        <source>删除记录</source>
        <translation>Record deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="95" />
        <source>办件</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="98" />
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="99" />
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="101" />
        <source>用户角色</source>
        <translation>User roles</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="102" />
        <source>设置</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="104" />
        <source>节假日</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="105" />
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="106" />
        <source>文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="108" />
        <source>许可证</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="110" />
        <source>工程建设项目</source>
        <translation>Construction project</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="112" />
        <source>告知承诺</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="115" />
        <source>计时暂停</source>
        <translation>Clock pause</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="116" />
        <source>踏勘人员</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="117" />
        <source>回避关系</source>
        <translation>Recusal tie</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="118" />
        <source>踏勘抽取</source>
        <translation>Inspection draw</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="119" />
        <source>抽取记录</source>
        <translation>Draw log</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="120" />
        <source>工单</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="121" />
        <source>监管结果抄告</source>
        <translation>Result notice</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="122" />
        <source>评价回访</source>
        <translation>Rating follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="123" />
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="125" />
        <source>办件记录</source>
        <translation>Case history</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="126" />
        <source>材料清单</source>
        <translation>Materials checklist</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="128" />
        <source>踏勘组成员</source>
        <translation>Inspection team member</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="131" />
        <source>踏勘人员专业</source>
        <translation>Inspector's specialty</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="132" />
        <source>踏勘人员请假</source>
        <translation>Inspector's leave</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="134" />
        <source>抽取见证</source>
        <translation>Draw witness</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="136" />
        <source>现场踏勘记录</source>
        <translation>On-site inspection record</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="137" />
        <source>踏勘检查结果</source>
        <translation>Inspection findings</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="138" />
        <source>踏勘附件</source>
        <translation>Inspection files</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="139" />
        <source>事项检查要点</source>
        <translation>Item check points</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="142" />
        <source>工单记录</source>
        <translation>Ticket history</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="143" />
        <source>评价记录</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="146" />
        <source>抄告办件</source>
        <translation>Case in a result notice</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="147" />
        <source>送达记录</source>
        <translation>Record of service</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="148" />
        <source>容缺承诺</source>
        <translation>Promised materials</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="149" />
        <source>容缺材料补交</source>
        <translation>Promised material received</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="150" />
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="151" />
        <source>专业</source>
        <translation>Specialty</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="153" />
        <source>事项材料</source>
        <translation>Item material</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="154" />
        <source>事项所需专业</source>
        <translation>Item's required specialty</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="155" />
        <source>节假日年份</source>
        <translation>Holiday calendar year</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="157" />
        <source>日历版本</source>
        <translation>Calendar version</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="162" />
        <source>单位信息</source>
        <translation>Bureau profile</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="163" />
        <source>督办设置</source>
        <translation>Supervision settings</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="164" />
        <source>签章密钥</source>
        <translation>Signing keys</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="172" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="173" />
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="174" />
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="177" />
        <source>材料</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="178" />
        <source>已收</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="179" />
        <source>等级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="180" />
        <source>角色</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="182" />
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="183" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="184" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="185" />
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="187" />
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="188" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="189" />
        <source>副本份数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="192" />
        <source>办件数</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="193" />
        <source>承办人</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="194" />
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="196" />
        <source>调休上班日</source>
        <translation>Make-up working days</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="198" />
        <source>转交给</source>
        <translation>Passed to</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="200" />
        <source>摘要值</source>
        <translation>Digest</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="201" />
        <source>抽取</source>
        <translation>Draw</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="202" />
        <source>踏勘</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="203" />
        <source>联合踏勘的主踏勘</source>
        <translation>Lead of the joint inspection</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="204" />
        <source>并入的办件</source>
        <translation>Cases joined</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="205" />
        <source>二维码密钥</source>
        <translation>QR key</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="206" />
        <source>随机种子</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="207" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="208" />
        <source>已作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="209" />
        <source>作废原因</source>
        <translation>Void reason</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="210" />
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="211" />
        <source>承诺期限</source>
        <translation>Due (promised)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="212" />
        <source>法定期限</source>
        <translation>Due (statutory)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="213" />
        <source>认领时间</source>
        <translation>Claimed at</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="214" />
        <source>决定时间</source>
        <translation>Decided at</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="215" />
        <source>导入条数</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="216" />
        <source>新增</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="217" />
        <source>更新</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="218" />
        <source>登录失败次数</source>
        <translation>Failed sign-ins</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="219" />
        <source>锁定至</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="221" />
        <source>是</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="221" />
        <source>否</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="222" />
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="283" />
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/applicants.py" line="49" />
        <source>法定代表人身份证号码</source>
        <translation>Legal representative's ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/claims.py" line="37" />
        <source>他人</source>
        <translation>someone else</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/explanation.py" line="46" />
        <source>审查</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/explanation.py" line="47" />
        <source>审批签发</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/explanation.py" line="49" />
        <source>制证</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cases/explanation.py" line="54" />
        <source>送达</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location filename="../../desktop/services/demo/generate.py" line="144" />
        <source>工作人员</source>
        <translation>staff</translation>
    </message>
    <message>
        <location filename="../../desktop/services/input_files.py" line="12" />
        <source>不存在，请检查路径</source>
        <translation>does not exist: check the path</translation>
    </message>
    <message>
        <location filename="../../desktop/services/input_files.py" line="13" />
        <source>是一个文件夹，请选择其中的文件</source>
        <translation>is a folder: choose a file in it</translation>
    </message>
    <message>
        <location filename="../../desktop/services/input_files.py" line="14" />
        <source>不是文件夹，请给出文件夹的路径</source>
        <translation>is not a folder: give the path of a folder</translation>
    </message>
    <message>
        <location filename="../../desktop/services/input_files.py" line="15" />
        <source>没有读取权限，请检查文件的权限或换一个位置</source>
        <translation>cannot be read (no permission): check its permissions or move it elsewhere</translation>
    </message>
    <message>
        <location filename="../../desktop/services/input_files.py" line="16" />
        <source>无法读取（文件可能已损坏、被占用或在已断开的网络位置），请换一份文件重试</source>
        <translation>cannot be read (it may be damaged, in use, or on a disconnected network drive): try another copy</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sheets.py" line="15" />
        <source>有一个字段超过 131072 个字符</source>
        <translation>a field has more than 131072 characters</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sheets.py" line="16" />
        <source>格式不符合 CSV</source>
        <translation>it is not in CSV format</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/ratings.py" line="107" />
        <source>本件差评已登记整改，请由督办人员回访答复</source>
        <translation>The fix is recorded: a supervisor answers the applicant next</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/ratings.py" line="108" />
        <source>请填写整改情况</source>
        <translation>Describe the fix</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/ratings.py" line="124" />
        <source>请先登记整改情况，再回访答复申请人</source>
        <translation>Record the fix first, then answer the applicant</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/ratings.py" line="125" />
        <source>请填写回访答复的内容</source>
        <translation>Enter the answer given to the applicant</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/settings.py" line="24" />
        <source>热线咨询答复时限</source>
        <translation>hotline answer limit</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/settings.py" line="25" />
        <source>投诉答复时限</source>
        <translation>complaint answer limit</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/settings.py" line="26" />
        <source>差评整改回访时限</source>
        <translation>poor-rating follow-up limit</translation>
    </message>
    <message>
        <location filename="../../desktop/services/supervision/settings.py" line="27" />
        <source>抄告回执时限</source>
        <translation>result-notice receipt limit</translation>
    </message>
</context>
<context>
    <name>phrases</name>
    <message>
        <location filename="../../desktop/domain/calendar_notice.py" line="23" />
        <source>{year}年的节假日安排尚未录入：跨入{year}年的期限均为暂定。请在“系统管理 → 节假日”中录入国务院办公厅公布的安排。</source>
        <translation>The holidays of {year} have not been entered: every due date reaching into {year} is provisional. Enter the arrangement the State Council has published under “Administration → Holidays”.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/due_words.py" line="48" />
        <source>已于 {day} 作出决定或办结，计时停止：{state}</source>
        <translation>Decided or closed on {day}, the clock stopped: {state}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/due_words.py" line="56" />
        <source>今日 {today}：距承诺期限还有 {days} 个工作日，{state}</source>
        <translation>Today, {today}: {days} working days left to the promised due date, {state}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/due_words.py" line="71" />
        <source>期限所依据的节假日安排版本未记录（本件在记录版本之前计算）</source>
        <translation>The calendar version these dates were counted by was not recorded (counted before versions were kept)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/due_words.py" line="73" />
        <source>期限按初次录入的节假日安排和预警比例计算（尚未修改过）</source>
        <translation>Dates counted by the holidays and warning share as first entered (never changed)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/due_words.py" line="75" />
        <source>（{day} 修改）</source>
        <translation> (changed {day})</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/due_words.py" line="77" />
        <source>期限按第 {version} 版节假日安排和预警比例计算{when}</source>
        <translation>Dates counted by version {version} of the holidays and warning share{when}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/due_words.py" line="85" />
        <source>  此后节假日安排或预警比例已修改（现为第 {current} 版）；本件已办结，期限保持办结时的计算</source>
        <translation>  The holidays or the warning share have changed since (now version {current}); the case is closed and keeps the dates it was decided under</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/due_words.py" line="92" />
        <source>  办结时记录的承诺期限为 {day}</source>
        <translation>  Promised due date recorded at closing: {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/due_words.py" line="98" />
        <source>{name}：{limit} 个工作日，自受理日 {start} 的次日起算，至 {due} 届满{mark}</source>
        <translation>{name}: {limit} working days, counted from the day after acceptance ({start}), ending on {due}{mark}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/due_words.py" line="108" />
        <source>  延长 {days} 个工作日（已批准）</source>
        <translation>  Extended by {days} working days (approved)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/due_words.py" line="117" />
        <source>  {kind}暂停：{stopped} 停止计时，今日（仍在暂停） 恢复，扣除 {days} 个工作日</source>
        <translation>  Paused for the {kind}: stopped on {stopped}, still paused today, {days} working days not counted so far</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/due_words.py" line="124" />
        <source>  {kind}暂停：{stopped} 停止计时，{resumed} 恢复，扣除 {days} 个工作日</source>
        <translation>  Paused for the {kind}: stopped on {stopped}, restarted on {resumed}, {days} working days not counted</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/due_words.py" line="131" />
        <source>  跳过法定节假日：{days}</source>
        <translation>  Public holidays skipped: {days}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/due_words.py" line="134" />
        <source>  计入调休工作日：{days}</source>
        <translation>  Make-up working days counted: {days}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/due_words.py" line="140" />
        <source>，{day} 完成</source>
        <translation>, done on {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/due_words.py" line="141" />
        <source>环节“{name}”：时限 {limit} 个工作日，{start} 开始，{due} 到期{done}{late}</source>
        <translation>Step "{name}": {limit} working days, started on {start}, due on {due}{done}{late}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/admin/startup.py" line="52" />
        <source>已生成演示数据：账号 eng1、soc1、review1、head1、clerk1、super1、admin 等，密码 {password}</source>
        <translation>Demo data created: accounts eng1, soc1, review1, head1, clerk1, super1, admin and more, password {password}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="288" />
        <source>{field}：{old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit_words.py" line="296" />
        <source>{field}：{new}</source>
        <translation>{field}: {new}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/issuing.py" line="395" />
        <source>本局发文登记中该文书已作废，原因：{reason}</source>
        <translation>This bureau's register has the document as void, because: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/issuing.py" line="397" />
        <source>本局发文登记中该文书已作废</source>
        <translation>This bureau's register has the document as void</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/verdict_words.py" line="15" />
        <source>有效：文书由本局签章，签章后未被改动</source>
        <translation>Valid: sealed by this bureau and not changed since</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/verdict_words.py" line="16" />
        <source>已作废：文书由本局签章，但已标记作废</source>
        <translation>Void: sealed by this bureau, but marked void</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/verdict_words.py" line="17" />
        <source>无效：文书在签章后被改动或签章已损坏</source>
        <translation>Not valid: changed after it was sealed, or the seal signature is damaged</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/verdict_words.py" line="18" />
        <source>无法确认：签章证书不是本局受信任的证书</source>
        <translation>Cannot be confirmed: the seal certificate is not one this bureau trusts</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/verdict_words.py" line="19" />
        <source>无效：文书没有电子签章</source>
        <translation>Not valid: the document has no electronic seal</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/verdict_words.py" line="22" />
        <source>有效：二维码由本局签发，内容未被改动</source>
        <translation>Valid: QR code issued by this bureau, unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/verdict_words.py" line="23" />
        <source>已作废：二维码由本局签发，但该文书已作废</source>
        <translation>Void: QR code issued by this bureau, but the document is void</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/verdict_words.py" line="24" />
        <source>无效：二维码内容被改动，或与文书内容不符</source>
        <translation>Not valid: the QR code was changed, or does not match the document</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/verdict_words.py" line="25" />
        <source>无法确认：二维码不是由受信任的本局密钥签发</source>
        <translation>Cannot be confirmed: the QR code was not signed with a key this bureau trusts</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/verdict_words.py" line="26" />
        <source>无法识别：不是本局文书的二维码</source>
        <translation>Not recognised: not a QR code of this bureau's documents</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/verdict_words.py" line="29" />
        <source>文件无法读取：不是完整的 PDF 文件</source>
        <translation>The file cannot be read: it is not a complete PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/verdict_words.py" line="30" />
        <source>文件中找不到电子签章</source>
        <translation>The file has no electronic seal</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/verdict_words.py" line="31" />
        <source>文件中有多个签章，本局文书只有一个</source>
        <translation>The file has several signatures; this bureau's documents have one</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/verdict_words.py" line="32" />
        <source>签章数据已损坏或格式不符，无法核验</source>
        <translation>The seal signature is damaged or in an unknown form and cannot be checked</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/verdict_words.py" line="33" />
        <source>签章与文书内容不符：文书在签章后被改动</source>
        <translation>The seal does not match the content: the document was changed after sealing</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/verdict_words.py" line="34" />
        <source>签章之后文件又被追加了改动</source>
        <translation>Changes were appended to the file after it was sealed</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/verdict_words.py" line="35" />
        <source>文书未按“签章后不允许改动”的方式签章</source>
        <translation>The document was not sealed as “no changes allowed after sealing”</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/verdict_words.py" line="36" />
        <source>签章证书不是本局受信任的证书</source>
        <translation>The seal certificate is not one this bureau trusts</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/verdict_words.py" line="37" />
        <source>签章未通过核验</source>
        <translation>The seal did not pass the check</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/verdict_words.py" line="38" />
        <source>文书上印有作废标记</source>
        <translation>The document is printed as void</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/verdict_words.py" line="41" />
        <source>扫描到的内容不是本局文书二维码的格式</source>
        <translation>What was scanned is not in the form of this bureau's document QR codes</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/verdict_words.py" line="42" />
        <source>签发二维码的密钥不是本局受信任的密钥</source>
        <translation>The QR code's key is not one this bureau trusts</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/verdict_words.py" line="43" />
        <source>二维码内容与其签名不符：内容被改动</source>
        <translation>The QR code's content does not match its signature: it was changed</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/verdict_words.py" line="44" />
        <source>二维码与文书内容不符</source>
        <translation>The QR code does not match the document</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/verdict_words.py" line="53" />
        <source>签章证书（{signer}）不是本局受信任的证书</source>
        <translation>The seal certificate ({signer}) is not one this bureau trusts</translation>
    </message>
</context>
</TS>