<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
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
</TS>