"""Sync failures, each with a French message for the person running the sync."""

from __future__ import annotations

from ..core.messages import QT_TRANSLATE_NOOP
from ..errors import UserFacingError


class SyncError(UserFacingError):
    pass


class NotEnrolled(SyncError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "StaffMessages", "Ce poste n'est inscrit auprès d'aucun serveur central : "
                             "lancez « educonnect sync enroll --server URL --code CODE »."))


class Unreachable(SyncError):
    """The server could not be reached (or kept failing): nothing is lost, retry later."""


class Refused(SyncError):
    def __init__(self, status: int, code: str, message: str, expected_seq: int | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.expected_seq = status, code, expected_seq


class ClientTooOld(Refused):
    pass


class AlreadyEnrolled(SyncError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("StaffMessages", "Ce poste est déjà inscrit auprès d'un serveur central."))


class CertificateRefused(SyncError):
    """TLS verification failed: not a network hiccup, never retried."""


class CaFileUnreadable(SyncError):
    pass
