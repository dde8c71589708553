"""The contact sheet (通讯录) PDF: one table, grouped in the tab's order, printed with the kit."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from haihe_desk.domain import labels
from haihe_desk.domain.phones import KINDS as PHONE_KINDS
from haihe_desk.i18n import translate
from haihe_desk.io import pdf_kit
from haihe_desk.io.vcard import ContactLike

WIDTHS = (0.15, 0.12, 0.11, 0.21, 0.21, 0.20)


def _phones(c: ContactLike) -> str:
    lines = []
    for kind, number in c.phones:
        tag = labels.label(PHONE_KINDS, kind) if kind == "mobile" else ""
        lines.append(f"{number}（{tag}）" if tag else number)
    return "\n".join(lines)


def rows(contacts: Sequence[ContactLike]) -> list[list[str]]:
    return [
        [c.role_label, c.name, c.trade, c.organisation, _phones(c), c.email + (("\n" + c.notes) if c.notes else "")]
        for c in contacts
    ]


def write_contact_sheet(
    path: str | Path, contacts: Sequence[ContactLike], *, heading: str = "", subtitle: str = ""
) -> pdf_kit.BuildResult:
    """Write the sheet; ``heading`` defaults to 通讯录, ``subtitle`` to the print time."""
    heading = heading or translate("ContactSheet", "通讯录")
    header = [
        translate("ContactSheet", "职责"),
        translate("ContactSheet", "姓名"),
        translate("ContactSheet", "工种"),
        translate("ContactSheet", "单位"),
        translate("ContactSheet", "电话"),
        translate("ContactSheet", "电子邮箱/备注"),
    ]
    story = pdf_kit.title(heading, subtitle or pdf_kit.printed_on())
    story.append(pdf_kit.table(header, rows(contacts), WIDTHS))
    return pdf_kit.build(
        path, story, doc_title=heading, footer_left=translate("ContactSheet", "海河工匠杯 技能大赛办公室")
    )
