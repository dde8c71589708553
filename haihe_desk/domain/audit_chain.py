"""The audit log's hash chain: each entry's hash covers its content and the previous hash."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

GENESIS = "0" * 64


def canonical(value: object) -> str:
    """Stable JSON for hashing and storage (sorted keys, no whitespace, non-ASCII kept)."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def entry_hash(prev_hash: str, fields: Mapping[str, object]) -> str:
    payload = prev_hash + "\n" + canonical(dict(fields))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainBreak:
    seq: int
    reason: str


def verify(entries: Iterable[tuple[int, str, str, Mapping[str, object]]]) -> ChainBreak | None:
    """Walk (seq, prev_hash, hash, fields) in order; return the first break or None if intact."""
    expected_prev = GENESIS
    expected_seq = 1
    for seq, prev_hash, stored_hash, fields in entries:
        if seq != expected_seq:
            return ChainBreak(expected_seq, "missing")
        if prev_hash != expected_prev:
            return ChainBreak(seq, "prev")
        if entry_hash(prev_hash, fields) != stored_hash:
            return ChainBreak(seq, "hash")
        expected_prev = stored_hash
        expected_seq += 1
    return None
