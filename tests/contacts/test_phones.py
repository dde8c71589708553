"""domain.phones: one definition of a mobile and a landline, shared by contacts and registrations."""

from __future__ import annotations

import pytest

from haihe_desk.domain import phones
from haihe_desk.domain import registration_rules as R


@pytest.mark.parametrize(
    "number",
    [
        "13912345678",
        "139 1234 5678",
        "139-1234-5678",
        "+86 139 1234 5678",
        "8613912345678",
        "0086 13912345678",
        "１３９１２３４５６７８",
        "19912345678",
    ],
)
def test_mobiles(number: str) -> None:
    assert phones.is_mobile(number)
    assert phones.kind_for(number) == "mobile"
    assert phones.normalise(number) in ("13912345678", "19912345678")


@pytest.mark.parametrize(
    "number", ["12912345678", "1391234567", "139123456789", "022-23456789", "84236612", "11012345678", "", "abc"]
)
def test_not_mobiles(number: str) -> None:
    assert not phones.is_mobile(number)


def test_contacts_and_registrations_agree_on_mobile() -> None:
    """The two areas used to disagree: contacts took any 11 digits starting with 1 (12912345678) and
    not +86 139…; registrations the other way round. Now both ask domain.phones."""
    for number in ("12912345678", "+86 139 1234 5678", "139-1234-5678", "13912345678", "022-23456789"):
        assert (phones.kind_for(number) == "mobile") == R.is_mobile(number) == phones.is_mobile(number)
    assert R.normalise_phone is phones.normalise and R.phone_problem is phones.contestant_phone_problem


def test_split_numbers() -> None:
    assert phones.split_numbers("63862123、15822089096") == ["63862123", "15822089096"]
    assert phones.split_numbers("1;2\n3 / 4") == ["1", "2", "3", "4"]
    assert phones.split_numbers("") == []


@pytest.mark.parametrize(
    "number",
    ["84236612", "022-2823 6612", "(022)28236612", "400-810-8888", "84236612转123", "+86 22 2823 6612", "12345"],
)
def test_the_address_book_takes_any_dialable_number(number: str) -> None:
    assert phones.dialable_problem(number) is None


@pytest.mark.parametrize("number", ["abc", "电话号码", "1", "13912345678 转", "@@"])
def test_the_address_book_refuses_what_cannot_be_dialled(number: str) -> None:
    assert "格式不对" in (phones.dialable_problem(number) or "")


def test_a_contestant_needs_a_mobile_or_a_landline_with_its_area_code() -> None:
    assert phones.contestant_phone_problem("139-1234-5678") is None
    assert phones.contestant_phone_problem("022-23456789") is None
    assert "缺少区号" in (phones.contestant_phone_problem("23456789") or "")
    assert "请填写" in (phones.contestant_phone_problem("") or "")
    assert "不是有效" in (phones.contestant_phone_problem("12912345678") or "")
