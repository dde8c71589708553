"""Every xlsx import: one ``Importer`` shape (base.py) and one runner (runner.py). The importers
themselves live beside their area (``imports/registrations.py``, ...)."""

from haihe_desk.services.imports.base import Importer, ImportOption, ImportPlan
from haihe_desk.services.imports.runner import ImportOutcome, ImportRejected, preview_import, rejection, run_import

__all__ = [
    "ImportOption",
    "ImportOutcome",
    "ImportPlan",
    "ImportRejected",
    "Importer",
    "preview_import",
    "rejection",
    "run_import",
]
