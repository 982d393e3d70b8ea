"""Secrets (SMTP password, SMS gateway token) live only in the system keyring.

`KeyringSecretStore` is created once and passed to whoever needs a secret. On a
machine without a usable keyring (headless server, locked session) it raises
`SecretStoreUnavailable`, naming the backend it found: never a silent fallback to
a plain-text file. `MemorySecretStore` is for tests.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from . import APP_ID
from .core.messages import QT_TRANSLATE_NOOP
from .errors import UserFacingError

SMTP_PASSWORD = "smtp-password"
SMS_TOKEN = "sms-token"

# Backends that are not a real keyring: they fail, forget, or write secrets to a file.
_REFUSED_BACKENDS = ("keyring.backends.fail.", "keyring.backends.null.", "keyrings.alt.")


class SecretStoreError(UserFacingError):
    pass


class SecretStoreUnavailable(SecretStoreError):
    pass


@runtime_checkable
class SecretStore(Protocol):
    def get(self, name: str) -> str | None: ...

    def set(self, name: str, value: str) -> None: ...

    def delete(self, name: str) -> None: ...

    def is_real_backend(self) -> bool: ...


def _backend_name(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _refused(backend: object) -> bool:
    name = _backend_name(backend)
    if name.startswith(_REFUSED_BACKENDS):
        return True
    chained = getattr(backend, "backends", None)
    if name.startswith("keyring.backends.chainer.") and chained is not None:
        return all(_refused(b) for b in chained)
    return False


def _unavailable_message(backend_name: str) -> str:
    return QT_TRANSLATE_NOOP(
        "StaffMessages", "Aucun trousseau système disponible (backend : {backend}). "
                         "Installez ou déverrouillez un trousseau (GNOME Keyring, KWallet...)."
    ).format(backend=backend_name)


class KeyringSecretStore:
    """Over the `keyring` package; refuses fail / null / plain-text backends."""

    def __init__(self, service: str = APP_ID, backend=None) -> None:
        self.service = service
        self._backend = backend

    def _keyring(self):
        import keyring

        backend = self._backend or keyring.get_keyring()
        if _refused(backend):
            raise SecretStoreUnavailable(_unavailable_message(_backend_name(backend)))
        return backend

    def ensure_available(self) -> None:
        """Raise `SecretStoreUnavailable` (naming the backend found) when no real keyring is usable."""
        self._keyring()

    def backend_name(self) -> str:
        import keyring

        return _backend_name(self._backend or keyring.get_keyring())

    def is_real_backend(self) -> bool:
        try:
            self._keyring()
        except SecretStoreUnavailable:
            return False
        return True

    def _call(self, action: str, operation):  # action: a verb, translated inside the sentence
        from keyring.errors import KeyringError

        backend = self._keyring()
        try:
            return operation(backend)
        except KeyringError as exc:
            # The exception text comes from the backend, never from the secret itself.
            detail = f"{type(exc).__name__} {exc}".rstrip()
            raise SecretStoreError(QT_TRANSLATE_NOOP(
                "StaffMessages", "Le trousseau système ({backend}) a refusé de {action} le secret : {detail}. "
                                 "Déverrouillez-le puis réessayez."
            ).format(backend=_backend_name(backend), action=action, detail=detail)) from None

    def get(self, name: str) -> str | None:
        return self._call(QT_TRANSLATE_NOOP("StaffMessages", "lire"), lambda b: b.get_password(self.service, name))

    def set(self, name: str, value: str) -> None:
        self._call(QT_TRANSLATE_NOOP(
            "StaffMessages", "enregistrer"), lambda b: b.set_password(self.service, name, value))

    def delete(self, name: str) -> None:
        from keyring.errors import PasswordDeleteError

        def remove(backend):
            try:
                backend.delete_password(self.service, name)
            except PasswordDeleteError:
                pass  # already absent

        self._call(QT_TRANSLATE_NOOP("StaffMessages", "supprimer"), remove)


class MemorySecretStore:
    """Secrets in a dict: for tests and demonstrations."""

    def __init__(self, values: dict[str, str] | None = None) -> None:
        self._values = dict(values or {})

    def get(self, name: str) -> str | None:
        return self._values.get(name)

    def set(self, name: str, value: str) -> None:
        self._values[name] = value

    def delete(self, name: str) -> None:
        self._values.pop(name, None)

    def is_real_backend(self) -> bool:
        return False


__all__ = [
    "SecretStore", "KeyringSecretStore", "MemorySecretStore", "SecretStoreError",
    "SecretStoreUnavailable", "SMTP_PASSWORD", "SMS_TOKEN",
]
