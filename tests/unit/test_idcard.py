"""GB 11643-1999 resident ID numbers: check digit, length, birth date, Excel damage, gender, mask."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from haihe_desk.domain import idcard
from haihe_desk.domain.idcard import IdCardError


def iso7064_mod11_2(first17: str) -> str:
    """Independent check-digit computation (ISO 7064 MOD 11-2, the standard GB 11643 cites):
    weights are 2^(17-i) mod 11 and the check value is (12 - sum mod 11) mod 11, 10 written X.
    Deliberately shares nothing with the product's WEIGHTS / CHECK_CHARS tables."""
    total = sum(int(c) * pow(2, 17 - i, 11) for i, c in enumerate(first17))
    r = (12 - total % 11) % 11
    return "X" if r == 10 else str(r)


# Numbers whose check digit was worked out outside the product (published examples and the
# ISO 7064 formula above): (number, birth date, gender).
KNOWN_VALID = [
    ("11010519491231002X", date(1949, 12, 31), "女"),  # the GB 11643 textbook example, ends in X
    ("120101198506150037", date(1985, 6, 15), "男"),
    ("120104199003071234", date(1990, 3, 7), "男"),
    ("120116200002290049", date(2000, 2, 29), "女"),  # leap day
]


@pytest.mark.parametrize(("number", "born", "gender"), KNOWN_VALID)
def test_known_valid_numbers_parse(number: str, born: date, gender: str) -> None:
    info = idcard.parse(number)
    assert info.number == number
    assert info.birth_date == born
    assert info.gender == gender
    assert idcard.is_valid(number)


@pytest.mark.parametrize(("number", "born", "gender"), KNOWN_VALID)
def test_check_digit_matches_known_numbers(number: str, born: date, gender: str) -> None:
    assert idcard.check_digit(number[:17]) == number[17]


@given(st.text(alphabet="0123456789", min_size=17, max_size=17))
def test_check_digit_agrees_with_iso7064(first17: str) -> None:
    assert idcard.check_digit(first17) == iso7064_mod11_2(first17)


@pytest.mark.parametrize(
    ("region", "born", "seq", "male"),
    [
        ("120101", date(1990, 1, 1), 123, True),
        ("120116", date(2004, 2, 29), 456, False),
        ("110105", date(1949, 12, 31), 2, False),
        ("120104", date(1966, 7, 15), 999, True),
        ("120106", date(1975, 11, 30), 0, False),
    ],
)
def test_make_builds_valid_numbers(region: str, born: date, seq: int, male: bool) -> None:
    number = idcard.make(region, born, seq, male)
    assert len(number) == 18
    assert number.startswith(region + born.strftime("%Y%m%d"))
    assert number[17] == iso7064_mod11_2(number[:17])
    info = idcard.parse(number)
    assert info.birth_date == born
    assert info.gender == ("男" if male else "女")


def test_make_reproduces_the_textbook_example() -> None:
    assert idcard.make("110105", date(1949, 12, 31), 2, False) == "11010519491231002X"


@pytest.mark.parametrize("number", [n for n, _, _ in KNOWN_VALID])
def test_every_wrong_check_digit_is_refused(number: str) -> None:
    for wrong in "0123456789X":
        if wrong == number[17]:
            continue
        bad = number[:17] + wrong
        with pytest.raises(IdCardError) as exc:
            idcard.parse(bad)
        assert "校验位" in str(exc.value)
        assert number[17] in str(exc.value)  # the sentence names the expected check character
        assert not idcard.is_valid(bad)


def test_single_digit_typo_is_caught() -> None:
    # Change one body digit: mod 11 with these weights catches every single-digit substitution.
    number = "120104199003071234"
    for pos in range(17):
        for d in "0123456789":
            if d == number[pos]:
                continue
            typo = number[:pos] + d + number[pos + 1 :]
            assert not idcard.is_valid(typo), typo


@pytest.mark.parametrize(
    ("raw", "length"),
    [("", 0), ("11010519491231002", 17), ("11010519491231002X1", 19), ("110105491231002", 15)],
)
def test_wrong_length_is_refused(raw: str, length: int) -> None:
    with pytest.raises(IdCardError) as exc:
        idcard.parse(raw)
    assert "18 位" in str(exc.value)
    assert f"{length} 位" in str(exc.value)


@pytest.mark.parametrize("raw", ["1101051949123100AX", "11010519491231002Y", "11010519491231002-"])
def test_non_digit_characters_are_refused(raw: str) -> None:
    with pytest.raises(IdCardError, match="数字"):
        idcard.parse(raw)


@pytest.mark.parametrize("yyyymmdd", ["20000230", "19990229", "19901301", "19900100", "18991231"])
def test_impossible_birth_date_is_refused(yyyymmdd: str) -> None:
    first17 = "120104" + yyyymmdd + "123"
    number = first17 + iso7064_mod11_2(first17)  # a correct check digit: only the date is wrong
    with pytest.raises(IdCardError) as exc:
        idcard.parse(number)
    assert "出生日期" in str(exc.value)
    assert yyyymmdd in str(exc.value)


def test_lower_case_x_is_accepted() -> None:
    info = idcard.parse("11010519491231002x")
    assert info.number == "11010519491231002X"
    assert idcard.is_valid("11010519491231002x")


def test_full_width_digits_and_spaces_are_folded() -> None:
    raw = "１１０１０５ １９４９１２３１\u3000００２ｘ"
    info = idcard.parse(raw)
    assert info.number == "11010519491231002X"
    assert idcard.normalise(" 120101198506150037 ") == "120101198506150037"


def test_normalise_never_repairs_digits() -> None:
    # A wrong check digit stays wrong after normalising: no "fixing" of user data.
    assert idcard.normalise("110105194912310021") == "110105194912310021"
    assert not idcard.is_valid("110105194912310021")


@pytest.mark.parametrize(
    "raw",
    [
        120104199003071234,  # an int cell: 18 digits exceed a double's precision
        1.20104199003071e17,  # what Excel actually stores
        float(440524188001010014),
        "1.20101199001011E+17",  # the number as Excel shows it, pasted as text
        "1.20101199001011e17",
    ],
)
def test_numbers_mangled_by_excel_are_refused_with_advice(raw: object) -> None:
    assert idcard.looks_mangled_by_excel(raw)
    with pytest.raises(IdCardError) as exc:
        idcard.parse(raw)
    message = str(exc.value)
    assert "Excel" in message
    assert "文本" in message  # tells the user to format the column as text
    assert not idcard.is_valid(raw)


def test_a_bool_is_not_taken_for_an_excel_number() -> None:
    assert not idcard.looks_mangled_by_excel(True)
    assert not idcard.is_valid(True)


@pytest.mark.parametrize(
    ("number", "gender"),
    [
        (idcard.make("120101", date(1990, 1, 1), 11, True), "男"),
        (idcard.make("120101", date(1990, 1, 1), 10, False), "女"),
        ("11010519491231002X", "女"),  # digit 17 is 2
        ("120101198506150037", "男"),  # digit 17 is 3
    ],
)
def test_gender_comes_from_digit_17(number: str, gender: str) -> None:
    assert idcard.parse(number).gender == gender
    assert (int(number[16]) % 2 == 1) == (gender == "男")


def test_mask_keeps_region_and_last_four() -> None:
    assert idcard.mask("11010519491231002X") == "110105********002X"
    assert idcard.mask("120101198506150037") == "120101********0037"
    assert idcard.mask("1234567890") == "**********"
    assert idcard.mask("") == ""


def test_mask_hides_the_birth_date() -> None:
    number = "120104199003071234"
    assert "19900307" not in idcard.mask(number)
    assert len(idcard.mask(number)) == 18


def test_age_on() -> None:
    born = date(2004, 2, 29)
    assert idcard.age_on(born, date(2020, 2, 28)) == 15
    assert idcard.age_on(born, date(2020, 2, 29)) == 16
    assert idcard.age_on(born, date(2021, 2, 28)) == 16
    assert idcard.age_on(born, date(2021, 3, 1)) == 17


def test_birth_date_in_the_future_is_refused():
    from datetime import date, timedelta

    from haihe_desk.domain import idcard

    tomorrow = date.today() + timedelta(days=1)
    number = idcard.make("120101", tomorrow, 123, True)
    with pytest.raises(idcard.IdCardError, match="出生日期"):
        idcard.parse(number)


@pytest.mark.parametrize("number", ["1201011990030712³5", "120101199003071²35", "¹20101199003071235"])
def test_a_superscript_digit_is_refused_with_a_sentence_not_a_crash(number: str) -> None:
    with pytest.raises(idcard.IdCardError, match="数字"):
        idcard.parse(number)
    assert not idcard.is_valid(number)
