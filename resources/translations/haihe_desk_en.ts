<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>关于 海河工匠杯大赛办公室桌面系统</source>
        <translation>About Haihe Craftsman Cup Contest Office Desk</translation>
    </message>
    <message>
        <source>天津市“海河工匠杯”技能大赛办公室使用的报名、审核、评判、成绩与证书管理程序。</source>
        <translation>Registration, review, judging, results and certificate management for the office of the Tianjin &quot;Haihe Craftsman Cup&quot; skills contest.</translation>
    </message>
    <message>
        <source>数据库：{db}</source>
        <translation>Database: {db}</translation>
    </message>
    <message>
        <source>海河工匠杯 大赛办公室桌面系统</source>
        <translation>Haihe Craftsman Cup Contest Office Desk</translation>
    </message>
    <message>
        <source>版本 {v}</source>
        <translation>Version {v}</translation>
    </message>
    <message>
        <source>界面与打印使用文泉驿微米黑字体（Apache-2.0 许可）。</source>
        <translation>The interface and printouts use the WenQuanYi Micro Hei font (Apache-2.0 licence).</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>审计日志的链头记录缺失，日志可能被改动；已停止写入。请运行“haihe-desk audit verify”并联系监审委员会。</source>
        <translation>The head record of the audit log is missing, so the log may have been tampered with; writing has stopped. Run &quot;haihe-desk audit verify&quot; and contact the Supervision Committee.</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>备份完成</source>
        <translation>Backup complete</translation>
    </message>
    <message>
        <source>备份数据库</source>
        <translation>Back up database</translation>
    </message>
    <message>
        <source>已从备份恢复 {n} 行数据，审计日志完整。原来的数据已保存在：
{kept}</source>
        <translation>Restored {n} rows from the backup; the audit log is intact. The previous data was saved in:
{kept}</translation>
    </message>
    <message>
        <source>已自动备份数据库：{path}</source>
        <translation>Database backed up automatically: {path}</translation>
    </message>
    <message>
        <source>恢复完成</source>
        <translation>Restore complete</translation>
    </message>
    <message>
        <source>数据库备份 (*.sqlite3)</source>
        <translation>Database backups (*.sqlite3)</translation>
    </message>
    <message>
        <source>数据库备份 (*.sqlite3);;所有文件 (*)</source>
        <translation>Database backups (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <source>数据库已备份到：
{path}</source>
        <translation>Database backed up to:
{path}</translation>
    </message>
    <message>
        <source>无法备份</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>无法恢复</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <source>正在从备份恢复……</source>
        <translation>Restoring from backup…</translation>
    </message>
    <message>
        <source>正在备份数据库……</source>
        <translation>Backing up the database…</translation>
    </message>
    <message>
        <source>用备份 {file} 替换当前数据库的全部数据？当前数据会先另存一份备份。</source>
        <translation>Replace all data in the current database with backup {file}? A backup of the current data is saved first.</translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <source> 份</source>
        <translation> copies</translation>
    </message>
    <message>
        <source>保留最近的自动备份：</source>
        <translation>Keep the most recent automatic backups:</translation>
    </message>
    <message>
        <source>备份文件夹：</source>
        <translation>Backup folder:</translation>
    </message>
    <message>
        <source>备份设置</source>
        <translation>Backup Settings</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>Cannot Save</translation>
    </message>
    <message>
        <source>现有备份：</source>
        <translation>Existing backups:</translation>
    </message>
    <message>
        <source>程序在启动时、每次导入之前和打开期间每小时自动备份 SQLite 数据库文件，只保留最近的若干份；手动备份和恢复前保存的备份不会被删除。使用 PostgreSQL 服务器时，请由服务器自身做定期备份。</source>
        <translation>The program backs up the SQLite database file automatically at startup, before each import and every hour while open, keeping only the most recent copies; manual backups and backups saved before a restore are never deleted. When using a PostgreSQL server, have the server make regular backups itself.</translation>
    </message>
    <message>
        <source>自动备份 {a} 份，手动和恢复前的备份 {m} 份</source>
        <translation>{a} automatic backups, {m} manual and pre-restore backups</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>{path} 不是海河工匠杯大赛系统的数据库或备份文件；未做任何修改。</source>
        <translation>{path} is not a Haihe Craftsman Cup contest database or backup file; nothing was changed.</translation>
    </message>
    <message>
        <source>{path} 缺少数据表（{tables}），不是完整的海河工匠杯数据库；未做任何修改。</source>
        <translation>{path} is missing tables ({tables}) and is not a complete Haihe Craftsman Cup database; nothing was changed.</translation>
    </message>
    <message>
        <source>保留的自动备份份数应在 1 到 1000 之间，当前填写的是 {n}。</source>
        <translation>The number of automatic backups to keep must be between 1 and 1000; you entered {n}.</translation>
    </message>
    <message>
        <source>备份文件 {path} 已存在；请换一个文件名，已有的文件不会被覆盖。</source>
        <translation>Backup file {path} already exists; choose another file name. Existing files are never overwritten.</translation>
    </message>
    <message>
        <source>备份文件 {path} 的审计日志在第 {seq} 条处断裂，内容可能被改动过；拒绝恢复，当前数据库未做修改。</source>
        <translation>The audit log in backup file {path} is broken at entry {seq}; the contents may have been altered. Restore refused; the current database was not changed.</translation>
    </message>
    <message>
        <source>复制后审计日志核对不符（第 {seq} 条）；目标数据库未做修改。</source>
        <translation>Audit log check failed after copying (entry {seq}); the target database was not changed.</translation>
    </message>
    <message>
        <source>复制后核对行数不符：表 {table} 应有 {want} 行，实际 {got} 行；目标数据库未做修改。</source>
        <translation>Row count check failed after copying: table {table} should have {want} rows but has {got}; the target database was not changed.</translation>
    </message>
    <message>
        <source>找不到文件 {path}；请检查路径。</source>
        <translation>File {path} not found; check the path.</translation>
    </message>
    <message>
        <source>整库替换前的数据已备份到 {path}</source>
        <translation>The data from before the replacement was backed up to {path}</translation>
    </message>
    <message>
        <source>源数据库 {db} 的结构版本是 {rev}，本程序是 {head}；请先用本程序打开它一次完成升级，再复制。</source>
        <translation>Source database {db} has schema version {rev}, this program has {head}; open it once with this program to upgrade it, then copy.</translation>
    </message>
    <message>
        <source>源数据库和目标数据库是同一个（{db}）；请指定另一个目标。</source>
        <translation>The source and target databases are the same ({db}); specify a different target.</translation>
    </message>
    <message>
        <source>源数据库的审计日志在第 {seq} 条处断裂，数据可能被改动过；已停止，目标数据库未做修改。请联系监审委员会。</source>
        <translation>The audit log of the source database is broken at entry {seq}; the data may have been altered. Stopped; the target database was not changed. Contact the supervision committee.</translation>
    </message>
    <message>
        <source>目标数据库 {db} 已有数据（表 {tables}）；复制只写入空数据库。确实要整体替换它，请加 --replace。</source>
        <translation>Target database {db} already contains data (tables {tables}); copying only writes to an empty database. To replace it entirely, add --replace.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--kind 的值“{v}”无效，应为 record/备案 或 summary/总结。</source>
        <translation>The value &quot;{v}&quot; of --kind is not valid; use record/备案 or summary/总结.</translation>
    </message>
    <message>
        <source>--member “{v}” 格式不对，应为 职务:姓名[:职务说明]，例如 主任:林引:市总工会党组书记。</source>
        <translation>--member &quot;{v}&quot; is not in the right form; use position:name[:title], e.g. 主任:林引:市总工会党组书记.</translation>
    </message>
    <message>
        <source>--member “{v}” 的职务应为 主任、副主任 或 成员。</source>
        <translation>The position in --member &quot;{v}&quot; must be 主任 (director), 副主任 (deputy director) or 成员 (member).</translation>
    </message>
    <message>
        <source>record/备案 或 summary/总结</source>
        <translation>record/备案 or summary/总结</translation>
    </message>
    <message>
        <source>{opt} 的值“{v}”无效；可用：{choices}。</source>
        <translation>The value &quot;{v}&quot; of {opt} is not valid; available: {choices}.</translation>
    </message>
    <message>
        <source>{opt} 的日期“{v}”无法识别，请写成 2021-08-31 的形式。</source>
        <translation>The date &quot;{v}&quot; of {opt} is not recognised; write it as 2021-08-31.</translation>
    </message>
    <message>
        <source>……另有 {n} 个问题，请用 --report 写出检查报告查看。</source>
        <translation>…and {n} more problems; write the check report with --report to see them.</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>与上一条的链接不符</source>
        <translation>does not link to the previous entry</translation>
    </message>
    <message>
        <source>两次输入的密码不一致；密码未设置。</source>
        <translation>The passwords do not match; the password was not set.</translation>
    </message>
    <message>
        <source>为所有区总工会、局工会和集团公司工会登记一项应交的备案或总结</source>
        <translation>Register a due filing or summary for every district, bureau and group company trade union</translation>
    </message>
    <message>
        <source>主办</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>主办单位</source>
        <translation>Organising body</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>People</translation>
    </message>
    <message>
        <source>人数不足</source>
        <translation>Too few entrants</translation>
    </message>
    <message>
        <source>从 xlsx 导入工会代码表（全部无误才写入）</source>
        <translation>Import the union-code list from xlsx (written only when every row is valid)</translation>
    </message>
    <message>
        <source>从 xlsx 导入报名（先全部检查，默认全部无误才写入）</source>
        <translation>Import registrations from xlsx (everything is checked first; by default written only if every row is valid)</translation>
    </message>
    <message>
        <source>从 xlsx 导入联系人（默认全部无误才写入）</source>
        <translation>Import contacts from xlsx (by default written only when every row is valid)</translation>
    </message>
    <message>
        <source>从 xlsx 工种列表导入；有错误时不导入任何一行并生成报告</source>
        <translation>Import from an xlsx trade list; on any error no row is imported and a report is written</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>以 JSON 输出</source>
        <translation>Output as JSON</translation>
    </message>
    <message>
        <source>以 JSON 输出每个工种的全部设置和人数</source>
        <translation>Output every setting and count of each trade as JSON</translation>
    </message>
    <message>
        <source>以往年赛事为底新建赛事：复制工种、规则、承办单位和场次，不复制任何人员</source>
        <translation>Create a contest based on an earlier one: copies trades, rules, host organisations and sessions, no people</translation>
    </message>
    <message>
        <source>以此用户登录（也可用环境变量 HAIHE_DESK_USER）；密码从环境变量 HAIHE_DESK_PASSWORD 读取或在提示时输入</source>
        <translation>Log in as this user (or set environment variable HAIHE_DESK_USER); the password is read from environment variable HAIHE_DESK_PASSWORD or entered at the prompt</translation>
    </message>
    <message>
        <source>使用的列：{cols}</source>
        <translation>Columns used: {cols}</translation>
    </message>
    <message>
        <source>保存位置（.xlsx）</source>
        <translation>Where to save (.xlsx)</translation>
    </message>
    <message>
        <source>保存工种列表导入模板</source>
        <translation>Save the trade-list import template</translation>
    </message>
    <message>
        <source>保留的单位</source>
        <translation>Organisation to keep</translation>
    </message>
    <message>
        <source>修改一条报名（按录入规则重新检查；组委会已确认的须填写原因）</source>
        <translation>Edit one registration (checked again by the entry rules; a confirmed one needs a reason)</translation>
    </message>
    <message>
        <source>修改原因（写入审计日志）</source>
        <translation>Reason for the change (written to the audit log)</translation>
    </message>
    <message>
        <source>修改原因（记入审计日志；组委会已确认的报名必填）</source>
        <translation>Reason for the change (recorded in the audit log; required for a confirmed registration)</translation>
    </message>
    <message>
        <source>修改工种；已有报名或成绩时，影响其含义的修改需要 --reason</source>
        <translation>Change a trade; once there are registrations or scores, changes to their meaning need --reason</translation>
    </message>
    <message>
        <source>修改用户的角色、姓名、所属工会或停用/启用</source>
        <translation>Change a user&apos;s role, name or union, or disable/enable the user</translation>
    </message>
    <message>
        <source>修改赛事</source>
        <translation>Change a contest</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>停用单位（有报名的单位不能删除，只能停用）</source>
        <translation>Deactivate an organisation (organisations with registrations cannot be deleted, only deactivated)</translation>
    </message>
    <message>
        <source>停用账号</source>
        <translation>Disable the account</translation>
    </message>
    <message>
        <source>共 {n} 个单位。</source>
        <translation>{n} organisations.</translation>
    </message>
    <message>
        <source>共 {n} 份备份，在 {folder}</source>
        <translation>{n} backups in {folder}</translation>
    </message>
    <message>
        <source>关闭自动登录</source>
        <translation>Turn off auto-login</translation>
    </message>
    <message>
        <source>内容被改动</source>
        <translation>content was altered</translation>
    </message>
    <message>
        <source>再输入一次：</source>
        <translation>Enter it again:</translation>
    </message>
    <message>
        <source>写出工会代码表的导入模板</source>
        <translation>Write the import template of the union-code list</translation>
    </message>
    <message>
        <source>写出检查报告：原始行加“错误说明”列，问题单元格标红</source>
        <translation>Write a check report: the original rows plus an &quot;error&quot; column, with problem cells in red</translation>
    </message>
    <message>
        <source>写出联系人导入模板</source>
        <translation>Write the contact import template</translation>
    </message>
    <message>
        <source>出生日期（可不填，按身份证号）</source>
        <translation>Date of birth (optional; taken from the ID number)</translation>
    </message>
    <message>
        <source>列出全部用户</source>
        <translation>List all users</translation>
    </message>
    <message>
        <source>列出备案和总结登记</source>
        <translation>List filings and summaries</translation>
    </message>
    <message>
        <source>列出工种及实时人数</source>
        <translation>List trades with live counts</translation>
    </message>
    <message>
        <source>列出已有的备份，不做新备份</source>
        <translation>List existing backups without making a new one</translation>
    </message>
    <message>
        <source>列出所有赛事</source>
        <translation>List all contests</translation>
    </message>
    <message>
        <source>创建或升级数据库；--demo 写入演示赛事</source>
        <translation>Create or upgrade the database; --demo adds the demo contest</translation>
    </message>
    <message>
        <source>删除全部场次</source>
        <translation>Delete all sessions</translation>
    </message>
    <message>
        <source>删除没有任何报名和下级的单位</source>
        <translation>Delete an organisation without registrations or sub-organisations</translation>
    </message>
    <message>
        <source>包括已停用和已合并的单位</source>
        <translation>Include deactivated and merged organisations</translation>
    </message>
    <message>
        <source>包括已停用的单位</source>
        <translation>Include deactivated organisations</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>单位“{u}”没有停用，无需恢复。</source>
        <translation>Organisation &quot;{u}&quot; is not deactivated; nothing to restore.</translation>
    </message>
    <message>
        <source>单位与工会代码：列表、导入导出、移动、合并、停用</source>
        <translation>Organisations and union codes: list, import/export, move, merge, deactivate</translation>
    </message>
    <message>
        <source>单位全称、简称或工会代码</source>
        <translation>Full name, short name or union code of the organisation</translation>
    </message>
    <message>
        <source>单位名称（包含即可）</source>
        <translation>Organisation name (partial match)</translation>
    </message>
    <message>
        <source>单位类型</source>
        <translation>Organisation type</translation>
    </message>
    <message>
        <source>单位：工会代码、全称或简称，或 #编号</source>
        <translation>Organisation: union code, full or short name, or #number</translation>
    </message>
    <message>
        <source>单机使用时让一个账号免密码启动（--off 关闭）</source>
        <translation>Let one account start without a password on a single-user computer (--off turns it off)</translation>
    </message>
    <message>
        <source>原因（记入审计日志）</source>
        <translation>Reason (written to the audit log)</translation>
    </message>
    <message>
        <source>原因（退回、不予通过时必填）</source>
        <translation>Reason (required to return or reject)</translation>
    </message>
    <message>
        <source>原密码：</source>
        <translation>Old password:</translation>
    </message>
    <message>
        <source>参赛人数</source>
        <translation>Entrants</translation>
    </message>
    <message>
        <source>取消归档</source>
        <translation>Unarchive</translation>
    </message>
    <message>
        <source>变化：</source>
        <translation>Changes:</translation>
    </message>
    <message>
        <source>只列出 record/备案 或 summary/总结</source>
        <translation>List only record/备案 or summary/总结</translation>
    </message>
    <message>
        <source>只列出某种状态，例如 late（逾期未交）</source>
        <translation>List only one status, e.g. late (overdue)</translation>
    </message>
    <message>
        <source>只列出这个单位及其下级</source>
        <translation>List only this organisation and those below it</translation>
    </message>
    <message>
        <source>只在报名仍是第 N 版时修改（每次修改后会显示新版本号）；已被别人改过则不修改，并列出双方的值</source>
        <translation>Only change the registration if it is still at version N (the new version number is shown after each change); if someone else has changed it, nothing is changed and both values are listed</translation>
    </message>
    <message>
        <source>只导入无误的行，跳过有错误的行</source>
        <translation>Import only the valid rows and skip the rows with errors</translation>
    </message>
    <message>
        <source>只导出该工会及其下级单位的报名（工会代码、名称或 #编号）</source>
        <translation>Export only the registrations of this union and the organisations below it (union code, name or #number)</translation>
    </message>
    <message>
        <source>只接受 6 位 + 每级 3 位的数字代码</source>
        <translation>Accept only digit codes of 6 plus 3 per level</translation>
    </message>
    <message>
        <source>只检查并预览，不写入数据库</source>
        <translation>Check and preview only; write nothing to the database</translation>
    </message>
    <message>
        <source>只要匹配这段文字的联系人（姓名、拼音首字母、电话、单位）</source>
        <translation>Only contacts matching this text (name, pinyin initials, phone, organisation)</translation>
    </message>
    <message>
        <source>只要这个工种</source>
        <translation>Only this trade</translation>
    </message>
    <message>
        <source>只要这个职责（如：学生组报名）</source>
        <translation>Only this role (e.g. student group registration)</translation>
    </message>
    <message>
        <source>各单位的备案、总结情况（哪些已交、哪些逾期）</source>
        <translation>Filings and summaries by organisation (which arrived, which are overdue)</translation>
    </message>
    <message>
        <source>合格线（默认 60）</source>
        <translation>Pass mark (default 60)</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>enabled</translation>
    </message>
    <message>
        <source>启用账号</source>
        <translation>Enable the account</translation>
    </message>
    <message>
        <source>命令用法有误：{msg}。运行 “{prog} --help” 查看用法。</source>
        <translation>Incorrect command usage: {msg}. Run &quot;{prog} --help&quot; to see how to use it.</translation>
    </message>
    <message>
        <source>在空数据库中创建演示赛事</source>
        <translation>Create the demo contest in an empty database</translation>
    </message>
    <message>
        <source>场地地址</source>
        <translation>Venue address</translation>
    </message>
    <message>
        <source>场次</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>场次“{v}”的容量应为整数。</source>
        <translation>The capacity of session &quot;{v}&quot; must be a whole number.</translation>
    </message>
    <message>
        <source>场次的{what}“{v}”无法识别，请写成 08:30 的形式。</source>
        <translation>The session&apos;s {what} &quot;{v}&quot; is not recognised; write it as 08:30.</translation>
    </message>
    <message>
        <source>场次，可重复，例如 2021-10-20,08:30,11:30,实训楼,40；给出时替换原有场次</source>
        <translation>A session, may be repeated, e.g. 2021-10-20,08:30,11:30,Training building,40; replaces the existing sessions</translation>
    </message>
    <message>
        <source>基层比赛名称</source>
        <translation>Grassroots competition name</translation>
    </message>
    <message>
        <source>基层职工职业技能大赛的备案和总结登记</source>
        <translation>Filings and summaries of grassroots employee skills competitions</translation>
    </message>
    <message>
        <source>备份数据库到一个 SQLite 文件（PostgreSQL 数据库写出可移植的备份）</source>
        <translation>Back up the database to an SQLite file (a PostgreSQL database is written as a portable backup)</translation>
    </message>
    <message>
        <source>备份文件或文件夹（默认：备份文件夹中带时间的新文件）</source>
        <translation>Backup file or folder (default: a new time-stamped file in the backup folder)</translation>
    </message>
    <message>
        <source>备案</source>
        <translation>Filing</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>复制后设为当前赛事</source>
        <translation>Make it the current contest after copying</translation>
    </message>
    <message>
        <source>大赛办公室</source>
        <translation>Contest office</translation>
    </message>
    <message>
        <source>大赛办公室及其所在部门</source>
        <translation>Contest office and its department</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>学校（学生组）</source>
        <translation>School (student group)</translation>
    </message>
    <message>
        <source>学生组模板</source>
        <translation>Student group template</translation>
    </message>
    <message>
        <source>实操权重（百分数，例如 70）</source>
        <translation>Practical weight (percent, e.g. 70)</translation>
    </message>
    <message>
        <source>审核操作</source>
        <translation>Review action</translation>
    </message>
    <message>
        <source>审核状态（如 confirmed 或 组委会已确认）</source>
        <translation>Review status (e.g. confirmed or 组委会已确认)</translation>
    </message>
    <message>
        <source>审计日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>审计日志在第 {seq} 条处断裂（{why}）；请联系监审委员会，并保留当前数据库文件。</source>
        <translation>The audit log breaks at entry {seq} ({why}); contact the Supervision Committee and keep the current database file.</translation>
    </message>
    <message>
        <source>审计日志完整：共 {n} 条，哈希链无断裂。</source>
        <translation>The audit log is intact: {n} entries, no break in the hash chain.</translation>
    </message>
    <message>
        <source>审计记录</source>
        <translation>Audit entries</translation>
    </message>
    <message>
        <source>容量</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>导入完成（{what}）：写入 {n} 条，未变 {u} 条。</source>
        <translation>Import finished ({what}): {n} written, {u} unchanged.</translation>
    </message>
    <message>
        <source>导入模板已写入：{path}</source>
        <translation>Import template written: {path}</translation>
    </message>
    <message>
        <source>导出 vCard 3.0（.vcf），供手机导入</source>
        <translation>Export vCard 3.0 (.vcf) for phones</translation>
    </message>
    <message>
        <source>导出为 xlsx（可再导入）</source>
        <translation>Export as xlsx (can be imported again)</translation>
    </message>
    <message>
        <source>导出完整身份证号（记入审计日志）</source>
        <translation>Export full ID numbers (written to the audit log)</translation>
    </message>
    <message>
        <source>导出花名册（身份证号默认打码）</source>
        <translation>Export the roster (ID numbers masked by default)</translation>
    </message>
    <message>
        <source>工会代码</source>
        <translation>Union code</translation>
    </message>
    <message>
        <source>工会代码检查：严格（6 位 + 每级 3 位的数字）。</source>
        <translation>Union code check: strict (6 digits plus 3 per level).</translation>
    </message>
    <message>
        <source>工会代码检查：接受各工会提供的任何代码（4–32 位数字和字母）。</source>
        <translation>Union code check: any code the unions provide (4–32 digits and letters).</translation>
    </message>
    <message>
        <source>工会代码的检查方式：默认接受任何 4–32 位数字和字母；--strict 要求 6 位 + 每级 3 位</source>
        <translation>How union codes are checked: by default any 4–32 digits and letters; --strict requires 6 digits plus 3 per level</translation>
    </message>
    <message>
        <source>工会审核员所属工会：工会代码或单位名称</source>
        <translation>Union of a union reviewer: union code or unit name</translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>工作单位（学生组为学校）</source>
        <translation>Employer (the school for the student group)</translation>
    </message>
    <message>
        <source>工作表名称（默认第一个）</source>
        <translation>Worksheet name (default: the first)</translation>
    </message>
    <message>
        <source>工种</source>
        <translation>Trades</translation>
    </message>
    <message>
        <source>工种 {code} 没有变化。</source>
        <translation>Trade {code} has not changed.</translation>
    </message>
    <message>
        <source>工种代码</source>
        <translation>Trade code</translation>
    </message>
    <message>
        <source>工种代码或名称</source>
        <translation>Trade code or name</translation>
    </message>
    <message>
        <source>工种代码，例如 W-CNC</source>
        <translation>Trade code, e.g. W-CNC</translation>
    </message>
    <message>
        <source>工种名称</source>
        <translation>Trade name</translation>
    </message>
    <message>
        <source>工种数</source>
        <translation>Trades</translation>
    </message>
    <message>
        <source>工种（竞赛项目）：列出、新增、修改、导入、下载模板</source>
        <translation>Trades (competition events): list, add, change, import, download the template</translation>
    </message>
    <message>
        <source>已为 {n} 个单位登记应交项目。</source>
        <translation>Registered a due item for {n} organisations.</translation>
    </message>
    <message>
        <source>已从 {file} 恢复 {n} 行数据，审计日志 {a} 条完整。原来的数据已保存在 {kept}</source>
        <translation>Restored {n} rows from {file}; all {a} audit log entries are intact. The previous data was saved in {kept}</translation>
    </message>
    <message>
        <source>已保存工种列表模板：{file}</source>
        <translation>Trade-list template saved: {file}</translation>
    </message>
    <message>
        <source>已保存赛事 {id}：{name}</source>
        <translation>Saved contest {id}: {name}</translation>
    </message>
    <message>
        <source>已修改工种 {code}：{fields}</source>
        <translation>Changed trade {code}: {fields}</translation>
    </message>
    <message>
        <source>已修改报名 {id}：{fields}。</source>
        <translation>Registration {id} changed: {fields}.</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>已停用“{u}”。</source>
        <translation>Deactivated &quot;{u}&quot;.</translation>
    </message>
    <message>
        <source>已关闭自动登录：启动时须输入用户名和密码。</source>
        <translation>Auto-login turned off: a user name and password are required at startup.</translation>
    </message>
    <message>
        <source>已写出导入模板：{file}</source>
        <translation>Import template written: {file}</translation>
    </message>
    <message>
        <source>已创建演示赛事：{name}</source>
        <translation>Demo contest created: {name}</translation>
    </message>
    <message>
        <source>已删除“{u}”。</source>
        <translation>Deleted &quot;{u}&quot;.</translation>
    </message>
    <message>
        <source>已取消归档：{name}</source>
        <translation>Unarchived: {name}</translation>
    </message>
    <message>
        <source>已取消，数据库未做修改。</source>
        <translation>Cancelled; the database was not changed.</translation>
    </message>
    <message>
        <source>已合并</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>已备份到 {path}</source>
        <translation>Backed up to {path}</translation>
    </message>
    <message>
        <source>已复制 {n} 行数据（{t} 个表），各表行数一致，审计日志 {a} 条完整。</source>
        <translation>Copied {n} rows ({t} tables); row counts match for every table and all {a} audit log entries are intact.</translation>
    </message>
    <message>
        <source>已复制为新赛事 {id}：{name}（{n} 个工种；未复制报名、裁判、成绩和组委会人员）</source>
        <translation>Copied as new contest {id}: {name} ({n} trades; registrations, judges, scores and committee members were not copied)</translation>
    </message>
    <message>
        <source>已导出 {n} 个单位到 {file}</source>
        <translation>Exported {n} organisations to {file}</translation>
    </message>
    <message>
        <source>已导出 {n} 位联系人到 {file}</source>
        <translation>Exported {n} contacts to {file}</translation>
    </message>
    <message>
        <source>已导出 {n} 张 vCard 名片到 {file}</source>
        <translation>Exported {n} vCards to {file}</translation>
    </message>
    <message>
        <source>已导出 {n} 条登记：{file}</source>
        <translation>Exported {n} records: {file}</translation>
    </message>
    <message>
        <source>已将 {n} 条报名设为“{status}”。</source>
        <translation>Set {n} registrations to &quot;{status}&quot;.</translation>
    </message>
    <message>
        <source>已归档：{name}</source>
        <translation>Archived: {name}</translation>
    </message>
    <message>
        <source>已录入报名，编号 {id}。</source>
        <translation>Registration entered, number {id}.</translation>
    </message>
    <message>
        <source>已恢复“{u}”。</source>
        <translation>Restored &quot;{u}&quot;.</translation>
    </message>
    <message>
        <source>已打印 {n} 位联系人，共 {p} 页：{file}</source>
        <translation>Printed {n} contacts on {p} pages: {file}</translation>
    </message>
    <message>
        <source>已把“{d}”合并到“{k}”：转移报名 {r} 条、联系人 {c} 位、下级单位 {ch} 个。</source>
        <translation>Merged &quot;{d}&quot; into &quot;{k}&quot;: moved {r} registrations, {c} contacts and {ch} sub-organisations.</translation>
    </message>
    <message>
        <source>已把“{u}”移到“{p}”之下。</source>
        <translation>Moved &quot;{u}&quot; under &quot;{p}&quot;.</translation>
    </message>
    <message>
        <source>已新增工种 {code} {name}</source>
        <translation>Added trade {code} {name}</translation>
    </message>
    <message>
        <source>已新建赛事 {id}：{name}</source>
        <translation>Created contest {id}: {name}</translation>
    </message>
    <message>
        <source>已更新用户“{u}”：{role}，{state}。</source>
        <translation>Updated user &quot;{u}&quot;: {role}, {state}.</translation>
    </message>
    <message>
        <source>已检录</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>已添加用户“{u}”（{role}）。</source>
        <translation>Added user &quot;{u}&quot; ({role}).</translation>
    </message>
    <message>
        <source>已登记 {id}：{unit}</source>
        <translation>Registered {id}: {unit}</translation>
    </message>
    <message>
        <source>已确认</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>已解锁用户“{u}”。</source>
        <translation>Unlocked user &quot;{u}&quot;.</translation>
    </message>
    <message>
        <source>已设置用户“{u}”的密码。</source>
        <translation>Set the password for user &quot;{u}&quot;.</translation>
    </message>
    <message>
        <source>已设置自动登录：本机启动时以“{u}”身份进入，无需密码。只在一人使用的电脑上这样设置。</source>
        <translation>Auto-login set: this computer starts as &quot;{u}&quot; without a password. Only do this on a computer used by one person.</translation>
    </message>
    <message>
        <source>已评分</source>
        <translation>Scored</translation>
    </message>
    <message>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>已附上 {file}，收到日期 {d}。</source>
        <translation>Attached {file}, received on {d}.</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>并列名次规则，用逗号分隔：total,time,practical,theory</source>
        <translation>Tie-break rule, comma-separated: total,time,practical,theory</translation>
    </message>
    <message>
        <source>应交日期</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>开始时间</source>
        <translation>start time</translation>
    </message>
    <message>
        <source>归档赛事（归档后只读）</source>
        <translation>Archive a contest (read-only afterwards)</translation>
    </message>
    <message>
        <source>录入一条报名</source>
        <translation>Enter one registration</translation>
    </message>
    <message>
        <source>待审</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>忽略的列：{cols}</source>
        <translation>Ignored columns: {cols}</translation>
    </message>
    <message>
        <source>性别（可不填，按身份证号）</source>
        <translation>Sex (optional; taken from the ID number)</translation>
    </message>
    <message>
        <source>总结</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>恢复已停用的单位</source>
        <translation>Restore a deactivated organisation</translation>
    </message>
    <message>
        <source>手机或带区号的固定电话</source>
        <translation>Mobile number or landline with area code</translation>
    </message>
    <message>
        <source>打印通讯录 PDF</source>
        <translation>Print the contact sheet as PDF</translation>
    </message>
    <message>
        <source>打开图形界面（不带命令时的默认操作）</source>
        <translation>Open the graphical interface (the default when no command is given)</translation>
    </message>
    <message>
        <source>找不到单位“{u}”（或有多个同名单位）；请改用工会代码或 #编号（见 orgs list）。</source>
        <translation>Organisation &quot;{u}&quot; not found (or several share that name); use the union code or #number instead (see orgs list).</translation>
    </message>
    <message>
        <source>找到 {n} 位联系人。</source>
        <translation>Found {n} contacts.</translation>
    </message>
    <message>
        <source>承办单位</source>
        <translation>Host organisation</translation>
    </message>
    <message>
        <source>承办单位全称（单位库中没有时新建）</source>
        <translation>Full name of the host organisation (created if not yet in the organisation list)</translation>
    </message>
    <message>
        <source>技能等级</source>
        <translation>Skill level</translation>
    </message>
    <message>
        <source>技能等级要求：1–5 或 “高级工”等；none 表示不限</source>
        <translation>Required skill level: 1–5 or a name like 高级工; none for no requirement</translation>
    </message>
    <message>
        <source>技能等级（“无”表示清空）</source>
        <translation>Skill grade (&quot;无&quot; clears it)</translation>
    </message>
    <message>
        <source>把单位（连同其下级）移到另一个上级之下</source>
        <translation>Move an organisation (with those below it) under another parent</translation>
    </message>
    <message>
        <source>把工会代码表导出为 xlsx（可再导入）</source>
        <translation>Export the union-code list as xlsx (can be imported again)</translation>
    </message>
    <message>
        <source>把整个数据库复制到另一个数据库（SQLite 与 PostgreSQL 互转）</source>
        <translation>Copy the whole database to another database (SQLite to PostgreSQL or back)</translation>
    </message>
    <message>
        <source>把登记表导出为 xlsx</source>
        <translation>Export the register as xlsx</translation>
    </message>
    <message>
        <source>把重复的单位合并到保留单位（报名、联系人随之转移）</source>
        <translation>Merge a duplicate organisation into the one to keep (registrations and contacts move along)</translation>
    </message>
    <message>
        <source>报名</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <source>报名 {id} 没有改动。</source>
        <translation>Registration {id} is unchanged.</translation>
    </message>
    <message>
        <source>报名 {id} 现在是第 {v} 版。</source>
        <translation>Registration {id} is now version {v}.</translation>
    </message>
    <message>
        <source>报名 {n}</source>
        <translation>Registrations {n}</translation>
    </message>
    <message>
        <source>报名审核：approve|confirm|return|reject|withdraw|resubmit</source>
        <translation>Registration review: approve|confirm|return|reject|withdraw|resubmit</translation>
    </message>
    <message>
        <source>报名截止</source>
        <translation>Registration deadline</translation>
    </message>
    <message>
        <source>报名截止后补报的原因</source>
        <translation>Reason for registering after the deadline</translation>
    </message>
    <message>
        <source>报名截止日期</source>
        <translation>Registration deadline</translation>
    </message>
    <message>
        <source>报名截止日期（写 none 表示沿用赛事的截止日期）</source>
        <translation>Registration deadline (none to use the contest&apos;s deadline)</translation>
    </message>
    <message>
        <source>报名编号</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <source>报名编号（可多个）</source>
        <translation>Registration numbers (one or more)</translation>
    </message>
    <message>
        <source>报名：导入、模板、导出花名册、录入</source>
        <translation>Registrations: import, templates, roster export, entry</translation>
    </message>
    <message>
        <source>按姓名、拼音首字母、电话数字或单位查找</source>
        <translation>Find by name, pinyin initials, phone digits or organisation</translation>
    </message>
    <message>
        <source>按树形列出单位</source>
        <translation>List organisations as a tree</translation>
    </message>
    <message>
        <source>按比例时的取整方式</source>
        <translation>Rounding for shares</translation>
    </message>
    <message>
        <source>接受各工会提供的任何代码（默认）</source>
        <translation>Accept any code the unions provide (default)</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>收到日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>收到日期（默认：今天，已登记过的不变）</source>
        <translation>Received on (default: today; already recorded dates stay)</translation>
    </message>
    <message>
        <source>收到的文件</source>
        <translation>The file received</translation>
    </message>
    <message>
        <source>改获奖方式时请同时用 --awards 给出名额。</source>
        <translation>When changing the award method, give the counts with --awards as well.</translation>
    </message>
    <message>
        <source>数据库中还没有赛事；请先运行 “haihe-desk contests add” 或 “haihe-desk init --demo”。</source>
        <translation>The database has no contest yet; run &quot;haihe-desk contests add&quot; or &quot;haihe-desk init --demo&quot; first.</translation>
    </message>
    <message>
        <source>数据库已就绪：{db}</source>
        <translation>Database ready: {db}</translation>
    </message>
    <message>
        <source>数据库文件路径或数据库地址（默认：用户数据目录中的 SQLite 文件）</source>
        <translation>Database file path or database URL (default: the SQLite file in the user data folder)</translation>
    </message>
    <message>
        <source>数据库：{db}（{engine}）</source>
        <translation>Database: {db} ({engine})</translation>
    </message>
    <message>
        <source>整库操作</source>
        <translation>Whole-database operations</translation>
    </message>
    <message>
        <source>文件：{file}，工作表：{sheet}，表头在第 {row} 行，数据 {n} 行。</source>
        <translation>File: {file}, worksheet: {sheet}, header on row {row}, {n} data rows.</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>文号，例如 津工通〔2020〕31号</source>
        <translation>Document number, e.g. 津工通〔2020〕31号</translation>
    </message>
    <message>
        <source>新增工种</source>
        <translation>Add a trade</translation>
    </message>
    <message>
        <source>新密码：</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>新建赛事</source>
        <translation>Create a contest</translation>
    </message>
    <message>
        <source>新的上级单位</source>
        <translation>New parent organisation</translation>
    </message>
    <message>
        <source>新的工种代码</source>
        <translation>New trade code</translation>
    </message>
    <message>
        <source>新赛事全称（默认：把原名称中的年份换成新年度）</source>
        <translation>Full name of the new contest (default: the old name with the new year)</translation>
    </message>
    <message>
        <source>新赛事年度（默认：原年度加一）</source>
        <translation>Year of the new contest (default: the old year plus one)</translation>
    </message>
    <message>
        <source>新赛事简称</source>
        <translation>Short name of the new contest</translation>
    </message>
    <message>
        <source>无误 {ok} 行，有错误 {bad} 行；新增 {new} 条，更新 {upd} 条，已存在不变 {same} 条。</source>
        <translation>{ok} rows OK, {bad} rows with errors; {new} new, {upd} updated, {same} already present and unchanged.</translation>
    </message>
    <message>
        <source>日期,开始,结束,场地,容量[,theory|practical]</source>
        <translation>date,start,end,venue,capacity[,theory|practical]</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>是否允许破格</source>
        <translation>Whether waivers are allowed</translation>
    </message>
    <message>
        <source>显示一个工种的全部设置</source>
        <translation>Show all settings of one trade</translation>
    </message>
    <message>
        <source>显示一个赛事的设置和组委会</source>
        <translation>Show a contest&apos;s settings and organising committee</translation>
    </message>
    <message>
        <source>显示姓名</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>显示数据库位置、结构版本和各表行数</source>
        <translation>Show the database location, schema version and row counts</translation>
    </message>
    <message>
        <source>最上层</source>
        <translation>Top level</translation>
    </message>
    <message>
        <source>最大年龄（默认 60）</source>
        <translation>Maximum age (default 60)</translation>
    </message>
    <message>
        <source>最小年龄（默认 16）</source>
        <translation>Minimum age (default 16)</translation>
    </message>
    <message>
        <source>最少参赛人数（默认 30）</source>
        <translation>Minimum entrants (default 30)</translation>
    </message>
    <message>
        <source>末尾记录被删除</source>
        <translation>last entries were deleted</translation>
    </message>
    <message>
        <source>本赛事还没有工种。</source>
        <translation>This contest has no trades yet.</translation>
    </message>
    <message>
        <source>检查报告已写入：{path}</source>
        <translation>Check report written: {path}</translation>
    </message>
    <message>
        <source>模板保存位置（.xlsx）</source>
        <translation>Where to save the template (.xlsx)</translation>
    </message>
    <message>
        <source>此数据库已设置用户：请用 --user 用户名（或环境变量 {u}）登录，密码从环境变量 {p} 读取或在提示时输入。</source>
        <translation>This database has users: log in with --user USERNAME (or environment variable {u}); the password is read from environment variable {p} or entered at the prompt.</translation>
    </message>
    <message>
        <source>每队人数；1 为单人项目，2 及以上为团体项目</source>
        <translation>Team size; 1 for an individual event, 2 or more for a team event</translation>
    </message>
    <message>
        <source>比赛场地</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>比赛开始日期</source>
        <translation>Competition start date</translation>
    </message>
    <message>
        <source>比赛结束日期</source>
        <translation>Competition end date</translation>
    </message>
    <message>
        <source>没有提供用户“{user}”的密码：请设置环境变量 {p}，或在终端中运行以便输入密码。</source>
        <translation>No password given for user &quot;{user}&quot;: set environment variable {p}, or run in a terminal to enter the password.</translation>
    </message>
    <message>
        <source>没有收到新密码：请在提示时输入，或通过环境变量 {env} 或标准输入的一行提供。</source>
        <translation>No new password received: enter it at the prompt, or provide it via environment variable {env} or as one line on standard input.</translation>
    </message>
    <message>
        <source>没有符合条件的登记。</source>
        <translation>No records match.</translation>
    </message>
    <message>
        <source>没有要修改的内容：请给出 --role、--name、--union、--disable 或 --enable。</source>
        <translation>Nothing to change: give --role, --name, --union, --disable or --enable.</translation>
    </message>
    <message>
        <source>没有要修改的内容；请至少给出 --name、--id-number、--mobile 等一项。</source>
        <translation>Nothing to change; give at least one of --name, --id-number, --mobile and the like.</translation>
    </message>
    <message>
        <source>注意：本次导出含完整身份证号，已记入审计日志；请妥善保管文件。</source>
        <translation>Note: this export contains full ID numbers and has been written to the audit log; keep the file safe.</translation>
    </message>
    <message>
        <source>海河工匠杯</source>
        <translation>Haihe Craftsman Cup</translation>
    </message>
    <message>
        <source>海河工匠杯 大赛办公室桌面系统</source>
        <extracomment>command word → the module (haihe_desk.cli.NAME) that registers it</extracomment>
        <translation>Haihe Craftsman Cup Contest Office Desk</translation>
    </message>
    <message>
        <source>添加用户（第一个用户必须是管理员）；密码见说明</source>
        <translation>Add a user (the first user must be an administrator); see the notes for passwords</translation>
    </message>
    <message>
        <source>源数据库文件或地址</source>
        <translation>Source database file or URL</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>理论/实操</source>
        <translation>Theory/practical</translation>
    </message>
    <message>
        <source>理论权重（百分数，例如 30）</source>
        <translation>Theory weight (percent, e.g. 30)</translation>
    </message>
    <message>
        <source>生成报名导入模板</source>
        <translation>Write the registration import template</translation>
    </message>
    <message>
        <source>用备份文件替换当前数据库的全部数据（先备份当前数据）</source>
        <translation>Replace all data in the current database with a backup file (the current data is backed up first)</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>用户“{user}”的密码：</source>
        <translation>Password for user &quot;{user}&quot;:</translation>
    </message>
    <message>
        <source>用户与角色：列出、添加、改密码、改角色、解锁、自动登录</source>
        <translation>Users and roles: list, add, change password, change role, unlock, auto-login</translation>
    </message>
    <message>
        <source>界面语言（默认中文）</source>
        <translation>Interface language (default: Chinese)</translation>
    </message>
    <message>
        <source>登记一份备案或总结</source>
        <translation>Record a filing or summary</translation>
    </message>
    <message>
        <source>登记编号（filings list 的第一列）</source>
        <translation>Record number (first column of filings list)</translation>
    </message>
    <message>
        <source>目标已有数据时整体替换（替换前先备份目标）</source>
        <translation>Replace the target entirely if it already has data (the target is backed up first)</translation>
    </message>
    <message>
        <source>目标数据库 {db} 已设置用户，整体替换它须由该数据库中有“恢复或覆盖数据库”权限的账号登录：请用 --user 用户名（或环境变量 {u}）登录，密码从环境变量 {p} 读取。目标数据库未做修改。</source>
        <translation>The target database {db} has user accounts: replacing all its data needs an account of that database with the right to restore or overwrite databases. Sign in with --user NAME (or the environment variable {u}); the password is read from the environment variable {p}. The target database was not changed.</translation>
    </message>
    <message>
        <source>目标数据库文件或地址（须为空）</source>
        <translation>Target database file or URL (must be empty)</translation>
    </message>
    <message>
        <source>破格原因</source>
        <translation>Waiver reason</translation>
    </message>
    <message>
        <source>移到最上层（没有上级）</source>
        <translation>Move to the top level (no parent)</translation>
    </message>
    <message>
        <source>程序出现意外错误（{err}），命令未完成；未提交的修改已撤销。详细信息已记入日志：{log}</source>
        <translation>An unexpected error occurred ({err}); the command did not finish and uncommitted changes were rolled back. Details are in the log: {log}</translation>
    </message>
    <message>
        <source>第 {row} 行，{col}，“{value}”：{msg}</source>
        <translation>Row {row}, {col}, &quot;{value}&quot;: {msg}</translation>
    </message>
    <message>
        <source>简称</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>级别：city1/市级一类、city2/市级二类、district/区级</source>
        <translation>Level: city1/市级一类, city2/市级二类, district/区级</translation>
    </message>
    <message>
        <source>组别</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>组别：worker/职工组 或 student/学生组</source>
        <translation>Group: worker/职工组 or student/学生组</translation>
    </message>
    <message>
        <source>组别：职工组或学生组</source>
        <translation>Group: employee group or student group</translation>
    </message>
    <message>
        <source>组委会成员，可重复；职务为 主任/副主任/成员 或 director/deputy/member；给出时替换原名单</source>
        <translation>Organising committee member, may be repeated; position 主任/副主任/成员 or director/deputy/member; replaces the existing list</translation>
    </message>
    <message>
        <source>组织委员会：</source>
        <translation>Organising committee:</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>结束时间</source>
        <translation>end time</translation>
    </message>
    <message>
        <source>结构版本：{v}</source>
        <translation>Schema version: {v}</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>缺少记录</source>
        <translation>entries are missing</translation>
    </message>
    <message>
        <source>职务:姓名[:职务说明]</source>
        <translation>position:name[:title]</translation>
    </message>
    <message>
        <source>职责“{r}”无效；可选：{c}。</source>
        <translation>Role &quot;{r}&quot; is not valid; choose from: {c}.</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>自动备份保留最近 {n} 份。</source>
        <translation>Keeping the most recent {n} automatic backups.</translation>
    </message>
    <message>
        <source>自动登录</source>
        <translation>Auto-login</translation>
    </message>
    <message>
        <source>花名册已导出：{path}，共 {n} 人。</source>
        <translation>Roster exported: {path}, {n} people.</translation>
    </message>
    <message>
        <source>获奖名额：按比例如 10/20/30，固定名额如 1/3/6</source>
        <translation>Award counts: shares like 10/20/30, fixed numbers like 1/3/6</translation>
    </message>
    <message>
        <source>获奖方式：shares 按比例，counts 固定名额</source>
        <translation>Award method: shares (share of entrants) or counts (fixed numbers)</translation>
    </message>
    <message>
        <source>被复制的赛事编号</source>
        <translation>Number of the contest to copy</translation>
    </message>
    <message>
        <source>裁判</source>
        <translation>Judges</translation>
    </message>
    <message>
        <source>要修改的工种代码</source>
        <translation>Code of the trade to change</translation>
    </message>
    <message>
        <source>要导入的 .xlsx 文件</source>
        <translation>The .xlsx file to import</translation>
    </message>
    <message>
        <source>角色：{roles}</source>
        <translation>Role: {roles}</translation>
    </message>
    <message>
        <source>解除因输错密码造成的锁定</source>
        <translation>Clear a lockout caused by wrong passwords</translation>
    </message>
    <message>
        <source>设置保留的自动备份份数（不做新备份）</source>
        <translation>Set the number of automatic backups to keep (no new backup is made)</translation>
    </message>
    <message>
        <source>设置用户密码（管理员可设置任何人的密码）</source>
        <translation>Set a user&apos;s password (administrators can set anyone&apos;s password)</translation>
    </message>
    <message>
        <source>评分记录</source>
        <translation>Score entries</translation>
    </message>
    <message>
        <source>请给出一个用户名，或用 --off 关闭自动登录。</source>
        <translation>Give a user name, or use --off to turn off auto-login.</translation>
    </message>
    <message>
        <source>赛事</source>
        <translation>Contests</translation>
    </message>
    <message>
        <source>赛事全称</source>
        <translation>Full contest name</translation>
    </message>
    <message>
        <source>赛事编号</source>
        <translation>Contest number</translation>
    </message>
    <message>
        <source>赛事编号（默认：当前赛事）</source>
        <translation>Contest number (default: the current contest)</translation>
    </message>
    <message>
        <source>赛事：列出、查看、新建、修改、复制、归档</source>
        <translation>Contests: list, show, create, change, copy, archive</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>身份证号（性别、出生日期随之重新推算）</source>
        <translation>ID number (gender and birth date are derived from it again)</translation>
    </message>
    <message>
        <source>还没有用户：所有操作以本机账号的管理员身份进行。用“haihe-desk users add 用户名 --role admin”创建管理员。</source>
        <translation>No users yet: everything runs as administrator under the local system account. Create an administrator with &quot;haihe-desk users add USERNAME --role admin&quot;.</translation>
    </message>
    <message>
        <source>还没有赛事。</source>
        <translation>No contests yet.</translation>
    </message>
    <message>
        <source>这是第一个用户：从现在起，命令行须用 --user 登录（密码从环境变量 HAIHE_DESK_PASSWORD 读取或在提示时输入）。</source>
        <translation>This is the first user: from now on the command line requires --user to log in (the password is read from environment variable HAIHE_DESK_PASSWORD or entered at the prompt).</translation>
    </message>
    <message>
        <source>逐条校验审计日志的哈希链</source>
        <translation>Verify the audit log&apos;s hash chain entry by entry</translation>
    </message>
    <message>
        <source>通讯录：查找、导入导出、vCard、打印</source>
        <translation>Contacts: find, import/export, vCard, print</translation>
    </message>
    <message>
        <source>附上收到的文件并登记收到日期</source>
        <translation>Attach the file received and record the date it arrived</translation>
    </message>
    <message>
        <source>预览完毕（--dry-run），数据库未做修改。</source>
        <translation>Preview finished (--dry-run); the database was not changed.</translation>
    </message>
    <message>
        <source>，所属工会：{u}</source>
        <translation>, union: {u}</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>上级单位</source>
        <translation>Parent organisation</translation>
    </message>
    <message>
        <source>主办单位</source>
        <translation>Organising body</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>允许破格</source>
        <translation>Waiver allowed</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <source>参赛人数</source>
        <translation>Entrants</translation>
    </message>
    <message>
        <source>合格线</source>
        <translation>Pass mark</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>团体赛</source>
        <translation>Team event</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>场地地址</source>
        <translation>Venue address</translation>
    </message>
    <message>
        <source>场次</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>基层赛事名称</source>
        <translation>Grassroots contest name</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>大赛办公室</source>
        <translation>Contest office</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <source>实操权重</source>
        <translation>Practical weight</translation>
    </message>
    <message>
        <source>审核状态</source>
        <translation>Review status</translation>
    </message>
    <message>
        <source>工会代码</source>
        <translation>Union code</translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>工作单位/学校</source>
        <translation>Employer/school</translation>
    </message>
    <message>
        <source>工种</source>
        <translation>Trade</translation>
    </message>
    <message>
        <source>工种代码</source>
        <translation>Trade code</translation>
    </message>
    <message>
        <source>工种名称</source>
        <translation>Trade name</translation>
    </message>
    <message>
        <source>已加密</source>
        <translation>Blind-coded</translation>
    </message>
    <message>
        <source>已检录</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>已确认</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>已确认选手</source>
        <translation>Confirmed entrants</translation>
    </message>
    <message>
        <source>已评分</source>
        <translation>Scored</translation>
    </message>
    <message>
        <source>已评分（密号）</source>
        <translation>Scored (blind codes)</translation>
    </message>
    <message>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>并列名次规则</source>
        <translation>Tie-break rule</translation>
    </message>
    <message>
        <source>应交日期</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>待审</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>所属工会</source>
        <translation>Union</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>承办单位</source>
        <translation>Host organisation</translation>
    </message>
    <message>
        <source>技能等级</source>
        <translation>Skill level</translation>
    </message>
    <message>
        <source>技能等级要求</source>
        <translation>Required skill level</translation>
    </message>
    <message>
        <source>报名</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <source>报名截止</source>
        <translation>Registration deadline</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Hint</translation>
    </message>
    <message>
        <source>收到日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>最大年龄</source>
        <translation>Maximum age</translation>
    </message>
    <message>
        <source>最小年龄</source>
        <translation>Minimum age</translation>
    </message>
    <message>
        <source>最少参赛人数</source>
        <translation>Minimum entrants</translation>
    </message>
    <message>
        <source>每队人数</source>
        <translation>Team size</translation>
    </message>
    <message>
        <source>比赛场地</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>比赛日期</source>
        <translation>Contest date</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>理论/实操</source>
        <translation>Theory/practical</translation>
    </message>
    <message>
        <source>理论权重</source>
        <translation>Theory weight</translation>
    </message>
    <message>
        <source>电子邮箱</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>破格原因</source>
        <translation>Waiver reason</translation>
    </message>
    <message>
        <source>简称</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>组别</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>组委会成员</source>
        <translation>Organising committee members</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>职责</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>获奖名额</source>
        <translation>Award counts</translation>
    </message>
    <message>
        <source>补报原因</source>
        <translation>Late-registration reason</translation>
    </message>
    <message>
        <source>裁判</source>
        <translation>Judges</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>赛事全称</source>
        <translation>Full contest name</translation>
    </message>
    <message>
        <source>赛事名称</source>
        <translation>Contest name</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>退回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>锁定</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachment</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <source>  {field}：您要保存“{mine}”，数据库中现在是“{theirs}”</source>
        <translation>  {field}: you want to save &quot;{mine}&quot;, the database now has &quot;{theirs}&quot;</translation>
    </message>
    <message>
        <source>{subject}在您打开之后已由 {user} 于 {at} 修改并保存；您的修改没有保存，请按数据库中现在的内容重新编辑后再保存。</source>
        <translation>{subject} was changed and saved by {user} at {at} after you opened it; your changes were not saved. Edit again based on the current contents of the database, then save.</translation>
    </message>
    <message>
        <source>{subject}在您打开之后已被别人修改并保存；您的修改没有保存，请按数据库中现在的内容重新编辑后再保存。</source>
        <translation>{subject} was changed and saved by someone else after you opened it; your changes were not saved. Edit again based on the current contents of the database, then save.</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>下表对照您要保存的值和数据库中现在的值；标黄的是两边不同的字段。</source>
        <translation>The table compares the values you want to save with the current values in the database; fields that differ are highlighted in yellow.</translation>
    </message>
    <message>
        <source>保留我的修改，重新编辑</source>
        <translation>Keep my changes and edit again</translation>
    </message>
    <message>
        <source>别人已修改了这条记录</source>
        <translation>Someone else has changed this record</translation>
    </message>
    <message>
        <source>复制我的修改</source>
        <translation>Copy my changes</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>已保留您的修改；再次保存将覆盖 {user} 的修改。</source>
        <translation>Your changes were kept; saving again will overwrite the changes made by {user}.</translation>
    </message>
    <message>
        <source>已保留您的修改；再次保存将覆盖对方的修改。</source>
        <translation>Your changes were kept; saving again will overwrite the other user&apos;s changes.</translation>
    </message>
    <message>
        <source>已复制</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>已重新载入数据库中现在的内容；您的修改已放弃。</source>
        <translation>The current contents of the database were reloaded; your changes were discarded.</translation>
    </message>
    <message>
        <source>您要保存的值</source>
        <translation>Your value</translation>
    </message>
    <message>
        <source>把您要保存的值复制到剪贴板</source>
        <translation>Copy the values you want to save to the clipboard</translation>
    </message>
    <message>
        <source>放弃我的修改，重新载入</source>
        <translation>Discard my changes and reload</translation>
    </message>
    <message>
        <source>数据库中现在的值</source>
        <translation>Current value in database</translation>
    </message>
    <message>
        <source>编辑窗口保留您填写的内容；再次保存将覆盖对方的修改（记入审计日志）</source>
        <translation>The edit window keeps what you entered; saving again will overwrite the other user&apos;s changes (recorded in the audit log)</translation>
    </message>
    <message>
        <source>编辑窗口改为显示数据库中现在的内容</source>
        <translation>The edit window shows the current contents of the database instead</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>删除所选电话</source>
        <translation>Delete Selected Phone</translation>
    </message>
    <message>
        <source>单位：</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>号码</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>备注：</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>姓名：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>工种：</source>
        <translation>Trade:</translation>
    </message>
    <message>
        <source>新建联系人</source>
        <translation>New Contact</translation>
    </message>
    <message>
        <source>添加电话</source>
        <translation>Add Phone</translation>
    </message>
    <message>
        <source>电子邮箱：</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>电话：</source>
        <translation>Phones:</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>编辑联系人</source>
        <translation>Edit Contact</translation>
    </message>
    <message>
        <source>职责：</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contacts</translation>
    </message>
</context>
<context>
    <name>ContactOps</name>
    <message>
        <source>正在写出模板…</source>
        <translation>Writing the template…</translation>
    </message>
    <message>
        <source>正在导出 vCard…</source>
        <translation>Exporting vCards…</translation>
    </message>
    <message>
        <source>正在导出联系人…</source>
        <translation>Exporting contacts…</translation>
    </message>
    <message>
        <source>正在生成通讯录 PDF…</source>
        <translation>Creating the contact sheet PDF…</translation>
    </message>
</context>
<context>
    <name>ContactSheet</name>
    <message>
        <source>“职责”从下拉列表中选择；留空视为“其他”。</source>
        <translation>Choose the &quot;role&quot; from the drop-down list; empty means &quot;other&quot;.</translation>
    </message>
    <message>
        <source>一个格子里可以写几个电话，用顿号、分号或换行隔开；请把电话列设为文本格式。</source>
        <translation>One cell may hold several phone numbers separated by 、, semicolons or line breaks; format the phone column as text.</translation>
    </message>
    <message>
        <source>不变</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>与第 {n} 行是同一单位的同名联系人；同一人请只写一行，电话可写在同一格</source>
        <translation>Same contact name in the same organisation as row {n}; enter one person on one row only (several phone numbers can share a cell)</translation>
    </message>
    <message>
        <source>其他电话</source>
        <translation>Other phone</translation>
    </message>
    <message>
        <source>办公电话</source>
        <translation>Office phone</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>处理</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>姓名为空；请填写联系人姓名</source>
        <translation>The name is empty; enter the contact&apos;s name</translation>
    </message>
    <message>
        <source>姓名和单位都相同的联系人会被更新，其余新建。有问题的行写入检查报告；默认全部无误才导入，也可选择只导入无误的行。</source>
        <translation>Contacts with the same name and unit are updated, the others are created. Rows with problems go to the check report; by default the file is imported only when every row is valid, or you may import only the valid rows.</translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>工种</source>
        <translation>Trade</translation>
    </message>
    <message>
        <source>座机</source>
        <translation>Landline</translation>
    </message>
    <message>
        <source>所在单位</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>手机号</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>新建</source>
        <translation>new</translation>
    </message>
    <message>
        <source>更新</source>
        <translation>update</translation>
    </message>
    <message>
        <source>每行一位联系人。第 2 行是示例，导入前请删除或改写。“姓名”必填。</source>
        <translation>One contact per row. Row 2 is an example; delete or overwrite it before importing. &quot;Name&quot; is required.</translation>
    </message>
    <message>
        <source>海河工匠杯 技能大赛办公室</source>
        <translation>Haihe Craftsman Cup Skills Contest Office</translation>
    </message>
    <message>
        <source>电子邮箱</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>电子邮箱/备注</source>
        <translation>Email/notes</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>移动电话</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <source>竞赛项目</source>
        <translation>Competition event</translation>
    </message>
    <message>
        <source>第 {row} 行：新建“{name}”</source>
        <translation>Row {row}: new &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>第 {row} 行：更新“{name}”</source>
        <translation>Row {row}: update &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>职责</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>职责无效；请从下拉列表中选择</source>
        <translation>Not a valid role; choose one from the drop-down list</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>通讯录</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>邮箱</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Event</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <source>。请改正后再保存。</source>
        <translation>. Please correct it and save again.</translation>
    </message>
    <message>
        <source>姓名不能为空</source>
        <translation>The name cannot be empty</translation>
    </message>
    <message>
        <source>找不到这位联系人；可能已被删除，请刷新后再试。</source>
        <translation>This contact no longer exists; it may have been deleted. Refresh and try again.</translation>
    </message>
    <message>
        <source>无法写入文件 {path}：{err}；请换一个位置保存。</source>
        <translation>Cannot write file {path}: {err}; please save it somewhere else.</translation>
    </message>
    <message>
        <source>电子邮箱“{e}”格式不对，应类似 name@example.com</source>
        <translation>Email &quot;{e}&quot; is not in the right form; it should look like name@example.com</translation>
    </message>
    <message>
        <source>电话类型“{k}”无效</source>
        <translation>Phone type &quot;{k}&quot; is not valid</translation>
    </message>
    <message>
        <source>职责“{r}”无效</source>
        <translation>Role &quot;{r}&quot; is not valid</translation>
    </message>
    <message>
        <source>联系人“{name}”</source>
        <translation>Contact &quot;{name}&quot;</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>vCard 名片 (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <source>下载联系人导入模板</source>
        <translation>Download Contact Import Template</translation>
    </message>
    <message>
        <source>下载联系人导入模板…</source>
        <translation>Download Contact Import Template…</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>删除联系人</source>
        <translation>Delete Contacts</translation>
    </message>
    <message>
        <source>发邮件</source>
        <translation>Send Email</translation>
    </message>
    <message>
        <source>复制{kind} {n}</source>
        <translation>Copy {kind} {n}</translation>
    </message>
    <message>
        <source>复制所选联系人的电子邮箱</source>
        <translation>Copy the selected contact&apos;s email address</translation>
    </message>
    <message>
        <source>复制所选联系人的电话（Ctrl+Shift+C）</source>
        <translation>Copy the selected contact&apos;s phone number (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>复制电话</source>
        <translation>Copy Phone</translation>
    </message>
    <message>
        <source>复制邮箱</source>
        <translation>Copy Email</translation>
    </message>
    <message>
        <source>复制邮箱 {e}</source>
        <translation>Copy Email {e}</translation>
    </message>
    <message>
        <source>导入/导出</source>
        <translation>Import/Export</translation>
    </message>
    <message>
        <source>导入完成：新建或更新 {w} 位，未变 {u} 位。</source>
        <translation>Import finished: {w} contacts created or updated, {u} unchanged.</translation>
    </message>
    <message>
        <source>导入联系人（xlsx）…</source>
        <translation>Import Contacts (xlsx)…</translation>
    </message>
    <message>
        <source>导出到手机（vCard）</source>
        <translation>Export to Phone (vCard)</translation>
    </message>
    <message>
        <source>导出到手机（vCard）…</source>
        <translation>Export to Phone (vCard)…</translation>
    </message>
    <message>
        <source>导出联系人</source>
        <translation>Export Contacts</translation>
    </message>
    <message>
        <source>导出联系人（xlsx）…</source>
        <translation>Export Contacts (xlsx)…</translation>
    </message>
    <message>
        <source>工种：</source>
        <translation>Trade:</translation>
    </message>
    <message>
        <source>已写出导入模板：{p}</source>
        <translation>Import template written: {p}</translation>
    </message>
    <message>
        <source>已删除 {n} 位联系人。</source>
        <translation>Deleted {n} contacts.</translation>
    </message>
    <message>
        <source>已复制电话：{t}</source>
        <translation>Phone copied: {t}</translation>
    </message>
    <message>
        <source>已复制邮箱：{t}</source>
        <translation>Email copied: {t}</translation>
    </message>
    <message>
        <source>已复制：{t}</source>
        <translation>Copied: {t}</translation>
    </message>
    <message>
        <source>已导出 {n} 位联系人到 {p}</source>
        <translation>Exported {n} contacts to {p}</translation>
    </message>
    <message>
        <source>已导出 {n} 张名片到 {p}</source>
        <translation>Exported {n} vCards to {p}</translation>
    </message>
    <message>
        <source>已生成通讯录 PDF（{n} 页）：{p}</source>
        <translation>Contact sheet PDF created ({n} pages): {p}</translation>
    </message>
    <message>
        <source>所选联系人没有电子邮箱。</source>
        <translation>The selected contacts have no email address.</translation>
    </message>
    <message>
        <source>打印通讯录</source>
        <translation>Print Contacts</translation>
    </message>
    <message>
        <source>打印通讯录…</source>
        <translation>Print Contacts…</translation>
    </message>
    <message>
        <source>把当前列表打印成 PDF</source>
        <translation>Print the current list as a PDF</translation>
    </message>
    <message>
        <source>搜索姓名、拼音首字母、电话、单位……</source>
        <translation>Search name, pinyin initials, phone, organisation…</translation>
    </message>
    <message>
        <source>新建联系人</source>
        <translation>New Contact</translation>
    </message>
    <message>
        <source>新建联系人…</source>
        <translation>New Contact…</translation>
    </message>
    <message>
        <source>无法删除</source>
        <translation>Cannot Delete</translation>
    </message>
    <message>
        <source>无法编辑</source>
        <translation>Cannot Edit</translation>
    </message>
    <message>
        <source>海河工匠杯</source>
        <translation>Haihe Craftsman Cup</translation>
    </message>
    <message>
        <source>用邮件程序给所选联系人写信（也可单击表中的邮箱）</source>
        <translation>Write to the selected contacts with your email program (or click an address in the table)</translation>
    </message>
    <message>
        <source>确定删除所选的 {n} 位联系人吗？此操作会记入审计日志。</source>
        <translation>Delete the {n} selected contacts? This is written to the audit log.</translation>
    </message>
    <message>
        <source>给 {e} 写邮件</source>
        <translation>Email {e}</translation>
    </message>
    <message>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>职责：</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>联系人导入模板.xlsx</source>
        <translation>contact-import-template.xlsx</translation>
    </message>
    <message>
        <source>请先在表中选择一位联系人。</source>
        <translation>Select a contact in the table first.</translation>
    </message>
    <message>
        <source>请先在表中选择要删除的联系人。</source>
        <translation>Select the contacts to delete in the table first.</translation>
    </message>
    <message>
        <source>通讯录.pdf</source>
        <translation>contacts.pdf</translation>
    </message>
    <message>
        <source>通讯录.vcf</source>
        <translation>contacts.vcf</translation>
    </message>
    <message>
        <source>通讯录.xlsx</source>
        <translation>contacts.xlsx</translation>
    </message>
</context>
<context>
    <name>ContestCopyDialog</name>
    <message>
        <source>以 {y} 年赛事“{name}”（{n} 个工种）为底新建赛事。</source>
        <translation>Create a contest based on the {y} contest &quot;{name}&quot; ({n} trades).</translation>
    </message>
    <message>
        <source>复制后设为当前赛事</source>
        <translation>Make it the current contest after copying</translation>
    </message>
    <message>
        <source>复制赛事</source>
        <translation>Copy Contest</translation>
    </message>
    <message>
        <source>将复制：工种及其全部设置（组别、级别、权重、合格线、获奖规则、并列名次规则等）、承办单位和场次，日期顺延相应年数。
不复制：报名、裁判、成绩、组委会人员、联系人和基层备案。</source>
        <translation>Copied: the trades with all their settings (group, level, weights, pass mark, award and tie-break rules…), host organisations and sessions, with dates moved by the same number of years.
Not copied: registrations, judges, scores, committee members, contacts and grassroots filings.</translation>
    </message>
    <message>
        <source>新赛事全称：</source>
        <translation>Full name of the new contest:</translation>
    </message>
    <message>
        <source>新赛事年度：</source>
        <translation>Year of the new contest:</translation>
    </message>
    <message>
        <source>简称：</source>
        <translation>Short name:</translation>
    </message>
    <message>
        <source>请填写新赛事的全称。</source>
        <translation>Enter the full name of the new contest.</translation>
    </message>
</context>
<context>
    <name>ContestDialog</name>
    <message>
        <source>上移</source>
        <translation>Move Up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move Down</translation>
    </message>
    <message>
        <source>主办单位：</source>
        <translation>Organiser:</translation>
    </message>
    <message>
        <source>例如 2021年“海河工匠杯”技能大赛</source>
        <translation>e.g. 2021 &quot;Haihe Craftsman Cup&quot; Skills Contest</translation>
    </message>
    <message>
        <source>例如 2021年天津市职工职业技能大赛</source>
        <translation>e.g. 2021 Tianjin Employee Vocational Skills Contest</translation>
    </message>
    <message>
        <source>例如 天津市总工会</source>
        <translation>e.g. Tianjin Federation of Trade Unions</translation>
    </message>
    <message>
        <source>例如 津工通〔2021〕12号</source>
        <translation>e.g. 津工通〔2021〕12号</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>备注：</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>大赛办公室：</source>
        <translation>Contest office:</translation>
    </message>
    <message>
        <source>天津市总工会</source>
        <translation>Tianjin Federation of Trade Unions</translation>
    </message>
    <message>
        <source>年度：</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>技能大赛办公室</source>
        <translation>Skills contest office</translation>
    </message>
    <message>
        <source>技能大赛办公室及其所在部门</source>
        <translation>The skills contest office and its department</translation>
    </message>
    <message>
        <source>报名截止：</source>
        <translation>Registration deadline:</translation>
    </message>
    <message>
        <source>文号：</source>
        <translation>Document no.:</translation>
    </message>
    <message>
        <source>新建赛事</source>
        <translation>New Contest</translation>
    </message>
    <message>
        <source>未定</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>添加成员</source>
        <translation>Add Member</translation>
    </message>
    <message>
        <source>状态：</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>简称：</source>
        <translation>Short name:</translation>
    </message>
    <message>
        <source>组织委员会（主任、副主任、成员及其职务）</source>
        <translation>Organising committee (director, deputy directors, members and their titles)</translation>
    </message>
    <message>
        <source>编辑赛事：{name}</source>
        <translation>Edit Contest: {name}</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>赛事全称：</source>
        <translation>Full contest name:</translation>
    </message>
    <message>
        <source>赛事日期：</source>
        <translation>Contest dates:</translation>
    </message>
    <message>
        <source>赛事设置</source>
        <translation>Contest Settings</translation>
    </message>
</context>
<context>
    <name>ContestRules</name>
    <message>
        <source>{lvl}名额“{v}”必须是不小于 0 的整数。</source>
        <translation>The {lvl} count &quot;{v}&quot; must be a whole number of 0 or more.</translation>
    </message>
    <message>
        <source>{lvl}比例“{v}”不是有效的数。</source>
        <translation>The {lvl} share &quot;{v}&quot; is not a valid number.</translation>
    </message>
    <message>
        <source>{lvl}比例“{v}”应在 0% 到 100% 之间。</source>
        <translation>The {lvl} share &quot;{v}&quot; must be between 0% and 100%.</translation>
    </message>
    <message>
        <source>{what}的结束日期 {e} 早于开始日期 {s}，请改正。</source>
        <translation>The end date {e} of {what} is before its start date {s}; please correct it.</translation>
    </message>
    <message>
        <source>“{f}”在成绩锁定后不能修改；请先由裁判长解除锁定。</source>
        <translation>&quot;{f}&quot; cannot be changed after the scores are locked; ask the chief judge to unlock them first.</translation>
    </message>
    <message>
        <source>“{v}”不是有效的百分比，请填写 0 到 100 之间的数。</source>
        <translation>&quot;{v}&quot; is not a valid percentage; enter a number from 0 to 100.</translation>
    </message>
    <message>
        <source>一等奖</source>
        <translation>First prize</translation>
    </message>
    <message>
        <source>三等奖</source>
        <translation>Third prize</translation>
    </message>
    <message>
        <source>二等奖</source>
        <translation>Second prize</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>优秀奖</source>
        <translation>Excellence award</translation>
    </message>
    <message>
        <source>允许破格</source>
        <translation>Waiver allowed</translation>
    </message>
    <message>
        <source>单人/团体</source>
        <translation>Individual/team</translation>
    </message>
    <message>
        <source>单人项目每队人数应为 1。</source>
        <translation>An individual event has 1 person per team.</translation>
    </message>
    <message>
        <source>取整方式“{r}”无效，应为向下取整、四舍五入或向上取整。</source>
        <translation>Rounding &quot;{r}&quot; is not valid; use round down, round half up or round up.</translation>
    </message>
    <message>
        <source>各奖项比例之和为 {s}%，超过了 100%。</source>
        <translation>The award shares add up to {s}%, which is more than 100%.</translation>
    </message>
    <message>
        <source>合格线</source>
        <translation>Pass mark</translation>
    </message>
    <message>
        <source>合格线 {v} 超出范围，请填写 0 到 100 之间的分数。</source>
        <translation>Pass mark {v} is out of range; enter a score from 0 to 100.</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>向上取整</source>
        <translation>Round up</translation>
    </message>
    <message>
        <source>向下取整</source>
        <translation>Round down</translation>
    </message>
    <message>
        <source>四舍五入</source>
        <translation>Round half up</translation>
    </message>
    <message>
        <source>团体项目每队至少 2 人，请改正每队人数。</source>
        <translation>A team event needs at least 2 people per team; please correct the team size.</translation>
    </message>
    <message>
        <source>固定名额</source>
        <translation>Fixed number</translation>
    </message>
    <message>
        <source>固定名额“{v}”必须是不小于 0 的整数。</source>
        <translation>The fixed count &quot;{v}&quot; must be a whole number of 0 or more.</translation>
    </message>
    <message>
        <source>场地地址</source>
        <translation>Venue address</translation>
    </message>
    <message>
        <source>场次</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>备案</source>
        <translation>Filing</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>实操成绩高者在前</source>
        <translation>Higher practical score first</translation>
    </message>
    <message>
        <source>实操权重</source>
        <translation>Practical weight</translation>
    </message>
    <message>
        <source>已收到</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>已有 {n} 人报名，不能再修改“{f}”；请改为调整这些报名。</source>
        <translation>{n} people have registered, so &quot;{f}&quot; can no longer be changed; adjust those registrations instead.</translation>
    </message>
    <message>
        <source>已有 {n} 人报名，修改“{f}”必须填写修改原因。</source>
        <translation>{n} people have registered; changing &quot;{f}&quot; needs a reason.</translation>
    </message>
    <message>
        <source>已有评分记录，修改“{f}”会改变成绩含义，必须填写修改原因。</source>
        <translation>Scores have been entered; changing &quot;{f}&quot; changes what they mean, so a reason is required.</translation>
    </message>
    <message>
        <source>年龄范围 {a}–{b} 岁不合理，请填写 14 到 70 岁之间。</source>
        <translation>Age range {a}–{b} is not plausible; use ages between 14 and 70.</translation>
    </message>
    <message>
        <source>并列名次规则</source>
        <translation>Tie-break rule</translation>
    </message>
    <message>
        <source>并列名次规则不能为空，至少要有“总成绩”。</source>
        <translation>The tie-break rule cannot be empty; it needs at least &quot;total score&quot;.</translation>
    </message>
    <message>
        <source>并列名次规则中的“{k}”无效，可用：{keys}。</source>
        <translation>&quot;{k}&quot; is not a valid tie-break rule; available: {keys}.</translation>
    </message>
    <message>
        <source>并列名次规则中的“{k}”重复出现。</source>
        <translation>&quot;{k}&quot; appears twice in the tie-break rule.</translation>
    </message>
    <message>
        <source>并列名次规则必须以总成绩（total）开头。</source>
        <translation>The tie-break rule must start with the total score (total).</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>总成绩高者在前</source>
        <translation>Higher total score first</translation>
    </message>
    <message>
        <source>总结</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>承办单位</source>
        <translation>Host organisation</translation>
    </message>
    <message>
        <source>技能等级要求</source>
        <translation>Required skill level</translation>
    </message>
    <message>
        <source>报名截止</source>
        <translation>Registration deadline</translation>
    </message>
    <message>
        <source>按参赛人数比例</source>
        <translation>Share of entrants</translation>
    </message>
    <message>
        <source>最大年龄</source>
        <translation>Maximum age</translation>
    </message>
    <message>
        <source>最小年龄</source>
        <translation>Minimum age</translation>
    </message>
    <message>
        <source>最小年龄 {a} 岁大于最大年龄 {b} 岁，请对调或改正。</source>
        <translation>Minimum age {a} is greater than maximum age {b}; swap or correct them.</translation>
    </message>
    <message>
        <source>最少参赛人数</source>
        <translation>Minimum entrants</translation>
    </message>
    <message>
        <source>最少参赛人数必须至少为 1。</source>
        <translation>The minimum number of entrants must be at least 1.</translation>
    </message>
    <message>
        <source>未到期</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <source>每队人数</source>
        <translation>Team size</translation>
    </message>
    <message>
        <source>比赛场地</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>理论和实操权重不能为负数。</source>
        <translation>Theory and practical weights cannot be negative.</translation>
    </message>
    <message>
        <source>理论成绩高者在前</source>
        <translation>Higher theory score first</translation>
    </message>
    <message>
        <source>理论权重</source>
        <translation>Theory weight</translation>
    </message>
    <message>
        <source>理论权重 {t}% 与实操权重 {p}% 之和为 {s}%，必须正好等于 100%。</source>
        <translation>Theory weight {t}% and practical weight {p}% add up to {s}%; they must add up to exactly 100%.</translation>
    </message>
    <message>
        <source>用时短者在前</source>
        <translation>Shorter time first</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>组别</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>获奖名额“{v}”格式不对：请按 一等/二等/三等[/优秀奖] 的顺序用“/”分隔，例如 10/20/30 或 1/3/6。</source>
        <translation>Award counts &quot;{v}&quot; are not in the right form: give first/second/third[/excellence] separated by &quot;/&quot;, e.g. 10/20/30 or 1/3/6.</translation>
    </message>
    <message>
        <source>获奖规则</source>
        <translation>Award rule</translation>
    </message>
    <message>
        <source>获奖规则方式“{m}”无效，应为“按参赛人数比例”或“固定名额”。</source>
        <translation>Award method &quot;{m}&quot; is not valid; use &quot;share of entrants&quot; or &quot;fixed number&quot;.</translation>
    </message>
    <message>
        <source>获奖规则至少要有一等奖的名额或比例。</source>
        <translation>The award rule needs at least a count or share for first prize.</translation>
    </message>
    <message>
        <source>请填写百分比。</source>
        <translation>Enter a percentage.</translation>
    </message>
    <message>
        <source>逾期收到</source>
        <translation>Received late</translation>
    </message>
    <message>
        <source>逾期未交</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>（{r}）</source>
        <translation> ({r})</translation>
    </message>
</context>
<context>
    <name>Contests</name>
    <message>
        <source> 至 {end}</source>
        <translation> to {end}</translation>
    </message>
    <message>
        <source>不足 {n} 人，可能取消</source>
        <translation>Fewer than {n} entrants; may be cancelled</translation>
    </message>
    <message>
        <source>复制自 {y} 年赛事“{n}”。</source>
        <translation>Copied from the {y} contest &quot;{n}&quot;.</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>已归档</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>年度 {y} 不合理，请填写四位年份。</source>
        <translation>Year {y} is not plausible; enter a four-digit year.</translation>
    </message>
    <message>
        <source>报名截止日期 {d} 晚于赛事结束日期 {e}，请改正。</source>
        <translation>The registration deadline {d} is after the contest&apos;s end date {e}; please correct it.</translation>
    </message>
    <message>
        <source>监审委员会</source>
        <translation>Supervision Committee</translation>
    </message>
    <message>
        <source>筹备中</source>
        <translation>In preparation</translation>
    </message>
    <message>
        <source>组委会第 {i} 行没有姓名，请填写或删除该行。</source>
        <translation>Organising committee row {i} has no name; fill it in or delete the row.</translation>
    </message>
    <message>
        <source>组委会第 {i} 行的机构“{b}”无效。</source>
        <translation>Organising committee row {i} has an invalid body &quot;{b}&quot;.</translation>
    </message>
    <message>
        <source>组委会第 {i} 行的职务“{r}”无效，应为主任、副主任或成员。</source>
        <translation>Organising committee row {i} has an invalid position &quot;{r}&quot;; use director, deputy director or member.</translation>
    </message>
    <message>
        <source>组织委员会</source>
        <translation>Organising Committee</translation>
    </message>
    <message>
        <source>评判委员会</source>
        <translation>Judging Committee</translation>
    </message>
    <message>
        <source>请填写赛事名称。</source>
        <translation>Enter a contest name.</translation>
    </message>
    <message>
        <source>赛事</source>
        <translation>Contests</translation>
    </message>
    <message>
        <source>赛事“{n}”</source>
        <translation>Contest &quot;{n}&quot;</translation>
    </message>
    <message>
        <source>赛事“{n}”已归档，不能修改；如需修改，请先取消归档。</source>
        <translation>Contest &quot;{n}&quot; is archived and cannot be changed; unarchive it first if you need to.</translation>
    </message>
    <message>
        <source>赛事“{n}”已经归档。</source>
        <translation>Contest &quot;{n}&quot; is already archived.</translation>
    </message>
    <message>
        <source>赛事“{n}”没有归档。</source>
        <translation>Contest &quot;{n}&quot; is not archived.</translation>
    </message>
    <message>
        <source>赛事名称太长，最多 200 个字。</source>
        <translation>The contest name is too long; at most 200 characters.</translation>
    </message>
    <message>
        <source>赛事状态“{s}”无效。</source>
        <translation>Contest status &quot;{s}&quot; is not valid.</translation>
    </message>
    <message>
        <source>赛事（编号 {i}）不存在；运行 “haihe-desk contests list” 查看编号。</source>
        <translation>Contest (no. {i}) does not exist; run &quot;haihe-desk contests list&quot; to see the numbers.</translation>
    </message>
    <message>
        <source>进行中</source>
        <translation>In progress</translation>
    </message>
</context>
<context>
    <name>ContestsTab</name>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>{code} {name}&#x3000;{group}&#x3000;{level}&#x3000;{team}&#x3000;年龄 {a}–{b} 岁&#x3000;等级要求：{grade}{exc}&#x3000;报名截止：{dl}</source>
        <translation>{code} {name}   {group}   {level}   {team}   ages {a}–{b}   skill level: {grade}{exc}   registration deadline: {dl}</translation>
    </message>
    <message>
        <source>{name}
文号：{doc}&#x3000;主办：{org}&#x3000;报名截止：{deadline}&#x3000;{office}</source>
        <translation>{name}
Document no.: {doc}   Organiser: {org}   Registration deadline: {deadline}   {office}</translation>
    </message>
    <message>
        <source>下载模板…</source>
        <translation>Download Template…</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>从 Excel 工种列表导入；有错误时不导入并生成报告</source>
        <translation>Import from an Excel trade list; on any error nothing is imported and a report is written</translation>
    </message>
    <message>
        <source>以所选赛事为底新建下一年度赛事：复制工种、规则、承办单位和场次，不复制人员</source>
        <translation>Create next year&apos;s contest from the selected one: copies trades, rules, host organisations and sessions, no people</translation>
    </message>
    <message>
        <source>保存工种列表导入模板</source>
        <translation>Save the trade-list import template</translation>
    </message>
    <message>
        <source>保存工种列表模板</source>
        <translation>Save Trade-List Template</translation>
    </message>
    <message>
        <source>修改所选工种的设置（也可双击该行）</source>
        <translation>Change the selected trade&apos;s settings (or double-click its row)</translation>
    </message>
    <message>
        <source>修改赛事名称、文号、日期、组委会等</source>
        <translation>Change the contest&apos;s name, document number, dates, committee…</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>删除工种</source>
        <translation>Delete trade</translation>
    </message>
    <message>
        <source>删除工种“{t}”及其场次？删除后不能恢复（审计日志中保留其设置）。</source>
        <translation>Delete the trade &quot;{t}&quot; and its sessions? This cannot be undone (the audit log keeps its settings).</translation>
    </message>
    <message>
        <source>删除误建的工种（已有报名、评分或裁判的工种不能删除，可把状态改为“已取消”）</source>
        <translation>Delete a trade created by mistake (a trade with registrations, scores or judges cannot be deleted; set its status to &quot;Cancelled&quot; instead)</translation>
    </message>
    <message>
        <source>单人</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>取消归档</source>
        <translation>Unarchive</translation>
    </message>
    <message>
        <source>团体（每队 {n} 人）</source>
        <translation>Team ({n} per team)</translation>
    </message>
    <message>
        <source>在当前赛事中新增一个工种（竞赛项目）</source>
        <translation>Add a trade (competition event) to the current contest</translation>
    </message>
    <message>
        <source>基层备案…</source>
        <translation>Grassroots Filings…</translation>
    </message>
    <message>
        <source>基层职工职业技能大赛的备案和总结登记</source>
        <translation>Filings and summaries of grassroots employee skills competitions</translation>
    </message>
    <message>
        <source>复制赛事…</source>
        <translation>Copy Contest…</translation>
    </message>
    <message>
        <source>导入工种…</source>
        <translation>Import Trades…</translation>
    </message>
    <message>
        <source>工种列表模板.xlsx</source>
        <translation>trade-list-template.xlsx</translation>
    </message>
    <message>
        <source>已保存模板：{file}</source>
        <translation>Template saved: {file}</translation>
    </message>
    <message>
        <source>已删除工种 {t}</source>
        <translation>Trade {t} deleted</translation>
    </message>
    <message>
        <source>已导入工种列表：{w} 个工种新增或更新，{u} 个没有变化。</source>
        <translation>Trade list imported: {w} trades added or updated, {u} unchanged.</translation>
    </message>
    <message>
        <source>归档</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>归档“{name}”后，它的工种和设置只能查看、不能修改（可以随时取消归档）。确定归档吗？</source>
        <translation>After archiving &quot;{name}&quot;, its trades and settings can only be viewed, not changed (you can unarchive it at any time). Archive it?</translation>
    </message>
    <message>
        <source>归档所选赛事（归档后只读）；对已归档赛事则取消归档</source>
        <translation>Archive the selected contest (read-only afterwards); unarchive an archived one</translation>
    </message>
    <message>
        <source>归档赛事</source>
        <translation>Archive Contest</translation>
    </message>
    <message>
        <source>报名 {r}：待审核 {s}、工会已审核 {u}、已确认 {c}、退回 {ret}、不予通过 {rej}、弃权 {w}；已检录 {ci}；已评分 {sc}；锁定：{lk}</source>
        <translation>Registrations {r}: pending {s}, union approved {u}, confirmed {c}, returned {ret}, rejected {rej}, withdrawn {w}; checked in {ci}; scored {sc}; locked: {lk}</translation>
    </message>
    <message>
        <source>搜索工种代码、名称、承办单位……</source>
        <translation>Search trade code, name, host organisation…</translation>
    </message>
    <message>
        <source>新增工种…</source>
        <translation>Add Trade…</translation>
    </message>
    <message>
        <source>新建一个空白赛事</source>
        <translation>Create a blank contest</translation>
    </message>
    <message>
        <source>新建赛事…</source>
        <translation>New Contest…</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>无法完成</source>
        <translation>Could Not Finish</translation>
    </message>
    <message>
        <source>本赛事已归档，只能查看；如需修改，请先点击“取消归档”。</source>
        <translation>This contest is archived and can only be viewed; to change it, click &quot;Unarchive&quot; first.</translation>
    </message>
    <message>
        <source>理论 {t}% / 实操 {p}%&#x3000;合格线 {pl}&#x3000;{award}&#x3000;并列：{tie}&#x3000;场次 {n} 个</source>
        <translation>Theory {t}% / practical {p}%   pass mark {pl}   {award}   ties: {tie}   {n} sessions</translation>
    </message>
    <message>
        <source>组别：</source>
        <translation>Group:</translation>
    </message>
    <message>
        <source>组委会：</source>
        <translation>Organising committee:</translation>
    </message>
    <message>
        <source>编辑工种…</source>
        <translation>Edit Trade…</translation>
    </message>
    <message>
        <source>编辑赛事…</source>
        <translation>Edit Contest…</translation>
    </message>
    <message>
        <source>请先在列表中选中一个工种。</source>
        <translation>Select a trade in the list first.</translation>
    </message>
    <message>
        <source>赛事：</source>
        <translation>Contest:</translation>
    </message>
    <message>
        <source>还没有赛事。请点击“新建赛事”，或在“文件”菜单中创建演示赛事。</source>
        <translation>No contests yet. Click &quot;New Contest&quot;, or create the demo contest from the File menu.</translation>
    </message>
    <message>
        <source>选中一个工种可在此查看其全部设置；双击可编辑。</source>
        <translation>Select a trade to see all its settings here; double-click to edit.</translation>
    </message>
    <message>
        <source>选择工种列表</source>
        <translation>Choose a Trade List</translation>
    </message>
    <message>
        <source>选择要查看的赛事</source>
        <translation>Choose the contest to view</translation>
    </message>
    <message>
        <source>（允许破格）</source>
        <translation> (waiver allowed)</translation>
    </message>
    <message>
        <source>（已归档）</source>
        <translation> (archived)</translation>
    </message>
</context>
<context>
    <name>Db</name>
    <message>
        <source>不能把 SQLite 数据库放在网络共享路径上（{path}）：网络文件系统上的 WAL 日志不安全，多台电脑同时使用会损坏数据。多台电脑请共用一台 PostgreSQL 服务器。</source>
        <translation>A SQLite database cannot be kept on a network share ({path}): its WAL journal is not safe on network file systems, and several computers using it at once will corrupt the data. For several computers, share one PostgreSQL server.</translation>
    </message>
    <message>
        <source>数据库 {db} 的结构版本（{rev}）比本程序新，可能是用更新版本的程序创建的；未做任何修改。请升级本程序后再打开。</source>
        <translation>Database {db} has a newer schema version ({rev}) than this program; it was probably created by a newer version. Nothing was changed. Please upgrade this program, then open it again.</translation>
    </message>
    <message>
        <source>数据库地址无法识别：{url}</source>
        <translation>Database URL not recognised: {url}</translation>
    </message>
    <message>
        <source>无法打开数据库 {db}：{err}</source>
        <translation>Cannot open database {db}: {err}</translation>
    </message>
    <message>
        <source>无法打开数据库 {db}：这个文件不是海河工匠杯大赛系统的数据库，未做任何修改。</source>
        <translation>Cannot open database {db}: this file is not a Haihe Craftsman Cup contest database. Nothing was changed.</translation>
    </message>
    <message>
        <source>程序安装不完整：缺少数据库结构文件（迁移脚本 {rev}），数据库未做任何修改。请重新安装本程序。</source>
        <translation>The installation is incomplete: the database schema files (migration {rev}) are missing. The database was not changed. Please reinstall the program.</translation>
    </message>
    <message>
        <source>要保存的记录在您打开之后已被别人修改；您的修改没有保存。请重新载入后再修改。</source>
        <translation>The record you are saving was changed by someone else after you opened it; your changes were not saved. Reload it and make your changes again.</translation>
    </message>
    <message>
        <source>这个数据库不是海河工匠杯大赛系统的数据库（没有版本信息），未做任何修改：{db}</source>
        <translation>This database is not a Haihe Craftsman Cup contest database (it has no version information); nothing was changed: {db}</translation>
    </message>
</context>
<context>
    <name>Decimals</name>
    <message>
        <source>不是有效的数字：{v}</source>
        <translation>Not a valid number: {v}</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>数据库里已有赛事，不能再创建演示赛事；请使用一个新的数据库文件。</source>
        <translation>The database already has contests, so the demo contest cannot be created; please use a new database file.</translation>
    </message>
</context>
<context>
    <name>FilingDialog</name>
    <message>
        <source>例如 2021年河西区职工数控车工技能竞赛</source>
        <translation>e.g. 2021 Hexi District Employee CNC Lathe Competition</translation>
    </message>
    <message>
        <source>例如 数控车工</source>
        <translation>e.g. CNC lathe operator</translation>
    </message>
    <message>
        <source>单位：</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>参赛人数：</source>
        <translation>Entrants:</translation>
    </message>
    <message>
        <source>基层备案登记</source>
        <translation>Grassroots Filing</translation>
    </message>
    <message>
        <source>基层赛事名称：</source>
        <translation>Grassroots competition name:</translation>
    </message>
    <message>
        <source>备注：</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>工种：</source>
        <translation>Trade:</translation>
    </message>
    <message>
        <source>应交日期：</source>
        <translation>Due date:</translation>
    </message>
    <message>
        <source>收到日期：</source>
        <translation>Received on:</translation>
    </message>
    <message>
        <source>未填</source>
        <translation>Not entered</translation>
    </message>
    <message>
        <source>比赛日期：</source>
        <translation>Competition dates:</translation>
    </message>
    <message>
        <source>登记基层备案或总结</source>
        <translation>Record a Grassroots Filing or Summary</translation>
    </message>
    <message>
        <source>类别：</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>编辑备案登记</source>
        <translation>Edit Filing Record</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>请选择提交备案的单位。</source>
        <translation>Choose the organisation that submitted the filing.</translation>
    </message>
    <message>
        <source>选择收到的文件</source>
        <translation>Choose the File Received</translation>
    </message>
    <message>
        <source>选择收到的文件……</source>
        <translation>Choose the File Received…</translation>
    </message>
    <message>
        <source>附件：</source>
        <translation>Attachment:</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>FilingRegisterDialog</name>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>为各区/局/集团工会登记应交项目……</source>
        <translation>Register Due Items for District/Bureau/Group Unions…</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>共 {n} 条</source>
        <translation>{n} records</translation>
    </message>
    <message>
        <source>区总工会、局工会、集团公司工会及已登记单位的备案、总结情况。“未登记”表示登记表中还没有该单位的这一项。</source>
        <translation>Filings and summaries of the district, bureau and group company trade unions and of every recorded organisation. &quot;Not recorded&quot; means the register has no such item for that organisation yet.</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>单位情况</source>
        <translation>Organisation details</translation>
    </message>
    <message>
        <source>单位类型</source>
        <translation>Organisation type</translation>
    </message>
    <message>
        <source>基层备案登记表.xlsx</source>
        <translation>grassroots-filing-register.xlsx</translation>
    </message>
    <message>
        <source>基层职工职业技能大赛 备案与总结</source>
        <translation>Grassroots Employee Skills Competitions: Filings and Summaries</translation>
    </message>
    <message>
        <source>备案</source>
        <translation>Filing</translation>
    </message>
    <message>
        <source>导出登记表</source>
        <translation>Export Register</translation>
    </message>
    <message>
        <source>导出登记表……</source>
        <translation>Export Register…</translation>
    </message>
    <message>
        <source>已为 {n} 个单位登记应交项目。</source>
        <translation>Registered a due item for {n} organisations.</translation>
    </message>
    <message>
        <source>已导出：{file}</source>
        <translation>Exported: {file}</translation>
    </message>
    <message>
        <source>已收到 {a} 份（其中逾期收到 {b} 份）；逾期未交 {c} 份；未到期 {d} 份。</source>
        <translation>{a} received ({b} of them late); {c} overdue; {d} not yet due.</translation>
    </message>
    <message>
        <source>应交日期（例如 2021-09-30）：</source>
        <translation>Due date (e.g. 2021-09-30):</translation>
    </message>
    <message>
        <source>总结</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>打开附件</source>
        <translation>Open Attachment</translation>
    </message>
    <message>
        <source>搜索单位、赛事名称、工种……</source>
        <translation>Search organisation, competition name, trade…</translation>
    </message>
    <message>
        <source>无法完成</source>
        <translation>Could Not Finish</translation>
    </message>
    <message>
        <source>日期“{v}”无法识别，请写成 2021-09-30 的形式。</source>
        <translation>Date &quot;{v}&quot; is not recognised; write it as 2021-09-30.</translation>
    </message>
    <message>
        <source>状态：</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>登记……</source>
        <translation>Record…</translation>
    </message>
    <message>
        <source>登记应交项目</source>
        <translation>Register Due Items</translation>
    </message>
    <message>
        <source>登记表</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>类别：</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>编辑……</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>请先在列表中选中一条登记。</source>
        <translation>Select a record in the list first.</translation>
    </message>
    <message>
        <source>请先在列表中选中一条登记，再附上收到的文件。</source>
        <translation>Select a record in the list first, then attach the file received.</translation>
    </message>
    <message>
        <source>选择收到的文件</source>
        <translation>Choose the File Received</translation>
    </message>
    <message>
        <source>附上收到的文件……</source>
        <translation>Attach the File Received…</translation>
    </message>
</context>
<context>
    <name>Filings</name>
    <message>
        <source>{file} 是一个文件夹，请选择收到的文件。</source>
        <translation>{file} is a folder; please choose the file you received.</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>单位情况</source>
        <translation>Organisation details</translation>
    </message>
    <message>
        <source>单位类型</source>
        <translation>Organisation type</translation>
    </message>
    <message>
        <source>单位（编号 {i}）不存在。</source>
        <translation>Organisation (no. {i}) does not exist.</translation>
    </message>
    <message>
        <source>参赛人数</source>
        <translation>Entrants</translation>
    </message>
    <message>
        <source>参赛人数不能为负数。</source>
        <translation>The number of entrants cannot be negative.</translation>
    </message>
    <message>
        <source>基层比赛</source>
        <translation>Grassroots competition</translation>
    </message>
    <message>
        <source>备案</source>
        <translation>Filing</translation>
    </message>
    <message>
        <source>备案登记</source>
        <translation>Filings</translation>
    </message>
    <message>
        <source>备案记录“{t}”</source>
        <translation>Filing record &quot;{t}&quot;</translation>
    </message>
    <message>
        <source>备案记录（编号 {i}）不存在；运行 “haihe-desk filings list” 查看编号。</source>
        <translation>Filing record (no. {i}) does not exist; run &quot;haihe-desk filings list&quot; to see the numbers.</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>工种</source>
        <translation>Trade</translation>
    </message>
    <message>
        <source>应交日期</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>总结</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>找不到单位“{u}”；请写单位全称、简称、工会代码或编号。</source>
        <translation>Organisation &quot;{u}&quot; not found; enter its full name, short name, union code or number.</translation>
    </message>
    <message>
        <source>找不到文件 {file}；请检查路径。</source>
        <translation>File {file} not found; please check the path.</translation>
    </message>
    <message>
        <source>收到日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>文件 {file} 是空的（0 字节），请选择收到的文件。</source>
        <translation>File {file} is empty (0 bytes); please choose the file you received.</translation>
    </message>
    <message>
        <source>文件 {file} 超过 20 MB，请压缩或只附上正文后再登记。</source>
        <translation>File {file} is larger than 20 MB; compress it or attach only the main text, then record it.</translation>
    </message>
    <message>
        <source>无法读取文件 {file}（{err}）。</source>
        <translation>Cannot read file {file} ({err}).</translation>
    </message>
    <message>
        <source>未登记</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>类别“{k}”无效，应为备案（record）或总结（summary）。</source>
        <translation>Category &quot;{k}&quot; is not valid; use filing (record) or summary (summary).</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>赛事名称</source>
        <translation>Contest name</translation>
    </message>
    <message>
        <source>赛事名称太长，最多 200 个字。</source>
        <translation>The contest name is too long; at most 200 characters.</translation>
    </message>
    <message>
        <source>赛事（编号 {i}）不存在。</source>
        <translation>Contest (no. {i}) does not exist.</translation>
    </message>
    <message>
        <source>这条备案记录还没有附件。</source>
        <translation>This filing record has no attachment yet.</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachment</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>两次输入的密码不一致；请重新输入。</source>
        <translation>The passwords do not match; enter them again.</translation>
    </message>
    <message>
        <source>再输入一次：</source>
        <translation>Enter it again:</translation>
    </message>
    <message>
        <source>创建管理员账号</source>
        <translation>Create Administrator Account</translation>
    </message>
    <message>
        <source>多台电脑共用服务器时每人都须登录。</source>
        <translation>Everyone must log in when several computers share a server.</translation>
    </message>
    <message>
        <source>姓名：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>密码：</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>用户名：</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>这台电脑只有一人使用：以后启动时自动以此账号登录，不再输入密码</source>
        <translation>Only one person uses this computer: log in with this account automatically at startup, without a password</translation>
    </message>
    <message>
        <source>这是第一次使用此数据库。请先创建管理员账号：管理员可以添加其他用户并分配角色（办公室、工会审核员、裁判长、加密裁判、计分员、监审、只读）。密码至少 8 个字符，须混合字母、数字或符号；请妥善保管，遗失后只能由其他管理员重设。</source>
        <translation>This is the first time this database is used. Create an administrator account first: administrators can add other users and assign roles (office staff, union reviewer, chief judge, encryption judge, score clerk, supervisor, read-only). The password must have at least 8 characters and mix letters, digits or symbols; keep it safe, as only another administrator can reset it if lost.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>数据库中还没有赛事。是否创建演示赛事（2020年“海河工匠杯”技能大赛，含 8 个工种、通知中的联系人和约 200 条虚构报名）？</source>
        <translation>There are no contests in the database yet. Create the demo contest (the 2020 &quot;Haihe Craftsman Cup&quot; skills contest, with 8 trades, the contacts from the notice and about 200 fictitious registrations)?</translation>
    </message>
    <message>
        <source>无法打开数据库</source>
        <translation>Cannot Open Database</translation>
    </message>
    <message>
        <source>程序出现意外错误（{err}）。当前操作未完成，已保存的数据不受影响。详细信息已记入日志：{log}</source>
        <translation>An unexpected error occurred ({err}). The current action did not complete; data already saved is not affected. Details were written to the log: {log}</translation>
    </message>
    <message>
        <source>程序错误</source>
        <translation>Program Error</translation>
    </message>
    <message>
        <source>首次使用</source>
        <translation>First Start</translation>
    </message>
</context>
<context>
    <name>IdCard</name>
    <message>
        <source>身份证号中的出生日期 {d} 不是有效日期。</source>
        <translation>The date of birth {d} in the ID number is not a valid date.</translation>
    </message>
    <message>
        <source>身份证号前 17 位应为数字，最后一位为数字或 X。</source>
        <translation>The first 17 characters of an ID number must be digits, and the last a digit or X.</translation>
    </message>
    <message>
        <source>身份证号应为 18 位，实际为 {n} 位。</source>
        <translation>An ID number has 18 characters; this one has {n}.</translation>
    </message>
    <message>
        <source>身份证号校验位错误：最后一位应为 {c}，请核对号码。</source>
        <translation>The ID number&apos;s check digit is wrong: the last character should be {c}; please check the number.</translation>
    </message>
    <message>
        <source>身份证号被 Excel 存成了数字（{value}），后几位已丢失；请把该列设置为“文本”格式后重新录入身份证号。</source>
        <translation>Excel stored the ID number as a number ({value}) and its last digits are lost; set the column to &quot;Text&quot; format and enter the ID numbers again.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;所有文件 (*)</source>
        <translation>Excel workbook (*.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>&#x3000;忽略的列：{ignored}</source>
        <translation>   Ignored columns: {ignored}</translation>
    </message>
    <message>
        <source>使用的列：{used}</source>
        <translation>Columns used: {used}</translation>
    </message>
    <message>
        <source>保存检查报告</source>
        <translation>Save Check Report</translation>
    </message>
    <message>
        <source>保存检查报告…</source>
        <translation>Save Check Report…</translation>
    </message>
    <message>
        <source>值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>全部无误才导入（有错误时不写入任何数据）</source>
        <translation>Import only if all rows are valid (write nothing when there are errors)</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>变化</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>只导入无误的行</source>
        <translation>Import only the valid rows</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>导入{what}</source>
        <translation>Import {what}</translation>
    </message>
    <message>
        <source>工作表“{sheet}”，表头在第 {hr} 行，共 {n} 行：无误 {ok} 行，有错误 {bad} 行；将新增 {new} 条，更新 {upd} 条，已存在不变 {same} 条。</source>
        <translation>Sheet &quot;{sheet}&quot;, header in row {hr}, {n} rows: {ok} OK, {bad} with errors; {new} will be added, {upd} updated, {same} already present and unchanged.</translation>
    </message>
    <message>
        <source>工作表：</source>
        <translation>Worksheet:</translation>
    </message>
    <message>
        <source>打开检查报告</source>
        <translation>Open Check Report</translation>
    </message>
    <message>
        <source>整份导入（各行互相关联；有错误时不写入任何数据）</source>
        <translation>Whole file only (rows depend on each other; nothing is written if any row has an error)</translation>
    </message>
    <message>
        <source>文件：</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>Cannot Save</translation>
    </message>
    <message>
        <source>无误的行</source>
        <translation>Valid rows</translation>
    </message>
    <message>
        <source>有错误的行</source>
        <translation>Rows with errors</translation>
    </message>
    <message>
        <source>检查已取消。</source>
        <translation>Check cancelled.</translation>
    </message>
    <message>
        <source>检查报告已保存：{p}</source>
        <translation>Check report saved: {p}</translation>
    </message>
    <message>
        <source>正在导入{what}…</source>
        <translation>Importing {what}…</translation>
    </message>
    <message>
        <source>正在检查{what}…</source>
        <translation>Checking {what}…</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>选择{what}</source>
        <translation>Choose {what}</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose File…</translation>
    </message>
    <message>
        <source>重新检查</source>
        <translation>Check Again</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>（未选择）</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <source>：</source>
        <translation>:</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <source>-检查报告</source>
        <translation>-check-report</translation>
    </message>
    <message>
        <source>{what} {file} 有 {n} 行有问题，未导入任何数据。第一处：第 {row} 行“{col}”列（{value}）：{msg}。</source>
        <extracomment>the progress scale the runner reports on (plan: first half, apply: second half)</extracomment>
        <translation>{what} {file} has {n} rows with problems; nothing was imported. First: row {row}, column &quot;{col}&quot; ({value}): {msg}. </translation>
    </message>
    <message>
        <source>{what}只能整份导入（各行互相关联）；请去掉“只导入无误的行”后重试。</source>
        <translation>{what} can only be imported as a whole (its rows depend on each other); turn off &quot;only the valid rows&quot; and try again.</translation>
    </message>
    <message>
        <source>全部问题见报告 {report}。</source>
        <translation>All problems are listed in the report {report}. </translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>处理</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>空</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>行号</source>
        <extracomment>audit action prefix: the runner records f&quot;{kind}.import&quot; domain.roles permission the actor needs True when rows depend on each other (parents, codes): only the whole file is imported the data areas an import touches (names of ui.changes.Change members)</extracomment>
        <translation>Row</translation>
    </message>
    <message>
        <source>请改正后重新导入。</source>
        <translation>Please correct them and import again.</translation>
    </message>
    <message>
        <source>请改正后重新导入，或选择只导入无误的行（命令行加 --accept-valid）。</source>
        <translation>Please correct them and import again, or import only the valid rows (--accept-valid on the command line).</translation>
    </message>
</context>
<context>
    <name>Judging</name>
    <message>
        <source>已加密，待评分</source>
        <translation>Blind-coded, awaiting scores</translation>
    </message>
    <message>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>待检录</source>
        <translation>Awaiting check-in</translation>
    </message>
    <message>
        <source>成绩已锁定</source>
        <translation>Scores locked</translation>
    </message>
    <message>
        <source>无确认选手</source>
        <translation>No confirmed entrants</translation>
    </message>
    <message>
        <source>未锁定</source>
        <translation>Not locked</translation>
    </message>
    <message>
        <source>检录中</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>评分中</source>
        <translation>Scoring</translation>
    </message>
</context>
<context>
    <name>JudgingTab</name>
    <message>
        <source>搜索工种代码或名称……</source>
        <translation>Search trade code or name…</translation>
    </message>
    <message>
        <source>评判页面只显示密号和数量，不显示选手姓名、单位和身份证号。</source>
        <translation>The judging page shows only blind codes and counts, never an entrant&apos;s name, employer or ID number.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>不予通过</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>中级工（四级）</source>
        <translation>Intermediate worker (Level 4)</translation>
    </message>
    <message>
        <source>主任</source>
        <translation>Director</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>其他电话</source>
        <translation>Other phone</translation>
    </message>
    <message>
        <source>初级工（五级）</source>
        <translation>Junior worker (Level 5)</translation>
    </message>
    <message>
        <source>副主任</source>
        <translation>Deputy director</translation>
    </message>
    <message>
        <source>办公室</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>办公电话</source>
        <translation>Office phone</translation>
    </message>
    <message>
        <source>加密裁判</source>
        <translation>Blind-coding judge</translation>
    </message>
    <message>
        <source>区总工会</source>
        <translation>District trade union federation</translation>
    </message>
    <message>
        <source>区级</source>
        <translation>District level</translation>
    </message>
    <message>
        <source>只读</source>
        <translation>Read only</translation>
    </message>
    <message>
        <source>基层工会</source>
        <translation>Grassroots trade union</translation>
    </message>
    <message>
        <source>大赛办公室</source>
        <translation>Contest office</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <source>学生组</source>
        <translation>Student group</translation>
    </message>
    <message>
        <source>学生组报名</source>
        <translation>Student group registration</translation>
    </message>
    <message>
        <source>局工会</source>
        <translation>Bureau trade union</translation>
    </message>
    <message>
        <source>工会审核员</source>
        <translation>Union reviewer</translation>
    </message>
    <message>
        <source>工会已审核</source>
        <translation>Approved by union</translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>市级一类</source>
        <translation>City level, class I</translation>
    </message>
    <message>
        <source>市级二类</source>
        <translation>City level, class II</translation>
    </message>
    <message>
        <source>弃权</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>待审核</source>
        <translation>Pending review</translation>
    </message>
    <message>
        <source>成员</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>承办单位</source>
        <translation>Host organisation</translation>
    </message>
    <message>
        <source>技师（二级）</source>
        <translation>Technician (Level 2)</translation>
    </message>
    <message>
        <source>报名审核平台</source>
        <translation>Registration review platform</translation>
    </message>
    <message>
        <source>电子邮箱</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>监审</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>组委会</source>
        <translation>Organising committee</translation>
    </message>
    <message>
        <source>组委会已确认</source>
        <translation>Confirmed by organising committee</translation>
    </message>
    <message>
        <source>职工组</source>
        <translation>Employee group</translation>
    </message>
    <message>
        <source>职工组报名</source>
        <translation>Employee group registration</translation>
    </message>
    <message>
        <source>裁判员</source>
        <translation>Judge</translation>
    </message>
    <message>
        <source>裁判长</source>
        <translation>Chief judge</translation>
    </message>
    <message>
        <source>计分员</source>
        <translation>Scorer</translation>
    </message>
    <message>
        <source>退回修改</source>
        <translation>Returned for changes</translation>
    </message>
    <message>
        <source>集团公司工会</source>
        <translation>Group company trade union</translation>
    </message>
    <message>
        <source>高级工（三级）</source>
        <translation>Senior worker (Level 3)</translation>
    </message>
    <message>
        <source>高级技师（一级）</source>
        <translation>Senior technician (Level 1)</translation>
    </message>
</context>
<context>
    <name>Lengths</name>
    <message>
        <source>{field}过长（{n} 个字，最多 {max} 个字）；请删减</source>
        <translation>{field} is too long ({n} characters, at most {max}); please shorten it</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <source>共 {total} 条，已载入 {loaded} 条</source>
        <translation>{loaded} of {total} loaded</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>密码：</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>数据库：{db}</source>
        <translation>Database: {db}</translation>
    </message>
    <message>
        <source>用户名：</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>登录 海河工匠杯大赛办公室桌面系统</source>
        <translation>Log in to Haihe Craftsman Cup Contest Office Desk</translation>
    </message>
    <message>
        <source>请输入用户名和密码。</source>
        <translation>Enter your user name and password.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>从备份恢复…</source>
        <translation>Restore from Backup…</translation>
    </message>
    <message>
        <source>修改密码</source>
        <translation>Change Password</translation>
    </message>
    <message>
        <source>修改我的密码…</source>
        <translation>Change My Password…</translation>
    </message>
    <message>
        <source>关于(&amp;A)</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>切换到“{t}”</source>
        <translation>Switch to &quot;{t}&quot;</translation>
    </message>
    <message>
        <source>切换用户…</source>
        <translation>Switch User…</translation>
    </message>
    <message>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>备份数据库…</source>
        <translation>Back Up Database…</translation>
    </message>
    <message>
        <source>备份设置…</source>
        <translation>Backup Settings…</translation>
    </message>
    <message>
        <source>复制联系人电话</source>
        <translation>Copy Contact Phone</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>当前账号的角色不能查看此页（裁判不接触选手的姓名、单位和证件号）。如需查看，请用有权限的账号登录。</source>
        <translation>The role of the current account may not view this page (judges do not see contestants&apos; names, units or ID numbers). To view it, log in with an account that has permission.</translation>
    </message>
    <message>
        <source>报名</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <source>数据库：{db}</source>
        <translation>Database: {db}</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>查找(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>正在打开数据库……</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>此数据库还没有用户账号；请先在“用户管理”中创建管理员。</source>
        <translation>This database has no user accounts yet; first create an administrator under &quot;User Management&quot;.</translation>
    </message>
    <message>
        <source>海河工匠杯 大赛办公室桌面系统</source>
        <translation>Haihe Craftsman Cup Contest Office Desk</translation>
    </message>
    <message>
        <source>用户管理…</source>
        <translation>User Management…</translation>
    </message>
    <message>
        <source>用户：{u}（{role}）</source>
        <translation>User: {u} ({role})</translation>
    </message>
    <message>
        <source>系统(&amp;S)</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>评判</source>
        <translation>Judging</translation>
    </message>
    <message>
        <source>赛事</source>
        <translation>Contests</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>通讯录</source>
        <translation>Contacts</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>操作失败，数据库未做修改。错误信息：{err}</source>
        <translation>The operation failed; the database was not changed. Error: {err}</translation>
    </message>
    <message>
        <source>无法完成</source>
        <translation>Could Not Finish</translation>
    </message>
    <message>
        <source>程序错误</source>
        <translation>Program Error</translation>
    </message>
</context>
<context>
    <name>OrgDialog</name>
    <message>
        <source>上级单位：</source>
        <translation>Parent organisation:</translation>
    </message>
    <message>
        <source>以所属工会提供的代码为准（数字和字母）</source>
        <translation>As provided by the union (digits and letters)</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>单位名称：</source>
        <translation>Organisation name:</translation>
    </message>
    <message>
        <source>地址：</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>备注：</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>工会代码：</source>
        <translation>Union code:</translation>
    </message>
    <message>
        <source>新建单位</source>
        <translation>New Organisation</translation>
    </message>
    <message>
        <source>简称：</source>
        <translation>Short name:</translation>
    </message>
    <message>
        <source>类型：</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>编辑单位</source>
        <translation>Edit Organisation</translation>
    </message>
    <message>
        <source>联系人：</source>
        <translation>Contact person:</translation>
    </message>
    <message>
        <source>联系电话：</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>（无上级）</source>
        <translation>(no parent)</translation>
    </message>
</context>
<context>
    <name>OrgPickDialog</name>
    <message>
        <source>原因：</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>查找单位名称或工会代码……</source>
        <translation>Find an organisation name or union code…</translation>
    </message>
    <message>
        <source>移到最上层（没有上级）</source>
        <translation>Move to the top level (no parent)</translation>
    </message>
    <message>
        <source>记入审计日志（可不填）</source>
        <translation>Written to the audit log (optional)</translation>
    </message>
    <message>
        <source>选择单位</source>
        <translation>Choose Organisation</translation>
    </message>
</context>
<context>
    <name>OrgSheet</name>
    <message>
        <source>“上级单位”填上级的全称、简称或工会代码；上级可以在同一文件中。留空时，按“6 位 + 每级 3 位”编排的代码会按前几位自动找上级。下级代码不以上级代码开头时只作提醒，不影响导入。</source>
        <translation>&quot;Parent unit&quot;: the parent&apos;s full name, short name or union code; the parent may be in the same file. When empty, a code laid out as 6 digits plus 3 per level finds its parent by its leading digits. A child code that does not start with its parent&apos;s code is only a warning and does not stop the import.</translation>
    </message>
    <message>
        <source>“单位名称”必填；也可写作“工会名称”。</source>
        <translation>&quot;Organisation name&quot; is required; it may also be headed &quot;Union name&quot;.</translation>
    </message>
    <message>
        <source>“工会代码”以各工会提供的为准：数字和字母，4–32 位，每个代码只能给一个单位（如区总工会 120101，其下基层工会 120101001）。请把该列设为文本格式，以免 Excel 去掉开头的 0。</source>
        <translation>&quot;Union code&quot;: as provided by the unions, 4–32 digits and letters, each code for one unit only (e.g. district union 120101, a grassroots union below it 120101001). Format the column as text so Excel keeps leading zeros.</translation>
    </message>
    <message>
        <source>“类型”从下拉列表中选择；留空时 6 位数字的代码视为区总工会，其他代码视为基层工会，无代码视为工作单位。</source>
        <translation>&quot;Type&quot;: choose from the drop-down list; when empty, a 6-digit code is a district union, other codes are grassroots unions, and a unit without a code is an employer.</translation>
    </message>
    <message>
        <source>上级单位</source>
        <translation>Parent organisation</translation>
    </message>
    <message>
        <source>上级单位不能是它自己</source>
        <translation>An organisation cannot be its own parent</translation>
    </message>
    <message>
        <source>上级单位名称</source>
        <translation>Parent organisation name</translation>
    </message>
    <message>
        <source>上级单位已停用</source>
        <translation>The parent organisation is deactivated</translation>
    </message>
    <message>
        <source>上级工会</source>
        <translation>Parent union</translation>
    </message>
    <message>
        <source>上级工会代码</source>
        <translation>Parent union code</translation>
    </message>
    <message>
        <source>不变</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>与第 {n} 行的单位名称重复；同一单位只写一行</source>
        <translation>Same organisation name as row {n}; enter each organisation on one row only</translation>
    </message>
    <message>
        <source>与第 {n} 行的工会代码重复；每个代码只能给一个单位</source>
        <translation>Same union code as row {n}; each code belongs to one organisation only</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>单位全称</source>
        <translation>Full organisation name</translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <source>单位名称为空；请填写单位全称</source>
        <translation>The organisation name is empty; enter its full name</translation>
    </message>
    <message>
        <source>单位地址</source>
        <translation>Organisation address</translation>
    </message>
    <message>
        <source>单位简称</source>
        <translation>Organisation short name</translation>
    </message>
    <message>
        <source>单位类型</source>
        <translation>Organisation type</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>处理</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>工会代码</source>
        <translation>Union code</translation>
    </message>
    <message>
        <source>工会代码表</source>
        <translation>Union codes</translation>
    </message>
    <message>
        <source>工会名称</source>
        <translation>Union name</translation>
    </message>
    <message>
        <source>工会编码</source>
        <translation>Union number</translation>
    </message>
    <message>
        <source>已有单位按工会代码（无代码时按名称）更新，其余新建。任何一行有问题时整个文件都不导入，问题写入导入报告。</source>
        <translation>Existing organisations are updated by union code (by name when there is no code), all others created. If any row has a problem, nothing in the file is imported and the problems go into the import report.</translation>
    </message>
    <message>
        <source>找不到工会代码为 {c} 的上级单位</source>
        <translation>No parent organisation with union code {c}</translation>
    </message>
    <message>
        <source>找不到这个上级单位；请填写数据库或本文件中已有单位的全称或工会代码</source>
        <translation>Parent organisation not found; enter the full name or union code of an organisation in the database or in this file</translation>
    </message>
    <message>
        <source>数据库中已有同名单位（工会代码 {old}）；如是同一单位请使用代码 {old}，否则请改名以示区别</source>
        <translation>The database already has an organisation with this name (union code {old}); if it is the same one use code {old}, otherwise rename it to tell them apart</translation>
    </message>
    <message>
        <source>数据库中有 {n} 个同名单位；请填写工会代码以区分，或先合并重复的单位</source>
        <translation>The database has {n} organisations with this name; enter a union code to tell them apart, or merge the duplicates first</translation>
    </message>
    <message>
        <source>新建</source>
        <translation>new</translation>
    </message>
    <message>
        <source>更新</source>
        <translation>update</translation>
    </message>
    <message>
        <source>有 {n} 个单位叫这个名字；请改填上级的工会代码</source>
        <translation>{n} organisations have this name; enter the parent&apos;s union code instead</translation>
    </message>
    <message>
        <source>每行一个单位（工会、工作单位、学校或承办单位）。第 2 行是示例，导入前请删除或改写。</source>
        <translation>One organisation per row (union, employer, school or host organisation). Row 2 is an example; delete or overwrite it before importing.</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>第 {row} 行：提醒：{msg}</source>
        <translation>Row {row}: note: {msg}</translation>
    </message>
    <message>
        <source>第 {row} 行：新建“{name}”</source>
        <translation>Row {row}: new &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>第 {row} 行：更新“{name}”</source>
        <translation>Row {row}: update &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>简称</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>类型无效；请从下拉列表中选择（{c}）</source>
        <translation>Not a valid type; choose one from the drop-down list ({c})</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>该代码属于已停用（或已合并）的单位“{name}”；请先恢复它或改用现在的单位代码</source>
        <translation>This code belongs to the deactivated (or merged) organisation &quot;{name}&quot;; restore it first or use the current organisation&apos;s code</translation>
    </message>
    <message>
        <source>这样设置上级会形成循环（单位成了自己的下级）；请检查上级单位</source>
        <translation>This parent would create a loop (the organisation would be below itself); please check the parent organisation</translation>
    </message>
    <message>
        <source>通讯地址</source>
        <translation>Postal address</translation>
    </message>
</context>
<context>
    <name>OrgTreePanel</name>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>{kind}；工会代码：{code}；报名 {n} 条</source>
        <translation>{kind}; union code: {code}; {n} registrations</translation>
    </message>
    <message>
        <source>{name}：{kind}，工会代码 {code}，下级单位 {n} 个</source>
        <translation>{name}: {kind}, union code {code}, {n} sub-organisations</translation>
    </message>
    <message>
        <source>“{name}”是重复的单位：它的报名、联系人和下级单位将转到下面选择的保留单位，它本身标为“已合并”。</source>
        <translation>&quot;{name}&quot; is a duplicate: its registrations, contacts and sub-organisations move to the organisation chosen below, and it is marked &quot;merged&quot;.</translation>
    </message>
    <message>
        <source>下载工会代码表导入模板</source>
        <translation>Download Union-Code Import Template</translation>
    </message>
    <message>
        <source>下载工会代码表导入模板…</source>
        <translation>Download Union-Code Import Template…</translation>
    </message>
    <message>
        <source>严格检查工会代码格式（6 位 + 每级 3 位）</source>
        <translation>Check union codes strictly (6 digits plus 3 per level)</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>全部单位</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>删除单位</source>
        <translation>Delete Organisation</translation>
    </message>
    <message>
        <source>单位与工会代码</source>
        <translation>Organisations and union codes</translation>
    </message>
    <message>
        <source>合并到…</source>
        <translation>Merge Into…</translation>
    </message>
    <message>
        <source>合并重复单位</source>
        <translation>Merge Duplicate Organisation</translation>
    </message>
    <message>
        <source>导入完成：新建或更新 {w} 个单位，未变 {u} 个。</source>
        <translation>Import finished: {w} organisations created or updated, {u} unchanged.</translation>
    </message>
    <message>
        <source>导入工会代码表（xlsx）…</source>
        <translation>Import Union Codes (xlsx)…</translation>
    </message>
    <message>
        <source>导出工会代码表</source>
        <translation>Export Union Codes</translation>
    </message>
    <message>
        <source>导出工会代码表（xlsx）…</source>
        <translation>Export Union Codes (xlsx)…</translation>
    </message>
    <message>
        <source>工会代码检查：严格（6 位 + 每级 3 位的数字）。</source>
        <translation>Union code check: strict (6 digits plus 3 per level).</translation>
    </message>
    <message>
        <source>工会代码检查：接受各工会提供的任何代码（4–32 位数字和字母）。</source>
        <translation>Union code check: any code the unions provide (4–32 digits and letters).</translation>
    </message>
    <message>
        <source>工会代码表.xlsx</source>
        <translation>union-codes.xlsx</translation>
    </message>
    <message>
        <source>工会代码表导入模板.xlsx</source>
        <translation>union-code-import-template.xlsx</translation>
    </message>
    <message>
        <source>已保存单位。</source>
        <translation>Unit saved.</translation>
    </message>
    <message>
        <source>已停用单位。</source>
        <translation>Organisation deactivated.</translation>
    </message>
    <message>
        <source>已写出导入模板：{p}</source>
        <translation>Import template written: {p}</translation>
    </message>
    <message>
        <source>已删除单位。</source>
        <translation>Organisation deleted.</translation>
    </message>
    <message>
        <source>已合并单位。</source>
        <translation>Organisations merged.</translation>
    </message>
    <message>
        <source>已导出 {n} 个单位到 {p}</source>
        <translation>Exported {n} organisations to {p}</translation>
    </message>
    <message>
        <source>已恢复单位。</source>
        <translation>Organisation restored.</translation>
    </message>
    <message>
        <source>已移动单位。</source>
        <translation>Organisation moved.</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>把所选单位（连同其全部下级）移到哪个单位之下？</source>
        <translation>Move the selected organisation (with everything below it) under which organisation?</translation>
    </message>
    <message>
        <source>新建下级单位…</source>
        <translation>New Sub-organisation…</translation>
    </message>
    <message>
        <source>新建单位</source>
        <translation>New Organisation</translation>
    </message>
    <message>
        <source>无法完成</source>
        <translation>Could Not Finish</translation>
    </message>
    <message>
        <source>无法编辑</source>
        <translation>Cannot Edit</translation>
    </message>
    <message>
        <source>显示已停用</source>
        <translation>Show deactivated</translation>
    </message>
    <message>
        <source>更多</source>
        <translation>More</translation>
    </message>
    <message>
        <source>查找单位名称或工会代码……</source>
        <translation>Find an organisation name or union code…</translation>
    </message>
    <message>
        <source>确定删除所选单位吗？有报名或下级的单位不能删除，只能停用。</source>
        <translation>Delete the selected organisation? Organisations with registrations or sub-organisations cannot be deleted, only deactivated.</translation>
    </message>
    <message>
        <source>移动到…</source>
        <translation>Move To…</translation>
    </message>
    <message>
        <source>移动单位</source>
        <translation>Move Organisation</translation>
    </message>
    <message>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>请先在左侧选择一个单位。</source>
        <translation>Select an organisation on the left first.</translation>
    </message>
    <message>
        <source>（已停用）</source>
        <translation> (deactivated)</translation>
    </message>
    <message>
        <source>（已合并）</source>
        <translation> (merged)</translation>
    </message>
</context>
<context>
    <name>Orgs</name>
    <message>
        <source>{what}不属于“{scope}”及其下属单位，账号“{user}”无权办理；请交由该单位所属工会或大赛办公室处理。</source>
        <translation>{what} is not part of &quot;{scope}&quot; or its subordinate units, so account &quot;{user}&quot; may not handle it; pass it to the union of that unit or to the contest office.</translation>
    </message>
    <message>
        <source>上级单位“{name}”已停用，不能再挂下级单位；请选择其他上级。</source>
        <translation>The parent organisation &quot;{name}&quot; is deactivated and cannot take new sub-organisations; choose another parent.</translation>
    </message>
    <message>
        <source>下级单位</source>
        <translation>Sub-organisations</translation>
    </message>
    <message>
        <source>不能把单位与它自己合并；请选择另一个单位作为保留单位。</source>
        <translation>An organisation cannot be merged with itself; choose another organisation to keep.</translation>
    </message>
    <message>
        <source>不能把单位移到它自己或它的下级单位“{name}”之下，那样会形成循环。</source>
        <translation>An organisation cannot be moved under itself or its sub-organisation &quot;{name}&quot;; that would create a loop.</translation>
    </message>
    <message>
        <source>保留单位“{keep}”在“{dup}”之下；请先把它移出，或反过来合并。</source>
        <translation>The organisation to keep, &quot;{keep}&quot;, is under &quot;{dup}&quot;; move it out first, or merge the other way round.</translation>
    </message>
    <message>
        <source>保留单位“{name}”已停用；请选择一个在用的单位作为保留单位。</source>
        <translation>The organisation to keep, &quot;{name}&quot;, is deactivated; choose an active organisation to keep.</translation>
    </message>
    <message>
        <source>单位“{name}”</source>
        <translation>Unit &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>单位“{name}”下还有 {n} 个在用的下级单位；请先移动或停用它们。</source>
        <translation>Organisation &quot;{name}&quot; still has {n} active sub-organisations; move or deactivate them first.</translation>
    </message>
    <message>
        <source>单位“{name}”仍被使用（{refs}），不能删除；请改用“停用”。</source>
        <translation>Organisation &quot;{name}&quot; is still in use ({refs}) and cannot be deleted; deactivate it instead.</translation>
    </message>
    <message>
        <source>单位“{name}”已停用或已合并，不能再合并。</source>
        <translation>Organisation &quot;{name}&quot; is deactivated or merged and cannot be merged again.</translation>
    </message>
    <message>
        <source>单位“{name}”已停用，不能移动；如需使用请先恢复。</source>
        <translation>Organisation &quot;{name}&quot; is deactivated and cannot be moved; restore it first if you need it.</translation>
    </message>
    <message>
        <source>单位“{name}”已合并到其他单位，不能恢复。</source>
        <translation>Organisation &quot;{name}&quot; was merged into another organisation and cannot be restored.</translation>
    </message>
    <message>
        <source>单位“{name}”的上级单位已停用；请先恢复上级或把它移到其他上级之下。</source>
        <translation>The parent of organisation &quot;{name}&quot; is deactivated; restore the parent first or move it under another parent.</translation>
    </message>
    <message>
        <source>单位名称不能为空；请填写单位的全称。</source>
        <translation>The organisation name cannot be empty; enter its full name.</translation>
    </message>
    <message>
        <source>单位类型“{kind}”无效；可选：{choices}。</source>
        <translation>Organisation type &quot;{kind}&quot; is not valid; choose from: {choices}.</translation>
    </message>
    <message>
        <source>参赛队</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>合并来的单位</source>
        <translation>Merged organisations</translation>
    </message>
    <message>
        <source>备案/总结</source>
        <translation>Filings/summaries</translation>
    </message>
    <message>
        <source>工会代码“{code}”不以上级单位“{parent}”的代码“{pcode}”开头；请核对（不影响保存）</source>
        <translation>Union code &quot;{code}&quot; does not start with the code &quot;{pcode}&quot; of its parent &quot;{parent}&quot;; please check (saving is not affected)</translation>
    </message>
    <message>
        <source>工会代码“{code}”已属于“{name}”；每个代码只能给一个单位，请核对后再填。</source>
        <translation>Union code &quot;{code}&quot; already belongs to &quot;{name}&quot;; each code belongs to one organisation only, please check it.</translation>
    </message>
    <message>
        <source>工会代码“{code}”无效：{why}。</source>
        <translation>Union code &quot;{code}&quot; is not valid: {why}.</translation>
    </message>
    <message>
        <source>工会代码只能由数字和字母组成</source>
        <translation>A union code may contain only digits and letters</translation>
    </message>
    <message>
        <source>工会代码应为 {lo}–{hi} 位数字或字母</source>
        <translation>A union code has {lo}–{hi} digits or letters</translation>
    </message>
    <message>
        <source>找不到编号为 {id} 的单位；它可能已被删除，请刷新后再试。</source>
        <translation>No organisation with number {id}; it may have been deleted. Refresh and try again.</translation>
    </message>
    <message>
        <source>承办的工种</source>
        <translation>Hosted trades</translation>
    </message>
    <message>
        <source>报名</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <source>按本系统的严格格式，工会代码应为 6 位（区、局、集团公司工会），下级每级再加 3 位（9、12、15 或 18 位）</source>
        <translation>In the strict format a union code has 6 digits (district, bureau or group-company union) plus 3 per level below (9, 12, 15 or 18 digits)</translation>
    </message>
    <message>
        <source>用户的审核范围</source>
        <translation>Users&apos; review scope</translation>
    </message>
    <message>
        <source>裁判</source>
        <translation>Judges</translation>
    </message>
    <message>
        <source>该单位</source>
        <translation>This unit</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>两次输入的密码不一致；请重新输入。</source>
        <translation>The passwords do not match; enter them again.</translation>
    </message>
    <message>
        <source>为用户“{u}”设置新密码，并解除锁定。</source>
        <translation>Set a new password for user &quot;{u}&quot; and clear the lockout.</translation>
    </message>
    <message>
        <source>修改您自己的密码。</source>
        <translation>Change your own password.</translation>
    </message>
    <message>
        <source>再输入一次：</source>
        <translation>Enter it again:</translation>
    </message>
    <message>
        <source>原密码：</source>
        <translation>Old password:</translation>
    </message>
    <message>
        <source>新密码：</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>设置密码</source>
        <translation>Set Password</translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <source>打印时间：{t}</source>
        <translation>Printed: {t}</translation>
    </message>
    <message>
        <source>无法写入文件 {path}：{err}；请关闭正在打开它的程序或换一个位置保存。</source>
        <translation>Cannot write file {path}: {err}; close the program that has it open or save it somewhere else.</translation>
    </message>
    <message>
        <source>第 {n} 页 共 {m} 页</source>
        <translation>Page {n} of {m}</translation>
    </message>
</context>
<context>
    <name>Phones</name>
    <message>
        <source>固定电话“{v}”缺少区号；请写成 022-23456789 的形式。</source>
        <translation>Landline &quot;{v}&quot; lacks the area code; write it as 022-23456789.</translation>
    </message>
    <message>
        <source>电话“{v}”不是有效的手机号（11 位，1 开头）或带区号的固定电话。</source>
        <translation>Phone &quot;{v}&quot; is neither a valid mobile number (11 digits starting with 1) nor a landline with area code.</translation>
    </message>
    <message>
        <source>电话号码“{n}”格式不对，只能含数字、空格、横线、括号，分机可写成“转123”</source>
        <translation>Phone number &quot;{n}&quot; is not in the right form; use only digits, spaces, dashes and brackets, and write an extension as &quot;转123&quot;</translation>
    </message>
    <message>
        <source>请填写手机号或带区号的固定电话。</source>
        <translation>Enter a mobile number or a landline with area code.</translation>
    </message>
</context>
<context>
    <name>RegistrationEdit</name>
    <message>
        <source>不能修改“{keys}”；可修改：{all}。</source>
        <translation>&quot;{keys}&quot; cannot be changed; these can: {all}.</translation>
    </message>
    <message>
        <source>单位“{u}”</source>
        <translation>Unit &quot;{u}&quot;</translation>
    </message>
    <message>
        <source>报名 {id}</source>
        <translation>Registration {id}</translation>
    </message>
    <message>
        <source>报名 {id}（{name}）</source>
        <translation>Registration {id} ({name})</translation>
    </message>
    <message>
        <source>报名 {id}（{name}）已由组委会确认；修改须填写原因（记入审计日志），未做任何修改。</source>
        <translation>Registration {id} ({name}) has been confirmed by the organising committee; a change needs a reason (recorded in the audit log). Nothing was changed.</translation>
    </message>
    <message>
        <source>报名 {id}，“{field}”：{msg}未做任何修改。</source>
        <translation>Registration {id}, &quot;{field}&quot;: {msg} Nothing was changed.</translation>
    </message>
    <message>
        <source>报名编号 {id} 不存在；请核对编号。</source>
        <translation>Registration number {id} does not exist; check the number.</translation>
    </message>
    <message>
        <source>身份证号 {id} 已属于另一条人员记录；请核对号码，未做任何修改。</source>
        <translation>ID number {id} already belongs to another person record; check the number. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>RegistrationEntryDialog</name>
    <message>
        <source>11 位手机号，或 022-23456789</source>
        <translation>11-digit mobile, or 022-23456789</translation>
    </message>
    <message>
        <source>18 位，最后一位可为 X</source>
        <translation>18 characters; the last may be X</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>修改原因：</source>
        <translation>Reason for the change:</translation>
    </message>
    <message>
        <source>修改报名（编号 {id}）</source>
        <translation>Edit registration (no. {id})</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>可不填，按身份证号</source>
        <translation>Optional; taken from the ID number</translation>
    </message>
    <message>
        <source>备注：</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>姓名：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>工会代码：</source>
        <translation>Union code:</translation>
    </message>
    <message>
        <source>工作单位/学校：</source>
        <translation>Employer/school:</translation>
    </message>
    <message>
        <source>工种：</source>
        <translation>Trade:</translation>
    </message>
    <message>
        <source>性别/出生日期：</source>
        <translation>Sex/date of birth:</translation>
    </message>
    <message>
        <source>手机/电话：</source>
        <translation>Mobile/phone:</translation>
    </message>
    <message>
        <source>技能等级：</source>
        <translation>Skill level:</translation>
    </message>
    <message>
        <source>报名截止后补报时填写（记入审计日志）</source>
        <translation>For registrations after the deadline (written to the audit log)</translation>
    </message>
    <message>
        <source>按身份证号：{d}，{g}</source>
        <translation>From the ID number: {d}, {g}</translation>
    </message>
    <message>
        <source>新增报名</source>
        <translation>New Registration</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>破格原因：</source>
        <translation>Waiver reason:</translation>
    </message>
    <message>
        <source>等级低于要求时填写</source>
        <translation>Required when the skill level is below the requirement</translation>
    </message>
    <message>
        <source>职工组必填</source>
        <translation>Required for the employee group</translation>
    </message>
    <message>
        <source>补报原因：</source>
        <translation>Late-registration reason:</translation>
    </message>
    <message>
        <source>记入审计日志；组委会已确认的报名必填</source>
        <translation>Recorded in the audit log; required for a confirmed registration</translation>
    </message>
    <message>
        <source>该报名已由组委会确认，须填写修改原因</source>
        <translation>This registration is confirmed by the organising committee; enter a reason for the change</translation>
    </message>
    <message>
        <source>身份证号：</source>
        <translation>ID number:</translation>
    </message>
    <message>
        <source>（按身份证号）</source>
        <translation>(from the ID number)</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>RegistrationImport</name>
    <message>
        <source>1. 第一行为表头，请勿修改列名；第二行为示例，导入前请删除或覆盖。</source>
        <translation>1. The first row is the header; do not change the column names. The second row is an example; delete or overwrite it before importing.</translation>
    </message>
    <message>
        <source>2. 必填列：姓名、身份证号、学校、工种；学生组报名以学校为单位。</source>
        <translation>2. Required columns: name, ID number, school, trade; student group registrations are made per school.</translation>
    </message>
    <message>
        <source>2. 必填列：姓名、身份证号、工种；职工组还须填写工会代码（由所属区、局、集团工会提供）。</source>
        <translation>2. Required columns: name, ID number, trade; the employee group also needs the union code (provided by the district, bureau or group company union).</translation>
    </message>
    <message>
        <source>3. 身份证号列已设置为“文本”格式，请勿改为数字格式，否则 Excel 会把后几位变成 0。</source>
        <translation>3. The ID number column is formatted as &quot;Text&quot;; do not change it to a number format, or Excel will turn the last digits into 0.</translation>
    </message>
    <message>
        <source>4. 性别、出生日期可不填，系统按身份证号计算；如填写，须与身份证号一致。</source>
        <translation>4. Sex and date of birth may be left empty; they are taken from the ID number. If filled in, they must match the ID number.</translation>
    </message>
    <message>
        <source>5. 手机填 11 位手机号，或带区号的固定电话（如 022-23456789）。</source>
        <translation>5. Mobile: an 11-digit mobile number, or a landline with area code (e.g. 022-23456789).</translation>
    </message>
    <message>
        <source>6. 同一人不能重复报名同一工种。</source>
        <translation>6. The same person cannot register twice for the same trade.</translation>
    </message>
    <message>
        <source>6. 技能等级低于本工种要求时，须在“破格原因”中说明理由。</source>
        <translation>6. If the skill level is below the trade&apos;s requirement, explain why in &quot;Waiver reason&quot;.</translation>
    </message>
    <message>
        <source>7. 同一人不能重复报名同一工种；报名截止后补报，须在导入时填写补报原因。</source>
        <translation>7. The same person cannot register twice for the same trade; a late registration after the deadline needs a late-registration reason when imported.</translation>
    </message>
    <message>
        <source>{field}“{old}”→“{new}”</source>
        <translation>{field} &quot;{old}&quot; → &quot;{new}&quot;</translation>
    </message>
    <message>
        <source>公民身份号码</source>
        <translation>Citizen ID number</translation>
    </message>
    <message>
        <source>出生年月日</source>
        <translation>Date of birth (Y/M/D)</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>单位/学校</source>
        <translation>Organisation/school</translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <source>参赛工种</source>
        <translation>Trade entered</translation>
    </message>
    <message>
        <source>参赛组别</source>
        <translation>Group entered</translation>
    </message>
    <message>
        <source>参赛选手</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <source>参赛项目</source>
        <translation>Event entered</translation>
    </message>
    <message>
        <source>名字</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>处理</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>天津市某某机械有限公司（示例）</source>
        <translation>Tianjin Example Machinery Co., Ltd. (example)</translation>
    </message>
    <message>
        <source>天津市第一职业技术学校（示例）</source>
        <translation>Tianjin No. 1 Vocational School (example)</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <source>学校名称</source>
        <translation>School name</translation>
    </message>
    <message>
        <source>学生组报名</source>
        <translation>Student group registration</translation>
    </message>
    <message>
        <source>学生组（以学校为单位）</source>
        <translation>Students&apos; group (by school)</translation>
    </message>
    <message>
        <source>审核状态</source>
        <translation>Review status</translation>
    </message>
    <message>
        <source>审核结果</source>
        <translation>Review result</translation>
    </message>
    <message>
        <source>导入：{file} 第 {row} 行</source>
        <translation>Import: {file} row {row}</translation>
    </message>
    <message>
        <source>工会代码</source>
        <translation>Union code</translation>
    </message>
    <message>
        <source>工会编码</source>
        <translation>Union number</translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>工作单位名称</source>
        <translation>Employer name</translation>
    </message>
    <message>
        <source>工种</source>
        <translation>Trade</translation>
    </message>
    <message>
        <source>工种名称</source>
        <translation>Trade name</translation>
    </message>
    <message>
        <source>已存在的报名中有 {n} 条与文件内容不同，不会修改；请在“变化”中核对。</source>
        <translation>{n} existing registrations differ from the file and will not be changed; check them under &quot;Changes&quot;.</translation>
    </message>
    <message>
        <source>已存在，跳过</source>
        <translation>Exists, skipped</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>所在单位</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <source>所在学校</source>
        <translation>Attending school</translation>
    </message>
    <message>
        <source>所属工会代码</source>
        <translation>Member union code</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>手机号</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>手机号码</source>
        <translation>Mobile phone number</translation>
    </message>
    <message>
        <source>技术等级</source>
        <translation>Technical grade</translation>
    </message>
    <message>
        <source>技能等级</source>
        <translation>Skill level</translation>
    </message>
    <message>
        <source>报名截止后补报时填写</source>
        <translation>Required for entries after the deadline</translation>
    </message>
    <message>
        <source>报名表</source>
        <translation>registration sheet</translation>
    </message>
    <message>
        <source>按学生组导入（以学校为单位）。</source>
        <translation>Imported as student group (per school).</translation>
    </message>
    <message>
        <source>数据库中还没有赛事；请先创建赛事和工种，再导入报名。</source>
        <translation>The database has no contest yet; create a contest and its trades before importing registrations.</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>本文件第 {n} 行</source>
        <translation>row {n} of this file</translation>
    </message>
    <message>
        <source>比赛项目</source>
        <translation>Competition item</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>生日</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>破格原因</source>
        <translation>Waiver reason</translation>
    </message>
    <message>
        <source>破格参赛原因</source>
        <translation>Reason for waiver entry</translation>
    </message>
    <message>
        <source>破格说明</source>
        <translation>Waiver note</translation>
    </message>
    <message>
        <source>竞赛项目</source>
        <translation>Competition event</translation>
    </message>
    <message>
        <source>第 {row} 行 {name}（{trade}）：{diff}</source>
        <translation>Row {row} {name} ({trade}): {diff}</translation>
    </message>
    <message>
        <source>第 {row} 行的单位“{u}”</source>
        <translation>Unit &quot;{u}&quot; in row {row}</translation>
    </message>
    <message>
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>组别</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>职业技能等级</source>
        <translation>Vocational skill level</translation>
    </message>
    <message>
        <source>职业资格等级</source>
        <translation>Vocational qualification level</translation>
    </message>
    <message>
        <source>职工组报名</source>
        <translation>Employee group registration</translation>
    </message>
    <message>
        <source>联系方式</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>补报原因</source>
        <translation>Late-registration reason</translation>
    </message>
    <message>
        <source>证件号</source>
        <translation>ID document number</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID document no.</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>身份证</source>
        <translation>ID card</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>身份证号 {id} 在本文件第 {n} 行的姓名为“{other}”，与此处不一致；请核对。</source>
        <translation>ID number {id} has the name &quot;{other}&quot; on row {n} of this file, which does not match this row; please check.</translation>
    </message>
    <message>
        <source>身份证号 {id} 已登记为“{other}”，与姓名“{name}”不符；请核对。</source>
        <translation>ID number {id} is already registered as &quot;{other}&quot;, which does not match the name &quot;{name}&quot;; please check.</translation>
    </message>
    <message>
        <source>身份证号码</source>
        <translation>ID card number</translation>
    </message>
    <message>
        <source>选手姓名</source>
        <translation>Entrant name</translation>
    </message>
    <message>
        <source>院校</source>
        <translation>College</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Event</translation>
    </message>
</context>
<context>
    <name>RegistrationRules</name>
    <message>
        <source>{name} 已在{where}报名工种“{t}”，同一人不能重复报名同一工种。</source>
        <translation>{name} has already registered for trade &quot;{t}&quot; {where}; the same person cannot register twice for the same trade.</translation>
    </message>
    <message>
        <source>{name} 已报名工种“{t}”，同一人不能重复报名同一工种。</source>
        <translation>{name} has already registered for trade &quot;{t}&quot;; the same person cannot register twice for the same trade.</translation>
    </message>
    <message>
        <source>“{a}”必须填写原因。</source>
        <translation>&quot;{a}&quot; needs a reason.</translation>
    </message>
    <message>
        <source>不予通过</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>出生日期 {d} 与身份证号中的 {id} 不符；请核对。</source>
        <translation>Date of birth {d} does not match {id} in the ID number; please check.</translation>
    </message>
    <message>
        <source>出生日期“{v}”无法识别；请写成 1990-01-02 或 1990年1月2日。</source>
        <translation>Date of birth &quot;{v}&quot; is not recognised; write it as 1990-01-02 or 1990年1月2日.</translation>
    </message>
    <message>
        <source>姓名不能为空。</source>
        <translation>The name cannot be empty.</translation>
    </message>
    <message>
        <source>姓名过长（超过 60 个字）。</source>
        <translation>The name is too long (more than 60 characters).</translation>
    </message>
    <message>
        <source>学生组须填写学校名称。</source>
        <translation>The student group needs the school name.</translation>
    </message>
    <message>
        <source>审核状态“{v}”无法识别；可填：{choices}。</source>
        <translation>Review status &quot;{v}&quot; is not recognised; use one of: {choices}.</translation>
    </message>
    <message>
        <source>工会代码“{v}”不在单位表中；请向所属工会核实，或先在“单位”中登记该代码。</source>
        <translation>Union code &quot;{v}&quot; is not in the organisation list; check it with the trade union, or first add the code under &quot;Organisations&quot;.</translation>
    </message>
    <message>
        <source>工会审核通过</source>
        <translation>Union approval</translation>
    </message>
    <message>
        <source>工种“{v}”不在本赛事中；可选：{names}。</source>
        <translation>Trade &quot;{v}&quot; is not in this contest; choose from: {names}.</translation>
    </message>
    <message>
        <source>工种“{v}”有多个同名项目；请改填工种代码（如 {codes}）。</source>
        <translation>Several trades are named &quot;{v}&quot;; enter the trade code instead (e.g. {codes}).</translation>
    </message>
    <message>
        <source>工种不能为空。</source>
        <translation>The trade cannot be empty.</translation>
    </message>
    <message>
        <source>弃权</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>当前账号（{role}）无权执行“{a}”。</source>
        <translation>The current account ({role}) may not &quot;{a}&quot;.</translation>
    </message>
    <message>
        <source>性别“{g}”与身份证号不符（身份证号显示为“{id}”）；请核对。</source>
        <translation>Sex &quot;{g}&quot; does not match the ID number (which says &quot;{id}&quot;); please check.</translation>
    </message>
    <message>
        <source>性别应填“男”或“女”。</source>
        <translation>Sex must be &quot;男&quot; (male) or &quot;女&quot; (female).</translation>
    </message>
    <message>
        <source>技能等级“{v}”无法识别；请填写如“高级工（三级）”“技师（二级）”。</source>
        <translation>Skill level &quot;{v}&quot; is not recognised; enter e.g. &quot;高级工（三级）&quot; or &quot;技师（二级）&quot;.</translation>
    </message>
    <message>
        <source>技能等级低于本工种要求的{need}；如破格参赛，请填写破格原因。</source>
        <translation>The skill level is below this trade&apos;s requirement of {need}; for a waiver entry, give the waiver reason.</translation>
    </message>
    <message>
        <source>报名已于 {d} 截止；逾期补报须填写补报原因。</source>
        <translation>Registration closed on {d}; a late registration needs a late-registration reason.</translation>
    </message>
    <message>
        <source>未知的审核操作“{a}”。</source>
        <translation>Unknown review action &quot;{a}&quot;.</translation>
    </message>
    <message>
        <source>本工种要求{need}及以上，且不允许破格参赛。</source>
        <translation>This trade requires {need} or higher and allows no waivers.</translation>
    </message>
    <message>
        <source>比赛日（{day}）年龄为 {age} 岁，不在本工种要求的 {lo}–{hi} 岁之间。</source>
        <translation>Age on the competition day ({day}) is {age}, outside this trade&apos;s range of {lo}–{hi}.</translation>
    </message>
    <message>
        <source>状态为“{s}”的报名不能执行“{a}”（只能从{src}执行）。</source>
        <translation>A registration with status &quot;{s}&quot; cannot be given &quot;{a}&quot; (only from {src}).</translation>
    </message>
    <message>
        <source>组别“{g}”与工种“{t}”的组别“{tg}”不符。</source>
        <translation>Group &quot;{g}&quot; does not match the group &quot;{tg}&quot; of trade &quot;{t}&quot;.</translation>
    </message>
    <message>
        <source>组别应为“职工组”或“学生组”。</source>
        <translation>The group must be &quot;职工组&quot; (employee group) or &quot;学生组&quot; (student group).</translation>
    </message>
    <message>
        <source>组委会确认</source>
        <translation>Organising committee confirmation</translation>
    </message>
    <message>
        <source>职工组须填写工会代码（由所属区、局、集团工会提供）。</source>
        <translation>The employee group needs the union code (provided by the district, bureau or group company union).</translation>
    </message>
    <message>
        <source>身份证号不能为空。</source>
        <translation>The ID number cannot be empty.</translation>
    </message>
    <message>
        <source>退回修改</source>
        <translation>Return for changes</translation>
    </message>
    <message>
        <source>重新提交</source>
        <translation>Resubmit</translation>
    </message>
</context>
<context>
    <name>Registrations</name>
    <message>
        <source>“{field}”：{msg}</source>
        <translation>&quot;{field}&quot;: {msg}</translation>
    </message>
    <message>
        <source>单位“{u}”</source>
        <translation>Unit &quot;{u}&quot;</translation>
    </message>
    <message>
        <source>审核状态“{s}”无效；可选：{choices}。</source>
        <translation>Review status &quot;{s}&quot; is not valid; choose from: {choices}.</translation>
    </message>
    <message>
        <source>找不到工种“{t}”；请填写工种代码或名称。</source>
        <translation>Trade &quot;{t}&quot; not found; enter the trade code or name.</translation>
    </message>
    <message>
        <source>数据库中还没有赛事；请先创建赛事和工种，再录入报名。</source>
        <translation>The database has no contest yet; create a contest and its trades before entering registrations.</translation>
    </message>
    <message>
        <source>身份证号 {id} 已登记为“{other}”，与姓名“{name}”不符；请核对。</source>
        <translation>ID number {id} is already registered as &quot;{other}&quot;, which does not match the name &quot;{name}&quot;; please check.</translation>
    </message>
</context>
<context>
    <name>RegistrationsTab</name>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;所有文件 (*)</source>
        <translation>Excel workbook (*.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>下载模板…</source>
        <translation>Download Template…</translation>
    </message>
    <message>
        <source>不予通过…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <source>从 Excel（.xlsx）导入报名；也可以把文件拖到本页</source>
        <translation>Import registrations from Excel (.xlsx); you can also drop the file on this page</translation>
    </message>
    <message>
        <source>保存导入模板</source>
        <translation>Save Import Template</translation>
    </message>
    <message>
        <source>修改当前报名（也可双击该行）</source>
        <translation>Edit the current registration (or double-click its row)</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>全部单位</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <source>全部工种</source>
        <translation>All trades</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>原状态</source>
        <translation>Old status</translation>
    </message>
    <message>
        <source>只显示所选工会及其下级单位（或所选学校）的报名</source>
        <translation>Show only the registrations of the selected union and the organisations below it (or of the selected school)</translation>
    </message>
    <message>
        <source>在表格中显示完整的身份证号和手机号；每次打开都记入审计日志</source>
        <translation>Show full ID and mobile numbers in the table; each time is recorded in the audit log</translation>
    </message>
    <message>
        <source>学生组报名模板.xlsx</source>
        <translation>student-registration-template.xlsx</translation>
    </message>
    <message>
        <source>学生组模板…</source>
        <translation>Student Group Template…</translation>
    </message>
    <message>
        <source>审核记录（当前行）</source>
        <translation>Review history (current row)</translation>
    </message>
    <message>
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>导入模板已保存：{p}</source>
        <translation>Import template saved: {p}</translation>
    </message>
    <message>
        <source>导出花名册</source>
        <translation>Export Roster</translation>
    </message>
    <message>
        <source>导出花名册…</source>
        <translation>Export Roster…</translation>
    </message>
    <message>
        <source>导出花名册（完整身份证号和手机号，记入审计日志）…</source>
        <translation>Export Roster (full ID and mobile numbers, recorded in the audit log)…</translation>
    </message>
    <message>
        <source>导出花名册（身份证号打码）…</source>
        <translation>Export Roster (ID numbers masked)…</translation>
    </message>
    <message>
        <source>工会/学校：</source>
        <translation>Union/school:</translation>
    </message>
    <message>
        <source>工会审核通过</source>
        <translation>Union approval</translation>
    </message>
    <message>
        <source>工种：</source>
        <translation>Trade:</translation>
    </message>
    <message>
        <source>已保存对报名 {id} 的修改（{n} 项）。</source>
        <translation>Saved the changes to registration {id} ({n} fields).</translation>
    </message>
    <message>
        <source>已导入 {n} 条报名。</source>
        <translation>Imported {n} registrations.</translation>
    </message>
    <message>
        <source>已将 {n} 条报名设为“{s}”。</source>
        <translation>Set {n} registrations to &quot;{s}&quot;.</translation>
    </message>
    <message>
        <source>已新增报名，编号 {id}。</source>
        <translation>Registration added, number {id}.</translation>
    </message>
    <message>
        <source>弃权</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>把改正后的“退回修改”报名重新提交为“待审核”</source>
        <translation>Resubmit corrected &quot;returned&quot; registrations as &quot;submitted&quot;</translation>
    </message>
    <message>
        <source>报名 {id} 没有改动。</source>
        <translation>Registration {id} is unchanged.</translation>
    </message>
    <message>
        <source>搜索姓名、身份证号、手机、工会代码、单位……</source>
        <translation>Search name, ID number, mobile, union code, organisation…</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>新状态</source>
        <translation>New status</translation>
    </message>
    <message>
        <source>无权查看</source>
        <translation>No permission to view</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>Cannot Save</translation>
    </message>
    <message>
        <source>无法审核</source>
        <translation>Cannot Review</translation>
    </message>
    <message>
        <source>无法导出</source>
        <translation>Cannot Export</translation>
    </message>
    <message>
        <source>无法编辑</source>
        <translation>Cannot Edit</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>显示完整证件号和手机号</source>
        <translation>Show full ID and mobile numbers</translation>
    </message>
    <message>
        <source>状态：</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>组别：</source>
        <translation>Group:</translation>
    </message>
    <message>
        <source>组委会确认</source>
        <translation>Organising committee confirmation</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>职工组报名模板.xlsx</source>
        <translation>employee-registration-template.xlsx</translation>
    </message>
    <message>
        <source>职工组模板…</source>
        <translation>Employee Group Template…</translation>
    </message>
    <message>
        <source>花名册.xlsx</source>
        <translation>roster.xlsx</translation>
    </message>
    <message>
        <source>花名册已导出：{p}，共 {n} 人。</source>
        <translation>Roster exported: {p}, {n} people.</translation>
    </message>
    <message>
        <source>退回修改…</source>
        <translation>Return for Changes…</translation>
    </message>
    <message>
        <source>选择报名表</source>
        <translation>Choose a Registration Sheet</translation>
    </message>
    <message>
        <source>重新提交</source>
        <translation>Resubmit</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>报名 {id}</source>
        <translation>Registration {id}</translation>
    </message>
    <message>
        <source>报名 {id}（{name}）：{msg}本批次未做任何修改。</source>
        <translation>Registration {id} ({name}): {msg}Nothing in this batch was changed.</translation>
    </message>
    <message>
        <source>报名编号 {ids} 不存在；请核对编号。</source>
        <translation>Registration numbers {ids} do not exist; please check the numbers.</translation>
    </message>
    <message>
        <source>未知的审核操作“{a}”；可用：{all}。</source>
        <translation>Unknown review action &quot;{a}&quot;; available: {all}.</translation>
    </message>
    <message>
        <source>没有选中任何报名；请指定要审核的报名编号。</source>
        <translation>No registration selected; give the numbers of the registrations to review.</translation>
    </message>
    <message>
        <source>账号“{user}”（{role}）无权执行“{a}”；请用有此权限的账号登录，或交由大赛办公室办理。</source>
        <translation>Account &quot;{user}&quot; ({role}) may not perform &quot;{a}&quot;; log in with an account that has this permission, or pass it to the contest office.</translation>
    </message>
</context>
<context>
    <name>ReviewReasonDialog</name>
    <message>
        <source>“{a}”必须填写原因。</source>
        <translation>&quot;{a}&quot; needs a reason.</translation>
    </message>
    <message>
        <source>原因：</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>审核原因</source>
        <translation>Review reason</translation>
    </message>
    <message>
        <source>将对选中的 {n} 条报名执行“{a}”。可填写原因（选填）：</source>
        <translation>&quot;{a}&quot; will be applied to the {n} selected registrations. Reason (optional):</translation>
    </message>
    <message>
        <source>将对选中的 {n} 条报名执行“{a}”。请填写原因：</source>
        <translation>&quot;{a}&quot; will be applied to the {n} selected registrations. Please give the reason:</translation>
    </message>
    <message>
        <source>记入审核历史和审计日志，报名单位可以看到</source>
        <translation>Recorded in the review history and the audit log; the registering unit can see it</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>修改系统设置</source>
        <translation>change system settings</translation>
    </message>
    <message>
        <source>加密和解密</source>
        <translation>encrypt and decrypt</translation>
    </message>
    <message>
        <source>备份数据库</source>
        <translation>back up the database</translation>
    </message>
    <message>
        <source>录入、导入和修改报名</source>
        <translation>enter, import and edit registrations</translation>
    </message>
    <message>
        <source>录入成绩</source>
        <translation>enter scores</translation>
    </message>
    <message>
        <source>恢复或覆盖数据库</source>
        <translation>restore or overwrite the database</translation>
    </message>
    <message>
        <source>查看完整身份证号和手机号</source>
        <translation>view full ID and mobile numbers</translation>
    </message>
    <message>
        <source>查看审计日志</source>
        <translation>view the audit log</translation>
    </message>
    <message>
        <source>查看报名</source>
        <translation>view registrations</translation>
    </message>
    <message>
        <source>查看通讯录</source>
        <translation>view contacts</translation>
    </message>
    <message>
        <source>监审（锁定、申诉、签字）</source>
        <translation>supervise (lock, appeals, sign-off)</translation>
    </message>
    <message>
        <source>管理用户</source>
        <translation>manage users</translation>
    </message>
    <message>
        <source>维护通讯录和单位</source>
        <translation>maintain contacts and units</translation>
    </message>
    <message>
        <source>裁判长签字</source>
        <translation>sign as chief judge</translation>
    </message>
    <message>
        <source>设置赛事、工种和备案</source>
        <translation>set up contests, trades and filings</translation>
    </message>
    <message>
        <source>账号“{user}”（{role}）无权{what}；请用有此权限的账号登录，或请管理员调整角色。</source>
        <translation>Account &quot;{user}&quot; ({role}) may not {what}; log in with an account that has this permission, or ask an administrator to change the role.</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>准考证号</source>
        <translation>Admission ticket no.</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>审核状态</source>
        <translation>Review status</translation>
    </message>
    <message>
        <source>工会代码</source>
        <translation>Union code</translation>
    </message>
    <message>
        <source>工作单位/学校</source>
        <translation>Employer/school</translation>
    </message>
    <message>
        <source>工种</source>
        <translation>Trade</translation>
    </message>
    <message>
        <source>工种代码</source>
        <translation>Trade code</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>技能等级</source>
        <translation>Skill level</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>破格</source>
        <translation>Waiver</translation>
    </message>
    <message>
        <source>组别</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>花名册</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
</context>
<context>
    <name>Sheet</name>
    <message>
        <source>{file} 是一个文件夹，不是 Excel 文件；请选择 .xlsx 文件。</source>
        <translation>{file} is a folder, not an Excel file; please choose an .xlsx file.</translation>
    </message>
    <message>
        <source>值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>在文件 {file} 的前 {n} 行中找不到表头（如：{titles}）；请使用导入模板的表头后再导入。</source>
        <translation>No header found in the first {n} rows of {file} (such as: {titles}); use the import template&apos;s header and import again.</translation>
    </message>
    <message>
        <source>填写说明</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>导入检查报告：{file}（{n} 行有问题）</source>
        <translation>Import check report: {file} ({n} rows with problems)</translation>
    </message>
    <message>
        <source>必填</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>找不到文件 {file}；请检查路径。</source>
        <translation>File {file} not found; please check the path.</translation>
    </message>
    <message>
        <source>文件 {file} 不是 Excel 工作簿（.xlsx）；请在 Excel 中另存为 .xlsx 格式后再导入。</source>
        <translation>File {file} is not an Excel workbook (.xlsx); save it as .xlsx in Excel and import again.</translation>
    </message>
    <message>
        <source>文件 {file} 中没有名为“{sheet}”的工作表；现有工作表：{names}。</source>
        <translation>File {file} has no worksheet named &quot;{sheet}&quot;; its worksheets are: {names}.</translation>
    </message>
    <message>
        <source>文件 {file} 中没有工作表；请选择填写好的 .xlsx 文件。</source>
        <translation>File {file} has no worksheets; please choose a filled-in .xlsx file.</translation>
    </message>
    <message>
        <source>文件 {file} 已损坏或不是有效的 .xlsx 工作簿；请在 Excel 中打开并另存为 .xlsx 后重试。</source>
        <translation>File {file} is damaged or not a valid .xlsx workbook; open it in Excel, save it as .xlsx and try again.</translation>
    </message>
    <message>
        <source>文件 {file} 是旧版 Excel（.xls）格式；请在 Excel 中“另存为” .xlsx 格式后再导入。</source>
        <translation>File {file} is in the old Excel format (.xls); use &quot;Save As&quot; .xlsx in Excel and import again.</translation>
    </message>
    <message>
        <source>文件 {file} 是空的（0 字节）；请选择填写好的 .xlsx 文件。</source>
        <translation>File {file} is empty (0 bytes); please choose a filled-in .xlsx file.</translation>
    </message>
    <message>
        <source>文件 {file} 的工作表“{sheet}”是空的；请填写数据后再导入。</source>
        <translation>Worksheet &quot;{sheet}&quot; in {file} is empty; fill in the data and import again.</translation>
    </message>
    <message>
        <source>文件 {file} 缺少必填列“{col}”（也可写作：{also}）；请在表头中加上该列后重新导入。</source>
        <translation>File {file} lacks the required column &quot;{col}&quot; (also accepted: {also}); add it to the header and import again.</translation>
    </message>
    <message>
        <source>文件 {file} 缺少必填列“{col}”；请在表头中加上该列后重新导入。</source>
        <translation>File {file} lacks the required column &quot;{col}&quot;; add it to the header and import again.</translation>
    </message>
    <message>
        <source>文件 {file} 设置了打开密码；请在 Excel 中取消密码（文件→信息→保护工作簿）后另存再导入。</source>
        <translation>File {file} is password-protected; remove the password in Excel (File → Info → Protect Workbook), save and import again.</translation>
    </message>
    <message>
        <source>无法写入文件 {file}：文件夹 {folder} 不存在。</source>
        <translation>Cannot write file {file}: folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>无法写入文件 {file}：文件被占用或没有写入权限；请在 Excel 中关闭它或换一个位置后重试。</source>
        <translation>Cannot write file {file}: it is in use or not writable; close it in Excel or choose another location and try again.</translation>
    </message>
    <message>
        <source>无法读取文件 {file}（{err}）；请关闭占用它的程序后重试。</source>
        <translation>Cannot read file {file} ({err}); close the program that has it open and try again.</translation>
    </message>
    <message>
        <source>无法读取文件 {file}：文件被占用或没有读取权限；请在 Excel 中关闭它后重试。</source>
        <translation>Cannot read file {file}: it is in use or not readable; close it in Excel and try again.</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>请从下拉列表中选择。</source>
        <translation>Please choose from the drop-down list.</translation>
    </message>
    <message>
        <source>选项</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>问题清单</source>
        <translation>Problems</translation>
    </message>
</context>
<context>
    <name>TradeDialog</name>
    <message>
        <source> 人</source>
        <translation> people</translation>
    </message>
    <message>
        <source> 岁</source>
        <translation> years</translation>
    </message>
    <message>
        <source>30</source>
        <translation>30</translation>
    </message>
    <message>
        <source>60</source>
        <translation>60</translation>
    </message>
    <message>
        <source>70</source>
        <translation>70</translation>
    </message>
    <message>
        <source>{rule}
以 {n} 人参赛计：{counts}</source>
        <translation>{rule}
With {n} entrants: {counts}</translation>
    </message>
    <message>
        <source>一等/二等/三等[/优秀奖]：比例如 10/20/30，固定名额如 1/3/6</source>
        <translation>First/second/third[/excellence]: shares like 10/20/30, fixed numbers like 1/3/6</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move Up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move Down</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>两者之和必须为 100%</source>
        <translation>Must add up to 100%</translation>
    </message>
    <message>
        <source>从单位库中选择承办单位（类型为“承办单位”的单位）</source>
        <translation>Choose the host organisation from the organisation list (type &quot;host organisation&quot;)</translation>
    </message>
    <message>
        <source>低于此人数的工种显示为“可能取消”。</source>
        <translation>Trades with fewer entrants are shown as &quot;may be cancelled&quot;.</translation>
    </message>
    <message>
        <source>例如 W-CNC，在本赛事中唯一</source>
        <translation>e.g. W-CNC; unique in this contest</translation>
    </message>
    <message>
        <source>例如 天津市河西区示例路1号</source>
        <translation>e.g. 1 Example Road, Hexi District, Tianjin</translation>
    </message>
    <message>
        <source>例如 实训楼一层数控车间</source>
        <translation>e.g. CNC workshop, ground floor of the training building</translation>
    </message>
    <message>
        <source>例如 数控车工</source>
        <translation>e.g. CNC lathe operator</translation>
    </message>
    <message>
        <source>修改原因：</source>
        <translation>Reason for the change:</translation>
    </message>
    <message>
        <source>允许破格（低于要求等级的可经审批参赛，破格原因记入报名）</source>
        <translation>Allow waivers (entrants below the required level may take part with approval; the waiver reason is recorded with the registration)</translation>
    </message>
    <message>
        <source>分（低于合格线者不获奖）</source>
        <translation>points (no award below the pass mark)</translation>
    </message>
    <message>
        <source>删除场次</source>
        <translation>Delete Session</translation>
    </message>
    <message>
        <source>单位库中还没有的承办单位：填写全称后新建并选中</source>
        <translation>A host unit not yet in the unit list: type its full name to create and select it</translation>
    </message>
    <message>
        <source>参赛形式：</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>取整：</source>
        <translation>Rounding:</translation>
    </message>
    <message>
        <source>合格线“{v}”不是有效的分数。</source>
        <translation>Pass mark &quot;{v}&quot; is not a valid score.</translation>
    </message>
    <message>
        <source>合格线：</source>
        <translation>Pass mark:</translation>
    </message>
    <message>
        <source>团体项目</source>
        <translation>Team event</translation>
    </message>
    <message>
        <source>场地地址：</source>
        <translation>Venue address:</translation>
    </message>
    <message>
        <source>场次</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>基本信息</source>
        <translation>Basics</translation>
    </message>
    <message>
        <source>备注：</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>实操权重：</source>
        <translation>Practical weight:</translation>
    </message>
    <message>
        <source>工种代码：</source>
        <translation>Trade code:</translation>
    </message>
    <message>
        <source>工种名称：</source>
        <translation>Trade name:</translation>
    </message>
    <message>
        <source>工种设置</source>
        <translation>Trade Settings</translation>
    </message>
    <message>
        <source>已有 {n} 人报名</source>
        <translation>{n} people registered</translation>
    </message>
    <message>
        <source>已有报名或成绩时，改变其含义的修改必须写明原因（记入审计日志）</source>
        <translation>Once there are registrations or scores, changes to their meaning need a reason (written to the audit log)</translation>
    </message>
    <message>
        <source>已有评分记录</source>
        <translation>Scores entered</translation>
    </message>
    <message>
        <source>年龄范围：</source>
        <translation>Age range:</translation>
    </message>
    <message>
        <source>并列名次规则：</source>
        <translation>Tie-break rule:</translation>
    </message>
    <message>
        <source>成绩与奖项</source>
        <translation>Scores and Awards</translation>
    </message>
    <message>
        <source>成绩已锁定（{k}）</source>
        <translation>Scores locked ({k})</translation>
    </message>
    <message>
        <source>承办单位全称：</source>
        <translation>Host unit&apos;s full name:</translation>
    </message>
    <message>
        <source>承办单位：</source>
        <translation>Host organisation:</translation>
    </message>
    <message>
        <source>技能等级要求：</source>
        <translation>Required skill level:</translation>
    </message>
    <message>
        <source>报名截止：</source>
        <translation>Registration deadline:</translation>
    </message>
    <message>
        <source>报名条件</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <source>按顺序比较；用“上移”“下移”调整顺序</source>
        <translation>Compared in order; change the order with &quot;Move Up&quot; and &quot;Move Down&quot;</translation>
    </message>
    <message>
        <source>新增工种</source>
        <translation>Add Trade</translation>
    </message>
    <message>
        <source>新建承办单位</source>
        <translation>New host unit</translation>
    </message>
    <message>
        <source>新建承办单位…</source>
        <translation>New host unit…</translation>
    </message>
    <message>
        <source>最少参赛人数：</source>
        <translation>Minimum entrants:</translation>
    </message>
    <message>
        <source>未定</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>每个场次一行：日期、开始和结束时间、场地、容量、类型。双击单元格修改。</source>
        <translation>One row per session: date, start and end time, venue, capacity, type. Double-click a cell to change it.</translation>
    </message>
    <message>
        <source>每队人数：</source>
        <translation>Team size:</translation>
    </message>
    <message>
        <source>比赛场地：</source>
        <translation>Venue:</translation>
    </message>
    <message>
        <source>比赛日期：</source>
        <translation>Competition dates:</translation>
    </message>
    <message>
        <source>沿用赛事的报名截止日期</source>
        <translation>Use the contest&apos;s registration deadline</translation>
    </message>
    <message>
        <source>沿用赛事的报名截止日期（{d}）</source>
        <translation>Use the contest&apos;s registration deadline ({d})</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>添加场次</source>
        <translation>Add Session</translation>
    </message>
    <message>
        <source>状态：</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>理论权重：</source>
        <translation>Theory weight:</translation>
    </message>
    <message>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>第 {n} 个场次的容量“{v}”应为整数。</source>
        <translation>The capacity &quot;{v}&quot; of session {n} must be a whole number.</translation>
    </message>
    <message>
        <source>第 {n} 个场次的日期“{v}”无法识别，请写成 2021-10-20。</source>
        <translation>The date &quot;{v}&quot; of session {n} is not recognised; write it as 2021-10-20.</translation>
    </message>
    <message>
        <source>第 {n} 个场次的时间“{v}”无法识别，请写成 08:30。</source>
        <translation>The time &quot;{v}&quot; of session {n} is not recognised; write it as 08:30.</translation>
    </message>
    <message>
        <source>第 {n} 个场次的类型“{v}”应为“理论”或“实操”。</source>
        <translation>The type &quot;{v}&quot; of session {n} must be &quot;理论&quot; (theory) or &quot;实操&quot; (practical).</translation>
    </message>
    <message>
        <source>级别：</source>
        <translation>Level:</translation>
    </message>
    <message>
        <source>组别：</source>
        <translation>Group:</translation>
    </message>
    <message>
        <source>编辑工种：{code} {name}</source>
        <translation>Edit Trade: {code} {name}</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>获奖名额：</source>
        <translation>Award counts:</translation>
    </message>
    <message>
        <source>获奖方式：</source>
        <translation>Award method:</translation>
    </message>
    <message>
        <source>（未定）</source>
        <translation>(not set)</translation>
    </message>
</context>
<context>
    <name>Trades</name>
    <message>
        <source>不变</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>不是有效的技能等级，例如“高级工（三级）”。</source>
        <translation>Not a valid skill level; for example &quot;Senior worker (Level 3)&quot;.</translation>
    </message>
    <message>
        <source>不是有效的日期，请写成 2021-10-20 的形式。</source>
        <translation>Not a valid date; write it as 2021-10-20.</translation>
    </message>
    <message>
        <source>与第 {r} 行的工种代码重复。</source>
        <translation>Same trade code as row {r}.</translation>
    </message>
    <message>
        <source>个人/团体</source>
        <translation>Single/team</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>代码与本赛事已有工种相同的行会更新该工种；已有报名或评分的工种，影响报名或成绩含义的设置请在“编辑工种”窗口中填写原因后修改。</source>
        <translation>Rows whose code matches a trade already in this contest update that trade; for trades that already have registrations or scores, settings that affect registrations or the meaning of scores must be changed in the &quot;Edit Trade&quot; window with a reason.</translation>
    </message>
    <message>
        <source>允许破格</source>
        <translation>Waiver allowed</translation>
    </message>
    <message>
        <source>单人</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>单人/团体</source>
        <translation>Individual/team</translation>
    </message>
    <message>
        <source>参赛形式</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>及格线</source>
        <translation>Passing mark</translation>
    </message>
    <message>
        <source>取整</source>
        <translation>Rounding</translation>
    </message>
    <message>
        <source>取整方式</source>
        <translation>Rounding method</translation>
    </message>
    <message>
        <source>合格线</source>
        <translation>Pass mark</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>团体</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>团队人数</source>
        <translation>Team members</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>场地</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>场地地址</source>
        <translation>Venue address</translation>
    </message>
    <message>
        <source>场次 {d} 已有检录或抽签记录，不能删除；请保留该场次。</source>
        <translation>Session {d} already has check-in or draw records and cannot be deleted; please keep it.</translation>
    </message>
    <message>
        <source>处理</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>奖项设置</source>
        <translation>Awards</translation>
    </message>
    <message>
        <source>实操</source>
        <translation>Practical</translation>
    </message>
    <message>
        <source>实操占比</source>
        <translation>Practical share</translation>
    </message>
    <message>
        <source>实操权重</source>
        <translation>Practical weight</translation>
    </message>
    <message>
        <source>实操权重%</source>
        <translation>Practical weight %</translation>
    </message>
    <message>
        <source>工种</source>
        <translation>Trade</translation>
    </message>
    <message>
        <source>工种“{c} {n}”{detail}，不能删除；如不再举办，请把状态改为“已取消”。</source>
        <translation>Trade &quot;{c} {n}&quot; {detail} and cannot be deleted; if it will not take place, set its status to &quot;Cancelled&quot;.</translation>
    </message>
    <message>
        <source>工种“{n}”</source>
        <translation>Trade &quot;{n}&quot;</translation>
    </message>
    <message>
        <source>工种代码</source>
        <translation>Trade code</translation>
    </message>
    <message>
        <source>工种代码“{c}”太长，最多 20 个字符。</source>
        <translation>Trade code &quot;{c}&quot; is too long; at most 20 characters.</translation>
    </message>
    <message>
        <source>工种列表</source>
        <translation>Trades</translation>
    </message>
    <message>
        <source>工种名称</source>
        <translation>Trade name</translation>
    </message>
    <message>
        <source>工种名称太长，最多 60 个字。</source>
        <translation>The trade name is too long; at most 60 characters.</translation>
    </message>
    <message>
        <source>工种（编号 {i}）不存在。</source>
        <translation>Trade (no. {i}) does not exist.</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>已有 {n} 人报名</source>
        <translation>{n} people registered</translation>
    </message>
    <message>
        <source>已有评分、裁判、检录或抽签等记录</source>
        <translation>already has scores, judges, check-ins or lots</translation>
    </message>
    <message>
        <source>已结束</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>应为“单人”或“团体”。</source>
        <translation>Must be &quot;individual&quot; or &quot;team&quot;.</translation>
    </message>
    <message>
        <source>应为“市级一类”“市级二类”或“区级”。</source>
        <translation>Must be &quot;City level, class I&quot;, &quot;City level, class II&quot; or &quot;District level&quot;.</translation>
    </message>
    <message>
        <source>应为“按参赛人数比例”或“固定名额”。</source>
        <translation>Must be &quot;share of entrants&quot; or &quot;fixed number&quot;.</translation>
    </message>
    <message>
        <source>应为“是”或“否”。</source>
        <translation>Must be &quot;yes&quot; or &quot;no&quot;.</translation>
    </message>
    <message>
        <source>应为“职工组”或“学生组”。</source>
        <translation>Must be &quot;employee group&quot; or &quot;student group&quot;.</translation>
    </message>
    <message>
        <source>应为向下取整、四舍五入或向上取整。</source>
        <translation>Must be round down, round half up or round up.</translation>
    </message>
    <message>
        <source>应为整数。</source>
        <translation>Must be a whole number.</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>必填列：工种代码、工种名称、组别。其余列留空时使用默认值：市级一类、单人、年龄 16–60 岁、理论 30% / 实操 70%、合格线 60、一等 10% 二等 20% 三等 30% 向下取整、最少 30 人。</source>
        <translation>Required columns: trade code, trade name, group. Empty columns take the defaults: City level class I, individual, ages 16–60, theory 30% / practical 70%, pass mark 60, first 10% second 20% third 30% rounded down, at least 30 entrants.</translation>
    </message>
    <message>
        <source>必填，不能为空。</source>
        <translation>Required; cannot be empty.</translation>
    </message>
    <message>
        <source>成绩</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>承办</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>承办单位</source>
        <translation>Host organisation</translation>
    </message>
    <message>
        <source>承办单位写全称；单位库中没有的承办单位会在导入时新建。</source>
        <translation>Write the host organisation&apos;s full name; host organisations missing from the organisation list are created on import.</translation>
    </message>
    <message>
        <source>承办单位（编号 {i}）不存在。</source>
        <translation>Host organisation (no. {i}) does not exist.</translation>
    </message>
    <message>
        <source>技能等级</source>
        <translation>Skill level</translation>
    </message>
    <message>
        <source>技能等级“{g}”无效。</source>
        <translation>Skill level &quot;{g}&quot; is not valid.</translation>
    </message>
    <message>
        <source>技能等级要求</source>
        <translation>Required skill level</translation>
    </message>
    <message>
        <source>报名截止</source>
        <translation>Registration deadline</translation>
    </message>
    <message>
        <source>报名截止日期</source>
        <translation>Registration deadline date</translation>
    </message>
    <message>
        <source>改了获奖方式就要同时填写获奖名额。</source>
        <translation>When you change the award method, enter the award counts as well.</translation>
    </message>
    <message>
        <source>文件有任何错误时不会导入任何一行；程序会生成一份标出错误的报告，改正后重新导入即可。</source>
        <translation>If the file has any error, no row is imported; the program writes a report marking the errors, so correct them and import again.</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>更新</source>
        <translation>update</translation>
    </message>
    <message>
        <source>最低人数</source>
        <translation>Minimum number</translation>
    </message>
    <message>
        <source>最大年龄</source>
        <translation>Maximum age</translation>
    </message>
    <message>
        <source>最小年龄</source>
        <translation>Minimum age</translation>
    </message>
    <message>
        <source>最少参赛人数</source>
        <translation>Minimum entrants</translation>
    </message>
    <message>
        <source>本赛事已有代码为“{c}”的工种，请换一个代码。</source>
        <translation>This contest already has a trade with code &quot;{c}&quot;; please choose another code.</translation>
    </message>
    <message>
        <source>本赛事没有代码为“{c}”的工种；运行 “haihe-desk trades list” 查看代码。</source>
        <translation>This contest has no trade with code &quot;{c}&quot;; run &quot;haihe-desk trades list&quot; to see the codes.</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>每行一个工种（竞赛项目）的一个组别；同一工种分职工组和学生组时写两行，代码不同（例如 W-CNC 与 S-CNC）。</source>
        <translation>One row per trade (competition event) and group; a trade with both an employee group and a student group takes two rows with different codes (e.g. W-CNC and S-CNC).</translation>
    </message>
    <message>
        <source>每队人数</source>
        <translation>Team size</translation>
    </message>
    <message>
        <source>比赛</source>
        <translation>Competition</translation>
    </message>
    <message>
        <source>比赛地点</source>
        <translation>Competition venue</translation>
    </message>
    <message>
        <source>比赛场地</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>比赛开始日期</source>
        <translation>Competition start date</translation>
    </message>
    <message>
        <source>比赛日期</source>
        <translation>Contest date</translation>
    </message>
    <message>
        <source>比赛结束日期</source>
        <translation>Competition end date</translation>
    </message>
    <message>
        <source>比赛项目</source>
        <translation>Competition item</translation>
    </message>
    <message>
        <source>状态“{s}”无效。</source>
        <translation>Status &quot;{s}&quot; is not valid.</translation>
    </message>
    <message>
        <source>理论</source>
        <translation>Theory</translation>
    </message>
    <message>
        <source>理论占比</source>
        <translation>Theory share</translation>
    </message>
    <message>
        <source>理论权重</source>
        <translation>Theory weight</translation>
    </message>
    <message>
        <source>理论权重%</source>
        <translation>Theory weight %</translation>
    </message>
    <message>
        <source>理论权重与实操权重按百分数填写（30 表示 30%），两者之和必须为 100。</source>
        <translation>Enter the theory and practical weights as percentages (30 means 30%); together they must make 100.</translation>
    </message>
    <message>
        <source>破格</source>
        <translation>Waiver</translation>
    </message>
    <message>
        <source>竞赛项目</source>
        <translation>Competition event</translation>
    </message>
    <message>
        <source>第 {i} 个场次没有日期，请填写。</source>
        <translation>Session {i} has no date; please enter one.</translation>
    </message>
    <message>
        <source>第 {i} 个场次的容量必须至少为 1 人。</source>
        <translation>Session {i} must hold at least 1 person.</translation>
    </message>
    <message>
        <source>第 {i} 个场次的类型“{k}”无效，应为理论或实操。</source>
        <translation>Session {i} has an invalid type &quot;{k}&quot;; it must be theory or practical.</translation>
    </message>
    <message>
        <source>第 {i} 个场次的结束时间 {e:%H:%M} 不晚于开始时间 {s:%H:%M}，请改正。</source>
        <translation>Session {i} ends at {e:%H:%M}, which is not after its start at {s:%H:%M}; please correct it.</translation>
    </message>
    <message>
        <source>第 {r} 行：新增工种 {c} {n}</source>
        <translation>Row {r}: new trade {c} {n}</translation>
    </message>
    <message>
        <source>第 {r} 行：新建承办单位“{n}”</source>
        <translation>Row {r}: new host unit &quot;{n}&quot;</translation>
    </message>
    <message>
        <source>第 {r} 行：更新工种 {c}：{f}</source>
        <translation>Row {r}: trade {c} updated: {f}</translation>
    </message>
    <message>
        <source>等级要求</source>
        <translation>Level required</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>级别“{v}”无效，应为市级一类、市级二类或区级。</source>
        <translation>Level &quot;{v}&quot; is not valid; use City level class I, City level class II or District level.</translation>
    </message>
    <message>
        <source>组别</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>组别“{g}”无效，应为职工组或学生组。</source>
        <translation>Group &quot;{g}&quot; is not valid; use employee group or student group.</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>获奖名额</source>
        <translation>Award counts</translation>
    </message>
    <message>
        <source>获奖名额按 一等/二等/三等[/优秀奖] 顺序用“/”分隔：按比例时填百分数（10/20/30），固定名额时填人数（1/3/6）。</source>
        <translation>Award counts in the order first/second/third[/excellence], separated by &quot;/&quot;: percentages for shares (10/20/30), numbers of people for fixed counts (1/3/6).</translation>
    </message>
    <message>
        <source>获奖方式</source>
        <translation>Award method</translation>
    </message>
    <message>
        <source>获奖比例</source>
        <translation>Award shares</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>请填写工种代码（例如 W-CNC）。</source>
        <translation>Enter a trade code (e.g. W-CNC).</translation>
    </message>
    <message>
        <source>请填写工种名称。</source>
        <translation>Enter a trade name.</translation>
    </message>
    <message>
        <source>请填写承办单位的全称。</source>
        <translation>Please enter the host unit&apos;s full name.</translation>
    </message>
    <message>
        <source>赛事“{n}”已归档，不能再修改其工种；如需修改，请先取消归档。</source>
        <translation>Contest &quot;{n}&quot; is archived, so its trades cannot be changed; unarchive it first if you need to.</translation>
    </message>
    <message>
        <source>赛事级别</source>
        <translation>Contest level</translation>
    </message>
    <message>
        <source>赛事（编号 {i}）不存在。</source>
        <translation>Contest (no. {i}) does not exist.</translation>
    </message>
    <message>
        <source>项目代码</source>
        <translation>Event code</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>Event name</translation>
    </message>
</context>
<context>
    <name>UnitOps</name>
    <message>
        <source>正在写出模板…</source>
        <translation>Writing the template…</translation>
    </message>
    <message>
        <source>正在导出工会代码表…</source>
        <translation>Exporting union codes…</translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <source>两次输入的密码不一致；请重新输入。</source>
        <translation>The passwords do not match; enter them again.</translation>
    </message>
    <message>
        <source>修改用户“{u}”</source>
        <translation>Edit User &quot;{u}&quot;</translation>
    </message>
    <message>
        <source>再输入一次：</source>
        <translation>Enter it again:</translation>
    </message>
    <message>
        <source>只能查看</source>
        <translation>view only</translation>
    </message>
    <message>
        <source>启用此账号</source>
        <translation>Enable this account</translation>
    </message>
    <message>
        <source>姓名：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>密码：</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>所属工会：</source>
        <translation>Union:</translation>
    </message>
    <message>
        <source>此角色可以：{rights}。</source>
        <translation>This role may: {rights}.</translation>
    </message>
    <message>
        <source>添加用户</source>
        <translation>Add User</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>用户名：</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>角色：</source>
        <translation>Role:</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>不能停用或降级“{u}”：系统中必须至少保留一个启用的管理员。</source>
        <translation>Cannot disable or downgrade &quot;{u}&quot;: the system must keep at least one enabled administrator.</translation>
    </message>
    <message>
        <source>原密码不正确；密码未修改。</source>
        <translation>The old password is incorrect; the password was not changed.</translation>
    </message>
    <message>
        <source>只有管理员可以添加用户；请先登录。</source>
        <translation>Only an administrator can add users; log in first.</translation>
    </message>
    <message>
        <source>密码不能只由数字或只由字母组成；请混合使用字母、数字或符号。</source>
        <translation>The password cannot consist only of digits or only of letters; mix letters, digits or symbols.</translation>
    </message>
    <message>
        <source>密码至少需要 {n} 个字符。</source>
        <translation>The password must have at least {n} characters.</translation>
    </message>
    <message>
        <source>密码连续输错 {n} 次，账号“{u}”已锁定 {m} 分钟；请稍后再试，或请管理员解锁。</source>
        <translation>Wrong password entered {n} times in a row; account &quot;{u}&quot; is locked for {m} minutes. Try again later, or ask an administrator to unlock it.</translation>
    </message>
    <message>
        <source>工会审核员必须指定所属工会（工会代码或单位名称），找不到“{u}”；请先在通讯录的单位树中核对。</source>
        <translation>A union reviewer must be assigned a union (union code or unit name); &quot;{u}&quot; was not found. Check it in the unit tree of the contacts first.</translation>
    </message>
    <message>
        <source>未知的角色“{r}”；可用：{all}。</source>
        <translation>Unknown role &quot;{r}&quot;; available: {all}.</translation>
    </message>
    <message>
        <source>没有用户“{u}”；请核对用户名（“haihe-desk users list”列出全部用户）。</source>
        <translation>No user &quot;{u}&quot;; check the user name (&quot;haihe-desk users list&quot; lists all users).</translation>
    </message>
    <message>
        <source>用户“{u}”</source>
        <translation>user &quot;{u}&quot;</translation>
    </message>
    <message>
        <source>用户名“{u}”已存在；请换一个。</source>
        <translation>User name &quot;{u}&quot; already exists; choose another.</translation>
    </message>
    <message>
        <source>用户名“{u}”无效：须为 1–60 个字符，不含空格。</source>
        <translation>User name &quot;{u}&quot; is invalid: it must be 1–60 characters with no spaces.</translation>
    </message>
    <message>
        <source>用户名或密码不正确；请重新输入（连续 {n} 次错误后账号将锁定 {m} 分钟）。</source>
        <translation>Incorrect user name or password; enter them again (after {n} wrong attempts in a row the account is locked for {m} minutes).</translation>
    </message>
    <message>
        <source>第一个用户必须是管理员；请先创建管理员账号。</source>
        <translation>The first user must be an administrator; create an administrator account first.</translation>
    </message>
    <message>
        <source>自动登录只适用于单台电脑的本地数据库；多台电脑共用 PostgreSQL 服务器时每人都须登录。</source>
        <translation>Auto-login only works with a local database on a single computer; everyone must log in when several computers share a PostgreSQL server.</translation>
    </message>
    <message>
        <source>账号“{u}”因多次输错密码已锁定，请 {m} 分钟后再试，或请管理员解锁。</source>
        <translation>Account &quot;{u}&quot; is locked after too many wrong passwords; try again in {m} minutes, or ask an administrator to unlock it.</translation>
    </message>
    <message>
        <source>账号“{u}”已停用，不能设为自动登录。</source>
        <translation>Account &quot;{u}&quot; is disabled and cannot be set for auto-login.</translation>
    </message>
    <message>
        <source>账号“{u}”已停用；请联系管理员。</source>
        <translation>Account &quot;{u}&quot; is disabled; contact an administrator.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>只适用于一人使用的电脑：启动时以所选账号进入，不输入密码。多台电脑共用服务器时不可用。</source>
        <translation>Only for a computer used by one person: starts with the selected account without a password. Not available when several computers share a server.</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>所属工会</source>
        <translation>Union</translation>
    </message>
    <message>
        <source>添加用户…</source>
        <translation>Add User…</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>用户管理</source>
        <translation>User Management</translation>
    </message>
    <message>
        <source>自动登录</source>
        <translation>Auto-login</translation>
    </message>
    <message>
        <source>自动登录：</source>
        <translation>Auto-login:</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>重设密码…</source>
        <translation>Reset Password…</translation>
    </message>
    <message>
        <source>（不自动登录）</source>
        <translation>(no auto-login)</translation>
    </message>
</context>
</TS>
