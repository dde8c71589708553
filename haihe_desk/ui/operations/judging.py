"""Operations of the 评判 tab. Today it only reads: which contest the tab shows.

The contest is read here, at the edge, each time the tab reloads (never cached at build time):
the office may switch the current contest, and another PC may have switched it meanwhile. The
overview itself is a ``ListSource`` (services/judging.SOURCE) fetched by the table model through
``operations.listing``."""

from __future__ import annotations

from haihe_desk.db.database import Database
from haihe_desk.services import settings
from haihe_desk.ui.operations.base import current_contest, read


