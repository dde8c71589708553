"""Union-code format and tree rules (domain.orgs), pure."""

from __future__ import annotations

import pytest

from haihe_desk.domain import orgs


@pytest.mark.parametrize("code", ["120101", "120101001", "120101001001", "120101001001001", "120101001001001001"])
def test_valid_codes(code: str) -> None:
    assert orgs.union_code_problem(code) is None


@pytest.mark.parametrize("code", ["12010", "1201010", "12010100", "1201010011", "12010A", "120101 001x",
                                  "1201010010010010011"])
def test_invalid_codes(code: str) -> None:
    assert orgs.union_code_problem(code)


def test_normalize_excel_numbers_and_spaces() -> None:
    assert orgs.normalize_union_code(120101001.0) == "120101001"
    assert orgs.normalize_union_code("120101001.0") == "120101001"
    assert orgs.normalize_union_code(" 120 101 ") == "120101"
    assert orgs.normalize_union_code(None) == ""
    assert orgs.normalize_union_code(1.5) == "1.5"


def test_parent_prefix() -> None:
    assert orgs.code_parent_prefix("120101001") == "120101"
    assert orgs.code_parent_prefix("120101") is None
    assert orgs.code_fits_parent("120101001", "120101")
    assert not orgs.code_fits_parent("120102001", "120101")


def test_cycles() -> None:
    parent_of = {1: None, 2: 1, 3: 2, 4: None}
    assert orgs.would_cycle(1, 3, parent_of)  # under its own grandchild
    assert orgs.would_cycle(2, 2, parent_of)  # under itself
    assert not orgs.would_cycle(3, 4, parent_of)
    assert not orgs.would_cycle(4, 3, parent_of)
    assert not orgs.would_cycle(3, None, parent_of)
    assert orgs.descendants(1, parent_of) == {2, 3}
