<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../forms/action_dialog.ui" line="38" />
        <source> 个工作日</source>
        <translation> working days</translation>
    </message>
</context>
<context>
    <name>AdminWindow</name>
    <message>
        <location filename="../../forms/admin_window.ui" line="9" />
        <source>系统管理</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/admin_window.ui" line="22" />
        <source>事项目录</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/admin_window.ui" line="28" />
        <source>按事项编码或名称搜索</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/admin_window.ui" line="32" />
        <source>新增事项</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/admin_window.ui" line="33" />
        <source>编辑</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/admin_window.ui" line="34" />
        <source>停用/启用</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/admin_window.ui" line="35" />
        <source>从 Excel 导入…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/admin_window.ui" line="36" />
        <source>导出 Excel…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/admin_window.ui" line="53" />
        <source>节假日</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/admin_window.ui" line="57" />
        <source>已录入的年份：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/admin_window.ui" line="59" />
        <source>录入/修改年份…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/admin_window.ui" line="70" />
        <source>单位信息</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/admin_window.ui" line="76" />
        <source>保存单位信息</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/admin_window.ui" line="83" />
        <source>前台受理导入</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/admin_window.ui" line="88" />
        <source>选择前台受理系统导出的 CSV 或 Excel 文件。每行逐项校验；已导入过的受理编号自动跳过，同一文件重复导入不会重复登记。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/admin_window.ui" line="93" />
        <source>选择文件并导入…</source>
        <translation type="unfinished" />
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
        <location filename="../../forms/coordinator_window.ui" line="174" />
        <source>人工指定…</source>
        <translation>Assign by hand…</translation>
    </message>
    <message>
        <location filename="../../forms/coordinator_window.ui" line="68" />
        <location filename="../../forms/coordinator_window.ui" line="176" />
        <source>延期…</source>
        <translation>Postpone…</translation>
    </message>
    <message>
        <location filename="../../forms/coordinator_window.ui" line="69" />
        <location filename="../../forms/coordinator_window.ui" line="177" />
        <source>取消踏勘…</source>
        <translation>Cancel inspection…</translation>
    </message>
    <message>
        <location filename="../../forms/coordinator_window.ui" line="74" />
        <source>抽取（双随机：种子在抽取前登记，可凭种子和数据快照重放）</source>
        <translation>Draw (the seed is recorded before drawing; seed and data snapshot replay it)</translation>
    </message>
    <message>
        <location filename="../../forms/coordinator_window.ui" line="76" />
        <source>自</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../forms/coordinator_window.ui" line="80" />
        <source>yyyy-MM-dd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/coordinator_window.ui" line="83" />
        <source>起</source>
        <translation>for</translation>
    </message>
    <message>
        <location filename="../../forms/coordinator_window.ui" line="89" />
        <source> 个工作日</source>
        <translation> working days</translation>
    </message>
    <message>
        <location filename="../../forms/coordinator_window.ui" line="92" />
        <source>随机种子：</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <location filename="../../forms/coordinator_window.ui" line="99" />
        <source>换一个种子</source>
        <translation>New seed</translation>
    </message>
    <message>
        <location filename="../../forms/coordinator_window.ui" line="102" />
        <source>抽取</source>
        <translation>Draw</translation>
    </message>
    <message>
        <location filename="../../forms/coordinator_window.ui" line="120" />
        <source>抽取结果</source>
        <translation>Draw results</translation>
    </message>
    <message>
        <location filename="../../forms/coordinator_window.ui" line="124" />
        <source>抽取记录：</source>
        <translation>Draw:</translation>
    </message>
    <message>
        <location filename="../../forms/coordinator_window.ui" line="130" />
        <location filename="../../desktop/ui/coordinator_window.py" line="327" />
        <source>重放核验</source>
        <translation>Replay and verify</translation>
    </message>
    <message>
        <location filename="../../forms/coordinator_window.ui" line="157" />
        <source>已安排</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location filename="../../forms/coordinator_window.ui" line="173" />
        <source>补抽替换…</source>
        <translation>Replace member…</translation>
    </message>
    <message>
        <location filename="../../forms/coordinator_window.ui" line="175" />
        <source>改期…</source>
        <translation>Reschedule…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_window.py" line="40" />
        <source>登记种子和数据快照……</source>
        <translation>Recording the seed and data snapshot…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_window.py" line="41" />
        <source>正在抽取……</source>
        <translation>Drawing…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_window.py" line="42" />
        <source>正在保存……</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_window.py" line="56" />
        <location filename="../../desktop/ui/coordinator_window.py" line="70" />
        <location filename="../../desktop/ui/coordinator_window.py" line="84" />
        <source>受理编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_window.py" line="57" />
        <location filename="../../desktop/ui/coordinator_window.py" line="85" />
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_window.py" line="58" />
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_window.py" line="59" />
        <source>责任部门</source>
        <translation>Responsible department</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_window.py" line="60" />
        <source>所需专业</source>
        <translation>Specialties needed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_window.py" line="61" />
        <source>时间窗</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_window.py" line="62" />
        <source>人数</source>
        <translation>Team size</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_window.py" line="63" />
        <source>地点</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_window.py" line="71" />
        <location filename="../../desktop/ui/coordinator_window.py" line="82" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_window.py" line="72" />
        <location filename="../../desktop/ui/coordinator_window.py" line="83" />
        <source>半天</source>
        <translation>Half-day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_window.py" line="73" />
        <location filename="../../desktop/ui/coordinator_window.py" line="86" />
        <source>踏勘组</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_window.py" line="74" />
        <location filename="../../desktop/ui/coordinator_window.py" line="87" />
        <source>备选人员</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_window.py" line="75" />
        <source>未安排原因</source>
        <translation>Why not planned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_window.py" line="88" />
        <source>抽取编号</source>
        <translation>Draw</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_window.py" line="143" />
        <location filename="../../desktop/ui/coordinator_window.py" line="149" />
        <location filename="../../desktop/ui/coordinator_window.py" line="151" />
        <location filename="../../desktop/ui/coordinator_window.py" line="172" />
        <location filename="../../desktop/ui/coordinator_window.py" line="269" />
        <source>正在读取……</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_window.py" line="162" />
        <source>正在办理……</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_window.py" line="206" />
        <source>待安排的踏勘申请（%1 项）</source>
        <translation>Pending inspection requests (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_window.py" line="242" />
        <source>抽取 %1 完成：安排 %2 项，未安排 %3 项</source>
        <translation>Draw %1 done: %2 planned, %3 not planned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_window.py" line="274" />
        <source>公平已证明</source>
        <translation>fairness proven</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_window.py" line="274" />
        <source>未达计数下限</source>
        <translation>above the counting floor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_window.py" line="276" />
        <source>抽取 %1 · 种子 %2 · 规则版本 %3 · 操作人 %4</source>
        <translation>Draw %1 · seed %2 · rules version %3 · by %4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_window.py" line="283" />
        <source>结果摘要 %1… · 最高负荷 %2，计数下限 %3（%4）</source>
        <translation>Result digest %1… · highest load %2, counting floor %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_window.py" line="323" />
        <source>正在重放核验……</source>
        <translation>Replaying…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_window.py" line="341" />
        <source>人工</source>
        <translation>by hand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_window.py" line="356" />
        <source>请先选择一项踏勘</source>
        <translation>Select an inspection first</translation>
    </message>
</context>
<context>
    <name>DatabaseChoice</name>
    <message>
        <location filename="../../forms/database_choice.ui" line="6" />
        <source>首次使用 — 审批工作台</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/database_choice.ui" line="11" />
        <source>请选择数据存放在哪里。以后可用 --db 参数或环境变量 APPROVAL_DESK_DB 改用其他数据库。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/database_choice.ui" line="16" />
        <source>只在本机使用（内置数据库，无需任何设置）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/database_choice.ui" line="22" />
        <source>连接单位的共享服务器（PostgreSQL）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/database_choice.ui" line="27" />
        <source>服务器</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/database_choice.ui" line="30" />
        <source>地址：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/database_choice.ui" line="31" />
        <source>如 192.168.1.10 或 db.bureau.local</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/database_choice.ui" line="32" />
        <source>端口：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/database_choice.ui" line="34" />
        <source>数据库：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/database_choice.ui" line="36" />
        <source>测试用账号：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/database_choice.ui" line="38" />
        <source>密码：</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../forms/database_choice.ui" line="40" />
        <source>加密连接：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/database_choice.ui" line="42" />
        <source>测试连接</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DrawExplanation</name>
    <message>
        <location filename="../../desktop/ui/draw_explanation.py" line="15" />
        <source>上午</source>
        <translation>morning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/draw_explanation.py" line="16" />
        <source>下午</source>
        <translation>afternoon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/draw_explanation.py" line="17" />
        <source>未安排：</source>
        <translation>Not planned: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/draw_explanation.py" line="18" />
        <source>踏勘组</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/draw_explanation.py" line="19" />
        <source>备选人员（依次递补）</source>
        <translation>Backups (in order of replacement)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/draw_explanation.py" line="20" />
        <source>另有 %1 人符合条件，未被抽中（种子权重较低，或会超出本次最高负荷）</source>
        <translation>%1 other eligible inspectors were not drawn (lower seeded weight, or above this draw's highest load)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/draw_explanation.py" line="23" />
        <source>不符合条件的人员及原因</source>
        <translation>Not eligible, and why</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/draw_explanation.py" line="24" />
        <source>责任部门人员</source>
        <translation>responsible department</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/draw_explanation.py" line="25" />
        <source>专业：</source>
        <translation>specialties: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/draw_explanation.py" line="26" />
        <source>权重 %1</source>
        <translation>weight %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/draw_explanation.py" line="27" />
        <source>安排后负荷 %1</source>
        <translation>load after %1</translation>
    </message>
</context>
<context>
    <name>FirstAdmin</name>
    <message>
        <location filename="../../forms/first_admin.ui" line="6" />
        <source>新数据库 — 审批工作台</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/first_admin.ui" line="11" />
        <source>这是一个新的数据库。请填写本单位名称，并建立第一个系统管理员账号；其他工作人员的账号由管理员在“系统管理”中添加。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/first_admin.ui" line="16" />
        <source>机关名称：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/first_admin.ui" line="18" />
        <source>文号机关代字：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/first_admin.ui" line="19" />
        <source>如 渭高审批</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/first_admin.ui" line="20" />
        <source>管理员用户名：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/first_admin.ui" line="22" />
        <source>管理员姓名：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/first_admin.ui" line="24" />
        <source>密码：</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../forms/first_admin.ui" line="26" />
        <source>再次输入密码：</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InspectionActions</name>
    <message>
        <location filename="../../desktop/ui/inspection_actions.py" line="65" />
        <source>%1：无人可以递补，已退回待安排，请重新抽取或人工指定</source>
        <translation>%1: nobody can step in; the request is pending again: draw again or assign by hand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection_actions.py" line="69" />
        <source>%1：%2 由 %3 递补</source>
        <translation>%1: %3 replaces %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection_actions.py" line="113" />
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
        <translation type="unfinished" />
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
        <location filename="../../forms/inspection_change.ui" line="75" />
        <source>理由：</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection_change_dialog.py" line="79" />
        <source>无法参加（拒绝、生病等）</source>
        <translation>Cannot go (declined, ill, …)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection_change_dialog.py" line="80" />
        <source>申报利害关系，需回避</source>
        <translation>Declared a conflict of interest</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection_change_dialog.py" line="81" />
        <source>上午</source>
        <translation>morning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection_change_dialog.py" line="82" />
        <source>下午</source>
        <translation>afternoon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection_change_dialog.py" line="86" />
        <source>新时间窗自：</source>
        <translation>New window from:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection_change_dialog.py" line="99" />
        <source>办理</source>
        <translation>Do it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection_change_dialog.py" line="100" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection_change_dialog.py" line="110" />
        <source>补抽替换</source>
        <translation>Replace member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection_change_dialog.py" line="111" />
        <source>人工指定踏勘组</source>
        <translation>Assign the team by hand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection_change_dialog.py" line="112" />
        <source>改期</source>
        <translation>Reschedule</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection_change_dialog.py" line="113" />
        <source>延期</source>
        <translation>Postpone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection_change_dialog.py" line="114" />
        <source>取消踏勘</source>
        <translation>Cancel inspection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection_change_dialog.py" line="120" />
        <source>按本次抽取公布的备选顺序递补，其余安排不变；申报回避的将记入回避关系。</source>
        <translation>The first backup in the draw's published order steps in; nothing else changes. A declared conflict is recorded as a recusal tie.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection_change_dialog.py" line="123" />
        <source>人工指定须符合全部规则（人数、责任部门、专业、回避、请假、冲突、每日上限），理由记入抽取记录。</source>
        <translation>A team set by hand must keep every rule (size, department, specialties, recusal, leave, clashes, daily limit); the reason goes into the draw log.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection_change_dialog.py" line="126" />
        <source>原踏勘组改到时间窗内的另一个半天，须全体有空。</source>
        <translation>The same team at another half-day of the window; everyone must be free.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection_change_dialog.py" line="127" />
        <source>退回待安排，按新的时间窗参加下一次抽取。</source>
        <translation>Back to the pending requests; the next draw plans it in the new window.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inspection_change_dialog.py" line="128" />
        <source>取消后不再安排；记录保留。</source>
        <translation>No longer planned; the record stays.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="39" />
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
        <location filename="../../forms/main_window.ui" line="91" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="92" />
        <source>重新读取办件和计数（F5）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="93" />
        <source>F5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="96" />
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="97" />
        <source>按编号、申请人或证件号搜索（Ctrl+F）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="98" />
        <source>Ctrl+F</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="101" />
        <location filename="../../desktop/ui/main_window.py" line="177" />
        <source>保存筛选</source>
        <translation>Save filter</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="102" />
        <source>把当前视图、搜索和排序存为“我的筛选”（Ctrl+S）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="103" />
        <source>Ctrl+S</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="106" />
        <source>删除筛选</source>
        <translation>Delete filter</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="107" />
        <source>删除左侧选中的“我的筛选”（Delete）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="108" />
        <source>Del</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="112" />
        <source>踏勘协调</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="113" />
        <source>踏勘日历、待安排申请、抽取与调整（Ctrl+Shift+T）</source>
        <translation>Inspection calendar, pending requests, draws and changes (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="114" />
        <source>Ctrl+Shift+T</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="117" />
        <source>系统管理</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="118" />
        <source>事项目录、节假日、单位信息、前台受理导入（Ctrl+Shift+M）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="119" />
        <source>Ctrl+Shift+M</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="164" />
        <source>我的筛选</source>
        <translation>My filters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="177" />
        <source>名称：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="254" />
        <source>（程序会自动重试）</source>
        <translation> (retrying automatically)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="259" />
        <source>正在加载……</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="261" />
        <source>已加载 %1 件</source>
        <translation>%1 cases loaded</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/navigation.py" line="20" />
        <source>办件队列</source>
        <translation>Case queues</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/navigation.py" line="38" />
        <source>我的筛选</source>
        <translation>My filters</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../desktop/ui/queue_model.py" line="31" />
        <source>受理编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue_model.py" line="32" />
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue_model.py" line="33" />
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue_model.py" line="34" />
        <source>项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue_model.py" line="35" />
        <source>受理日期</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue_model.py" line="36" />
        <source>承诺期限</source>
        <translation>Due (promised)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue_model.py" line="37" />
        <source>剩余工作日</source>
        <translation>Working days left</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue_model.py" line="38" />
        <source>预警</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue_model.py" line="39" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue_model.py" line="40" />
        <source>承办人</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue_model.py" line="45" />
        <source>黄牌</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue_model.py" line="46" />
        <source>红牌</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue_model.py" line="202" />
        <source>【绿】</source>
        <translation>[Green] </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue_model.py" line="214" />
        <source>（暂定）</source>
        <translation> (provisional)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue_model.py" line="218" />
        <source>暂停计时</source>
        <translation>Clock paused</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue_model.py" line="233" />
        <source>申请人：</source>
        <translation>Applicant: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue_model.py" line="236" />
        <source>绿色通道：优先办理</source>
        <translation>Green channel: handle first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue_model.py" line="239" />
        <source>期限为暂定：所跨年份的节假日安排尚未公布</source>
        <translation>Provisional: the holiday calendar of a year it spans is not published yet</translation>
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
        <location filename="../../desktop/ui/signin_dialog.py" line="33" />
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin_dialog.py" line="34" />
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin_dialog.py" line="35" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin_dialog.py" line="44" />
        <source>请输入用户名和密码</source>
        <translation>Please enter your user name and password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin_dialog.py" line="47" />
        <source>正在验证……</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>WeekCalendarModel</name>
    <message>
        <location filename="../../desktop/ui/week_calendar_model.py" line="27" />
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/week_calendar_model.py" line="28" />
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/week_calendar_model.py" line="29" />
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/week_calendar_model.py" line="30" />
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/week_calendar_model.py" line="31" />
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/week_calendar_model.py" line="32" />
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/week_calendar_model.py" line="33" />
        <source>周日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/week_calendar_model.py" line="36" />
        <source>上午</source>
        <translation>morning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/week_calendar_model.py" line="37" />
        <source>下午</source>
        <translation>afternoon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/week_calendar_model.py" line="40" />
        <source>踏勘人员</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/week_calendar_model.py" line="41" />
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/week_calendar_model.py" line="43" />
        <source>已停用</source>
        <translation>inactive</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="41" />
        <source>已收</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="42" />
        <source>缺少</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="43" />
        <source>待核对</source>
        <translation>To check</translation>
    </message>
    <message>
        <location filename="../../forms/workbench.ui" line="9" />
        <source>办件</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../forms/workbench.ui" line="15" />
        <location filename="../../desktop/ui/workbench.py" line="149" />
        <source>正在加载……</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../forms/workbench.ui" line="40" />
        <source>重新加载</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="99" />
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="99" />
        <source>材料</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="99" />
        <location filename="../../desktop/ui/workbench.py" line="116" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="99" />
        <source>收到日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="103" />
        <location filename="../../desktop/ui/workbench.py" line="112" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="104" />
        <source>办理人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="105" />
        <source>环节</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="106" />
        <source>原状态</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="107" />
        <source>新状态</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="108" />
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="112" />
        <source>层级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="112" />
        <source>意见</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="112" />
        <source>签署人</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="117" />
        <source>踏勘日期</source>
        <translation>Inspection day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="118" />
        <source>结论</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="119" />
        <source>踏勘人员</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="120" />
        <source>发现情况</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="124" />
        <source>文号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="124" />
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="124" />
        <source>签发时间</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="124" />
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../forms/workbench.ui" line="51" />
        <source>材料（双击切换已收/缺少）</source>
        <translation>Materials (double-click: received / missing)</translation>
    </message>
    <message>
        <location filename="../../forms/workbench.ui" line="65" />
        <source>办理记录</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../forms/workbench.ui" line="79" />
        <source>期限说明</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../forms/workbench.ui" line="89" />
        <source>审批意见</source>
        <translation>Opinions</translation>
    </message>
    <message>
        <location filename="../../forms/workbench.ui" line="103" />
        <source>现场踏勘</source>
        <translation>Site inspection</translation>
    </message>
    <message>
        <location filename="../../forms/workbench.ui" line="117" />
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="159" />
        <source>【绿色通道】</source>
        <translation>[Green channel] </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="163" />
        <source>申请人：%1（%2）  联系：%3</source>
        <translation>Applicant: %1 (%2)  Contact: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="170" />
        <source>项目：%1（%2）</source>
        <translation>Project: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="175" />
        <source>受理时间：%1  承办人：%2</source>
        <translation>Accepted: %1  Handler: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="177" />
        <source>未认领</source>
        <translation>unclaimed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="208" />
        <source>是</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="224" />
        <source>当前没有您可以办理的操作</source>
        <translation>Nothing you can do on this case now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="256" />
        <source>正在办理“%1”……</source>
        <translation>Working on “%1”…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="272" />
        <source>正在保存……</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="282" />
        <source>办件已变化</source>
        <translation>Case changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="282" />
        <source>现在重新加载吗？</source>
        <translation>Reload it now?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="287" />
        <source>（已填写的内容已保留，再次办理时会自动填入）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="288" />
        <source>未能办理</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="317" />
        <source>本件已被%1修改，显示的内容已过时。</source>
        <translation>%1 changed this case: what you see is out of date.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="16" />
        <source>工程建设类</source>
        <translation>Engineering construction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="17" />
        <source>社会事务类</source>
        <translation>Social affairs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="18" />
        <source>待认领</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="19" />
        <source>我的办件</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="20" />
        <source>待我审批</source>
        <translation>Awaiting my sign-off</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="21" />
        <source>补正中</source>
        <translation>Supplement requested</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="22" />
        <source>踏勘/特别程序</source>
        <translation>Inspection / special procedure</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="23" />
        <source>即将到期（黄牌）</source>
        <translation>Due soon (yellow)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="24" />
        <source>已超期（红牌）</source>
        <translation>Overdue (red)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="25" />
        <source>绿色通道</source>
        <translation>Green channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="26" />
        <source>全部办件</source>
        <translation>All cases</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="27" />
        <source>审查中</source>
        <translation>Under review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="28" />
        <source>现场踏勘</source>
        <translation>Site inspection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="29" />
        <source>特别程序</source>
        <translation>Special procedure</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="30" />
        <source>已拟决定</source>
        <translation>Decision proposed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="31" />
        <source>待审批</source>
        <translation>Awaiting sign-off</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="32" />
        <source>准予许可</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="33" />
        <source>不予许可</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="34" />
        <source>已制证</source>
        <translation>Certificate issued</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="35" />
        <source>已送达（办结）</source>
        <translation>Delivered (completed)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="36" />
        <source>申请人撤回</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="37" />
        <source>终止办理</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="39" />
        <source>认领</source>
        <translation>Claim</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="40" />
        <source>退回待认领</source>
        <translation>Return to pool</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="41" />
        <source>指派</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="42" />
        <source>转办</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="43" />
        <source>一次性告知补正</source>
        <translation>Request supplement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="44" />
        <source>补正材料已收</source>
        <translation>Supplement received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="45" />
        <source>提请现场踏勘</source>
        <translation>Request inspection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="46" />
        <source>踏勘结束</source>
        <translation>Inspection done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="47" />
        <source>进入特别程序</source>
        <translation>Start special procedure</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="48" />
        <source>特别程序结束</source>
        <translation>End special procedure</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="49" />
        <source>拟定审查意见</source>
        <translation>Propose decision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="50" />
        <source>审核同意</source>
        <translation>Sign off</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="51" />
        <source>退回承办人</source>
        <translation>Send back</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="52" />
        <source>延长期限</source>
        <translation>Extend</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="53" />
        <source>制证</source>
        <translation>Issue certificate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="54" />
        <source>送达出件</source>
        <translation>Deliver</translation>
    </message>
</context>
</TS>