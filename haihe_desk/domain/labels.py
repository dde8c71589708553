"""Codes stored in the database and their Chinese labels (translated on display)."""

from __future__ import annotations

from haihe_desk.i18n import QT_TRANSLATE_NOOP
from haihe_desk.i18n import translate

GROUPS = {"worker": QT_TRANSLATE_NOOP("Labels", "职工组"), "student": QT_TRANSLATE_NOOP("Labels", "学生组")}
LEVELS = {"city1": QT_TRANSLATE_NOOP("Labels", "市级一类"), "city2": QT_TRANSLATE_NOOP("Labels", "市级二类"), "district": QT_TRANSLATE_NOOP("Labels", "区级")}
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
GRADES = {1: QT_TRANSLATE_NOOP("Labels", "高级技师（一级）"), 2: QT_TRANSLATE_NOOP("Labels", "技师（二级）"), 3: QT_TRANSLATE_NOOP("Labels", "高级工（三级）"), 4: QT_TRANSLATE_NOOP("Labels", "中级工（四级）"), 5: QT_TRANSLATE_NOOP("Labels", "初级工（五级）")}
JUDGE_ROLES = {"chief": QT_TRANSLATE_NOOP("Labels", "裁判长"), "encryption": QT_TRANSLATE_NOOP("Labels", "加密裁判"), "judge": QT_TRANSLATE_NOOP("Labels", "裁判员"), "clerk": QT_TRANSLATE_NOOP("Labels", "计分员")}
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
COMMITTEE_ROLES = {"director": QT_TRANSLATE_NOOP("Labels", "主任"), "deputy": QT_TRANSLATE_NOOP("Labels", "副主任"), "member": QT_TRANSLATE_NOOP("Labels", "成员")}


def label(table: dict, code: object) -> str:
    """The translated label for a code; unknown codes are shown as they are."""
    text = table.get(code)
    return translate("Labels", text) if text else ("" if code is None else str(code))


def code_for(table: dict, text: str) -> object | None:
    """Reverse lookup from a label (Chinese or translated) or a code."""
    t = text.strip()
    for code, lab in table.items():
        if t in (str(code), lab, translate("Labels", lab)):
            return code
    return None
