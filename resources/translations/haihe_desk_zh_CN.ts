<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>关于 海河工匠杯大赛办公室桌面系统</source>
        <translation>关于 海河工匠杯大赛办公室桌面系统</translation>
    </message>
    <message>
        <source>天津市“海河工匠杯”技能大赛办公室使用的报名、审核、评判、成绩与证书管理程序。</source>
        <translation>天津市“海河工匠杯”技能大赛办公室使用的报名、审核、评判、成绩与证书管理程序。</translation>
    </message>
    <message>
        <source>数据库：{db}</source>
        <translation>数据库：{db}</translation>
    </message>
    <message>
        <source>海河工匠杯 大赛办公室桌面系统</source>
        <translation>海河工匠杯 大赛办公室桌面系统</translation>
    </message>
    <message>
        <source>版本 {v}</source>
        <translation>版本 {v}</translation>
    </message>
    <message>
        <source>界面与打印使用文泉驿微米黑字体（Apache-2.0 许可）。</source>
        <translation>界面与打印使用文泉驿微米黑字体（Apache-2.0 许可）。</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>审计日志的链头记录缺失，日志可能被改动；已停止写入。请运行“haihe-desk audit verify”并联系监审委员会。</source>
        <translation>审计日志的链头记录缺失，日志可能被改动；已停止写入。请运行“haihe-desk audit verify”并联系监审委员会。</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>从备份恢复</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>备份完成</source>
        <translation>备份完成</translation>
    </message>
    <message>
        <source>备份数据库</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>已从备份恢复 {n} 行数据，审计日志完整。原来的数据已保存在：
{kept}</source>
        <translation>已从备份恢复 {n} 行数据，审计日志完整。原来的数据已保存在：
{kept}</translation>
    </message>
    <message>
        <source>已自动备份数据库：{path}</source>
        <translation>已自动备份数据库：{path}</translation>
    </message>
    <message>
        <source>恢复完成</source>
        <translation>恢复完成</translation>
    </message>
    <message>
        <source>数据库备份 (*.sqlite3)</source>
        <translation>数据库备份 (*.sqlite3)</translation>
    </message>
    <message>
        <source>数据库备份 (*.sqlite3);;所有文件 (*)</source>
        <translation>数据库备份 (*.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
        <source>数据库已备份到：
{path}</source>
        <translation>数据库已备份到：
{path}</translation>
    </message>
    <message>
        <source>无法备份</source>
        <translation>无法备份</translation>
    </message>
    <message>
        <source>无法恢复</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>正在从备份恢复……</source>
        <translation>正在从备份恢复……</translation>
    </message>
    <message>
        <source>正在备份数据库……</source>
        <translation>正在备份数据库……</translation>
    </message>
    <message>
        <source>用备份 {file} 替换当前数据库的全部数据？当前数据会先另存一份备份。</source>
        <translation>用备份 {file} 替换当前数据库的全部数据？当前数据会先另存一份备份。</translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <source> 份</source>
        <translation> 份</translation>
    </message>
    <message>
        <source>保留最近的自动备份：</source>
        <translation>保留最近的自动备份：</translation>
    </message>
    <message>
        <source>备份文件夹：</source>
        <translation>备份文件夹：</translation>
    </message>
    <message>
        <source>备份设置</source>
        <translation>备份设置</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>现有备份：</source>
        <translation>现有备份：</translation>
    </message>
    <message>
        <source>程序在启动时、每次导入之前和打开期间每小时自动备份 SQLite 数据库文件，只保留最近的若干份；手动备份和恢复前保存的备份不会被删除。使用 PostgreSQL 服务器时，请由服务器自身做定期备份。</source>
        <translation>程序在启动时、每次导入之前和打开期间每小时自动备份 SQLite 数据库文件，只保留最近的若干份；手动备份和恢复前保存的备份不会被删除。使用 PostgreSQL 服务器时，请由服务器自身做定期备份。</translation>
    </message>
    <message>
        <source>自动备份 {a} 份，手动和恢复前的备份 {m} 份</source>
        <translation>自动备份 {a} 份，手动和恢复前的备份 {m} 份</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>{path} 不是海河工匠杯大赛系统的数据库或备份文件；未做任何修改。</source>
        <translation>{path} 不是海河工匠杯大赛系统的数据库或备份文件；未做任何修改。</translation>
    </message>
    <message>
        <source>{path} 缺少数据表（{tables}），不是完整的海河工匠杯数据库；未做任何修改。</source>
        <translation>{path} 缺少数据表（{tables}），不是完整的海河工匠杯数据库；未做任何修改。</translation>
    </message>
    <message>
        <source>保留的自动备份份数应在 1 到 1000 之间，当前填写的是 {n}。</source>
        <translation>保留的自动备份份数应在 1 到 1000 之间，当前填写的是 {n}。</translation>
    </message>
    <message>
        <source>备份文件 {path} 已存在；请换一个文件名，已有的文件不会被覆盖。</source>
        <translation>备份文件 {path} 已存在；请换一个文件名，已有的文件不会被覆盖。</translation>
    </message>
    <message>
        <source>备份文件 {path} 的审计日志在第 {seq} 条处断裂，内容可能被改动过；拒绝恢复，当前数据库未做修改。</source>
        <translation>备份文件 {path} 的审计日志在第 {seq} 条处断裂，内容可能被改动过；拒绝恢复，当前数据库未做修改。</translation>
    </message>
    <message>
        <source>复制后审计日志核对不符（第 {seq} 条）；目标数据库未做修改。</source>
        <translation>复制后审计日志核对不符（第 {seq} 条）；目标数据库未做修改。</translation>
    </message>
    <message>
        <source>复制后核对行数不符：表 {table} 应有 {want} 行，实际 {got} 行；目标数据库未做修改。</source>
        <translation>复制后核对行数不符：表 {table} 应有 {want} 行，实际 {got} 行；目标数据库未做修改。</translation>
    </message>
    <message>
        <source>找不到文件 {path}；请检查路径。</source>
        <translation>找不到文件 {path}；请检查路径。</translation>
    </message>
    <message>
        <source>整库替换前的数据已备份到 {path}</source>
        <translation>整库替换前的数据已备份到 {path}</translation>
    </message>
    <message>
        <source>源数据库 {db} 的结构版本是 {rev}，本程序是 {head}；请先用本程序打开它一次完成升级，再复制。</source>
        <translation>源数据库 {db} 的结构版本是 {rev}，本程序是 {head}；请先用本程序打开它一次完成升级，再复制。</translation>
    </message>
    <message>
        <source>源数据库和目标数据库是同一个（{db}）；请指定另一个目标。</source>
        <translation>源数据库和目标数据库是同一个（{db}）；请指定另一个目标。</translation>
    </message>
    <message>
        <source>源数据库的审计日志在第 {seq} 条处断裂，数据可能被改动过；已停止，目标数据库未做修改。请联系监审委员会。</source>
        <translation>源数据库的审计日志在第 {seq} 条处断裂，数据可能被改动过；已停止，目标数据库未做修改。请联系监审委员会。</translation>
    </message>
    <message>
        <source>目标数据库 {db} 已有数据（表 {tables}）；复制只写入空数据库。确实要整体替换它，请加 --replace。</source>
        <translation>目标数据库 {db} 已有数据（表 {tables}）；复制只写入空数据库。确实要整体替换它，请加 --replace。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--kind 的值“{v}”无效，应为 record/备案 或 summary/总结。</source>
        <translation>--kind 的值“{v}”无效，应为 record/备案 或 summary/总结。</translation>
    </message>
    <message>
        <source>--member “{v}” 格式不对，应为 职务:姓名[:职务说明]，例如 主任:林引:市总工会党组书记。</source>
        <translation>--member “{v}” 格式不对，应为 职务:姓名[:职务说明]，例如 主任:林引:市总工会党组书记。</translation>
    </message>
    <message>
        <source>--member “{v}” 的职务应为 主任、副主任 或 成员。</source>
        <translation>--member “{v}” 的职务应为 主任、副主任 或 成员。</translation>
    </message>
    <message>
        <source>record/备案 或 summary/总结</source>
        <translation>record/备案 或 summary/总结</translation>
    </message>
    <message>
        <source>{opt} 的值“{v}”无效；可用：{choices}。</source>
        <translation>{opt} 的值“{v}”无效；可用：{choices}。</translation>
    </message>
    <message>
        <source>{opt} 的日期“{v}”无法识别，请写成 2021-08-31 的形式。</source>
        <translation>{opt} 的日期“{v}”无法识别，请写成 2021-08-31 的形式。</translation>
    </message>
    <message>
        <source>……另有 {n} 个问题，请用 --report 写出检查报告查看。</source>
        <translation>……另有 {n} 个问题，请用 --report 写出检查报告查看。</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>与上一条的链接不符</source>
        <translation>与上一条的链接不符</translation>
    </message>
    <message>
        <source>两次输入的密码不一致；密码未设置。</source>
        <translation>两次输入的密码不一致；密码未设置。</translation>
    </message>
    <message>
        <source>为所有区总工会、局工会和集团公司工会登记一项应交的备案或总结</source>
        <translation>为所有区总工会、局工会和集团公司工会登记一项应交的备案或总结</translation>
    </message>
    <message>
        <source>主办</source>
        <translation>主办</translation>
    </message>
    <message>
        <source>主办单位</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>人数不足</source>
        <translation>人数不足</translation>
    </message>
    <message>
        <source>从 xlsx 导入工会代码表（全部无误才写入）</source>
        <translation>从 xlsx 导入工会代码表（全部无误才写入）</translation>
    </message>
    <message>
        <source>从 xlsx 导入报名（先全部检查，默认全部无误才写入）</source>
        <translation>从 xlsx 导入报名（先全部检查，默认全部无误才写入）</translation>
    </message>
    <message>
        <source>从 xlsx 导入联系人（默认全部无误才写入）</source>
        <translation>从 xlsx 导入联系人（默认全部无误才写入）</translation>
    </message>
    <message>
        <source>从 xlsx 工种列表导入；有错误时不导入任何一行并生成报告</source>
        <translation>从 xlsx 工种列表导入；有错误时不导入任何一行并生成报告</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>以 JSON 输出</source>
        <translation>以 JSON 输出</translation>
    </message>
    <message>
        <source>以 JSON 输出每个工种的全部设置和人数</source>
        <translation>以 JSON 输出每个工种的全部设置和人数</translation>
    </message>
    <message>
        <source>以往年赛事为底新建赛事：复制工种、规则、承办单位和场次，不复制任何人员</source>
        <translation>以往年赛事为底新建赛事：复制工种、规则、承办单位和场次，不复制任何人员</translation>
    </message>
    <message>
        <source>以此用户登录（也可用环境变量 HAIHE_DESK_USER）；密码从环境变量 HAIHE_DESK_PASSWORD 读取或在提示时输入</source>
        <translation>以此用户登录（也可用环境变量 HAIHE_DESK_USER）；密码从环境变量 HAIHE_DESK_PASSWORD 读取或在提示时输入</translation>
    </message>
    <message>
        <source>使用的列：{cols}</source>
        <translation>使用的列：{cols}</translation>
    </message>
    <message>
        <source>保存位置（.xlsx）</source>
        <translation>保存位置（.xlsx）</translation>
    </message>
    <message>
        <source>保存工种列表导入模板</source>
        <translation>保存工种列表导入模板</translation>
    </message>
    <message>
        <source>保留的单位</source>
        <translation>保留的单位</translation>
    </message>
    <message>
        <source>修改一条报名（按录入规则重新检查；组委会已确认的须填写原因）</source>
        <translation>修改一条报名（按录入规则重新检查；组委会已确认的须填写原因）</translation>
    </message>
    <message>
        <source>修改原因（写入审计日志）</source>
        <translation>修改原因（写入审计日志）</translation>
    </message>
    <message>
        <source>修改原因（记入审计日志；组委会已确认的报名必填）</source>
        <translation>修改原因（记入审计日志；组委会已确认的报名必填）</translation>
    </message>
    <message>
        <source>修改工种；已有报名或成绩时，影响其含义的修改需要 --reason</source>
        <translation>修改工种；已有报名或成绩时，影响其含义的修改需要 --reason</translation>
    </message>
    <message>
        <source>修改用户的角色、姓名、所属工会或停用/启用</source>
        <translation>修改用户的角色、姓名、所属工会或停用/启用</translation>
    </message>
    <message>
        <source>修改赛事</source>
        <translation>修改赛事</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>停用单位（有报名的单位不能删除，只能停用）</source>
        <translation>停用单位（有报名的单位不能删除，只能停用）</translation>
    </message>
    <message>
        <source>停用账号</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <source>共 {n} 个单位。</source>
        <translation>共 {n} 个单位。</translation>
    </message>
    <message>
        <source>共 {n} 份备份，在 {folder}</source>
        <translation>共 {n} 份备份，在 {folder}</translation>
    </message>
    <message>
        <source>关闭自动登录</source>
        <translation>关闭自动登录</translation>
    </message>
    <message>
        <source>内容被改动</source>
        <translation>内容被改动</translation>
    </message>
    <message>
        <source>再输入一次：</source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <source>写出工会代码表的导入模板</source>
        <translation>写出工会代码表的导入模板</translation>
    </message>
    <message>
        <source>写出检查报告：原始行加“错误说明”列，问题单元格标红</source>
        <translation>写出检查报告：原始行加“错误说明”列，问题单元格标红</translation>
    </message>
    <message>
        <source>写出联系人导入模板</source>
        <translation>写出联系人导入模板</translation>
    </message>
    <message>
        <source>出生日期（可不填，按身份证号）</source>
        <translation>出生日期（可不填，按身份证号）</translation>
    </message>
    <message>
        <source>列出全部用户</source>
        <translation>列出全部用户</translation>
    </message>
    <message>
        <source>列出备案和总结登记</source>
        <translation>列出备案和总结登记</translation>
    </message>
    <message>
        <source>列出工种及实时人数</source>
        <translation>列出工种及实时人数</translation>
    </message>
    <message>
        <source>列出已有的备份，不做新备份</source>
        <translation>列出已有的备份，不做新备份</translation>
    </message>
    <message>
        <source>列出所有赛事</source>
        <translation>列出所有赛事</translation>
    </message>
    <message>
        <source>创建或升级数据库；--demo 写入演示赛事</source>
        <translation>创建或升级数据库；--demo 写入演示赛事</translation>
    </message>
    <message>
        <source>删除全部场次</source>
        <translation>删除全部场次</translation>
    </message>
    <message>
        <source>删除没有任何报名和下级的单位</source>
        <translation>删除没有任何报名和下级的单位</translation>
    </message>
    <message>
        <source>包括已停用和已合并的单位</source>
        <translation>包括已停用和已合并的单位</translation>
    </message>
    <message>
        <source>包括已停用的单位</source>
        <translation>包括已停用的单位</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>单位“{u}”没有停用，无需恢复。</source>
        <translation>单位“{u}”没有停用，无需恢复。</translation>
    </message>
    <message>
        <source>单位与工会代码：列表、导入导出、移动、合并、停用</source>
        <translation>单位与工会代码：列表、导入导出、移动、合并、停用</translation>
    </message>
    <message>
        <source>单位全称、简称或工会代码</source>
        <translation>单位全称、简称或工会代码</translation>
    </message>
    <message>
        <source>单位名称（包含即可）</source>
        <translation>单位名称（包含即可）</translation>
    </message>
    <message>
        <source>单位类型</source>
        <translation>单位类型</translation>
    </message>
    <message>
        <source>单位：工会代码、全称或简称，或 #编号</source>
        <translation>单位：工会代码、全称或简称，或 #编号</translation>
    </message>
    <message>
        <source>单机使用时让一个账号免密码启动（--off 关闭）</source>
        <translation>单机使用时让一个账号免密码启动（--off 关闭）</translation>
    </message>
    <message>
        <source>原因（记入审计日志）</source>
        <translation>原因（记入审计日志）</translation>
    </message>
    <message>
        <source>原因（退回、不予通过时必填）</source>
        <translation>原因（退回、不予通过时必填）</translation>
    </message>
    <message>
        <source>原密码：</source>
        <translation>原密码：</translation>
    </message>
    <message>
        <source>参赛人数</source>
        <translation>参赛人数</translation>
    </message>
    <message>
        <source>取消归档</source>
        <translation>取消归档</translation>
    </message>
    <message>
        <source>变化：</source>
        <translation>变化：</translation>
    </message>
    <message>
        <source>只列出 record/备案 或 summary/总结</source>
        <translation>只列出 record/备案 或 summary/总结</translation>
    </message>
    <message>
        <source>只列出某种状态，例如 late（逾期未交）</source>
        <translation>只列出某种状态，例如 late（逾期未交）</translation>
    </message>
    <message>
        <source>只列出这个单位及其下级</source>
        <translation>只列出这个单位及其下级</translation>
    </message>
    <message>
        <source>只在报名仍是第 N 版时修改（每次修改后会显示新版本号）；已被别人改过则不修改，并列出双方的值</source>
        <translation>只在报名仍是第 N 版时修改（每次修改后会显示新版本号）；已被别人改过则不修改，并列出双方的值</translation>
    </message>
    <message>
        <source>只导入无误的行，跳过有错误的行</source>
        <translation>只导入无误的行，跳过有错误的行</translation>
    </message>
    <message>
        <source>只导出该工会及其下级单位的报名（工会代码、名称或 #编号）</source>
        <translation>只导出该工会及其下级单位的报名（工会代码、名称或 #编号）</translation>
    </message>
    <message>
        <source>只接受 6 位 + 每级 3 位的数字代码</source>
        <translation>只接受 6 位 + 每级 3 位的数字代码</translation>
    </message>
    <message>
        <source>只检查并预览，不写入数据库</source>
        <translation>只检查并预览，不写入数据库</translation>
    </message>
    <message>
        <source>只要匹配这段文字的联系人（姓名、拼音首字母、电话、单位）</source>
        <translation>只要匹配这段文字的联系人（姓名、拼音首字母、电话、单位）</translation>
    </message>
    <message>
        <source>只要这个工种</source>
        <translation>只要这个工种</translation>
    </message>
    <message>
        <source>只要这个职责（如：学生组报名）</source>
        <translation>只要这个职责（如：学生组报名）</translation>
    </message>
    <message>
        <source>各单位的备案、总结情况（哪些已交、哪些逾期）</source>
        <translation>各单位的备案、总结情况（哪些已交、哪些逾期）</translation>
    </message>
    <message>
        <source>合格线（默认 60）</source>
        <translation>合格线（默认 60）</translation>
    </message>
    <message>
        <source>否</source>
        <translation>否</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>启用账号</source>
        <translation>启用账号</translation>
    </message>
    <message>
        <source>命令用法有误：{msg}。运行 “{prog} --help” 查看用法。</source>
        <translation>命令用法有误：{msg}。运行 “{prog} --help” 查看用法。</translation>
    </message>
    <message>
        <source>在空数据库中创建演示赛事</source>
        <translation>在空数据库中创建演示赛事</translation>
    </message>
    <message>
        <source>场地地址</source>
        <translation>场地地址</translation>
    </message>
    <message>
        <source>场次</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>场次“{v}”的容量应为整数。</source>
        <translation>场次“{v}”的容量应为整数。</translation>
    </message>
    <message>
        <source>场次的{what}“{v}”无法识别，请写成 08:30 的形式。</source>
        <translation>场次的{what}“{v}”无法识别，请写成 08:30 的形式。</translation>
    </message>
    <message>
        <source>场次，可重复，例如 2021-10-20,08:30,11:30,实训楼,40；给出时替换原有场次</source>
        <translation>场次，可重复，例如 2021-10-20,08:30,11:30,实训楼,40；给出时替换原有场次</translation>
    </message>
    <message>
        <source>基层比赛名称</source>
        <translation>基层比赛名称</translation>
    </message>
    <message>
        <source>基层职工职业技能大赛的备案和总结登记</source>
        <translation>基层职工职业技能大赛的备案和总结登记</translation>
    </message>
    <message>
        <source>备份数据库到一个 SQLite 文件（PostgreSQL 数据库写出可移植的备份）</source>
        <translation>备份数据库到一个 SQLite 文件（PostgreSQL 数据库写出可移植的备份）</translation>
    </message>
    <message>
        <source>备份文件或文件夹（默认：备份文件夹中带时间的新文件）</source>
        <translation>备份文件或文件夹（默认：备份文件夹中带时间的新文件）</translation>
    </message>
    <message>
        <source>备案</source>
        <translation>备案</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>复制后设为当前赛事</source>
        <translation>复制后设为当前赛事</translation>
    </message>
    <message>
        <source>大赛办公室</source>
        <translation>大赛办公室</translation>
    </message>
    <message>
        <source>大赛办公室及其所在部门</source>
        <translation>大赛办公室及其所在部门</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>学校（学生组）</source>
        <translation>学校（学生组）</translation>
    </message>
    <message>
        <source>学生组模板</source>
        <translation>学生组模板</translation>
    </message>
    <message>
        <source>实操权重（百分数，例如 70）</source>
        <translation>实操权重（百分数，例如 70）</translation>
    </message>
    <message>
        <source>审核操作</source>
        <translation>审核操作</translation>
    </message>
    <message>
        <source>审核状态（如 confirmed 或 组委会已确认）</source>
        <translation>审核状态（如 confirmed 或 组委会已确认）</translation>
    </message>
    <message>
        <source>审计日志</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>审计日志在第 {seq} 条处断裂（{why}）；请联系监审委员会，并保留当前数据库文件。</source>
        <translation>审计日志在第 {seq} 条处断裂（{why}）；请联系监审委员会，并保留当前数据库文件。</translation>
    </message>
    <message>
        <source>审计日志完整：共 {n} 条，哈希链无断裂。</source>
        <translation>审计日志完整：共 {n} 条，哈希链无断裂。</translation>
    </message>
    <message>
        <source>审计记录</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>容量</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>导入完成（{what}）：写入 {n} 条，未变 {u} 条。</source>
        <translation>导入完成（{what}）：写入 {n} 条，未变 {u} 条。</translation>
    </message>
    <message>
        <source>导入模板已写入：{path}</source>
        <translation>导入模板已写入：{path}</translation>
    </message>
    <message>
        <source>导出 vCard 3.0（.vcf），供手机导入</source>
        <translation>导出 vCard 3.0（.vcf），供手机导入</translation>
    </message>
    <message>
        <source>导出为 xlsx（可再导入）</source>
        <translation>导出为 xlsx（可再导入）</translation>
    </message>
    <message>
        <source>导出完整身份证号（记入审计日志）</source>
        <translation>导出完整身份证号（记入审计日志）</translation>
    </message>
    <message>
        <source>导出花名册（身份证号默认打码）</source>
        <translation>导出花名册（身份证号默认打码）</translation>
    </message>
    <message>
        <source>工会代码</source>
        <translation>工会代码</translation>
    </message>
    <message>
        <source>工会代码检查：严格（6 位 + 每级 3 位的数字）。</source>
        <translation>工会代码检查：严格（6 位 + 每级 3 位的数字）。</translation>
    </message>
    <message>
        <source>工会代码检查：接受各工会提供的任何代码（4–32 位数字和字母）。</source>
        <translation>工会代码检查：接受各工会提供的任何代码（4–32 位数字和字母）。</translation>
    </message>
    <message>
        <source>工会代码的检查方式：默认接受任何 4–32 位数字和字母；--strict 要求 6 位 + 每级 3 位</source>
        <translation>工会代码的检查方式：默认接受任何 4–32 位数字和字母；--strict 要求 6 位 + 每级 3 位</translation>
    </message>
    <message>
        <source>工会审核员所属工会：工会代码或单位名称</source>
        <translation>工会审核员所属工会：工会代码或单位名称</translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>工作单位（学生组为学校）</source>
        <translation>工作单位（学生组为学校）</translation>
    </message>
    <message>
        <source>工作表名称（默认第一个）</source>
        <translation>工作表名称（默认第一个）</translation>
    </message>
    <message>
        <source>工种</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>工种 {code} 没有变化。</source>
        <translation>工种 {code} 没有变化。</translation>
    </message>
    <message>
        <source>工种代码</source>
        <translation>工种代码</translation>
    </message>
    <message>
        <source>工种代码或名称</source>
        <translation>工种代码或名称</translation>
    </message>
    <message>
        <source>工种代码，例如 W-CNC</source>
        <translation>工种代码，例如 W-CNC</translation>
    </message>
    <message>
        <source>工种名称</source>
        <translation>工种名称</translation>
    </message>
    <message>
        <source>工种数</source>
        <translation>工种数</translation>
    </message>
    <message>
        <source>工种（竞赛项目）：列出、新增、修改、导入、下载模板</source>
        <translation>工种（竞赛项目）：列出、新增、修改、导入、下载模板</translation>
    </message>
    <message>
        <source>已为 {n} 个单位登记应交项目。</source>
        <translation>已为 {n} 个单位登记应交项目。</translation>
    </message>
    <message>
        <source>已从 {file} 恢复 {n} 行数据，审计日志 {a} 条完整。原来的数据已保存在 {kept}</source>
        <translation>已从 {file} 恢复 {n} 行数据，审计日志 {a} 条完整。原来的数据已保存在 {kept}</translation>
    </message>
    <message>
        <source>已保存工种列表模板：{file}</source>
        <translation>已保存工种列表模板：{file}</translation>
    </message>
    <message>
        <source>已保存赛事 {id}：{name}</source>
        <translation>已保存赛事 {id}：{name}</translation>
    </message>
    <message>
        <source>已修改工种 {code}：{fields}</source>
        <translation>已修改工种 {code}：{fields}</translation>
    </message>
    <message>
        <source>已修改报名 {id}：{fields}。</source>
        <translation>已修改报名 {id}：{fields}。</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>已停用“{u}”。</source>
        <translation>已停用“{u}”。</translation>
    </message>
    <message>
        <source>已关闭自动登录：启动时须输入用户名和密码。</source>
        <translation>已关闭自动登录：启动时须输入用户名和密码。</translation>
    </message>
    <message>
        <source>已写出导入模板：{file}</source>
        <translation>已写出导入模板：{file}</translation>
    </message>
    <message>
        <source>已创建演示赛事：{name}</source>
        <translation>已创建演示赛事：{name}</translation>
    </message>
    <message>
        <source>已删除“{u}”。</source>
        <translation>已删除“{u}”。</translation>
    </message>
    <message>
        <source>已取消归档：{name}</source>
        <translation>已取消归档：{name}</translation>
    </message>
    <message>
        <source>已取消，数据库未做修改。</source>
        <translation>已取消，数据库未做修改。</translation>
    </message>
    <message>
        <source>已合并</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>已备份到 {path}</source>
        <translation>已备份到 {path}</translation>
    </message>
    <message>
        <source>已复制 {n} 行数据（{t} 个表），各表行数一致，审计日志 {a} 条完整。</source>
        <translation>已复制 {n} 行数据（{t} 个表），各表行数一致，审计日志 {a} 条完整。</translation>
    </message>
    <message>
        <source>已复制为新赛事 {id}：{name}（{n} 个工种；未复制报名、裁判、成绩和组委会人员）</source>
        <translation>已复制为新赛事 {id}：{name}（{n} 个工种；未复制报名、裁判、成绩和组委会人员）</translation>
    </message>
    <message>
        <source>已导出 {n} 个单位到 {file}</source>
        <translation>已导出 {n} 个单位到 {file}</translation>
    </message>
    <message>
        <source>已导出 {n} 位联系人到 {file}</source>
        <translation>已导出 {n} 位联系人到 {file}</translation>
    </message>
    <message>
        <source>已导出 {n} 张 vCard 名片到 {file}</source>
        <translation>已导出 {n} 张 vCard 名片到 {file}</translation>
    </message>
    <message>
        <source>已导出 {n} 条登记：{file}</source>
        <translation>已导出 {n} 条登记：{file}</translation>
    </message>
    <message>
        <source>已将 {n} 条报名设为“{status}”。</source>
        <translation>已将 {n} 条报名设为“{status}”。</translation>
    </message>
    <message>
        <source>已归档：{name}</source>
        <translation>已归档：{name}</translation>
    </message>
    <message>
        <source>已录入报名，编号 {id}。</source>
        <translation>已录入报名，编号 {id}。</translation>
    </message>
    <message>
        <source>已恢复“{u}”。</source>
        <translation>已恢复“{u}”。</translation>
    </message>
    <message>
        <source>已打印 {n} 位联系人，共 {p} 页：{file}</source>
        <translation>已打印 {n} 位联系人，共 {p} 页：{file}</translation>
    </message>
    <message>
        <source>已把“{d}”合并到“{k}”：转移报名 {r} 条、联系人 {c} 位、下级单位 {ch} 个。</source>
        <translation>已把“{d}”合并到“{k}”：转移报名 {r} 条、联系人 {c} 位、下级单位 {ch} 个。</translation>
    </message>
    <message>
        <source>已把“{u}”移到“{p}”之下。</source>
        <translation>已把“{u}”移到“{p}”之下。</translation>
    </message>
    <message>
        <source>已新增工种 {code} {name}</source>
        <translation>已新增工种 {code} {name}</translation>
    </message>
    <message>
        <source>已新建赛事 {id}：{name}</source>
        <translation>已新建赛事 {id}：{name}</translation>
    </message>
    <message>
        <source>已更新用户“{u}”：{role}，{state}。</source>
        <translation>已更新用户“{u}”：{role}，{state}。</translation>
    </message>
    <message>
        <source>已检录</source>
        <translation>已检录</translation>
    </message>
    <message>
        <source>已添加用户“{u}”（{role}）。</source>
        <translation>已添加用户“{u}”（{role}）。</translation>
    </message>
    <message>
        <source>已登记 {id}：{unit}</source>
        <translation>已登记 {id}：{unit}</translation>
    </message>
    <message>
        <source>已确认</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>已解锁用户“{u}”。</source>
        <translation>已解锁用户“{u}”。</translation>
    </message>
    <message>
        <source>已设置用户“{u}”的密码。</source>
        <translation>已设置用户“{u}”的密码。</translation>
    </message>
    <message>
        <source>已设置自动登录：本机启动时以“{u}”身份进入，无需密码。只在一人使用的电脑上这样设置。</source>
        <translation>已设置自动登录：本机启动时以“{u}”身份进入，无需密码。只在一人使用的电脑上这样设置。</translation>
    </message>
    <message>
        <source>已评分</source>
        <translation>已评分</translation>
    </message>
    <message>
        <source>已锁定</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>已附上 {file}，收到日期 {d}。</source>
        <translation>已附上 {file}，收到日期 {d}。</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>年龄</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>并列名次规则，用逗号分隔：total,time,practical,theory</source>
        <translation>并列名次规则，用逗号分隔：total,time,practical,theory</translation>
    </message>
    <message>
        <source>应交日期</source>
        <translation>应交日期</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>开始时间</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>归档赛事（归档后只读）</source>
        <translation>归档赛事（归档后只读）</translation>
    </message>
    <message>
        <source>录入一条报名</source>
        <translation>录入一条报名</translation>
    </message>
    <message>
        <source>待审</source>
        <translation>待审</translation>
    </message>
    <message>
        <source>忽略的列：{cols}</source>
        <translation>忽略的列：{cols}</translation>
    </message>
    <message>
        <source>性别（可不填，按身份证号）</source>
        <translation>性别（可不填，按身份证号）</translation>
    </message>
    <message>
        <source>总结</source>
        <translation>总结</translation>
    </message>
    <message>
        <source>恢复已停用的单位</source>
        <translation>恢复已停用的单位</translation>
    </message>
    <message>
        <source>手机或带区号的固定电话</source>
        <translation>手机或带区号的固定电话</translation>
    </message>
    <message>
        <source>打印通讯录 PDF</source>
        <translation>打印通讯录 PDF</translation>
    </message>
    <message>
        <source>打开图形界面（不带命令时的默认操作）</source>
        <translation>打开图形界面（不带命令时的默认操作）</translation>
    </message>
    <message>
        <source>找不到单位“{u}”（或有多个同名单位）；请改用工会代码或 #编号（见 orgs list）。</source>
        <translation>找不到单位“{u}”（或有多个同名单位）；请改用工会代码或 #编号（见 orgs list）。</translation>
    </message>
    <message>
        <source>找到 {n} 位联系人。</source>
        <translation>找到 {n} 位联系人。</translation>
    </message>
    <message>
        <source>承办单位</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>承办单位全称（单位库中没有时新建）</source>
        <translation>承办单位全称（单位库中没有时新建）</translation>
    </message>
    <message>
        <source>技能等级</source>
        <translation>技能等级</translation>
    </message>
    <message>
        <source>技能等级要求：1–5 或 “高级工”等；none 表示不限</source>
        <translation>技能等级要求：1–5 或 “高级工”等；none 表示不限</translation>
    </message>
    <message>
        <source>技能等级（“无”表示清空）</source>
        <translation>技能等级（“无”表示清空）</translation>
    </message>
    <message>
        <source>把单位（连同其下级）移到另一个上级之下</source>
        <translation>把单位（连同其下级）移到另一个上级之下</translation>
    </message>
    <message>
        <source>把工会代码表导出为 xlsx（可再导入）</source>
        <translation>把工会代码表导出为 xlsx（可再导入）</translation>
    </message>
    <message>
        <source>把整个数据库复制到另一个数据库（SQLite 与 PostgreSQL 互转）</source>
        <translation>把整个数据库复制到另一个数据库（SQLite 与 PostgreSQL 互转）</translation>
    </message>
    <message>
        <source>把登记表导出为 xlsx</source>
        <translation>把登记表导出为 xlsx</translation>
    </message>
    <message>
        <source>把重复的单位合并到保留单位（报名、联系人随之转移）</source>
        <translation>把重复的单位合并到保留单位（报名、联系人随之转移）</translation>
    </message>
    <message>
        <source>报名</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>报名 {id} 没有改动。</source>
        <translation>报名 {id} 没有改动。</translation>
    </message>
    <message>
        <source>报名 {id} 现在是第 {v} 版。</source>
        <translation>报名 {id} 现在是第 {v} 版。</translation>
    </message>
    <message>
        <source>报名 {n}</source>
        <translation>报名 {n}</translation>
    </message>
    <message>
        <source>报名审核：approve|confirm|return|reject|withdraw|resubmit</source>
        <translation>报名审核：approve|confirm|return|reject|withdraw|resubmit</translation>
    </message>
    <message>
        <source>报名截止</source>
        <translation>报名截止</translation>
    </message>
    <message>
        <source>报名截止后补报的原因</source>
        <translation>报名截止后补报的原因</translation>
    </message>
    <message>
        <source>报名截止日期</source>
        <translation>报名截止日期</translation>
    </message>
    <message>
        <source>报名截止日期（写 none 表示沿用赛事的截止日期）</source>
        <translation>报名截止日期（写 none 表示沿用赛事的截止日期）</translation>
    </message>
    <message>
        <source>报名编号</source>
        <translation>报名编号</translation>
    </message>
    <message>
        <source>报名编号（可多个）</source>
        <translation>报名编号（可多个）</translation>
    </message>
    <message>
        <source>报名：导入、模板、导出花名册、录入</source>
        <translation>报名：导入、模板、导出花名册、录入</translation>
    </message>
    <message>
        <source>按姓名、拼音首字母、电话数字或单位查找</source>
        <translation>按姓名、拼音首字母、电话数字或单位查找</translation>
    </message>
    <message>
        <source>按树形列出单位</source>
        <translation>按树形列出单位</translation>
    </message>
    <message>
        <source>按比例时的取整方式</source>
        <translation>按比例时的取整方式</translation>
    </message>
    <message>
        <source>接受各工会提供的任何代码（默认）</source>
        <translation>接受各工会提供的任何代码（默认）</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>收到日期</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>收到日期（默认：今天，已登记过的不变）</source>
        <translation>收到日期（默认：今天，已登记过的不变）</translation>
    </message>
    <message>
        <source>收到的文件</source>
        <translation>收到的文件</translation>
    </message>
    <message>
        <source>改获奖方式时请同时用 --awards 给出名额。</source>
        <translation>改获奖方式时请同时用 --awards 给出名额。</translation>
    </message>
    <message>
        <source>数据库中还没有赛事；请先运行 “haihe-desk contests add” 或 “haihe-desk init --demo”。</source>
        <translation>数据库中还没有赛事；请先运行 “haihe-desk contests add” 或 “haihe-desk init --demo”。</translation>
    </message>
    <message>
        <source>数据库已就绪：{db}</source>
        <translation>数据库已就绪：{db}</translation>
    </message>
    <message>
        <source>数据库文件路径或数据库地址（默认：用户数据目录中的 SQLite 文件）</source>
        <translation>数据库文件路径或数据库地址（默认：用户数据目录中的 SQLite 文件）</translation>
    </message>
    <message>
        <source>数据库：{db}（{engine}）</source>
        <translation>数据库：{db}（{engine}）</translation>
    </message>
    <message>
        <source>整库操作</source>
        <translation>整库操作</translation>
    </message>
    <message>
        <source>文件：{file}，工作表：{sheet}，表头在第 {row} 行，数据 {n} 行。</source>
        <translation>文件：{file}，工作表：{sheet}，表头在第 {row} 行，数据 {n} 行。</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>文号，例如 津工通〔2020〕31号</source>
        <translation>文号，例如 津工通〔2020〕31号</translation>
    </message>
    <message>
        <source>新增工种</source>
        <translation>新增工种</translation>
    </message>
    <message>
        <source>新密码：</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>新建赛事</source>
        <translation>新建赛事</translation>
    </message>
    <message>
        <source>新的上级单位</source>
        <translation>新的上级单位</translation>
    </message>
    <message>
        <source>新的工种代码</source>
        <translation>新的工种代码</translation>
    </message>
    <message>
        <source>新赛事全称（默认：把原名称中的年份换成新年度）</source>
        <translation>新赛事全称（默认：把原名称中的年份换成新年度）</translation>
    </message>
    <message>
        <source>新赛事年度（默认：原年度加一）</source>
        <translation>新赛事年度（默认：原年度加一）</translation>
    </message>
    <message>
        <source>新赛事简称</source>
        <translation>新赛事简称</translation>
    </message>
    <message>
        <source>无误 {ok} 行，有错误 {bad} 行；新增 {new} 条，更新 {upd} 条，已存在不变 {same} 条。</source>
        <translation>无误 {ok} 行，有错误 {bad} 行；新增 {new} 条，更新 {upd} 条，已存在不变 {same} 条。</translation>
    </message>
    <message>
        <source>日期,开始,结束,场地,容量[,theory|practical]</source>
        <translation>日期,开始,结束,场地,容量[,theory|practical]</translation>
    </message>
    <message>
        <source>是</source>
        <translation>是</translation>
    </message>
    <message>
        <source>是否允许破格</source>
        <translation>是否允许破格</translation>
    </message>
    <message>
        <source>显示一个工种的全部设置</source>
        <translation>显示一个工种的全部设置</translation>
    </message>
    <message>
        <source>显示一个赛事的设置和组委会</source>
        <translation>显示一个赛事的设置和组委会</translation>
    </message>
    <message>
        <source>显示姓名</source>
        <translation>显示姓名</translation>
    </message>
    <message>
        <source>显示数据库位置、结构版本和各表行数</source>
        <translation>显示数据库位置、结构版本和各表行数</translation>
    </message>
    <message>
        <source>最上层</source>
        <translation>最上层</translation>
    </message>
    <message>
        <source>最大年龄（默认 60）</source>
        <translation>最大年龄（默认 60）</translation>
    </message>
    <message>
        <source>最小年龄（默认 16）</source>
        <translation>最小年龄（默认 16）</translation>
    </message>
    <message>
        <source>最少参赛人数（默认 30）</source>
        <translation>最少参赛人数（默认 30）</translation>
    </message>
    <message>
        <source>末尾记录被删除</source>
        <translation>末尾记录被删除</translation>
    </message>
    <message>
        <source>本赛事还没有工种。</source>
        <translation>本赛事还没有工种。</translation>
    </message>
    <message>
        <source>检查报告已写入：{path}</source>
        <translation>检查报告已写入：{path}</translation>
    </message>
    <message>
        <source>模板保存位置（.xlsx）</source>
        <translation>模板保存位置（.xlsx）</translation>
    </message>
    <message>
        <source>此数据库已设置用户：请用 --user 用户名（或环境变量 {u}）登录，密码从环境变量 {p} 读取或在提示时输入。</source>
        <translation>此数据库已设置用户：请用 --user 用户名（或环境变量 {u}）登录，密码从环境变量 {p} 读取或在提示时输入。</translation>
    </message>
    <message>
        <source>每队人数；1 为单人项目，2 及以上为团体项目</source>
        <translation>每队人数；1 为单人项目，2 及以上为团体项目</translation>
    </message>
    <message>
        <source>比赛场地</source>
        <translation>比赛场地</translation>
    </message>
    <message>
        <source>比赛开始日期</source>
        <translation>比赛开始日期</translation>
    </message>
    <message>
        <source>比赛结束日期</source>
        <translation>比赛结束日期</translation>
    </message>
    <message>
        <source>没有提供用户“{user}”的密码：请设置环境变量 {p}，或在终端中运行以便输入密码。</source>
        <translation>没有提供用户“{user}”的密码：请设置环境变量 {p}，或在终端中运行以便输入密码。</translation>
    </message>
    <message>
        <source>没有收到新密码：请在提示时输入，或通过环境变量 {env} 或标准输入的一行提供。</source>
        <translation>没有收到新密码：请在提示时输入，或通过环境变量 {env} 或标准输入的一行提供。</translation>
    </message>
    <message>
        <source>没有符合条件的登记。</source>
        <translation>没有符合条件的登记。</translation>
    </message>
    <message>
        <source>没有要修改的内容：请给出 --role、--name、--union、--disable 或 --enable。</source>
        <translation>没有要修改的内容：请给出 --role、--name、--union、--disable 或 --enable。</translation>
    </message>
    <message>
        <source>没有要修改的内容；请至少给出 --name、--id-number、--mobile 等一项。</source>
        <translation>没有要修改的内容；请至少给出 --name、--id-number、--mobile 等一项。</translation>
    </message>
    <message>
        <source>注意：本次导出含完整身份证号，已记入审计日志；请妥善保管文件。</source>
        <translation>注意：本次导出含完整身份证号，已记入审计日志；请妥善保管文件。</translation>
    </message>
    <message>
        <source>海河工匠杯</source>
        <translation>海河工匠杯</translation>
    </message>
    <message>
        <source>海河工匠杯 大赛办公室桌面系统</source>
        <extracomment>command word → the module (haihe_desk.cli.NAME) that registers it</extracomment>
        <translation>海河工匠杯 大赛办公室桌面系统</translation>
    </message>
    <message>
        <source>添加用户（第一个用户必须是管理员）；密码见说明</source>
        <translation>添加用户（第一个用户必须是管理员）；密码见说明</translation>
    </message>
    <message>
        <source>源数据库文件或地址</source>
        <translation>源数据库文件或地址</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>理论/实操</source>
        <translation>理论/实操</translation>
    </message>
    <message>
        <source>理论权重（百分数，例如 30）</source>
        <translation>理论权重（百分数，例如 30）</translation>
    </message>
    <message>
        <source>生成报名导入模板</source>
        <translation>生成报名导入模板</translation>
    </message>
    <message>
        <source>用备份文件替换当前数据库的全部数据（先备份当前数据）</source>
        <translation>用备份文件替换当前数据库的全部数据（先备份当前数据）</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>用户“{user}”的密码：</source>
        <translation>用户“{user}”的密码：</translation>
    </message>
    <message>
        <source>用户与角色：列出、添加、改密码、改角色、解锁、自动登录</source>
        <translation>用户与角色：列出、添加、改密码、改角色、解锁、自动登录</translation>
    </message>
    <message>
        <source>界面语言（默认中文）</source>
        <translation>界面语言（默认中文）</translation>
    </message>
    <message>
        <source>登记一份备案或总结</source>
        <translation>登记一份备案或总结</translation>
    </message>
    <message>
        <source>登记编号（filings list 的第一列）</source>
        <translation>登记编号（filings list 的第一列）</translation>
    </message>
    <message>
        <source>目标已有数据时整体替换（替换前先备份目标）</source>
        <translation>目标已有数据时整体替换（替换前先备份目标）</translation>
    </message>
    <message>
        <source>目标数据库 {db} 已设置用户，整体替换它须由该数据库中有“恢复或覆盖数据库”权限的账号登录：请用 --user 用户名（或环境变量 {u}）登录，密码从环境变量 {p} 读取。目标数据库未做修改。</source>
        <translation>目标数据库 {db} 已设置用户，整体替换它须由该数据库中有“恢复或覆盖数据库”权限的账号登录：请用 --user 用户名（或环境变量 {u}）登录，密码从环境变量 {p} 读取。目标数据库未做修改。</translation>
    </message>
    <message>
        <source>目标数据库文件或地址（须为空）</source>
        <translation>目标数据库文件或地址（须为空）</translation>
    </message>
    <message>
        <source>破格原因</source>
        <translation>破格原因</translation>
    </message>
    <message>
        <source>移到最上层（没有上级）</source>
        <translation>移到最上层（没有上级）</translation>
    </message>
    <message>
        <source>程序出现意外错误（{err}），命令未完成；未提交的修改已撤销。详细信息已记入日志：{log}</source>
        <translation>程序出现意外错误（{err}），命令未完成；未提交的修改已撤销。详细信息已记入日志：{log}</translation>
    </message>
    <message>
        <source>第 {row} 行，{col}，“{value}”：{msg}</source>
        <translation>第 {row} 行，{col}，“{value}”：{msg}</translation>
    </message>
    <message>
        <source>简称</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>级别：city1/市级一类、city2/市级二类、district/区级</source>
        <translation>级别：city1/市级一类、city2/市级二类、district/区级</translation>
    </message>
    <message>
        <source>组别</source>
        <translation>组别</translation>
    </message>
    <message>
        <source>组别：worker/职工组 或 student/学生组</source>
        <translation>组别：worker/职工组 或 student/学生组</translation>
    </message>
    <message>
        <source>组别：职工组或学生组</source>
        <translation>组别：职工组或学生组</translation>
    </message>
    <message>
        <source>组委会成员，可重复；职务为 主任/副主任/成员 或 director/deputy/member；给出时替换原名单</source>
        <translation>组委会成员，可重复；职务为 主任/副主任/成员 或 director/deputy/member；给出时替换原名单</translation>
    </message>
    <message>
        <source>组织委员会：</source>
        <translation>组织委员会：</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>结束时间</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>结构版本：{v}</source>
        <translation>结构版本：{v}</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>缺少记录</source>
        <translation>缺少记录</translation>
    </message>
    <message>
        <source>职务:姓名[:职务说明]</source>
        <translation>职务:姓名[:职务说明]</translation>
    </message>
    <message>
        <source>职责“{r}”无效；可选：{c}。</source>
        <translation>职责“{r}”无效；可选：{c}。</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>自动备份保留最近 {n} 份。</source>
        <translation>自动备份保留最近 {n} 份。</translation>
    </message>
    <message>
        <source>自动登录</source>
        <translation>自动登录</translation>
    </message>
    <message>
        <source>花名册已导出：{path}，共 {n} 人。</source>
        <translation>花名册已导出：{path}，共 {n} 人。</translation>
    </message>
    <message>
        <source>获奖名额：按比例如 10/20/30，固定名额如 1/3/6</source>
        <translation>获奖名额：按比例如 10/20/30，固定名额如 1/3/6</translation>
    </message>
    <message>
        <source>获奖方式：shares 按比例，counts 固定名额</source>
        <translation>获奖方式：shares 按比例，counts 固定名额</translation>
    </message>
    <message>
        <source>被复制的赛事编号</source>
        <translation>被复制的赛事编号</translation>
    </message>
    <message>
        <source>裁判</source>
        <translation>裁判</translation>
    </message>
    <message>
        <source>要修改的工种代码</source>
        <translation>要修改的工种代码</translation>
    </message>
    <message>
        <source>要导入的 .xlsx 文件</source>
        <translation>要导入的 .xlsx 文件</translation>
    </message>
    <message>
        <source>角色：{roles}</source>
        <translation>角色：{roles}</translation>
    </message>
    <message>
        <source>解除因输错密码造成的锁定</source>
        <translation>解除因输错密码造成的锁定</translation>
    </message>
    <message>
        <source>设置保留的自动备份份数（不做新备份）</source>
        <translation>设置保留的自动备份份数（不做新备份）</translation>
    </message>
    <message>
        <source>设置用户密码（管理员可设置任何人的密码）</source>
        <translation>设置用户密码（管理员可设置任何人的密码）</translation>
    </message>
    <message>
        <source>评分记录</source>
        <translation>评分记录</translation>
    </message>
    <message>
        <source>请给出一个用户名，或用 --off 关闭自动登录。</source>
        <translation>请给出一个用户名，或用 --off 关闭自动登录。</translation>
    </message>
    <message>
        <source>赛事</source>
        <translation>赛事</translation>
    </message>
    <message>
        <source>赛事全称</source>
        <translation>赛事全称</translation>
    </message>
    <message>
        <source>赛事编号</source>
        <translation>赛事编号</translation>
    </message>
    <message>
        <source>赛事编号（默认：当前赛事）</source>
        <translation>赛事编号（默认：当前赛事）</translation>
    </message>
    <message>
        <source>赛事：列出、查看、新建、修改、复制、归档</source>
        <translation>赛事：列出、查看、新建、修改、复制、归档</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>身份证号（性别、出生日期随之重新推算）</source>
        <translation>身份证号（性别、出生日期随之重新推算）</translation>
    </message>
    <message>
        <source>还没有用户：所有操作以本机账号的管理员身份进行。用“haihe-desk users add 用户名 --role admin”创建管理员。</source>
        <translation>还没有用户：所有操作以本机账号的管理员身份进行。用“haihe-desk users add 用户名 --role admin”创建管理员。</translation>
    </message>
    <message>
        <source>还没有赛事。</source>
        <translation>还没有赛事。</translation>
    </message>
    <message>
        <source>这是第一个用户：从现在起，命令行须用 --user 登录（密码从环境变量 HAIHE_DESK_PASSWORD 读取或在提示时输入）。</source>
        <translation>这是第一个用户：从现在起，命令行须用 --user 登录（密码从环境变量 HAIHE_DESK_PASSWORD 读取或在提示时输入）。</translation>
    </message>
    <message>
        <source>逐条校验审计日志的哈希链</source>
        <translation>逐条校验审计日志的哈希链</translation>
    </message>
    <message>
        <source>通讯录：查找、导入导出、vCard、打印</source>
        <translation>通讯录：查找、导入导出、vCard、打印</translation>
    </message>
    <message>
        <source>附上收到的文件并登记收到日期</source>
        <translation>附上收到的文件并登记收到日期</translation>
    </message>
    <message>
        <source>预览完毕（--dry-run），数据库未做修改。</source>
        <translation>预览完毕（--dry-run），数据库未做修改。</translation>
    </message>
    <message>
        <source>，所属工会：{u}</source>
        <translation>，所属工会：{u}</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>上级单位</source>
        <translation>上级单位</translation>
    </message>
    <message>
        <source>主办单位</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>允许破格</source>
        <translation>允许破格</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>参赛人数</source>
        <translation>参赛人数</translation>
    </message>
    <message>
        <source>合格线</source>
        <translation>合格线</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>团体赛</source>
        <translation>团体赛</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>场地地址</source>
        <translation>场地地址</translation>
    </message>
    <message>
        <source>场次</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>基层赛事名称</source>
        <translation>基层赛事名称</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>大赛办公室</source>
        <translation>大赛办公室</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>实操权重</source>
        <translation>实操权重</translation>
    </message>
    <message>
        <source>审核状态</source>
        <translation>审核状态</translation>
    </message>
    <message>
        <source>工会代码</source>
        <translation>工会代码</translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>工作单位/学校</source>
        <translation>工作单位/学校</translation>
    </message>
    <message>
        <source>工种</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>工种代码</source>
        <translation>工种代码</translation>
    </message>
    <message>
        <source>工种名称</source>
        <translation>工种名称</translation>
    </message>
    <message>
        <source>已加密</source>
        <translation>已加密</translation>
    </message>
    <message>
        <source>已检录</source>
        <translation>已检录</translation>
    </message>
    <message>
        <source>已确认</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>已确认选手</source>
        <translation>已确认选手</translation>
    </message>
    <message>
        <source>已评分</source>
        <translation>已评分</translation>
    </message>
    <message>
        <source>已评分（密号）</source>
        <translation>已评分（密号）</translation>
    </message>
    <message>
        <source>已锁定</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>并列名次规则</source>
        <translation>并列名次规则</translation>
    </message>
    <message>
        <source>应交日期</source>
        <translation>应交日期</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>待审</source>
        <translation>待审</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>所属工会</source>
        <translation>所属工会</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>承办单位</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>技能等级</source>
        <translation>技能等级</translation>
    </message>
    <message>
        <source>技能等级要求</source>
        <translation>技能等级要求</translation>
    </message>
    <message>
        <source>报名</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>报名截止</source>
        <translation>报名截止</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>收到日期</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>最大年龄</source>
        <translation>最大年龄</translation>
    </message>
    <message>
        <source>最小年龄</source>
        <translation>最小年龄</translation>
    </message>
    <message>
        <source>最少参赛人数</source>
        <translation>最少参赛人数</translation>
    </message>
    <message>
        <source>每队人数</source>
        <translation>每队人数</translation>
    </message>
    <message>
        <source>比赛场地</source>
        <translation>比赛场地</translation>
    </message>
    <message>
        <source>比赛日期</source>
        <translation>比赛日期</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>理论/实操</source>
        <translation>理论/实操</translation>
    </message>
    <message>
        <source>理论权重</source>
        <translation>理论权重</translation>
    </message>
    <message>
        <source>电子邮箱</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>破格原因</source>
        <translation>破格原因</translation>
    </message>
    <message>
        <source>简称</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>组别</source>
        <translation>组别</translation>
    </message>
    <message>
        <source>组委会成员</source>
        <translation>组委会成员</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>职责</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>获奖名额</source>
        <translation>获奖名额</translation>
    </message>
    <message>
        <source>补报原因</source>
        <translation>补报原因</translation>
    </message>
    <message>
        <source>裁判</source>
        <translation>裁判</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>赛事全称</source>
        <translation>赛事全称</translation>
    </message>
    <message>
        <source>赛事名称</source>
        <translation>赛事名称</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>退回</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>锁定</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>附件</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <source>  {field}：您要保存“{mine}”，数据库中现在是“{theirs}”</source>
        <translation>  {field}：您要保存“{mine}”，数据库中现在是“{theirs}”</translation>
    </message>
    <message>
        <source>{subject}在您打开之后已由 {user} 于 {at} 修改并保存；您的修改没有保存，请按数据库中现在的内容重新编辑后再保存。</source>
        <translation>{subject}在您打开之后已由 {user} 于 {at} 修改并保存；您的修改没有保存，请按数据库中现在的内容重新编辑后再保存。</translation>
    </message>
    <message>
        <source>{subject}在您打开之后已被别人修改并保存；您的修改没有保存，请按数据库中现在的内容重新编辑后再保存。</source>
        <translation>{subject}在您打开之后已被别人修改并保存；您的修改没有保存，请按数据库中现在的内容重新编辑后再保存。</translation>
    </message>
    <message>
        <source>否</source>
        <translation>否</translation>
    </message>
    <message>
        <source>是</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>下表对照您要保存的值和数据库中现在的值；标黄的是两边不同的字段。</source>
        <translation>下表对照您要保存的值和数据库中现在的值；标黄的是两边不同的字段。</translation>
    </message>
    <message>
        <source>保留我的修改，重新编辑</source>
        <translation>保留我的修改，重新编辑</translation>
    </message>
    <message>
        <source>别人已修改了这条记录</source>
        <translation>别人已修改了这条记录</translation>
    </message>
    <message>
        <source>复制我的修改</source>
        <translation>复制我的修改</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>已保留您的修改；再次保存将覆盖 {user} 的修改。</source>
        <translation>已保留您的修改；再次保存将覆盖 {user} 的修改。</translation>
    </message>
    <message>
        <source>已保留您的修改；再次保存将覆盖对方的修改。</source>
        <translation>已保留您的修改；再次保存将覆盖对方的修改。</translation>
    </message>
    <message>
        <source>已复制</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>已重新载入数据库中现在的内容；您的修改已放弃。</source>
        <translation>已重新载入数据库中现在的内容；您的修改已放弃。</translation>
    </message>
    <message>
        <source>您要保存的值</source>
        <translation>您要保存的值</translation>
    </message>
    <message>
        <source>把您要保存的值复制到剪贴板</source>
        <translation>把您要保存的值复制到剪贴板</translation>
    </message>
    <message>
        <source>放弃我的修改，重新载入</source>
        <translation>放弃我的修改，重新载入</translation>
    </message>
    <message>
        <source>数据库中现在的值</source>
        <translation>数据库中现在的值</translation>
    </message>
    <message>
        <source>编辑窗口保留您填写的内容；再次保存将覆盖对方的修改（记入审计日志）</source>
        <translation>编辑窗口保留您填写的内容；再次保存将覆盖对方的修改（记入审计日志）</translation>
    </message>
    <message>
        <source>编辑窗口改为显示数据库中现在的内容</source>
        <translation>编辑窗口改为显示数据库中现在的内容</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>删除所选电话</source>
        <translation>删除所选电话</translation>
    </message>
    <message>
        <source>单位：</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>号码</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>备注：</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>姓名：</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>工种：</source>
        <translation>工种：</translation>
    </message>
    <message>
        <source>新建联系人</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <source>添加电话</source>
        <translation>添加电话</translation>
    </message>
    <message>
        <source>电子邮箱：</source>
        <translation>电子邮箱：</translation>
    </message>
    <message>
        <source>电话：</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>编辑联系人</source>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <source>职责：</source>
        <translation>职责：</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>联系人</translation>
    </message>
</context>
<context>
    <name>ContactOps</name>
    <message>
        <source>正在写出模板…</source>
        <translation>正在写出模板…</translation>
    </message>
    <message>
        <source>正在导出 vCard…</source>
        <translation>正在导出 vCard…</translation>
    </message>
    <message>
        <source>正在导出联系人…</source>
        <translation>正在导出联系人…</translation>
    </message>
    <message>
        <source>正在生成通讯录 PDF…</source>
        <translation>正在生成通讯录 PDF…</translation>
    </message>
</context>
<context>
    <name>ContactSheet</name>
    <message>
        <source>“职责”从下拉列表中选择；留空视为“其他”。</source>
        <translation>“职责”从下拉列表中选择；留空视为“其他”。</translation>
    </message>
    <message>
        <source>一个格子里可以写几个电话，用顿号、分号或换行隔开；请把电话列设为文本格式。</source>
        <translation>一个格子里可以写几个电话，用顿号、分号或换行隔开；请把电话列设为文本格式。</translation>
    </message>
    <message>
        <source>不变</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>与第 {n} 行是同一单位的同名联系人；同一人请只写一行，电话可写在同一格</source>
        <translation>与第 {n} 行是同一单位的同名联系人；同一人请只写一行，电话可写在同一格</translation>
    </message>
    <message>
        <source>其他电话</source>
        <translation>其他电话</translation>
    </message>
    <message>
        <source>办公电话</source>
        <translation>办公电话</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>处理</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>姓名为空；请填写联系人姓名</source>
        <translation>姓名为空；请填写联系人姓名</translation>
    </message>
    <message>
        <source>姓名和单位都相同的联系人会被更新，其余新建。有问题的行写入检查报告；默认全部无误才导入，也可选择只导入无误的行。</source>
        <translation>姓名和单位都相同的联系人会被更新，其余新建。有问题的行写入检查报告；默认全部无误才导入，也可选择只导入无误的行。</translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>工种</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>座机</source>
        <translation>座机</translation>
    </message>
    <message>
        <source>所在单位</source>
        <translation>所在单位</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>手机号</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>新建</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>更新</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>每行一位联系人。第 2 行是示例，导入前请删除或改写。“姓名”必填。</source>
        <translation>每行一位联系人。第 2 行是示例，导入前请删除或改写。“姓名”必填。</translation>
    </message>
    <message>
        <source>海河工匠杯 技能大赛办公室</source>
        <translation>海河工匠杯 技能大赛办公室</translation>
    </message>
    <message>
        <source>电子邮箱</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>电子邮箱/备注</source>
        <translation>电子邮箱/备注</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>移动电话</source>
        <translation>移动电话</translation>
    </message>
    <message>
        <source>竞赛项目</source>
        <translation>竞赛项目</translation>
    </message>
    <message>
        <source>第 {row} 行：新建“{name}”</source>
        <translation>第 {row} 行：新建“{name}”</translation>
    </message>
    <message>
        <source>第 {row} 行：更新“{name}”</source>
        <translation>第 {row} 行：更新“{name}”</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>职责</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>职责无效；请从下拉列表中选择</source>
        <translation>职责无效；请从下拉列表中选择</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>通讯录</source>
        <translation>通讯录</translation>
    </message>
    <message>
        <source>邮箱</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>项目</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <source>。请改正后再保存。</source>
        <translation>。请改正后再保存。</translation>
    </message>
    <message>
        <source>姓名不能为空</source>
        <translation>姓名不能为空</translation>
    </message>
    <message>
        <source>找不到这位联系人；可能已被删除，请刷新后再试。</source>
        <translation>找不到这位联系人；可能已被删除，请刷新后再试。</translation>
    </message>
    <message>
        <source>无法写入文件 {path}：{err}；请换一个位置保存。</source>
        <translation>无法写入文件 {path}：{err}；请换一个位置保存。</translation>
    </message>
    <message>
        <source>电子邮箱“{e}”格式不对，应类似 name@example.com</source>
        <translation>电子邮箱“{e}”格式不对，应类似 name@example.com</translation>
    </message>
    <message>
        <source>电话类型“{k}”无效</source>
        <translation>电话类型“{k}”无效</translation>
    </message>
    <message>
        <source>职责“{r}”无效</source>
        <translation>职责“{r}”无效</translation>
    </message>
    <message>
        <source>联系人“{name}”</source>
        <translation>联系人“{name}”</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>vCard 名片 (*.vcf)</source>
        <translation>vCard 名片 (*.vcf)</translation>
    </message>
    <message>
        <source>下载联系人导入模板</source>
        <translation>下载联系人导入模板</translation>
    </message>
    <message>
        <source>下载联系人导入模板…</source>
        <translation>下载联系人导入模板…</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>删除联系人</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <source>发邮件</source>
        <translation>发邮件</translation>
    </message>
    <message>
        <source>复制{kind} {n}</source>
        <translation>复制{kind} {n}</translation>
    </message>
    <message>
        <source>复制所选联系人的电子邮箱</source>
        <translation>复制所选联系人的电子邮箱</translation>
    </message>
    <message>
        <source>复制所选联系人的电话（Ctrl+Shift+C）</source>
        <translation>复制所选联系人的电话（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>复制电话</source>
        <translation>复制电话</translation>
    </message>
    <message>
        <source>复制邮箱</source>
        <translation>复制邮箱</translation>
    </message>
    <message>
        <source>复制邮箱 {e}</source>
        <translation>复制邮箱 {e}</translation>
    </message>
    <message>
        <source>导入/导出</source>
        <translation>导入/导出</translation>
    </message>
    <message>
        <source>导入完成：新建或更新 {w} 位，未变 {u} 位。</source>
        <translation>导入完成：新建或更新 {w} 位，未变 {u} 位。</translation>
    </message>
    <message>
        <source>导入联系人（xlsx）…</source>
        <translation>导入联系人（xlsx）…</translation>
    </message>
    <message>
        <source>导出到手机（vCard）</source>
        <translation>导出到手机（vCard）</translation>
    </message>
    <message>
        <source>导出到手机（vCard）…</source>
        <translation>导出到手机（vCard）…</translation>
    </message>
    <message>
        <source>导出联系人</source>
        <translation>导出联系人</translation>
    </message>
    <message>
        <source>导出联系人（xlsx）…</source>
        <translation>导出联系人（xlsx）…</translation>
    </message>
    <message>
        <source>工种：</source>
        <translation>工种：</translation>
    </message>
    <message>
        <source>已写出导入模板：{p}</source>
        <translation>已写出导入模板：{p}</translation>
    </message>
    <message>
        <source>已删除 {n} 位联系人。</source>
        <translation>已删除 {n} 位联系人。</translation>
    </message>
    <message>
        <source>已复制电话：{t}</source>
        <translation>已复制电话：{t}</translation>
    </message>
    <message>
        <source>已复制邮箱：{t}</source>
        <translation>已复制邮箱：{t}</translation>
    </message>
    <message>
        <source>已复制：{t}</source>
        <translation>已复制：{t}</translation>
    </message>
    <message>
        <source>已导出 {n} 位联系人到 {p}</source>
        <translation>已导出 {n} 位联系人到 {p}</translation>
    </message>
    <message>
        <source>已导出 {n} 张名片到 {p}</source>
        <translation>已导出 {n} 张名片到 {p}</translation>
    </message>
    <message>
        <source>已生成通讯录 PDF（{n} 页）：{p}</source>
        <translation>已生成通讯录 PDF（{n} 页）：{p}</translation>
    </message>
    <message>
        <source>所选联系人没有电子邮箱。</source>
        <translation>所选联系人没有电子邮箱。</translation>
    </message>
    <message>
        <source>打印通讯录</source>
        <translation>打印通讯录</translation>
    </message>
    <message>
        <source>打印通讯录…</source>
        <translation>打印通讯录…</translation>
    </message>
    <message>
        <source>把当前列表打印成 PDF</source>
        <translation>把当前列表打印成 PDF</translation>
    </message>
    <message>
        <source>搜索姓名、拼音首字母、电话、单位……</source>
        <translation>搜索姓名、拼音首字母、电话、单位……</translation>
    </message>
    <message>
        <source>新建联系人</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <source>新建联系人…</source>
        <translation>新建联系人…</translation>
    </message>
    <message>
        <source>无法删除</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <source>无法编辑</source>
        <translation>无法编辑</translation>
    </message>
    <message>
        <source>海河工匠杯</source>
        <translation>海河工匠杯</translation>
    </message>
    <message>
        <source>用邮件程序给所选联系人写信（也可单击表中的邮箱）</source>
        <translation>用邮件程序给所选联系人写信（也可单击表中的邮箱）</translation>
    </message>
    <message>
        <source>确定删除所选的 {n} 位联系人吗？此操作会记入审计日志。</source>
        <translation>确定删除所选的 {n} 位联系人吗？此操作会记入审计日志。</translation>
    </message>
    <message>
        <source>给 {e} 写邮件</source>
        <translation>给 {e} 写邮件</translation>
    </message>
    <message>
        <source>编辑</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>职责：</source>
        <translation>职责：</translation>
    </message>
    <message>
        <source>联系人导入模板.xlsx</source>
        <translation>联系人导入模板.xlsx</translation>
    </message>
    <message>
        <source>请先在表中选择一位联系人。</source>
        <translation>请先在表中选择一位联系人。</translation>
    </message>
    <message>
        <source>请先在表中选择要删除的联系人。</source>
        <translation>请先在表中选择要删除的联系人。</translation>
    </message>
    <message>
        <source>通讯录.pdf</source>
        <translation>通讯录.pdf</translation>
    </message>
    <message>
        <source>通讯录.vcf</source>
        <translation>通讯录.vcf</translation>
    </message>
    <message>
        <source>通讯录.xlsx</source>
        <translation>通讯录.xlsx</translation>
    </message>
</context>
<context>
    <name>ContestCopyDialog</name>
    <message>
        <source>以 {y} 年赛事“{name}”（{n} 个工种）为底新建赛事。</source>
        <translation>以 {y} 年赛事“{name}”（{n} 个工种）为底新建赛事。</translation>
    </message>
    <message>
        <source>复制后设为当前赛事</source>
        <translation>复制后设为当前赛事</translation>
    </message>
    <message>
        <source>复制赛事</source>
        <translation>复制赛事</translation>
    </message>
    <message>
        <source>将复制：工种及其全部设置（组别、级别、权重、合格线、获奖规则、并列名次规则等）、承办单位和场次，日期顺延相应年数。
不复制：报名、裁判、成绩、组委会人员、联系人和基层备案。</source>
        <translation>将复制：工种及其全部设置（组别、级别、权重、合格线、获奖规则、并列名次规则等）、承办单位和场次，日期顺延相应年数。
不复制：报名、裁判、成绩、组委会人员、联系人和基层备案。</translation>
    </message>
    <message>
        <source>新赛事全称：</source>
        <translation>新赛事全称：</translation>
    </message>
    <message>
        <source>新赛事年度：</source>
        <translation>新赛事年度：</translation>
    </message>
    <message>
        <source>简称：</source>
        <translation>简称：</translation>
    </message>
    <message>
        <source>请填写新赛事的全称。</source>
        <translation>请填写新赛事的全称。</translation>
    </message>
</context>
<context>
    <name>ContestDialog</name>
    <message>
        <source>上移</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>主办单位：</source>
        <translation>主办单位：</translation>
    </message>
    <message>
        <source>例如 2021年“海河工匠杯”技能大赛</source>
        <translation>例如 2021年“海河工匠杯”技能大赛</translation>
    </message>
    <message>
        <source>例如 2021年天津市职工职业技能大赛</source>
        <translation>例如 2021年天津市职工职业技能大赛</translation>
    </message>
    <message>
        <source>例如 天津市总工会</source>
        <translation>例如 天津市总工会</translation>
    </message>
    <message>
        <source>例如 津工通〔2021〕12号</source>
        <translation>例如 津工通〔2021〕12号</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>备注：</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>大赛办公室：</source>
        <translation>大赛办公室：</translation>
    </message>
    <message>
        <source>天津市总工会</source>
        <translation>天津市总工会</translation>
    </message>
    <message>
        <source>年度：</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>技能大赛办公室</source>
        <translation>技能大赛办公室</translation>
    </message>
    <message>
        <source>技能大赛办公室及其所在部门</source>
        <translation>技能大赛办公室及其所在部门</translation>
    </message>
    <message>
        <source>报名截止：</source>
        <translation>报名截止：</translation>
    </message>
    <message>
        <source>文号：</source>
        <translation>文号：</translation>
    </message>
    <message>
        <source>新建赛事</source>
        <translation>新建赛事</translation>
    </message>
    <message>
        <source>未定</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>添加成员</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>状态：</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>简称：</source>
        <translation>简称：</translation>
    </message>
    <message>
        <source>组织委员会（主任、副主任、成员及其职务）</source>
        <translation>组织委员会（主任、副主任、成员及其职务）</translation>
    </message>
    <message>
        <source>编辑赛事：{name}</source>
        <translation>编辑赛事：{name}</translation>
    </message>
    <message>
        <source>至</source>
        <translation>至</translation>
    </message>
    <message>
        <source>赛事全称：</source>
        <translation>赛事全称：</translation>
    </message>
    <message>
        <source>赛事日期：</source>
        <translation>赛事日期：</translation>
    </message>
    <message>
        <source>赛事设置</source>
        <translation>赛事设置</translation>
    </message>
</context>
<context>
    <name>ContestRules</name>
    <message>
        <source>{lvl}名额“{v}”必须是不小于 0 的整数。</source>
        <translation>{lvl}名额“{v}”必须是不小于 0 的整数。</translation>
    </message>
    <message>
        <source>{lvl}比例“{v}”不是有效的数。</source>
        <translation>{lvl}比例“{v}”不是有效的数。</translation>
    </message>
    <message>
        <source>{lvl}比例“{v}”应在 0% 到 100% 之间。</source>
        <translation>{lvl}比例“{v}”应在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <source>{what}的结束日期 {e} 早于开始日期 {s}，请改正。</source>
        <translation>{what}的结束日期 {e} 早于开始日期 {s}，请改正。</translation>
    </message>
    <message>
        <source>“{f}”在成绩锁定后不能修改；请先由裁判长解除锁定。</source>
        <translation>“{f}”在成绩锁定后不能修改；请先由裁判长解除锁定。</translation>
    </message>
    <message>
        <source>“{v}”不是有效的百分比，请填写 0 到 100 之间的数。</source>
        <translation>“{v}”不是有效的百分比，请填写 0 到 100 之间的数。</translation>
    </message>
    <message>
        <source>一等奖</source>
        <translation>一等奖</translation>
    </message>
    <message>
        <source>三等奖</source>
        <translation>三等奖</translation>
    </message>
    <message>
        <source>二等奖</source>
        <translation>二等奖</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>优秀奖</source>
        <translation>优秀奖</translation>
    </message>
    <message>
        <source>允许破格</source>
        <translation>允许破格</translation>
    </message>
    <message>
        <source>单人/团体</source>
        <translation>单人/团体</translation>
    </message>
    <message>
        <source>单人项目每队人数应为 1。</source>
        <translation>单人项目每队人数应为 1。</translation>
    </message>
    <message>
        <source>取整方式“{r}”无效，应为向下取整、四舍五入或向上取整。</source>
        <translation>取整方式“{r}”无效，应为向下取整、四舍五入或向上取整。</translation>
    </message>
    <message>
        <source>各奖项比例之和为 {s}%，超过了 100%。</source>
        <translation>各奖项比例之和为 {s}%，超过了 100%。</translation>
    </message>
    <message>
        <source>合格线</source>
        <translation>合格线</translation>
    </message>
    <message>
        <source>合格线 {v} 超出范围，请填写 0 到 100 之间的分数。</source>
        <translation>合格线 {v} 超出范围，请填写 0 到 100 之间的分数。</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>向上取整</source>
        <translation>向上取整</translation>
    </message>
    <message>
        <source>向下取整</source>
        <translation>向下取整</translation>
    </message>
    <message>
        <source>四舍五入</source>
        <translation>四舍五入</translation>
    </message>
    <message>
        <source>团体项目每队至少 2 人，请改正每队人数。</source>
        <translation>团体项目每队至少 2 人，请改正每队人数。</translation>
    </message>
    <message>
        <source>固定名额</source>
        <translation>固定名额</translation>
    </message>
    <message>
        <source>固定名额“{v}”必须是不小于 0 的整数。</source>
        <translation>固定名额“{v}”必须是不小于 0 的整数。</translation>
    </message>
    <message>
        <source>场地地址</source>
        <translation>场地地址</translation>
    </message>
    <message>
        <source>场次</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>备案</source>
        <translation>备案</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>实操成绩高者在前</source>
        <translation>实操成绩高者在前</translation>
    </message>
    <message>
        <source>实操权重</source>
        <translation>实操权重</translation>
    </message>
    <message>
        <source>已收到</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>已有 {n} 人报名，不能再修改“{f}”；请改为调整这些报名。</source>
        <translation>已有 {n} 人报名，不能再修改“{f}”；请改为调整这些报名。</translation>
    </message>
    <message>
        <source>已有 {n} 人报名，修改“{f}”必须填写修改原因。</source>
        <translation>已有 {n} 人报名，修改“{f}”必须填写修改原因。</translation>
    </message>
    <message>
        <source>已有评分记录，修改“{f}”会改变成绩含义，必须填写修改原因。</source>
        <translation>已有评分记录，修改“{f}”会改变成绩含义，必须填写修改原因。</translation>
    </message>
    <message>
        <source>年龄范围 {a}–{b} 岁不合理，请填写 14 到 70 岁之间。</source>
        <translation>年龄范围 {a}–{b} 岁不合理，请填写 14 到 70 岁之间。</translation>
    </message>
    <message>
        <source>并列名次规则</source>
        <translation>并列名次规则</translation>
    </message>
    <message>
        <source>并列名次规则不能为空，至少要有“总成绩”。</source>
        <translation>并列名次规则不能为空，至少要有“总成绩”。</translation>
    </message>
    <message>
        <source>并列名次规则中的“{k}”无效，可用：{keys}。</source>
        <translation>并列名次规则中的“{k}”无效，可用：{keys}。</translation>
    </message>
    <message>
        <source>并列名次规则中的“{k}”重复出现。</source>
        <translation>并列名次规则中的“{k}”重复出现。</translation>
    </message>
    <message>
        <source>并列名次规则必须以总成绩（total）开头。</source>
        <translation>并列名次规则必须以总成绩（total）开头。</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>总成绩高者在前</source>
        <translation>总成绩高者在前</translation>
    </message>
    <message>
        <source>总结</source>
        <translation>总结</translation>
    </message>
    <message>
        <source>承办单位</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>技能等级要求</source>
        <translation>技能等级要求</translation>
    </message>
    <message>
        <source>报名截止</source>
        <translation>报名截止</translation>
    </message>
    <message>
        <source>按参赛人数比例</source>
        <translation>按参赛人数比例</translation>
    </message>
    <message>
        <source>最大年龄</source>
        <translation>最大年龄</translation>
    </message>
    <message>
        <source>最小年龄</source>
        <translation>最小年龄</translation>
    </message>
    <message>
        <source>最小年龄 {a} 岁大于最大年龄 {b} 岁，请对调或改正。</source>
        <translation>最小年龄 {a} 岁大于最大年龄 {b} 岁，请对调或改正。</translation>
    </message>
    <message>
        <source>最少参赛人数</source>
        <translation>最少参赛人数</translation>
    </message>
    <message>
        <source>最少参赛人数必须至少为 1。</source>
        <translation>最少参赛人数必须至少为 1。</translation>
    </message>
    <message>
        <source>未到期</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>每队人数</source>
        <translation>每队人数</translation>
    </message>
    <message>
        <source>比赛场地</source>
        <translation>比赛场地</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>理论和实操权重不能为负数。</source>
        <translation>理论和实操权重不能为负数。</translation>
    </message>
    <message>
        <source>理论成绩高者在前</source>
        <translation>理论成绩高者在前</translation>
    </message>
    <message>
        <source>理论权重</source>
        <translation>理论权重</translation>
    </message>
    <message>
        <source>理论权重 {t}% 与实操权重 {p}% 之和为 {s}%，必须正好等于 100%。</source>
        <translation>理论权重 {t}% 与实操权重 {p}% 之和为 {s}%，必须正好等于 100%。</translation>
    </message>
    <message>
        <source>用时短者在前</source>
        <translation>用时短者在前</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>组别</source>
        <translation>组别</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>获奖名额“{v}”格式不对：请按 一等/二等/三等[/优秀奖] 的顺序用“/”分隔，例如 10/20/30 或 1/3/6。</source>
        <translation>获奖名额“{v}”格式不对：请按 一等/二等/三等[/优秀奖] 的顺序用“/”分隔，例如 10/20/30 或 1/3/6。</translation>
    </message>
    <message>
        <source>获奖规则</source>
        <translation>获奖规则</translation>
    </message>
    <message>
        <source>获奖规则方式“{m}”无效，应为“按参赛人数比例”或“固定名额”。</source>
        <translation>获奖规则方式“{m}”无效，应为“按参赛人数比例”或“固定名额”。</translation>
    </message>
    <message>
        <source>获奖规则至少要有一等奖的名额或比例。</source>
        <translation>获奖规则至少要有一等奖的名额或比例。</translation>
    </message>
    <message>
        <source>请填写百分比。</source>
        <translation>请填写百分比。</translation>
    </message>
    <message>
        <source>逾期收到</source>
        <translation>逾期收到</translation>
    </message>
    <message>
        <source>逾期未交</source>
        <translation>逾期未交</translation>
    </message>
    <message>
        <source>（{r}）</source>
        <translation>（{r}）</translation>
    </message>
</context>
<context>
    <name>Contests</name>
    <message>
        <source> 至 {end}</source>
        <translation> 至 {end}</translation>
    </message>
    <message>
        <source>不足 {n} 人，可能取消</source>
        <translation>不足 {n} 人，可能取消</translation>
    </message>
    <message>
        <source>复制自 {y} 年赛事“{n}”。</source>
        <translation>复制自 {y} 年赛事“{n}”。</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>已归档</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>年度 {y} 不合理，请填写四位年份。</source>
        <translation>年度 {y} 不合理，请填写四位年份。</translation>
    </message>
    <message>
        <source>报名截止日期 {d} 晚于赛事结束日期 {e}，请改正。</source>
        <translation>报名截止日期 {d} 晚于赛事结束日期 {e}，请改正。</translation>
    </message>
    <message>
        <source>监审委员会</source>
        <translation>监审委员会</translation>
    </message>
    <message>
        <source>筹备中</source>
        <translation>筹备中</translation>
    </message>
    <message>
        <source>组委会第 {i} 行没有姓名，请填写或删除该行。</source>
        <translation>组委会第 {i} 行没有姓名，请填写或删除该行。</translation>
    </message>
    <message>
        <source>组委会第 {i} 行的机构“{b}”无效。</source>
        <translation>组委会第 {i} 行的机构“{b}”无效。</translation>
    </message>
    <message>
        <source>组委会第 {i} 行的职务“{r}”无效，应为主任、副主任或成员。</source>
        <translation>组委会第 {i} 行的职务“{r}”无效，应为主任、副主任或成员。</translation>
    </message>
    <message>
        <source>组织委员会</source>
        <translation>组织委员会</translation>
    </message>
    <message>
        <source>评判委员会</source>
        <translation>评判委员会</translation>
    </message>
    <message>
        <source>请填写赛事名称。</source>
        <translation>请填写赛事名称。</translation>
    </message>
    <message>
        <source>赛事</source>
        <translation>赛事</translation>
    </message>
    <message>
        <source>赛事“{n}”</source>
        <translation>赛事“{n}”</translation>
    </message>
    <message>
        <source>赛事“{n}”已归档，不能修改；如需修改，请先取消归档。</source>
        <translation>赛事“{n}”已归档，不能修改；如需修改，请先取消归档。</translation>
    </message>
    <message>
        <source>赛事“{n}”已经归档。</source>
        <translation>赛事“{n}”已经归档。</translation>
    </message>
    <message>
        <source>赛事“{n}”没有归档。</source>
        <translation>赛事“{n}”没有归档。</translation>
    </message>
    <message>
        <source>赛事名称太长，最多 200 个字。</source>
        <translation>赛事名称太长，最多 200 个字。</translation>
    </message>
    <message>
        <source>赛事状态“{s}”无效。</source>
        <translation>赛事状态“{s}”无效。</translation>
    </message>
    <message>
        <source>赛事（编号 {i}）不存在；运行 “haihe-desk contests list” 查看编号。</source>
        <translation>赛事（编号 {i}）不存在；运行 “haihe-desk contests list” 查看编号。</translation>
    </message>
    <message>
        <source>进行中</source>
        <translation>进行中</translation>
    </message>
</context>
<context>
    <name>ContestsTab</name>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>{code} {name}&#x3000;{group}&#x3000;{level}&#x3000;{team}&#x3000;年龄 {a}–{b} 岁&#x3000;等级要求：{grade}{exc}&#x3000;报名截止：{dl}</source>
        <translation>{code} {name}&#x3000;{group}&#x3000;{level}&#x3000;{team}&#x3000;年龄 {a}–{b} 岁&#x3000;等级要求：{grade}{exc}&#x3000;报名截止：{dl}</translation>
    </message>
    <message>
        <source>{name}
文号：{doc}&#x3000;主办：{org}&#x3000;报名截止：{deadline}&#x3000;{office}</source>
        <translation>{name}
文号：{doc}&#x3000;主办：{org}&#x3000;报名截止：{deadline}&#x3000;{office}</translation>
    </message>
    <message>
        <source>下载模板…</source>
        <translation>下载模板…</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>从 Excel 工种列表导入；有错误时不导入并生成报告</source>
        <translation>从 Excel 工种列表导入；有错误时不导入并生成报告</translation>
    </message>
    <message>
        <source>以所选赛事为底新建下一年度赛事：复制工种、规则、承办单位和场次，不复制人员</source>
        <translation>以所选赛事为底新建下一年度赛事：复制工种、规则、承办单位和场次，不复制人员</translation>
    </message>
    <message>
        <source>保存工种列表导入模板</source>
        <translation>保存工种列表导入模板</translation>
    </message>
    <message>
        <source>保存工种列表模板</source>
        <translation>保存工种列表模板</translation>
    </message>
    <message>
        <source>修改所选工种的设置（也可双击该行）</source>
        <translation>修改所选工种的设置（也可双击该行）</translation>
    </message>
    <message>
        <source>修改赛事名称、文号、日期、组委会等</source>
        <translation>修改赛事名称、文号、日期、组委会等</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>删除工种</source>
        <translation>删除工种</translation>
    </message>
    <message>
        <source>删除工种“{t}”及其场次？删除后不能恢复（审计日志中保留其设置）。</source>
        <translation>删除工种“{t}”及其场次？删除后不能恢复（审计日志中保留其设置）。</translation>
    </message>
    <message>
        <source>删除误建的工种（已有报名、评分或裁判的工种不能删除，可把状态改为“已取消”）</source>
        <translation>删除误建的工种（已有报名、评分或裁判的工种不能删除，可把状态改为“已取消”）</translation>
    </message>
    <message>
        <source>单人</source>
        <translation>单人</translation>
    </message>
    <message>
        <source>取消归档</source>
        <translation>取消归档</translation>
    </message>
    <message>
        <source>团体（每队 {n} 人）</source>
        <translation>团体（每队 {n} 人）</translation>
    </message>
    <message>
        <source>在当前赛事中新增一个工种（竞赛项目）</source>
        <translation>在当前赛事中新增一个工种（竞赛项目）</translation>
    </message>
    <message>
        <source>基层备案…</source>
        <translation>基层备案…</translation>
    </message>
    <message>
        <source>基层职工职业技能大赛的备案和总结登记</source>
        <translation>基层职工职业技能大赛的备案和总结登记</translation>
    </message>
    <message>
        <source>复制赛事…</source>
        <translation>复制赛事…</translation>
    </message>
    <message>
        <source>导入工种…</source>
        <translation>导入工种…</translation>
    </message>
    <message>
        <source>工种列表模板.xlsx</source>
        <translation>工种列表模板.xlsx</translation>
    </message>
    <message>
        <source>已保存模板：{file}</source>
        <translation>已保存模板：{file}</translation>
    </message>
    <message>
        <source>已删除工种 {t}</source>
        <translation>已删除工种 {t}</translation>
    </message>
    <message>
        <source>已导入工种列表：{w} 个工种新增或更新，{u} 个没有变化。</source>
        <translation>已导入工种列表：{w} 个工种新增或更新，{u} 个没有变化。</translation>
    </message>
    <message>
        <source>归档</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>归档“{name}”后，它的工种和设置只能查看、不能修改（可以随时取消归档）。确定归档吗？</source>
        <translation>归档“{name}”后，它的工种和设置只能查看、不能修改（可以随时取消归档）。确定归档吗？</translation>
    </message>
    <message>
        <source>归档所选赛事（归档后只读）；对已归档赛事则取消归档</source>
        <translation>归档所选赛事（归档后只读）；对已归档赛事则取消归档</translation>
    </message>
    <message>
        <source>归档赛事</source>
        <translation>归档赛事</translation>
    </message>
    <message>
        <source>报名 {r}：待审核 {s}、工会已审核 {u}、已确认 {c}、退回 {ret}、不予通过 {rej}、弃权 {w}；已检录 {ci}；已评分 {sc}；锁定：{lk}</source>
        <translation>报名 {r}：待审核 {s}、工会已审核 {u}、已确认 {c}、退回 {ret}、不予通过 {rej}、弃权 {w}；已检录 {ci}；已评分 {sc}；锁定：{lk}</translation>
    </message>
    <message>
        <source>搜索工种代码、名称、承办单位……</source>
        <translation>搜索工种代码、名称、承办单位……</translation>
    </message>
    <message>
        <source>新增工种…</source>
        <translation>新增工种…</translation>
    </message>
    <message>
        <source>新建一个空白赛事</source>
        <translation>新建一个空白赛事</translation>
    </message>
    <message>
        <source>新建赛事…</source>
        <translation>新建赛事…</translation>
    </message>
    <message>
        <source>无</source>
        <translation>无</translation>
    </message>
    <message>
        <source>无法完成</source>
        <translation>无法完成</translation>
    </message>
    <message>
        <source>本赛事已归档，只能查看；如需修改，请先点击“取消归档”。</source>
        <translation>本赛事已归档，只能查看；如需修改，请先点击“取消归档”。</translation>
    </message>
    <message>
        <source>理论 {t}% / 实操 {p}%&#x3000;合格线 {pl}&#x3000;{award}&#x3000;并列：{tie}&#x3000;场次 {n} 个</source>
        <translation>理论 {t}% / 实操 {p}%&#x3000;合格线 {pl}&#x3000;{award}&#x3000;并列：{tie}&#x3000;场次 {n} 个</translation>
    </message>
    <message>
        <source>组别：</source>
        <translation>组别：</translation>
    </message>
    <message>
        <source>组委会：</source>
        <translation>组委会：</translation>
    </message>
    <message>
        <source>编辑工种…</source>
        <translation>编辑工种…</translation>
    </message>
    <message>
        <source>编辑赛事…</source>
        <translation>编辑赛事…</translation>
    </message>
    <message>
        <source>请先在列表中选中一个工种。</source>
        <translation>请先在列表中选中一个工种。</translation>
    </message>
    <message>
        <source>赛事：</source>
        <translation>赛事：</translation>
    </message>
    <message>
        <source>还没有赛事。请点击“新建赛事”，或在“文件”菜单中创建演示赛事。</source>
        <translation>还没有赛事。请点击“新建赛事”，或在“文件”菜单中创建演示赛事。</translation>
    </message>
    <message>
        <source>选中一个工种可在此查看其全部设置；双击可编辑。</source>
        <translation>选中一个工种可在此查看其全部设置；双击可编辑。</translation>
    </message>
    <message>
        <source>选择工种列表</source>
        <translation>选择工种列表</translation>
    </message>
    <message>
        <source>选择要查看的赛事</source>
        <translation>选择要查看的赛事</translation>
    </message>
    <message>
        <source>（允许破格）</source>
        <translation>（允许破格）</translation>
    </message>
    <message>
        <source>（已归档）</source>
        <translation>（已归档）</translation>
    </message>
</context>
<context>
    <name>Db</name>
    <message>
        <source>不能把 SQLite 数据库放在网络共享路径上（{path}）：网络文件系统上的 WAL 日志不安全，多台电脑同时使用会损坏数据。多台电脑请共用一台 PostgreSQL 服务器。</source>
        <translation>不能把 SQLite 数据库放在网络共享路径上（{path}）：网络文件系统上的 WAL 日志不安全，多台电脑同时使用会损坏数据。多台电脑请共用一台 PostgreSQL 服务器。</translation>
    </message>
    <message>
        <source>数据库 {db} 的结构版本（{rev}）比本程序新，可能是用更新版本的程序创建的；未做任何修改。请升级本程序后再打开。</source>
        <translation>数据库 {db} 的结构版本（{rev}）比本程序新，可能是用更新版本的程序创建的；未做任何修改。请升级本程序后再打开。</translation>
    </message>
    <message>
        <source>数据库地址无法识别：{url}</source>
        <translation>数据库地址无法识别：{url}</translation>
    </message>
    <message>
        <source>无法打开数据库 {db}：{err}</source>
        <translation>无法打开数据库 {db}：{err}</translation>
    </message>
    <message>
        <source>无法打开数据库 {db}：这个文件不是海河工匠杯大赛系统的数据库，未做任何修改。</source>
        <translation>无法打开数据库 {db}：这个文件不是海河工匠杯大赛系统的数据库，未做任何修改。</translation>
    </message>
    <message>
        <source>程序安装不完整：缺少数据库结构文件（迁移脚本 {rev}），数据库未做任何修改。请重新安装本程序。</source>
        <translation>程序安装不完整：缺少数据库结构文件（迁移脚本 {rev}），数据库未做任何修改。请重新安装本程序。</translation>
    </message>
    <message>
        <source>要保存的记录在您打开之后已被别人修改；您的修改没有保存。请重新载入后再修改。</source>
        <translation>要保存的记录在您打开之后已被别人修改；您的修改没有保存。请重新载入后再修改。</translation>
    </message>
    <message>
        <source>这个数据库不是海河工匠杯大赛系统的数据库（没有版本信息），未做任何修改：{db}</source>
        <translation>这个数据库不是海河工匠杯大赛系统的数据库（没有版本信息），未做任何修改：{db}</translation>
    </message>
</context>
<context>
    <name>Decimals</name>
    <message>
        <source>不是有效的数字：{v}</source>
        <translation>不是有效的数字：{v}</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>数据库里已有赛事，不能再创建演示赛事；请使用一个新的数据库文件。</source>
        <translation>数据库里已有赛事，不能再创建演示赛事；请使用一个新的数据库文件。</translation>
    </message>
</context>
<context>
    <name>FilingDialog</name>
    <message>
        <source>例如 2021年河西区职工数控车工技能竞赛</source>
        <translation>例如 2021年河西区职工数控车工技能竞赛</translation>
    </message>
    <message>
        <source>例如 数控车工</source>
        <translation>例如 数控车工</translation>
    </message>
    <message>
        <source>单位：</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>参赛人数：</source>
        <translation>参赛人数：</translation>
    </message>
    <message>
        <source>基层备案登记</source>
        <translation>基层备案登记</translation>
    </message>
    <message>
        <source>基层赛事名称：</source>
        <translation>基层赛事名称：</translation>
    </message>
    <message>
        <source>备注：</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>工种：</source>
        <translation>工种：</translation>
    </message>
    <message>
        <source>应交日期：</source>
        <translation>应交日期：</translation>
    </message>
    <message>
        <source>收到日期：</source>
        <translation>收到日期：</translation>
    </message>
    <message>
        <source>未填</source>
        <translation>未填</translation>
    </message>
    <message>
        <source>比赛日期：</source>
        <translation>比赛日期：</translation>
    </message>
    <message>
        <source>登记基层备案或总结</source>
        <translation>登记基层备案或总结</translation>
    </message>
    <message>
        <source>类别：</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>编辑备案登记</source>
        <translation>编辑备案登记</translation>
    </message>
    <message>
        <source>至</source>
        <translation>至</translation>
    </message>
    <message>
        <source>请选择提交备案的单位。</source>
        <translation>请选择提交备案的单位。</translation>
    </message>
    <message>
        <source>选择收到的文件</source>
        <translation>选择收到的文件</translation>
    </message>
    <message>
        <source>选择收到的文件……</source>
        <translation>选择收到的文件……</translation>
    </message>
    <message>
        <source>附件：</source>
        <translation>附件：</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>FilingRegisterDialog</name>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>为各区/局/集团工会登记应交项目……</source>
        <translation>为各区/局/集团工会登记应交项目……</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>共 {n} 条</source>
        <translation>共 {n} 条</translation>
    </message>
    <message>
        <source>区总工会、局工会、集团公司工会及已登记单位的备案、总结情况。“未登记”表示登记表中还没有该单位的这一项。</source>
        <translation>区总工会、局工会、集团公司工会及已登记单位的备案、总结情况。“未登记”表示登记表中还没有该单位的这一项。</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>单位情况</source>
        <translation>单位情况</translation>
    </message>
    <message>
        <source>单位类型</source>
        <translation>单位类型</translation>
    </message>
    <message>
        <source>基层备案登记表.xlsx</source>
        <translation>基层备案登记表.xlsx</translation>
    </message>
    <message>
        <source>基层职工职业技能大赛 备案与总结</source>
        <translation>基层职工职业技能大赛 备案与总结</translation>
    </message>
    <message>
        <source>备案</source>
        <translation>备案</translation>
    </message>
    <message>
        <source>导出登记表</source>
        <translation>导出登记表</translation>
    </message>
    <message>
        <source>导出登记表……</source>
        <translation>导出登记表……</translation>
    </message>
    <message>
        <source>已为 {n} 个单位登记应交项目。</source>
        <translation>已为 {n} 个单位登记应交项目。</translation>
    </message>
    <message>
        <source>已导出：{file}</source>
        <translation>已导出：{file}</translation>
    </message>
    <message>
        <source>已收到 {a} 份（其中逾期收到 {b} 份）；逾期未交 {c} 份；未到期 {d} 份。</source>
        <translation>已收到 {a} 份（其中逾期收到 {b} 份）；逾期未交 {c} 份；未到期 {d} 份。</translation>
    </message>
    <message>
        <source>应交日期（例如 2021-09-30）：</source>
        <translation>应交日期（例如 2021-09-30）：</translation>
    </message>
    <message>
        <source>总结</source>
        <translation>总结</translation>
    </message>
    <message>
        <source>打开附件</source>
        <translation>打开附件</translation>
    </message>
    <message>
        <source>搜索单位、赛事名称、工种……</source>
        <translation>搜索单位、赛事名称、工种……</translation>
    </message>
    <message>
        <source>无法完成</source>
        <translation>无法完成</translation>
    </message>
    <message>
        <source>日期“{v}”无法识别，请写成 2021-09-30 的形式。</source>
        <translation>日期“{v}”无法识别，请写成 2021-09-30 的形式。</translation>
    </message>
    <message>
        <source>状态：</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>登记……</source>
        <translation>登记……</translation>
    </message>
    <message>
        <source>登记应交项目</source>
        <translation>登记应交项目</translation>
    </message>
    <message>
        <source>登记表</source>
        <translation>登记表</translation>
    </message>
    <message>
        <source>类别：</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>编辑……</source>
        <translation>编辑……</translation>
    </message>
    <message>
        <source>请先在列表中选中一条登记。</source>
        <translation>请先在列表中选中一条登记。</translation>
    </message>
    <message>
        <source>请先在列表中选中一条登记，再附上收到的文件。</source>
        <translation>请先在列表中选中一条登记，再附上收到的文件。</translation>
    </message>
    <message>
        <source>选择收到的文件</source>
        <translation>选择收到的文件</translation>
    </message>
    <message>
        <source>附上收到的文件……</source>
        <translation>附上收到的文件……</translation>
    </message>
</context>
<context>
    <name>Filings</name>
    <message>
        <source>{file} 是一个文件夹，请选择收到的文件。</source>
        <translation>{file} 是一个文件夹，请选择收到的文件。</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>单位情况</source>
        <translation>单位情况</translation>
    </message>
    <message>
        <source>单位类型</source>
        <translation>单位类型</translation>
    </message>
    <message>
        <source>单位（编号 {i}）不存在。</source>
        <translation>单位（编号 {i}）不存在。</translation>
    </message>
    <message>
        <source>参赛人数</source>
        <translation>参赛人数</translation>
    </message>
    <message>
        <source>参赛人数不能为负数。</source>
        <translation>参赛人数不能为负数。</translation>
    </message>
    <message>
        <source>基层比赛</source>
        <translation>基层比赛</translation>
    </message>
    <message>
        <source>备案</source>
        <translation>备案</translation>
    </message>
    <message>
        <source>备案登记</source>
        <translation>备案登记</translation>
    </message>
    <message>
        <source>备案记录“{t}”</source>
        <translation>备案记录“{t}”</translation>
    </message>
    <message>
        <source>备案记录（编号 {i}）不存在；运行 “haihe-desk filings list” 查看编号。</source>
        <translation>备案记录（编号 {i}）不存在；运行 “haihe-desk filings list” 查看编号。</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>工种</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>应交日期</source>
        <translation>应交日期</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>总结</source>
        <translation>总结</translation>
    </message>
    <message>
        <source>找不到单位“{u}”；请写单位全称、简称、工会代码或编号。</source>
        <translation>找不到单位“{u}”；请写单位全称、简称、工会代码或编号。</translation>
    </message>
    <message>
        <source>找不到文件 {file}；请检查路径。</source>
        <translation>找不到文件 {file}；请检查路径。</translation>
    </message>
    <message>
        <source>收到日期</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>文件 {file} 是空的（0 字节），请选择收到的文件。</source>
        <translation>文件 {file} 是空的（0 字节），请选择收到的文件。</translation>
    </message>
    <message>
        <source>文件 {file} 超过 20 MB，请压缩或只附上正文后再登记。</source>
        <translation>文件 {file} 超过 20 MB，请压缩或只附上正文后再登记。</translation>
    </message>
    <message>
        <source>无法读取文件 {file}（{err}）。</source>
        <translation>无法读取文件 {file}（{err}）。</translation>
    </message>
    <message>
        <source>未登记</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>类别“{k}”无效，应为备案（record）或总结（summary）。</source>
        <translation>类别“{k}”无效，应为备案（record）或总结（summary）。</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>赛事名称</source>
        <translation>赛事名称</translation>
    </message>
    <message>
        <source>赛事名称太长，最多 200 个字。</source>
        <translation>赛事名称太长，最多 200 个字。</translation>
    </message>
    <message>
        <source>赛事（编号 {i}）不存在。</source>
        <translation>赛事（编号 {i}）不存在。</translation>
    </message>
    <message>
        <source>这条备案记录还没有附件。</source>
        <translation>这条备案记录还没有附件。</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>附件</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>两次输入的密码不一致；请重新输入。</source>
        <translation>两次输入的密码不一致；请重新输入。</translation>
    </message>
    <message>
        <source>再输入一次：</source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <source>创建管理员账号</source>
        <translation>创建管理员账号</translation>
    </message>
    <message>
        <source>多台电脑共用服务器时每人都须登录。</source>
        <translation>多台电脑共用服务器时每人都须登录。</translation>
    </message>
    <message>
        <source>姓名：</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>密码：</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>用户名：</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>这台电脑只有一人使用：以后启动时自动以此账号登录，不再输入密码</source>
        <translation>这台电脑只有一人使用：以后启动时自动以此账号登录，不再输入密码</translation>
    </message>
    <message>
        <source>这是第一次使用此数据库。请先创建管理员账号：管理员可以添加其他用户并分配角色（办公室、工会审核员、裁判长、加密裁判、计分员、监审、只读）。密码至少 8 个字符，须混合字母、数字或符号；请妥善保管，遗失后只能由其他管理员重设。</source>
        <translation>这是第一次使用此数据库。请先创建管理员账号：管理员可以添加其他用户并分配角色（办公室、工会审核员、裁判长、加密裁判、计分员、监审、只读）。密码至少 8 个字符，须混合字母、数字或符号；请妥善保管，遗失后只能由其他管理员重设。</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>数据库中还没有赛事。是否创建演示赛事（2020年“海河工匠杯”技能大赛，含 8 个工种、通知中的联系人和约 200 条虚构报名）？</source>
        <translation>数据库中还没有赛事。是否创建演示赛事（2020年“海河工匠杯”技能大赛，含 8 个工种、通知中的联系人和约 200 条虚构报名）？</translation>
    </message>
    <message>
        <source>无法打开数据库</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>程序出现意外错误（{err}）。当前操作未完成，已保存的数据不受影响。详细信息已记入日志：{log}</source>
        <translation>程序出现意外错误（{err}）。当前操作未完成，已保存的数据不受影响。详细信息已记入日志：{log}</translation>
    </message>
    <message>
        <source>程序错误</source>
        <translation>程序错误</translation>
    </message>
    <message>
        <source>首次使用</source>
        <translation>首次使用</translation>
    </message>
</context>
<context>
    <name>IdCard</name>
    <message>
        <source>身份证号中的出生日期 {d} 不是有效日期。</source>
        <translation>身份证号中的出生日期 {d} 不是有效日期。</translation>
    </message>
    <message>
        <source>身份证号前 17 位应为数字，最后一位为数字或 X。</source>
        <translation>身份证号前 17 位应为数字，最后一位为数字或 X。</translation>
    </message>
    <message>
        <source>身份证号应为 18 位，实际为 {n} 位。</source>
        <translation>身份证号应为 18 位，实际为 {n} 位。</translation>
    </message>
    <message>
        <source>身份证号校验位错误：最后一位应为 {c}，请核对号码。</source>
        <translation>身份证号校验位错误：最后一位应为 {c}，请核对号码。</translation>
    </message>
    <message>
        <source>身份证号被 Excel 存成了数字（{value}），后几位已丢失；请把该列设置为“文本”格式后重新录入身份证号。</source>
        <translation>身份证号被 Excel 存成了数字（{value}），后几位已丢失；请把该列设置为“文本”格式后重新录入身份证号。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;所有文件 (*)</source>
        <translation>Excel 工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&#x3000;忽略的列：{ignored}</source>
        <translation>&#x3000;忽略的列：{ignored}</translation>
    </message>
    <message>
        <source>使用的列：{used}</source>
        <translation>使用的列：{used}</translation>
    </message>
    <message>
        <source>保存检查报告</source>
        <translation>保存检查报告</translation>
    </message>
    <message>
        <source>保存检查报告…</source>
        <translation>保存检查报告…</translation>
    </message>
    <message>
        <source>值</source>
        <translation>值</translation>
    </message>
    <message>
        <source>全部无误才导入（有错误时不写入任何数据）</source>
        <translation>全部无误才导入（有错误时不写入任何数据）</translation>
    </message>
    <message>
        <source>列</source>
        <translation>列</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>变化</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>只导入无误的行</source>
        <translation>只导入无误的行</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>导入{what}</source>
        <translation>导入{what}</translation>
    </message>
    <message>
        <source>工作表“{sheet}”，表头在第 {hr} 行，共 {n} 行：无误 {ok} 行，有错误 {bad} 行；将新增 {new} 条，更新 {upd} 条，已存在不变 {same} 条。</source>
        <translation>工作表“{sheet}”，表头在第 {hr} 行，共 {n} 行：无误 {ok} 行，有错误 {bad} 行；将新增 {new} 条，更新 {upd} 条，已存在不变 {same} 条。</translation>
    </message>
    <message>
        <source>工作表：</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <source>打开检查报告</source>
        <translation>打开检查报告</translation>
    </message>
    <message>
        <source>整份导入（各行互相关联；有错误时不写入任何数据）</source>
        <translation>整份导入（各行互相关联；有错误时不写入任何数据）</translation>
    </message>
    <message>
        <source>文件：</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>无误的行</source>
        <translation>无误的行</translation>
    </message>
    <message>
        <source>有错误的行</source>
        <translation>有错误的行</translation>
    </message>
    <message>
        <source>检查已取消。</source>
        <translation>检查已取消。</translation>
    </message>
    <message>
        <source>检查报告已保存：{p}</source>
        <translation>检查报告已保存：{p}</translation>
    </message>
    <message>
        <source>正在导入{what}…</source>
        <translation>正在导入{what}…</translation>
    </message>
    <message>
        <source>正在检查{what}…</source>
        <translation>正在检查{what}…</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>选择{what}</source>
        <translation>选择{what}</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>重新检查</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>（未选择）</source>
        <translation>（未选择）</translation>
    </message>
    <message>
        <source>：</source>
        <translation>：</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <source>-检查报告</source>
        <translation>-检查报告</translation>
    </message>
    <message>
        <source>{what} {file} 有 {n} 行有问题，未导入任何数据。第一处：第 {row} 行“{col}”列（{value}）：{msg}。</source>
        <extracomment>the progress scale the runner reports on (plan: first half, apply: second half)</extracomment>
        <translation>{what} {file} 有 {n} 行有问题，未导入任何数据。第一处：第 {row} 行“{col}”列（{value}）：{msg}。</translation>
    </message>
    <message>
        <source>{what}只能整份导入（各行互相关联）；请去掉“只导入无误的行”后重试。</source>
        <translation>{what}只能整份导入（各行互相关联）；请去掉“只导入无误的行”后重试。</translation>
    </message>
    <message>
        <source>全部问题见报告 {report}。</source>
        <translation>全部问题见报告 {report}。</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>处理</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>空</source>
        <translation>空</translation>
    </message>
    <message>
        <source>行号</source>
        <extracomment>audit action prefix: the runner records f&quot;{kind}.import&quot; domain.roles permission the actor needs True when rows depend on each other (parents, codes): only the whole file is imported the data areas an import touches (names of ui.changes.Change members)</extracomment>
        <translation>行号</translation>
    </message>
    <message>
        <source>请改正后重新导入。</source>
        <translation>请改正后重新导入。</translation>
    </message>
    <message>
        <source>请改正后重新导入，或选择只导入无误的行（命令行加 --accept-valid）。</source>
        <translation>请改正后重新导入，或选择只导入无误的行（命令行加 --accept-valid）。</translation>
    </message>
</context>
<context>
    <name>Judging</name>
    <message>
        <source>已加密，待评分</source>
        <translation>已加密，待评分</translation>
    </message>
    <message>
        <source>已锁定</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>待检录</source>
        <translation>待检录</translation>
    </message>
    <message>
        <source>成绩已锁定</source>
        <translation>成绩已锁定</translation>
    </message>
    <message>
        <source>无确认选手</source>
        <translation>无确认选手</translation>
    </message>
    <message>
        <source>未锁定</source>
        <translation>未锁定</translation>
    </message>
    <message>
        <source>检录中</source>
        <translation>检录中</translation>
    </message>
    <message>
        <source>评分中</source>
        <translation>评分中</translation>
    </message>
</context>
<context>
    <name>JudgingTab</name>
    <message>
        <source>搜索工种代码或名称……</source>
        <translation>搜索工种代码或名称……</translation>
    </message>
    <message>
        <source>评判页面只显示密号和数量，不显示选手姓名、单位和身份证号。</source>
        <translation>评判页面只显示密号和数量，不显示选手姓名、单位和身份证号。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>不予通过</source>
        <translation>不予通过</translation>
    </message>
    <message>
        <source>中级工（四级）</source>
        <translation>中级工（四级）</translation>
    </message>
    <message>
        <source>主任</source>
        <translation>主任</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>其他电话</source>
        <translation>其他电话</translation>
    </message>
    <message>
        <source>初级工（五级）</source>
        <translation>初级工（五级）</translation>
    </message>
    <message>
        <source>副主任</source>
        <translation>副主任</translation>
    </message>
    <message>
        <source>办公室</source>
        <translation>办公室</translation>
    </message>
    <message>
        <source>办公电话</source>
        <translation>办公电话</translation>
    </message>
    <message>
        <source>加密裁判</source>
        <translation>加密裁判</translation>
    </message>
    <message>
        <source>区总工会</source>
        <translation>区总工会</translation>
    </message>
    <message>
        <source>区级</source>
        <translation>区级</translation>
    </message>
    <message>
        <source>只读</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>基层工会</source>
        <translation>基层工会</translation>
    </message>
    <message>
        <source>大赛办公室</source>
        <translation>大赛办公室</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>学生组</source>
        <translation>学生组</translation>
    </message>
    <message>
        <source>学生组报名</source>
        <translation>学生组报名</translation>
    </message>
    <message>
        <source>局工会</source>
        <translation>局工会</translation>
    </message>
    <message>
        <source>工会审核员</source>
        <translation>工会审核员</translation>
    </message>
    <message>
        <source>工会已审核</source>
        <translation>工会已审核</translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>市级一类</source>
        <translation>市级一类</translation>
    </message>
    <message>
        <source>市级二类</source>
        <translation>市级二类</translation>
    </message>
    <message>
        <source>弃权</source>
        <translation>弃权</translation>
    </message>
    <message>
        <source>待审核</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>成员</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>承办单位</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>技师（二级）</source>
        <translation>技师（二级）</translation>
    </message>
    <message>
        <source>报名审核平台</source>
        <translation>报名审核平台</translation>
    </message>
    <message>
        <source>电子邮箱</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>监审</source>
        <translation>监审</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>组委会</source>
        <translation>组委会</translation>
    </message>
    <message>
        <source>组委会已确认</source>
        <translation>组委会已确认</translation>
    </message>
    <message>
        <source>职工组</source>
        <translation>职工组</translation>
    </message>
    <message>
        <source>职工组报名</source>
        <translation>职工组报名</translation>
    </message>
    <message>
        <source>裁判员</source>
        <translation>裁判员</translation>
    </message>
    <message>
        <source>裁判长</source>
        <translation>裁判长</translation>
    </message>
    <message>
        <source>计分员</source>
        <translation>计分员</translation>
    </message>
    <message>
        <source>退回修改</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>集团公司工会</source>
        <translation>集团公司工会</translation>
    </message>
    <message>
        <source>高级工（三级）</source>
        <translation>高级工（三级）</translation>
    </message>
    <message>
        <source>高级技师（一级）</source>
        <translation>高级技师（一级）</translation>
    </message>
</context>
<context>
    <name>Lengths</name>
    <message>
        <source>{field}过长（{n} 个字，最多 {max} 个字）；请删减</source>
        <translation>{field}过长（{n} 个字，最多 {max} 个字）；请删减</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <source>共 {total} 条，已载入 {loaded} 条</source>
        <translation>共 {total} 条，已载入 {loaded} 条</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>密码：</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>数据库：{db}</source>
        <translation>数据库：{db}</translation>
    </message>
    <message>
        <source>用户名：</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>登录 海河工匠杯大赛办公室桌面系统</source>
        <translation>登录 海河工匠杯大赛办公室桌面系统</translation>
    </message>
    <message>
        <source>请输入用户名和密码。</source>
        <translation>请输入用户名和密码。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>从备份恢复…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>修改密码</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>修改我的密码…</source>
        <translation>修改我的密码…</translation>
    </message>
    <message>
        <source>关于(&amp;A)</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>切换到“{t}”</source>
        <translation>切换到“{t}”</translation>
    </message>
    <message>
        <source>切换用户…</source>
        <translation>切换用户…</translation>
    </message>
    <message>
        <source>刷新(&amp;R)</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>备份数据库…</source>
        <translation>备份数据库…</translation>
    </message>
    <message>
        <source>备份设置…</source>
        <translation>备份设置…</translation>
    </message>
    <message>
        <source>复制联系人电话</source>
        <translation>复制联系人电话</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>当前账号的角色不能查看此页（裁判不接触选手的姓名、单位和证件号）。如需查看，请用有权限的账号登录。</source>
        <translation>当前账号的角色不能查看此页（裁判不接触选手的姓名、单位和证件号）。如需查看，请用有权限的账号登录。</translation>
    </message>
    <message>
        <source>报名</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>数据库：{db}</source>
        <translation>数据库：{db}</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>查找(&amp;F)</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>正在打开数据库……</source>
        <translation>正在打开数据库……</translation>
    </message>
    <message>
        <source>此数据库还没有用户账号；请先在“用户管理”中创建管理员。</source>
        <translation>此数据库还没有用户账号；请先在“用户管理”中创建管理员。</translation>
    </message>
    <message>
        <source>海河工匠杯 大赛办公室桌面系统</source>
        <translation>海河工匠杯 大赛办公室桌面系统</translation>
    </message>
    <message>
        <source>用户管理…</source>
        <translation>用户管理…</translation>
    </message>
    <message>
        <source>用户：{u}（{role}）</source>
        <translation>用户：{u}（{role}）</translation>
    </message>
    <message>
        <source>系统(&amp;S)</source>
        <translation>系统(&amp;S)</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>评判</source>
        <translation>评判</translation>
    </message>
    <message>
        <source>赛事</source>
        <translation>赛事</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>通讯录</source>
        <translation>通讯录</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>操作失败，数据库未做修改。错误信息：{err}</source>
        <translation>操作失败，数据库未做修改。错误信息：{err}</translation>
    </message>
    <message>
        <source>无法完成</source>
        <translation>无法完成</translation>
    </message>
    <message>
        <source>程序错误</source>
        <translation>程序错误</translation>
    </message>
</context>
<context>
    <name>OrgDialog</name>
    <message>
        <source>上级单位：</source>
        <translation>上级单位：</translation>
    </message>
    <message>
        <source>以所属工会提供的代码为准（数字和字母）</source>
        <translation>以所属工会提供的代码为准（数字和字母）</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>单位名称：</source>
        <translation>单位名称：</translation>
    </message>
    <message>
        <source>地址：</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>备注：</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>工会代码：</source>
        <translation>工会代码：</translation>
    </message>
    <message>
        <source>新建单位</source>
        <translation>新建单位</translation>
    </message>
    <message>
        <source>简称：</source>
        <translation>简称：</translation>
    </message>
    <message>
        <source>类型：</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>编辑单位</source>
        <translation>编辑单位</translation>
    </message>
    <message>
        <source>联系人：</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>联系电话：</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <source>（无上级）</source>
        <translation>（无上级）</translation>
    </message>
</context>
<context>
    <name>OrgPickDialog</name>
    <message>
        <source>原因：</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>查找单位名称或工会代码……</source>
        <translation>查找单位名称或工会代码……</translation>
    </message>
    <message>
        <source>移到最上层（没有上级）</source>
        <translation>移到最上层（没有上级）</translation>
    </message>
    <message>
        <source>记入审计日志（可不填）</source>
        <translation>记入审计日志（可不填）</translation>
    </message>
    <message>
        <source>选择单位</source>
        <translation>选择单位</translation>
    </message>
</context>
<context>
    <name>OrgSheet</name>
    <message>
        <source>“上级单位”填上级的全称、简称或工会代码；上级可以在同一文件中。留空时，按“6 位 + 每级 3 位”编排的代码会按前几位自动找上级。下级代码不以上级代码开头时只作提醒，不影响导入。</source>
        <translation>“上级单位”填上级的全称、简称或工会代码；上级可以在同一文件中。留空时，按“6 位 + 每级 3 位”编排的代码会按前几位自动找上级。下级代码不以上级代码开头时只作提醒，不影响导入。</translation>
    </message>
    <message>
        <source>“单位名称”必填；也可写作“工会名称”。</source>
        <translation>“单位名称”必填；也可写作“工会名称”。</translation>
    </message>
    <message>
        <source>“工会代码”以各工会提供的为准：数字和字母，4–32 位，每个代码只能给一个单位（如区总工会 120101，其下基层工会 120101001）。请把该列设为文本格式，以免 Excel 去掉开头的 0。</source>
        <translation>“工会代码”以各工会提供的为准：数字和字母，4–32 位，每个代码只能给一个单位（如区总工会 120101，其下基层工会 120101001）。请把该列设为文本格式，以免 Excel 去掉开头的 0。</translation>
    </message>
    <message>
        <source>“类型”从下拉列表中选择；留空时 6 位数字的代码视为区总工会，其他代码视为基层工会，无代码视为工作单位。</source>
        <translation>“类型”从下拉列表中选择；留空时 6 位数字的代码视为区总工会，其他代码视为基层工会，无代码视为工作单位。</translation>
    </message>
    <message>
        <source>上级单位</source>
        <translation>上级单位</translation>
    </message>
    <message>
        <source>上级单位不能是它自己</source>
        <translation>上级单位不能是它自己</translation>
    </message>
    <message>
        <source>上级单位名称</source>
        <translation>上级单位名称</translation>
    </message>
    <message>
        <source>上级单位已停用</source>
        <translation>上级单位已停用</translation>
    </message>
    <message>
        <source>上级工会</source>
        <translation>上级工会</translation>
    </message>
    <message>
        <source>上级工会代码</source>
        <translation>上级工会代码</translation>
    </message>
    <message>
        <source>不变</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>与第 {n} 行的单位名称重复；同一单位只写一行</source>
        <translation>与第 {n} 行的单位名称重复；同一单位只写一行</translation>
    </message>
    <message>
        <source>与第 {n} 行的工会代码重复；每个代码只能给一个单位</source>
        <translation>与第 {n} 行的工会代码重复；每个代码只能给一个单位</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>单位全称</source>
        <translation>单位全称</translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>单位名称为空；请填写单位全称</source>
        <translation>单位名称为空；请填写单位全称</translation>
    </message>
    <message>
        <source>单位地址</source>
        <translation>单位地址</translation>
    </message>
    <message>
        <source>单位简称</source>
        <translation>单位简称</translation>
    </message>
    <message>
        <source>单位类型</source>
        <translation>单位类型</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>处理</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>工会代码</source>
        <translation>工会代码</translation>
    </message>
    <message>
        <source>工会代码表</source>
        <translation>工会代码表</translation>
    </message>
    <message>
        <source>工会名称</source>
        <translation>工会名称</translation>
    </message>
    <message>
        <source>工会编码</source>
        <translation>工会编码</translation>
    </message>
    <message>
        <source>已有单位按工会代码（无代码时按名称）更新，其余新建。任何一行有问题时整个文件都不导入，问题写入导入报告。</source>
        <translation>已有单位按工会代码（无代码时按名称）更新，其余新建。任何一行有问题时整个文件都不导入，问题写入导入报告。</translation>
    </message>
    <message>
        <source>找不到工会代码为 {c} 的上级单位</source>
        <translation>找不到工会代码为 {c} 的上级单位</translation>
    </message>
    <message>
        <source>找不到这个上级单位；请填写数据库或本文件中已有单位的全称或工会代码</source>
        <translation>找不到这个上级单位；请填写数据库或本文件中已有单位的全称或工会代码</translation>
    </message>
    <message>
        <source>数据库中已有同名单位（工会代码 {old}）；如是同一单位请使用代码 {old}，否则请改名以示区别</source>
        <translation>数据库中已有同名单位（工会代码 {old}）；如是同一单位请使用代码 {old}，否则请改名以示区别</translation>
    </message>
    <message>
        <source>数据库中有 {n} 个同名单位；请填写工会代码以区分，或先合并重复的单位</source>
        <translation>数据库中有 {n} 个同名单位；请填写工会代码以区分，或先合并重复的单位</translation>
    </message>
    <message>
        <source>新建</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>更新</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>有 {n} 个单位叫这个名字；请改填上级的工会代码</source>
        <translation>有 {n} 个单位叫这个名字；请改填上级的工会代码</translation>
    </message>
    <message>
        <source>每行一个单位（工会、工作单位、学校或承办单位）。第 2 行是示例，导入前请删除或改写。</source>
        <translation>每行一个单位（工会、工作单位、学校或承办单位）。第 2 行是示例，导入前请删除或改写。</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>第 {row} 行：提醒：{msg}</source>
        <translation>第 {row} 行：提醒：{msg}</translation>
    </message>
    <message>
        <source>第 {row} 行：新建“{name}”</source>
        <translation>第 {row} 行：新建“{name}”</translation>
    </message>
    <message>
        <source>第 {row} 行：更新“{name}”</source>
        <translation>第 {row} 行：更新“{name}”</translation>
    </message>
    <message>
        <source>简称</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>类型无效；请从下拉列表中选择（{c}）</source>
        <translation>类型无效；请从下拉列表中选择（{c}）</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>该代码属于已停用（或已合并）的单位“{name}”；请先恢复它或改用现在的单位代码</source>
        <translation>该代码属于已停用（或已合并）的单位“{name}”；请先恢复它或改用现在的单位代码</translation>
    </message>
    <message>
        <source>这样设置上级会形成循环（单位成了自己的下级）；请检查上级单位</source>
        <translation>这样设置上级会形成循环（单位成了自己的下级）；请检查上级单位</translation>
    </message>
    <message>
        <source>通讯地址</source>
        <translation>通讯地址</translation>
    </message>
</context>
<context>
    <name>OrgTreePanel</name>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>{kind}；工会代码：{code}；报名 {n} 条</source>
        <translation>{kind}；工会代码：{code}；报名 {n} 条</translation>
    </message>
    <message>
        <source>{name}：{kind}，工会代码 {code}，下级单位 {n} 个</source>
        <translation>{name}：{kind}，工会代码 {code}，下级单位 {n} 个</translation>
    </message>
    <message>
        <source>“{name}”是重复的单位：它的报名、联系人和下级单位将转到下面选择的保留单位，它本身标为“已合并”。</source>
        <translation>“{name}”是重复的单位：它的报名、联系人和下级单位将转到下面选择的保留单位，它本身标为“已合并”。</translation>
    </message>
    <message>
        <source>下载工会代码表导入模板</source>
        <translation>下载工会代码表导入模板</translation>
    </message>
    <message>
        <source>下载工会代码表导入模板…</source>
        <translation>下载工会代码表导入模板…</translation>
    </message>
    <message>
        <source>严格检查工会代码格式（6 位 + 每级 3 位）</source>
        <translation>严格检查工会代码格式（6 位 + 每级 3 位）</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>全部单位</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>删除单位</source>
        <translation>删除单位</translation>
    </message>
    <message>
        <source>单位与工会代码</source>
        <translation>单位与工会代码</translation>
    </message>
    <message>
        <source>合并到…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <source>合并重复单位</source>
        <translation>合并重复单位</translation>
    </message>
    <message>
        <source>导入完成：新建或更新 {w} 个单位，未变 {u} 个。</source>
        <translation>导入完成：新建或更新 {w} 个单位，未变 {u} 个。</translation>
    </message>
    <message>
        <source>导入工会代码表（xlsx）…</source>
        <translation>导入工会代码表（xlsx）…</translation>
    </message>
    <message>
        <source>导出工会代码表</source>
        <translation>导出工会代码表</translation>
    </message>
    <message>
        <source>导出工会代码表（xlsx）…</source>
        <translation>导出工会代码表（xlsx）…</translation>
    </message>
    <message>
        <source>工会代码检查：严格（6 位 + 每级 3 位的数字）。</source>
        <translation>工会代码检查：严格（6 位 + 每级 3 位的数字）。</translation>
    </message>
    <message>
        <source>工会代码检查：接受各工会提供的任何代码（4–32 位数字和字母）。</source>
        <translation>工会代码检查：接受各工会提供的任何代码（4–32 位数字和字母）。</translation>
    </message>
    <message>
        <source>工会代码表.xlsx</source>
        <translation>工会代码表.xlsx</translation>
    </message>
    <message>
        <source>工会代码表导入模板.xlsx</source>
        <translation>工会代码表导入模板.xlsx</translation>
    </message>
    <message>
        <source>已保存单位。</source>
        <translation>已保存单位。</translation>
    </message>
    <message>
        <source>已停用单位。</source>
        <translation>已停用单位。</translation>
    </message>
    <message>
        <source>已写出导入模板：{p}</source>
        <translation>已写出导入模板：{p}</translation>
    </message>
    <message>
        <source>已删除单位。</source>
        <translation>已删除单位。</translation>
    </message>
    <message>
        <source>已合并单位。</source>
        <translation>已合并单位。</translation>
    </message>
    <message>
        <source>已导出 {n} 个单位到 {p}</source>
        <translation>已导出 {n} 个单位到 {p}</translation>
    </message>
    <message>
        <source>已恢复单位。</source>
        <translation>已恢复单位。</translation>
    </message>
    <message>
        <source>已移动单位。</source>
        <translation>已移动单位。</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>把所选单位（连同其全部下级）移到哪个单位之下？</source>
        <translation>把所选单位（连同其全部下级）移到哪个单位之下？</translation>
    </message>
    <message>
        <source>新建下级单位…</source>
        <translation>新建下级单位…</translation>
    </message>
    <message>
        <source>新建单位</source>
        <translation>新建单位</translation>
    </message>
    <message>
        <source>无法完成</source>
        <translation>无法完成</translation>
    </message>
    <message>
        <source>无法编辑</source>
        <translation>无法编辑</translation>
    </message>
    <message>
        <source>显示已停用</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <source>更多</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>查找单位名称或工会代码……</source>
        <translation>查找单位名称或工会代码……</translation>
    </message>
    <message>
        <source>确定删除所选单位吗？有报名或下级的单位不能删除，只能停用。</source>
        <translation>确定删除所选单位吗？有报名或下级的单位不能删除，只能停用。</translation>
    </message>
    <message>
        <source>移动到…</source>
        <translation>移动到…</translation>
    </message>
    <message>
        <source>移动单位</source>
        <translation>移动单位</translation>
    </message>
    <message>
        <source>编辑</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>请先在左侧选择一个单位。</source>
        <translation>请先在左侧选择一个单位。</translation>
    </message>
    <message>
        <source>（已停用）</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <source>（已合并）</source>
        <translation>（已合并）</translation>
    </message>
</context>
<context>
    <name>Orgs</name>
    <message>
        <source>{what}不属于“{scope}”及其下属单位，账号“{user}”无权办理；请交由该单位所属工会或大赛办公室处理。</source>
        <translation>{what}不属于“{scope}”及其下属单位，账号“{user}”无权办理；请交由该单位所属工会或大赛办公室处理。</translation>
    </message>
    <message>
        <source>上级单位“{name}”已停用，不能再挂下级单位；请选择其他上级。</source>
        <translation>上级单位“{name}”已停用，不能再挂下级单位；请选择其他上级。</translation>
    </message>
    <message>
        <source>下级单位</source>
        <translation>下级单位</translation>
    </message>
    <message>
        <source>不能把单位与它自己合并；请选择另一个单位作为保留单位。</source>
        <translation>不能把单位与它自己合并；请选择另一个单位作为保留单位。</translation>
    </message>
    <message>
        <source>不能把单位移到它自己或它的下级单位“{name}”之下，那样会形成循环。</source>
        <translation>不能把单位移到它自己或它的下级单位“{name}”之下，那样会形成循环。</translation>
    </message>
    <message>
        <source>保留单位“{keep}”在“{dup}”之下；请先把它移出，或反过来合并。</source>
        <translation>保留单位“{keep}”在“{dup}”之下；请先把它移出，或反过来合并。</translation>
    </message>
    <message>
        <source>保留单位“{name}”已停用；请选择一个在用的单位作为保留单位。</source>
        <translation>保留单位“{name}”已停用；请选择一个在用的单位作为保留单位。</translation>
    </message>
    <message>
        <source>单位“{name}”</source>
        <translation>单位“{name}”</translation>
    </message>
    <message>
        <source>单位“{name}”下还有 {n} 个在用的下级单位；请先移动或停用它们。</source>
        <translation>单位“{name}”下还有 {n} 个在用的下级单位；请先移动或停用它们。</translation>
    </message>
    <message>
        <source>单位“{name}”仍被使用（{refs}），不能删除；请改用“停用”。</source>
        <translation>单位“{name}”仍被使用（{refs}），不能删除；请改用“停用”。</translation>
    </message>
    <message>
        <source>单位“{name}”已停用或已合并，不能再合并。</source>
        <translation>单位“{name}”已停用或已合并，不能再合并。</translation>
    </message>
    <message>
        <source>单位“{name}”已停用，不能移动；如需使用请先恢复。</source>
        <translation>单位“{name}”已停用，不能移动；如需使用请先恢复。</translation>
    </message>
    <message>
        <source>单位“{name}”已合并到其他单位，不能恢复。</source>
        <translation>单位“{name}”已合并到其他单位，不能恢复。</translation>
    </message>
    <message>
        <source>单位“{name}”的上级单位已停用；请先恢复上级或把它移到其他上级之下。</source>
        <translation>单位“{name}”的上级单位已停用；请先恢复上级或把它移到其他上级之下。</translation>
    </message>
    <message>
        <source>单位名称不能为空；请填写单位的全称。</source>
        <translation>单位名称不能为空；请填写单位的全称。</translation>
    </message>
    <message>
        <source>单位类型“{kind}”无效；可选：{choices}。</source>
        <translation>单位类型“{kind}”无效；可选：{choices}。</translation>
    </message>
    <message>
        <source>参赛队</source>
        <translation>参赛队</translation>
    </message>
    <message>
        <source>合并来的单位</source>
        <translation>合并来的单位</translation>
    </message>
    <message>
        <source>备案/总结</source>
        <translation>备案/总结</translation>
    </message>
    <message>
        <source>工会代码“{code}”不以上级单位“{parent}”的代码“{pcode}”开头；请核对（不影响保存）</source>
        <translation>工会代码“{code}”不以上级单位“{parent}”的代码“{pcode}”开头；请核对（不影响保存）</translation>
    </message>
    <message>
        <source>工会代码“{code}”已属于“{name}”；每个代码只能给一个单位，请核对后再填。</source>
        <translation>工会代码“{code}”已属于“{name}”；每个代码只能给一个单位，请核对后再填。</translation>
    </message>
    <message>
        <source>工会代码“{code}”无效：{why}。</source>
        <translation>工会代码“{code}”无效：{why}。</translation>
    </message>
    <message>
        <source>工会代码只能由数字和字母组成</source>
        <translation>工会代码只能由数字和字母组成</translation>
    </message>
    <message>
        <source>工会代码应为 {lo}–{hi} 位数字或字母</source>
        <translation>工会代码应为 {lo}–{hi} 位数字或字母</translation>
    </message>
    <message>
        <source>找不到编号为 {id} 的单位；它可能已被删除，请刷新后再试。</source>
        <translation>找不到编号为 {id} 的单位；它可能已被删除，请刷新后再试。</translation>
    </message>
    <message>
        <source>承办的工种</source>
        <translation>承办的工种</translation>
    </message>
    <message>
        <source>报名</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>按本系统的严格格式，工会代码应为 6 位（区、局、集团公司工会），下级每级再加 3 位（9、12、15 或 18 位）</source>
        <translation>按本系统的严格格式，工会代码应为 6 位（区、局、集团公司工会），下级每级再加 3 位（9、12、15 或 18 位）</translation>
    </message>
    <message>
        <source>用户的审核范围</source>
        <translation>用户的审核范围</translation>
    </message>
    <message>
        <source>裁判</source>
        <translation>裁判</translation>
    </message>
    <message>
        <source>该单位</source>
        <translation>该单位</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>两次输入的密码不一致；请重新输入。</source>
        <translation>两次输入的密码不一致；请重新输入。</translation>
    </message>
    <message>
        <source>为用户“{u}”设置新密码，并解除锁定。</source>
        <translation>为用户“{u}”设置新密码，并解除锁定。</translation>
    </message>
    <message>
        <source>修改您自己的密码。</source>
        <translation>修改您自己的密码。</translation>
    </message>
    <message>
        <source>再输入一次：</source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <source>原密码：</source>
        <translation>原密码：</translation>
    </message>
    <message>
        <source>新密码：</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>设置密码</source>
        <translation>设置密码</translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <source>打印时间：{t}</source>
        <translation>打印时间：{t}</translation>
    </message>
    <message>
        <source>无法写入文件 {path}：{err}；请关闭正在打开它的程序或换一个位置保存。</source>
        <translation>无法写入文件 {path}：{err}；请关闭正在打开它的程序或换一个位置保存。</translation>
    </message>
    <message>
        <source>第 {n} 页 共 {m} 页</source>
        <translation>第 {n} 页 共 {m} 页</translation>
    </message>
</context>
<context>
    <name>Phones</name>
    <message>
        <source>固定电话“{v}”缺少区号；请写成 022-23456789 的形式。</source>
        <translation>固定电话“{v}”缺少区号；请写成 022-23456789 的形式。</translation>
    </message>
    <message>
        <source>电话“{v}”不是有效的手机号（11 位，1 开头）或带区号的固定电话。</source>
        <translation>电话“{v}”不是有效的手机号（11 位，1 开头）或带区号的固定电话。</translation>
    </message>
    <message>
        <source>电话号码“{n}”格式不对，只能含数字、空格、横线、括号，分机可写成“转123”</source>
        <translation>电话号码“{n}”格式不对，只能含数字、空格、横线、括号，分机可写成“转123”</translation>
    </message>
    <message>
        <source>请填写手机号或带区号的固定电话。</source>
        <translation>请填写手机号或带区号的固定电话。</translation>
    </message>
</context>
<context>
    <name>RegistrationEdit</name>
    <message>
        <source>不能修改“{keys}”；可修改：{all}。</source>
        <translation>不能修改“{keys}”；可修改：{all}。</translation>
    </message>
    <message>
        <source>单位“{u}”</source>
        <translation>单位“{u}”</translation>
    </message>
    <message>
        <source>报名 {id}</source>
        <translation>报名 {id}</translation>
    </message>
    <message>
        <source>报名 {id}（{name}）</source>
        <translation>报名 {id}（{name}）</translation>
    </message>
    <message>
        <source>报名 {id}（{name}）已由组委会确认；修改须填写原因（记入审计日志），未做任何修改。</source>
        <translation>报名 {id}（{name}）已由组委会确认；修改须填写原因（记入审计日志），未做任何修改。</translation>
    </message>
    <message>
        <source>报名 {id}，“{field}”：{msg}未做任何修改。</source>
        <translation>报名 {id}，“{field}”：{msg}未做任何修改。</translation>
    </message>
    <message>
        <source>报名编号 {id} 不存在；请核对编号。</source>
        <translation>报名编号 {id} 不存在；请核对编号。</translation>
    </message>
    <message>
        <source>身份证号 {id} 已属于另一条人员记录；请核对号码，未做任何修改。</source>
        <translation>身份证号 {id} 已属于另一条人员记录；请核对号码，未做任何修改。</translation>
    </message>
</context>
<context>
    <name>RegistrationEntryDialog</name>
    <message>
        <source>11 位手机号，或 022-23456789</source>
        <translation>11 位手机号，或 022-23456789</translation>
    </message>
    <message>
        <source>18 位，最后一位可为 X</source>
        <translation>18 位，最后一位可为 X</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>修改原因：</source>
        <translation>修改原因：</translation>
    </message>
    <message>
        <source>修改报名（编号 {id}）</source>
        <translation>修改报名（编号 {id}）</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>可不填，按身份证号</source>
        <translation>可不填，按身份证号</translation>
    </message>
    <message>
        <source>备注：</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>女</source>
        <translation>女</translation>
    </message>
    <message>
        <source>姓名：</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>工会代码：</source>
        <translation>工会代码：</translation>
    </message>
    <message>
        <source>工作单位/学校：</source>
        <translation>工作单位/学校：</translation>
    </message>
    <message>
        <source>工种：</source>
        <translation>工种：</translation>
    </message>
    <message>
        <source>性别/出生日期：</source>
        <translation>性别/出生日期：</translation>
    </message>
    <message>
        <source>手机/电话：</source>
        <translation>手机/电话：</translation>
    </message>
    <message>
        <source>技能等级：</source>
        <translation>技能等级：</translation>
    </message>
    <message>
        <source>报名截止后补报时填写（记入审计日志）</source>
        <translation>报名截止后补报时填写（记入审计日志）</translation>
    </message>
    <message>
        <source>按身份证号：{d}，{g}</source>
        <translation>按身份证号：{d}，{g}</translation>
    </message>
    <message>
        <source>新增报名</source>
        <translation>新增报名</translation>
    </message>
    <message>
        <source>男</source>
        <translation>男</translation>
    </message>
    <message>
        <source>破格原因：</source>
        <translation>破格原因：</translation>
    </message>
    <message>
        <source>等级低于要求时填写</source>
        <translation>等级低于要求时填写</translation>
    </message>
    <message>
        <source>职工组必填</source>
        <translation>职工组必填</translation>
    </message>
    <message>
        <source>补报原因：</source>
        <translation>补报原因：</translation>
    </message>
    <message>
        <source>记入审计日志；组委会已确认的报名必填</source>
        <translation>记入审计日志；组委会已确认的报名必填</translation>
    </message>
    <message>
        <source>该报名已由组委会确认，须填写修改原因</source>
        <translation>该报名已由组委会确认，须填写修改原因</translation>
    </message>
    <message>
        <source>身份证号：</source>
        <translation>身份证号：</translation>
    </message>
    <message>
        <source>（按身份证号）</source>
        <translation>（按身份证号）</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>RegistrationImport</name>
    <message>
        <source>1. 第一行为表头，请勿修改列名；第二行为示例，导入前请删除或覆盖。</source>
        <translation>1. 第一行为表头，请勿修改列名；第二行为示例，导入前请删除或覆盖。</translation>
    </message>
    <message>
        <source>2. 必填列：姓名、身份证号、学校、工种；学生组报名以学校为单位。</source>
        <translation>2. 必填列：姓名、身份证号、学校、工种；学生组报名以学校为单位。</translation>
    </message>
    <message>
        <source>2. 必填列：姓名、身份证号、工种；职工组还须填写工会代码（由所属区、局、集团工会提供）。</source>
        <translation>2. 必填列：姓名、身份证号、工种；职工组还须填写工会代码（由所属区、局、集团工会提供）。</translation>
    </message>
    <message>
        <source>3. 身份证号列已设置为“文本”格式，请勿改为数字格式，否则 Excel 会把后几位变成 0。</source>
        <translation>3. 身份证号列已设置为“文本”格式，请勿改为数字格式，否则 Excel 会把后几位变成 0。</translation>
    </message>
    <message>
        <source>4. 性别、出生日期可不填，系统按身份证号计算；如填写，须与身份证号一致。</source>
        <translation>4. 性别、出生日期可不填，系统按身份证号计算；如填写，须与身份证号一致。</translation>
    </message>
    <message>
        <source>5. 手机填 11 位手机号，或带区号的固定电话（如 022-23456789）。</source>
        <translation>5. 手机填 11 位手机号，或带区号的固定电话（如 022-23456789）。</translation>
    </message>
    <message>
        <source>6. 同一人不能重复报名同一工种。</source>
        <translation>6. 同一人不能重复报名同一工种。</translation>
    </message>
    <message>
        <source>6. 技能等级低于本工种要求时，须在“破格原因”中说明理由。</source>
        <translation>6. 技能等级低于本工种要求时，须在“破格原因”中说明理由。</translation>
    </message>
    <message>
        <source>7. 同一人不能重复报名同一工种；报名截止后补报，须在导入时填写补报原因。</source>
        <translation>7. 同一人不能重复报名同一工种；报名截止后补报，须在导入时填写补报原因。</translation>
    </message>
    <message>
        <source>{field}“{old}”→“{new}”</source>
        <translation>{field}“{old}”→“{new}”</translation>
    </message>
    <message>
        <source>公民身份号码</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>出生年月日</source>
        <translation>出生年月日</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>单位/学校</source>
        <translation>单位/学校</translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>参赛工种</source>
        <translation>参赛工种</translation>
    </message>
    <message>
        <source>参赛组别</source>
        <translation>参赛组别</translation>
    </message>
    <message>
        <source>参赛选手</source>
        <translation>参赛选手</translation>
    </message>
    <message>
        <source>参赛项目</source>
        <translation>参赛项目</translation>
    </message>
    <message>
        <source>名字</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>处理</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>天津市某某机械有限公司（示例）</source>
        <translation>天津市某某机械有限公司（示例）</translation>
    </message>
    <message>
        <source>天津市第一职业技术学校（示例）</source>
        <translation>天津市第一职业技术学校（示例）</translation>
    </message>
    <message>
        <source>女</source>
        <translation>女</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>学校名称</source>
        <translation>学校名称</translation>
    </message>
    <message>
        <source>学生组报名</source>
        <translation>学生组报名</translation>
    </message>
    <message>
        <source>学生组（以学校为单位）</source>
        <translation>学生组（以学校为单位）</translation>
    </message>
    <message>
        <source>审核状态</source>
        <translation>审核状态</translation>
    </message>
    <message>
        <source>审核结果</source>
        <translation>审核结果</translation>
    </message>
    <message>
        <source>导入：{file} 第 {row} 行</source>
        <translation>导入：{file} 第 {row} 行</translation>
    </message>
    <message>
        <source>工会代码</source>
        <translation>工会代码</translation>
    </message>
    <message>
        <source>工会编码</source>
        <translation>工会编码</translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>工作单位名称</source>
        <translation>工作单位名称</translation>
    </message>
    <message>
        <source>工种</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>工种名称</source>
        <translation>工种名称</translation>
    </message>
    <message>
        <source>已存在的报名中有 {n} 条与文件内容不同，不会修改；请在“变化”中核对。</source>
        <translation>已存在的报名中有 {n} 条与文件内容不同，不会修改；请在“变化”中核对。</translation>
    </message>
    <message>
        <source>已存在，跳过</source>
        <translation>已存在，跳过</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>所在单位</source>
        <translation>所在单位</translation>
    </message>
    <message>
        <source>所在学校</source>
        <translation>所在学校</translation>
    </message>
    <message>
        <source>所属工会代码</source>
        <translation>所属工会代码</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>手机号</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>手机号码</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>技术等级</source>
        <translation>技术等级</translation>
    </message>
    <message>
        <source>技能等级</source>
        <translation>技能等级</translation>
    </message>
    <message>
        <source>报名截止后补报时填写</source>
        <translation>报名截止后补报时填写</translation>
    </message>
    <message>
        <source>报名表</source>
        <translation>报名表</translation>
    </message>
    <message>
        <source>按学生组导入（以学校为单位）。</source>
        <translation>按学生组导入（以学校为单位）。</translation>
    </message>
    <message>
        <source>数据库中还没有赛事；请先创建赛事和工种，再导入报名。</source>
        <translation>数据库中还没有赛事；请先创建赛事和工种，再导入报名。</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>本文件第 {n} 行</source>
        <translation>本文件第 {n} 行</translation>
    </message>
    <message>
        <source>比赛项目</source>
        <translation>比赛项目</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>生日</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>男</source>
        <translation>男</translation>
    </message>
    <message>
        <source>破格原因</source>
        <translation>破格原因</translation>
    </message>
    <message>
        <source>破格参赛原因</source>
        <translation>破格参赛原因</translation>
    </message>
    <message>
        <source>破格说明</source>
        <translation>破格说明</translation>
    </message>
    <message>
        <source>竞赛项目</source>
        <translation>竞赛项目</translation>
    </message>
    <message>
        <source>第 {row} 行 {name}（{trade}）：{diff}</source>
        <translation>第 {row} 行 {name}（{trade}）：{diff}</translation>
    </message>
    <message>
        <source>第 {row} 行的单位“{u}”</source>
        <translation>第 {row} 行的单位“{u}”</translation>
    </message>
    <message>
        <source>等级</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>组别</source>
        <translation>组别</translation>
    </message>
    <message>
        <source>职业技能等级</source>
        <translation>职业技能等级</translation>
    </message>
    <message>
        <source>职业资格等级</source>
        <translation>职业资格等级</translation>
    </message>
    <message>
        <source>职工组报名</source>
        <translation>职工组报名</translation>
    </message>
    <message>
        <source>联系方式</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>补报原因</source>
        <translation>补报原因</translation>
    </message>
    <message>
        <source>证件号</source>
        <translation>证件号</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>身份证</source>
        <translation>身份证</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>身份证号 {id} 在本文件第 {n} 行的姓名为“{other}”，与此处不一致；请核对。</source>
        <translation>身份证号 {id} 在本文件第 {n} 行的姓名为“{other}”，与此处不一致；请核对。</translation>
    </message>
    <message>
        <source>身份证号 {id} 已登记为“{other}”，与姓名“{name}”不符；请核对。</source>
        <translation>身份证号 {id} 已登记为“{other}”，与姓名“{name}”不符；请核对。</translation>
    </message>
    <message>
        <source>身份证号码</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>选手姓名</source>
        <translation>选手姓名</translation>
    </message>
    <message>
        <source>院校</source>
        <translation>院校</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>项目</translation>
    </message>
</context>
<context>
    <name>RegistrationRules</name>
    <message>
        <source>{name} 已在{where}报名工种“{t}”，同一人不能重复报名同一工种。</source>
        <translation>{name} 已在{where}报名工种“{t}”，同一人不能重复报名同一工种。</translation>
    </message>
    <message>
        <source>{name} 已报名工种“{t}”，同一人不能重复报名同一工种。</source>
        <translation>{name} 已报名工种“{t}”，同一人不能重复报名同一工种。</translation>
    </message>
    <message>
        <source>“{a}”必须填写原因。</source>
        <translation>“{a}”必须填写原因。</translation>
    </message>
    <message>
        <source>不予通过</source>
        <translation>不予通过</translation>
    </message>
    <message>
        <source>出生日期 {d} 与身份证号中的 {id} 不符；请核对。</source>
        <translation>出生日期 {d} 与身份证号中的 {id} 不符；请核对。</translation>
    </message>
    <message>
        <source>出生日期“{v}”无法识别；请写成 1990-01-02 或 1990年1月2日。</source>
        <translation>出生日期“{v}”无法识别；请写成 1990-01-02 或 1990年1月2日。</translation>
    </message>
    <message>
        <source>姓名不能为空。</source>
        <translation>姓名不能为空。</translation>
    </message>
    <message>
        <source>姓名过长（超过 60 个字）。</source>
        <translation>姓名过长（超过 60 个字）。</translation>
    </message>
    <message>
        <source>学生组须填写学校名称。</source>
        <translation>学生组须填写学校名称。</translation>
    </message>
    <message>
        <source>审核状态“{v}”无法识别；可填：{choices}。</source>
        <translation>审核状态“{v}”无法识别；可填：{choices}。</translation>
    </message>
    <message>
        <source>工会代码“{v}”不在单位表中；请向所属工会核实，或先在“单位”中登记该代码。</source>
        <translation>工会代码“{v}”不在单位表中；请向所属工会核实，或先在“单位”中登记该代码。</translation>
    </message>
    <message>
        <source>工会审核通过</source>
        <translation>工会审核通过</translation>
    </message>
    <message>
        <source>工种“{v}”不在本赛事中；可选：{names}。</source>
        <translation>工种“{v}”不在本赛事中；可选：{names}。</translation>
    </message>
    <message>
        <source>工种“{v}”有多个同名项目；请改填工种代码（如 {codes}）。</source>
        <translation>工种“{v}”有多个同名项目；请改填工种代码（如 {codes}）。</translation>
    </message>
    <message>
        <source>工种不能为空。</source>
        <translation>工种不能为空。</translation>
    </message>
    <message>
        <source>弃权</source>
        <translation>弃权</translation>
    </message>
    <message>
        <source>当前账号（{role}）无权执行“{a}”。</source>
        <translation>当前账号（{role}）无权执行“{a}”。</translation>
    </message>
    <message>
        <source>性别“{g}”与身份证号不符（身份证号显示为“{id}”）；请核对。</source>
        <translation>性别“{g}”与身份证号不符（身份证号显示为“{id}”）；请核对。</translation>
    </message>
    <message>
        <source>性别应填“男”或“女”。</source>
        <translation>性别应填“男”或“女”。</translation>
    </message>
    <message>
        <source>技能等级“{v}”无法识别；请填写如“高级工（三级）”“技师（二级）”。</source>
        <translation>技能等级“{v}”无法识别；请填写如“高级工（三级）”“技师（二级）”。</translation>
    </message>
    <message>
        <source>技能等级低于本工种要求的{need}；如破格参赛，请填写破格原因。</source>
        <translation>技能等级低于本工种要求的{need}；如破格参赛，请填写破格原因。</translation>
    </message>
    <message>
        <source>报名已于 {d} 截止；逾期补报须填写补报原因。</source>
        <translation>报名已于 {d} 截止；逾期补报须填写补报原因。</translation>
    </message>
    <message>
        <source>未知的审核操作“{a}”。</source>
        <translation>未知的审核操作“{a}”。</translation>
    </message>
    <message>
        <source>本工种要求{need}及以上，且不允许破格参赛。</source>
        <translation>本工种要求{need}及以上，且不允许破格参赛。</translation>
    </message>
    <message>
        <source>比赛日（{day}）年龄为 {age} 岁，不在本工种要求的 {lo}–{hi} 岁之间。</source>
        <translation>比赛日（{day}）年龄为 {age} 岁，不在本工种要求的 {lo}–{hi} 岁之间。</translation>
    </message>
    <message>
        <source>状态为“{s}”的报名不能执行“{a}”（只能从{src}执行）。</source>
        <translation>状态为“{s}”的报名不能执行“{a}”（只能从{src}执行）。</translation>
    </message>
    <message>
        <source>组别“{g}”与工种“{t}”的组别“{tg}”不符。</source>
        <translation>组别“{g}”与工种“{t}”的组别“{tg}”不符。</translation>
    </message>
    <message>
        <source>组别应为“职工组”或“学生组”。</source>
        <translation>组别应为“职工组”或“学生组”。</translation>
    </message>
    <message>
        <source>组委会确认</source>
        <translation>组委会确认</translation>
    </message>
    <message>
        <source>职工组须填写工会代码（由所属区、局、集团工会提供）。</source>
        <translation>职工组须填写工会代码（由所属区、局、集团工会提供）。</translation>
    </message>
    <message>
        <source>身份证号不能为空。</source>
        <translation>身份证号不能为空。</translation>
    </message>
    <message>
        <source>退回修改</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>重新提交</source>
        <translation>重新提交</translation>
    </message>
</context>
<context>
    <name>Registrations</name>
    <message>
        <source>“{field}”：{msg}</source>
        <translation>“{field}”：{msg}</translation>
    </message>
    <message>
        <source>单位“{u}”</source>
        <translation>单位“{u}”</translation>
    </message>
    <message>
        <source>审核状态“{s}”无效；可选：{choices}。</source>
        <translation>审核状态“{s}”无效；可选：{choices}。</translation>
    </message>
    <message>
        <source>找不到工种“{t}”；请填写工种代码或名称。</source>
        <translation>找不到工种“{t}”；请填写工种代码或名称。</translation>
    </message>
    <message>
        <source>数据库中还没有赛事；请先创建赛事和工种，再录入报名。</source>
        <translation>数据库中还没有赛事；请先创建赛事和工种，再录入报名。</translation>
    </message>
    <message>
        <source>身份证号 {id} 已登记为“{other}”，与姓名“{name}”不符；请核对。</source>
        <translation>身份证号 {id} 已登记为“{other}”，与姓名“{name}”不符；请核对。</translation>
    </message>
</context>
<context>
    <name>RegistrationsTab</name>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;所有文件 (*)</source>
        <translation>Excel 工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>下载模板…</source>
        <translation>下载模板…</translation>
    </message>
    <message>
        <source>不予通过…</source>
        <translation>不予通过…</translation>
    </message>
    <message>
        <source>从 Excel（.xlsx）导入报名；也可以把文件拖到本页</source>
        <translation>从 Excel（.xlsx）导入报名；也可以把文件拖到本页</translation>
    </message>
    <message>
        <source>保存导入模板</source>
        <translation>保存导入模板</translation>
    </message>
    <message>
        <source>修改当前报名（也可双击该行）</source>
        <translation>修改当前报名（也可双击该行）</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>全部单位</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>全部工种</source>
        <translation>全部工种</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>原状态</source>
        <translation>原状态</translation>
    </message>
    <message>
        <source>只显示所选工会及其下级单位（或所选学校）的报名</source>
        <translation>只显示所选工会及其下级单位（或所选学校）的报名</translation>
    </message>
    <message>
        <source>在表格中显示完整的身份证号和手机号；每次打开都记入审计日志</source>
        <translation>在表格中显示完整的身份证号和手机号；每次打开都记入审计日志</translation>
    </message>
    <message>
        <source>学生组报名模板.xlsx</source>
        <translation>学生组报名模板.xlsx</translation>
    </message>
    <message>
        <source>学生组模板…</source>
        <translation>学生组模板…</translation>
    </message>
    <message>
        <source>审核记录（当前行）</source>
        <translation>审核记录（当前行）</translation>
    </message>
    <message>
        <source>导入…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>导入模板已保存：{p}</source>
        <translation>导入模板已保存：{p}</translation>
    </message>
    <message>
        <source>导出花名册</source>
        <translation>导出花名册</translation>
    </message>
    <message>
        <source>导出花名册…</source>
        <translation>导出花名册…</translation>
    </message>
    <message>
        <source>导出花名册（完整身份证号和手机号，记入审计日志）…</source>
        <translation>导出花名册（完整身份证号和手机号，记入审计日志）…</translation>
    </message>
    <message>
        <source>导出花名册（身份证号打码）…</source>
        <translation>导出花名册（身份证号打码）…</translation>
    </message>
    <message>
        <source>工会/学校：</source>
        <translation>工会/学校：</translation>
    </message>
    <message>
        <source>工会审核通过</source>
        <translation>工会审核通过</translation>
    </message>
    <message>
        <source>工种：</source>
        <translation>工种：</translation>
    </message>
    <message>
        <source>已保存对报名 {id} 的修改（{n} 项）。</source>
        <translation>已保存对报名 {id} 的修改（{n} 项）。</translation>
    </message>
    <message>
        <source>已导入 {n} 条报名。</source>
        <translation>已导入 {n} 条报名。</translation>
    </message>
    <message>
        <source>已将 {n} 条报名设为“{s}”。</source>
        <translation>已将 {n} 条报名设为“{s}”。</translation>
    </message>
    <message>
        <source>已新增报名，编号 {id}。</source>
        <translation>已新增报名，编号 {id}。</translation>
    </message>
    <message>
        <source>弃权</source>
        <translation>弃权</translation>
    </message>
    <message>
        <source>把改正后的“退回修改”报名重新提交为“待审核”</source>
        <translation>把改正后的“退回修改”报名重新提交为“待审核”</translation>
    </message>
    <message>
        <source>报名 {id} 没有改动。</source>
        <translation>报名 {id} 没有改动。</translation>
    </message>
    <message>
        <source>搜索姓名、身份证号、手机、工会代码、单位……</source>
        <translation>搜索姓名、身份证号、手机、工会代码、单位……</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>新状态</source>
        <translation>新状态</translation>
    </message>
    <message>
        <source>无权查看</source>
        <translation>无权查看</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>无法审核</source>
        <translation>无法审核</translation>
    </message>
    <message>
        <source>无法导出</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>无法编辑</source>
        <translation>无法编辑</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>显示完整证件号和手机号</source>
        <translation>显示完整证件号和手机号</translation>
    </message>
    <message>
        <source>状态：</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>组别：</source>
        <translation>组别：</translation>
    </message>
    <message>
        <source>组委会确认</source>
        <translation>组委会确认</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>职工组报名模板.xlsx</source>
        <translation>职工组报名模板.xlsx</translation>
    </message>
    <message>
        <source>职工组模板…</source>
        <translation>职工组模板…</translation>
    </message>
    <message>
        <source>花名册.xlsx</source>
        <translation>花名册.xlsx</translation>
    </message>
    <message>
        <source>花名册已导出：{p}，共 {n} 人。</source>
        <translation>花名册已导出：{p}，共 {n} 人。</translation>
    </message>
    <message>
        <source>退回修改…</source>
        <translation>退回修改…</translation>
    </message>
    <message>
        <source>选择报名表</source>
        <translation>选择报名表</translation>
    </message>
    <message>
        <source>重新提交</source>
        <translation>重新提交</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>报名 {id}</source>
        <translation>报名 {id}</translation>
    </message>
    <message>
        <source>报名 {id}（{name}）：{msg}本批次未做任何修改。</source>
        <translation>报名 {id}（{name}）：{msg}本批次未做任何修改。</translation>
    </message>
    <message>
        <source>报名编号 {ids} 不存在；请核对编号。</source>
        <translation>报名编号 {ids} 不存在；请核对编号。</translation>
    </message>
    <message>
        <source>未知的审核操作“{a}”；可用：{all}。</source>
        <translation>未知的审核操作“{a}”；可用：{all}。</translation>
    </message>
    <message>
        <source>没有选中任何报名；请指定要审核的报名编号。</source>
        <translation>没有选中任何报名；请指定要审核的报名编号。</translation>
    </message>
    <message>
        <source>账号“{user}”（{role}）无权执行“{a}”；请用有此权限的账号登录，或交由大赛办公室办理。</source>
        <translation>账号“{user}”（{role}）无权执行“{a}”；请用有此权限的账号登录，或交由大赛办公室办理。</translation>
    </message>
</context>
<context>
    <name>ReviewReasonDialog</name>
    <message>
        <source>“{a}”必须填写原因。</source>
        <translation>“{a}”必须填写原因。</translation>
    </message>
    <message>
        <source>原因：</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>审核原因</source>
        <translation>审核原因</translation>
    </message>
    <message>
        <source>将对选中的 {n} 条报名执行“{a}”。可填写原因（选填）：</source>
        <translation>将对选中的 {n} 条报名执行“{a}”。可填写原因（选填）：</translation>
    </message>
    <message>
        <source>将对选中的 {n} 条报名执行“{a}”。请填写原因：</source>
        <translation>将对选中的 {n} 条报名执行“{a}”。请填写原因：</translation>
    </message>
    <message>
        <source>记入审核历史和审计日志，报名单位可以看到</source>
        <translation>记入审核历史和审计日志，报名单位可以看到</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>修改系统设置</source>
        <translation>修改系统设置</translation>
    </message>
    <message>
        <source>加密和解密</source>
        <translation>加密和解密</translation>
    </message>
    <message>
        <source>备份数据库</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>录入、导入和修改报名</source>
        <translation>录入、导入和修改报名</translation>
    </message>
    <message>
        <source>录入成绩</source>
        <translation>录入成绩</translation>
    </message>
    <message>
        <source>恢复或覆盖数据库</source>
        <translation>恢复或覆盖数据库</translation>
    </message>
    <message>
        <source>查看完整身份证号和手机号</source>
        <translation>查看完整身份证号和手机号</translation>
    </message>
    <message>
        <source>查看审计日志</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>查看报名</source>
        <translation>查看报名</translation>
    </message>
    <message>
        <source>查看通讯录</source>
        <translation>查看通讯录</translation>
    </message>
    <message>
        <source>监审（锁定、申诉、签字）</source>
        <translation>监审（锁定、申诉、签字）</translation>
    </message>
    <message>
        <source>管理用户</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>维护通讯录和单位</source>
        <translation>维护通讯录和单位</translation>
    </message>
    <message>
        <source>裁判长签字</source>
        <translation>裁判长签字</translation>
    </message>
    <message>
        <source>设置赛事、工种和备案</source>
        <translation>设置赛事、工种和备案</translation>
    </message>
    <message>
        <source>账号“{user}”（{role}）无权{what}；请用有此权限的账号登录，或请管理员调整角色。</source>
        <translation>账号“{user}”（{role}）无权{what}；请用有此权限的账号登录，或请管理员调整角色。</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>准考证号</source>
        <translation>准考证号</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>审核状态</source>
        <translation>审核状态</translation>
    </message>
    <message>
        <source>工会代码</source>
        <translation>工会代码</translation>
    </message>
    <message>
        <source>工作单位/学校</source>
        <translation>工作单位/学校</translation>
    </message>
    <message>
        <source>工种</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>工种代码</source>
        <translation>工种代码</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>技能等级</source>
        <translation>技能等级</translation>
    </message>
    <message>
        <source>是</source>
        <translation>是</translation>
    </message>
    <message>
        <source>破格</source>
        <translation>破格</translation>
    </message>
    <message>
        <source>组别</source>
        <translation>组别</translation>
    </message>
    <message>
        <source>花名册</source>
        <translation>花名册</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>身份证号</translation>
    </message>
</context>
<context>
    <name>Sheet</name>
    <message>
        <source>{file} 是一个文件夹，不是 Excel 文件；请选择 .xlsx 文件。</source>
        <translation>{file} 是一个文件夹，不是 Excel 文件；请选择 .xlsx 文件。</translation>
    </message>
    <message>
        <source>值</source>
        <translation>值</translation>
    </message>
    <message>
        <source>列</source>
        <translation>列</translation>
    </message>
    <message>
        <source>在文件 {file} 的前 {n} 行中找不到表头（如：{titles}）；请使用导入模板的表头后再导入。</source>
        <translation>在文件 {file} 的前 {n} 行中找不到表头（如：{titles}）；请使用导入模板的表头后再导入。</translation>
    </message>
    <message>
        <source>填写说明</source>
        <translation>填写说明</translation>
    </message>
    <message>
        <source>导入检查报告：{file}（{n} 行有问题）</source>
        <translation>导入检查报告：{file}（{n} 行有问题）</translation>
    </message>
    <message>
        <source>必填</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>找不到文件 {file}；请检查路径。</source>
        <translation>找不到文件 {file}；请检查路径。</translation>
    </message>
    <message>
        <source>文件 {file} 不是 Excel 工作簿（.xlsx）；请在 Excel 中另存为 .xlsx 格式后再导入。</source>
        <translation>文件 {file} 不是 Excel 工作簿（.xlsx）；请在 Excel 中另存为 .xlsx 格式后再导入。</translation>
    </message>
    <message>
        <source>文件 {file} 中没有名为“{sheet}”的工作表；现有工作表：{names}。</source>
        <translation>文件 {file} 中没有名为“{sheet}”的工作表；现有工作表：{names}。</translation>
    </message>
    <message>
        <source>文件 {file} 中没有工作表；请选择填写好的 .xlsx 文件。</source>
        <translation>文件 {file} 中没有工作表；请选择填写好的 .xlsx 文件。</translation>
    </message>
    <message>
        <source>文件 {file} 已损坏或不是有效的 .xlsx 工作簿；请在 Excel 中打开并另存为 .xlsx 后重试。</source>
        <translation>文件 {file} 已损坏或不是有效的 .xlsx 工作簿；请在 Excel 中打开并另存为 .xlsx 后重试。</translation>
    </message>
    <message>
        <source>文件 {file} 是旧版 Excel（.xls）格式；请在 Excel 中“另存为” .xlsx 格式后再导入。</source>
        <translation>文件 {file} 是旧版 Excel（.xls）格式；请在 Excel 中“另存为” .xlsx 格式后再导入。</translation>
    </message>
    <message>
        <source>文件 {file} 是空的（0 字节）；请选择填写好的 .xlsx 文件。</source>
        <translation>文件 {file} 是空的（0 字节）；请选择填写好的 .xlsx 文件。</translation>
    </message>
    <message>
        <source>文件 {file} 的工作表“{sheet}”是空的；请填写数据后再导入。</source>
        <translation>文件 {file} 的工作表“{sheet}”是空的；请填写数据后再导入。</translation>
    </message>
    <message>
        <source>文件 {file} 缺少必填列“{col}”（也可写作：{also}）；请在表头中加上该列后重新导入。</source>
        <translation>文件 {file} 缺少必填列“{col}”（也可写作：{also}）；请在表头中加上该列后重新导入。</translation>
    </message>
    <message>
        <source>文件 {file} 缺少必填列“{col}”；请在表头中加上该列后重新导入。</source>
        <translation>文件 {file} 缺少必填列“{col}”；请在表头中加上该列后重新导入。</translation>
    </message>
    <message>
        <source>文件 {file} 设置了打开密码；请在 Excel 中取消密码（文件→信息→保护工作簿）后另存再导入。</source>
        <translation>文件 {file} 设置了打开密码；请在 Excel 中取消密码（文件→信息→保护工作簿）后另存再导入。</translation>
    </message>
    <message>
        <source>无法写入文件 {file}：文件夹 {folder} 不存在。</source>
        <translation>无法写入文件 {file}：文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>无法写入文件 {file}：文件被占用或没有写入权限；请在 Excel 中关闭它或换一个位置后重试。</source>
        <translation>无法写入文件 {file}：文件被占用或没有写入权限；请在 Excel 中关闭它或换一个位置后重试。</translation>
    </message>
    <message>
        <source>无法读取文件 {file}（{err}）；请关闭占用它的程序后重试。</source>
        <translation>无法读取文件 {file}（{err}）；请关闭占用它的程序后重试。</translation>
    </message>
    <message>
        <source>无法读取文件 {file}：文件被占用或没有读取权限；请在 Excel 中关闭它后重试。</source>
        <translation>无法读取文件 {file}：文件被占用或没有读取权限；请在 Excel 中关闭它后重试。</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>请从下拉列表中选择。</source>
        <translation>请从下拉列表中选择。</translation>
    </message>
    <message>
        <source>选项</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>问题清单</source>
        <translation>问题清单</translation>
    </message>
</context>
<context>
    <name>TradeDialog</name>
    <message>
        <source> 人</source>
        <translation> 人</translation>
    </message>
    <message>
        <source> 岁</source>
        <translation> 岁</translation>
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
以 {n} 人参赛计：{counts}</translation>
    </message>
    <message>
        <source>一等/二等/三等[/优秀奖]：比例如 10/20/30，固定名额如 1/3/6</source>
        <translation>一等/二等/三等[/优秀奖]：比例如 10/20/30，固定名额如 1/3/6</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>两者之和必须为 100%</source>
        <translation>两者之和必须为 100%</translation>
    </message>
    <message>
        <source>从单位库中选择承办单位（类型为“承办单位”的单位）</source>
        <translation>从单位库中选择承办单位（类型为“承办单位”的单位）</translation>
    </message>
    <message>
        <source>低于此人数的工种显示为“可能取消”。</source>
        <translation>低于此人数的工种显示为“可能取消”。</translation>
    </message>
    <message>
        <source>例如 W-CNC，在本赛事中唯一</source>
        <translation>例如 W-CNC，在本赛事中唯一</translation>
    </message>
    <message>
        <source>例如 天津市河西区示例路1号</source>
        <translation>例如 天津市河西区示例路1号</translation>
    </message>
    <message>
        <source>例如 实训楼一层数控车间</source>
        <translation>例如 实训楼一层数控车间</translation>
    </message>
    <message>
        <source>例如 数控车工</source>
        <translation>例如 数控车工</translation>
    </message>
    <message>
        <source>修改原因：</source>
        <translation>修改原因：</translation>
    </message>
    <message>
        <source>允许破格（低于要求等级的可经审批参赛，破格原因记入报名）</source>
        <translation>允许破格（低于要求等级的可经审批参赛，破格原因记入报名）</translation>
    </message>
    <message>
        <source>分（低于合格线者不获奖）</source>
        <translation>分（低于合格线者不获奖）</translation>
    </message>
    <message>
        <source>删除场次</source>
        <translation>删除场次</translation>
    </message>
    <message>
        <source>单位库中还没有的承办单位：填写全称后新建并选中</source>
        <translation>单位库中还没有的承办单位：填写全称后新建并选中</translation>
    </message>
    <message>
        <source>参赛形式：</source>
        <translation>参赛形式：</translation>
    </message>
    <message>
        <source>取整：</source>
        <translation>取整：</translation>
    </message>
    <message>
        <source>合格线“{v}”不是有效的分数。</source>
        <translation>合格线“{v}”不是有效的分数。</translation>
    </message>
    <message>
        <source>合格线：</source>
        <translation>合格线：</translation>
    </message>
    <message>
        <source>团体项目</source>
        <translation>团体项目</translation>
    </message>
    <message>
        <source>场地地址：</source>
        <translation>场地地址：</translation>
    </message>
    <message>
        <source>场次</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>基本信息</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>备注：</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>实操权重：</source>
        <translation>实操权重：</translation>
    </message>
    <message>
        <source>工种代码：</source>
        <translation>工种代码：</translation>
    </message>
    <message>
        <source>工种名称：</source>
        <translation>工种名称：</translation>
    </message>
    <message>
        <source>工种设置</source>
        <translation>工种设置</translation>
    </message>
    <message>
        <source>已有 {n} 人报名</source>
        <translation>已有 {n} 人报名</translation>
    </message>
    <message>
        <source>已有报名或成绩时，改变其含义的修改必须写明原因（记入审计日志）</source>
        <translation>已有报名或成绩时，改变其含义的修改必须写明原因（记入审计日志）</translation>
    </message>
    <message>
        <source>已有评分记录</source>
        <translation>已有评分记录</translation>
    </message>
    <message>
        <source>年龄范围：</source>
        <translation>年龄范围：</translation>
    </message>
    <message>
        <source>并列名次规则：</source>
        <translation>并列名次规则：</translation>
    </message>
    <message>
        <source>成绩与奖项</source>
        <translation>成绩与奖项</translation>
    </message>
    <message>
        <source>成绩已锁定（{k}）</source>
        <translation>成绩已锁定（{k}）</translation>
    </message>
    <message>
        <source>承办单位全称：</source>
        <translation>承办单位全称：</translation>
    </message>
    <message>
        <source>承办单位：</source>
        <translation>承办单位：</translation>
    </message>
    <message>
        <source>技能等级要求：</source>
        <translation>技能等级要求：</translation>
    </message>
    <message>
        <source>报名截止：</source>
        <translation>报名截止：</translation>
    </message>
    <message>
        <source>报名条件</source>
        <translation>报名条件</translation>
    </message>
    <message>
        <source>按顺序比较；用“上移”“下移”调整顺序</source>
        <translation>按顺序比较；用“上移”“下移”调整顺序</translation>
    </message>
    <message>
        <source>新增工种</source>
        <translation>新增工种</translation>
    </message>
    <message>
        <source>新建承办单位</source>
        <translation>新建承办单位</translation>
    </message>
    <message>
        <source>新建承办单位…</source>
        <translation>新建承办单位…</translation>
    </message>
    <message>
        <source>最少参赛人数：</source>
        <translation>最少参赛人数：</translation>
    </message>
    <message>
        <source>未定</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>每个场次一行：日期、开始和结束时间、场地、容量、类型。双击单元格修改。</source>
        <translation>每个场次一行：日期、开始和结束时间、场地、容量、类型。双击单元格修改。</translation>
    </message>
    <message>
        <source>每队人数：</source>
        <translation>每队人数：</translation>
    </message>
    <message>
        <source>比赛场地：</source>
        <translation>比赛场地：</translation>
    </message>
    <message>
        <source>比赛日期：</source>
        <translation>比赛日期：</translation>
    </message>
    <message>
        <source>沿用赛事的报名截止日期</source>
        <translation>沿用赛事的报名截止日期</translation>
    </message>
    <message>
        <source>沿用赛事的报名截止日期（{d}）</source>
        <translation>沿用赛事的报名截止日期（{d}）</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>添加场次</source>
        <translation>添加场次</translation>
    </message>
    <message>
        <source>状态：</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>理论权重：</source>
        <translation>理论权重：</translation>
    </message>
    <message>
        <source>移除</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>第 {n} 个场次的容量“{v}”应为整数。</source>
        <translation>第 {n} 个场次的容量“{v}”应为整数。</translation>
    </message>
    <message>
        <source>第 {n} 个场次的日期“{v}”无法识别，请写成 2021-10-20。</source>
        <translation>第 {n} 个场次的日期“{v}”无法识别，请写成 2021-10-20。</translation>
    </message>
    <message>
        <source>第 {n} 个场次的时间“{v}”无法识别，请写成 08:30。</source>
        <translation>第 {n} 个场次的时间“{v}”无法识别，请写成 08:30。</translation>
    </message>
    <message>
        <source>第 {n} 个场次的类型“{v}”应为“理论”或“实操”。</source>
        <translation>第 {n} 个场次的类型“{v}”应为“理论”或“实操”。</translation>
    </message>
    <message>
        <source>级别：</source>
        <translation>级别：</translation>
    </message>
    <message>
        <source>组别：</source>
        <translation>组别：</translation>
    </message>
    <message>
        <source>编辑工种：{code} {name}</source>
        <translation>编辑工种：{code} {name}</translation>
    </message>
    <message>
        <source>至</source>
        <translation>至</translation>
    </message>
    <message>
        <source>获奖名额：</source>
        <translation>获奖名额：</translation>
    </message>
    <message>
        <source>获奖方式：</source>
        <translation>获奖方式：</translation>
    </message>
    <message>
        <source>（未定）</source>
        <translation>（未定）</translation>
    </message>
</context>
<context>
    <name>Trades</name>
    <message>
        <source>不变</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>不是有效的技能等级，例如“高级工（三级）”。</source>
        <translation>不是有效的技能等级，例如“高级工（三级）”。</translation>
    </message>
    <message>
        <source>不是有效的日期，请写成 2021-10-20 的形式。</source>
        <translation>不是有效的日期，请写成 2021-10-20 的形式。</translation>
    </message>
    <message>
        <source>与第 {r} 行的工种代码重复。</source>
        <translation>与第 {r} 行的工种代码重复。</translation>
    </message>
    <message>
        <source>个人/团体</source>
        <translation>个人/团体</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>代码与本赛事已有工种相同的行会更新该工种；已有报名或评分的工种，影响报名或成绩含义的设置请在“编辑工种”窗口中填写原因后修改。</source>
        <translation>代码与本赛事已有工种相同的行会更新该工种；已有报名或评分的工种，影响报名或成绩含义的设置请在“编辑工种”窗口中填写原因后修改。</translation>
    </message>
    <message>
        <source>允许破格</source>
        <translation>允许破格</translation>
    </message>
    <message>
        <source>单人</source>
        <translation>单人</translation>
    </message>
    <message>
        <source>单人/团体</source>
        <translation>单人/团体</translation>
    </message>
    <message>
        <source>参赛形式</source>
        <translation>参赛形式</translation>
    </message>
    <message>
        <source>及格线</source>
        <translation>及格线</translation>
    </message>
    <message>
        <source>取整</source>
        <translation>取整</translation>
    </message>
    <message>
        <source>取整方式</source>
        <translation>取整方式</translation>
    </message>
    <message>
        <source>合格线</source>
        <translation>合格线</translation>
    </message>
    <message>
        <source>否</source>
        <translation>否</translation>
    </message>
    <message>
        <source>团体</source>
        <translation>团体</translation>
    </message>
    <message>
        <source>团队人数</source>
        <translation>团队人数</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>场地</source>
        <translation>场地</translation>
    </message>
    <message>
        <source>场地地址</source>
        <translation>场地地址</translation>
    </message>
    <message>
        <source>场次 {d} 已有检录或抽签记录，不能删除；请保留该场次。</source>
        <translation>场次 {d} 已有检录或抽签记录，不能删除；请保留该场次。</translation>
    </message>
    <message>
        <source>处理</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>奖项设置</source>
        <translation>奖项设置</translation>
    </message>
    <message>
        <source>实操</source>
        <translation>实操</translation>
    </message>
    <message>
        <source>实操占比</source>
        <translation>实操占比</translation>
    </message>
    <message>
        <source>实操权重</source>
        <translation>实操权重</translation>
    </message>
    <message>
        <source>实操权重%</source>
        <translation>实操权重%</translation>
    </message>
    <message>
        <source>工种</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>工种“{c} {n}”{detail}，不能删除；如不再举办，请把状态改为“已取消”。</source>
        <translation>工种“{c} {n}”{detail}，不能删除；如不再举办，请把状态改为“已取消”。</translation>
    </message>
    <message>
        <source>工种“{n}”</source>
        <translation>工种“{n}”</translation>
    </message>
    <message>
        <source>工种代码</source>
        <translation>工种代码</translation>
    </message>
    <message>
        <source>工种代码“{c}”太长，最多 20 个字符。</source>
        <translation>工种代码“{c}”太长，最多 20 个字符。</translation>
    </message>
    <message>
        <source>工种列表</source>
        <translation>工种列表</translation>
    </message>
    <message>
        <source>工种名称</source>
        <translation>工种名称</translation>
    </message>
    <message>
        <source>工种名称太长，最多 60 个字。</source>
        <translation>工种名称太长，最多 60 个字。</translation>
    </message>
    <message>
        <source>工种（编号 {i}）不存在。</source>
        <translation>工种（编号 {i}）不存在。</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>已有 {n} 人报名</source>
        <translation>已有 {n} 人报名</translation>
    </message>
    <message>
        <source>已有评分、裁判、检录或抽签等记录</source>
        <translation>已有评分、裁判、检录或抽签等记录</translation>
    </message>
    <message>
        <source>已结束</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>应为“单人”或“团体”。</source>
        <translation>应为“单人”或“团体”。</translation>
    </message>
    <message>
        <source>应为“市级一类”“市级二类”或“区级”。</source>
        <translation>应为“市级一类”“市级二类”或“区级”。</translation>
    </message>
    <message>
        <source>应为“按参赛人数比例”或“固定名额”。</source>
        <translation>应为“按参赛人数比例”或“固定名额”。</translation>
    </message>
    <message>
        <source>应为“是”或“否”。</source>
        <translation>应为“是”或“否”。</translation>
    </message>
    <message>
        <source>应为“职工组”或“学生组”。</source>
        <translation>应为“职工组”或“学生组”。</translation>
    </message>
    <message>
        <source>应为向下取整、四舍五入或向上取整。</source>
        <translation>应为向下取整、四舍五入或向上取整。</translation>
    </message>
    <message>
        <source>应为整数。</source>
        <translation>应为整数。</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>必填列：工种代码、工种名称、组别。其余列留空时使用默认值：市级一类、单人、年龄 16–60 岁、理论 30% / 实操 70%、合格线 60、一等 10% 二等 20% 三等 30% 向下取整、最少 30 人。</source>
        <translation>必填列：工种代码、工种名称、组别。其余列留空时使用默认值：市级一类、单人、年龄 16–60 岁、理论 30% / 实操 70%、合格线 60、一等 10% 二等 20% 三等 30% 向下取整、最少 30 人。</translation>
    </message>
    <message>
        <source>必填，不能为空。</source>
        <translation>必填，不能为空。</translation>
    </message>
    <message>
        <source>成绩</source>
        <translation>成绩</translation>
    </message>
    <message>
        <source>承办</source>
        <translation>承办</translation>
    </message>
    <message>
        <source>承办单位</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>承办单位写全称；单位库中没有的承办单位会在导入时新建。</source>
        <translation>承办单位写全称；单位库中没有的承办单位会在导入时新建。</translation>
    </message>
    <message>
        <source>承办单位（编号 {i}）不存在。</source>
        <translation>承办单位（编号 {i}）不存在。</translation>
    </message>
    <message>
        <source>技能等级</source>
        <translation>技能等级</translation>
    </message>
    <message>
        <source>技能等级“{g}”无效。</source>
        <translation>技能等级“{g}”无效。</translation>
    </message>
    <message>
        <source>技能等级要求</source>
        <translation>技能等级要求</translation>
    </message>
    <message>
        <source>报名截止</source>
        <translation>报名截止</translation>
    </message>
    <message>
        <source>报名截止日期</source>
        <translation>报名截止日期</translation>
    </message>
    <message>
        <source>改了获奖方式就要同时填写获奖名额。</source>
        <translation>改了获奖方式就要同时填写获奖名额。</translation>
    </message>
    <message>
        <source>文件有任何错误时不会导入任何一行；程序会生成一份标出错误的报告，改正后重新导入即可。</source>
        <translation>文件有任何错误时不会导入任何一行；程序会生成一份标出错误的报告，改正后重新导入即可。</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>是</source>
        <translation>是</translation>
    </message>
    <message>
        <source>更新</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>最低人数</source>
        <translation>最低人数</translation>
    </message>
    <message>
        <source>最大年龄</source>
        <translation>最大年龄</translation>
    </message>
    <message>
        <source>最小年龄</source>
        <translation>最小年龄</translation>
    </message>
    <message>
        <source>最少参赛人数</source>
        <translation>最少参赛人数</translation>
    </message>
    <message>
        <source>本赛事已有代码为“{c}”的工种，请换一个代码。</source>
        <translation>本赛事已有代码为“{c}”的工种，请换一个代码。</translation>
    </message>
    <message>
        <source>本赛事没有代码为“{c}”的工种；运行 “haihe-desk trades list” 查看代码。</source>
        <translation>本赛事没有代码为“{c}”的工种；运行 “haihe-desk trades list” 查看代码。</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>每行一个工种（竞赛项目）的一个组别；同一工种分职工组和学生组时写两行，代码不同（例如 W-CNC 与 S-CNC）。</source>
        <translation>每行一个工种（竞赛项目）的一个组别；同一工种分职工组和学生组时写两行，代码不同（例如 W-CNC 与 S-CNC）。</translation>
    </message>
    <message>
        <source>每队人数</source>
        <translation>每队人数</translation>
    </message>
    <message>
        <source>比赛</source>
        <translation>比赛</translation>
    </message>
    <message>
        <source>比赛地点</source>
        <translation>比赛地点</translation>
    </message>
    <message>
        <source>比赛场地</source>
        <translation>比赛场地</translation>
    </message>
    <message>
        <source>比赛开始日期</source>
        <translation>比赛开始日期</translation>
    </message>
    <message>
        <source>比赛日期</source>
        <translation>比赛日期</translation>
    </message>
    <message>
        <source>比赛结束日期</source>
        <translation>比赛结束日期</translation>
    </message>
    <message>
        <source>比赛项目</source>
        <translation>比赛项目</translation>
    </message>
    <message>
        <source>状态“{s}”无效。</source>
        <translation>状态“{s}”无效。</translation>
    </message>
    <message>
        <source>理论</source>
        <translation>理论</translation>
    </message>
    <message>
        <source>理论占比</source>
        <translation>理论占比</translation>
    </message>
    <message>
        <source>理论权重</source>
        <translation>理论权重</translation>
    </message>
    <message>
        <source>理论权重%</source>
        <translation>理论权重%</translation>
    </message>
    <message>
        <source>理论权重与实操权重按百分数填写（30 表示 30%），两者之和必须为 100。</source>
        <translation>理论权重与实操权重按百分数填写（30 表示 30%），两者之和必须为 100。</translation>
    </message>
    <message>
        <source>破格</source>
        <translation>破格</translation>
    </message>
    <message>
        <source>竞赛项目</source>
        <translation>竞赛项目</translation>
    </message>
    <message>
        <source>第 {i} 个场次没有日期，请填写。</source>
        <translation>第 {i} 个场次没有日期，请填写。</translation>
    </message>
    <message>
        <source>第 {i} 个场次的容量必须至少为 1 人。</source>
        <translation>第 {i} 个场次的容量必须至少为 1 人。</translation>
    </message>
    <message>
        <source>第 {i} 个场次的类型“{k}”无效，应为理论或实操。</source>
        <translation>第 {i} 个场次的类型“{k}”无效，应为理论或实操。</translation>
    </message>
    <message>
        <source>第 {i} 个场次的结束时间 {e:%H:%M} 不晚于开始时间 {s:%H:%M}，请改正。</source>
        <translation>第 {i} 个场次的结束时间 {e:%H:%M} 不晚于开始时间 {s:%H:%M}，请改正。</translation>
    </message>
    <message>
        <source>第 {r} 行：新增工种 {c} {n}</source>
        <translation>第 {r} 行：新增工种 {c} {n}</translation>
    </message>
    <message>
        <source>第 {r} 行：新建承办单位“{n}”</source>
        <translation>第 {r} 行：新建承办单位“{n}”</translation>
    </message>
    <message>
        <source>第 {r} 行：更新工种 {c}：{f}</source>
        <translation>第 {r} 行：更新工种 {c}：{f}</translation>
    </message>
    <message>
        <source>等级要求</source>
        <translation>等级要求</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>级别“{v}”无效，应为市级一类、市级二类或区级。</source>
        <translation>级别“{v}”无效，应为市级一类、市级二类或区级。</translation>
    </message>
    <message>
        <source>组别</source>
        <translation>组别</translation>
    </message>
    <message>
        <source>组别“{g}”无效，应为职工组或学生组。</source>
        <translation>组别“{g}”无效，应为职工组或学生组。</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>获奖名额</source>
        <translation>获奖名额</translation>
    </message>
    <message>
        <source>获奖名额按 一等/二等/三等[/优秀奖] 顺序用“/”分隔：按比例时填百分数（10/20/30），固定名额时填人数（1/3/6）。</source>
        <translation>获奖名额按 一等/二等/三等[/优秀奖] 顺序用“/”分隔：按比例时填百分数（10/20/30），固定名额时填人数（1/3/6）。</translation>
    </message>
    <message>
        <source>获奖方式</source>
        <translation>获奖方式</translation>
    </message>
    <message>
        <source>获奖比例</source>
        <translation>获奖比例</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>请填写工种代码（例如 W-CNC）。</source>
        <translation>请填写工种代码（例如 W-CNC）。</translation>
    </message>
    <message>
        <source>请填写工种名称。</source>
        <translation>请填写工种名称。</translation>
    </message>
    <message>
        <source>请填写承办单位的全称。</source>
        <translation>请填写承办单位的全称。</translation>
    </message>
    <message>
        <source>赛事“{n}”已归档，不能再修改其工种；如需修改，请先取消归档。</source>
        <translation>赛事“{n}”已归档，不能再修改其工种；如需修改，请先取消归档。</translation>
    </message>
    <message>
        <source>赛事级别</source>
        <translation>赛事级别</translation>
    </message>
    <message>
        <source>赛事（编号 {i}）不存在。</source>
        <translation>赛事（编号 {i}）不存在。</translation>
    </message>
    <message>
        <source>项目代码</source>
        <translation>项目代码</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>项目名称</translation>
    </message>
</context>
<context>
    <name>UnitOps</name>
    <message>
        <source>正在写出模板…</source>
        <translation>正在写出模板…</translation>
    </message>
    <message>
        <source>正在导出工会代码表…</source>
        <translation>正在导出工会代码表…</translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <source>两次输入的密码不一致；请重新输入。</source>
        <translation>两次输入的密码不一致；请重新输入。</translation>
    </message>
    <message>
        <source>修改用户“{u}”</source>
        <translation>修改用户“{u}”</translation>
    </message>
    <message>
        <source>再输入一次：</source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <source>只能查看</source>
        <translation>只能查看</translation>
    </message>
    <message>
        <source>启用此账号</source>
        <translation>启用此账号</translation>
    </message>
    <message>
        <source>姓名：</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>密码：</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>所属工会：</source>
        <translation>所属工会：</translation>
    </message>
    <message>
        <source>此角色可以：{rights}。</source>
        <translation>此角色可以：{rights}。</translation>
    </message>
    <message>
        <source>添加用户</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>用户名：</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>角色：</source>
        <translation>角色：</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>不能停用或降级“{u}”：系统中必须至少保留一个启用的管理员。</source>
        <translation>不能停用或降级“{u}”：系统中必须至少保留一个启用的管理员。</translation>
    </message>
    <message>
        <source>原密码不正确；密码未修改。</source>
        <translation>原密码不正确；密码未修改。</translation>
    </message>
    <message>
        <source>只有管理员可以添加用户；请先登录。</source>
        <translation>只有管理员可以添加用户；请先登录。</translation>
    </message>
    <message>
        <source>密码不能只由数字或只由字母组成；请混合使用字母、数字或符号。</source>
        <translation>密码不能只由数字或只由字母组成；请混合使用字母、数字或符号。</translation>
    </message>
    <message>
        <source>密码至少需要 {n} 个字符。</source>
        <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <source>密码连续输错 {n} 次，账号“{u}”已锁定 {m} 分钟；请稍后再试，或请管理员解锁。</source>
        <translation>密码连续输错 {n} 次，账号“{u}”已锁定 {m} 分钟；请稍后再试，或请管理员解锁。</translation>
    </message>
    <message>
        <source>工会审核员必须指定所属工会（工会代码或单位名称），找不到“{u}”；请先在通讯录的单位树中核对。</source>
        <translation>工会审核员必须指定所属工会（工会代码或单位名称），找不到“{u}”；请先在通讯录的单位树中核对。</translation>
    </message>
    <message>
        <source>未知的角色“{r}”；可用：{all}。</source>
        <translation>未知的角色“{r}”；可用：{all}。</translation>
    </message>
    <message>
        <source>没有用户“{u}”；请核对用户名（“haihe-desk users list”列出全部用户）。</source>
        <translation>没有用户“{u}”；请核对用户名（“haihe-desk users list”列出全部用户）。</translation>
    </message>
    <message>
        <source>用户“{u}”</source>
        <translation>用户“{u}”</translation>
    </message>
    <message>
        <source>用户名“{u}”已存在；请换一个。</source>
        <translation>用户名“{u}”已存在；请换一个。</translation>
    </message>
    <message>
        <source>用户名“{u}”无效：须为 1–60 个字符，不含空格。</source>
        <translation>用户名“{u}”无效：须为 1–60 个字符，不含空格。</translation>
    </message>
    <message>
        <source>用户名或密码不正确；请重新输入（连续 {n} 次错误后账号将锁定 {m} 分钟）。</source>
        <translation>用户名或密码不正确；请重新输入（连续 {n} 次错误后账号将锁定 {m} 分钟）。</translation>
    </message>
    <message>
        <source>第一个用户必须是管理员；请先创建管理员账号。</source>
        <translation>第一个用户必须是管理员；请先创建管理员账号。</translation>
    </message>
    <message>
        <source>自动登录只适用于单台电脑的本地数据库；多台电脑共用 PostgreSQL 服务器时每人都须登录。</source>
        <translation>自动登录只适用于单台电脑的本地数据库；多台电脑共用 PostgreSQL 服务器时每人都须登录。</translation>
    </message>
    <message>
        <source>账号“{u}”因多次输错密码已锁定，请 {m} 分钟后再试，或请管理员解锁。</source>
        <translation>账号“{u}”因多次输错密码已锁定，请 {m} 分钟后再试，或请管理员解锁。</translation>
    </message>
    <message>
        <source>账号“{u}”已停用，不能设为自动登录。</source>
        <translation>账号“{u}”已停用，不能设为自动登录。</translation>
    </message>
    <message>
        <source>账号“{u}”已停用；请联系管理员。</source>
        <translation>账号“{u}”已停用；请联系管理员。</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>修改…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>只适用于一人使用的电脑：启动时以所选账号进入，不输入密码。多台电脑共用服务器时不可用。</source>
        <translation>只适用于一人使用的电脑：启动时以所选账号进入，不输入密码。多台电脑共用服务器时不可用。</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>已锁定</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>所属工会</source>
        <translation>所属工会</translation>
    </message>
    <message>
        <source>添加用户…</source>
        <translation>添加用户…</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>用户管理</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <source>自动登录</source>
        <translation>自动登录</translation>
    </message>
    <message>
        <source>自动登录：</source>
        <translation>自动登录：</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>解锁</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>重设密码…</source>
        <translation>重设密码…</translation>
    </message>
    <message>
        <source>（不自动登录）</source>
        <translation>（不自动登录）</translation>
    </message>
</context>
</TS>
