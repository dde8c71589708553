"""Pinyin search keys: initials and full spelling, every reading of the surname."""

from __future__ import annotations

import pytest

from haihe_desk.domain.pinyin import search_key


def test_full_spelling_and_initials() -> None:
    key = search_key("王亚梅")
    assert "wangyamei" in key.split()
    assert "wym" in key.split()


def test_key_is_lower_case_ascii() -> None:
    key = search_key("刘巍")
    assert key == key.lower()
    assert key.isascii()
    assert "liuwei" in key.split()
    assert "lw" in key.split()


@pytest.mark.parametrize("query", ["jw", "xw", "jiewen", "xiewen"])
def test_surname_with_special_reading_matches_both(query: str) -> None:
    # 解 as a surname is read xiè; as a word jiě. Staff type either.
    assert query in search_key("解雯").split()


def test_substring_search_works_on_the_key() -> None:
    # The contacts list matches with LIKE '%text%' on this key.
    key = search_key("李洁萍")
    assert "lijieping" in key
    assert "ljp" in key
    assert "jieping" in key  # typing the given name only still hits


def test_no_duplicate_keys() -> None:
    keys = search_key("张桥").split()
    assert len(keys) == len(set(keys))


def test_empty_text_gives_empty_key() -> None:
    assert search_key("") == ""


def test_distinct_names_have_distinct_keys() -> None:
    assert search_key("王亚梅") != search_key("解雯")
