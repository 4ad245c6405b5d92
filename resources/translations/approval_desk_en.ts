<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../forms/action_dialog.ui" line="38" />
        <source> 个工作日</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <location filename="../../desktop/ui/case_list_view.py" line="50" />
        <source>在“统计看板”或“分组统计”中点击一个数字，这里列出它包含的办件</source>
        <translation>Click a figure on the dashboard or in the breakdown to list its cases here</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_list_view.py" line="67" />
        <source>打开办件</source>
        <translation>Open case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_list_view.py" line="69" />
        <source>督办……</source>
        <translation>Urge…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_list_view.py" line="70" />
        <source>向承办人发出督办通知（仅限黄牌、红牌办件）</source>
        <translation>Send an urge to the handler (yellow or red cases only)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_list_view.py" line="85" />
        <source>正在统计……</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_list_view.py" line="90" />
        <source>共 %1 件</source>
        <translation>%1 cases</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_list_view.py" line="110" />
        <source>督办</source>
        <translation>Urge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_list_view.py" line="110" />
        <source>请先选择一件办件</source>
        <translation>Select a case first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_list_view.py" line="114" />
        <source>督办 %1</source>
        <translation>Urge %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_list_view.py" line="115" />
        <source>督办意见（要求承办人何时完成什么）：</source>
        <translation>Urge (what the handler must finish, by when):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_list_view.py" line="116" />
        <source>本件已超过（或即将超过）承诺时限，请抓紧办理并说明原因。</source>
        <translation>This case is past (or close to) its promised limit: please finish it and explain the delay.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_list_view.py" line="124" />
        <source>未能督办</source>
        <translation>Not urged</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_list_view.py" line="128" />
        <source>已督办 %1，承办人将在办件记录中看到</source>
        <translation>Urged %1: the handler sees it in the case history</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../desktop/ui/dashboard_view.py" line="28" />
        <source>受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_view.py" line="29" />
        <source>办结</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_view.py" line="31" />
        <source>办结率 %</source>
        <translation>Completion rate %</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_view.py" line="34" />
        <source>本期受理的办件中，期末前已送达的比例；点击查看未办结的办件</source>
        <translation>Share of the period's accepted cases delivered by its end; click for those not completed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_view.py" line="39" />
        <source>按时办结率 %</source>
        <translation>On-time rate %</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_view.py" line="42" />
        <source>本期作出决定的办件中，未超承诺期限的比例；点击查看超期的办件</source>
        <translation>Share of the period's decisions within the promised limit; click for the late ones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_view.py" line="47" />
        <source>平均用时 / 时限（工作日）</source>
        <translation>Average days used / limit (working days)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_view.py" line="50" />
        <source>暂停计时的日子不计；时限含延长的期限</source>
        <translation>Paused days do not count; the limit includes extensions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_view.py" line="52" />
        <source>提前决定</source>
        <translation>Decided early</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_view.py" line="53" />
        <source>超期决定</source>
        <translation>Decided late</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_view.py" line="54" />
        <source>当前红牌</source>
        <translation>Red now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_view.py" line="55" />
        <source>当前黄牌</source>
        <translation>Yellow now</translation>
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
    <name>FollowUpsView</name>
    <message>
        <location filename="../../desktop/ui/follow_ups_view.py" line="38" />
        <source>登记评价……</source>
        <translation>Record rating…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/follow_ups_view.py" line="39" />
        <source>登记整改……</source>
        <translation>Record fix…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/follow_ups_view.py" line="40" />
        <source>回访答复……</source>
        <translation>Answer applicant…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/follow_ups_view.py" line="53" />
        <location filename="../../desktop/ui/follow_ups_view.py" line="64" />
        <location filename="../../desktop/ui/follow_ups_view.py" line="72" />
        <source>登记评价</source>
        <translation>Record rating</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/follow_ups_view.py" line="53" />
        <source>受理编号：</source>
        <translation>Case number:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/follow_ups_view.py" line="57" />
        <source>非常满意</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/follow_ups_view.py" line="58" />
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/follow_ups_view.py" line="59" />
        <source>基本满意</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/follow_ups_view.py" line="60" />
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/follow_ups_view.py" line="61" />
        <source>非常不满意</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/follow_ups_view.py" line="64" />
        <source>申请人的评价：</source>
        <translation>The applicant's rating:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/follow_ups_view.py" line="72" />
        <source>差评：申请人的具体意见（必填）：</source>
        <translation>Poor rating: what the applicant said (required):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/follow_ups_view.py" line="79" />
        <source>已登记评价；差评已转入整改</source>
        <translation>Rating recorded; a poor one goes to follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/follow_ups_view.py" line="83" />
        <location filename="../../desktop/ui/follow_ups_view.py" line="94" />
        <source>请先选择一条差评</source>
        <translation>Select a poor rating first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/follow_ups_view.py" line="86" />
        <source>登记整改</source>
        <translation>Record fix</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/follow_ups_view.py" line="86" />
        <source>整改情况：</source>
        <translation>What was fixed:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/follow_ups_view.py" line="90" />
        <source>已登记整改</source>
        <translation>Fix recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/follow_ups_view.py" line="98" />
        <source>回访答复</source>
        <translation>Answer applicant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/follow_ups_view.py" line="98" />
        <source>告知申请人的整改结果：</source>
        <translation>What the applicant was told:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/follow_ups_view.py" line="104" />
        <source>已回访，本条差评办结</source>
        <translation>Answered: this poor rating is closed</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="38" />
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
        <location filename="../../forms/main_window.ui" line="69" />
        <source>操作</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="81" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="82" />
        <source>重新读取办件和计数（F5）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="83" />
        <source>F5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="86" />
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="87" />
        <source>按编号、申请人或证件号搜索（Ctrl+F）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="88" />
        <source>Ctrl+F</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="91" />
        <location filename="../../desktop/ui/main_window.py" line="146" />
        <source>保存筛选</source>
        <translation>Save filter</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="92" />
        <source>把当前视图、搜索和排序存为“我的筛选”（Ctrl+S）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="93" />
        <source>Ctrl+S</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="96" />
        <source>删除筛选</source>
        <translation>Delete filter</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="97" />
        <source>删除左侧选中的“我的筛选”（Delete）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="98" />
        <source>Del</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="133" />
        <source>我的筛选</source>
        <translation>My filters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="146" />
        <source>名称：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="223" />
        <source>（程序会自动重试）</source>
        <translation> (retrying automatically)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="228" />
        <source>正在加载……</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="230" />
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
    <name>NewTicketDialog</name>
    <message>
        <location filename="../../desktop/ui/ticket_dialog.py" line="29" />
        <source>登记来电或投诉</source>
        <translation>Register a call or complaint</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_dialog.py" line="32" />
        <source>热线咨询</source>
        <translation>Hotline question</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_dialog.py" line="33" />
        <source>投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_dialog.py" line="38" />
        <source>受理编号、申请人名称或证件号码</source>
        <translation>Case number, applicant name or ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_dialog.py" line="40" />
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_dialog.py" line="43" />
        <location filename="../../desktop/ui/ticket_dialog.py" line="70" />
        <source>（不关联办件）</source>
        <translation>(no case)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_dialog.py" line="48" />
        <source>类型：</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_dialog.py" line="49" />
        <source>来电人：</source>
        <translation>Caller:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_dialog.py" line="50" />
        <source>电话：</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_dialog.py" line="51" />
        <source>事由：</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_dialog.py" line="52" />
        <source>详细内容：</source>
        <translation>Details:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_dialog.py" line="53" />
        <source>查找办件：</source>
        <translation>Find case:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_dialog.py" line="54" />
        <source>关联办件：</source>
        <translation>Case:</translation>
    </message>
</context>
<context>
    <name>NoticesView</name>
    <message>
        <location filename="../../desktop/ui/notices_view.py" line="33" />
        <source>发送本期抄告……</source>
        <translation>Send notice for the period…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notices_view.py" line="34" />
        <source>登记回执……</source>
        <translation>Record receipt…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notices_view.py" line="35" />
        <source>导出抄告清单……</source>
        <translation>Export notice list…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notices_view.py" line="57" />
        <source>%1 的准予许可办件均已抄告</source>
        <translation>Every approval of %1 has been reported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notices_view.py" line="61" />
        <source>待抄告（%1）：%2</source>
        <translation>To report (%1): %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notices_view.py" line="66" />
        <source>本期没有待抄告的办件</source>
        <translation>Nothing to report for the period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notices_view.py" line="69" />
        <source>%1（%2 件）</source>
        <translation>%1 (%2 cases)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notices_view.py" line="73" />
        <source>发送抄告</source>
        <translation>Send result notice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notices_view.py" line="73" />
        <source>抄告部门：</source>
        <translation>Department:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notices_view.py" line="82" />
        <source>已发送 %1，共 %2 件</source>
        <translation>Sent %1 with %2 cases</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notices_view.py" line="89" />
        <location filename="../../desktop/ui/notices_view.py" line="104" />
        <source>请先选择一份抄告</source>
        <translation>Select a notice first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notices_view.py" line="93" />
        <source>登记回执 %1</source>
        <translation>Receipt for %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notices_view.py" line="93" />
        <source>部门签收人：</source>
        <translation>Received by:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notices_view.py" line="99" />
        <source>已登记回执</source>
        <translation>Receipt recorded</translation>
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
    <name>RecordListView</name>
    <message>
        <location filename="../../desktop/ui/record_list_view.py" line="49" />
        <source>只看未办结</source>
        <translation>Open only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_list_view.py" line="93" />
        <source>未能办理</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_list_view.py" line="101" />
        <source>提示</source>
        <translation>Note</translation>
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
    <name>SupervisionCharts</name>
    <message>
        <location filename="../../desktop/ui/stats_charts.py" line="37" />
        <source>受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stats_charts.py" line="38" />
        <source>办结</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stats_charts.py" line="39" />
        <source>超期决定</source>
        <translation>Decided late</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stats_charts.py" line="40" />
        <source>红牌（已超期）</source>
        <translation>Red (overdue)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stats_charts.py" line="41" />
        <source>黄牌（即将到期）</source>
        <translation>Yellow (due soon)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stats_charts.py" line="44" />
        <source>月度趋势：受理、办结与按时办结率</source>
        <translation>Monthly trend: accepted, completed, on-time rate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stats_charts.py" line="45" />
        <source>按队列：受理、办结、超期决定</source>
        <translation>By queue: accepted, completed, decided late</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stats_charts.py" line="46" />
        <source>按部门：受理与办结</source>
        <translation>By department: accepted and completed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stats_charts.py" line="47" />
        <source>电子监察：当前红黄牌（承办人）</source>
        <translation>Electronic supervision: red and yellow now (handlers)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stats_charts.py" line="48" />
        <source>电子监察：当前红黄牌（部门）</source>
        <translation>Electronic supervision: red and yellow now (departments)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stats_charts.py" line="49" />
        <source>按时办结率（%）</source>
        <translation>On-time rate (%)</translation>
    </message>
</context>
<context>
    <name>SupervisionWindow</name>
    <message>
        <location filename="../../desktop/ui/supervision_window.py" line="78" />
        <source>督办与统计 — 审批工作台</source>
        <translation>Supervision — Approval Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision_window.py" line="87" />
        <source>按队列</source>
        <translation>By queue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision_window.py" line="88" />
        <source>按部门</source>
        <translation>By department</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision_window.py" line="89" />
        <source>按事项</source>
        <translation>By item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision_window.py" line="90" />
        <source>按承办人</source>
        <translation>By handler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision_window.py" line="107" />
        <source>统计看板</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision_window.py" line="108" />
        <source>分组统计</source>
        <translation>Breakdown</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision_window.py" line="109" />
        <source>办件清单</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision_window.py" line="110" />
        <source>热线与投诉</source>
        <translation>Hotline and complaints</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision_window.py" line="111" />
        <source>差评回访</source>
        <translation>Poor ratings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision_window.py" line="112" />
        <source>监管抄告</source>
        <translation>Result notices</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision_window.py" line="113" />
        <source>督办记录</source>
        <translation>Urges</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision_window.py" line="114" />
        <source>绩效考核</source>
        <translation>Performance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision_window.py" line="120" />
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision_window.py" line="122" />
        <source> 期间：</source>
        <translation> Period: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision_window.py" line="126" />
        <source>  分组：</source>
        <translation>  Group: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision_window.py" line="130" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision_window.py" line="131" />
        <source>导出 Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision_window.py" line="132" />
        <source>导出 CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision_window.py" line="154" />
        <source>正在统计……</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision_window.py" line="172" />
        <source>%1 的统计，用时 %2 秒</source>
        <translation>Statistics for %1, took %2 s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision_window.py" line="204" />
        <source>没有可导出的内容：请先刷新</source>
        <translation>Nothing to export yet: refresh first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision_window.py" line="220" />
        <source>督办与统计</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervision_window.py" line="223" />
        <source>统计看板、督办、热线投诉、好差评、抄告与绩效（Ctrl+Shift+T）</source>
        <translation>Dashboard, urging, hotline and complaints, ratings, result notices and performance (Ctrl+Shift+T)</translation>
    </message>
</context>
<context>
    <name>TicketsView</name>
    <message>
        <location filename="../../desktop/ui/tickets_view.py" line="39" />
        <source>登记来电……</source>
        <translation>Register call…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tickets_view.py" line="40" />
        <source>答复……</source>
        <translation>Reply…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tickets_view.py" line="41" />
        <source>升级督办……</source>
        <translation>Escalate…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tickets_view.py" line="42" />
        <source>办结</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tickets_view.py" line="43" />
        <source>逾期工单全部升级</source>
        <translation>Escalate all late tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tickets_view.py" line="49" />
        <source>选择一张工单，这里显示它的办理经过</source>
        <translation>Select a ticket to see its history here</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tickets_view.py" line="79" />
        <source>请先选择一张工单</source>
        <translation>Select a ticket first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tickets_view.py" line="86" />
        <source>已登记</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tickets_view.py" line="93" />
        <source>答复 %1</source>
        <translation>Reply to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tickets_view.py" line="93" />
        <source>答复内容：</source>
        <translation>Reply:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tickets_view.py" line="97" />
        <source>已答复</source>
        <translation>Replied</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tickets_view.py" line="108" />
        <source>全体督办人员</source>
        <translation>All supervisors</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tickets_view.py" line="109" />
        <source>升级督办 %1</source>
        <translation>Escalate %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tickets_view.py" line="110" />
        <source>升级给：</source>
        <translation>Escalate to:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tickets_view.py" line="114" />
        <source>理由：</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tickets_view.py" line="119" />
        <source>已升级督办</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tickets_view.py" line="126" />
        <source>已办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tickets_view.py" line="132" />
        <source>已升级 %1 张逾期工单</source>
        <translation>%1 late tickets escalated</translation>
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