"""The throttle policy's arithmetic: delays, capped waits, a clock that went back."""

from datetime import datetime, timedelta

from educonnect_desktop.core import throttle as policy

NOW = datetime(2026, 12, 2, 8, 0)


def test_delays_double_from_one_minute_up_to_fifteen():
    delays = [policy.TARGET.delay(n) for n in range(1, 12)]
    assert delays[:4] == [None] * 4
    assert [d.seconds // 60 for d in delays[4:]] == [1, 2, 4, 8, 15, 15, 15]


def test_a_lock_set_by_a_clock_a_day_ahead_waits_at_most_the_rule_maximum():
    ahead = NOW + timedelta(days=1)
    state = None
    for _ in range(8):
        state = policy.after_failure(state, ahead)
    assert policy.remaining_lock(state, NOW) == policy.TARGET.max_delay
    # The window counted from the future start is counted from now instead.
    assert policy.after_failure(state, NOW).window_start == NOW


def test_a_rate_window_from_the_future_is_capped_at_its_length():
    rule = policy.Rate(limit=3, window=timedelta(hours=1))
    state = policy.ThrottleState(3, NOW + timedelta(days=1), None)
    assert policy.rate_wait(state, NOW, rule) == timedelta(hours=1)
    assert policy.rate_wait(policy.ThrottleState(2, NOW, None), NOW, rule) is None
    assert policy.rate_wait(policy.ThrottleState(3, NOW - timedelta(hours=2), None), NOW, rule) is None


def test_the_workstation_ceiling_is_a_short_slow_down():
    assert policy.WORKSTATION_GUESSES.max_delay == timedelta(minutes=1)
    assert policy.wait_message(timedelta(seconds=5)) == "Trop de tentatives. Réessayez dans 1 minute."
