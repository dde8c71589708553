"""The review buttons of the 报名 tab, pressed on rows selected with the mouse: each action moves the
rows in the database (history row, audit entry); 退回修改, 不予通过 and 弃权 ask their reason in the
reason dialog first (required for the first two: OK with nothing typed keeps it open)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QTreeWidget
from sqlalchemy import select

from haihe_desk.db.models import AuditEntry, Registration, RegistrationEvent
from haihe_desk.services import context, review
from haihe_desk.services.context import SYSTEM, Actor
from tests.registrations.conftest import make_tab
from tests.registrations.gui import ModalAnswer, cancel_button, click, click_row, ok_button, select_rows, type_text

pytestmark = pytest.mark.gui


def ids_in(db, status: str, n: int, *, where=None) -> list[int]:  # type: ignore[no-untyped-def]
    with db.read() as s:
        q = select(Registration.id).where(Registration.status == status)
        if where is not None:
            q = q.where(where)
        ids = list(s.scalars(q.order_by(Registration.id).limit(n)))
    assert len(ids) == n
    return ids


def statuses(db, ids: list[int]) -> set[str]:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return set(s.scalars(select(Registration.status).where(Registration.id.in_(ids))))


def events(db, rid: int) -> list[tuple[str, str, str, str]]:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return [
            tuple(r)
            for r in s.execute(
                select(
                    RegistrationEvent.from_status,
                    RegistrationEvent.to_status,
                    RegistrationEvent.reason,
                    RegistrationEvent.actor,
                )
                .where(RegistrationEvent.registration_id == rid)
                .order_by(RegistrationEvent.id)
            )
        ]


def review_audit(db, rid: int) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return [
            tuple(r)
            for r in s.execute(
                select(AuditEntry.action, AuditEntry.actor, AuditEntry.reason)
                .where(
                    AuditEntry.entity == "registration",
                    AuditEntry.entity_id == str(rid),
                    AuditEntry.action.like("registration.review.%"),
                )
                .order_by(AuditEntry.seq)
            )
        ]


def reason_answer(qtbot, text: str, *, empty_first: bool = False, cancel: bool = False) -> ModalAnswer:  # type: ignore[no-untyped-def]
    """Answer the reason dialog: optionally press OK with nothing typed first (it must stay open with
    the sentence under the field), then type ``text`` and press OK (or press 取消)."""

    def fill(dlg) -> None:  # type: ignore[no-untyped-def]
        assert dlg.objectName() == "ReviewReasonDialog"
        if empty_first:
            click(qtbot, ok_button(dlg))
            assert dlg.isVisible() and "必须填写原因" in dlg.findChild(QLabel, "reasonError").text()
        if cancel:
            click(qtbot, cancel_button(dlg))
            return
        type_text(qtbot, dlg.findChild(QLineEdit, "reasonEdit"), text)
        click(qtbot, ok_button(dlg))

    return ModalAnswer(fill)


def test_approve_then_confirm_two_selected_rows(qtbot, reg_tab, demo_db) -> None:  # type: ignore[no-untyped-def]
    ids = ids_in(demo_db, "submitted", 2)
    select_rows(qtbot, reg_tab, ids)
    assert not reg_tab.review_buttons["confirm"].isEnabled()
    click(qtbot, reg_tab.review_buttons["approve"])
    assert statuses(demo_db, ids) == {"union_approved"}
    assert "已将 2 条报名设为“工会已审核”" in reg_tab.notice.text()
    assert events(demo_db, ids[0])[-1] == ("submitted", "union_approved", "", "office1")
    select_rows(qtbot, reg_tab, ids)
    click(qtbot, reg_tab.review_buttons["confirm"])
    assert statuses(demo_db, ids) == {"confirmed"}
    assert [a for a, _u, _r in review_audit(demo_db, ids[1])] == [
        "registration.review.approve",
        "registration.review.confirm",
    ]


def test_return_asks_a_required_reason_and_shows_it_in_the_history(qtbot, reg_tab, demo_db) -> None:  # type: ignore[no-untyped-def]
    rid = ids_in(demo_db, "union_approved", 1)[0]
    click_row(qtbot, reg_tab, rid)
    answer = reason_answer(qtbot, "照片不清晰，请重传", empty_first=True)
    click(qtbot, reg_tab.review_buttons["return"])
    answer.check()
    assert events(demo_db, rid)[-1] == ("union_approved", "returned", "照片不清晰，请重传", "office1")
    with demo_db.read() as s:
        assert s.get(Registration, rid).status_reason == "照片不清晰，请重传"
    assert review_audit(demo_db, rid)[-1] == ("registration.review.return", "office1", "照片不清晰，请重传")
    click_row(qtbot, reg_tab, rid)  # the history panel shows the current row's moves
    tree = reg_tab.child(QTreeWidget, "historyTree")
    last = tree.topLevelItem(tree.topLevelItemCount() - 1)
    assert [last.text(c) for c in range(1, 5)] == ["office1", "工会已审核", "退回修改", "照片不清晰，请重传"]


def test_reject_with_reason(qtbot, reg_tab, demo_db) -> None:  # type: ignore[no-untyped-def]
    ids = ids_in(demo_db, "submitted", 2)
    select_rows(qtbot, reg_tab, ids)
    answer = reason_answer(qtbot, "不符合参赛条件")
    click(qtbot, reg_tab.review_buttons["reject"])
    answer.check()
    assert statuses(demo_db, ids) == {"rejected"}
    assert {events(demo_db, r)[-1][2] for r in ids} == {"不符合参赛条件"}


def test_cancelled_reason_dialog_changes_nothing(qtbot, reg_tab, demo_db) -> None:  # type: ignore[no-untyped-def]
    rid = ids_in(demo_db, "submitted", 1)[0]
    click_row(qtbot, reg_tab, rid)
    before = events(demo_db, rid)
    answer = reason_answer(qtbot, "", cancel=True)
    click(qtbot, reg_tab.review_buttons["reject"])
    answer.check()
    assert statuses(demo_db, [rid]) == {"submitted"} and events(demo_db, rid) == before


def test_withdraw_with_an_optional_reason(qtbot, reg_tab, demo_db) -> None:  # type: ignore[no-untyped-def]
    a, b = ids_in(demo_db, "confirmed", 2)
    click_row(qtbot, reg_tab, a)
    answer = reason_answer(qtbot, "本人因病弃权")
    click(qtbot, reg_tab.review_buttons["withdraw"])
    answer.check()
    assert events(demo_db, a)[-1] == ("confirmed", "withdrawn", "本人因病弃权", "office1")
    click_row(qtbot, reg_tab, b)
    answer = reason_answer(qtbot, "")  # nothing typed: allowed for 弃权
    click(qtbot, reg_tab.review_buttons["withdraw"])
    answer.check()
    assert statuses(demo_db, [a, b]) == {"withdrawn"}


def test_resubmit_only_for_returned_rows(qtbot, reg_tab, demo_db) -> None:  # type: ignore[no-untyped-def]
    submitted = ids_in(demo_db, "submitted", 3)
    returned, other = submitted[:2], submitted[2]
    with demo_db.write() as s:
        review.apply(s, SYSTEM, "return", returned, "请补充材料")
    reg_tab.reload()
    button = reg_tab.review_buttons["resubmit"]
    select_rows(qtbot, reg_tab, returned + [other])
    assert not button.isEnabled()
    select_rows(qtbot, reg_tab, returned)
    assert not reg_tab.review_buttons["approve"].isEnabled()
    click(qtbot, button)
    assert statuses(demo_db, returned) == {"submitted"}
    assert "已将 2 条报名设为“待审核”" in reg_tab.notice.text()
    assert events(demo_db, returned[0])[-1][:2] == ("returned", "submitted")


def test_union_reviewer_approves_in_their_union_and_cannot_confirm(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    from haihe_desk.services.organisations import in_subtree
    from tests.users.helpers import org_id_by_code

    scope = org_id_by_code(demo_db, "120101")
    context.sign_in(Actor("heping", "union_reviewer", scope))
    try:
        tab = make_tab(qtbot, demo_db)
        assert tab.review_buttons["confirm"].isHidden() and tab.review_buttons["withdraw"].isHidden()
        rid = ids_in(demo_db, "submitted", 1, where=in_subtree(Registration.unit_id, scope))[0]
        click_row(qtbot, tab, rid)
        click(qtbot, tab.review_buttons["approve"])
    finally:
        context.sign_in(None)
    assert statuses(demo_db, [rid]) == {"union_approved"}
    assert events(demo_db, rid)[-1][3] == "heping"


def test_row_moved_on_another_pc_meanwhile_is_refused_with_a_sentence(qtbot, reg_tab, demo_db) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    rid = ids_in(demo_db, "submitted", 1)[0]
    click_row(qtbot, reg_tab, rid)
    assert reg_tab.review_buttons["approve"].isEnabled()
    with demo_db.write() as s:  # another PC approves it first (this tab is not told)
        review.apply(s, Actor("other-pc", "office"), "approve", [rid])
    seen: list[str] = []

    def close(box) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        click(qtbot, box.buttons()[0])

    answer = ModalAnswer(close)
    click(qtbot, reg_tab.review_buttons["approve"])
    answer.check()
    assert "不能执行“工会审核通过”" in seen[0] and "本批次未做任何修改" in seen[0]
    assert [e[3] for e in events(demo_db, rid)[1:]] == ["other-pc"]  # approved once, by the other PC
