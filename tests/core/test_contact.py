import pytest
from hypothesis import given
from hypothesis import strategies as st

from educonnect_desktop.core.contact import (
    InvalidEmail,
    InvalidPhone,
    NotAMobile,
    PhoneNumber,
    mask_email,
    mask_phone,
    normalize_email,
    normalize_phone,
    require_mobile,
)
from educonnect_desktop.errors import UserFacingError


@pytest.mark.parametrize(
    "typed",
    [
        "06 12 34 56 78",
        "0612345678",
        "06.12.34.56.78",
        "06-12-34-56-78",
        "+33 6 12 34 56 78",
        "+33612345678",
        "0033 6 12 34 56 78",
        "+33 (0)6 12 34 56 78",
        "  06 12 34 56 78  ",
    ],
)
def test_french_mobile_forms(typed):
    assert normalize_phone(typed) == PhoneNumber(
        e164="+33612345678", is_mobile=True, national="06 12 34 56 78"
    )


def test_07_is_mobile():
    phone = normalize_phone("07 81 23 45 67")
    assert phone.is_mobile
    assert phone.e164 == "+33781234567"


@pytest.mark.parametrize(
    "typed",
    ["01 42 34 56 78", "02 98 76 54 32", "03 20 12 34 56", "04 91 12 34 56", "05 56 12 34 56",
     "09 51 23 45 67"],
)
def test_landlines_and_voip_are_not_mobiles(typed):
    phone = normalize_phone(typed)
    assert not phone.is_mobile
    assert phone.national == typed


@pytest.mark.parametrize(
    ("typed", "e164", "national", "mobile"),
    [
        ("0692 12 34 56", "+262692123456", "0692 12 34 56", True),  # Réunion
        ("+262 692 12 34 56", "+262692123456", "0692 12 34 56", True),
        ("0262 12 34 56", "+262262123456", "0262 12 34 56", False),
        ("0690 12 34 56", "+590690123456", "0690 12 34 56", True),  # Guadeloupe
        ("0696 12 34 56", "+596696123456", "0696 12 34 56", True),  # Martinique
        ("0694 20 12 34", "+594694201234", "0694 20 12 34", True),  # Guyane
        ("0639 01 23 45", "+262639012345", "0639 01 23 45", True),  # Mayotte
    ],
)
def test_overseas_departments(typed, e164, national, mobile):
    phone = normalize_phone(typed)
    assert (phone.e164, phone.national, phone.is_mobile) == (e164, national, mobile)


def test_school_overseas_region_still_reads_mainland_numbers():
    assert normalize_phone("0692 12 34 56", region="RE").e164 == "+262692123456"
    assert normalize_phone("06 12 34 56 78", region="RE").e164 == "+33612345678"


def test_foreign_number_shown_in_international_form():
    phone = normalize_phone("+44 7911 123456")
    assert phone.e164 == "+447911123456"
    assert phone.is_mobile
    assert phone.national == "+44 7911 123456"


@pytest.mark.parametrize(
    "typed",
    [
        "06 12 34 56",
        "06 12 34 56 78 90",
        "abc",
        "06 CALL ME",
        "+33 1",
        "12",
        "+262 612 34 56 78",
        "0612345678 poste 12",
    ],
)
def test_invalid_phone(typed):
    with pytest.raises(InvalidPhone) as info:
        normalize_phone(typed)
    assert isinstance(info.value, UserFacingError)
    assert info.value.message == f"Le numéro de téléphone « {typed} » n'est pas valide."


def test_empty_phone():
    with pytest.raises(InvalidPhone, match="Veuillez saisir"):
        normalize_phone("   ")


def test_long_input_is_shortened_in_message():
    with pytest.raises(InvalidPhone) as info:
        normalize_phone("1" * 300)
    assert len(info.value.message) < 120


@given(st.text(max_size=40))
def test_normalize_phone_only_raises_invalid_phone(text):
    try:
        phone = normalize_phone(text)
    except InvalidPhone:
        return
    assert phone.e164.startswith("+")
    assert phone.e164[1:].isdigit()


def test_require_mobile():
    assert require_mobile("06 12 34 56 78").e164 == "+33612345678"
    with pytest.raises(NotAMobile) as info:
        require_mobile("01 42 34 56 78")
    assert info.value.message == (
        "Ce numéro n'est pas un numéro de portable : "
        "les SMS ne peuvent être envoyés qu'à un portable."
    )
    with pytest.raises(InvalidPhone):
        require_mobile("pas un numéro")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("jean.dupont@exemple.fr", "jean.dupont@exemple.fr"),
        ("  Jean.Dupont@Exemple.FR ", "Jean.Dupont@exemple.fr"),
        ("parent+ecole@mail.example.org", "parent+ecole@mail.example.org"),
        ("élève@exemple.fr", "élève@exemple.fr"),
    ],
)
def test_normalize_email(typed, expected):
    assert normalize_email(typed) == expected


@pytest.mark.parametrize(
    "typed",
    [
        "jean.dupont",
        "jean@",
        "@exemple.fr",
        "jean dupont@exemple.fr",
        "jean@exemple",
        "a@@b.fr",
        "jean..dupont@exemple.fr",
    ],
)
def test_invalid_email(typed):
    with pytest.raises(InvalidEmail) as info:
        normalize_email(typed)
    assert isinstance(info.value, UserFacingError)
    assert info.value.message.startswith(f"L'adresse e-mail « {typed} » n'est pas valide")


def test_empty_email():
    with pytest.raises(InvalidEmail, match="Veuillez saisir"):
        normalize_email("  ")


@given(st.text(max_size=60))
def test_normalize_email_only_raises_invalid_email(text):
    try:
        normalized = normalize_email(text)
    except InvalidEmail:
        return
    assert "@" in normalized


@pytest.mark.parametrize(
    ("address", "masked"),
    [
        ("jean.dupont@exemple.fr", "j***@exemple.fr"),
        ("j@exemple.fr", "j***@exemple.fr"),
        ("@exemple.fr", "***@exemple.fr"),
        ("not an address", "***"),
    ],
)
def test_mask_email(address, masked):
    assert mask_email(address) == masked


@pytest.mark.parametrize(
    ("e164", "masked"),
    [
        ("+33612345678", "06 ** ** ** 78"),
        ("+262692123456", "0692 ** ** 56"),
        ("+447911123456", "+44 **** ****56"),
        ("garbage", "garbage"),
    ],
)
def test_mask_phone(e164, masked):
    assert mask_phone(e164) == masked


def test_mask_phone_hides_middle_digits():
    masked = mask_phone(normalize_phone("06 98 76 54 32").e164)
    for digits in ("98", "76", "54"):
        assert digits not in masked
