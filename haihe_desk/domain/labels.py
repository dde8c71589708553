"""Codes stored in the database and their Chinese labels (translated on display): every label table
of the program is here. A plain dict is in the "Labels" context; a ``LabelTable`` names its own."""

from __future__ import annotations

from haihe_desk.i18n import QT_TRANSLATE_NOOP, translate


class LabelTable(dict):
    """Codes → Chinese labels, with the translation context the labels are extracted under."""

    def __init__(self, context: str, items: dict):
        super().__init__(items)
        self.context = context


GROUPS = {"worker": QT_TRANSLATE_NOOP("Labels", "职工组"), "student": QT_TRANSLATE_NOOP("Labels", "学生组")}
LEVELS = {
    "city1": QT_TRANSLATE_NOOP("Labels", "市级一类"),
    "city2": QT_TRANSLATE_NOOP("Labels", "市级二类"),
    "district": QT_TRANSLATE_NOOP("Labels", "区级"),
}
REG_STATUS = {
    "submitted": QT_TRANSLATE_NOOP("Labels", "待审核"),
    "union_approved": QT_TRANSLATE_NOOP("Labels", "工会已审核"),
    "confirmed": QT_TRANSLATE_NOOP("Labels", "组委会已确认"),
    "returned": QT_TRANSLATE_NOOP("Labels", "退回修改"),
    "rejected": QT_TRANSLATE_NOOP("Labels", "不予通过"),
    "withdrawn": QT_TRANSLATE_NOOP("Labels", "弃权"),
}
ORG_KINDS = {
    "committee": QT_TRANSLATE_NOOP("Labels", "组委会"),
    "office": QT_TRANSLATE_NOOP("Labels", "大赛办公室"),
    "district_union": QT_TRANSLATE_NOOP("Labels", "区总工会"),
    "bureau": QT_TRANSLATE_NOOP("Labels", "局工会"),
    "group_company": QT_TRANSLATE_NOOP("Labels", "集团公司工会"),
    "grassroots": QT_TRANSLATE_NOOP("Labels", "基层工会"),
    "employer": QT_TRANSLATE_NOOP("Labels", "工作单位"),
    "school": QT_TRANSLATE_NOOP("Labels", "学校"),
    "host_unit": QT_TRANSLATE_NOOP("Labels", "承办单位"),
}
GRADES = {
    1: QT_TRANSLATE_NOOP("Labels", "高级技师（一级）"),
    2: QT_TRANSLATE_NOOP("Labels", "技师（二级）"),
    3: QT_TRANSLATE_NOOP("Labels", "高级工（三级）"),
    4: QT_TRANSLATE_NOOP("Labels", "中级工（四级）"),
    5: QT_TRANSLATE_NOOP("Labels", "初级工（五级）"),
}
JUDGE_ROLES = {
    "chief": QT_TRANSLATE_NOOP("Labels", "裁判长"),
    "encryption": QT_TRANSLATE_NOOP("Labels", "加密裁判"),
    "judge": QT_TRANSLATE_NOOP("Labels", "裁判员"),
    "clerk": QT_TRANSLATE_NOOP("Labels", "计分员"),
}
CONTACT_ROLES = {
    "office": QT_TRANSLATE_NOOP("Labels", "大赛办公室"),
    "worker_reg": QT_TRANSLATE_NOOP("Labels", "职工组报名"),
    "student_reg": QT_TRANSLATE_NOOP("Labels", "学生组报名"),
    "platform": QT_TRANSLATE_NOOP("Labels", "报名审核平台"),
    "host_unit": QT_TRANSLATE_NOOP("Labels", "承办单位"),
    "chief_judge": QT_TRANSLATE_NOOP("Labels", "裁判长"),
    "email": QT_TRANSLATE_NOOP("Labels", "电子邮箱"),
    "other": QT_TRANSLATE_NOOP("Labels", "其他"),
}
USER_ROLES = {
    "admin": QT_TRANSLATE_NOOP("Labels", "管理员"),
    "office": QT_TRANSLATE_NOOP("Labels", "办公室"),
    "union_reviewer": QT_TRANSLATE_NOOP("Labels", "工会审核员"),
    "chief_judge": QT_TRANSLATE_NOOP("Labels", "裁判长"),
    "encryption_judge": QT_TRANSLATE_NOOP("Labels", "加密裁判"),
    "clerk": QT_TRANSLATE_NOOP("Labels", "计分员"),
    "supervisor": QT_TRANSLATE_NOOP("Labels", "监审"),
    "readonly": QT_TRANSLATE_NOOP("Labels", "只读"),
}
COMMITTEE_ROLES = {
    "director": QT_TRANSLATE_NOOP("Labels", "主任"),
    "deputy": QT_TRANSLATE_NOOP("Labels", "副主任"),
    "member": QT_TRANSLATE_NOOP("Labels", "成员"),
}


TIE_BREAK_KEYS = LabelTable(
    "ContestRules",
    {
        "total": QT_TRANSLATE_NOOP("ContestRules", "总成绩高者在前"),
        "time": QT_TRANSLATE_NOOP("ContestRules", "用时短者在前"),
        "practical": QT_TRANSLATE_NOOP("ContestRules", "实操成绩高者在前"),
        "theory": QT_TRANSLATE_NOOP("ContestRules", "理论成绩高者在前"),
    },
)
AWARD_LEVELS = LabelTable(
    "ContestRules",
    {
        "first": QT_TRANSLATE_NOOP("ContestRules", "一等奖"),
        "second": QT_TRANSLATE_NOOP("ContestRules", "二等奖"),
        "third": QT_TRANSLATE_NOOP("ContestRules", "三等奖"),
        "excellence": QT_TRANSLATE_NOOP("ContestRules", "优秀奖"),
    },
)
AWARD_MODES = LabelTable(
    "ContestRules",
    {
        "shares": QT_TRANSLATE_NOOP("ContestRules", "按参赛人数比例"),
        "counts": QT_TRANSLATE_NOOP("ContestRules", "固定名额"),
    },
)
ROUNDINGS = LabelTable(
    "ContestRules",
    {
        "down": QT_TRANSLATE_NOOP("ContestRules", "向下取整"),
        "half_up": QT_TRANSLATE_NOOP("ContestRules", "四舍五入"),
        "up": QT_TRANSLATE_NOOP("ContestRules", "向上取整"),
    },
)
FILING_KINDS = LabelTable(
    "ContestRules",
    {
        "record": QT_TRANSLATE_NOOP("ContestRules", "备案"),
        "summary": QT_TRANSLATE_NOOP("ContestRules", "总结"),
    },
)
FILING_STATES = LabelTable(
    "ContestRules",
    {
        "received": QT_TRANSLATE_NOOP("ContestRules", "已收到"),
        "received_late": QT_TRANSLATE_NOOP("ContestRules", "逾期收到"),
        "late": QT_TRANSLATE_NOOP("ContestRules", "逾期未交"),
        "pending": QT_TRANSLATE_NOOP("ContestRules", "未到期"),
    },
)
CONTEST_STATUS = LabelTable(
    "Contests",
    {
        "draft": QT_TRANSLATE_NOOP("Contests", "筹备中"),
        "active": QT_TRANSLATE_NOOP("Contests", "进行中"),
        "archived": QT_TRANSLATE_NOOP("Contests", "已归档"),
    },
)
COMMITTEE_BODIES = LabelTable(
    "Contests",
    {
        "organising": QT_TRANSLATE_NOOP("Contests", "组织委员会"),
        "judging": QT_TRANSLATE_NOOP("Contests", "评判委员会"),
        "supervision": QT_TRANSLATE_NOOP("Contests", "监审委员会"),
    },
)
TRADE_STATUS = LabelTable(
    "Trades",
    {
        "open": QT_TRANSLATE_NOOP("Trades", "正常"),
        "closed": QT_TRANSLATE_NOOP("Trades", "已结束"),
        "cancelled": QT_TRANSLATE_NOOP("Trades", "已取消"),
    },
)
SESSION_KINDS = LabelTable(
    "Trades",
    {
        "theory": QT_TRANSLATE_NOOP("Trades", "理论"),
        "practical": QT_TRANSLATE_NOOP("Trades", "实操"),
    },
)
LOCK_KINDS = LabelTable(
    "Trades",
    {
        "practical": QT_TRANSLATE_NOOP("Trades", "实操"),
        "theory": QT_TRANSLATE_NOOP("Trades", "理论"),
        "results": QT_TRANSLATE_NOOP("Trades", "成绩"),
    },
)
ACTION_LABELS = LabelTable(
    "RegistrationRules",
    {
        "approve": QT_TRANSLATE_NOOP("RegistrationRules", "工会审核通过"),
        "confirm": QT_TRANSLATE_NOOP("RegistrationRules", "组委会确认"),
        "return": QT_TRANSLATE_NOOP("RegistrationRules", "退回修改"),
        "reject": QT_TRANSLATE_NOOP("RegistrationRules", "不予通过"),
        "withdraw": QT_TRANSLATE_NOOP("RegistrationRules", "弃权"),
        "resubmit": QT_TRANSLATE_NOOP("RegistrationRules", "重新提交"),
    },
)
PHONE_KINDS = LabelTable(
    "Labels",
    {
        "office": QT_TRANSLATE_NOOP("Labels", "办公电话"),
        "mobile": QT_TRANSLATE_NOOP("Labels", "手机"),
        "other": QT_TRANSLATE_NOOP("Labels", "其他电话"),
    },
)


def label(table: dict, code: object) -> str:
    """The translated label for a code; unknown codes are shown as they are."""
    text = table.get(code)
    return translate(getattr(table, "context", "Labels"), text) if text else ("" if code is None else str(code))


def code_for(table: dict, text: str) -> object | None:
    """Reverse lookup from a label (Chinese or translated) or a code."""
    t = text.strip()
    context = getattr(table, "context", "Labels")
    for code, lab in table.items():
        if t in (str(code), lab, translate(context, lab)):
            return code
    return None
