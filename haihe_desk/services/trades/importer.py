"""The trade-list import (the annex listing trades, groups and host units): its columns, the
template and ``TradesImporter``, run by ``services.imports.run_import`` (backup, report, one
transaction, audit) from the CLI (``trades import``) and the GUI (the one import dialog). How a
row becomes trade settings is ``domain.trade_rules.values_from_row``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from haihe_desk.domain import contest_rules as rules
from haihe_desk.domain import labels, roles
from haihe_desk.domain.trade_rules import changed_fields, check_values, defaults, normalise, values_from_row
from haihe_desk.i18n import QT_TRANSLATE_NOOP, translate
from haihe_desk.io import sheet
from haihe_desk.io.sheet import FieldSpec, ImportResult, SheetData
from haihe_desk.services.context import Actor
from haihe_desk.services.imports.base import Importer, ImportOption, ImportPlan, Progress
from haihe_desk.services.trades.counts import trade_state
from haihe_desk.services.trades.edits import create_trade, update_trade
from haihe_desk.services.trades.host_units import ensure_host_unit, find_host_unit
from haihe_desk.services.trades.reading import list_trades, values_of
from haihe_desk.services.trades.validation import open_contest


def import_fields() -> list[FieldSpec]:
    """The columns of the trade list (the annex listing trades, groups and host units)."""
    return [
        FieldSpec(
            "code",
            translate("Trades", "工种代码"),
            (translate("Trades", "代码"), translate("Trades", "项目代码"), translate("Trades", "编号")),
            True,
            example="W-CNC",
            text=True,
        ),
        FieldSpec(
            "name",
            translate("Trades", "工种名称"),
            (
                translate("Trades", "工种"),
                translate("Trades", "竞赛项目"),
                translate("Trades", "项目名称"),
                translate("Trades", "比赛项目"),
            ),
            True,
            example="数控车工",
        ),
        FieldSpec(
            "group",
            translate("Trades", "组别"),
            (),
            True,
            tuple(translate("Labels", v) for v in labels.GROUPS.values()),
            "职工组",
        ),
        FieldSpec(
            "level",
            translate("Trades", "级别"),
            (translate("Trades", "赛事级别"), translate("Trades", "类别")),
            False,
            tuple(translate("Labels", v) for v in labels.LEVELS.values()),
            "市级一类",
        ),
        FieldSpec(
            "team",
            translate("Trades", "单人/团体"),
            (translate("Trades", "参赛形式"), translate("Trades", "个人/团体")),
            False,
            (translate("Trades", "单人"), translate("Trades", "团体")),
            "单人",
        ),
        FieldSpec("team_size", translate("Trades", "每队人数"), (translate("Trades", "团队人数"),), example=1),
        FieldSpec("host", translate("Trades", "承办单位"), (translate("Trades", "承办"),), example="天津示例技师学院"),
        FieldSpec(
            "venue",
            translate("Trades", "比赛场地"),
            (translate("Trades", "场地"), translate("Trades", "比赛地点")),
            example="实训楼一层",
        ),
        FieldSpec(
            "venue_address",
            translate("Trades", "场地地址"),
            (translate("Trades", "地址"),),
            example="天津市河西区示例路1号",
        ),
        FieldSpec(
            "start_date",
            translate("Trades", "开始日期"),
            (translate("Trades", "比赛日期"), translate("Trades", "比赛开始日期")),
            example="2021-10-20",
        ),
        FieldSpec(
            "end_date", translate("Trades", "结束日期"), (translate("Trades", "比赛结束日期"),), example="2021-10-22"
        ),
        FieldSpec("registration_deadline", translate("Trades", "报名截止"), (translate("Trades", "报名截止日期"),)),
        FieldSpec("min_age", translate("Trades", "最小年龄"), (), example=16),
        FieldSpec("max_age", translate("Trades", "最大年龄"), (), example=60),
        FieldSpec(
            "required_grade",
            translate("Trades", "技能等级要求"),
            (translate("Trades", "等级要求"), translate("Trades", "技能等级")),
            choices=tuple(translate("Labels", v) for v in labels.GRADES.values()),
            example="高级工（三级）",
        ),
        FieldSpec(
            "grade_exception_allowed",
            translate("Trades", "允许破格"),
            (translate("Trades", "破格"),),
            choices=(translate("Trades", "是"), translate("Trades", "否")),
            example="是",
        ),
        FieldSpec(
            "theory_weight",
            translate("Trades", "理论权重%"),
            (translate("Trades", "理论权重"), translate("Trades", "理论占比"), translate("Trades", "理论")),
            example=30,
        ),
        FieldSpec(
            "practical_weight",
            translate("Trades", "实操权重%"),
            (translate("Trades", "实操权重"), translate("Trades", "实操占比"), translate("Trades", "实操")),
            example=70,
        ),
        FieldSpec("pass_line", translate("Trades", "合格线"), (translate("Trades", "及格线"),), example=60),
        FieldSpec(
            "award_mode",
            translate("Trades", "获奖方式"),
            (),
            choices=tuple(translate("ContestRules", v) for v in rules.AWARD_MODES.values()),
            example="按参赛人数比例",
        ),
        FieldSpec(
            "award_levels",
            translate("Trades", "获奖名额"),
            (translate("Trades", "获奖比例"), translate("Trades", "奖项设置")),
            example="10/20/30",
            text=True,
        ),
        FieldSpec(
            "rounding",
            translate("Trades", "取整方式"),
            (translate("Trades", "取整"),),
            choices=tuple(translate("ContestRules", v) for v in rules.ROUNDINGS.values()),
            example="向下取整",
        ),
        FieldSpec("min_entries", translate("Trades", "最少参赛人数"), (translate("Trades", "最低人数"),), example=30),
        FieldSpec("notes", translate("Trades", "备注"), ()),
    ]


TEMPLATE_INSTRUCTIONS = (
    QT_TRANSLATE_NOOP(
        "Trades",
        "每行一个工种（竞赛项目）的一个组别；同一工种分职工组和学生组时写两行，代码不同（例如 W-CNC 与 S-CNC）。",
    ),
    QT_TRANSLATE_NOOP(
        "Trades",
        "必填列：工种代码、工种名称、组别。其余列留空时使用默认值：市级一类、单人、年龄 16–60 岁、理论 "
        "30% / 实操 70%、合格线 60、一等 10% 二等 20% 三等 30% 向下取整、最少 30 人。",
    ),
    QT_TRANSLATE_NOOP("Trades", "理论权重与实操权重按百分数填写（30 表示 30%），两者之和必须为 100。"),
    QT_TRANSLATE_NOOP(
        "Trades",
        "获奖名额按 一等/二等/三等[/优秀奖] 顺序用“/”分隔：按比例时填百分数（10/20/30），固定名额时填人数（1/3/6）。",
    ),
    QT_TRANSLATE_NOOP("Trades", "承办单位写全称；单位库中没有的承办单位会在导入时新建。"),
    QT_TRANSLATE_NOOP(
        "Trades",
        "代码与本赛事已有工种相同的行会更新该工种；已有报名或评分的工种，影响报名或成绩含义的设置请在“编辑工种”窗口中填写原因后修改。",
    ),
    QT_TRANSLATE_NOOP("Trades", "文件有任何错误时不会导入任何一行；程序会生成一份标出错误的报告，改正后重新导入即可。"),
)


def write_template(path: str | Path) -> None:
    """The fill-in template: the columns with drop-downs and an instructions sheet."""
    sheet.write_template(
        path, import_fields(), [translate("Trades", t) for t in TEMPLATE_INSTRUCTIONS], translate("Trades", "工种列表")
    )


# Which sheet column shows a problem found by check_values (its key → field key).
_ERR_COLUMN = {
    "code": "code",
    "name": "name",
    "group": "group",
    "level": "level",
    "team_size": "team_size",
    "dates": "start_date",
    "ages": "min_age",
    "weights": "theory_weight",
    "pass_line": "pass_line",
    "award_rule": "award_levels",
    "tie_break": "code",
    "min_entries": "min_entries",
    "grade": "required_grade",
    "status": "code",
    "host_unit": "host",
}


class TradesImporter(Importer):
    """工种列表 into one contest, all or nothing (rows name codes and host units other rows may
    share). New codes become trades, existing codes update their trade — a change that would alter
    registrations' or scores' meaning is an issue (it needs the edit form and a reason) — and host
    units the library lacks are created."""

    kind = "trade"
    permission = roles.CONTESTS_EDIT
    all_or_nothing = True
    changes = ("trades", "organisations", "contests")

    def __init__(self, contest_id: int):
        self.contest_id = contest_id

    def title(self) -> str:
        return translate("Trades", "工种列表")

    @classmethod
    def options(cls) -> list[ImportOption]:
        """None (the contest is given); a classmethod because ``cli.imports`` asks the class."""
        return []

    def fields(self, session: Session) -> list[FieldSpec]:
        return import_fields()

    def preview_headers(self) -> list[str]:
        return [
            translate("Trades", "行号"),
            translate("Trades", "工种代码"),
            translate("Trades", "工种名称"),
            translate("Trades", "组别"),
            translate("Trades", "承办单位"),
            translate("Trades", "处理"),
        ]

    def plan(self, session: Session, data: SheetData, progress: Progress | None) -> ImportPlan:
        """Check every row against the rules, the file and the contest's trades; write nothing."""
        open_contest(session, self.contest_id)
        fields = import_fields()
        titles = {f.key: data.header_for(f.key, fields) for f in fields}
        plan = ImportPlan(data=data, payload=[])
        existing = {t.code: t for t in list_trades(session, self.contest_id)}
        hosts: dict[str, int | None] = {}  # host name → its id (None: created on import)
        seen: dict[str, int] = {}
        total = len(data.rows)
        for i, row in enumerate(data.rows):
            if progress is not None and i % 50 == 0:
                progress(i, total)
            code = str(row.values.get("code") or "").strip()
            trade = existing.get(code)
            base = values_of(trade) if trade is not None else defaults()
            values, problems, host = values_from_row(row.values, base)
            if code and code in seen:
                problems.append(("code", code, translate("Trades", "与第 {r} 行的工种代码重复。").format(r=seen[code])))
            elif code:
                seen[code] = row.row
            if not problems:
                for key, msg in check_values(values).items():
                    col = _ERR_COLUMN.get(key, "code")
                    problems.append((col, row.values.get(col), msg))
            new_host = False
            if host and not problems:
                if host not in hosts:
                    org = find_host_unit(session, host)
                    hosts[host] = org.id if org is not None else None
                    new_host = org is None
                values["host_unit_id"] = hosts[host]
            changed: dict[str, Any] = {}
            if not problems and trade is not None:
                changed = changed_fields(values_of(trade), normalise(values))
                if host and hosts[host] is None:
                    changed["host_unit_id"] = (trade.host_unit_id, None)
                guard = rules.edit_guard(changed, trade_state(session, trade.id))
                if not guard.ok:
                    problems.append(("code", code, guard.message()))
            if problems:
                for key, value, msg in problems:
                    plan.issue(row.row, titles.get(key, key), value, msg)
                continue
            if new_host:
                plan.changes.append(translate("Trades", "第 {r} 行：新建承办单位“{n}”").format(r=row.row, n=host))
            group = labels.label(labels.GROUPS, values["group"])
            if trade is None:
                plan.new += 1
                what = translate("Trades", "新增")
                plan.changes.append(
                    translate("Trades", "第 {r} 行：新增工种 {c} {n}").format(r=row.row, c=code, n=values["name"])
                )
            elif changed:
                plan.updated += 1
                what = translate("Trades", "更新")
                plan.changes.append(
                    translate("Trades", "第 {r} 行：更新工种 {c}：{f}").format(
                        r=row.row, c=code, f="、".join(rules.field_label(f) for f in changed)
                    )
                )
            else:
                plan.unchanged += 1
                what = translate("Trades", "不变")
            plan.preview.append((row.row, code, values["name"], group, host or "", what))
            plan.payload.append(_Planned(row.row, values, host, trade.id if trade is not None else None, bool(changed)))
        if progress is not None:
            progress(total, total)
        return plan

    def apply(
        self, session: Session, actor: Actor, plan: ImportPlan, *, accept_valid: bool, progress: Progress | None
    ) -> ImportResult:
        """Create the new trades and host units and update the changed trades (each audited)."""
        actor.require(roles.CONTESTS_EDIT)
        open_contest(session, self.contest_id)
        written = 0
        rows: list[_Planned] = plan.payload
        for i, p in enumerate(rows):
            if progress is not None and i % 50 == 0:
                progress(i, len(rows))
            values = dict(p.values)
            if p.host:
                values["host_unit_id"] = ensure_host_unit(session, actor, p.host).id
            if p.trade_id is None:
                create_trade(session, actor, self.contest_id, values)
                written += 1
            elif p.changed:
                update_trade(session, actor, p.trade_id, values)
                written += 1
        if progress is not None:
            progress(len(rows), len(rows))
        return plan.result(written)


@dataclass
class _Planned:
    row: int
    values: dict[str, Any]
    host: str | None
    trade_id: int | None
    changed: bool
