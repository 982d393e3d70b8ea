"""A workstation marked as enrolled, for service tests of the links it e-mails.

Enrollment records the server's address in the `setting` table (`sync/state.py`); making and
journaling a link needs nothing else and never contacts the server, so service tests need no
server. The end-to-end tests (tests/central/test_web_pages.py) enroll for real.
"""

from __future__ import annotations

CENTRAL = "https://central.academie.exemple:8470"


def mark_enrolled(server: str = CENTRAL) -> str:
    from educonnect_desktop.sync import state

    state.put("server", server)
    return server
