"""The reason asked before a review action (forms/review_reason_dialog.ui): 退回修改 and 不予通过 need
one (the rule in domain.registration_rules), 弃权 may have one. OK with an empty required reason
shows the sentence under the field and keeps the dialog open; the dialog itself writes nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from haihe_desk.services import review
from haihe_desk.ui.dialogs.base import FormDialog


class ReviewReasonDialog(FormDialog):
    FORM = "review_reason_dialog"

    def __init__(self, action: str, count: int, *, required: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(self.form.objectName())
        self.action = action
        self.required = required
        label = review.action_label(action)
        self.setWindowTitle(label)
        self.reason_edit: QLineEdit = self.w(QLineEdit, "reasonEdit")
        prompt = (
            self.tr("将对选中的 {n} 条报名执行“{a}”。请填写原因：")
            if required
            else self.tr("将对选中的 {n} 条报名执行“{a}”。可填写原因（选填）：")
        )
        self.w(QLabel, "promptLabel").setText(prompt.format(n=count, a=label))

    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def save(self) -> bool:
        if self.required and not self.reason():
            self.show_errors({"reason": self.tr("“{a}”必须填写原因。").format(a=review.action_label(self.action))})
            return False
        return True
