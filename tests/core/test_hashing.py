import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from educonnect_desktop.core.hashing import HashingCancelled, HashParameters, PasswordHashing

FAST = HashParameters(time_cost=1, memory_cost=1024, parallelism=1)


@pytest.fixture(scope="module")
def hashing() -> PasswordHashing:
    return PasswordHashing(FAST)


def test_defaults_are_owasp():
    hashing = PasswordHashing()
    encoded = hashing.hash("Motdepasse-123")
    assert encoded.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    assert hashing.verify(encoded, "Motdepasse-123")


def test_round_trip(hashing):
    encoded = hashing.hash("éléphant rose")
    assert encoded.startswith("$argon2id$")
    assert "éléphant" not in encoded
    assert hashing.verify(encoded, "éléphant rose")


def test_salted(hashing):
    assert hashing.hash("même") != hashing.hash("même")


def test_wrong_password(hashing):
    encoded = hashing.hash("correct")
    assert hashing.verify(encoded, "Correct") is False
    assert hashing.verify(encoded, "") is False


@pytest.mark.parametrize(
    "garbage",
    [
        "",
        "not a hash",
        "$argon2id$v=19$m=1024,t=1,p=1$AAAA$BBBB",
        "$argon2id$",
        "é$argon2id$",
        "\udcff",
    ],
)
def test_garbage_hash_is_false(hashing, garbage):
    assert hashing.verify(garbage, "whatever") is False


@settings(max_examples=50)
@given(st.text(max_size=80))
def test_any_garbage_never_raises(garbage):
    hashing = PasswordHashing(FAST)
    assert hashing.verify(garbage, "password") is False
    assert hashing.needs_rehash(garbage) is True


def test_needs_rehash_after_parameter_change(hashing):
    encoded = hashing.hash("secret")
    assert hashing.needs_rehash(encoded) is False
    stronger = PasswordHashing(HashParameters(time_cost=2, memory_cost=1024, parallelism=1))
    assert stronger.needs_rehash(encoded) is True
    # The old hash still verifies with the new parameters.
    assert stronger.verify(encoded, "secret")


def test_verify_and_upgrade(hashing):
    encoded = hashing.hash("secret")
    assert hashing.verify_and_upgrade(encoded, "secret") == (True, None)
    assert hashing.verify_and_upgrade(encoded, "wrong") == (False, None)

    stronger = PasswordHashing(HashParameters(time_cost=2, memory_cost=2048, parallelism=1))
    ok, new_hash = stronger.verify_and_upgrade(encoded, "secret")
    assert ok
    assert new_hash is not None
    assert "$m=2048,t=2,p=1$" in new_hash
    assert stronger.verify(new_hash, "secret")
    assert not stronger.needs_rehash(new_hash)
    assert stronger.verify_and_upgrade(encoded, "wrong") == (False, None)


def test_dummy_verify_is_false(hashing):
    assert hashing.dummy_verify("anything") is False
    assert hashing.dummy_verify("") is False


def test_hash_many_preserves_order(hashing):
    passwords = [f"mot-de-passe-{i}" for i in range(20)]
    hashes = hashing.hash_many(passwords, max_workers=2)
    assert len(hashes) == len(passwords)
    for password, encoded in zip(passwords, hashes):
        assert hashing.verify(encoded, password)
    assert not hashing.verify(hashes[0], passwords[1])


def test_hash_many_empty(hashing):
    assert hashing.hash_many([]) == []


def test_hash_many_progress(hashing):
    seen: list[int] = []
    caller = threading.get_ident()
    threads: set[int] = set()

    def on_progress(done: int) -> None:
        threads.add(threading.get_ident())
        seen.append(done)

    hashing.hash_many(["a", "b", "c", "d", "e"], on_progress=on_progress)
    assert seen == sorted(seen)
    assert len(set(seen)) == len(seen)
    assert seen[-1] == 5
    assert threads == {caller}


class CountingHashing(PasswordHashing):
    def __init__(self, parameters: HashParameters) -> None:
        super().__init__(parameters)
        self.calls = 0
        self._lock = threading.Lock()

    def hash(self, password: str) -> str:
        with self._lock:
            self.calls += 1
        return super().hash(password)


def test_hash_many_cancellation_stops_early():
    hashing = CountingHashing(FAST)
    progress: list[int] = []
    with pytest.raises(HashingCancelled):
        hashing.hash_many(
            [str(i) for i in range(200)],
            max_workers=2,
            on_progress=progress.append,
            cancelled=lambda: bool(progress),
        )
    assert hashing.calls < 200


def test_hash_many_cancelled_before_start():
    hashing = CountingHashing(FAST)
    with pytest.raises(HashingCancelled):
        hashing.hash_many(["a", "b"], cancelled=lambda: True)
    assert hashing.calls == 0


def test_hash_many_not_cancelled(hashing):
    hashes = hashing.hash_many(["x", "y", "z"], max_workers=3, cancelled=lambda: False)
    assert [hashing.verify(h, p) for h, p in zip(hashes, "xyz")] == [True] * 3
