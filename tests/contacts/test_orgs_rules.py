"""Union-code format and tree rules (domain.orgs), pure."""

from __future__ import annotations

import pytest

from haihe_desk.domain import orgs


@pytest.mark.parametrize(
    "code",
    [
        "120101",
        "120101001",
        "120101001001001001",
        "1201",
        "12010",
        "1201010",
        "12010A",
        "ab12",
        "91120101MA05XYZ123",
        "1" * 32,
    ],
)
def test_any_code_of_digits_and_letters_is_accepted(code: str) -> None:
    """The codes come from the unions ("以附件提供为准"); their format is theirs."""
    assert orgs.union_code_problem(code) is None


@pytest.mark.parametrize(
    ("code", "fragment"),
    [
        ("120", "4–32"),
        ("1" * 33, "4–32"),
        ("120101 001x", "数字和字母"),
        ("1201-01", "数字和字母"),
        ("一二〇一〇一", "数字和字母"),
        ("１２０１０１", "数字和字母"),
    ],
)
def test_other_codes_are_refused(code: str, fragment: str) -> None:
    assert fragment in (orgs.union_code_problem(code) or "")


@pytest.mark.parametrize("code", ["120101", "120101001", "120101001001", "120101001001001", "120101001001001001"])
def test_strict_format_accepts_the_office_numbering(code: str) -> None:
    assert orgs.union_code_problem(code, strict=True) is None


@pytest.mark.parametrize("code", ["12010", "1201010", "12010100", "1201010011", "12010A", "1201010010010010011"])
def test_strict_format_refuses_anything_else(code: str) -> None:
    assert "严格格式" in (orgs.union_code_problem(code, strict=True) or "")


def test_parent_prefix_is_only_a_warning() -> None:
    assert orgs.parent_code_warning("120101001", "和平区总工会", "120101") is None
    assert orgs.parent_code_warning("A0001", "和平区总工会", None) is None
    assert orgs.parent_code_warning(None, "和平区总工会", "120101") is None
    warning = orgs.parent_code_warning("120102001", "和平区总工会", "120101")
    assert warning and "120101" in warning and "不影响保存" in warning
    assert orgs.parent_code_warning("120101", "和平区总工会", "120101")  # the same code is no child's


def test_normalize_excel_numbers_and_spaces() -> None:
    assert orgs.normalize_union_code(120101001.0) == "120101001"
    assert orgs.normalize_union_code("120101001.0") == "120101001"
    assert orgs.normalize_union_code(" 120 101 ") == "120101"
    assert orgs.normalize_union_code("１２０１０１\u3000") == "120101"
    assert orgs.normalize_union_code(None) == ""
    assert orgs.normalize_union_code(1.5) == "1.5"


def test_parent_prefix() -> None:
    assert orgs.code_parent_prefix("120101001") == "120101"
    assert orgs.code_parent_prefix("120101") is None
    assert orgs.code_parent_prefix("AB12001") is None  # not the office's numbering: no guess
    assert orgs.code_fits_parent("120101001", "120101")
    assert orgs.code_fits_parent("HP0101", "HP01")
    assert not orgs.code_fits_parent("120102001", "120101")


def test_cycles() -> None:
    parent_of = {1: None, 2: 1, 3: 2, 4: None}
    assert orgs.would_cycle(1, 3, parent_of)  # under its own grandchild
    assert orgs.would_cycle(2, 2, parent_of)  # under itself
    assert not orgs.would_cycle(3, 4, parent_of)
    assert not orgs.would_cycle(4, 3, parent_of)
    assert not orgs.would_cycle(3, None, parent_of)
    assert orgs.descendants(1, parent_of) == {2, 3}
