"""The pure hash chain behind the audit log (no database)."""

from __future__ import annotations

import hashlib
import json

from haihe_desk.domain import audit_chain
from haihe_desk.domain.audit_chain import GENESIS, ChainBreak, canonical, entry_hash, verify

Entry = tuple[int, str, str, dict[str, object]]


def build_chain(n: int) -> list[Entry]:
    chain: list[Entry] = []
    prev = GENESIS
    for seq in range(1, n + 1):
        fields: dict[str, object] = {
            "seq": seq,
            "action": "score.enter",
            "actor": "张三",
            "new": {"code": f"A{seq:03d}", "mark": "8.5"},
        }
        h = entry_hash(prev, fields)
        chain.append((seq, prev, h, fields))
        prev = h
    return chain


def test_genesis_is_64_zeros() -> None:
    assert GENESIS == "0" * 64


def test_entry_hash_is_sha256_over_prev_and_canonical_json() -> None:
    fields = {"b": 2, "a": "审计"}
    expected = hashlib.sha256((GENESIS + "\n" + '{"a":"审计","b":2}').encode("utf-8")).hexdigest()
    assert entry_hash(GENESIS, fields) == expected


def test_canonical_is_stable_and_keeps_chinese() -> None:
    assert canonical({"b": 1, "a": "王亚梅"}) == canonical({"a": "王亚梅", "b": 1})
    assert canonical({"a": "王亚梅"}) == '{"a":"王亚梅"}'
    assert json.loads(canonical({"x": [1, 2]})) == {"x": [1, 2]}


def test_hash_depends_on_previous_hash() -> None:
    fields = {"seq": 2, "action": "x"}
    assert entry_hash(GENESIS, fields) != entry_hash("f" * 64, fields)


def test_empty_chain_is_intact() -> None:
    assert verify([]) is None


def test_intact_chain() -> None:
    assert verify(build_chain(5)) is None


def test_tampered_content_is_found_at_its_seq() -> None:
    chain = build_chain(5)
    seq, prev, h, fields = chain[2]
    chain[2] = (seq, prev, h, {**fields, "new": {"code": "A003", "mark": "9.5"}})
    assert verify(chain) == ChainBreak(3, "hash")


def test_tampered_content_with_recomputed_hash_breaks_the_next_link() -> None:
    # Someone edits entry 3 and recomputes its hash: entry 4 no longer links to it.
    chain = build_chain(5)
    seq, prev, _h, fields = chain[2]
    forged = {**fields, "actor": "李四"}
    chain[2] = (seq, prev, entry_hash(prev, forged), forged)
    assert verify(chain) == ChainBreak(4, "prev")


def test_broken_link_is_reported_as_prev() -> None:
    chain = build_chain(4)
    seq, _prev, h, fields = chain[1]
    chain[1] = (seq, "a" * 64, h, fields)
    assert verify(chain) == ChainBreak(2, "prev")


def test_first_entry_must_link_to_genesis() -> None:
    chain = build_chain(1)
    seq, _prev, _h, fields = chain[0]
    other = "1" * 64
    chain[0] = (seq, other, entry_hash(other, fields), fields)
    assert verify(chain) == ChainBreak(1, "prev")


def test_missing_seq_is_reported_at_the_gap() -> None:
    chain = build_chain(5)
    del chain[2]  # entry 3 removed
    assert verify(chain) == ChainBreak(3, "missing")


def test_chain_must_start_at_one() -> None:
    assert verify(build_chain(3)[1:]) == ChainBreak(1, "missing")


def test_verify_consumes_a_generator() -> None:
    assert audit_chain.verify(e for e in build_chain(3)) is None
    assert audit_chain.verify(e for e in build_chain(3)[:1] + build_chain(3)[2:]) == ChainBreak(2, "missing")
