"""The union-code list as a sheet (工会代码表): its columns (import, export and template), the
template's instructions, and the export. Workbooks themselves are written in ``haihe_desk.io``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from haihe_desk.db.models import Organisation
from haihe_desk.domain import labels
from haihe_desk.i18n import translate
from haihe_desk.services.organisations.tree import OrgNode, tree

KIND_CHOICES = tuple(
    labels.ORG_KINDS[k]
    for k in ("district_union", "bureau", "group_company", "grassroots", "employer", "school", "host_unit")
)


def sheet_fields() -> list[Any]:
    """Columns of the union-code list the district unions hand out (import, export and template)."""
    from haihe_desk.io.sheet import FieldSpec

    return [
        FieldSpec(
            "name",
            translate("OrgSheet", "单位名称"),
            (translate("OrgSheet", "工会名称"), translate("OrgSheet", "单位全称"), translate("OrgSheet", "名称")),
            required=True,
            example="和平区示例机械制造有限公司工会",
        ),
        FieldSpec(
            "union_code",
            translate("OrgSheet", "工会代码"),
            (translate("OrgSheet", "代码"), translate("OrgSheet", "工会编码")),
            example="120101001",
            text=True,
        ),
        FieldSpec(
            "parent",
            translate("OrgSheet", "上级单位"),
            (
                translate("OrgSheet", "上级工会"),
                translate("OrgSheet", "上级单位名称"),
                translate("OrgSheet", "上级工会代码"),
            ),
            example="和平区总工会",
        ),
        FieldSpec(
            "kind",
            translate("OrgSheet", "类型"),
            (translate("OrgSheet", "单位类型"), translate("OrgSheet", "类别")),
            choices=tuple(translate("Labels", c) for c in KIND_CHOICES),
            example=translate("Labels", "基层工会"),
        ),
        FieldSpec("short_name", translate("OrgSheet", "简称"), (translate("OrgSheet", "单位简称"),)),
        FieldSpec(
            "address",
            translate("OrgSheet", "地址"),
            (translate("OrgSheet", "单位地址"), translate("OrgSheet", "通讯地址")),
        ),
        FieldSpec("contact_person", translate("OrgSheet", "联系人"), ()),
        FieldSpec("phone", translate("OrgSheet", "联系电话"), (translate("OrgSheet", "电话"),), text=True),
        FieldSpec("notes", translate("OrgSheet", "备注"), ()),
    ]


def template_instructions() -> list[str]:
    return [
        translate("OrgSheet", "每行一个单位（工会、工作单位、学校或承办单位）。第 2 行是示例，导入前请删除或改写。"),
        translate("OrgSheet", "“单位名称”必填；也可写作“工会名称”。"),
        translate(
            "OrgSheet",
            "“工会代码”以各工会提供的为准：数字和字母，4–32 位，每个代码只能给一个单位"
            "（如区总工会 120101，其下基层工会 120101001）。请把该列设为文本格式，以免 Excel 去掉开头的 0。",
        ),
        translate(
            "OrgSheet",
            "“上级单位”填上级的全称、简称或工会代码；上级可以在同一文件中。留空时，"
            "按“6 位 + 每级 3 位”编排的代码会按前几位自动找上级。下级代码不以上级代码开头时只作提醒，不影响导入。",
        ),
        translate(
            "OrgSheet",
            "“类型”从下拉列表中选择；留空时 6 位数字的代码视为区总工会，其他代码视为基层工会，无代码视为工作单位。",
        ),
        translate(
            "OrgSheet",
            "已有单位按工会代码（无代码时按名称）更新，其余新建。任何一行有问题时整个文件都不导入，问题写入导入报告。",
        ),
    ]


def export_rows(session: Session, *, include_retired: bool = False) -> list[dict[str, Any]]:
    """Units as rows of the union-code list (parents before children), ready for ``io.tables.write_table``."""
    nodes = tree(session, include_retired=include_retired)
    by_id = {n.id: n for n in nodes}
    children: dict[int | None, list[OrgNode]] = {}
    for n in nodes:
        children.setdefault(n.parent_id if n.parent_id in by_id else None, []).append(n)
    full = (
        {o.id: o for o in session.scalars(select(Organisation).where(Organisation.id.in_(list(by_id))))}
        if by_id
        else {}
    )
    out: list[dict[str, Any]] = []
    stack = list(reversed(children.get(None, [])))
    while stack:
        n = stack.pop()
        o = full[n.id]
        parent = by_id.get(n.parent_id) if n.parent_id else None
        out.append(
            {
                "name": o.name,
                "union_code": o.union_code or "",
                "parent": (parent.union_code or parent.name) if parent else "",
                "kind": labels.label(labels.ORG_KINDS, o.kind),
                "short_name": o.short_name,
                "address": o.address,
                "contact_person": o.contact_person,
                "phone": o.phone,
                "notes": o.notes,
            }
        )
        stack.extend(reversed(children.get(n.id, [])))
    return out


def export_file(session: Session, path: str | Path, *, include_retired: bool = False) -> int:
    from haihe_desk.io.tables import write_table

    return write_table(
        path, sheet_fields(), export_rows(session, include_retired=include_retired), translate("OrgSheet", "工会代码表")
    )


def write_template_file(path: str | Path) -> None:
    from haihe_desk.io.sheet import write_template

    write_template(path, sheet_fields(), template_instructions(), translate("OrgSheet", "工会代码表"))
