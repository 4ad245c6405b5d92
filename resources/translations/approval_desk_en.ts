<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="44" />
        <source>审批工作台 — %1</source>
        <translation>Approval Desk — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="72" />
        <source>搜索：受理编号、申请人名称、身份证号码或统一社会信用代码（Ctrl+F）</source>
        <translation>Search: case number, applicant name, resident ID or credit code (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="112" />
        <source>操作</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="115" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="118" />
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="121" />
        <location filename="../../desktop/ui/main_window.py" line="196" />
        <source>保存筛选</source>
        <translation>Save filter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="124" />
        <source>删除筛选</source>
        <translation>Delete filter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="183" />
        <source>我的筛选</source>
        <translation>My filters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="196" />
        <source>名称：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="273" />
        <source>（程序会自动重试）</source>
        <translation> (retrying automatically)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="278" />
        <source>正在加载……</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="280" />
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
    <name>Workbench</name>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="44" />
        <source>已收</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="45" />
        <source>缺少</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="46" />
        <source>待核对</source>
        <translation>To check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="105" />
        <source>办件</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="107" />
        <location filename="../../desktop/ui/workbench.py" line="179" />
        <source>正在加载……</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="116" />
        <source>重新加载</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="120" />
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="120" />
        <source>材料</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="120" />
        <location filename="../../desktop/ui/workbench.py" line="137" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="120" />
        <source>收到日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="124" />
        <location filename="../../desktop/ui/workbench.py" line="133" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="125" />
        <source>办理人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="126" />
        <source>环节</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="127" />
        <source>原状态</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="128" />
        <source>新状态</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="129" />
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="133" />
        <source>层级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="133" />
        <source>意见</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="133" />
        <source>签署人</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="138" />
        <source>踏勘日期</source>
        <translation>Inspection day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="139" />
        <source>结论</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="140" />
        <source>踏勘人员</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="141" />
        <source>发现情况</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="145" />
        <source>文号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="145" />
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="145" />
        <source>签发时间</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="145" />
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="152" />
        <source>材料（双击切换已收/缺少）</source>
        <translation>Materials (double-click: received / missing)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="153" />
        <source>办理记录</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="154" />
        <source>期限说明</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="155" />
        <source>审批意见</source>
        <translation>Opinions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="156" />
        <source>现场踏勘</source>
        <translation>Site inspection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="157" />
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="189" />
        <source>【绿色通道】</source>
        <translation>[Green channel] </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="193" />
        <source>申请人：%1（%2）  联系：%3</source>
        <translation>Applicant: %1 (%2)  Contact: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="200" />
        <source>项目：%1（%2）</source>
        <translation>Project: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="205" />
        <source>受理时间：%1  承办人：%2</source>
        <translation>Accepted: %1  Handler: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="207" />
        <source>未认领</source>
        <translation>unclaimed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="238" />
        <source>是</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="254" />
        <source>当前没有您可以办理的操作</source>
        <translation>Nothing you can do on this case now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="283" />
        <source>正在办理“%1”……</source>
        <translation>Working on “%1”…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="295" />
        <source>正在保存……</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="305" />
        <source>办件已变化</source>
        <translation>Case changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="305" />
        <source>现在重新加载吗？</source>
        <translation>Reload it now?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="310" />
        <source>未能办理</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbench.py" line="339" />
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