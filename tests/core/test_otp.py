import base64
import hmac
import re
from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from educonnect_desktop.core import otp
from educonnect_desktop.core.otp import (
    CODE_MAX_ATTEMPTS,
    CODE_VALIDITY,
    TOKEN_VALIDITY,
    SecretProblem,
    SecretState,
    check_usable,
    generate_code,
    generate_token,
    hash_code,
    hash_token,
    normalize_code,
    verify_code,
    verify_token,
)

NOW = datetime(2024, 9, 2, 8, 0, 0)
codes = st.integers(min_value=0, max_value=999_999).map(lambda n: f"{n:06d}")
tokens = st.binary(min_size=32, max_size=32).map(
    lambda b: base64.urlsafe_b64encode(b).rstrip(b"=").decode("ascii")
)


def test_constants():
    assert CODE_VALIDITY == timedelta(minutes=30)
    assert CODE_MAX_ATTEMPTS == 5
    assert TOKEN_VALIDITY == timedelta(hours=1)


@settings(max_examples=50)
@given(st.integers(min_value=1, max_value=12))
def test_code_format(digits):
    code = generate_code(digits)
    assert len(code) == digits
    assert re.fullmatch(r"[0-9]+", code)


def test_default_code_is_six_digits():
    assert re.fullmatch(r"[0-9]{6}", generate_code())


def test_code_zero_padded(monkeypatch):
    monkeypatch.setattr(otp.secrets, "randbelow", lambda n: 42)
    assert generate_code() == "000042"


def test_code_digits_must_be_positive():
    with pytest.raises(ValueError):
        generate_code(0)


def test_codes_vary():
    assert len({generate_code() for _ in range(50)}) > 40


def test_token_shape_and_entropy():
    tokens_seen = {generate_token() for _ in range(100)}
    assert len(tokens_seen) == 100
    for token in tokens_seen:
        assert len(token) == 43
        assert re.fullmatch(r"[A-Za-z0-9_-]{43}", token)
        assert len(base64.urlsafe_b64decode(token + "=")) == 32


@given(tokens)
def test_token_hash(token):
    digest = hash_token(token)
    assert re.fullmatch(r"[0-9a-f]{64}", digest)
    assert digest != token
    assert token not in digest
    assert verify_token(digest, token)
    assert verify_token(digest, f" {token}\n")


@given(tokens, tokens)
def test_token_mismatch(a, b):
    if a != b:
        assert not verify_token(hash_token(a), b)


@pytest.mark.parametrize("stored", ["", "zz", "é" * 64, "\udcff"])
def test_token_garbage_hash(stored):
    assert verify_token(stored, generate_token()) is False


def test_token_compare_is_constant_time(monkeypatch):
    calls = []
    real = hmac.compare_digest

    def spy(a, b):
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(otp.hmac, "compare_digest", spy)
    token = generate_token()
    assert verify_token(hash_token(token), token)
    assert not verify_token(hash_token(token), "other")
    assert len(calls) == 2


@settings(max_examples=15, deadline=None)
@given(codes)
def test_code_hash(code):
    stored = hash_code(code)
    assert stored != code
    assert code not in stored
    assert stored.startswith("$argon2id$")
    assert verify_code(stored, code)


def test_code_hash_is_salted():
    assert hash_code("123456") != hash_code("123456")


def test_code_hash_parameters():
    assert "$m=8192,t=1,p=1$" in hash_code("123456")


def test_verify_code_wrong_and_garbage():
    stored = hash_code("123456")
    assert not verify_code(stored, "123457")
    assert not verify_code(stored, "")
    assert not verify_code(stored, "12345")
    assert not verify_code("garbage", "123456")


@pytest.mark.parametrize("typed", ["123 456", " 123456 ", "12 34 56", "123\u00a0456", "１２３４５６"])
def test_verify_code_accepts_spaces(typed):
    assert normalize_code(typed) == "123456"
    assert verify_code(hash_code("123456"), typed)


@given(codes)
def test_normalize_code_idempotent(code):
    spaced = f"{code[:3]} {code[3:]}"
    assert normalize_code(spaced) == code
    assert normalize_code(normalize_code(spaced)) == code


# --- check_usable -------------------------------------------------------------


def state(**changes) -> SecretState:
    values = {"expires_at": NOW + CODE_VALIDITY}
    values.update(changes)
    return SecretState(**values)


def test_fresh_secret_is_usable():
    fresh = state()
    assert fresh.attempts == 0
    assert fresh.max_attempts == CODE_MAX_ATTEMPTS
    assert fresh.consumed_at is None
    assert check_usable(fresh, NOW) is None


def test_expiry_boundary():
    expires = NOW + CODE_VALIDITY
    s = state(expires_at=expires)
    assert check_usable(s, expires - timedelta(microseconds=1)) is None
    assert check_usable(s, expires) is SecretProblem.EXPIRED
    assert check_usable(s, expires + timedelta(seconds=1)) is SecretProblem.EXPIRED


def test_attempts_boundary():
    assert check_usable(state(attempts=CODE_MAX_ATTEMPTS - 1), NOW) is None
    assert check_usable(state(attempts=CODE_MAX_ATTEMPTS), NOW) is SecretProblem.TOO_MANY_ATTEMPTS
    assert check_usable(state(attempts=1, max_attempts=1), NOW) is SecretProblem.TOO_MANY_ATTEMPTS


def test_already_used():
    assert check_usable(state(consumed_at=NOW), NOW) is SecretProblem.ALREADY_USED


def test_already_used_wins_over_other_problems():
    s = state(expires_at=NOW, attempts=9, consumed_at=NOW - timedelta(minutes=1))
    assert check_usable(s, NOW) is SecretProblem.ALREADY_USED


@given(
    st.integers(min_value=-3600, max_value=3600),
    st.integers(min_value=0, max_value=10),
    st.booleans(),
)
def test_check_usable_matches_rules(offset_seconds, attempts, consumed):
    s = state(
        expires_at=NOW + timedelta(seconds=offset_seconds),
        attempts=attempts,
        consumed_at=NOW if consumed else None,
    )
    problem = check_usable(s, NOW)
    usable = not consumed and attempts < CODE_MAX_ATTEMPTS and offset_seconds > 0
    assert (problem is None) == usable


def test_messages_are_french():
    assert SecretProblem.EXPIRED.message == "Ce code a expiré. Demandez-en un nouveau."
    assert SecretProblem.TOO_MANY_ATTEMPTS.message == (
        "Trop d'essais : ce code n'est plus valable. Demandez-en un nouveau."
    )
    assert SecretProblem.ALREADY_USED.message == "Ce code a déjà été utilisé."


def test_a_peppered_code_hash_only_verifies_with_the_same_pepper():
    pepper = b"k" * 32
    stored = hash_code("123456", pepper)
    assert verify_code(stored, "123 456", pepper)
    assert not verify_code(stored, "123456")  # a copy of the file without the keyring's pepper
    assert not verify_code(stored, "123456", b"other" * 8)
