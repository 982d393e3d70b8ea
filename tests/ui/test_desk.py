"""The desk runs services, and whatever they need from the workstation, off the GUI thread."""

import threading

from educonnect_desktop.ui.desk import Desk


def test_service_and_sms_check_run_on_the_database_thread(loop, db, fast_hashing):
    threads = []

    def sms_available():  # reads the keyring in the real application: may block
        threads.append(threading.current_thread().name)
        return True

    def service(*, sms_available, hashing):
        threads.append(threading.current_thread().name)
        return sms_available, hashing

    desk = Desk(hashing=fast_hashing, sms_available=sms_available)
    assert desk.sms_available() is False  # nothing asked yet: the keyring is not read at creation
    assert desk.check_sms().result(timeout=10) is True  # asked on the database thread too
    assert threads and all(name.startswith("desk-db") for name in threads)
    threads.clear()
    try:
        result = loop.run_until_complete(desk.call(service))
    finally:
        desk.close()
    assert result == (True, fast_hashing)
    assert threads and all(name.startswith("desk-db") for name in threads)
    assert desk.sms_available() is True  # the cached answer, without asking again
    assert len(threads) == 2
