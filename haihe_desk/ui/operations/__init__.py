"""Named operations: one function per user action (Anki's ``aqt/operations``).

Views never open a transaction or build a query. A button's slot collects what the user chose
(values from the form, the selected ids, the current contest) and calls one function here, in the
module of its area (``contests.py``, ``registrations.py``, ``contacts.py`` ...). That function

- opens ONE Session (``db.write()`` for a change, ``db.read()`` for a lookup),
- calls the service with the signed-in actor and the contest passed explicitly,
- after the commit emits the ``Change`` members it touched on the data bus,
- returns the service's result (or the ``Op`` when it runs in the background).

Errors the user can cause (``UserError``, ``Conflict``) propagate to the view, which shows them in
place (an error label, the conflict dialog). Long work (imports, merges, batches) goes through
``background`` so it runs off the GUI thread with a cancellable progress dialog, commits only at its
end, and leaves the database as before on cancel or error.
"""

from haihe_desk.ui.operations.base import background, current_contest, read, write

__all__ = ["background", "current_contest", "read", "write"]
