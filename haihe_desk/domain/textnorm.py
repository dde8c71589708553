"""Text as people type it into sheets: full-width digits/letters and odd spaces folded (pure)."""

from __future__ import annotations

import re

# Full-width ASCII (digits, letters, punctuation U+FF01..U+FF5E) folded only for digits and
# letters; Chinese full-width brackets and commas in unit names are kept as written.
FOLD = str.maketrans(
    {chr(0xFF10 + i): chr(0x30 + i) for i in range(10)}
    | {chr(0xFF21 + i): chr(0x41 + i) for i in range(26)}
    | {chr(0xFF41 + i): chr(0x61 + i) for i in range(26)}
    | {"\u3000": " ", "\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u200b": "", "\ufeff": ""}
)
_SPACES = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """Fold full-width digits/letters and odd spaces, collapse runs of whitespace, strip."""
    return _SPACES.sub(" ", text.translate(FOLD)).strip()
