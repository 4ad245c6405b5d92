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
</context>
</TS>