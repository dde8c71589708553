"""The contact list as a sheet: its columns (import, export and template), the template's
instructions and the export. Workbooks themselves are written in ``haihe_desk.io``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from haihe_desk.domain import labels
from haihe_desk.i18n import translate
from haihe_desk.services.contacts.records import ContactRecord, records
from haihe_desk.services.context import Actor


def sheet_fields() -> list[Any]:
    from haihe_desk.io.sheet import FieldSpec

    return [
        FieldSpec(
            "name",
            translate("ContactSheet", "姓名"),
            (translate("ContactSheet", "联系人"),),
            required=True,
            example="王亚梅",
        ),
        FieldSpec(
            "role",
            translate("ContactSheet", "职责"),
            (translate("ContactSheet", "角色"), translate("ContactSheet", "类别")),
            choices=tuple(translate("Labels", v) for v in labels.CONTACT_ROLES.values()),
            example=translate("Labels", "大赛办公室"),
        ),
        FieldSpec(
            "organisation",
            translate("ContactSheet", "单位"),
            (translate("ContactSheet", "工作单位"), translate("ContactSheet", "所在单位")),
            example="技能大赛办公室",
        ),
        FieldSpec(
            "trade",
            translate("ContactSheet", "工种"),
            (translate("ContactSheet", "项目"), translate("ContactSheet", "竞赛项目")),
        ),
        FieldSpec(
            "office",
            translate("ContactSheet", "办公电话"),
            (
                translate("ContactSheet", "电话"),
                translate("ContactSheet", "座机"),
                translate("ContactSheet", "联系电话"),
            ),
            example="84236612",
            text=True,
        ),
        FieldSpec(
            "mobile",
            translate("ContactSheet", "手机"),
            (translate("ContactSheet", "手机号"), translate("ContactSheet", "移动电话")),
            text=True,
        ),
        FieldSpec("other", translate("ContactSheet", "其他电话"), (), text=True),
        FieldSpec(
            "email", translate("ContactSheet", "电子邮箱"), (translate("ContactSheet", "邮箱"), "E-mail", "Email")
        ),
        FieldSpec("notes", translate("ContactSheet", "备注"), ()),
    ]


def template_instructions() -> list[str]:
    return [
        translate("ContactSheet", "每行一位联系人。第 2 行是示例，导入前请删除或改写。“姓名”必填。"),
        translate("ContactSheet", "“职责”从下拉列表中选择；留空视为“其他”。"),
        translate("ContactSheet", "一个格子里可以写几个电话，用顿号、分号或换行隔开；请把电话列设为文本格式。"),
        translate(
            "ContactSheet",
            "姓名和单位都相同的联系人会被更新，其余新建。有问题的行写入检查报告；默认全部无误才导入，"
            "也可选择只导入无误的行。",
        ),
    ]


def export_rows(recs: Sequence[ContactRecord]) -> list[dict[str, Any]]:
    return [
        {
            "name": c.name,
            "role": c.role_label,
            "organisation": c.organisation,
            "trade": c.trade,
            "office": "、".join(c.numbers("office")),
            "mobile": "、".join(c.numbers("mobile")),
            "other": "、".join(c.numbers("other")),
            "email": c.email,
            "notes": c.notes,
        }
        for c in recs
    ]


def export_file(session: Session, path: Any, filters: dict[str, Any] | None = None, actor: Actor | None = None) -> int:
    from haihe_desk.io.tables import write_table

    return write_table(
        path, sheet_fields(), export_rows(records(session, filters, actor)), translate("ContactSheet", "通讯录")
    )


def write_template_file(path: Any) -> None:
    from haihe_desk.io.sheet import write_template

    write_template(path, sheet_fields(), template_instructions(), translate("ContactSheet", "通讯录"))
